"""Build the suggestion engine's held-out evaluation set: one JSON file per article.

    .venv/bin/python tests/data/suggest-heldout/build.py           # (re)write the JSON files
    .venv/bin/python tests/data/suggest-heldout/build.py --check   # exit 1 if out of date
    .venv/bin/python tests/data/suggest-heldout/build.py --review  # capitalised words, no party

The building and the checks are ../suggest_corpus.py's, shared with ../suggest/build.py;
the articles below were written without looking at the engine.

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
Conventions: ../suggest/README.md. Everything is deterministic: same input, same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data is no package: the shared builder beside it

from suggest_corpus import DATE, ORG, PER, Article, F, P, Q, main  # noqa: E402

# ---- the articles -------------------------------------------------------------------------
# Every person, company, newspaper and event below is invented. Real organisations (unions,
# agencies, courts, the Bank of England, news agencies) appear only as context; the one fact
# given about a real institution is public record (the Bank of England's rate rise of
# 3 August 2023, its 14th in a row, to 5.25%, with UK inflation at 7.9%).

ARTICLES: list[Article] = []


def article(**kw) -> None:
    ARTICLES.append(Article(**kw))


# fr01: a regional newspaper on a maternity ward closing. NBSP inside « », an agency and
# its acronym, an incise (« lance Nadège Ferrand »), a pronoun speaker (« La sage-femme »),
# numbers in words ("quatorze gardes", "deux cents kilomètres", "quarante-cinq minutes",
# "dix-neuf ans", "une douzaine"), bare counts, a time, a one-word term in the headline.
article(
    id="fr01_maternite_sainte_orianne", lang="fr",
    body="""
Maternité de Sainte-Orianne~: l’ARS confirme la fermeture, les élus dénoncent un «~abandon~»

C’est désormais officiel~: la maternité du centre hospitalier de Sainte-Orianne fermera ses
portes le 30 juin 2024. L’Agence régionale de santé (ARS) l’a annoncé mardi aux élus du
territoire, en invoquant le manque de médecins et un nombre d’accouchements tombé à 287 l’an
dernier, sous le seuil de 300 fixé par la réglementation.

«~Nous ne pouvons plus garantir la sécurité des mères et des nouveau-nés avec deux gynécologues
pour quatorze gardes par semaine~», a expliqué à Vallon Matin la directrice générale de l’ARS,
Corinne Lhermitte. Les futures mères seront orientées vers Bressoles, à quarante-cinq minutes de
route.

«~C’est une décision prise dans un bureau, à deux cents kilomètres d’ici~», a réagi le maire de
Sainte-Orianne, Gérard Pouzol, qui a convoqué un conseil municipal extraordinaire jeudi à
18~h~30. Une pétition a déjà recueilli plus de 4^000 signatures.

«~On nous parle de sécurité, mais la sécurité, c’est aussi de ne pas accoucher sur le bord de la
route, lance Nadège Ferrand, sage-femme dans le service depuis dix-neuf ans. L’hiver, avec la
neige, il faut parfois compter une heure et demie.~»

La sage-femme s’inquiète aussi pour ses collègues~: «~Sur les 38 agents du service, une douzaine
ont déjà trouvé un poste ailleurs. Les autres attendent de savoir où ils seront affectés.~»

Selon l’ARS, le maintien de la maternité coûterait environ 2,4~millions d’euros par an, pour
l’essentiel en recours à des médecins intérimaires. L’agence promet en contrepartie un centre de
périnatalité ouvert six jours sur sept et une ambulance supplémentaire, financée à hauteur de
350^000~euros.

La fermeture serait la cinquième d’une maternité dans le département depuis 2019. La députée de
la circonscription, Véronique Sallé, a saisi le ministère de la Santé pour demander un moratoire,
estimant que «~l’État ne peut pas laisser se creuser un désert médical~».
""",
    quotes=[
        Q("Nous ne pouvons plus ... quatorze gardes par semaine", "Corinne Lhermitte"),
        Q("C’est une décision ... deux cents kilomètres d’ici", "Gérard Pouzol"),
        Q("On nous parle de sécurité ... le bord de la route", "Nadège Ferrand"),
        Q("L’hiver, avec la neige ... une heure et demie", "Nadège Ferrand"),
        Q("Sur les 38 agents ... où ils seront affectés", "Nadège Ferrand"),
        Q("l’État ne peut pas laisser se creuser un désert médical", "Véronique Sallé"),
    ],
    figures=[
        F("30 juin 2024", "2024-06-30", DATE),
        F("287", 287, ""),
        F("300", 300, ""),
        F("quatorze gardes", 14, "gardes"),
        F("quarante-cinq minutes", 45, "minutes"),
        F("deux cents kilomètres", 200, "kilomètres"),
        F("plus de 4^000 signatures", 4000, "signatures"),
        F("dix-neuf ans", 19, "ans"),
        F("38 agents", 38, "agents"),
        F("une douzaine", 12, ""),
        F("environ 2,4~millions d’euros", 2.4e6, "EUR"),
        F("350^000~euros", 350000, "EUR"),
        F("2019", "2019", DATE),
    ],
    parties=[
        P("ARS", "Agence régionale de santé", ORG),
        P("Agence régionale de santé", "Agence régionale de santé", ORG),
        P("centre hospitalier de Sainte-Orianne", "centre hospitalier de Sainte-Orianne", ORG),
        P("Vallon Matin", "Vallon Matin", ORG),
        P("Corinne Lhermitte", "Corinne Lhermitte", PER),
        P("Gérard Pouzol", "Gérard Pouzol", PER),
        P("Nadège Ferrand", "Nadège Ferrand", PER),
        P("Véronique Sallé", "Véronique Sallé", PER),
        P("ministère de la Santé", "ministère de la Santé", ORG),
    ],
    not_figures=["18~h~30"],
    not_quotes=["abandon"],
)

# fr02: an AFP wire on a dock strike, in web typography: straight double quotes and
# apostrophes, "12 000" with a plain space, "6,2%" glued. An unnamed spokesperson (→ the
# company), an anonymous docker (""), ages, "une quinzaine de porte-conteneurs", "douze
# jours", a one-word term, an employers' union and its acronym, a time.
article(
    id="fr02_manutis_greve_port", lang="fr",
    body="""
Port du Havre: la grève des dockers paralyse le terminal de Manutis

LE HAVRE, 9 février 2024 (AFP) - Aucun navire n'a pu être chargé ni déchargé vendredi au
terminal de Manutis, premier manutentionnaire du port du Havre, où les dockers sont en grève
depuis trois jours à l'appel de la CGT.

"Tant que la direction refusera de parler de la pénibilité, les portiques resteront à l'arrêt",
a déclaré à l'AFP Franck Le Goff, délégué CGT chez Manutis.

Selon la direction, une quinzaine de porte-conteneurs attendaient au large vendredi soir, et
près de 12 000 conteneurs étaient bloqués sur les quais. "Chaque journée de grève coûte environ
1,5 million d'euros à l'entreprise et fragilise tout le port", a affirmé un porte-parole de
Manutis, filiale du groupe marseillais Orvane Maritime.

Les grévistes réclament une prime de pénibilité de 200 euros brut par mois et un départ anticipé
à la retraite pour les agents de plus de 55 ans. La direction propose 80 euros et une étude sur
les conditions de travail, une "diversion" selon le syndicat.

"On nous demande toujours plus de cadence, avec des machines qui tombent en panne une semaine sur
deux", témoigne un docker de 47 ans qui préfère garder l'anonymat.

L'Union des entreprises portuaires (UEP) redoute que les armateurs ne détournent leurs escales
vers Anvers ou Rotterdam, alors que le trafic havrais a déjà reculé de 6,2% en 2023. Son
président, Jean-Baptiste Quéméner, estime que le conflit doit "se régler autour d'une table et
non sur les quais".

Le dernier mouvement d'ampleur, en mars 2023, avait duré douze jours. Une assemblée générale des
grévistes est prévue lundi à 14h devant le terminal.
""",
    quotes=[
        Q("Tant que la direction ... resteront à l'arrêt", "Franck Le Goff"),
        Q("Chaque journée de grève ... fragilise tout le port", "Manutis"),
        Q("On nous demande toujours ... une semaine sur deux", ""),
        Q("se régler autour d'une table et non sur les quais", "Jean-Baptiste Quéméner"),
    ],
    figures=[
        F("9 février 2024", "2024-02-09", DATE),
        F("une quinzaine de porte-conteneurs", 15, "porte-conteneurs"),
        F("près de 12 000 conteneurs", 12000, "conteneurs"),
        F("environ 1,5 million d'euros", 1.5e6, "EUR"),
        F("200 euros", 200, "EUR"),
        F("plus de 55 ans", 55, "ans"),
        F("80 euros", 80, "EUR"),
        F("47 ans", 47, "ans"),
        F("6,2%", 6.2, "%"),
        F("2023", "2023", DATE, n=1),
        F("mars 2023", "2023-03", DATE),
        F("douze jours", 12, "jours"),
    ],
    parties=[
        P("Manutis", "Manutis", ORG),
        P("CGT", "CGT", ORG),
        P("AFP", "AFP", ORG),
        P("Franck Le Goff", "Franck Le Goff", PER),
        P("Orvane Maritime", "Orvane Maritime", ORG),
        P("Union des entreprises portuaires", "Union des entreprises portuaires", ORG),
        P("UEP", "Union des entreprises portuaires", ORG),
        P("Jean-Baptiste Quéméner", "Jean-Baptiste Quéméner", PER),
    ],
    not_figures=["14h"],
    not_quotes=["diversion"],
)

# fr03: a municipal budget. NNBSP inside « », the same percentage twice (headline and body),
# a weekday before a date, a vote count with a bare number, an elided currency
# ("3,8 millions"), an incise (« a-t-il détaillé »), a pronoun speaker (« l’élue »), a partial
# quote that is also a figure, three terms, "une vingtaine de", "douze ans", "9,4 années",
# a street number and a legal reference.
article(
    id="fr03_vernais_budget", lang="fr",
    body="""
Budget 2024~: à Vernais, la taxe foncière augmente de 4,5~%, l’opposition dénonce un «^coup de
massue^»

Les élus de Vernais ont adopté lundi 18 décembre 2023, par 29 voix contre 14, un budget primitif
de 186,3~millions d’euros, en hausse de 3,1~% sur un an. Pour le boucler, la maire, Agnès
Roumier, relève de 4,5~% le taux de la taxe foncière, une première depuis 2017.

«^Nous n’avons pas augmenté les impôts depuis six ans, mais l’inflation et la facture énergétique
nous ont rattrapés^», a justifié l’élue lors d’une séance tendue, levée peu avant minuit.

La facture d’électricité et de gaz de la ville est passée de 3,8~millions à 7,2~millions d’euros
en deux ans, selon l’adjoint aux finances, Bertrand Ollivier. «^Chaque école, chaque piscine,
chaque gymnase nous coûte deux fois plus cher à chauffer, a-t-il détaillé. Nous avons fait le
choix de ne fermer aucun équipement.^» La ville renonce toutefois à une vingtaine de recrutements
prévus.

L’opposition dénonce un «^matraquage fiscal^» et un budget «^en trompe-l’œil^». Son chef de file,
Laurent Destouches, estime que la ville aurait pu économiser «^au moins 5~millions d’euros^» en
renonçant à la nouvelle médiathèque, un projet de 24~millions d’euros prévu au 12, place de la
Halle. Pour le propriétaire d’un logement moyen, la hausse représentera environ 62~euros par an,
selon ses calculs.

La dette de la ville atteint 212~millions d’euros, soit une capacité de désendettement de
9,4 années, proche du seuil d’alerte de douze ans, relève le cabinet Ardoise Conseil, mandaté par
l’opposition.

Comme l’impose l’article~L2312-1 du code général des collectivités territoriales, un débat
d’orientation budgétaire s’était tenu le 20 novembre 2023.
""",
    quotes=[
        Q("Nous n’avons pas augmenté ... nous ont rattrapés", "Agnès Roumier"),
        Q("Chaque école, chaque piscine ... plus cher à chauffer", "Bertrand Ollivier"),
        Q("Nous avons fait le choix de ne fermer aucun équipement", "Bertrand Ollivier"),
        Q("au moins 5~millions d’euros", "Laurent Destouches"),
    ],
    figures=[
        F("2024", "2024", DATE),
        F("4,5~%", 4.5, "%", n=1),
        F("18 décembre 2023", "2023-12-18", DATE),
        F("29 voix", 29, "voix"),
        F("14", 14, ""),
        F("186,3~millions d’euros", 1.863e8, "EUR"),
        F("3,1~%", 3.1, "%"),
        F("4,5~%", 4.5, "%", n=2),
        F("2017", "2017", DATE),
        F("3,8~millions", 3.8e6, ""),
        F("7,2~millions d’euros", 7.2e6, "EUR"),
        F("une vingtaine de recrutements", 20, "recrutements"),
        F("au moins 5~millions d’euros", 5e6, "EUR"),
        F("24~millions d’euros", 2.4e7, "EUR"),
        F("environ 62~euros", 62, "EUR"),
        F("212~millions d’euros", 2.12e8, "EUR"),
        F("9,4 années", 9.4, "années"),
        F("douze ans", 12, "ans"),
        F("20 novembre 2023", "2023-11-20", DATE),
    ],
    parties=[
        P("Agnès Roumier", "Agnès Roumier", PER),
        P("Bertrand Ollivier", "Bertrand Ollivier", PER),
        P("Laurent Destouches", "Laurent Destouches", PER),
        P("Ardoise Conseil", "Ardoise Conseil", ORG),
    ],
    not_figures=["12", "article~L2312-1"],
    not_quotes=["coup de massue", "matraquage fiscal", "en trompe-l’œil"],
)

# fr04: a farmers' protest. NBSP inside « », a union's statement as a block quote (one
# paragraph each), "Plus de 600 tracteurs" in headline and body, "soixante-dix heures",
# "quinze jours", "une vingtaine d’exploitations" inside a quote, "45 centimes" (EUR), an
# attributed quote of exactly four words (« C’est une goutte d’eau »), an anonymous farmer,
# Matignon as a metonym, two times.
article(
    id="fr04_colere_agricole_rennes", lang="fr",
    body="""
Colère agricole~: plus de 600 tracteurs convergent vers Rennes

Plus de 600 tracteurs et quelque 1^500 agriculteurs, selon la préfecture, ont convergé mercredi
24 janvier 2024 vers Rennes pour dénoncer la chute de leurs revenus et l’empilement des normes.
Les organisateurs en revendiquent plus de 3^000.

«~On travaille soixante-dix heures par semaine pour gagner moins que le Smic. Et on nous demande
encore de remplir des formulaires~», lance Yannick Le Bihan, éleveur laitier près de Loudéac et
responsable régional de la FNSEA.

Le prix du lait payé aux producteurs a reculé de 8~% en un an, à environ 45~centimes le litre,
quand les charges, elles, ont bondi. La rocade a été bloquée de 7~h à 13~h, et des bottes de
paille ont été déversées devant la préfecture.

Dans un communiqué, les Jeunes Agriculteurs écrivent~:

«~Chaque semaine, dans notre région, une vingtaine d’exploitations disparaissent faute de
repreneur. Nous refusons d’être la dernière génération à vivre de ce métier.~»

«~Nous demandons un moratoire immédiat sur toute nouvelle norme environnementale et le
versement, avant le 15 mars 2024, des aides promises en 2023.~»

Le ministre de l’Agriculture, Hervé Castagné, reçu à Matignon dans la soirée, a promis «~un plan
de simplification dans les quinze jours~» et une enveloppe d’urgence de 150~millions d’euros.
«~C’est une goutte d’eau~», a aussitôt réagi la Confédération paysanne.

Au milieu des tracteurs, un éleveur de 58 ans venu de Mayenne, qui refuse de donner son nom,
résume~: «~Moi, je ne manifeste pas pour le plaisir. J’ai vendu mes dernières vaches en
décembre.~»
""",
    quotes=[
        Q("On travaille soixante-dix heures ... remplir des formulaires", "Yannick Le Bihan"),
        Q("Chaque semaine, dans notre région ... vivre de ce métier", "Jeunes Agriculteurs"),
        Q("Nous demandons un moratoire ... promises en 2023", "Jeunes Agriculteurs"),
        Q("un plan de simplification dans les quinze jours", "Hervé Castagné"),
        Q("C’est une goutte d’eau", "Confédération paysanne"),
        Q("Moi, je ne manifeste pas ... dernières vaches en décembre", ""),
    ],
    figures=[
        F("plus de 600 tracteurs", 600, "tracteurs"),
        F("Plus de 600 tracteurs", 600, "tracteurs"),
        F("quelque 1^500 agriculteurs", 1500, "agriculteurs"),
        F("24 janvier 2024", "2024-01-24", DATE),
        F("plus de 3^000", 3000, ""),
        F("soixante-dix heures", 70, "heures"),
        F("8~%", 8, "%"),
        F("environ 45~centimes", 0.45, "EUR"),
        F("une vingtaine d’exploitations", 20, "exploitations"),
        F("15 mars 2024", "2024-03-15", DATE),
        F("2023", "2023", DATE),
        F("quinze jours", 15, "jours"),
        F("150~millions d’euros", 1.5e8, "EUR"),
        F("58 ans", 58, "ans"),
    ],
    parties=[
        P("Yannick Le Bihan", "Yannick Le Bihan", PER),
        P("FNSEA", "FNSEA", ORG),
        P("Jeunes Agriculteurs", "Jeunes Agriculteurs", ORG),
        P("Hervé Castagné", "Hervé Castagné", PER),
        P("Matignon", "Matignon", ORG),
        P("Confédération paysanne", "Confédération paysanne", ORG),
    ],
    not_figures=["7~h", "13~h"],
)

# fr05: a court case about a health-data leak. NBSP inside « », NNBSP in numbers, the
# judgment quoted (speaker: the court), "Me" before a name and an incise, the mutual's press
# release (speaker: the mutual, short form "Hélianthe"), an association as speaker, a date
# inside a partial quote, a case number, a legal reference, a regulation that is no party,
# "près de 1,4 million de personnes", "Une cinquantaine d’autres procédures", two terms.
article(
    id="fr05_helianthe_fuite_donnees", lang="fr",
    body="""
Fuite de données de santé~: la mutuelle Hélianthe condamnée à indemniser ses adhérents

Le tribunal judiciaire de Nanterre a condamné jeudi la mutuelle Hélianthe Santé à verser
1^200~euros à chacun des 2^317 adhérents qui l’avaient assignée après le piratage de leurs
données médicales, en mars 2022.

La fuite avait exposé les noms, numéros de sécurité sociale et diagnostics de près de
1,4~million de personnes. Une partie des fichiers avait été mise en vente sur un forum pour
15^000~dollars.

Dans son jugement (RG n°~22/08341), le tribunal relève que la mutuelle «~n’a pas mis en œuvre
les mesures de sécurité élémentaires qu’imposait la sensibilité des données traitées~». Selon
l’expertise, les mots de passe de ses serveurs étaient «~stockés en clair~» depuis 2016.

«~C’est la première fois qu’un tribunal reconnaît un préjudice moral automatique pour une fuite
de données de santé, s’est félicité Me Olivier Castel, avocat des plaignants. Ce jugement va
faire jurisprudence.~» Une cinquantaine d’autres procédures sont en cours en France, selon
l’avocat.

Dans un communiqué, Hélianthe «~prend acte~» de la décision et annonce son intention de faire
appel devant la cour d’appel de Versailles. La mutuelle, qui compte 3,1~millions d’adhérents,
assure avoir «~considérablement renforcé la protection de ses systèmes d’information~» depuis
l’attaque et y avoir consacré 8,7~millions d’euros.

En 2023, la Commission nationale de l’informatique et des libertés (CNIL) avait déjà infligé à
la mutuelle une amende de 750^000~euros pour manquement à l’article~32 du RGPD.

Pour l’association Patients connectés, qui a soutenu les plaignants, la somme allouée reste
«~très en deçà du préjudice subi~». Sa présidente, Mathilde Serrurier, appelle les victimes à se
manifester «~avant le 31 décembre 2024~», date à laquelle l’action pourrait être prescrite.
""",
    quotes=[
        Q("n’a pas mis en œuvre ... des données traitées", "tribunal judiciaire de Nanterre"),
        Q("C’est la première fois ... de données de santé", "Olivier Castel"),
        Q("Ce jugement va faire jurisprudence", "Olivier Castel"),
        Q("considérablement renforcé ... systèmes d’information", "Hélianthe Santé"),
        Q("très en deçà du préjudice subi", "Patients connectés"),
        Q("avant le 31 décembre 2024", "Mathilde Serrurier"),
    ],
    figures=[
        F("1^200~euros", 1200, "EUR"),
        F("2^317 adhérents", 2317, "adhérents"),
        F("mars 2022", "2022-03", DATE),
        F("près de 1,4~million de personnes", 1.4e6, "personnes"),
        F("15^000~dollars", 15000, "USD"),
        F("2016", "2016", DATE),
        F("Une cinquantaine d’autres procédures", 50, "procédures"),
        F("3,1~millions d’adhérents", 3.1e6, "adhérents"),
        F("8,7~millions d’euros", 8.7e6, "EUR"),
        F("2023", "2023", DATE),
        F("750^000~euros", 750000, "EUR"),
        F("31 décembre 2024", "2024-12-31", DATE),
    ],
    parties=[
        P("tribunal judiciaire de Nanterre", "tribunal judiciaire de Nanterre", ORG),
        P("Hélianthe Santé", "Hélianthe Santé", ORG),
        P("Hélianthe", "Hélianthe Santé", ORG),
        P("Olivier Castel", "Olivier Castel", PER),
        P("cour d’appel de Versailles", "cour d’appel de Versailles", ORG),
        P("Commission nationale de l’informatique et des libertés",
          "Commission nationale de l’informatique et des libertés", ORG),
        P("CNIL", "Commission nationale de l’informatique et des libertés", ORG),
        P("Patients connectés", "Patients connectés", ORG),
        P("Mathilde Serrurier", "Mathilde Serrurier", PER),
    ],
    not_figures=["22/08341", "article~32"],
    not_quotes=["stockés en clair", "prend acte"],
    not_parties=["RGPD"],
)

# fr06: an interview with a union leader. NNBSP inside « », a quote as headline repeated
# in the body and split by an incise (« tranche-t-elle »), pronoun speakers all along
# (« La syndicaliste », « elle », « insiste-t-elle »), a nested “ ” quotation, numbers in
# words ("trente et un ans", "une centaine", "dix ans", "des milliers" inside a four-word
# quote), a union and its acronym, an ordinal ("11e congrès"), a weekday before a date.
article(
    id="fr06_taillandier_entretien", lang="fr",
    body="""
«^Le dialogue social est devenu un monologue^»^: entretien avec Sylvie Taillandier

Elle a passé trente et un ans sur les chaînes de l’usine Vectris de Montoir-de-Bretagne avant
d’être élue, en mai 2022, lors du 11e congrès, secrétaire générale de l’Union des syndicats
indépendants (USI). À 56 ans, Sylvie Taillandier mène depuis l’automne la bataille contre la
fermeture du site, qui emploie 740 salariés.

«^Le dialogue social est devenu un monologue, tranche-t-elle d’emblée. La direction nous
convoque, nous lit un document et repart.^»

Vectris, qui a dégagé un bénéfice net de 1,3~milliard d’euros l’an dernier, justifie la fermeture
par la concurrence asiatique et le prix de l’énergie. «^Le site perd environ 40~millions d’euros
par an depuis 2021^», a assuré son directeur industriel, Pascal Meunier, devant les élus locaux.

La syndicaliste balaie l’argument. «^Quand j’ai demandé au PDG comment il pouvait fermer une usine
encore rentable il y a trois ans, il m’a répondu~: “Les marchés ne regardent pas le passé.” Voilà
où on en est.^»

Sur l’emploi, elle se montre tout aussi inquiète~: «^Sur 740 postes, la direction en propose une
centaine en reclassement, à Dunkerque ou en Pologne. Pour les autres, c’est la porte.^»

L’USI revendique quelque 12^000 adhérents, dont près de 2^000 dans la métallurgie de
Loire-Atlantique. Sa secrétaire générale demande que les 85~millions d’euros d’aides publiques
reçues par Vectris depuis dix ans soient remboursés si le site ferme. «^L’argent public doit avoir
des contreparties, sinon c’est un cadeau^», insiste-t-elle.

Une manifestation est prévue le samedi 13 avril 2024 à Saint-Nazaire. «^Nous serons des
milliers^», promet-elle.
""",
    quotes=[
        Q("Le dialogue social est devenu un monologue", "Sylvie Taillandier", n=1),
        Q("Le dialogue social est devenu un monologue", "Sylvie Taillandier", n=2),
        Q("La direction nous convoque, nous lit un document et repart", "Sylvie Taillandier"),
        Q("Le site perd environ ... depuis 2021", "Pascal Meunier"),
        Q("Quand j’ai demandé au PDG ... où on en est", "Sylvie Taillandier"),
        Q("Sur 740 postes ... c’est la porte", "Sylvie Taillandier"),
        Q("L’argent public doit ... c’est un cadeau", "Sylvie Taillandier"),
        Q("Nous serons des milliers", "Sylvie Taillandier"),
    ],
    figures=[
        F("trente et un ans", 31, "ans"),
        F("mai 2022", "2022-05", DATE),
        F("56 ans", 56, "ans"),
        F("740 salariés", 740, "salariés"),
        F("1,3~milliard d’euros", 1.3e9, "EUR"),
        F("environ 40~millions d’euros", 4e7, "EUR"),
        F("2021", "2021", DATE),
        F("740 postes", 740, "postes"),
        F("une centaine", 100, ""),
        F("quelque 12^000 adhérents", 12000, "adhérents"),
        F("près de 2^000", 2000, ""),
        F("85~millions d’euros", 8.5e7, "EUR"),
        F("dix ans", 10, "ans"),
        F("13 avril 2024", "2024-04-13", DATE),
        F("des milliers", None, ""),
    ],
    parties=[
        P("Sylvie Taillandier", "Sylvie Taillandier", PER),
        P("Vectris", "Vectris", ORG),
        P("Union des syndicats indépendants", "Union des syndicats indépendants", ORG),
        P("USI", "Union des syndicats indépendants", ORG),
        P("Pascal Meunier", "Pascal Meunier", PER),
    ],
    not_figures=["11e"],
)

# en01: a Reuters-style wire on an energy company's results. Straight quotes, "38%" in
# headline and body, a legal suffix ("Halvard Energy Plc"), the surname after the full
# name, "7.3 cents" and "512.4 pence" (fractions of a currency), "up to $18 billion" inside
# a partial quote, "2.3 million barrels", "about 2,000 office jobs", a time, an index, the
# reporters in the tag line.
article(
    id="en01_halvard_results", lang="en",
    body="""
Halvard Energy profit falls 38% as gas prices ease

LONDON, Feb 8, 2024 (Reuters) - Halvard Energy Plc reported a 38% drop in annual profit on
Thursday as lower oil and gas prices eroded the windfall it enjoyed in 2022, but kept shareholder
payouts close to record levels.

Underlying replacement cost profit, the company's measure of net income, fell to $9.6 billion
last year from $15.5 billion in 2022, slightly above the $9.3 billion expected by analysts in a
company-provided consensus.

"We delivered strong operational performance in a year of lower prices," Chief Executive Ingrid
Solheim said in a statement. "Our strategy is working, and we are returning more cash to
shareholders than ever."

Halvard will buy back $1.75 billion of shares in the first quarter and raised its quarterly
dividend by 10% to 7.3 cents a share. Solheim told reporters the company would invest "up to
$18 billion a year" until 2027, with about a third going to wind, solar and hydrogen.

Oil and gas production rose 3% to 2.3 million barrels a day, the highest since 2019, helped by new
fields in Norway and Brazil.

"The buyback is reassuring, but investors want to see the low-carbon spending turn into
returns," said Marta Quiroga, an analyst at Brockhurst Securities.

Halvard shares were up 2.1% at 512.4 pence by 0915 GMT, outperforming the FTSE 100 index. The
company, which employs some 64,000 people, cut about 2,000 office jobs last year.

(Reporting by Callum Pryce; Editing by Jane Merriweather)
""",
    quotes=[
        Q("We delivered strong ... of lower prices", "Ingrid Solheim"),
        Q("Our strategy is working ... shareholders than ever", "Ingrid Solheim"),
        Q("up to $18 billion a year", "Ingrid Solheim"),
        Q("The buyback is reassuring ... turn into returns", "Marta Quiroga"),
    ],
    figures=[
        F("38%", 38, "%", n=1),
        F("Feb 8, 2024", "2024-02-08", DATE),
        F("38%", 38, "%", n=2),
        F("2022", "2022", DATE, n=1),
        F("$9.6 billion", 9.6e9, "USD"),
        F("$15.5 billion", 1.55e10, "USD"),
        F("2022", "2022", DATE, n=2),
        F("$9.3 billion", 9.3e9, "USD"),
        F("$1.75 billion", 1.75e9, "USD"),
        F("10%", 10, "%"),
        F("7.3 cents", 0.073, "USD"),
        F("up to $18 billion", 1.8e10, "USD"),
        F("2027", "2027", DATE),
        F("3%", 3, "%"),
        F("2.3 million barrels", 2.3e6, "barrels"),
        F("2019", "2019", DATE),
        F("2.1%", 2.1, "%"),
        F("512.4 pence", 5.124, "GBP"),
        F("some 64,000 people", 64000, "people"),
        F("about 2,000 office jobs", 2000, "office jobs"),
    ],
    parties=[
        P("Halvard Energy Plc", "Halvard Energy", ORG),
        P("Halvard Energy", "Halvard Energy", ORG),
        P("Halvard", "Halvard Energy", ORG),
        P("Reuters", "Reuters", ORG),
        P("Ingrid Solheim", "Ingrid Solheim", PER),
        P("Solheim", "Ingrid Solheim", PER),
        P("Marta Quiroga", "Marta Quiroga", PER),
        P("Brockhurst Securities", "Brockhurst Securities", ORG),
        P("Callum Pryce", "Callum Pryce", PER),
        P("Jane Merriweather", "Jane Merriweather", PER),
    ],
    not_figures=["0915 GMT", "FTSE 100"],
)

# en02: a tech company's AI announcement. Curly quotes, scare quotes (“run errands”,
# “agentic”, “hallucinations”), a product named after the company and a version number,
# "forty years" inside a quote, "twelve people", "more than 180 million monthly users",
# "$30" (per user a month), "12 months", the company as speaker (a spokeswoman), a time.
article(
    id="en02_tessaly_ai_assistant", lang="en",
    body="""
Tessaly unveils AI assistant that can “run errands” across apps

SAN JOSE, Calif., May 14, 2024 - Tessaly Inc on Tuesday unveiled an artificial intelligence
assistant that can book restaurants, file expense reports and shop online on a user’s behalf,
the software maker’s biggest bet yet on so-called “agentic” AI.

The assistant, called Atlas, will be built into version 5.2 of the Tessaly Workspace suite, which
has more than 180 million monthly users, and will cost business customers $30 per user a month
when it launches in September.

“For forty years, we’ve taught people how to use computers,” Chief Executive Arjun Mehta told
about 5,000 developers at the company’s annual conference. “Now computers are going to learn how
to work for people.”

The keynote, which began at 10 a.m., was not flawless: in a live demonstration, Atlas booked a
table for twelve people at the wrong restaurant, drawing laughter from the audience.

Privacy advocates were less amused. “An assistant that can act in every app can also leak from
every app,” said Noor Rahimi, director of the Digital Rights Institute. She said Tessaly had not
explained how it would stop the system from acting on “hallucinations.”

“Every action Atlas takes on a customer’s behalf must be confirmed by the user,” a Tessaly
spokeswoman said, adding that customer data would “never be used to train our models.”

Atlas runs on models built with Orrin AI, a start-up in which Tessaly has invested $2 billion
since 2022. Tessaly has spent $14.2 billion on data centers over the past 12 months and employs
roughly 61,000 people. Its shares rose 3.4% to $287.15 in afternoon trading.
""",
    quotes=[
        Q("For forty years, we’ve taught people how to use computers", "Arjun Mehta"),
        Q("Now computers are going ... work for people", "Arjun Mehta"),
        Q("An assistant that can act ... leak from every app", "Noor Rahimi"),
        Q("Every action Atlas takes ... confirmed by the user", "Tessaly"),
        Q("never be used to train our models", "Tessaly"),
    ],
    figures=[
        F("May 14, 2024", "2024-05-14", DATE),
        F("more than 180 million monthly users", 1.8e8, "users"),
        F("$30", 30, "USD"),
        F("forty years", 40, "years"),
        F("about 5,000 developers", 5000, "developers"),
        F("twelve people", 12, "people"),
        F("$2 billion", 2e9, "USD"),
        F("2022", "2022", DATE),
        F("$14.2 billion", 1.42e10, "USD"),
        F("12 months", 12, "months"),
        F("roughly 61,000 people", 61000, "people"),
        F("3.4%", 3.4, "%"),
        F("$287.15", 287.15, "USD"),
    ],
    parties=[
        P("Tessaly Inc", "Tessaly", ORG),
        P("Tessaly", "Tessaly", ORG),
        P("Arjun Mehta", "Arjun Mehta", PER),
        P("Noor Rahimi", "Noor Rahimi", PER),
        P("Digital Rights Institute", "Digital Rights Institute", ORG),
        P("Orrin AI", "Orrin AI", ORG),
    ],
    not_figures=["version 5.2", "10 a.m."],
    not_quotes=["run errands", "agentic", "hallucinations"],
    not_parties=["Tessaly Workspace", "Atlas"],
)

# en03: a football club's accounts. Straight quotes with a nested 'single-quoted' phrase,
# "£41.6m" in headline and body, "108 per cent" and "70 per cent", "more than £90m",
# "Eleven first-team players", a compound adjective ("14,500-seat"), a short form of the club
# ("Rovers") beside a longer name holding it ("Rovers Trust"), the club as speaker, a
# four-word partial quote.
article(
    id="en03_brackenford_rovers_accounts", lang="en",
    body="""
Brackenford Rovers lose £41.6m as wage bill outstrips revenue

Brackenford Rovers made a pre-tax loss of £41.6m in the year to 30 June 2023, more than double
the £18.9m lost a year earlier, after the second-tier club's wage bill overtook its revenue for
the first time.

Wages rose 27% to £58.2m against turnover of £53.7m, according to accounts filed at Companies
House on Friday. Staff costs now equal 108 per cent of revenue, well above the 70 per cent
that analysts at Harcourt Sports Advisory regard as sustainable.

"We took a calculated risk to win promotion, and it didn't come off," chairman Graham Ellery said
in a statement published with the accounts. "Some people have called it 'gambling with the
club's future'. I understand the frustration, but the owners have covered every penny."

Rovers are owned by Ridgeway Sports Capital, a US investment group that bought the club for a
reported £35m in 2021 and has since lent it more than £90m. The club owes £126.3m in total,
including £102m to its owners.

Eleven first-team players are out of contract next summer, and the club sold striker Jamal Osei
to a top-flight side for £7.5m in January to ease the squeeze, the accounts show.

The Rovers Trust, which represents supporters, said the figures were "alarming but sadly not
surprising" and called for a fan to be given a seat on the board. "Nobody is asking the owners to
stop spending. We are asking them to stop guessing," said its chair, Hannah Whitcombe.

The club said ticket sales at its 14,500-seat stadium had risen 11% this season and that the
owners had committed to fund the club "for the foreseeable future."
""",
    quotes=[
        Q("We took a calculated risk ... didn't come off", "Graham Ellery"),
        Q("Some people have called it ... covered every penny", "Graham Ellery"),
        Q("alarming but sadly not surprising", "Rovers Trust"),
        Q("Nobody is asking ... to stop guessing", "Hannah Whitcombe"),
        Q("for the foreseeable future", "Brackenford Rovers"),
    ],
    figures=[
        F("£41.6m", 4.16e7, "GBP", n=1),
        F("£41.6m", 4.16e7, "GBP", n=2),
        F("30 June 2023", "2023-06-30", DATE),
        F("£18.9m", 1.89e7, "GBP"),
        F("27%", 27, "%"),
        F("£58.2m", 5.82e7, "GBP"),
        F("£53.7m", 5.37e7, "GBP"),
        F("108 per cent", 108, "%"),
        F("70 per cent", 70, "%"),
        F("£35m", 3.5e7, "GBP"),
        F("2021", "2021", DATE),
        F("more than £90m", 9e7, "GBP"),
        F("£126.3m", 1.263e8, "GBP"),
        F("£102m", 1.02e8, "GBP"),
        F("Eleven first-team players", 11, "players"),
        F("£7.5m", 7.5e6, "GBP"),
        F("14,500-seat", 14500, "seat"),
        F("11%", 11, "%"),
    ],
    parties=[
        P("Brackenford Rovers", "Brackenford Rovers", ORG),
        P("Rovers Trust", "Rovers Trust", ORG),
        P("Rovers", "Brackenford Rovers", ORG),
        P("Companies House", "Companies House", ORG),
        P("Harcourt Sports Advisory", "Harcourt Sports Advisory", ORG),
        P("Graham Ellery", "Graham Ellery", PER),
        P("Ridgeway Sports Capital", "Ridgeway Sports Capital", ORG),
        P("Jamal Osei", "Jamal Osei", PER),
        P("Hannah Whitcombe", "Hannah Whitcombe", PER),
    ],
)

# en04: an NGO report. Curly quotes, a report title in quotes (five words, not a quote),
# scare quotes, a foreword quoted over two paragraphs (opening mark on each, closing mark on
# the last: one span each), "more than ten years" inside it, "1.2 million households" in
# headline and body, "72-page", "around 140,000 children", an anonymous mother (""), a
# ministry as speaker, "one in five" and "six-week" (no figures), a time.
article(
    id="en04_lanternhouse_housing_report", lang="en",
    body="""
Charity warns of “hidden homelessness” as 1.2 million households wait for a home

More than 1.2 million households in England are on waiting lists for social housing, the highest
number in a decade, according to a report published on Wednesday by the housing charity
Lanternhouse Foundation.

The 72-page report, “No Place to Call Home”, is based on a survey of 3,150 families and on data
obtained from 212 councils under freedom of information rules. It finds that around 140,000
children are living in temporary accommodation, up 14% in a year, and that one in five families
placed in bed-and-breakfast hotels stayed beyond the six-week legal limit.

In the foreword, Lanternhouse’s chief executive, Miriam Oduya, writes:

“Behind every number in this report is a family who has been told to wait. Some have waited for
more than ten years, and their children have grown up in a single room.

“We are calling on the government to fund 90,000 new homes for social rent every year for the
next decade. Anything less is an admission that this crisis is acceptable.”

“We’ve been in one room for 19 months. My son does his homework on the bed,” said a mother of two
in Luton, who asked not to be named.

The Local Government Association, which represents councils, said English councils spent £1.7bn
on temporary accommodation in the year to March 2023, a figure it called “unsustainable.”

A spokesperson for the Department for Levelling Up, Housing and Communities said the government
was “investing £11.5bn to build the affordable homes this country needs” and pointed to new rules
to speed up planning.

Lanternhouse will present its findings to MPs at 2.30pm on Thursday.
""",
    quotes=[
        Q("Behind every number ... in a single room", "Miriam Oduya"),
        Q("We are calling on ... this crisis is acceptable", "Miriam Oduya"),
        Q("We’ve been in one room ... on the bed", ""),
        Q("investing £11.5bn ... this country needs",
          "Department for Levelling Up, Housing and Communities"),
    ],
    figures=[
        F("1.2 million households", 1.2e6, "households", n=1),
        F("More than 1.2 million households", 1.2e6, "households"),
        F("72-page", 72, "page"),
        F("3,150 families", 3150, "families"),
        F("212 councils", 212, "councils"),
        F("around 140,000 children", 140000, "children"),
        F("14%", 14, "%"),
        F("more than ten years", 10, "years"),
        F("90,000 new homes", 90000, "homes"),
        F("19 months", 19, "months"),
        F("£1.7bn", 1.7e9, "GBP"),
        F("March 2023", "2023-03", DATE),
        F("£11.5bn", 1.15e10, "GBP"),
    ],
    parties=[
        P("Lanternhouse Foundation", "Lanternhouse Foundation", ORG),
        P("Lanternhouse", "Lanternhouse Foundation", ORG),
        P("Miriam Oduya", "Miriam Oduya", PER),
        P("Local Government Association", "Local Government Association", ORG),
        P("Department for Levelling Up, Housing and Communities",
          "Department for Levelling Up, Housing and Communities", ORG),
    ],
    not_figures=["2.30pm"],
    not_quotes=["hidden homelessness", "No Place to Call Home", "unsustainable"],
)

# en05: a retail chain closing stores. Straight quotes, a name with "&", "38 stores" then a
# bare "38 of its 71 shops", "2,400 jobs" in headline and body, "Twelve stores",
# "15-minute", "he added", an anonymous shop worker after a colon (""), administrators as a
# firm, "£27.4 million", "February 2023", "about £85m", a street number.
article(
    id="en05_pemberton_lowe_closures", lang="en",
    body="""
Pemberton & Lowe to close 38 stores, putting 2,400 jobs at risk

Department store chain Pemberton & Lowe will close 38 of its 71 shops by the end of March,
putting about 2,400 jobs at risk, its administrators said on Tuesday after failing to find a
buyer for the whole business.

Grayling Rusk, the restructuring firm appointed last month, said the remaining 33 stores would
keep trading while talks continued with two possible bidders. Twelve stores in Scotland are among
those closing.

"This is a sad day for a business that has been part of Britain's high streets for 142 years,"
said Fiona Mackay, a partner at Grayling Rusk. "We have done everything we can to save as many
jobs as possible."

Staff were told of the closures in a 15-minute video call on Monday. "Our members found out they
were losing their jobs from a video call that lasted less than a quarter of an hour," said Dave
Pringle, national officer at the shopworkers' union Usdaw. "That's no way to treat people who
have given this company decades of service," he added.

A sales assistant at the Leeds store, who has worked there for 23 years and asked not to be
named, said: "We were told on Monday and we finish on Saturday. I don't know how I'll pay my
rent."

Pemberton & Lowe, which employed 5,600 people before it collapsed, reported a loss of
£27.4 million in the year to February 2023 on sales of £612 million. Its pension scheme, with a
deficit of about £85m, is expected to pass to the Pension Protection Fund.

Its head office at 40 Colmore Row in Birmingham will close in June, the administrators said.
""",
    quotes=[
        Q("This is a sad day ... for 142 years", "Fiona Mackay"),
        Q("We have done everything ... jobs as possible", "Fiona Mackay"),
        Q("Our members found out ... a quarter of an hour", "Dave Pringle"),
        Q("That's no way to treat ... decades of service", "Dave Pringle"),
        Q("We were told on Monday ... pay my rent", ""),
    ],
    figures=[
        F("38 stores", 38, "stores"),
        F("2,400 jobs", 2400, "jobs", n=1),
        F("38", 38, "", n=2),
        F("71 shops", 71, "shops"),
        F("about 2,400 jobs", 2400, "jobs"),
        F("33 stores", 33, "stores"),
        F("Twelve stores", 12, "stores"),
        F("142 years", 142, "years"),
        F("15-minute", 15, "minute"),
        F("23 years", 23, "years"),
        F("5,600 people", 5600, "people"),
        F("£27.4 million", 2.74e7, "GBP"),
        F("February 2023", "2023-02", DATE),
        F("£612 million", 6.12e8, "GBP"),
        F("about £85m", 8.5e7, "GBP"),
    ],
    parties=[
        P("Pemberton & Lowe", "Pemberton & Lowe", ORG),
        P("Grayling Rusk", "Grayling Rusk", ORG),
        P("Fiona Mackay", "Fiona Mackay", PER),
        P("Dave Pringle", "Dave Pringle", PER),
        P("Usdaw", "Usdaw", ORG),
        P("Pension Protection Fund", "Pension Protection Fund", ORG),
    ],
    not_figures=["40"],
)

# en06: a lender's reaction to a central-bank decision. Curly quotes, "the Bank" as a short
# form of the Bank of England beside "Bank Rate" (a rate, no party), a committee as an
# organisation, a weekday before a British date, "percentage points" twice, a compound
# "0.25-point", an ordinal ("14th"), "about 1.6 million fixed-rate mortgages", pronoun
# speaker ("She added"), a one-word term, a phone number and times.
article(
    id="en06_calderstone_rate_rise", lang="en",
    body="""
Calderstone raises mortgage rates hours after Bank of England hike

Calderstone Building Society, Britain’s fifth-largest mortgage lender, will raise rates on its
fixed deals by up to 0.3 percentage points from Friday, hours after the Bank of England increased
interest rates for the 14th time in a row.

The Bank’s Monetary Policy Committee voted on Thursday 3 August 2023 to lift Bank Rate by
0.25 percentage points to 5.25%, its highest level since 2008, as it tries to bring inflation of
7.9% back down to its 2% target.

“Nobody likes passing higher costs on to borrowers,” said Calderstone’s chief executive,
Rosalind Achebe. “But we have to pay savers a fair return, and that money has to come from
somewhere.”

A borrower with a £200,000 mortgage over 25 years would pay about £1,230 a month on Calderstone’s
new two-year fix at 6.19%, roughly £30 more than before, according to the lender. Calderstone,
which has 1.9 million members and 86 branches, said savers would get a 0.25-point rise on its
easy-access accounts.

She added that arrears would rise “modestly” and that rates were “likely to stay higher for
longer than many borrowers hope.”

“Rates may be close to their peak, but for the roughly 800,000 households coming off cheap fixed
deals next year, the shock is still to come,” said Tomasz Wierzbicki, a broker at Ashby Lane
Mortgages. According to UK Finance, which represents lenders, about 1.6 million fixed-rate
mortgages are due to expire in 2024.

Customers with questions can call the society on 01632 960 512 between 8am and 8pm.
""",
    quotes=[
        Q("Nobody likes passing higher costs on to borrowers", "Rosalind Achebe"),
        Q("But we have to pay savers ... come from somewhere", "Rosalind Achebe"),
        Q("likely to stay higher ... many borrowers hope", "Rosalind Achebe"),
        Q("Rates may be close ... still to come", "Tomasz Wierzbicki"),
    ],
    figures=[
        F("up to 0.3 percentage points", 0.3, "percentage points"),
        F("3 August 2023", "2023-08-03", DATE),
        F("0.25 percentage points", 0.25, "percentage points"),
        F("5.25%", 5.25, "%"),
        F("2008", "2008", DATE),
        F("7.9%", 7.9, "%"),
        F("2%", 2, "%"),
        F("£200,000", 200000, "GBP"),
        F("25 years", 25, "years"),
        F("about £1,230", 1230, "GBP"),
        F("6.19%", 6.19, "%"),
        F("roughly £30", 30, "GBP"),
        F("1.9 million members", 1.9e6, "members"),
        F("86 branches", 86, "branches"),
        F("0.25-point", 0.25, "point"),
        F("roughly 800,000 households", 800000, "households"),
        F("about 1.6 million fixed-rate mortgages", 1.6e6, "mortgages"),
        F("2024", "2024", DATE),
    ],
    parties=[
        P("Calderstone Building Society", "Calderstone Building Society", ORG),
        P("Calderstone", "Calderstone Building Society", ORG),
        P("Bank of England", "Bank of England", ORG),
        P("Bank", "Bank of England", ORG),
        P("Monetary Policy Committee", "Monetary Policy Committee", ORG),
        P("Rosalind Achebe", "Rosalind Achebe", PER),
        P("Tomasz Wierzbicki", "Tomasz Wierzbicki", PER),
        P("Ashby Lane Mortgages", "Ashby Lane Mortgages", ORG),
        P("UK Finance", "UK Finance", ORG),
    ],
    not_figures=["14th", "01632 960 512", "8am", "8pm"],
    not_quotes=["modestly"],
    not_parties=["Bank Rate"],
)

if __name__ == "__main__":
    sys.exit(main(ARTICLES, HERE, __doc__))
