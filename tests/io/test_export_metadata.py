"""Imported article metadata (byline, source, URL, date, dateline) heads every fact sheet."""

import csv

import pytest

from annotator.io.exporters import export
from annotator.operations import import_paths
from annotator.store import Project

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata><date.issue norm="20230118T100500+0100"/></docdata>
<pubdata name="Agence Exemple"/></head>
<body><body.head><hedline><hl1>Plan social chez Nuvia</hl1></hedline>
<byline>Par <person>Jean Dupont</person>, <byttl>correspondant</byttl></byline>
<dateline><location><city>Lyon</city></location></dateline></body.head>
<body.content><p>La direction supprime 14\u202f000 postes, a indiqué la CGT.</p></body.content>
</body></nitf>"""


@pytest.fixture
def data(tmp_path):
    wire = tmp_path / "depeche.xml"
    wire.write_text(NITF, encoding="utf-8")
    with Project.create(tmp_path / "p.annot", author="t") as project:
        report = import_paths(project, [wire])
        assert not report.failed, report.failed
        project.update_article(report.imported[0].id, url="https://agence.example/nuvia")
        return project.snapshot()


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_fact_sheets_show_the_metadata(data, tmp_path, fmt):
    text = export(data, fmt, tmp_path / f"out.{fmt}").read_text(encoding="utf-8")
    for value in ("Jean Dupont, correspondant", "Lyon", "https://agence.example/nuvia",
                  "2023-01-18"):
        assert value in text, value


def test_csv_rows_carry_the_article_metadata(data, tmp_path):
    article = data.articles[0]
    from annotator.core.model import Annotation

    data.annotations.append(Annotation("n1", article.id, "figure", 22, 32, article.text[22:32]))
    out = export(data, "csv", tmp_path / "out.csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0]["article_byline"] == "Jean Dupont, correspondant"
    assert rows[0]["article_url"] == "https://agence.example/nuvia"
    assert rows[0]["article_published"].startswith("2023-01-18")
