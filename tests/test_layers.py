"""The dependency direction of ARCHITECTURE.md: core, store and io never import Qt."""

import subprocess
import sys
import textwrap

BLOCKED_IMPORT = textwrap.dedent("""
    import importlib, pkgutil, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError(f"{name} imported from a Qt-free layer")
            return None

    sys.meta_path.insert(0, BlockQt())
    import annotator
    for package in ("annotator.core", "annotator.store", "annotator.io"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)
    for name in ("annotator.operations", "annotator.annotation_import", "annotator.sample",
                 "annotator.paths"):
        importlib.import_module(name)
    assert not any(m.startswith("PySide6") for m in sys.modules), "Qt was imported"
    print("ok")
""")


def test_core_store_io_import_no_qt():
    result = subprocess.run([sys.executable, "-c", BLOCKED_IMPORT], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_lower_layers_do_not_import_upper_ones():
    """core imports nothing of ours above it; store and io do not import each other."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "annotator"
    forbidden = {
        "core": ("annotator.store", "annotator.io", "annotator.gui", "annotator.operations"),
        "store": ("annotator.io", "annotator.gui", "annotator.operations"),
        "io": ("annotator.store", "annotator.gui", "annotator.operations"),
    }
    problems = []
    for layer, banned in forbidden.items():
        for path in (root / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                problems += [f"{path.name} imports {n}" for n in names if n.startswith(banned)]
    assert problems == []
