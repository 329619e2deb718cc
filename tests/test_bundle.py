"""The app bundle's smoke test, when a bundle has been built (`make dist` builds it and
runs the same script; a fresh clone has none, so this is skipped there)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "annotator"


@pytest.mark.skipif(not (BUNDLE / "annotator").exists(), reason="no bundle: run `make dist`")
def test_the_bundle_starts_opens_the_sample_and_exports(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "smoke_bundle.py"),
                             str(BUNDLE), "--keep", str(tmp_path)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "fiche.html").is_file() and (tmp_path / "fiche.pdf").is_file()
