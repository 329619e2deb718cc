import pytest

from annotator.core.text import (
    context,
    normalize_text,
    snap_selection,
    text_sha256,
    title_from_text,
)


def test_normalize_crlf_cr_and_nfc():
    raw = "Ligne 1\r\nLigne 2\rE\u0301lyse\u0301e\u2028fin"
    assert normalize_text(raw) == "Ligne 1\nLigne 2\nÉlysée\nfin"


def test_normalize_keeps_nbsp_and_narrow_nbsp():
    raw = "«\u00a0Bonjour\u00a0» 14\u202f000"
    assert normalize_text(raw) == raw


def test_normalize_drops_bom():
    assert normalize_text("\ufeffTitre") == "Titre"


def test_title_from_first_line_or_heading():
    assert title_from_text("\n\n## Plan social chez Nuvia\ntexte") == "Plan social chez Nuvia"
    assert title_from_text("   \n") == "Untitled"
    long = "mot " * 100
    assert len(title_from_text(long)) <= 201


def test_context_is_32_characters():
    text = "x" * 50 + "QUOTE" + "y" * 50
    prefix, suffix = context(text, 50, 55)
    assert prefix == "x" * 32 and suffix == "y" * 32


@pytest.mark.parametrize(
    "text,selected,expected",
    [
        ("Il a dit « nous partons » hier", " nous partons ", "nous partons"),
        ("Il a dit « nous partons » hier", "« nous partons »", "« nous partons »"),
        ("Il a dit «\u00a0nous partons\u00a0» hier", "\u00a0nous partons\u00a0", "nous partons"),
        ("14\u202f000 salariés, selon", "14\u202f000 salariés,", "14\u202f000 salariés"),
        ("plus de 2400 postes.", "us de 240", "plus de 2400"),
        ("Andy Jassy a dit", "ndy Jass", "Andy Jassy"),
        ("l'entreprise ferme", "entreprise", "entreprise"),
        ("a, b", ", ", ""),
    ],
)
def test_snap_selection(text, selected, expected):
    start = text.index(selected)
    s, e = snap_selection(text, start, start + len(selected))
    assert text[s:e] == expected


def test_snap_does_not_grow_into_guillemets():
    text = "«Bonjour»"
    s, e = snap_selection(text, 2, 5)
    assert text[s:e] == "Bonjour"


def test_snap_keeps_combining_accents_and_emoji_words():
    text = "Le cafe\u0301 ferme 😀 demain"
    start = text.index("caf")
    s, e = snap_selection(text, start, start + 3)
    assert text[s:e] == "cafe\u0301"


def test_sha_is_of_utf8():
    assert text_sha256("é") == text_sha256("\u00e9")
