"""The layering holds: Qt only in the UI, openpyxl only in exchange, SQL only in storage."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    r = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert ", 0 broken." in r.stdout
    for contract in ("Qt only in the UI package", "Only the records room turns rows into records"):
        assert contract in r.stdout  # not skipped


def test_the_headless_core_starts_without_qt_or_openpyxl():
    code = (
        "import sys, fieldapp.cli, fieldapp.services.records, fieldapp.services.maintenance;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'openpyxl', 'pyqtgraph', 'numpy')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_ui_and_the_command_line_never_touch_the_store():
    """One way in (issue 11): the UI and the CLI reach use-cases through the workspace, whose services
    hold the store; an attribute `.store` read anywhere in them would hand the database around again."""
    import ast

    found = []
    for package in ("ui", "cli"):
        for path in sorted((ROOT / "fieldapp" / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Attribute) and node.attr == "store":
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("fieldapp.storage"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {node.module}")
    assert found == [], "\n".join(found)
