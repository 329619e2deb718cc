"""find_figures: amounts, percentages, counts and dates in French and English press copy.

Spans are checked exactly, through `text.index` of the substring a fact-checker would
highlight; values are normalised (int when integral) and qualifiers are in English.
"""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.suggest import figures
from annotator.suggest.figures import find_figures

NBSP, NNBSP = "\u00a0", "\u202f"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"


def figure_at(text: str, lang: str, exact: str):
    """The suggestion spanning exactly the first occurrence of `exact`, else fail."""
    start = text.index(exact)
    found = find_figures(text, lang)
    for s in found:
        if (s.start, s.end) == (start, start + len(exact)):
            return s
    spans = [s.text for s in found]
    raise AssertionError(f"no figure spans {exact!r} in {text!r}; found {spans}")


def check(text, lang, exact, kind, value, unit, qualifier=""):
    s = figure_at(text, lang, exact)
    assert s.category == "figure"
    assert s.text == exact
    assert (s.kind, s.value, s.unit, s.qualifier) == (kind, value, unit, qualifier)
    assert type(s.value) is type(value)  # 14000, not 14000.0
    assert 0 < s.confidence <= 1
    return s


def assert_not_figure(text: str, lang: str, part: str):
    """No suggestion overlaps `part` (every occurrence)."""
    found = find_figures(text, lang)
    start = text.index(part)
    while start != -1:
        end = start + len(part)
        hits = [s.text for s in found if s.start < end and start < s.end]
        assert not hits, f"{part!r} should not be a figure in {text!r}: {hits}"
        start = text.find(part, end)


# --- French wire story: a plan social in big tech -------------------------------------------

FR_STORY = [
    ("Le géant américain Meta va supprimer plus de 11\u00a0000 postes, soit environ 13\u00a0% "
     "de ses effectifs, a annoncé mercredi 9 novembre 2022 son patron.",
     [("plus de 11\u00a0000 postes", "count", 11000, "postes", "more than"),
      ("environ 13\u00a0%", "percent", 13, "%", "about"),
      ("9 novembre 2022", "date", "2022-11-09", "date", "")]),
    ("Amazon prévoit de se séparer de 18\u202f000 salariés après avoir embauché massivement.",
     [("18\u202f000 salariés", "count", 18000, "salariés", "")]),
    ("En France, où le groupe emploie plus de 2400 personnes, près de 600 postes seraient "
     "concernés.",
     [("plus de 2400 personnes", "count", 2400, "personnes", "more than"),
      ("près de 600 postes", "count", 600, "postes", "nearly")]),
    ("Le plan coûtera 1,5 milliard d'euros, pour un bénéfice de 21,3 milliards de dollars "
     "en 2024.",
     [("1,5 milliard d'euros", "amount", 1_500_000_000, "EUR", ""),
      ("21,3 milliards de dollars", "amount", 21_300_000_000, "USD", ""),
      ("2024", "date", "2024", "date", "")]),
    ("« Nous y consacrerons 50 milliards de dollars d’ici à 2027 », a déclaré la directrice.",
     [("50 milliards de dollars", "amount", 50_000_000_000, "USD", ""),
      ("2027", "date", "2027", "date", "by")]),
    ("Le Courrier des Affaires avait évoqué « 14.000 départs » au premier semestre.",
     [("14.000 départs", "count", 14000, "départs", "")]),
    ("L’action a gagné 2,5\u00a0% à Wall Street et la marge 0,8 point de pourcentage.",
     [("2,5\u00a0%", "percent", 2.5, "%", ""),
      ("0,8 point de pourcentage", "percent", 0.8, "pt", "")]),
    ("Les syndicats réclament une prime de 3\u202f000\u00a0€ par salarié, soit 5 M€ au total.",
     [("3\u202f000\u00a0€", "amount", 3000, "EUR", ""),
      ("5 M€", "amount", 5_000_000, "EUR", "")]),
    ("Le groupe vise 3 Md€ d’économies et 2 Mds d’euros de rachats, jusqu'à 50 % du total.",
     [("3 Md€", "amount", 3_000_000_000, "EUR", ""),
      ("2 Mds d’euros", "amount", 2_000_000_000, "EUR", ""),
      ("jusqu'à 50 %", "percent", 50, "%", "up to")]),
    ("Plusieurs milliers de salariés ont manifesté, et une centaine de cadres ont signé.",
     [("Plusieurs milliers de salariés", "count", 2000, "salariés", "several"),
      ("une centaine de cadres", "count", 100, "cadres", "about")]),
    ("Des dizaines de milliers de manifestants et des millions d'euros de pertes.",
     [("Des dizaines de milliers de manifestants", "count", 20000, "manifestants",
       "several"),
      ("des millions d'euros", "amount", 2_000_000, "EUR", "several")]),
    ("Au moins 300 emplois seront supprimés, et pas plus de 20 % des sites fermeront.",
     [("Au moins 300 emplois", "count", 300, "emplois", "at least"),
      ("pas plus de 20 %", "percent", 20, "%", "at most")]),
    ("La première journée de grève est prévue le 18 mars, puis le 1er avril 2025.",
     [("18 mars", "date", "--03-18", "date", ""),
      ("1er avril 2025", "date", "2025-04-01", "date", "")]),
    ("Le PSE a été homologué le 18/01/2023 et publié en mars 2023.",
     [("18/01/2023", "date", "2023-01-18", "date", ""),
      ("mars 2023", "date", "2023-03", "date", "")]),
    ("Le chiffre d’affaires a reculé de −3\u00a0% puis progressé de +2,5\u00a0%.",
     [("−3\u00a0%", "percent", -3, "%", ""),
      ("+2,5\u00a0%", "percent", 2.5, "%", "")]),
    ("Il y a 1,5 million de chômeurs et 2,3 millions d'habitants ; le ticket coûte 1,90 €.",
     [("1,5 million de chômeurs", "count", 1_500_000, "chômeurs", ""),
      ("2,3 millions d'habitants", "count", 2_300_000, "habitants", ""),
      ("1,90 €", "amount", 1.9, "EUR", "")]),
    ("Le fonds a versé 1\u202f000\u202f000 d’euros et 3 millions de livres sterling, pas 2 livres.",
     [("1\u202f000\u202f000 d’euros", "amount", 1_000_000, "EUR", ""),
      ("3 millions de livres sterling", "amount", 3_000_000, "GBP", ""),
      ("2 livres", "count", 2, "livres", "")]),
]


@pytest.mark.parametrize(("text", "expected"), FR_STORY, ids=lambda x: str(x)[:30])
def test_french_wire_story(text, expected):
    for exact, kind, value, unit, qualifier in expected:
        check(text, "fr", exact, kind, value, unit, qualifier)


# --- English wire story and open letter ----------------------------------------------------

EN_STORY = [
    ("Meta said on Wednesday it would cut more than 11,000 jobs, about 13% of its workforce.",
     [("more than 11,000 jobs", "count", 11000, "jobs", "more than"),
      ("about 13%", "percent", 13, "%", "about")]),
    ("Amazon will lay off 18,000 employees, chief executive Andy Jassy said on January 4, "
     "2023.",
     [("18,000 employees", "count", 18000, "employees", ""),
      ("January 4, 2023", "date", "2023-01-04", "date", "")]),
    ("The group expects to spend $50 billion on AI by 2027, up from $21.3bn in 2024.",
     [("$50 billion", "amount", 50_000_000_000, "USD", ""),
      ("2027", "date", "2027", "date", "by"),
      ("$21.3bn", "amount", 21_300_000_000, "USD", ""),
      ("2024", "date", "2024", "date", "")]),
    ("Shares rose 2.5% and the operating margin widened by 0.3 percentage points.",
     [("2.5%", "percent", 2.5, "%", ""),
      ("0.3 percentage points", "percent", 0.3, "pt", "")]),
    ("Nearly 1.5bn was wiped off its market value and the unit lost £300m.",
     [("Nearly 1.5bn", "number", 1_500_000_000, "", "nearly"),
      ("£300m", "amount", 300_000_000, "GBP", "")]),
    ("Thousands of workers joined, as did tens of thousands of contractors.",
     [("Thousands of workers", "count", 2000, "workers", "several"),
      ("tens of thousands of contractors", "count", 20000, "contractors", "several")]),
    ("Several thousand employees and a few hundred managers signed; a dozen executives left.",
     [("Several thousand employees", "count", 2000, "employees", "several"),
      ("a few hundred managers", "count", 200, "managers", "a few"),
      ("a dozen executives", "count", 12, "executives", "about")]),
    ("About 1,000 employees of Nuvia have signed an open letter against 14,000 job cuts.",
     [("About 1,000 employees", "count", 1000, "employees", "about"),
      ("14,000 job cuts", "count", 14000, "job cuts", "")]),
    ("Departing staff would receive at least 16 weeks of pay, up to $40,000 each.",
     [("at least 16 weeks", "count", 16, "weeks", "at least"),
      ("up to $40,000", "amount", 40000, "USD", "up to")]),
    ("The fund holds €3m, US$ 5 million, USD 7 million and 50 million Swiss francs.",
     [("€3m", "amount", 3_000_000, "EUR", ""),
      ("US$ 5 million", "amount", 5_000_000, "USD", ""),
      ("USD 7 million", "amount", 7_000_000, "USD", ""),
      ("50 million Swiss francs", "amount", 50_000_000, "CHF", "")]),
    ("Rates rose 25 basis points, inflation 3 per cent and wages 4 percent.",
     [("25 basis points", "percent", 25, "bp", ""),
      ("3 per cent", "percent", 3, "%", ""),
      ("4 percent", "percent", 4, "%", "")]),
    ("Unions have called a strike for March 18 and met on 18 January 2023 and in May 2024.",
     [("March 18", "date", "--03-18", "date", ""),
      ("18 January 2023", "date", "2023-01-18", "date", ""),
      ("May 2024", "date", "2024-05", "date", "")]),
    ("The filing is dated 01/18/2023 in New York and 18/01/2023 in London (2023-01-18).",
     [("01/18/2023", "date", "2023-01-18", "date", ""),
      ("18/01/2023", "date", "2023-01-18", "date", ""),
      ("2023-01-18", "date", "2023-01-18", "date", "")]),
    ("Revenue fell to 2.1 trillion yen, or fewer than 3,000 units since 2019.",
     [("2.1 trillion yen", "amount", 2_100_000_000_000, "JPY", ""),
      ("fewer than 3,000 units", "count", 3000, "units", "less than"),
      ("2019", "date", "2019", "date", "since")]),
]


@pytest.mark.parametrize(("text", "expected"), EN_STORY, ids=lambda x: str(x)[:30])
def test_english_wire_story(text, expected):
    for exact, kind, value, unit, qualifier in expected:
        check(text, "en", exact, kind, value, unit, qualifier)


# --- How numbers are written ---------------------------------------------------------------

@pytest.mark.parametrize("written", ["14 000", f"14{NBSP}000", f"14{NNBSP}000", "14.000",
                                     "14’000"])
def test_french_thousands_separators(written):
    text = f"Le groupe va supprimer {written} postes dans le monde."
    check(text, "fr", f"{written} postes", "count", 14000, "postes")


def test_english_thousands_and_decimals():
    text = "It cut 14,000 jobs, 1,250,000 hours and 2.75 points of margin."
    check(text, "en", "14,000 jobs", "count", 14000, "jobs")
    check(text, "en", "1,250,000 hours", "count", 1_250_000, "hours")
    check(text, "en", "2.75 points", "count", 2.75, "points")


def test_decimal_comma_is_french_and_decimal_point_english():
    check("Une hausse de 1,5 %.", "fr", "1,5 %", "percent", 1.5, "%")
    check("A rise of 1.5%.", "en", "1.5%", "percent", 1.5, "%")
    # "1,500" is fifteen hundred in English; "14.000" fourteen thousand in French only.
    check("Some 1,500 jobs.", "en", "Some 1,500 jobs", "count", 1500, "jobs", "about")
    assert_not_figure("La note 14.5 du barème.", "fr", "14.5")


def test_bare_numbers_and_years():
    text = "Le bilan social 2024 compte 2 150 salariés, dont 54 cadres ; il en restait 7."
    check(text, "fr", "2024", "date", "2024", "date")
    check(text, "fr", "2 150 salariés", "count", 2150, "salariés")
    check(text, "fr", "7", "number", 7, "")
    year = figure_at("La société, fondée en 1998, est cotée.", "fr", "1998")  # not "en"
    bare = figure_at("Le bilan 2024 est publié.", "fr", "2024")
    assert year.confidence > bare.confidence
    check("Mr Hale, 54, said the 2024 election mattered.", "en", "54", "number", 54, "")
    check("Mr Hale, 54, said the 2024 election mattered.", "en", "2024", "date", "2024", "date")


def test_counted_noun_must_be_a_noun():
    # A verb or a pronoun after the number is no counted noun.
    check("Les 3 000 manifestent devant le siège.", "fr", "3 000", "number", 3000, "")
    check("About 1,000 were laid off.", "en", "About 1,000", "number", 1000, "", "about")
    check("Les 2 000 nouveaux postes.", "fr", "2 000 nouveaux postes", "count", 2000, "postes")
    # "de" only follows a magnitude: "3 de ses salariés" counts nothing.
    check("Il a licencié 3 de ses salariés.", "fr", "3", "number", 3, "")


def test_span_edges():
    # Words after the counted noun, weekdays and prepositions before a date stay out.
    check("Ils touchent 30 000 euros en moyenne.", "fr", "30 000 euros", "amount", 30000, "EUR")
    check("It earned $2.45 per share.", "en", "$2.45", "amount", 2.45, "USD")
    check("Le plan date du mercredi 15 mars 2023.", "fr", "15 mars 2023", "date", "2023-03-15",
          "date")
    check("Le bilan sera fait fin 2024.", "fr", "2024", "date", "2024", "date")
    check("Sans engagement au-delà de 2025.", "fr", "2025", "date", "2025", "date", "after")
    # Noun modifiers and compound adjectives.
    check("About 1,000 video game workers walked out.", "en", "About 1,000 video game workers",
          "count", 1000, "video game workers", "about")
    check("After a 30-day consultation and a 38-page ruling.", "en", "30-day", "count", 30,
          "day")
    check("After a 30-day consultation and a 38-page ruling.", "en", "38-page", "count", 38,
          "page")
    # A French "milliards" takes its noun with "de": a participle after it is no noun.
    check("Un bénéfice de 3,2 milliards, contre 3,6\u00a0milliards attendus.", "fr",
          "3,6\u00a0milliards", "number", 3_600_000_000, "")
    check("It will spend well above $50 billion.", "en", "well above $50 billion", "amount",
          50_000_000_000, "USD", "more than")
    check("Adjusted earnings were 75 cents a share.", "en", "75 cents", "amount", 0.75, "USD")
    check("Une trentaine de députés, une trentaine.", "fr", "Une trentaine de députés", "count",
          30, "députés", "about")
    assert_not_figure("Le navire a subi une quarantaine.", "fr", "une quarantaine")


def test_units_of_measure_are_counts():
    check("Un parc de 20 MW sur 12 km.", "fr", "20 MW", "count", 20, "MW")
    check("A 5km run.", "en", "5km", "count", 5, "km")


# --- What is not a figure ------------------------------------------------------------------

NOT_FIGURES = [
    ("fr", "La mise à jour iOS 17.2 corrige une faille.", "iOS 17.2"),
    ("en", "The iOS 17.2 update fixes a flaw.", "iOS 17.2"),
    ("fr", "Téléchargez la v2.3.1 du logiciel.", "v2.3.1"),
    ("en", "Download v2.3.1 of the app.", "v2.3.1"),
    ("en", "The project requires Python 3.11 or later.", "Python 3.11"),
    ("fr", "Il exige Python 3.11 et Windows 11.", "Windows 11"),
    ("fr", "Le siège est au 12 rue de la Paix depuis des années.", "12 rue de la Paix"),
    ("en", "He spoke outside 10 Downing Street on Monday.", "10 Downing Street"),
    ("fr", "Appelez le 01 23 45 67 89 pour un rendez-vous.", "01 23 45 67 89"),
    ("fr", "Appelez le +33 1 23 45 67 89 pour un rendez-vous.", "+33 1 23 45 67 89"),
    ("en", "Call (555) 123-4567 or 555-123-4567 for details.", "(555) 123-4567"),
    ("en", "Call (555) 123-4567 or 555-123-4567 for details.", "555-123-4567"),
    ("fr", "Un numéro vert, le 0 800 100 200, est ouvert.", "0 800 100 200"),
    ("en", "A helpline opens on 0800 123 4567 from 9am to 6 p.m.", "0800 123 4567"),
    ("en", "A helpline opens on 0800 123 4567 from 9am to 6 p.m.", "9am"),
    ("fr", "Écrire au 8 avenue Foch, 75008 Paris.", "75008 Paris"),
    ("fr", "Écrire au 8 avenue Foch, 75008 Paris.", "8 avenue Foch"),
    ("fr", "La réunion commence à 10h05 et finit à 16 h.", "10h05"),
    ("fr", "La réunion commence à 10h05 et finit à 16 h.", "16 h"),
    ("en", "The meeting starts at 10:05 and ends at 4 p.m.", "10:05"),
    ("en", "The meeting starts at 10:05 and ends at 4 p.m.", "4 p.m."),
    ("fr", "L’A320 d’Airbus est le plus vendu.", "A320"),
    ("en", "The A320 is Airbus's best seller.", "A320"),
    ("fr", "La pandémie de COVID-19 a tout changé.", "COVID-19"),
    ("fr", "Le CAC 40 a clôturé en hausse de 1,2 %.", "CAC 40"),
    ("en", "The FTSE 100 and the S&P 500 rose.", "FTSE 100"),
    ("en", "The FTSE 100 and the S&P 500 rose.", "S&P 500"),
    ("fr", "Le gouvernement a recouru à l’article 49.3 de la Constitution.", "49.3"),
    ("en", "The government used Article 49.3 of the constitution.", "49.3"),
    ("fr", "Selon l’article L.1233-3 du Code du travail.", "L.1233-3"),
    ("fr", "Voir l’article 5 et la page 12 du rapport n° 7.", "article 5"),
    ("fr", "Voir l’article 5 et la page 12 du rapport n° 7.", "page 12"),
    ("fr", "Voir l’article 5 et la page 12 du rapport n° 7.", "n° 7"),
    ("en", "See p. 12 and pages 3 of the report.", "p. 12"),
    ("fr", "Lire https://www.example.com/2023/01/18/plan-social-12345 en ligne.",
     "https://www.example.com/2023/01/18/plan-social-12345"),
    ("en", "See example.com/article?id=2023 or write to 2023@example.org today.",
     "example.com/article?id=2023"),
    ("en", "See example.com/article?id=2023 or write to 2023@example.org today.",
     "2023@example.org"),
    ("fr", "Il est arrivé 1er, au 2e trimestre du XXIe siècle, 3ème fois.", "1er"),
    ("fr", "Il est arrivé 1er, au 2e trimestre du XXIe siècle, 3ème fois.", "2e"),
    ("fr", "Il est arrivé 1er, au 2e trimestre du XXIe siècle, 3ème fois.", "3ème"),
    ("en", "She finished 3rd in the 21st race.", "3rd"),
    ("en", "She finished 3rd in the 21st race.", "21st"),
    ("en", "The 5G network and 3D printers.", "5G"),
    ("en", "Open 24/7 since the 1990s, after a 3-1 win in 2019-2023.", "24/7"),
    ("en", "Open 24/7 since the 1990s, after a 3-1 win in 2019-2023.", "1990s"),
    ("en", "Open 24/7 since the 1990s, after a 3-1 win in 2019-2023.", "3-1"),
    ("en", "Open 24/7 since the 1990s, after a 3-1 win in 2019-2023.", "2019-2023"),
    ("fr", "France 2 et le G20 ont suivi la COP28.", "France 2"),
]


@pytest.mark.parametrize(("lang", "text", "part"), NOT_FIGURES,
                         ids=[f"{lang}-{part}" for lang, _, part in NOT_FIGURES])
def test_not_a_figure(lang, text, part):
    assert_not_figure(text, lang, part)


def test_a_figure_next_to_a_non_figure_is_still_found():
    text = "Le CAC 40 a clôturé en hausse de 1,2 %."
    check(text, "fr", "1,2 %", "percent", 1.2, "%")
    text = "Au 12 rue de la Paix, 300 salariés travaillent."
    check(text, "fr", "300 salariés", "count", 300, "salariés")


# --- Numbers in words (text2num) -----------------------------------------------------------

def test_french_numbers_in_words():
    pytest.importorskip("text_to_num")
    text = ("Trois millions de personnes ont signé, deux cents salariés ont fait grève "
            "pendant dix-huit mois ; vingt-et-un sites et cinq pour cent des postes.")
    check(text, "fr", "Trois millions de personnes", "count", 3_000_000, "personnes")
    check(text, "fr", "deux cents salariés", "count", 200, "salariés")
    check(text, "fr", "dix-huit mois", "count", 18, "mois")
    check(text, "fr", "vingt-et-un sites", "count", 21, "sites")
    check(text, "fr", "cinq pour cent", "percent", 5, "%")
    check("Il a perdu trois millions.", "fr", "trois millions", "number", 3_000_000, "")
    check("Un milliard d'euros.", "fr", "Un milliard d'euros", "amount", 10**9, "EUR")


def test_english_numbers_in_words():
    pytest.importorskip("text_to_num")
    text = ("One thousand people attended and two hundred and fifty employees signed; "
            "a million dollars was raised. We started with forty names.")
    check(text, "en", "One thousand people", "count", 1000, "people")
    check(text, "en", "two hundred and fifty employees", "count", 250, "employees")
    check(text, "en", "a million dollars", "amount", 1_000_000, "USD")
    check(text, "en", "forty names", "count", 40, "names")


def test_lone_words_are_not_figures():
    pytest.importorskip("text_to_num")
    assert_not_figure("Un bâtiment neuf. L’un d’eux est arrivé.", "fr", "neuf")
    assert_not_figure("Un bâtiment neuf. L’un d’eux est arrivé.", "fr", "Un")
    assert_not_figure("One of them came third, then one more.", "en", "One")
    assert_not_figure("One of them came third, then one more.", "en", "third")
    assert_not_figure("Les deux-roues.", "fr", "deux")
    # Below ten, words count nothing worth checking; percentages and amounts still are.
    assert_not_figure("Neuf salariés depuis deux années, three years.", "fr", "Neuf")
    assert_not_figure("Neuf salariés depuis deux années, three years.", "fr", "deux")
    assert_not_figure("Neuf salariés depuis deux années, three years.", "en", "three")
    check("Les dix salariés.", "fr", "dix salariés", "count", 10, "salariés")


def test_without_text2num_digits_still_work(monkeypatch):
    monkeypatch.setattr(figures, "_text2num", lambda: None)
    text = "Trois millions de personnes et 14 000 postes."
    assert [s.text for s in find_figures(text, "fr")] == ["14 000 postes"]


# --- Whole articles and the contract -------------------------------------------------------

def test_sample_articles():
    def spaced(text):  # the sample's typography: NBSP before %, U+202F in 14 000
        return text.replace(NBSP, " ").replace(NNBSP, " ")

    fr = (SAMPLES / "fr-plan-social.md").read_text(encoding="utf-8")
    found = {spaced(s.text) for s in find_figures(fr, "fr")}
    for exact in ("50 milliards de dollars", "14 000 postes", "2,5 %", "plus de 2400 personnes",
                  "14.000 départs", "près de 9 %", "12 mars 2025", "environ 600 postes",
                  "2027", "dix-huit mois" if figures._text2num() else "12 %"):
        assert exact in found
    en = (SAMPLES / "en-open-letter.md").read_text(encoding="utf-8")
    found = {s.text for s in find_figures(en, "en")}
    for exact in ("About 1,000 employees", "14,000 jobs", "$50 billion", "3.5%", "2.5%",
                  "March 14, 2025", "at least 16 weeks", "14,000 positions", "March 18"):
        assert exact in found


def test_sorted_and_not_overlapping_on_a_dense_paragraph():
    text = ("Le 12 mars 2025, Nuvia a annoncé 14 000 suppressions, soit près de 9 % de ses "
            "effectifs, 50 milliards de dollars d’ici à 2027 et plusieurs milliers de départs.")
    found = find_figures(text, "fr")
    assert [s.text for s in found] == [
        "12 mars 2025", "14 000 suppressions", "près de 9 %", "50 milliards de dollars",
        "2027", "plusieurs milliers de départs"]


def test_language_is_checked():
    assert find_figures("", "fr") == []
    assert find_figures("14,000 jobs", "en-GB")[0].value == 14000
    with pytest.raises(ValueError):
        find_figures("14 000 postes", "de")


TOKENS = ("14 000", "14\u202f000", "14.000", "1,5", "1.5", "2,5\u00a0%", "3.5%", "$50",
          "€", "£", "US$", "bn", "m", "k", "M€", "Md€", "milliards", "million", "billion",
          "de", "d'euros", "dollars", "plus de", "about", "more than", "près d'", "salariés",
          "jobs", "postes", "mars", "January", "18", "1er", "2023", "en", "in", "by", "18/01/2023",
          "2023-01-18", "rue", "Street", "Paris", "75008", "10h05", "10:05", "+33", "01 23",
          "(555)", "-", "−", "/", ":", "@", "https://", ".", ",", "«", "»", "\n", "\n\n",
          "trois", "millions", "deux", "cents", "vingt-et-un", "one", "thousand", "a", "few",
          "hundreds", "of", "plusieurs", "milliers", "une", "centaine", "iOS", "17.2", "CAC",
          "40", "article", "49.3", "pour cent", "per cent", "points", "percentage", "😀", "é")


@st.composite
def press_like(draw):
    words = draw(st.lists(st.sampled_from(TOKENS), max_size=30))
    glue = draw(st.lists(st.sampled_from([" ", "", "\u00a0", "\u202f", ", "]),
                         min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, glue, strict=True))


def assert_well_formed(text: str, lang: str):
    found = find_figures(text, lang)
    previous_end = 0
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.start >= previous_end  # sorted, not overlapping
        previous_end = s.end
        assert s.category == "figure" and s.kind in figures.KINDS
        assert s.value is not None and 0 <= s.confidence <= 1
        assert isinstance(s.value, str) if s.kind == "date" else isinstance(s.value,
                                                                             (int, float))


@settings(max_examples=300, deadline=None)
@given(text=press_like(), lang=st.sampled_from(["fr", "en"]))
def test_property_press_like_text(text, lang):
    assert_well_formed(text, lang)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("0123456789 ,.%€$£-−+/:()'’\u00a0\u202f"
                                                  "\nabdehkmMnorstuéèBDGL😀")), max_size=80),
       lang=st.sampled_from(["fr", "en"]))
def test_property_random_text(text, lang):
    assert_well_formed(text, lang)


# --- Fast paths: the same results as the plain patterns -----------------------------------
# find_figures avoids scanning the whole text with patterns that open with lookarounds and
# tries cheap supersets before costly patterns. These check each shortcut against the
# plain pattern it stands for.

FAST_TOKENS = TOKENS + (
    "12 mars", "ſeptembre", "SEPTEMBRE", "İmpasse", "12 Rue", "10 Downing Street", "16 h",
    "10 PM", "10.05 am", "7 bis", "3 ter", "0 800 100 200", "555-123-4567", "75008 Paris",
    "$US", "EUR", "Près de", "ENVIRON", "au moins", "jusqu’à", "d’ici à", "un peu plus de",
    "vingt", "Dix-huit", "mille", "a thousand", "Several", "tens of", "a dozen", "dizaines",
    "Des", "quarantaine", "semaine", "millionnaire", "5-3", "--5", "(−5", "x-5", "A320",
    "Zero", "ſix", "À", "‐", "'", "(", "«", "\t", "18 ſeptembre", "12 İmpasse", "plus de",
    "près de", "quasiment", "$", "€", "USD", "K", "KM", "ı", "moins d'", "au-delà de", "cut",
    "in", "since", "d'ici", "Jan.", "mars", "March", "June", "dix-huit", "one hundred")


NUMBER_TOKENS = [t for t in FAST_TOKENS if any(c.isdigit() for c in t)]
GLUE = st.sampled_from([" ", "", "\u00a0", "\u202f", ", ", "\n", "  ", " \n"])


@st.composite
def fast_text(draw):
    """Tokens, mostly a number between what may stand before and after it."""
    parts = []
    for _ in range(draw(st.integers(0, 8))):
        before, number, after = (draw(st.sampled_from(FAST_TOKENS)),
                                 draw(st.sampled_from(NUMBER_TOKENS)),
                                 draw(st.sampled_from(FAST_TOKENS)))
        parts += [before, draw(GLUE), number, draw(GLUE), after, draw(GLUE)]
    return "".join(parts)


LANGS = st.sampled_from(["fr", "en"])


@settings(max_examples=300, deadline=None)
@given(text=fast_text(), lang=LANGS)
def test_fast_scans_find_what_finditer_finds(text, lang):
    r = figures.RULES[lang]
    assert ([m.span() for m in figures._numbers(text, r)]
            == [m.span() for m in r.number.finditer(text)])
    assert list(figures._word_runs(text, r)) == [m.span() for m in r.words.finditer(text)]
    assert ([m.span() for m in figures._group_matches(text, r)]
            == [m.span() for m in r.group.finditer(text)])


# The start of a run of number words as first written (`_first_word`), before
# `_word_start_alt` regrouped it for speed.
LEADS = {"fr": None, "en": (rf"(?P<a>[aA]){figures.SP}+"
                            r"(?=(?:hundred|thousand|million|billion|trillion)\b)", ["a"])}
NUMBER_WORDS = {"fr": figures.FR_NUMBER_WORDS, "en": figures.EN_NUMBER_WORDS}
AFTER_A = {"fr": None, "en": r"(?=(?:hundred|thousand|million|billion|trillion)\b)"}


@settings(max_examples=200, deadline=None)
@given(text=fast_text(), lang=LANGS)
def test_word_start_alt_matches_first_word(text, lang):
    plain = re.compile(figures._first_word(NUMBER_WORDS[lang], LEADS[lang]))
    fast = re.compile(figures._word_start_alt(NUMBER_WORDS[lang], AFTER_A[lang]))
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (text, pos)


@settings(max_examples=300, deadline=None)
@given(text=fast_text(), lang=LANGS)
def test_fail_fast_checks_are_supersets(text, lang):
    r = figures.RULES[lang]
    special = (figures.ISO_DATE, r.numeric_date, r.day_month, figures.PHONE, figures.TIME,
               figures.STREET, figures.POSTCODE, figures.LOCAL_PHONE)
    backward = ((r.qualifier, 24, r.qualifier_last_words),
                (r.month_before, 16, r.month_last_words),
                (r.year_prep, 20, r.year_prep_last_words),
                (r.currency_before, 5, figures.CURRENCY_LAST_WORDS))
    for m in r.number.finditer(text):
        start = m.start()
        if start == m.start("int") and text[start - 1:start] != "(":
            if any(p.match(text, start) for p in special):
                assert r.special.match(text, start), text[start:start + 30]
        before = figures._before(text, start)
        for pattern, window, words in backward:
            if pattern.search(text, max(0, start - window), start):
                assert figures._may_end(before, words), (text[max(0, start - 30):start])
        if r.suffix.match(text, m.end()) is None:
            assert not (r.magnitude.match(text, m.end()) or r.percent.match(text, m.end())
                        or r.currency_after.match(text, m.end()))


def test_figure_is_a_plain_suggestion():
    import dataclasses

    from annotator.suggest.model import Suggestion

    made = figures._figure(3, 9, "14 000", 0.75, "count", 14000, "postes", "about")
    plain = Suggestion("figure", 3, 9, "14 000", 0.75, kind="count", value=14000,
                       unit="postes", qualifier="about")
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 4


def test_month_names_with_letters_that_ignore_case_matches():
    # re.IGNORECASE lets "ſ" match "s": the month must then be read, not crash.
    found = find_figures("Le 18 ſeptembre 2024, puis en ſeptembre 2025.", "fr")
    assert [f.value for f in found if f.kind == "date"] == ["2024-09-18", "2025-09"]
