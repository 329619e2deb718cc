"""Random and mutated bytes at every importer: only ImportFailed (and kin) may come out.

One bad file in a batch of 500 must never stop the other 499, so no reader may let a
library's own exception (lxml, zipfile, python-docx, trafilatura, json...) escape.
"""

import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.io.errors import ImportFailed
from annotator.io.importers import IMPORT_EXTENSIONS, extract

IPTC = Path(__file__).resolve().parent / "fixtures" / "iptc"

HTML = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Plan social</title>'
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Plan", '
    '"author": [{"name": "Jean Dupont"}], "datePublished": "2023-01-18"}</script></head>'
    "<body><nav>Accueil</nav><article><h1>Plan social</h1><p>«\u00a0Nous supprimerons "
    "14\u202f000 postes\u00a0», a déclaré le PDG.</p><ul><li>un</li></ul><table><tr><td>a"
    "</td><td>b</td></tr></table></article></body></html>").encode("utf-8")
NITF = (
    '<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Plan</title><docdata>'
    '<date.issue norm="20230118T100500+0100"/></docdata></head><body><body.head><hedline>'
    "<hl1>Plan social</hl1></hedline><byline>Par <person>Jean Dupont</person>, <byttl>"
    "correspondant</byttl></byline></body.head><body.content><p>«\u00a0Nous supprimerons "
    "14\u202f000 postes\u00a0», a déclaré le PDG.</p></body.content></body></nitf>"
).encode("utf-8")
MARKDOWN = b"---\ntitle: Plan\nauthor: Jean\n---\n# Plan social\n\n- un\n- deux\n"


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Plan social", style="Title")
    document.add_paragraph("«\u00a0Nous supprimerons 14\u202f000 postes\u00a0».")
    document.add_table(rows=1, cols=2).cell(0, 0).text = "14 000"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def seeds() -> dict[str, list[bytes]]:
    found = {".html": [HTML], ".xml": [NITF], ".md": [MARKDOWN], ".txt": [MARKDOWN],
             ".docx": [docx_bytes()]}
    found[".xml"] += [p.read_bytes() for p in sorted(IPTC.glob("*.xml"))]
    return found


SEEDS = seeds()


@st.composite
def mutated(draw, ext: str) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS[ext])))
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete", "duplicate"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif action == "cut":
            del data[position:]
        elif action == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[position:position + draw(st.integers(1, 64))]
        elif action == "duplicate":
            data[position:position] = data[position:position + draw(st.integers(1, 256))]
    return bytes(data)


def extract_bytes(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{ext}"
        path.write_bytes(data)
        try:
            article = extract(path)
        except ImportFailed as exc:
            assert str(exc).startswith(str(path)), exc  # the message names the file
        else:
            assert article.text.strip() and article.title


FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("ext", sorted(SEEDS))
@FUZZ
@given(data=st.data())
def test_mutated_files(ext, data):
    extract_bytes(data.draw(mutated(ext)), ext)


@pytest.mark.parametrize("ext", sorted(IMPORT_EXTENSIONS))
@FUZZ
@given(raw=st.binary(max_size=2048))
def test_random_bytes(ext, raw):
    extract_bytes(raw, ext)
