"""Named parties: rules alone, with spaCy, and the project's gazetteer."""

import pytest

from annotator.suggest.gazetteer import Gazetteer, KnownParty
from annotator.suggest.parties import find_parties, spacy_available

FR = ("«\u00a0Nous supprimerons 14\u202f000 postes\u00a0», a déclaré Marc Durand, PDG de Nuvia, "
      "au Monde. La CGT et le ministère de l’Économie ont réagi. Andy Jassy, patron "
      "d’Amazon, a parlé à Reuters.\n\nSelon Jassy, la société Nuvia va bien. Mme Élodie "
      "Martin conteste. Le groupe Veltria recrute à Lyon.")
EN = ("Amazon will cut 18,000 jobs, chief executive Andy Jassy said on Wednesday. The company "
      "told Reuters that Jassy had informed staff in Seattle. The Communications Workers of "
      "America union criticised the move. Microsoft did the same, The Guardian reported.")


def found(text, lang, **kw):
    return {(s.text, s.kind, s.name) for s in find_parties(text, lang, **kw)}


@pytest.mark.parametrize("use_spacy", [False, None])
def test_french_people_and_organisations(use_spacy):
    parties = found(FR, "fr", use_spacy=use_spacy)
    for expected in [("Marc Durand", "person", "Marc Durand"),
                     ("Nuvia", "organisation", "Nuvia"),
                     ("CGT", "organisation", "CGT"),
                     ("ministère de l’Économie", "organisation", "ministère de l’Économie"),
                     ("Andy Jassy", "person", "Andy Jassy"),
                     ("Amazon", "organisation", "Amazon"),
                     ("Reuters", "organisation", "Reuters"),
                     ("Jassy", "person", "Andy Jassy"),
                     ("Élodie Martin", "person", "Élodie Martin"),
                     ("Veltria", "organisation", "Veltria")]:
        assert expected in parties
    names = {text for text, _, _ in parties}
    assert not names & {"Nous", "La", "Selon", "Mme", "PDG", "Lyon", "Le"}


def test_english_by_rules():
    parties = found(EN, "en")
    for expected in [("Amazon", "organisation", "Amazon"),
                     ("Andy Jassy", "person", "Andy Jassy"),
                     ("Jassy", "person", "Andy Jassy"),
                     ("Reuters", "organisation", "Reuters"),
                     ("Communications Workers of America", "organisation",
                      "Communications Workers of America"),
                     ("Microsoft", "organisation", "Microsoft"),
                     ("The Guardian", "organisation", "The Guardian")]:
        assert expected in parties
    assert not {text for text, _, _ in parties} & {"The", "Seattle", "Wednesday"}


def test_the_gazetteer_links_aliases_to_one_party():
    gazetteer = Gazetteer([KnownParty("Andy Jassy", "person", ("Jassy", "A. Jassy"), id="p1"),
                           KnownParty("Nuvia", "organisation")])
    text = "A. Jassy a parlé. Nuvia confirme. Jassy insiste, et Nuvia aussi."
    parties = find_parties(text, "fr", gazetteer=gazetteer, use_spacy=False)
    assert [(s.text, s.name, s.confidence >= 0.9) for s in parties] == [
        ("A. Jassy", "Andy Jassy", True), ("Nuvia", "Nuvia", True),
        ("Jassy", "Andy Jassy", True), ("Nuvia", "Nuvia", True)]


@pytest.mark.parametrize("text, lang", [(FR, "fr"), (EN, "en")])
def test_spans_are_the_text_sorted_without_overlaps(text, lang):
    parties = find_parties(text, lang)
    assert all(text[s.start:s.end] == s.text for s in parties)
    assert all(a.end <= b.start for a, b in zip(parties, parties[1:], strict=False))


@pytest.mark.skipif(not spacy_available(), reason="the nlp extra is not installed")
def test_spacy_required_when_asked_and_absent(monkeypatch):
    from annotator.suggest import parties

    monkeypatch.setattr(parties, "french_pipeline", lambda: None)
    with pytest.raises(RuntimeError, match="nlp"):
        find_parties(FR, "fr", use_spacy=True)
    assert ("Marc Durand", "person", "Marc Durand") in found(FR, "fr")  # rules still work


def test_long_text_goes_to_spacy_by_paragraphs():
    text = "\n\n".join([FR] * 800)  # over 150,000 characters, many paragraphs
    parties = find_parties(text, "fr")
    assert sum(s.text == "Marc Durand" for s in parties) == 800


@pytest.mark.parametrize(("text", "expected"), [
    ("Le jugement du tribunal judiciaire de Nanterre est tombé.",
     ("tribunal judiciaire de Nanterre", "organisation")),
    ("La Confédération paysanne proteste.", ("Confédération paysanne", "organisation")),
    ("Selon la Cour des comptes, tout va bien.", ("Cour des comptes", "organisation")),
    ("The Department for Science, Innovation and Technology said so.",
     ("Department for Science, Innovation and Technology", "organisation")),
])
def test_institutions_by_their_head_noun(text, expected):
    assert expected in [(s.text, s.kind) for s in find_parties(text, "fr", use_spacy=False)]


def test_a_lone_or_generic_head_is_no_institution():
    text = "Le tribunal administratif a tranché. Une agence de notation le note. Le comité social."
    assert find_parties(text, "fr", use_spacy=False) == []


def test_defined_acronyms_and_short_forms_take_the_full_name():
    text = ("La Commission nationale de l’informatique et des libertés (CNIL) enquête. "
            "Vantage Logistics licencie. Plus tard, la CNIL a sanctionné Vantage.")
    names = {(s.text, s.name) for s in find_parties(text, "fr", use_spacy=False)}
    cnil = "Commission nationale de l’informatique et des libertés"
    assert ("CNIL", cnil) in names and ("Vantage", "Vantage Logistics") in names


def test_acronym_letters_must_fit_the_name():
    text = "Le Groupe Nuvia (CGT) et la CGT."
    assert {s.name for s in find_parties(text, "fr", use_spacy=False)
            if s.text == "CGT"} == {"CGT"}


def test_places_addresses_and_portfolios_are_not_parties():
    text = ("Il vit rue Victor Hugo, près de Howard Street, à San Jose. "
            "La ministre du Travail répond. « Oui », a dit à l’AFP Franck Le Goff.")
    found = {(s.text, s.kind) for s in find_parties(text, "fr", use_spacy=False)}
    assert found == {("AFP", "organisation"), ("Franck Le Goff", "person")}
