from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import Utf16Map


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_identity_without_astral_characters():
    text = "« Nous supprimerons 14\u202f000 postes », a déclaré é\u0301"
    m = Utf16Map(text)
    assert all(m.to_utf16(i) == i and m.to_code_point(i) == i for i in range(len(text) + 1))


def test_emoji_counts_two_units():
    text = "a😀b🇫🇷c"
    m = Utf16Map(text)
    assert m.length_u16 == utf16_len(text)
    for cp in range(len(text) + 1):
        u = m.to_utf16(cp)
        assert u == utf16_len(text[:cp])
        assert m.to_code_point(u) == cp


def test_position_inside_a_surrogate_pair_maps_to_the_character_start():
    m = Utf16Map("a😀b😀")
    assert m.to_code_point(2) == 1  # between the two halves of the first 😀 -> before it
    assert m.to_code_point(5) == 3


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200),
       st.data())
def test_round_trip_any_text(text, data):
    m = Utf16Map(text)
    cp = data.draw(st.integers(0, len(text)))
    u = m.to_utf16(cp)
    assert u == utf16_len(text[:cp])
    assert m.to_code_point(u) == cp
