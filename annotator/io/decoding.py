"""Bytes to text for importers: find the encoding of press copy, refuse what is not text.

Order matters: a byte-order mark is certain; strict UTF-8 almost never accepts text in
another encoding; UTF-16 without a mark shows itself by its NUL bytes; the Western
single-byte encodings come next because French and English copy that is not UTF-8 is
nearly always Windows-1252 (charset-normalizer, left alone, often calls short French
texts Windows-1250 and turns "à" into "ŕ"); charset-normalizer decides the rest.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from annotator.io.errors import EmptyArticle, MalformedFile, NotText

# UTF-32 first: its little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# ASCII and the characters Western European copy uses beyond it. A Windows-1252 reading
# that yields anything else (ø for Czech "ř", ¹ and ³ for Polish "ą" and "ł", ¤ and ½
# for Latin-9 "€" and "œ") is a wrong guess, and the next candidate is tried.
_WESTERN = frozenset(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæß"
    "ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ"
    "«»‹›‘’‚“”„–—…•·°§©®™€£¥¢×÷±¿¡ªº\u00a0\u00ad"
) | frozenset(map(chr, range(128)))
_SINGLE_BYTE_CANDIDATES = ("cp1252", "iso8859_15")

# Control characters (Unicode category Cc) other than tab, line feed, vertical tab, form
# feed and carriage return: rare in text, everywhere in binary data.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """The text in `data`; NotText or EmptyArticle naming `source` if it is empty or not text.

    declared: the encoding the file names for itself (an HTML meta charset), tried after a
    byte-order mark and before detection; pages that lie about it are detected instead.
    """
    text = _declared(data, declared) if declared and not _has_bom(data) else None
    if text is None:
        text = _decode(data, source)
    if not text.strip():
        raise EmptyArticle(f"{source}: the file is empty")
    if _looks_binary(text):
        raise _binary(source)
    return text


def _has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in _BOMS)


def _declared(data: bytes, encoding: str) -> str | None:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    # Browsers read Latin-1 and ASCII declarations as Windows-1252 (WHATWG Encoding), and
    # a page in UTF-16 cannot declare it in ASCII: such a declaration is a mistake.
    if name in ("latin-1", "iso8859-1", "ascii"):
        name = "cp1252"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        return None
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _decode(data: bytes, source: str) -> str:
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                name = encoding.upper().removesuffix("-SIG")
                raise MalformedFile(
                    f"{source}: starts with a {name} byte-order mark "
                    "but is not valid text in that encoding"
                ) from None
    if b"\x00" in data:
        # Text never contains NUL, except as the zero half of UTF-16 code units.
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise _binary(source)
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            raise _binary(source) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in _SINGLE_BYTE_CANDIDATES:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if set(text) <= _WESTERN:
            return text
    best = from_bytes(data).best()
    if best is None:
        raise _binary(source)
    return str(best)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NULs sit on one side of the byte pairs only.

    Latin text in UTF-16 has a zero high byte for most characters (the other byte is zero
    only now and then, as in the low surrogate of 😀); binary data has NULs on both sides
    (headers, padding) or too few to form a pattern.
    """
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd >= pairs * 0.3 and even <= pairs * 0.1:
        return "utf-16-le"
    if even >= pairs * 0.3 and odd <= pairs * 0.1:
        return "utf-16-be"
    return None


def _looks_binary(text: str) -> bool:
    """More than 1% (plus one, for a stray DOS end-of-file mark) of control characters."""
    return len(_CONTROLS.findall(text)) > len(text) // 100 + 1


def _binary(source: str) -> NotText:
    return NotText(f"{source}: looks like a binary file, not text")
