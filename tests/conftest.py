"""Test set-up shared by every test: offscreen Qt, and settings kept away from the user's."""

import os
import sys
import tempfile
from pathlib import Path

# Before any Qt import: no display on CI machines, and never the user's real settings.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SETTINGS_DIR = tempfile.mkdtemp(prefix="annotator-test-settings-")
os.environ["XDG_CONFIG_HOME"] = _SETTINGS_DIR
# The same for crash logs and the sample project the welcome page makes (platformdirs).
os.environ["XDG_STATE_HOME"] = os.path.join(_SETTINGS_DIR, "state")
os.environ["XDG_DATA_HOME"] = os.path.join(_SETTINGS_DIR, "data")
# Tests read the English interface, whatever the machine's language (see tests/gui/conftest).
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture
def project(tmp_path):
    """An empty project on disk, closed after the test."""
    from annotator.store import Project

    p = Project.create(tmp_path / "test.annot", author="Tester")
    yield p
    p.close()


@pytest.fixture
def make_article():
    """Build an Article from raw text the way import does (normalised once)."""
    from annotator.core.model import Article, new_id
    from annotator.core.text import normalize_text, text_sha256, title_from_text

    def make(text: str, title: str | None = None) -> Article:
        text = normalize_text(text)
        return Article(id=new_id(), title=title or title_from_text(text), text=text,
                       text_sha256=text_sha256(text), origin="test")

    return make
