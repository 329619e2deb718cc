"""Saved news pages of about 50 KB for the import benchmark: an article inside a real site's
clutter (menus, inline scripts and styles, share buttons, related links, comments, footer)."""

from __future__ import annotations

import json
import random

SENTENCES = (
    "Le groupe a confirmé mercredi la suppression de 14\u202f000 postes dans le monde.",
    "«\u00a0C'est une décision difficile mais nécessaire\u00a0», a déclaré son PDG devant "
    "les analystes.",
    "Selon la CGT, plus de 2400 salariés sont concernés en France, dont 300 à Lyon.",
    "Le chiffre d'affaires a reculé de 2,5\u00a0% au dernier trimestre, à 50 milliards de "
    "dollars.",
    "The company said about 1,000 jobs would go in Europe by the end of the year.",
    "Les syndicats dénoncent «\u00a0un plan brutal\u00a0» et demandent des garanties.",
    "D'après Le Monde, la direction envisage aussi de fermer deux centres de données.",
    "Andy Jassy, who took over in 2021, told staff the cuts were the last of the cycle.",
)
MENU = ("Accueil", "International", "Politique", "Économie", "Entreprises", "Société",
        "Culture", "Sport", "Sciences", "Idées", "Vidéos", "Podcasts", "Newsletters")


def news_page(i: int, size: int = 50_000) -> str:
    rng = random.Random(i)
    paragraphs = [" ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6)))
                  for _ in range(rng.randint(14, 20))]
    title = f"Plan social n°{i} : {rng.choice(SENTENCES)[:60]}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": f"2023-01-{1 + i % 28:02d}T10:05:00+01:00",
          "author": [{"@type": "Person", "name": "Jean Dupont"}],
          "publisher": {"@type": "Organization", "name": "Le Courrier du Soir"}}
    nav = "".join(f'<li class="menu__item"><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    share = "".join(f'<a class="share share--{s}" href="https://{s}.example/share?u={i}">'
                    f'Partager sur {s}</a>' for s in ("x", "facebook", "linkedin", "mail"))
    related = "".join(f'<li><a href="/eco/{i}-{k}">{rng.choice(SENTENCES)[:70]}</a></li>'
                      for k in range(12))
    comments = "".join(f'<div class="comment"><span class="who">Lecteur{k}</span><p>'
                       f'{rng.choice(SENTENCES)}</p></div>' for k in range(15))
    body = "".join(f"<p>{p}</p>" + ('<div class="ad">Publicité</div>' if k % 5 == 2 else "")
                   for k, p in enumerate(paragraphs))
    head = (f'<meta charset="utf-8"><title>{title} - Le Courrier du Soir</title>'
            f'<meta property="og:site_name" content="Le Courrier du Soir">'
            f'<link rel="canonical" href="https://courrier.example/eco/{i}.html">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<style>' + ".c{margin:0 auto;max-width:60em}" * 40 + '</style>')
    page = (f'<!DOCTYPE html><html lang="fr"><head>{head}</head><body>'
            f'<header><nav><ul class="menu">{nav}</ul></nav></header>'
            f'<div class="share-bar">{share}</div><main><article><h1>{title}</h1>'
            f'<p class="byline">Par Jean Dupont</p>{body}</article>'
            f'<aside><h2>Lire aussi</h2><ul>{related}</ul></aside>'
            f'<section class="comments"><h2>Commentaires</h2>{comments}</section></main>'
            f'<footer><ul>{nav}</ul><p>© Le Courrier du Soir</p></footer>')
    filler = "<script>window.dataLayer=window.dataLayer||[];" + "track('view');" * 40 + "</script>"
    while len(page) < size - len(filler):
        page += filler
    return page + "</body></html>"
