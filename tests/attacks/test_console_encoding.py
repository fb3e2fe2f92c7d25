"""Every printing command on consoles that cannot show Kazakh or Russian: the work is done, never a crash.

A Russian Windows console is cp866, a redirected stdout there is cp1251/cp866, a Western one cp1252;
PYTHONIOENCODING makes the real `fieldapp` process use them. Text the console cannot show becomes '?'.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
OFFICE_NAME = "Тест кеңсе — Қарағанды облысы"  # Kazakh letters (ң, Қ, ғ) are not in cp866 either


def run(encoding: str, *args):
    result = subprocess.run(
        [sys.executable, "-m", "fieldapp", *map(str, args)],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"},
        timeout=300,
    )
    out, err = result.stdout.decode(encoding), result.stderr.decode(encoding)  # the console's bytes
    assert "Traceback" not in out + err and "UnicodeEncodeError" not in err, err
    return result.returncode, out, err


@pytest.fixture(scope="module", params=["cp1252", "cp866"])
def console(request, tmp_path_factory):
    """A home set up through a console in `encoding`, with demo records and a backup."""
    enc = request.param
    tmp = tmp_path_factory.mktemp(enc)
    home = tmp / "дом"
    code, out, err = run(
        enc,
        "--home",
        home,
        "init",
        "--training",
        "--office",
        "KAR-01",
        "--office-name",
        OFFICE_NAME,
        "--region",
        "KZ-35",
    )
    assert code == 0, err
    assert "KAR-01" in out and "?" in out, "the office name is shown, with what cannot be shown replaced"
    return enc, home, tmp


def test_every_printing_command_survives_the_console(console):
    enc, home, tmp = console
    h = ("--home", home)
    assert run(enc, *h, "demo", "--records", "20")[0] == 0
    export = tmp / "Қарағанды-экспорт.xlsx"
    code, out, _ = run(enc, *h, "export", export)
    assert code == 0 and export.exists() and "20 records" in out
    for args in (
        ("import", export, "--dry-run"),
        ("import", export, "--dry-run", "--json"),
        ("import", export),
        ("report", tmp / "отчёт.xlsx"),
        ("template", tmp / "үлгі.xlsx"),
        ("backup",),
        ("backup", tmp / "резерв"),
        ("check",),
    ):
        code, out, err = run(enc, *h, *args)
        assert code == 0, (args, out, err)
        assert out.strip(), args
    backup = next((tmp / "резерв").glob("*.sqlite3"))
    code, out, err = run(enc, *h, "restore", backup)
    assert code == 0, err
    assert (tmp / "отчёт.xlsx").exists() and (tmp / "үлгі.xlsx").exists()


def test_errors_and_help_survive_the_console(console):
    enc, home, tmp = console
    code, _, err = run(
        enc, "--home", home, "init", "--office", "KAR-01", "--office-name", "Қ", "--region", "Қарағанды"
    )
    assert code == 2 and "region" in err
    code, _, err = run(enc, "--home", home, "export", tmp / "нет" / "файл.xlsx")
    assert code == 2 and "does not exist" in err
    code, _, err = run(enc, "--home", home, "import", tmp / "жоқ.xlsx")
    assert code == 2, err
    code, _, err = run(enc, "--home", home, "демо")
    assert code == 2 and "invalid choice" in err
    for args in (("--help",), ("export", "--help"), ("--version",)):
        code, out, _ = run(enc, *args)
        assert code == 0 and out.strip()


def test_an_import_with_rejected_cyrillic_values_prints_them(console):
    """Rejected rows print the cell's value: a Kazakh value must not crash the report of them."""
    openpyxl = pytest.importorskip("openpyxl")
    enc, home, tmp = console
    source = tmp / "Қарағанды-экспорт.xlsx"
    if not source.exists():
        run(enc, "--home", home, "export", source)
    wb = openpyxl.load_workbook(source)
    ws = wb["Activities"]
    tags = [c.value for c in ws[2]]
    ws.cell(3, tags.index("#adm1+code") + 1, "Қарағанды өңірі")
    broken = tmp / "бұзылған.xlsx"
    wb.save(broken)
    code, out, err = run(enc, "--home", home, "import", broken)
    assert code == 1, err
    assert "rejected" in out
    code, out, err = run(enc, "--home", home, "import", broken, "--dry-run", "--json")
    import json

    value = next(r["value"] for r in json.loads(out)["rejected_rows"] if r["tag"] == "#adm1+code")
    assert value == "Қарағанды өңірі", "JSON stays exact on any console (\\u escapes)"


def test_no_console_at_all(tmp_path):
    """A windowed exe or a scheduled task has no stdout/stderr (None): the work is still done."""
    home = tmp_path / "home"
    script = (
        "import sys; sys.stdout = sys.stderr = None\n"
        "from fieldapp.cli import main\n"
        f"code = main(['--home', {str(home)!r}, 'init', '--office', 'KAR-01', '--office-name', "
        f"{OFFICE_NAME!r}, '--region', 'KZ-35'])\n"
        f"code += 10 * main(['--home', {str(home)!r}, 'export', {str(tmp_path / 'x.csv')!r}])\n"
        "sys.exit(code)\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert r.returncode == 20, r.stderr  # init done (0), the bad export name refused (2)
    assert (home / "fieldapp.sqlite3").exists()


def test_a_reader_that_stops_early_is_not_an_internal_error(tmp_path):
    """`fieldapp import X --json | head -2`: the pipe closes before the output ends."""
    home = tmp_path / "home"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    base = [sys.executable, "-m", "fieldapp", "--home", str(home)]
    subprocess.run([*base, "init", "--training", "--office", "A", "--office-name", "A", "--region", "KZ-10"],
                   check=True, capture_output=True, env=env, cwd=ROOT)  # fmt: skip
    subprocess.run([*base, "demo", "--records", "300"], check=True, capture_output=True, env=env, cwd=ROOT)
    export = tmp_path / "e.xlsx"
    subprocess.run([*base, "export", str(export)], check=True, capture_output=True, env=env, cwd=ROOT)
    proc = subprocess.Popen(
        [*base, "import", str(export), "--dry-run", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    proc.stdout.read(10)
    proc.stdout.close()  # like `head`: read a little, then go away
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "internal error" not in err, err
