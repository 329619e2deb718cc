"""Smoke test of the app bundle (`make dist` runs it): copy dist/annotator/ to a clean
folder and, with no Python on the environment's paths and no system fonts, make the
sample project, start the window offscreen on it, and export its fact sheet.

Usage: python scripts/smoke_bundle.py [dist/annotator] [--keep DIR]
Exits non-zero, saying what failed, when a step does.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# A fontconfig that knows no font folder: what a bare system (a fresh container, a
# minimal desktop install) gives. Only the bundle's own fonts can then draw text.
BARE_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def run(step: str, args: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True,
                            timeout=300)
    if result.returncode != 0:
        sys.exit(f"smoke test: {step} failed (exit {result.returncode}):\n"
                 f"{result.stdout}\n{result.stderr}")
    print(f"ok  {step}")
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/annotator")
    parser.add_argument("--keep", metavar="DIR", help="leave the outputs in DIR")
    args = parser.parse_args()
    source = Path(args.bundle).resolve()
    if not (source / "annotator").is_file():
        sys.exit(f"smoke test: {source}: no bundle here; run `make dist` first")
    work = Path(args.keep or tempfile.mkdtemp(prefix="annotator-smoke-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    app_dir = work / "app"
    shutil.rmtree(app_dir, ignore_errors=True)
    shutil.copytree(source, app_dir, symlinks=True)  # started from a clean folder
    exe = str(app_dir / "annotator")
    fontconfig = work / "fonts.conf"
    fontconfig.write_text(BARE_FONTCONFIG.format(cache=work / "fontcache"), encoding="utf-8")
    env = {
        "PATH": "/usr/bin:/bin",  # no virtual environment, no PYTHONPATH/PYTHONHOME
        "HOME": str(work / "home"), "XDG_CONFIG_HOME": str(work / "config"),
        "XDG_DATA_HOME": str(work / "data"), "XDG_STATE_HOME": str(work / "state"),
        "XDG_RUNTIME_DIR": str(work), "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8", "FONTCONFIG_FILE": str(fontconfig),
    }
    project = work / "sample.annot"
    for leftover in work.glob("sample.annot*"):
        leftover.unlink()
    run("make the sample project", [exe, "sample", str(project)], env, work)
    run("start the window on it (offscreen)", [exe, str(project), "--quit-when-shown"],
        env, work)
    listed = run("list its articles", [exe, "list", str(project)], env, work)
    sheet = work / "fiche.html"
    run("export the HTML fact sheet", [exe, "export", str(project), "--format", "html",
                                       "-o", str(sheet)], env, work)
    html = sheet.read_text(encoding="utf-8")
    first_title = listed.splitlines()[0].split("\t")[-1]
    if first_title not in html or "<mark" not in html:
        sys.exit("smoke test: the fact sheet lacks the article or its highlights")
    pdf = work / "fiche.pdf"
    run("export the PDF fact sheet", [exe, "export", str(project), "--format", "pdf",
                                      "-o", str(pdf)], env, work)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        if "DejaVu" not in fonts:
            sys.exit(f"smoke test: the PDF embeds no shipped font:\n{fonts}")
        print("ok  the PDF's text is drawn with the shipped fonts")
    french = work / "plan.md"
    french.write_text("« Nous supprimerons 14 000 postes », a déclaré Marc Durand, PDG de "
                      "Nuvia, au Monde.\n", encoding="utf-8")
    suggested = run("suggest on a French text", [exe, "suggest", str(french), "--json"],
                    env, work)
    if '"figure"' not in suggested:
        sys.exit(f"smoke test: no figure suggested:\n{suggested}")
    print(f"smoke test passed: {work}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
