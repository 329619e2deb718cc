import codecs
import io
import random
import zipfile

import pytest

from annotator.io.decoding import decode_bytes
from annotator.io.errors import ImportFailed

FR = "Élysée, « président », 14 000 €. Le cœur du problème, déjà à Noël : 2,5 %."
FR_NBSP = "L’Élysée\u00a0: «\u00a0Nous\u00a0» 14\u202f000 salariés 😀"


@pytest.mark.parametrize(
    "data",
    [
        FR_NBSP.encode("utf-8"),
        codecs.BOM_UTF8 + FR_NBSP.encode("utf-8"),
        codecs.BOM_UTF16_LE + FR_NBSP.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + FR_NBSP.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + FR_NBSP.encode("utf-32-le"),
        codecs.BOM_UTF32_BE + FR_NBSP.encode("utf-32-be"),
        FR_NBSP.encode("utf-16-le"),
        FR_NBSP.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom",
         "utf16le", "utf16be"],
)
def test_unicode_encodings(data):
    assert decode_bytes(data, "a.txt") == FR_NBSP


def test_cp1252_french():
    assert decode_bytes(FR.encode("cp1252"), "a.txt") == FR
    # "’" and "…" live in the 0x80-0x9F range that Latin-1 leaves to control characters.
    text = "L’État paie «\u00a0déjà\u00a0» 14\u00a0000 € de plus…"
    assert decode_bytes(text.encode("cp1252"), "a.txt") == text


def test_latin1_and_latin9_french():
    text = "Ça coûte très cher, déjà à Noël, dit la députée."
    assert decode_bytes(text.encode("latin-1"), "a.txt") == text
    assert decode_bytes("Le cœur : 14 000 €.".encode("iso8859_15"), "a.txt") == (
        "Le cœur : 14 000 €."
    )


def test_other_encodings_left_to_charset_normalizer():
    text = "Привет, как дела? Это тестовый текст на русском языке для проверки кодировки."
    assert decode_bytes(text.encode("cp1251"), "a.txt") == text


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", "hello " * 20)
    return buf.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(400),
        b"\x7fELF\x02\x01\x01" + bytes(9) + b"\x02\x00>\x00" + random.Random(2).randbytes(200),
        _zip_bytes(),
        random.Random(3).randbytes(1000).replace(b"\x00", b"\x01"),  # no NUL at all
        b"text\x01\x02\x03\x04\x05\x06\x07\x08 and more\x0e\x0f",
    ],
    ids=["png", "elf", "zip", "random-no-nul", "controls"],
)
def test_binary_refused(data):
    with pytest.raises(ImportFailed, match=r"^photo\.txt: looks like a binary file, not text$"):
        decode_bytes(data, "photo.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, " \n".encode("utf-16")])
def test_empty_refused(data):
    with pytest.raises(ImportFailed, match=r"^a\.txt: the file is empty$"):
        decode_bytes(data, "a.txt")


def test_a_stray_control_character_is_tolerated():
    # Old DOS files end with Ctrl-Z; that alone does not make a file binary.
    assert decode_bytes(b"Bonjour tout le monde\x1a", "a.txt") == "Bonjour tout le monde\x1a"


def test_bad_data_after_a_bom_is_refused():
    with pytest.raises(ImportFailed, match="a.txt: starts with a UTF-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc", "a.txt")
