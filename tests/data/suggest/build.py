"""Build the suggestion engine's evaluation set: one JSON file per article, offsets computed.

    .venv/bin/python tests/data/suggest/build.py           # (re)write the JSON files
    .venv/bin/python tests/data/suggest/build.py --check   # exit 1 if a file is out of date
    .venv/bin/python tests/data/suggest/build.py --review  # capitalised words no party covers

The articles are written below, the annotations beside them as text, never as offsets:

- In an article's text "~" stands for a no-break space (U+00A0) and "^" for a narrow
  no-break space (U+202F); paragraphs are separated by a blank line, and the line breaks
  inside a paragraph are plain spaces. Annotation strings use the same two marks.
- Q(span, speaker, n): a direct quotation. `span` is the quotation itself, or
  "first words ... last words" for a long one (" ... " never occurs in a text).
- F(span, value, unit, n): a figure. n picks the n-th occurrence (from 1) of a span that
  occurs more than once; a span that is not unique without it is an error.
- P(alias, name, kind): a party. Every whole-word occurrence of the alias is a mention
  of `name`, longest aliases first, never inside a longer mention or a `not_parties` span.
- not_figures, not_quotes, not_parties: distractors (version numbers, scare quotes,
  product names...), every occurrence; written to the JSON files as "distractors".

The build refuses an article whose annotations are incomplete or inconsistent: a digit or
a number word outside every figure and distractor, a quoted passage that is neither a gold
quote nor a distractor, a quote span with spaces or punctuation at its edges, a speaker
that is not one of the article's party names, overlapping spans... (see `check`).
Conventions: README.md beside this file. Everything is deterministic: same input, same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data is no package: the shared builder beside it

from suggest_corpus import DATE, ORG, PER, Article, F, P, Q, main  # noqa: E402

# ---- the articles -------------------------------------------------------------------------
# Every person, company and event below is invented; real organisations (unions, agencies,
# courts, big tech firms) appear only as context, and the facts given about real firms are
# public (Amazon's, Meta's, Google's and Microsoft's cuts of 2022-2023, US August 2023 jobs).

ARTICLES: list[Article] = []


def article(**kw) -> None:
    ARTICLES.append(Article(**kw))


# fr01: AFP wire on big-tech layoffs. NBSP inside « », NNBSP in "14 000", "plus de 2400"
# without separator, an incise splitting a quotation, full dates, a month and year.
article(
    id="fr01_nexalis_suppressions", lang="fr",
    body="""
Nexalis va supprimer 14^000 postes, la France touchée

PARIS, 18 janvier 2023 (AFP) - L’éditeur de logiciels américain Nexalis a annoncé mercredi la
suppression de 14^000 postes dans le monde, soit environ 8~% de ses effectifs, en invoquant le
ralentissement de la demande après deux années de croissance record.

«~Nous avons embauché trop vite, et je prends l’entière responsabilité de ces décisions~», a
écrit le PDG du groupe, Daniel Harlow, dans un courriel adressé aux salariés et consulté par
l’AFP.

En France, où l’entreprise emploie plus de 2400 salariés, principalement à Issy-les-Moulineaux
et à Lyon, la direction n’a pas encore précisé le nombre de postes concernés. Un comité social et
économique extraordinaire doit se réunir le 24 janvier 2023.

«~On l’apprend par la presse, comme d’habitude, a réagi Sophie Marchetti, déléguée CFDT du site
lyonnais. Les salariés sont inquiets et n’ont aucune visibilité sur le calendrier.~»

Nexalis, qui avait déjà réduit ses effectifs de 5~% à l’automne, prévoit une charge de
restructuration de 1,2~milliard de dollars sur l’exercice en cours. Son titre gagnait néanmoins
2,3~% mercredi en début de séance.

Le secteur technologique multiplie les plans sociaux depuis l’automne~: Amazon a annoncé début
janvier la suppression de plus de 18^000 emplois, et Meta s’est séparé de 11^000 personnes en
novembre 2022.
""",
    quotes=[
        Q("Nous avons embauché ... de ces décisions", "Daniel Harlow"),
        Q("On l’apprend par la presse, comme d’habitude", "Sophie Marchetti"),
        Q("Les salariés sont inquiets ... sur le calendrier", "Sophie Marchetti"),
    ],
    figures=[
        F("14^000 postes", 14000, "postes", n=1),
        F("18 janvier 2023", "2023-01-18", DATE),
        F("14^000 postes", 14000, "postes", n=2),
        F("environ 8~%", 8, "%"),
        F("plus de 2400 salariés", 2400, "salariés"),
        F("24 janvier 2023", "2023-01-24", DATE),
        F("5~%", 5, "%"),
        F("1,2~milliard de dollars", 1.2e9, "USD"),
        F("2,3~%", 2.3, "%"),
        F("plus de 18^000 emplois", 18000, "emplois"),
        F("11^000 personnes", 11000, "personnes"),
        F("novembre 2022", "2022-11", DATE),
    ],
    parties=[
        P("Nexalis", "Nexalis", ORG),
        P("AFP", "AFP", ORG),
        P("Daniel Harlow", "Daniel Harlow", PER),
        P("Sophie Marchetti", "Sophie Marchetti", PER),
        P("CFDT", "CFDT", ORG),
        P("Amazon", "Amazon", ORG),
        P("Meta", "Meta", ORG),
    ],
)

# fr02: an open letter. NNBSP inside « », block quotes (one paragraph each), scare quotes
# « équipe S » and « réorganiser », quotes whose speaker is not named (""), partial quotes,
# a time and a street number that are not figures.
article(
    id="fr02_lumen_lettre_ouverte", lang="fr",
    body="""
Chez Lumen Interactive, des salariés dénoncent la «^méthode^» de la direction

Plus de 300 salariés du studio de jeux vidéo Lumen Interactive ont signé une lettre ouverte
publiée lundi, dans laquelle ils dénoncent la gestion du plan de départs annoncé en décembre. Le
texte, adressé au fondateur et président du studio, Marc Delaunay, a été relayé par le Syndicat
des travailleurs et travailleuses du jeu vidéo (STJV).

«^Depuis des mois, on nous demande de faire plus avec moins, et nous découvrons aujourd’hui que
180 d’entre nous vont perdre leur emploi^», écrivent les signataires.

La lettre vise en particulier l’«^équipe S^», un petit groupe de cadres chargé de
«^réorganiser^» les projets, que les auteurs accusent d’avoir arrêté la liste des suppressions
sans consulter les responsables de production. Les signataires y écrivent^:

«^Nous ne demandons pas de privilèges. Nous demandons que les décisions qui engagent nos vies
soient expliquées, chiffrées et discutées avec les représentants du personnel.^»

«^Nous demandons aussi que les primes versées aux dirigeants en 2022, soit 4,6^millions d’euros
selon le dernier rapport annuel, soient gelées tant que le plan n’est pas achevé.^»

Joint par téléphone, Marc Delaunay assure que «^chaque poste supprimé a fait l’objet d’une
analyse détaillée^» et que la direction «^reste ouverte au dialogue^». Il n’a pas souhaité
commenter le montant des primes.

Le STJV appelle à un rassemblement jeudi à 12^h^30 devant le siège du studio, au 45, rue de
Montreuil, à Vincennes.
""",
    quotes=[
        Q("Depuis des mois ... perdre leur emploi", ""),
        Q("Nous ne demandons pas de privilèges ... représentants du personnel", ""),
        Q("Nous demandons aussi ... n’est pas achevé", ""),
        Q("chaque poste supprimé ... analyse détaillée", "Marc Delaunay"),
        Q("reste ouverte au dialogue", "Marc Delaunay"),
    ],
    figures=[
        F("Plus de 300 salariés", 300, "salariés"),
        F("180", 180, ""),
        F("2022", "2022", DATE),
        F("4,6^millions d’euros", 4.6e6, "EUR"),
    ],
    parties=[
        P("Lumen Interactive", "Lumen Interactive", ORG),
        P("Marc Delaunay", "Marc Delaunay", PER),
        P("Syndicat des travailleurs et travailleuses du jeu vidéo",
          "Syndicat des travailleurs et travailleuses du jeu vidéo", ORG),
        P("STJV", "Syndicat des travailleurs et travailleuses du jeu vidéo", ORG),
    ],
    not_figures=["12^h^30", "45"],
    not_quotes=["méthode", "équipe S", "réorganiser"],
)

# fr03: union reactions. "la CGT" as speaker (→ "CGT"), a pronoun speaker (a-t-elle
# ajouté), "14.000" and "52.000" with a dot for thousands, "plusieurs milliers", CAC 40.
article(
    id="fr03_telvia_syndicats", lang="fr",
    body="""
Plan social chez Telvia~: les syndicats promettent une «~rentrée chaude~»

Les organisations syndicales de Telvia ont vivement réagi jeudi à l'annonce d'un plan prévoyant
14.000 départs d'ici à 2026, dont plusieurs milliers en France, où l'opérateur compte encore
quelque 52.000 salariés.

«~C'est un plan de casse sociale, ni plus ni moins~», a dénoncé la CGT dans un communiqué. Le
syndicat, majoritaire chez l'opérateur, appelle à une journée de grève mardi prochain.

Pour Claire Fontanel, secrétaire générale de la CFE-CGC chez Telvia, la direction «~a choisi de
sacrifier l'emploi pour rassurer les marchés~». «~Les 1,8~milliard d'euros de dividendes versés
l'an dernier auraient suffi à financer trois ans de salaires sur les sites menacés~», a-t-elle
ajouté.

La CFDT, plus mesurée, réclame «~un accompagnement digne de ce nom~» et rappelle que l'accord
signé en 2021 excluait tout départ contraint jusqu'en 2025.

Selon la direction, le plan doit permettre d'économiser 600~millions d'euros par an. «~Nous
ferons tout pour privilégier les départs volontaires~», a assuré à l'AFP le directeur des
ressources humaines, Julien Roche, qui dit vouloir rencontrer les syndicats «~très
rapidement~».

Le titre Telvia a reculé de 3,4~% jeudi, dans un CAC~40 en légère hausse de 0,3~%.
""",
    quotes=[
        Q("C'est un plan de casse sociale, ni plus ni moins", "CGT"),
        Q("a choisi de sacrifier l'emploi pour rassurer les marchés", "Claire Fontanel"),
        Q("Les 1,8~milliard ... sur les sites menacés", "Claire Fontanel"),
        Q("un accompagnement digne de ce nom", "CFDT"),
        Q("Nous ferons tout ... départs volontaires", "Julien Roche"),
    ],
    figures=[
        F("14.000 départs", 14000, "départs"),
        F("2026", "2026", DATE),
        F("plusieurs milliers", None, ""),
        F("quelque 52.000 salariés", 52000, "salariés"),
        F("1,8~milliard d'euros", 1.8e9, "EUR"),
        F("2021", "2021", DATE),
        F("2025", "2025", DATE),
        F("600~millions d'euros", 6e8, "EUR"),
        F("3,4~%", 3.4, "%"),
        F("0,3~%", 0.3, "%"),
    ],
    parties=[
        P("Telvia", "Telvia", ORG),
        P("CGT", "CGT", ORG),
        P("Claire Fontanel", "Claire Fontanel", PER),
        P("CFE-CGC", "CFE-CGC", ORG),
        P("CFDT", "CFDT", ORG),
        P("AFP", "AFP", ORG),
        P("Julien Roche", "Julien Roche", PER),
    ],
    not_figures=["CAC~40"],
    not_quotes=["rentrée chaude", "très rapidement"],
)

# fr04: quarterly earnings. "1,5 milliard d'euros", "2,5 %", "trois millions", "21 500" with
# NNBSP, an incise, a quote after a colon, a product name holding the company's name, a
# time and a stock index.
article(
    id="fr04_arvelle_resultats", lang="fr",
    body="""
Arvelle dépasse les attentes au troisième trimestre

Le groupe de services informatiques Arvelle a publié mardi un chiffre d’affaires de
1,5~milliard d’euros pour le troisième trimestre, en hausse de 2,5~% sur un an, au-dessus du
consensus des analystes compilé par FactSet.

Le résultat opérationnel atteint 182~millions d’euros, soit une marge de 12,1~%, contre 11,4~%
un an plus tôt. Le groupe revendique désormais trois millions d’utilisateurs pour sa plateforme
de gestion Arvelle One, lancée en 2021.

«~Nous avons tenu nos engagements dans un environnement difficile, a commenté la directrice
générale, Hélène Vasseur, lors d’une conférence téléphonique. La demande reste solide dans le
secteur public et dans la santé.~»

La dirigeante a confirmé l’objectif d’une croissance annuelle d’au moins 3~%, mais s’est montrée
prudente pour 2024~: «~Les clients repoussent certains projets, et nous ne voyons pas encore de
reprise nette.~»

Arvelle, qui emploie 21^500 personnes, a par ailleurs annoncé un programme de rachat d’actions de
250~millions d’euros. L’action gagnait 4,1~% vers 11~h, l’une des plus fortes hausses du SBF~120.

Selon Karim Benali, analyste chez Carmin Finance, «~le marché attendait surtout un signal sur les
marges, et il l’a eu~». Il relève toutefois que le carnet de commandes, à 4,8~milliards d’euros,
recule pour le deuxième trimestre consécutif.
""",
    quotes=[
        Q("Nous avons tenu nos engagements dans un environnement difficile", "Hélène Vasseur"),
        Q("La demande reste solide ... dans la santé", "Hélène Vasseur"),
        Q("Les clients repoussent ... reprise nette", "Hélène Vasseur"),
        Q("le marché attendait ... il l’a eu", "Karim Benali"),
    ],
    figures=[
        F("1,5~milliard d’euros", 1.5e9, "EUR"),
        F("2,5~%", 2.5, "%"),
        F("182~millions d’euros", 1.82e8, "EUR"),
        F("12,1~%", 12.1, "%"),
        F("11,4~%", 11.4, "%"),
        F("trois millions d’utilisateurs", 3e6, "utilisateurs"),
        F("2021", "2021", DATE),
        F("au moins 3~%", 3, "%"),
        F("2024", "2024", DATE),
        F("21^500 personnes", 21500, "personnes"),
        F("250~millions d’euros", 2.5e8, "EUR"),
        F("4,1~%", 4.1, "%"),
        F("4,8~milliards d’euros", 4.8e9, "EUR"),
    ],
    parties=[
        P("Arvelle", "Arvelle", ORG),
        P("FactSet", "FactSet", ORG),
        P("Hélène Vasseur", "Hélène Vasseur", PER),
        P("Karim Benali", "Karim Benali", PER),
        P("Carmin Finance", "Carmin Finance", ORG),
    ],
    not_figures=["11~h", "SBF~120"],
    not_parties=["Arvelle One"],
)

# fr05: a government announcement. A figure inside a quote, "jusqu'à 8 000 euros", "des
# centaines d'emplois", a weekday before a date, a phone number and "article 49.3".
article(
    id="fr05_gouvernement_reconversion", lang="fr",
    body="""
Reconversion~: le gouvernement débloque 700~millions d’euros pour les salariés du numérique

La ministre du Travail, Anne-Sophie Kerbrat, a présenté mercredi 15 mars 2023 un plan de
700~millions d’euros destiné à accompagner la reconversion des salariés touchés par les
suppressions de postes dans le secteur numérique.

Le dispositif doit bénéficier à «~au moins 40^000 personnes d’ici à la fin de 2024~», a précisé
la ministre lors d’une conférence de presse, sans exclure de le prolonger. «~Personne ne doit
rester sur le bord de la route. Quand une entreprise supprime des centaines d’emplois, l’État
doit être là dès le premier jour~», a-t-elle déclaré.

Le plan comprend trois volets~: une prise en charge des formations jusqu’à 8^000~euros par
salarié, un accompagnement renforcé par France Travail et une aide de 1^500~euros versée aux
entreprises qui recrutent un salarié reconverti. Une plateforme téléphonique, joignable au
0 800 100 200, doit ouvrir début avril.

Le dispositif sera financé pour moitié par l’Union européenne. Le texte budgétaire qui le porte
pourrait toutefois être adopté sans vote, par le recours à l’article~49.3 de la Constitution,
comme l’an dernier.

Les syndicats ont salué un «~premier pas~». «~Le montant reste modeste au regard des
20^000 emplois supprimés dans la tech française depuis janvier 2023~», a toutefois estimé Thomas
Vidal, secrétaire national de la CFDT, pour qui l’effort devra être «~au minimum doublé~» l’an
prochain.
""",
    quotes=[
        Q("au moins 40^000 personnes d’ici à la fin de 2024", "Anne-Sophie Kerbrat"),
        Q("Personne ne doit rester ... dès le premier jour", "Anne-Sophie Kerbrat"),
        Q("Le montant reste modeste ... depuis janvier 2023", "Thomas Vidal"),
    ],
    figures=[
        F("700~millions d’euros", 7e8, "EUR", n=1),
        F("15 mars 2023", "2023-03-15", DATE),
        F("700~millions d’euros", 7e8, "EUR", n=2),
        F("au moins 40^000 personnes", 40000, "personnes"),
        F("2024", "2024", DATE),
        F("des centaines d’emplois", None, "emplois"),
        F("jusqu’à 8^000~euros", 8000, "EUR"),
        F("1^500~euros", 1500, "EUR"),
        F("20^000 emplois", 20000, "emplois"),
        F("janvier 2023", "2023-01", DATE),
    ],
    parties=[
        P("Anne-Sophie Kerbrat", "Anne-Sophie Kerbrat", PER),
        P("France Travail", "France Travail", ORG),
        P("Union européenne", "Union européenne", ORG),
        P("Thomas Vidal", "Thomas Vidal", PER),
        P("CFDT", "CFDT", ORG),
    ],
    not_figures=["0 800 100 200", "article~49.3"],
    not_quotes=["premier pas", "au minimum doublé"],
)

# fr06: a court ruling. Quotes from the judgment (speaker: the court), a partial quote
# holding a figure, "Me Laure Giraud" (span without "Me"), the company as speaker of a
# press release, courts as organisations, "30 000 euros en moyenne".
article(
    id="fr06_datavance_tribunal", lang="fr",
    body="""
Le tribunal administratif annule le plan social de Datavance

Le tribunal administratif de Cergy-Pontoise a annulé jeudi l’homologation du plan de sauvegarde
de l’emploi de Datavance, qui prévoyait la suppression de 412 postes sur les sites de Nanterre et
de Massy. La décision, dont l’AFP a obtenu copie, est une première pour une entreprise du
numérique dans la région.

Dans son jugement de 14 pages, le tribunal estime que «~l’employeur n’a pas transmis au comité
social et économique les informations nécessaires pour apprécier la réalité du motif économique
invoqué~». Il relève également que le plan a été homologué par l’administration «~en moins de
48 heures~», un délai qu’il juge «~manifestement insuffisant~».

«~C’est une victoire pour les 412 salariés qui ont refusé de signer leur rupture
conventionnelle~», s’est félicitée Me Laure Giraud, avocate du comité social et économique.
«~La direction devra reprendre la procédure depuis le début, et cette fois respecter la loi~»,
a-t-elle poursuivi.

Datavance, filiale du groupe allemand Kessler Systems, dispose de deux mois pour faire appel
devant la cour administrative d’appel de Versailles. Dans un communiqué, l’entreprise dit
«~prendre acte de la décision~» et étudier «~toutes les options~».

Le plan prévoyait des indemnités de départ de 30^000~euros en moyenne, une somme jugée
«~dérisoire~» par la CGT, qui rappelle que le groupe a dégagé un bénéfice de 96,4~millions
d’euros en 2022. Une nouvelle audience est prévue le 2 octobre 2023 devant le tribunal.
""",
    quotes=[
        Q("l’employeur n’a pas transmis ... motif économique invoqué",
          "tribunal administratif de Cergy-Pontoise"),
        Q("en moins de 48 heures", "tribunal administratif de Cergy-Pontoise"),
        Q("C’est une victoire ... rupture conventionnelle", "Laure Giraud"),
        Q("La direction devra ... respecter la loi", "Laure Giraud"),
        Q("prendre acte de la décision", "Datavance"),
    ],
    figures=[
        F("412 postes", 412, "postes"),
        F("14 pages", 14, "pages"),
        F("moins de 48 heures", 48, "heures"),
        F("412 salariés", 412, "salariés"),
        F("30^000~euros", 30000, "EUR"),
        F("96,4~millions d’euros", 9.64e7, "EUR"),
        F("2022", "2022", DATE),
        F("2 octobre 2023", "2023-10-02", DATE),
    ],
    parties=[
        P("tribunal administratif de Cergy-Pontoise", "tribunal administratif de Cergy-Pontoise",
          ORG),
        P("Datavance", "Datavance", ORG),
        P("AFP", "AFP", ORG),
        P("Laure Giraud", "Laure Giraud", PER),
        P("Kessler Systems", "Kessler Systems", ORG),
        P("cour administrative d’appel de Versailles", "cour administrative d’appel de Versailles",
          ORG),
        P("CGT", "CGT", ORG),
    ],
    not_quotes=["manifestement insuffisant", "toutes les options", "dérisoire"],
)

# fr07: an interview. NNBSP inside « », a quote as headline, incises (reconnaît-elle),
# pronoun speakers, a nested “ ” quotation, numbers in words ("vingt personnes", "deux
# millions d'euros", "une centaine"), plain spaces in "120 millions", "11e" arrondissement.
article(
    id="fr07_plumea_entretien", lang="fr",
    body="""
«^On a grandi trop vite^»^: la fondatrice de Plumea revient sur une année de turbulences

Inès Moreau reçoit dans un bureau presque vide, au quatrième étage d’un immeuble du
11e arrondissement de Paris. Il y a un an, la start-up de livraison de courses qu’elle a fondée
en 2019 employait 900 personnes. Elles ne sont plus qu’une centaine.

«^On a grandi trop vite, reconnaît-elle d’emblée. On recrutait vingt personnes par semaine sans
se demander si le modèle tenait.^»

En 2022, Plumea avait levé 120 millions d’euros auprès du fonds américain Crestline Partners,
l’une des plus grosses levées de l’année en France. Quelques mois plus tard, la hausse des taux a
tari les financements.

«^Nos investisseurs nous disaient “croissez, la rentabilité viendra après”, et du jour au
lendemain on nous a demandé un chemin vers l’équilibre^», raconte la dirigeante. Elle sourit^:
«^On a tous cru au même conte de fées.^»

Aujourd’hui, Plumea ne livre plus que dans trois villes et vise l’équilibre d’exploitation fin
2024. Le chiffre d’affaires, 38 millions d’euros l’an dernier, devrait reculer de 20 % cette
année, selon les prévisions transmises aux actionnaires.

Son ancien associé, Thomas Lebrun, parti en 2023, se montre plus sévère. Joint par téléphone, il
estime que l’entreprise «^a brûlé deux millions d’euros par mois pendant un an sans jamais se
poser de questions^». Inès Moreau ne conteste pas le chiffre. «^C’est vrai. Mais c’est aussi
grâce à cet argent qu’on a appris ce qu’il ne fallait pas faire^», dit-elle.
""",
    quotes=[
        Q("On a grandi trop vite", "Inès Moreau", n=1),
        Q("On a grandi trop vite", "Inès Moreau", n=2),
        Q("On recrutait vingt personnes ... le modèle tenait", "Inès Moreau"),
        Q("Nos investisseurs ... un chemin vers l’équilibre", "Inès Moreau"),
        Q("On a tous cru au même conte de fées", "Inès Moreau"),
        Q("a brûlé deux millions ... se poser de questions", "Thomas Lebrun"),
        Q("C’est vrai ... ne fallait pas faire", "Inès Moreau"),
    ],
    figures=[
        F("2019", "2019", DATE),
        F("900 personnes", 900, "personnes"),
        F("une centaine", 100, ""),
        F("vingt personnes", 20, "personnes"),
        F("2022", "2022", DATE),
        F("120 millions d’euros", 1.2e8, "EUR"),
        F("2024", "2024", DATE),
        F("38 millions d’euros", 3.8e7, "EUR"),
        F("20 %", 20, "%"),
        F("2023", "2023", DATE),
        F("deux millions d’euros", 2e6, "EUR"),
    ],
    parties=[
        P("Plumea", "Plumea", ORG),
        P("Inès Moreau", "Inès Moreau", PER),
        P("Crestline Partners", "Crestline Partners", ORG),
        P("Thomas Lebrun", "Thomas Lebrun", PER),
    ],
    not_figures=["11e"],
)

# fr08: a market report. Percentages with two decimals, "7 214,55 points", an elided
# currency ("3,6 milliards" → unit ""), a bare count ("dont 300"), CAC 40, a time, a version
# number, the exchange as a place, not a party.
article(
    id="fr08_bourse_solvane", lang="fr",
    body="""
La Bourse de Paris recule, plombée par l’avertissement de Solvane

Le CAC~40 a cédé 1,12~% vendredi, à 7^214,55 points, plombé par les valeurs technologiques après
l’avertissement sur résultats du fabricant de semi-conducteurs Solvane.

Solvane a chuté de 14,8~% après avoir abaissé sa prévision de chiffre d’affaires annuel à
3,2~milliards d’euros, contre 3,6~milliards attendus jusqu’ici. Le groupe, qui fabrique
notamment des puces pour l’automobile, prévoit aussi de supprimer environ 1^100 emplois, dont
300 en Isère.

«~Le message est clair~: le cycle des semi-conducteurs n’a pas encore touché le fond~», résume
Pauline Garnier, gérante chez Altéa Gestion. «~Tant que les constructeurs automobiles réduisent
leurs stocks, le secteur restera sous pression~», ajoute-t-elle.

La publication, à 14~h~30, des chiffres de l’emploi américain a accentué le mouvement~:
l’économie des États-Unis a créé 187^000 emplois en août, moins que prévu, et le taux de chômage
est remonté à 3,8~%.

Dans le reste de la cote, le spécialiste du paiement Novapay a grimpé de 6,2~% après le lancement
de la version~4.2 de son application, tandis que le distributeur Ferrano a reculé de 2~%. Sur le
marché obligataire, le rendement de l’emprunt d’État français de référence est monté à 3,21~%.

Le volume d’échanges a atteint 3,9~milliards d’euros, un niveau conforme à la moyenne des trois
derniers mois.
""",
    quotes=[
        Q("Le message est clair~: ... touché le fond", "Pauline Garnier"),
        Q("Tant que les constructeurs ... sous pression", "Pauline Garnier"),
    ],
    figures=[
        F("1,12~%", 1.12, "%"),
        F("7^214,55 points", 7214.55, "points"),
        F("14,8~%", 14.8, "%"),
        F("3,2~milliards d’euros", 3.2e9, "EUR"),
        F("3,6~milliards", 3.6e9, ""),
        F("environ 1^100 emplois", 1100, "emplois"),
        F("300", 300, ""),
        F("187^000 emplois", 187000, "emplois"),
        F("3,8~%", 3.8, "%"),
        F("6,2~%", 6.2, "%"),
        F("2~%", 2, "%"),
        F("3,21~%", 3.21, "%"),
        F("3,9~milliards d’euros", 3.9e9, "EUR"),
    ],
    parties=[
        P("Solvane", "Solvane", ORG),
        P("Pauline Garnier", "Pauline Garnier", PER),
        P("Altéa Gestion", "Altéa Gestion", ORG),
        P("Novapay", "Novapay", ORG),
        P("Ferrano", "Ferrano", ORG),
    ],
    not_figures=["CAC~40", "14~h~30", "version~4.2"],
    not_parties=["Bourse de Paris"],
)

# fr09: reported speech. Most statements are indirect (no quote to find), one anonymous
# speaker (""), a pronoun speaker, a union named in full only, "près d'un tiers" (no figure).
article(
    id="fr09_orbalis_discours_rapporte", lang="fr",
    body="""
Chez Orbalis, la direction assure que les départs resteront volontaires

Le PDG d’Orbalis, Frédéric Aubert, a assuré mardi devant les représentants du personnel que les
850 départs annoncés début septembre se feraient sans licenciement contraint. Il a expliqué que
le groupe comptait sur les départs à la retraite et sur la mobilité interne pour atteindre cet
objectif d’ici à la fin de l’année.

Selon plusieurs participants, il a également affirmé que les sites de Rennes et de Grenoble ne
fermeraient pas, tout en refusant de s’engager au-delà de 2025. La direction des ressources
humaines a précisé par la suite que 240 salariés s’étaient déjà portés volontaires, et que
l’enveloppe prévue pour les indemnités atteindrait 62~millions d’euros.

Les syndicats restent sceptiques. Force ouvrière estime que la direction «~joue la montre~» et
réclame un accord de méthode avant toute nouvelle annonce.

«~On nous a déjà fait le coup en 2020~: on nous promettait des départs volontaires, et à la fin
il y a eu des licenciements~», confie un ingénieur du site rennais qui a requis l’anonymat.

Pour Nadia Cherif, déléguée syndicale de l’Unsa, le calendrier est intenable~: elle juge
impossible de reclasser autant de salariés en quatre mois et demande l’ouverture d’une véritable
négociation. «~Nous voulons des engagements écrits, pas des promesses orales~», a-t-elle
insisté.

Orbalis, qui emploie 6^300 personnes en France, a réalisé l’an dernier un chiffre d’affaires de
1,9~milliard d’euros, en recul de 4~%. Son cours de Bourse a perdu près d’un tiers de sa valeur
depuis janvier.
""",
    quotes=[
        Q("On nous a déjà fait le coup ... eu des licenciements", ""),
        Q("Nous voulons des engagements écrits, pas des promesses orales", "Nadia Cherif"),
    ],
    figures=[
        F("850 départs", 850, "départs"),
        F("2025", "2025", DATE),
        F("240 salariés", 240, "salariés"),
        F("62~millions d’euros", 6.2e7, "EUR"),
        F("2020", "2020", DATE),
        F("6^300 personnes", 6300, "personnes"),
        F("1,9~milliard d’euros", 1.9e9, "EUR"),
        F("4~%", 4, "%"),
    ],
    parties=[
        P("Orbalis", "Orbalis", ORG),
        P("Frédéric Aubert", "Frédéric Aubert", PER),
        P("Force ouvrière", "Force ouvrière", ORG),
        P("Nadia Cherif", "Nadia Cherif", PER),
        P("Unsa", "Unsa", ORG),
    ],
    not_quotes=["joue la montre"],
)

# fr10: an op-ed by a collective. The collective and a ministry as speakers, a quoted report
# title (five words, not a quote), « woke », "dix-huit mois", "plus de trois millions".
article(
    id="fr10_tribune_ia", lang="fr",
    body="""
Intelligence artificielle~: 200 chercheurs réclament une «~pause~» dans les services publics

Dans une tribune publiée dimanche, quelque 200 chercheurs et ingénieurs réunis au sein du
collectif Données communes appellent le gouvernement à encadrer plus strictement l’usage des
systèmes d’intelligence artificielle dans les administrations.

«~Nous ne sommes pas technophobes. Nous sommes, pour la plupart, ceux qui construisent ces
outils, et c’est précisément pour cela que nous nous inquiétons~», écrit le collectif, dont font
partie des chercheurs de l’Inria et du CNRS.

Le texte cite l’exemple d’un algorithme de contrôle des allocations qui aurait visé en priorité
«~les ménages les plus précaires~», et dont le code source n’a jamais été publié. Il s’appuie
aussi sur le rapport «~L’IA au service du public~», remis au gouvernement en 2022, dont les
recommandations sont restées lettre morte.

Les auteurs demandent un moratoire de dix-huit mois sur les nouveaux déploiements et la création
d’une autorité indépendante dotée d’un budget de 1,5~milliard d’euros sur cinq ans.

«~La question n’est pas de savoir si l’État doit utiliser l’IA, mais comment il rend des comptes
quand elle se trompe~», résume Amélie Roussel, chercheuse à l’université de Lille et première
signataire du texte.

Interrogé, le ministère de la Transformation publique dit «~partager l’objectif de
transparence~» mais juge qu’un moratoire «~pénaliserait les agents comme les usagers~». Plus de
trois millions de foyers reçoivent chaque mois une prestation calculée en partie de manière
automatisée, selon le ministère.

Le débat fait écho à la polémique qui avait visé, aux États-Unis, des assistants
conversationnels jugés trop «~woke~» par une partie de la droite américaine.
""",
    quotes=[
        Q("Nous ne sommes pas technophobes ... nous nous inquiétons", "Données communes"),
        Q("les ménages les plus précaires", "Données communes"),
        Q("La question n’est pas ... quand elle se trompe", "Amélie Roussel"),
        Q("partager l’objectif de transparence", "ministère de la Transformation publique"),
        Q("pénaliserait les agents comme les usagers", "ministère de la Transformation publique"),
    ],
    figures=[
        F("200 chercheurs", 200, "chercheurs", n=1),
        F("quelque 200 chercheurs", 200, "chercheurs"),
        F("2022", "2022", DATE),
        F("dix-huit mois", 18, "mois"),
        F("1,5~milliard d’euros", 1.5e9, "EUR"),
        F("Plus de trois millions de foyers", 3e6, "foyers"),
    ],
    parties=[
        P("Données communes", "Données communes", ORG),
        P("Inria", "Inria", ORG),
        P("CNRS", "CNRS", ORG),
        P("Amélie Roussel", "Amélie Roussel", PER),
        P("université de Lille", "université de Lille", ORG),
        P("ministère de la Transformation publique", "ministère de la Transformation publique",
          ORG),
    ],
    not_quotes=["pause", "L’IA au service du public", "woke"],
)

# fr11: web copy with poor typography: «» without spaces, plain spaces in "1 450", "12%"
# glued, straight apostrophes. An unnamed spokesperson (→ the company), an age, "10h" and
# a street number.
article(
    id="fr11_logistra_greve", lang="fr",
    body="""
Grève chez Logistra: les entrepôts de l'Oise à l'arrêt

Plusieurs centaines de salariés de Logistra, sous-traitant logistique de grandes plateformes de
commerce en ligne, étaient en grève lundi dans les entrepôts de Creil et de Senlis, selon les
syndicats. La direction évoque de son côté 180 grévistes sur un effectif de 1 450 personnes.

«C'est un mouvement minoritaire qui ne reflète pas l'état d'esprit des équipes», a affirmé à
l'AFP un porte-parole du groupe.

Les grévistes réclament une hausse de 150 euros net par mois et la fin du «scoring», qui note
chaque préparateur de commandes en fonction de sa productivité. «On est chronométrés en
permanence, même pour aller aux toilettes», raconte Samir Haddad, 34 ans, préparateur depuis six
ans.

Selon Sud Commerces, qui a lancé le mouvement avec la CGT, le taux d'absentéisme dépasse 12% sur
certains sites. «La direction nous parle de compétitivité, mais elle a versé 40 millions d'euros
à ses actionnaires en 2023», dénonce Marion Leclerc, déléguée syndicale.

Le groupe, qui a réalisé un chiffre d'affaires de 310 millions d'euros l'an dernier, affirme
avoir déjà augmenté les salaires de 4,5% en janvier. Une réunion de négociation est prévue
mercredi à 10h au siège de Logistra, 8 avenue de l'Europe, à Compiègne.
""",
    quotes=[
        Q("C'est un mouvement minoritaire ... l'état d'esprit des équipes", "Logistra"),
        Q("On est chronométrés ... aller aux toilettes", "Samir Haddad"),
        Q("La direction nous parle ... en 2023", "Marion Leclerc"),
    ],
    figures=[
        F("Plusieurs centaines de salariés", None, "salariés"),
        F("180 grévistes", 180, "grévistes"),
        F("1 450 personnes", 1450, "personnes"),
        F("150 euros", 150, "EUR"),
        F("34 ans", 34, "ans"),
        F("12%", 12, "%"),
        F("40 millions d'euros", 4e7, "EUR"),
        F("2023", "2023", DATE),
        F("310 millions d'euros", 3.1e8, "EUR"),
        F("4,5%", 4.5, "%"),
    ],
    parties=[
        P("Logistra", "Logistra", ORG),
        P("AFP", "AFP", ORG),
        P("Samir Haddad", "Samir Haddad", PER),
        P("Sud Commerces", "Sud Commerces", ORG),
        P("CGT", "CGT", ORG),
        P("Marion Leclerc", "Marion Leclerc", PER),
    ],
    not_figures=["10h", "8"],
    not_quotes=["scoring"],
)

# fr12: parliament. "de 3 % à 5 %", a vote count with a bare number, "une trentaine",
# "des milliers d'emplois", Bercy as the ministry's metonym (a speaker), an association
# with its acronym (named in full), article 49.3.
article(
    id="fr12_assemblee_taxe_numerique", lang="fr",
    body="""
Taxe sur les géants du numérique~: les députés votent un relèvement à 5~%

L’Assemblée nationale a adopté dans la nuit de jeudi à vendredi un amendement portant de 3~% à
5~% le taux de la taxe sur les services numériques, qui frappe les grandes plateformes réalisant
plus de 750~millions d’euros de chiffre d’affaires dans le monde.

L’amendement, porté par le député centriste Éric Santoni, a été adopté par 112 voix contre 87,
contre l’avis du gouvernement. «~Ces entreprises suppriment des milliers d’emplois tout en
affichant des marges record~: il est temps qu’elles paient leur juste part~», a lancé l’élu dans
l’hémicycle.

Le ministre délégué au Numérique, Paul-Henri Vautrin, a mis en garde contre «~un signal
désastreux envoyé aux investisseurs~» et rappelé que la taxe avait rapporté 670~millions d’euros
à l’État en 2022. Selon Bercy, le relèvement pourrait rapporter «~environ 400~millions d’euros
supplémentaires~» dès 2025.

Le texte doit encore être examiné au Sénat. Faute de majorité absolue, le gouvernement pourrait
recourir à l’article~49.3 de la Constitution pour faire adopter l’ensemble du projet de loi de
finances avant la fin de l’année.

Les plateformes concernées, une trentaine selon Bercy, dénoncent une mesure «~discriminatoire~».
Dans un communiqué, l’Association des services internet communautaires (Asic) estime que la
hausse «~sera in fine payée par les consommateurs et les PME françaises~».
""",
    quotes=[
        Q("Ces entreprises suppriment ... leur juste part", "Éric Santoni"),
        Q("un signal désastreux envoyé aux investisseurs", "Paul-Henri Vautrin"),
        Q("environ 400~millions d’euros supplémentaires", "Bercy"),
        Q("sera in fine payée ... les PME françaises",
          "Association des services internet communautaires"),
    ],
    figures=[
        F("5~%", 5, "%", n=1),
        F("3~%", 3, "%"),
        F("5~%", 5, "%", n=2),
        F("plus de 750~millions d’euros", 7.5e8, "EUR"),
        F("112 voix", 112, "voix"),
        F("87", 87, ""),
        F("des milliers d’emplois", None, "emplois"),
        F("670~millions d’euros", 6.7e8, "EUR"),
        F("2022", "2022", DATE),
        F("environ 400~millions d’euros", 4e8, "EUR"),
        F("2025", "2025", DATE),
        F("une trentaine", 30, ""),
    ],
    parties=[
        P("Assemblée nationale", "Assemblée nationale", ORG),
        P("Éric Santoni", "Éric Santoni", PER),
        P("Paul-Henri Vautrin", "Paul-Henri Vautrin", PER),
        P("Bercy", "Bercy", ORG),
        P("Sénat", "Sénat", ORG),
        P("Association des services internet communautaires",
          "Association des services internet communautaires", ORG),
        P("Asic", "Association des services internet communautaires", ORG),
    ],
    not_figures=["article~49.3"],
    not_quotes=["discriminatoire"],
)

# en01: Reuters-style wire on big-tech layoffs. Straight quotes, a four-word partial quote,
# the surname alone after the full name, "$50 billion", "up to $1.5bn", "about 5%",
# "Jan 18, 2023", legal suffixes ("Kestrel Systems Inc"), reporters' names in the tag line.
article(
    id="en01_kestrel_layoffs", lang="en",
    body="""
Kestrel to cut 10,000 jobs as cloud growth slows

SEATTLE, Jan 18, 2023 (Reuters) - Kestrel Systems Inc said on Wednesday it would cut 10,000
jobs, or about 5% of its workforce, becoming the latest technology company to shed staff as
customers rein in spending after a pandemic-era boom.

Chief Executive Rachel Okafor said in a memo to employees that the company had "hired ahead of
demand" and would consolidate office space in several cities.

"These are the kinds of hard choices we need to make to keep investing in our long-term
opportunity," Okafor wrote. "I take full responsibility for the decisions that led us here."

The Seattle-based company expects to record a charge of $1.2 billion in the second quarter
related to severance costs and lease consolidation. It did not say how many of the cuts would
fall outside the United States.

Kestrel's shares rose 1.3% in premarket trading, after losing about 28% of their value over the
past year.

Kestrel has pledged to invest $50 billion in data centers and artificial intelligence over the
next five years, and analysts at Haldane Research estimate the job cuts could save it up to
$1.5bn a year.

The announcement adds to a wave of layoffs across the sector. Amazon.com Inc is cutting more
than 18,000 roles, and Meta Platforms Inc laid off 11,000 employees in November. Salesforce Inc
said this month it would eliminate about 8,000 jobs, roughly 10% of its staff.

(Reporting by Priya Raman in Bengaluru; Editing by Tom Hughes)
""",
    quotes=[
        Q("hired ahead of demand", "Rachel Okafor"),
        Q("These are the kinds ... long-term opportunity", "Rachel Okafor"),
        Q("I take full responsibility for the decisions that led us here", "Rachel Okafor"),
    ],
    figures=[
        F("10,000 jobs", 10000, "jobs", n=1),
        F("Jan 18, 2023", "2023-01-18", DATE),
        F("10,000 jobs", 10000, "jobs", n=2),
        F("about 5%", 5, "%"),
        F("$1.2 billion", 1.2e9, "USD"),
        F("1.3%", 1.3, "%"),
        F("about 28%", 28, "%"),
        F("$50 billion", 5e10, "USD"),
        F("up to $1.5bn", 1.5e9, "USD"),
        F("more than 18,000 roles", 18000, "roles"),
        F("11,000 employees", 11000, "employees"),
        F("about 8,000 jobs", 8000, "jobs"),
        F("roughly 10%", 10, "%"),
    ],
    parties=[
        P("Kestrel Systems Inc", "Kestrel Systems", ORG),
        P("Kestrel", "Kestrel Systems", ORG),
        P("Reuters", "Reuters", ORG),
        P("Rachel Okafor", "Rachel Okafor", PER),
        P("Okafor", "Rachel Okafor", PER),
        P("Haldane Research", "Haldane Research", ORG),
        P("Amazon.com Inc", "Amazon.com", ORG),
        P("Meta Platforms Inc", "Meta Platforms", ORG),
        P("Salesforce Inc", "Salesforce", ORG),
        P("Priya Raman", "Priya Raman", PER),
        P("Tom Hughes", "Tom Hughes", PER),
    ],
)

# en02: British union reaction. Straight quotes with a nested 'single-quoted' term, "he
# added", a programme name in quotes (four words, not a quote), "£1.5bn", "£3.4 million",
# "30-day", an unnamed spokesperson (→ the company), a union known by its acronym.
article(
    id="en02_brightwell_unions", lang="en",
    body="""
Unions vow to fight Brightwell call centre closures

Unite, the union, has vowed to fight plans by telecoms group Brightwell to close four call
centres and cut about 1,000 jobs, calling the move "a betrayal of loyal staff".

Brightwell, which employs 23,000 people in the UK, said the sites in Sunderland, Stoke, Swansea
and Paisley would close by the end of March 2024 as part of its "Fit for the Future" programme,
with some roles moving to a new hub in Leeds and others outsourced to partners abroad.

"Our members kept this company running through a pandemic and a cost-of-living crisis," said
Gail Pritchard, Unite's national officer for telecoms. "They deserve better than a press release
and a 30-day consultation."

The Communication Workers Union (CWU), which also represents staff at the sites, said it would
ballot members for industrial action. "Nobody is fooled by the language of 'transformation',"
said Darren Mullins, the CWU's assistant secretary. "This is about cutting costs, full stop," he
added.

Brightwell reported a pretax profit of £1.5bn for the year to March, up 6.2%. Its chief
executive, Martin Hale, received a pay package worth £3.4 million.

In a statement, Brightwell said the changes were "necessary to meet changing customer
expectations" and that it would offer redeployment to every affected employee. "We understand
this is difficult news for our colleagues and their families," a spokesperson said.
""",
    quotes=[
        Q("a betrayal of loyal staff", "Unite"),
        Q("Our members kept ... cost-of-living crisis", "Gail Pritchard"),
        Q("They deserve better ... 30-day consultation", "Gail Pritchard"),
        Q("Nobody is fooled by the language of 'transformation'", "Darren Mullins"),
        Q("This is about cutting costs, full stop", "Darren Mullins"),
        Q("necessary to meet changing customer expectations", "Brightwell"),
        Q("We understand this ... and their families", "Brightwell"),
    ],
    figures=[
        F("about 1,000 jobs", 1000, "jobs"),
        F("23,000 people", 23000, "people"),
        F("March 2024", "2024-03", DATE),
        F("30-day", 30, "day"),
        F("£1.5bn", 1.5e9, "GBP"),
        F("6.2%", 6.2, "%"),
        F("£3.4 million", 3.4e6, "GBP"),
    ],
    parties=[
        P("Unite", "Unite", ORG),
        P("Brightwell", "Brightwell", ORG),
        P("Gail Pritchard", "Gail Pritchard", PER),
        P("Communication Workers Union", "Communication Workers Union", ORG),
        P("CWU", "Communication Workers Union", ORG),
        P("Darren Mullins", "Darren Mullins", PER),
        P("Martin Hale", "Martin Hale", PER),
    ],
    not_quotes=["Fit for the Future"],
)

# en03: quarterly earnings. "$52.9 billion", "$18.3bn", per-share amounts (span without
# "per share"), "75 cents", "well above $50 billion" inside a partial quote, "fiscal 2024",
# bare headcounts, a version number and a product name.
article(
    id="en03_norda_earnings", lang="en",
    body="""
Norda beats estimates as AI demand lifts cloud revenue

Norda Corp reported quarterly revenue of $52.9 billion on Tuesday, beating Wall Street
estimates, as demand for its artificial intelligence services lifted sales at its cloud unit by
28%.

Net income rose to $18.3bn, or $2.45 per share, from $16.4bn, or $2.20 a share, a year earlier.
Analysts had expected earnings of $2.31 per share, according to LSEG data.

"We are seeing customers move from experimentation to deployment at scale," Chief Executive Lena
Whitfield told analysts on a conference call. Whitfield said the company would spend "well above
$50 billion" on capital expenditure in fiscal 2024, mostly on data centers.

Norda shares rose 4.1% to $412.60 in extended trading. The company also announced a $60 billion
share buyback program and raised its quarterly dividend by 10% to 75 cents per share.

"Our gaming business remains a drag on growth," Chief Financial Officer Mark Dunn said, noting
that revenue in the segment fell 7% to $3.1 billion. Dunn said Orion OS 12.4, the latest version
of the company's operating system, was now installed on 400 million devices.

Norda's headcount stood at 221,000 at the end of June, down from 228,000 a year earlier, after
the company cut about 10,000 jobs in January.
""",
    quotes=[
        Q("We are seeing customers ... deployment at scale", "Lena Whitfield"),
        Q("well above $50 billion", "Lena Whitfield"),
        Q("Our gaming business remains a drag on growth", "Mark Dunn"),
    ],
    figures=[
        F("$52.9 billion", 5.29e10, "USD"),
        F("28%", 28, "%"),
        F("$18.3bn", 1.83e10, "USD"),
        F("$2.45", 2.45, "USD"),
        F("$16.4bn", 1.64e10, "USD"),
        F("$2.20", 2.2, "USD"),
        F("$2.31", 2.31, "USD"),
        F("well above $50 billion", 5e10, "USD"),
        F("2024", "2024", DATE),
        F("4.1%", 4.1, "%"),
        F("$412.60", 412.6, "USD"),
        F("$60 billion", 6e10, "USD"),
        F("10%", 10, "%"),
        F("75 cents", 0.75, "USD"),
        F("7%", 7, "%"),
        F("$3.1 billion", 3.1e9, "USD"),
        F("400 million devices", 4e8, "devices"),
        F("221,000", 221000, ""),
        F("228,000", 228000, ""),
        F("about 10,000 jobs", 10000, "jobs"),
    ],
    parties=[
        P("Norda Corp", "Norda", ORG),
        P("Norda", "Norda", ORG),
        P("LSEG", "LSEG", ORG),
        P("Lena Whitfield", "Lena Whitfield", PER),
        P("Whitfield", "Lena Whitfield", PER),
        P("Mark Dunn", "Mark Dunn", PER),
        P("Dunn", "Mark Dunn", PER),
    ],
    not_figures=["12.4"],
    not_parties=["Wall Street", "Orion OS"],
)

# en04: an open letter. Curly quotes, a multi-paragraph quotation (opening mark on each
# paragraph, closing mark on the last: one span per paragraph), a partial quote with the
# American comma inside, “woke”, "18 percent", a street address and a time.
article(
    id="en04_parallax_open_letter", lang="en",
    body="""
Parallax staff push back on office mandate in open letter

More than 1,400 employees of software maker Parallax have signed an open letter to management
opposing a new rule requiring staff to work from the office four days a week, according to a copy
seen by TechLedger.

The letter, addressed to Chief Executive Owen Barrett and the company’s board, says the policy
was imposed “without data, without consultation and without regard for the people it affects.”
It reads, in part:

“We have shipped every major release on time for the past three years, most of it from our
kitchens and spare bedrooms. Nothing about our output suggests that remote work has failed.

“We are not asking for special treatment. We are asking leadership to show us the evidence
behind this decision, and to meet with employee representatives before it takes effect.”

Barrett, who last year dismissed internal criticism of the company’s diversity program as “woke”
noise, told staff on Thursday that in-person work was “essential to the culture of innovation
that built this company,” and that the policy would not change.

“I understand that not everyone will agree with this decision,” he wrote in a message seen by
TechLedger. “But I am convinced it is the right one for Parallax.”

Parallax, which cut 1,200 jobs in March, employs about 9,800 people worldwide. Its shares are
down 18 percent this year. Organizers said they planned a rally outside the company’s
headquarters at 500 Howard Street in San Francisco at 12:30 p.m. on Friday.
""",
    quotes=[
        Q("without data, without consultation ... the people it affects", ""),
        Q("We have shipped every ... remote work has failed", ""),
        Q("We are not asking ... before it takes effect", ""),
        Q("essential to the culture ... built this company", "Owen Barrett"),
        Q("I understand that not everyone will agree with this decision", "Owen Barrett"),
        Q("But I am convinced it is the right one for Parallax", "Owen Barrett"),
    ],
    figures=[
        F("More than 1,400 employees", 1400, "employees"),
        F("1,200 jobs", 1200, "jobs"),
        F("about 9,800 people", 9800, "people"),
        F("18 percent", 18, "%"),
    ],
    parties=[
        P("Parallax", "Parallax", ORG),
        P("TechLedger", "TechLedger", ORG),
        P("Owen Barrett", "Owen Barrett", PER),
        P("Barrett", "Owen Barrett", PER),
    ],
    not_figures=["500", "12:30 p.m."],
    not_quotes=["woke"],
)

# en05: a government announcement. "£2.5bn" twice, "at least three million people" in
# words inside a quote, "up to £6,000", "Some 70,000 people", departments and the Treasury
# as organisations, a phone number and times.
article(
    id="en05_government_retraining", lang="en",
    body="""
Government unveils £2.5bn plan to retrain tech workers

The government will spend £2.5bn over four years to retrain workers displaced by automation and
artificial intelligence, Technology Secretary Helen Marsh announced on Monday, as layoffs across
the tech sector continue to mount.

The programme aims to reach "at least three million people by the end of the decade," Marsh told
reporters at the Department for Science, Innovation and Technology in London. "No one should be
left behind because their job was changed by a machine they never asked for," she said.

Under the plan, workers who lose their jobs in sectors deemed at risk will be eligible for up to
£6,000 each in training credits, and employers that hire them will receive a one-off payment of
£1,500. Some 70,000 people could benefit in the first year alone, according to estimates from
the Office for National Statistics cited by the department.

The Treasury said the scheme would be funded from existing budgets and would not require new
borrowing.

The opposition was unimpressed. "This is a reannouncement of money that was already promised in
the spring budget," said shadow technology secretary Peter Lomax. The Trades Union Congress
welcomed the scheme but said it should be "funded properly and designed with workers, not just
for them."

A helpline for affected workers will open next month on 0800 123 4567, staffed from 9am to 5pm
on weekdays.
""",
    quotes=[
        Q("at least three million people by the end of the decade", "Helen Marsh"),
        Q("No one should be left ... never asked for", "Helen Marsh"),
        Q("This is a reannouncement ... the spring budget", "Peter Lomax"),
        Q("funded properly and designed with workers, not just for them",
          "Trades Union Congress"),
    ],
    figures=[
        F("£2.5bn", 2.5e9, "GBP", n=1),
        F("£2.5bn", 2.5e9, "GBP", n=2),
        F("at least three million people", 3e6, "people"),
        F("up to £6,000", 6000, "GBP"),
        F("£1,500", 1500, "GBP"),
        F("Some 70,000 people", 70000, "people"),
    ],
    parties=[
        P("Helen Marsh", "Helen Marsh", PER),
        P("Marsh", "Helen Marsh", PER),
        P("Department for Science, Innovation and Technology",
          "Department for Science, Innovation and Technology", ORG),
        P("Office for National Statistics", "Office for National Statistics", ORG),
        P("Treasury", "Treasury", ORG),
        P("Peter Lomax", "Peter Lomax", PER),
        P("Trades Union Congress", "Trades Union Congress", ORG),
    ],
    not_figures=["0800 123 4567", "9am", "5pm"],
)

# en06: a court ruling (AP style). The judge quoted from her ruling, a named spokesman, a
# case name holding two parties, a case number, "27 warehouse workers", "38-page", a street
# address, "about $1.1 million".
article(
    id="en06_vantage_court_ruling", lang="en",
    body="""
Judge orders Vantage to rehire workers fired during union drive

OAKLAND, Calif. (AP) - A federal judge on Friday ordered Vantage Logistics to reinstate 27
warehouse workers it fired after they campaigned to unionize, finding that the company had
likely broken federal labor law.

U.S. District Judge Maria Delgado wrote in a 38-page ruling that the National Labor Relations
Board had shown "a strong likelihood" that the firings were retaliatory.

"The timing of these terminations, coming days after the workers filed for an election, is
difficult to explain on any other basis," Delgado wrote.

The case, National Labor Relations Board v. Vantage Logistics Inc, No. 3:23-cv-04417, is one of
several the agency has brought against the company since 2021.

Vantage, which employs roughly 140,000 people in the United States, said it would appeal. "We
strongly disagree with the court's decision and remain confident that these employees were
terminated for legitimate reasons," spokesman Carl Jensen said in a statement.

The workers, employed at a distribution center at 2150 Marina Boulevard in San Leandro, had
sought to join the Teamsters. "Today the court told Vantage what we've been saying for a year:
you can't fire people for organizing," said Luis Ortega, one of the fired workers.

Under the order, the company must also pay back wages, which the NLRB estimated at about $1.1
million, and post notices of employees' rights at the site for 60 days.
""",
    quotes=[
        Q("The timing of these terminations ... on any other basis", "Maria Delgado"),
        Q("We strongly disagree ... for legitimate reasons", "Carl Jensen"),
        Q("Today the court told Vantage ... for organizing", "Luis Ortega"),
    ],
    figures=[
        F("27 warehouse workers", 27, "warehouse workers"),
        F("38-page", 38, "page"),
        F("2021", "2021", DATE),
        F("roughly 140,000 people", 140000, "people"),
        F("about $1.1 million", 1.1e6, "USD"),
        F("60 days", 60, "days"),
    ],
    parties=[
        P("Vantage Logistics Inc", "Vantage Logistics", ORG),
        P("Vantage Logistics", "Vantage Logistics", ORG),
        P("Vantage", "Vantage Logistics", ORG),
        P("AP", "AP", ORG),
        P("Maria Delgado", "Maria Delgado", PER),
        P("Delgado", "Maria Delgado", PER),
        P("National Labor Relations Board", "National Labor Relations Board", ORG),
        P("NLRB", "National Labor Relations Board", ORG),
        P("Carl Jensen", "Carl Jensen", PER),
        P("Teamsters", "Teamsters", ORG),
        P("Luis Ortega", "Luis Ortega", PER),
    ],
    not_figures=["3:23-cv-04417", "2150"],
    not_quotes=["a strong likelihood"],
)

# en07: a feature interview. A quote in ‘single’ quotes as headline, incises splitting
# quotations ("she says"), pronoun speakers all along, "£1.5bn", "$400m", an age ("41"),
# "12,000 small businesses", a five-word partial quote.
article(
    id="en07_fernhill_interview", lang="en",
    body="""
‘We grew too fast’: the founder who cut half her staff

Dana Kowalski still remembers the spreadsheet. It was late 2022, and the payments start-up she
had founded five years earlier, Fernhill, had 640 employees and enough cash to last about 14
months.

“I looked at the numbers,” she says, “and I realised we would be out of money before we could
raise again.”

Within six weeks Fernhill had laid off 310 people, nearly half its workforce. Kowalski announced
the cuts on a video call, a decision she now regrets. “People deserved to hear it in a room, from
me, with the chance to ask questions,” she says. “A video call felt efficient. It was cowardly.”

The company, which processes about £1.5bn in payments a year for 12,000 small businesses, turned
its first profit in the quarter to June. Its latest funding round, led by US investor Redwood
Ventures, valued it at $400m, down from $1.2bn at its peak in 2021.

Not everyone has forgiven her. “The way it was handled was brutal, and the apology came two
years too late,” said Tom Bright, a former engineer who now works at rival Lattice Pay.

Kowalski, 41, says she has learned to “say the hard thing early.” Growth, she adds, is no longer
the only measure of success. “Founders are told to be relentlessly optimistic,” she says.
“Sometimes the most optimistic thing you can do is tell people the truth.”
""",
    quotes=[
        Q("We grew too fast", "Dana Kowalski"),
        Q("I looked at the numbers", "Dana Kowalski"),
        Q("and I realised we would ... raise again", "Dana Kowalski"),
        Q("People deserved to hear it ... ask questions", "Dana Kowalski"),
        Q("A video call felt efficient. It was cowardly", "Dana Kowalski"),
        Q("The way it was handled ... two years too late", "Tom Bright"),
        Q("say the hard thing early", "Dana Kowalski"),
        Q("Founders are told to be relentlessly optimistic", "Dana Kowalski"),
        Q("Sometimes the most optimistic ... people the truth", "Dana Kowalski"),
    ],
    figures=[
        F("2022", "2022", DATE),
        F("640 employees", 640, "employees"),
        F("about 14 months", 14, "months"),
        F("310 people", 310, "people"),
        F("about £1.5bn", 1.5e9, "GBP"),
        F("12,000 small businesses", 12000, "businesses"),
        F("$400m", 4e8, "USD"),
        F("$1.2bn", 1.2e9, "USD"),
        F("2021", "2021", DATE),
        F("41", 41, ""),
    ],
    parties=[
        P("Dana Kowalski", "Dana Kowalski", PER),
        P("Kowalski", "Dana Kowalski", PER),
        P("Fernhill", "Fernhill", ORG),
        P("Redwood Ventures", "Redwood Ventures", ORG),
        P("Tom Bright", "Tom Bright", PER),
        P("Lattice Pay", "Lattice Pay", ORG),
    ],
)

# en08: reported speech and anonymous sources. Almost everything is indirect; one partial
# quote by a named CEO, one by an anonymous analyst (""), "as much as $6 billion", "up to
# $200 million", short forms of firms named in full earlier ("Northgate", "Aster").
article(
    id="en08_helix_reported_speech", lang="en",
    body="""
Helix weighs sale of networking chip unit, sources say

Helix Semiconductor is exploring a sale of its networking chip business, which could be valued
at as much as $6 billion, according to three people familiar with the matter.

The company has held early talks with private equity firms including Northgate Capital and Aster
Partners, the people said, asking not to be identified because the discussions are private. No
final decision has been made, and Helix could still opt to keep the unit, one of the people said.

Chief Executive Victor Han told investors last month that the company was reviewing "every part
of the portfolio" and would focus on its data center business. He said the networking unit,
which had revenue of $1.9 billion last year, was profitable but growing more slowly than the rest
of the company.

A Helix spokeswoman declined to comment. Northgate and Aster did not respond to requests for
comment.

Helix, based in San Jose, California, said in February it would cut 7% of its workforce, or
about 2,100 jobs, after revenue fell for three straight quarters. It expects restructuring
charges of up to $200 million. Its shares have fallen 22% this year, valuing the company at
about $48 billion.

One analyst, who asked not to be named because his firm has a banking relationship with Helix,
said a sale "would make a lot of sense" given the unit's slower growth.
""",
    quotes=[
        Q("every part of the portfolio", "Victor Han"),
        Q("would make a lot of sense", ""),
    ],
    figures=[
        F("as much as $6 billion", 6e9, "USD"),
        F("$1.9 billion", 1.9e9, "USD"),
        F("7%", 7, "%"),
        F("about 2,100 jobs", 2100, "jobs"),
        F("up to $200 million", 2e8, "USD"),
        F("22%", 22, "%"),
        F("about $48 billion", 4.8e10, "USD"),
    ],
    parties=[
        P("Helix Semiconductor", "Helix Semiconductor", ORG),
        P("Helix", "Helix Semiconductor", ORG),
        P("Northgate Capital", "Northgate Capital", ORG),
        P("Northgate", "Northgate Capital", ORG),
        P("Aster Partners", "Aster Partners", ORG),
        P("Aster", "Aster Partners", ORG),
        P("Victor Han", "Victor Han", PER),
    ],
)

# en09: a CEO memo reproduced as a block quote: straight quotes, four paragraphs opened by
# a mark and only the last one closed (one span per paragraph), figures inside the memo,
# "6%" in the headline, "about 2 percentage points".
article(
    id="en09_quorum_memo", lang="en",
    body="""
Quorum to lay off 6% of staff; read the CEO's memo

Quorum Inc, the collaboration software maker, is laying off about 1,300 employees, or 6% of its
workforce, Chief Executive Sam Adeyemi told staff on Tuesday. Here is the memo he sent:

"Today I have to share some very difficult news. We are reducing the size of our team by about
1,300 people. If you are affected, you will receive an email from HR within the next 30 minutes.

"I want to be clear that this is my decision, and I am accountable for it. We grew our headcount
by more than 40% in 2021 and 2022, faster than our revenue, and we now need to bring our costs in
line with the business we have.

"Every departing employee will receive 16 weeks of base pay, plus two additional weeks for every
year at Quorum, as well as healthcare coverage through the end of March. We will also extend
equity vesting for those leaving by one quarter.

"I know words are not enough today. To everyone leaving: thank you for what you built here."

Quorum's shares rose 3.5% in extended trading. The company, which was valued at $27.7 billion in
a private funding round in 2021 before listing in New York, has been under pressure from investors
to improve profitability.

Analysts at Greyline Securities said the cuts would save roughly $250 million a year and lift the
company's operating margin by about 2 percentage points.
""",
    quotes=[
        Q("Today I have to share ... within the next 30 minutes", "Sam Adeyemi"),
        Q("I want to be clear ... the business we have", "Sam Adeyemi"),
        Q("Every departing employee ... leaving by one quarter", "Sam Adeyemi"),
        Q("I know words are not enough ... you built here", "Sam Adeyemi"),
    ],
    figures=[
        F("6%", 6, "%", n=1),
        F("about 1,300 employees", 1300, "employees"),
        F("6%", 6, "%", n=2),
        F("about 1,300 people", 1300, "people"),
        F("30 minutes", 30, "minutes"),
        F("more than 40%", 40, "%"),
        F("2021", "2021", DATE, n=1),
        F("2022", "2022", DATE),
        F("16 weeks", 16, "weeks"),
        F("3.5%", 3.5, "%"),
        F("$27.7 billion", 2.77e10, "USD"),
        F("2021", "2021", DATE, n=2),
        F("roughly $250 million", 2.5e8, "USD"),
        F("about 2 percentage points", 2, "percentage points"),
    ],
    parties=[
        P("Quorum Inc", "Quorum", ORG),
        P("Quorum", "Quorum", ORG),
        P("Sam Adeyemi", "Sam Adeyemi", PER),
        P("Greyline Securities", "Greyline Securities", ORG),
    ],
)

# en10: an analysis full of scare quotes (“year of efficiency”, “right-sizing”, “woke”...)
# and few quotations, one of them anonymous; years as dates, "Eighteen months", "Dozens of
# companies", an elided count ("Microsoft 10,000"), an index that is not a party.
article(
    id="en10_efficiency_scare_quotes", lang="en",
    body="""
Tech’s “year of efficiency” comes at a cost for workers

When Meta Platforms declared 2023 its “year of efficiency,” few expected the phrase to catch on
across Silicon Valley. Eighteen months later, “efficiency” has become the industry’s favorite
word, and layoffs its favorite tool.

More than 260,000 tech workers lost their jobs in 2023, according to Layoffs.fyi, a website that
tracks job cuts. Google cut 12,000 jobs in January 2023 alone, and Microsoft 10,000.

Executives describe the cuts as “right-sizing” or a return to “discipline.” Critics hear
something else. “What companies call efficiency, workers experience as fear,” said Kira
Lindqvist, a labor economist at the University of Michigan.

Lindqvist’s research, based on a survey of 2,400 workers at large tech firms, found that 61% of
respondents who survived a round of layoffs said they were less willing to take risks at work.
“The message they heard was: keep your head down,” she said.

Some executives have gone further, blaming what they call a “woke” corporate culture for bloated
payrolls. Dozens of companies have also quietly dropped diversity targets they announced in 2020.

“I used to pitch wild ideas. Now I just ship what I’m told,” said a software engineer at a large
cloud company, who asked not to be named.

Investors, for now, are applauding. The Nasdaq Composite index gained 43% in 2023, its best year
since 2020.
""",
    quotes=[
        Q("What companies call efficiency, workers experience as fear", "Kira Lindqvist"),
        Q("The message they heard was: keep your head down", "Kira Lindqvist"),
        Q("I used to pitch wild ideas ... what I’m told", ""),
    ],
    figures=[
        F("2023", "2023", DATE, n=1),
        F("Eighteen months", 18, "months"),
        F("More than 260,000 tech workers", 260000, "tech workers"),
        F("2023", "2023", DATE, n=2),
        F("12,000 jobs", 12000, "jobs"),
        F("January 2023", "2023-01", DATE),
        F("10,000", 10000, ""),
        F("2,400 workers", 2400, "workers"),
        F("61%", 61, "%"),
        F("Dozens of companies", None, "companies"),
        F("2020", "2020", DATE, n=1),
        F("43%", 43, "%"),
        F("2023", "2023", DATE, n=4),
        F("2020", "2020", DATE, n=2),
    ],
    parties=[
        P("Meta Platforms", "Meta Platforms", ORG),
        P("Layoffs.fyi", "Layoffs.fyi", ORG),
        P("Google", "Google", ORG),
        P("Microsoft", "Microsoft", ORG),
        P("Kira Lindqvist", "Kira Lindqvist", PER),
        P("Lindqvist", "Kira Lindqvist", PER),
        P("University of Michigan", "University of Michigan", ORG),
    ],
    not_quotes=["year of efficiency", "efficiency", "right-sizing", "discipline", "woke"],
    not_parties=["Nasdaq Composite"],
)

# en11: AP strike story. Straight quotes, the company as speaker ("the company said"),
# a 'single-quoted' title, "at least 12 percent", "About 1,000 video game workers", a time
# and a street address.
article(
    id="en11_ironpeak_strike", lang="en",
    body="""
Video game workers strike at Ironpeak studios

LOS ANGELES (AP) - About 1,000 video game workers at Ironpeak Entertainment walked off the job
Monday in the first strike at a major U.S. game publisher, after talks over pay and protections
against artificial intelligence broke down.

The workers, represented by the Communications Workers of America, are seeking raises of at least
12 percent over three years and limits on the use of AI to generate art and voices.

"We're not against technology," said Jenna Morales, a senior animator who has worked at the
studio for nine years. "We're against being told to train the software that's going to replace
us."

Ironpeak said in a statement that it had offered raises totaling 9 percent and "meaningful
commitments" on AI. "We remain committed to reaching a fair agreement," the company said. "We're
disappointed the union chose to walk away from the table."

Ironpeak, whose 'Starfall' franchise has sold more than 50 million copies, reported revenue of
$1.8 billion last year. Its shares fell 2.4% on Monday.

Picket lines formed at 6 a.m. outside the company's offices at 1200 Olympic Blvd. in Santa
Monica. Union organizer Marcus Webb told reporters the strike would continue "as long as it
takes."
""",
    quotes=[
        Q("We're not against technology", "Jenna Morales"),
        Q("We're against being told ... going to replace us", "Jenna Morales"),
        Q("We remain committed to reaching a fair agreement", "Ironpeak Entertainment"),
        Q("We're disappointed ... away from the table", "Ironpeak Entertainment"),
        Q("as long as it takes", "Marcus Webb"),
    ],
    figures=[
        F("About 1,000 video game workers", 1000, "video game workers"),
        F("at least 12 percent", 12, "%"),
        F("9 percent", 9, "%"),
        F("more than 50 million copies", 5e7, "copies"),
        F("$1.8 billion", 1.8e9, "USD"),
        F("2.4%", 2.4, "%"),
    ],
    parties=[
        P("Ironpeak Entertainment", "Ironpeak Entertainment", ORG),
        P("Ironpeak", "Ironpeak Entertainment", ORG),
        P("AP", "AP", ORG),
        P("Communications Workers of America", "Communications Workers of America", ORG),
        P("Jenna Morales", "Jenna Morales", PER),
        P("Marcus Webb", "Marcus Webb", PER),
    ],
    not_figures=["6 a.m.", "1200"],
    not_quotes=["meaningful commitments", "Starfall"],
    not_parties=["Starfall"],
)

# en12: a regulator's fine. Curly quotes, "€1.2bn" and "€1.2 billion", a British date
# ("18 January 2023"), "Article 102", "about 0.4%", "4.2 million paying subscribers", the EU
# and "the Commission" as short forms, the company as speaker.
article(
    id="en12_corvex_eu_fine", lang="en",
    body="""
EU fines Corvex €1.2bn over app store rules

The European Commission fined Corvex Inc €1.2 billion on Thursday, saying the US group had
abused its dominance in mobile app distribution by stopping developers from telling users about
cheaper offers elsewhere.

The penalty follows a complaint filed on 18 January 2023 by Swedish developer Lumio and is one of
the largest ever imposed for a breach of Article 102, the EU’s main antitrust provision.

“For years, Corvex used its gatekeeper role to squeeze rivals and raise prices for consumers,”
competition commissioner Elena Varga told a news conference in Brussels. “That is illegal under
EU rules.”

Corvex said it would appeal to the General Court in Luxembourg. “The Commission’s decision
ignores the realities of a fiercely competitive market,” the company said in a statement, adding
that it had cut its fee to 15% for small developers in 2021.

The fine is equivalent to about 0.4% of Corvex’s annual turnover, well below the legal maximum
of 10%. Lumio, which has 310 employees and 4.2 million paying subscribers, said the decision was
“a victory for every developer in Europe.”

Corvex shares were little changed at $182.30 in New York trading on Thursday. The company
reported revenue of $94.9bn last year.
""",
    quotes=[
        Q("For years, Corvex used ... prices for consumers", "Elena Varga"),
        Q("That is illegal under EU rules", "Elena Varga"),
        Q("The Commission’s decision ... competitive market", "Corvex"),
        Q("a victory for every developer in Europe", "Lumio"),
    ],
    figures=[
        F("€1.2bn", 1.2e9, "EUR"),
        F("€1.2 billion", 1.2e9, "EUR"),
        F("18 January 2023", "2023-01-18", DATE),
        F("15%", 15, "%"),
        F("2021", "2021", DATE),
        F("about 0.4%", 0.4, "%"),
        F("10%", 10, "%"),
        F("310 employees", 310, "employees"),
        F("4.2 million paying subscribers", 4.2e6, "subscribers"),
        F("$182.30", 182.3, "USD"),
        F("$94.9bn", 9.49e10, "USD"),
    ],
    parties=[
        P("EU", "EU", ORG),
        P("Corvex Inc", "Corvex", ORG),
        P("Corvex", "Corvex", ORG),
        P("European Commission", "European Commission", ORG),
        P("Commission", "European Commission", ORG),
        P("Lumio", "Lumio", ORG),
        P("Elena Varga", "Elena Varga", PER),
        P("General Court", "General Court", ORG),
    ],
    not_figures=["Article 102"],
)

if __name__ == "__main__":
    sys.exit(main(ARTICLES, HERE, __doc__))
