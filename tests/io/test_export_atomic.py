"""`export` as a whole: formats, errors, and atomic writes that never leave half a file."""

from __future__ import annotations

import os

import pytest
from export_sample import sample_project

import annotator.io.atomic as atomic
import annotator.io.exporters as exporters
from annotator.io.errors import ExportFailed
from annotator.io.exporters import EXTENSIONS, FORMATS, export

PREVIOUS = "previous export, must survive\n"


@pytest.fixture
def previous(tmp_path):
    path = tmp_path / "sheet.html"
    path.write_text(PREVIOUS, encoding="utf-8")
    return path


def assert_untouched(path):
    assert path.read_text(encoding="utf-8") == PREVIOUS
    assert os.listdir(path.parent) == [path.name]  # no temp file left behind


def test_formats_and_extensions_agree():
    assert set(FORMATS) == set(EXTENSIONS) == {
        "html", "pdf", "md", "docx", "csv", "json", "claimreview", "w3c", "brat", "qdpx"}


# brat writes a folder of files (each atomically); the others one file.
@pytest.mark.parametrize("fmt", sorted(set(FORMATS) - {"brat"}))
def test_export_replaces_a_previous_file(tmp_path, previous, fmt, qapp):
    previous.chmod(0o640)
    out = export(sample_project(), fmt, previous)
    assert out == previous and out.read_bytes() != PREVIOUS.encode()
    assert os.listdir(tmp_path) == [previous.name]
    assert previous.stat().st_mode & 0o777 == 0o640


def test_new_file_is_readable_by_others(tmp_path):
    out = export(sample_project(), "md", tmp_path / "new.md")
    assert out.stat().st_mode & 0o777 == 0o644


def test_failure_while_writing_keeps_previous_file(previous, monkeypatch):
    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(ExportFailed, match=r"sheet\.html: cannot write: No space left"):
        export(sample_project(), "html", previous)
    assert_untouched(previous)


def test_interrupted_write_keeps_previous_file(previous, monkeypatch):
    real_replace = os.replace

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export(sample_project(), "json", previous)
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    assert_untouched(previous)


def test_bug_in_a_renderer_is_reported_in_one_line(previous, monkeypatch):
    def crash(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(exporters, "render_md", crash)
    with pytest.raises(ExportFailed, match=r"sheet\.html: export failed: RuntimeError: boom"):
        export(sample_project(), "md", previous)
    assert_untouched(previous)


def test_unknown_format(previous):
    with pytest.raises(ExportFailed) as failure:
        export(sample_project(), "odt", previous)
    message = str(failure.value)
    assert "'odt'" in message and "html, pdf, md, docx" in message
    assert message.startswith(str(previous))
    assert_untouched(previous)


def test_missing_folder_and_empty_selection(tmp_path):
    with pytest.raises(ExportFailed, match="cannot write"):
        export(sample_project(), "csv", tmp_path / "no" / "such" / "dir.csv")
    with pytest.raises(ExportFailed, match="no articles selected"):
        export(sample_project(), "csv", tmp_path / "x.csv", [])
    assert not list(tmp_path.iterdir())


def test_title_falls_back_to_file_name(tmp_path):
    data = sample_project()
    data.meta.pop("title")
    md = export(data, "md", tmp_path / "Revue du 5 mars.md").read_text(encoding="utf-8")
    assert md.startswith("# Revue du 5 mars\n")
