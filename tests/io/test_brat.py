"""brat standoff export and import: line format, code point offsets, round trips, bad lines."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

import pytest

from annotator.core.model import (
    BUILTIN_CATEGORIES,
    BUILTIN_STATUSES,
    Annotation,
    Article,
    Category,
    Party,
    ProjectData,
    Status,
)
from annotator.core.text import context
from annotator.io import brat
from annotator.io.brat import (
    brat_type_names,
    escape,
    plan_brat_import,
    read_brat,
    render_brat,
    render_brat_annotation_conf,
    unescape,
)
from annotator.io.errors import ImportFailed
from annotator.io.factsheet import SheetError

NBSP, NNBSP = "\u00a0", "\u202f"
QUOTE = f"«{NNBSP}Nous tiendrons{NNBSP}»"
RIEN = "« Rien n'est joué »"
MULTILINE = "Première ligne du discours\nseconde ligne du discours"
NOTE = 'Vérifier\tla source\nligne 2 <script>alert("x")</script> C:\\temp\\n \u2028fin'
TEXT = (
    "🌍 Sommet du climat 🔥\n"
    "\n"
    f"Élodie Martin a déclaré{NBSP}: {QUOTE}. Selon elle, 45{NNBSP}% des émissions 🏭 "
    f"viennent de l'industrie.\n{MULTILINE}\nPaul Durand a ajouté : « Rien n'est joué ».\n"
    "Fin."
)
ART, OTHER, GONE = "art-brat", "art-other", "art-gone"
MARTIN, DURAND, RIVAL = "party-martin", "party-durand", "party-rival"
CAT_CLAIM, CAT_CLASH = "cat-claim", "cat-clash"
STATUS_REREAD = "5e7a7e50-0000-4000-8000-000000000001"


def make(ident, category, exact, *, text=TEXT, article=ART, occurrence=0, **kw) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    end = start + len(exact)
    prefix, suffix = context(text, start, end)
    return Annotation(ident, article, category, start, end, exact, prefix, suffix, **kw)


def project() -> ProjectData:
    return ProjectData(
        categories=[
            *BUILTIN_CATEGORIES,
            Category(CAT_CLAIM, "Affirmation clé !", "#aa66cc", position=3),
            Category(CAT_CLASH, "affirmation clé", "#cc66aa", position=4),
        ],
        parties=[
            Party(MARTIN, "Élodie Martin", "person", ["É. Martin"]),
            Party(DURAND, "Paul Durand", "person"),
            Party(RIVAL, "Parti rival", "organisation"),
        ],
        statuses=[*BUILTIN_STATUSES, Status(STATUS_REREAD, "Reread", "Relu", 6)],
        articles=[
            Article(ART, "Sommet", TEXT, language="fr"),
            Article(OTHER, "Autre", "Un autre texte."),
            Article(GONE, "Supprimé", "Texte supprimé.", deleted_at="2024-05-03T00:00:00Z"),
        ],
        annotations=[
            make("q1", "quote", QUOTE, status="verified", speaker_id=MARTIN, note=NOTE),
            make("p1", "party", "Élodie Martin", party_id=MARTIN),
            make("f1", "figure", f"45{NNBSP}%", status="false", rating="mostly_false",
                 claimant_id=MARTIN, note="après 🌍🔥🏭"),
            make("c1", CAT_CLAIM, "émissions 🏭", status=STATUS_REREAD),
            make("c2", CAT_CLASH, "viennent", status="in_progress"),
            make("q2", "quote", MULTILINE, status="misleading", speaker_id=RIVAL),
            make("p2", "party", "Paul Durand", party_id=DURAND),
            make("q3", "quote", RIEN, speaker_id=DURAND),
            make("gone", "quote", "Fin", deleted_at="2024-05-02T10:00:00.000Z"),
            make("x1", "quote", "Texte", text="Texte supprimé.", article=GONE),
        ],
    )


def empty_copy(data: ProjectData) -> ProjectData:
    return replace(copy.deepcopy(data), annotations=[])


def ann_lines(data: ProjectData | None = None) -> list[str]:
    _txt, ann = render_brat(data or project(), ART)
    assert ann.endswith("\n")
    return ann[:-1].split("\n")


def fields(a: Annotation) -> tuple:
    return (a.category_id, a.start, a.end, a.exact, a.status, a.note, a.rating,
            a.speaker_id, a.claimant_id, a.party_id)


# ---- export -----------------------------------------------------------------------------


def test_txt_is_the_article_text():
    txt, _ann = render_brat(project(), ART)
    assert txt == TEXT  # no BOM, no trailing newline added


def test_text_bound_lines_use_code_points():
    lines = ann_lines()
    spans = [line for line in lines if line.startswith("T")]
    assert len(spans) == 8
    for line in spans:
        ident, head, shown = line.split("\t")
        kind, offsets = head.split(" ", 1)
        assert re.fullmatch(r"T\d+", ident) and re.fullmatch(r"[A-Za-z0-9_-]+", kind)
        pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
        assert " ".join(TEXT[s:e] for s, e in pieces) == shown
    figure = next(line for line in spans if "\tFigure " in line)
    start = TEXT.index(f"45{NNBSP}%")
    assert figure.split("\t")[1] == f"Figure {start} {start + 4}"
    assert len(TEXT[:start].encode("utf-16-le")) // 2 == start + 2  # two emoji before it


def test_a_span_across_lines_is_cut_into_fragments():
    start = TEXT.index(MULTILINE)
    cut = start + MULTILINE.index("\n")
    line = next(line for line in ann_lines() if "Première" in line)
    assert line.split("\t", 1)[1] == (
        f"Quote {start} {cut};{cut + 1} {start + len(MULTILINE)}\t"
        "Première ligne du discours seconde ligne du discours")


def test_attributes_notes_and_relations():
    lines = ann_lines()
    tid = {line.split("\t")[2]: line.split("\t")[0] for line in lines if line.startswith("T")}
    quote, martin, durand = tid[QUOTE], tid["Élodie Martin"], tid["Paul Durand"]
    assert f"Status {quote} verified" in [line.split("\t")[1] for line in lines]
    assert any(line.endswith(f"\tRating {tid[f'45{NNBSP}%']} mostly_false") for line in lines)
    relations = [line.split("\t", 1)[1] for line in lines if line.startswith("R")]
    assert relations == [
        f"Speaker Arg1:{martin} Arg2:{quote}",
        f"Claimant Arg1:{martin} Arg2:{tid[f'45{NNBSP}%']}",
        f"Speaker Arg1:{durand} Arg2:{tid[RIEN]}",
    ]
    assert lines.index(next(line for line in lines if line.startswith("R1"))) > max(
        i for i, line in enumerate(lines) if line.startswith("T"))
    # The rival party is never mentioned: its name goes in a comment.
    multiline = tid["Première ligne du discours seconde ligne du discours"]
    assert any(re.fullmatch(rf"#\d+\tSpeakerName {multiline}\tParti rival", line)
               for line in lines)
    assert any(re.fullmatch(rf"N\d+\tReference {martin} Party:{MARTIN}\tÉlodie Martin", line)
               for line in lines)
    note = next(line for line in lines if line.startswith("#") and f"AnnotatorNotes {quote}" in line)
    assert note == (f"{note.split(chr(9))[0]}\tAnnotatorNotes {quote}\t"
                    'Vérifier\\tla source\\nligne 2 <script>alert("x")</script> '
                    "C:\\\\temp\\\\n \\u2028fin")


def test_type_names_are_brat_safe_and_unique():
    data = project()
    data.categories += [
        Category("u1", "Quote", "#000000", position=5),
        Category("u2", "123 chiffres", "#000000", position=6),
        Category("u3", "???", "#000000", position=7),
        Category("u4", "Status", "#000000", position=8),
        Category("u5", "Été 2024 / bilan", "#000000", position=9),
    ]
    names = brat_type_names(data)
    assert names == {
        "quote": "Quote", "figure": "Figure", "party": "Party",
        CAT_CLAIM: "Affirmation_cle", CAT_CLASH: "affirmation_cle_2", "u1": "Quote_2",
        "u2": "Category_123_chiffres", "u3": "Category", "u4": "Status_2",
        "u5": "Ete_2024_bilan",
    }
    assert brat_type_names(data) == names  # stable


def test_annotation_conf():
    conf = render_brat_annotation_conf(project())
    sections = re.findall(r"^\[(\w+)\]$", conf, re.MULTILINE)
    assert sections == ["entities", "relations", "events", "attributes"]
    entities = conf.split("[entities]\n")[1].split("\n\n")[0].split("\n")
    assert entities == ["Quote", "Figure", "Party", "Affirmation_cle", "affirmation_cle_2"]
    assert "Speaker\tArg1:Party, Arg2:<ENTITY>\n" in conf
    assert "Claimant\tArg1:Party, Arg2:<ENTITY>\n" in conf
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n" in conf
    assert ("Status\tArg:<ENTITY>, Value:to_check|in_progress|verified|false|misleading|"
            f"unverifiable|{STATUS_REREAD}\n") in conf
    assert "Rating\tArg:<ENTITY>, Value:true|mostly_true|" in conf


def test_deleted_stale_and_unknown_are_left_out():
    data = project()
    text = "\n".join(ann_lines(data))
    assert "\tFin" not in text and "Texte" not in text
    data.annotations[0].start += 1  # stale offsets: no longer the exact text
    assert not any(QUOTE in line for line in ann_lines(data))
    with pytest.raises(SheetError):
        render_brat(data, GONE)
    with pytest.raises(SheetError):
        render_brat(data, "nope")
    assert render_brat(data, OTHER) == ("Un autre texte.", "")


def test_escaping_is_reversible():
    for note in (NOTE, "\\n is not a newline", "a\\\\b", "\x85\x0c\r\n\t", "\\u12"):
        assert "\n" not in escape(note) and "\t" not in escape(note)
        assert unescape(escape(note)) == note
        assert escape(note).splitlines() == [escape(note)]


# ---- round trip -------------------------------------------------------------------------


def test_round_trip():
    data = project()
    txt, ann = render_brat(data, ART)
    result = plan_brat_import(txt, ann, empty_copy(data), ART, "sommet.ann")
    assert result.skipped == [] and result.warnings == []
    live = [a for a in data.annotations if a.article_id == ART and not a.deleted_at]
    assert sorted(map(fields, result.annotations), key=str) == sorted(map(fields, live), key=str)
    assert all(a.article_id == ART for a in result.annotations)
    assert {a.id for a in result.annotations}.isdisjoint(a.id for a in live)
    multiline = next(a for a in result.annotations if a.category_id == "quote"
                     and "\n" in a.exact)
    assert multiline.exact == MULTILINE and multiline.speaker_id == RIVAL
    assert multiline.prefix == live[5].prefix and multiline.suffix == live[5].suffix


def test_reimport_skips_what_is_already_there():
    data = project()
    txt, ann = render_brat(data, ART)
    result = plan_brat_import(txt, ann, data, ART, "again.ann")
    assert result.annotations == [] and len(result.skipped) == 8
    assert all("already annotated" in s for s in result.skipped)


def test_windows_line_endings_in_the_txt_are_what_brat_reads():
    data = project()
    txt, ann = render_brat(data, ART)
    result = plan_brat_import(txt.replace("\n", "\r\n"), ann.replace("\n", "\r\n"),
                              empty_copy(data), ART, "crlf.ann")
    assert len(result.annotations) == 8


def test_written_by_hand_in_brat():
    data = project()
    start = TEXT.index("Paul Durand")
    quote = TEXT.index("« Rien")
    ann = (
        f"T1\tParty {start} {start + 11}\tPaul Durand\n"
        f"T2\tquote {quote} {quote + 19}\t« Rien n'est joué »\n"
        f"T3\tAffirmation_cle 0 1\t🌍\n"
        f"T4\tUnknownType 2 9\tSommet \n"
        f"T5\tQuote 2 8;12 18\tSommet climat\n"
        "A1\tStatus T2 verified\n"
        "A2\tStatus T1 douteux\n"
        "A3\tNegation T2\n"
        "#1\tAnnotatorNotes T2\tNote brat\n"
        "#2\tAnnotatorNotes T2\tsuite\n"
        "R1\tSpeaker Arg2:T2 Arg1:T1\n"
        "R2\tCites Arg1:T1 Arg2:T2\n"
        "E1\tParty:T1 Agent:T2\n"
        "*\tEquiv T1 T2\n"
        "#3\tSpeakerName T3\tPersonne inconnue\n"
    )
    result = plan_brat_import(TEXT, ann, empty_copy(data), ART, "hand.ann")
    party, said, claim = result.annotations
    assert (party.category_id, party.party_id) == ("party", DURAND)
    assert (said.status, said.note, said.speaker_id) == ("verified", "Note brat\nsuite", DURAND)
    assert claim.category_id == CAT_CLAIM and claim.exact == "🌍"
    assert "UnknownType" in result.skipped[0] and "discontinuous" in result.skipped[1]
    warnings = "\n".join(result.warnings)
    assert "line 13: 'E' lines" in warnings and "line 14: '*' lines" in warnings
    assert "unknown status 'douteux'" in warnings
    assert "relation type 'Cites'" in warnings
    assert "'Personne inconnue' is not a party" in warnings
    assert "T2: attribute 'Negation' is not supported" in warnings


def test_every_line_break_cuts_a_fragment():
    text = "Alpha\x0cBeta\x85Gamma\x1cDelta"
    data = ProjectData(categories=list(BUILTIN_CATEGORIES),
                       articles=[Article("a", "Sauts", text)],
                       annotations=[make("q", "quote", text, text=text, article="a")])
    txt, ann = render_brat(data, "a")
    assert ann.splitlines() == ann[:-1].split("\n")  # what brat's codecs reader sees
    assert ann.startswith("T1\tQuote 0 5;6 10;11 16;17 22\tAlpha Beta Gamma Delta\n")
    result = plan_brat_import(txt, ann, empty_copy(data), "a", "sauts.ann")
    assert [(a.start, a.end, a.exact) for a in result.annotations] == [(0, 22, text)]


def test_txt_must_be_the_article_text():
    data = project()
    txt, ann = render_brat(data, ART)
    with pytest.raises(ImportFailed, match=r"^other\.ann: the \.txt is not the text of article "
                                           r"'Sommet' \(they differ from character 2\)"):
        plan_brat_import(txt.replace("Sommet", "Réunion"), ann, empty_copy(data), ART,
                         "other.ann")
    with pytest.raises(ImportFailed, match="no article with id 'art-gone'"):
        plan_brat_import("Texte supprimé.", "", data, GONE, "gone.ann")


# ---- malformed lines --------------------------------------------------------------------

MALFORMED = [
    ("T1 Quote 0 1 x", "line 1: expected an id, a tab"),
    ("Tx\tQuote 0 1\t🌍", "line 1: 'Tx' is not a brat id"),
    ("T1\tQuote\t🌍", "line 1: expected 'Type start end'"),
    ("T1\tQuote 0 x\t🌍", "line 1: bad offsets '0 x'"),
    ("T1\tQuote ٠ 1\t🌍", "line 1: bad offsets"),
    ("T1\tQuote 0 1;\t🌍", "line 1: bad offsets ''"),
    ("T1\tQuote 3 1\tx", "line 1: start 3 is after end 1"),
    ("T1\tQuote 0 99999\tx", "line 1: offset 99999 is beyond the text"),
    ("T1\tQuote 0 1\tS", "line 1: the text 'S' is not what the .txt holds at 0 1 ('🌍')"),
    ("T1\tQuote 4 8;2 3\tx", "line 1: fragments overlap"),
    ("T1\tQuote 0 1\t🌍\n\nT1\tQuote 0 1\t🌍", "line 3: duplicate id T1 (first on line 1)"),
    ("T1\tQuote 0 1\t🌍\nA1\tStatus\n", "line 2: expected 'Name Target [Value]'"),
    ("T1\tQuote 0 1\t🌍\nA1\tStatus T9 verified", "line 2: refers to T9, which is not defined"),
    ("T1\tQuote 0 1\t🌍\n#1\tAnnotatorNotes\tnote", "line 2: expected 'Type Target'"),
    ("T1\tQuote 0 1\t🌍\nR1\tSpeaker Arg1:T1", "line 2: expected 'Type Arg1:Id Arg2:Id'"),
    ("T1\tQuote 0 1\t🌍\nR1\tSpeaker Arg1:T1 Arg2:T7", "line 2: refers to T7"),
    ("T1\tQuote 0 1\t🌍\nN1\tReference T1 nocolon\tx", "line 2: expected 'Type Target Database:Id'"),
    ("T1\tQuote 0 1\t🌍\nT2\tQuote 0 " + "9" * 5000, "line 2: bad offsets"),
]


@pytest.mark.parametrize(("ann", "message"), MALFORMED, ids=range(len(MALFORMED)))
def test_malformed_lines_name_their_line(ann, message):
    with pytest.raises(ImportFailed) as caught:
        read_brat(TEXT, ann, "bad.ann")
    assert str(caught.value).startswith("bad.ann: ")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_hostile_sizes(monkeypatch):
    monkeypatch.setattr(brat, "MAX_ANN_CHARS", 100)
    with pytest.raises(ImportFailed, match="too large"):
        read_brat(TEXT, "T1\tQuote 0 1\t🌍\n" * 10, "big.ann")
    monkeypatch.setattr(brat, "MAX_ANN_CHARS", 10**6)
    monkeypatch.setattr(brat, "MAX_LINES", 5)
    with pytest.raises(ImportFailed, match="too many lines"):
        read_brat(TEXT, "\n" * 10, "long.ann")


def test_a_text_field_may_be_missing_and_blank_lines_are_fine():
    doc = read_brat(TEXT, "\n\nT1\tQuote 0 1\n\n", "bare.ann")
    assert doc.spans["T1"].fragments == [(0, 1)]
