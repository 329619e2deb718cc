"""The CSV export: one row per live annotation, Excel-friendly, formula-safe."""

from __future__ import annotations

import csv
import io

from export_sample import sample_project

from annotator.io.exporters import export
from annotator.io.factsheet_csv import COLUMNS, guard


def rows(tmp_path) -> tuple[bytes, list[dict]]:
    raw = export(sample_project(), "csv", tmp_path / "a.csv").read_bytes()
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    assert tuple(reader.fieldnames) == COLUMNS
    return raw, list(reader)


def test_rows_of_live_annotations(tmp_path):
    raw, found = rows(tmp_path)
    assert raw.startswith(b"\xef\xbb\xbfarticle_id,")  # BOM: Excel reads UTF-8
    assert b"\r\n" in raw
    assert len(found) == 8  # 7 in the first article, 1 in the second; tombstones left out
    assert {r["article_id"] for r in found} == {"art-1", "art-2"}
    assert all("SUPPRIMÉE" not in r["note"] for r in found)
    data = sample_project()
    text = data.articles[0].text
    for r in (r for r in found if r["article_id"] == "art-1"):
        assert text[int(r["start"]) : int(r["end"])] == r["text"]  # code point offsets
    figure = next(r for r in found if r["text"] == "14\u202f000 salariés")
    # The category as the (French) project names it; the status by its id, for scripts.
    assert figure["category"] == "Chiffre" and figure["status"] == "false"
    assert "<script>alert(1)</script>" in figure["note"]
    assert figure["article_title"] == "Verrerie du Nord : 14 000 emplois menacés"
    assert any(r["text"] == "groupe 🏭" for r in found)


def test_the_fact_check_record_has_its_columns(tmp_path):
    from dataclasses import replace

    from annotator.core.model import Evidence

    data = sample_project()
    figure = next(a for a in data.annotations if a.id == "ann-figure")
    data.annotations[data.annotations.index(figure)] = replace(
        figure, claimant_id="party-martin", ref_date="2024-03-01", rating="false",
        updated_by="Marie")
    data.evidence = [Evidence("ev-1", "ann-figure", "https://insee.fr", "Insee"),
                     Evidence("ev-2", "ann-figure", "", "Bilan social 2023")]
    raw = export(data, "csv", tmp_path / "a.csv").read_bytes()
    found = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    by_text = {r["text"]: r for r in found}
    row = by_text["14\u202f000 salariés"]
    assert (row["claimant"], row["value"], row["unit"], row["ref_date"], row["rating"],
            row["evidence_count"], row["updated_by"]) == (
        "Élodie Martin", "14000", "salariés", "2024-03-01", "false", "2", "Marie")
    quote = by_text["«\u202fNous n'avons pas le choix\u00a0»"]
    assert quote["speaker"] == "Élodie Martin" and quote["evidence_count"] == "0"
    assert quote["rating"] == "" and quote["claimant"] == ""


def test_formula_cells_are_neutralised(tmp_path):
    _raw, found = rows(tmp_path)
    notes = {r["note"] for r in found}
    assert "'=HYPERLINK(\"x\")" in notes
    assert "'-0,4 point selon la Dares\nDeuxième ligne" in notes  # newline kept, quoted
    for value in ("=1+1", "+33 6", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert guard(value) == "'" + value
    assert guard("14 000") == "14 000" and guard("") == ""
