#!/usr/bin/env python3
"""End-to-end test of fieldapp's Windows installer under wine, and of the Linux bundle.

Run by installer/ci-test.sh (which installs wine, nsis and mingw-w64 first):

    python3 tests/installer/e2e_windows_installer.py [--build-dir DIR] [--skip-build]

1. builds the PREVIOUS release (the commit in installer/previous-release.txt, taken out of git with
   `git archive`) with its own build script, then, with the one build command, the current Linux
   bundle, Windows bundle and installer (zlib, for speed);
2. checks the bundles (64-bit PE, version resource, resources and .qm files, unused Qt left out)
   and runs the Linux bundle's --version and --self-test;
3. in a throwaway wine prefix: silent per-user install of the previous release; real user data made
   with its CLI (init, demo, backup, settings); refusal to upgrade or uninstall while fieldapp runs;
   a real upgrade in place to the current build (files, shortcuts and the HKCU uninstall key; stale
   files gone; --version prints the new version; the data, backups and settings survive, the schema
   is migrated to the current one; check, export and restore of the old backup work; --self-test of
   both exes); silent uninstall that keeps the data; an all-users install with a desktop shortcut and
   its uninstall with /RemoveData, which removes the data.
Every check prints PASS or FAIL; the last line is "installer: N passed, N failed".
Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "installer"))
import build as B  # noqa: E402 - installer/build.py, the build command under test

WINE_LIBPQ_NOISE = "unrecognized win32 error code: 127"
UNINST = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\fieldapp"


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []
        self.phases: list[tuple[str, float]] = []
        self._phase_start = time.monotonic()
        self._phase = "start"

    def phase(self, name: str) -> None:
        now = time.monotonic()
        if self._phase != "start":
            self.phases.append((self._phase, now - self._phase_start))
        self._phase, self._phase_start = name, now
        print(f"\n=== {name} ===", flush=True)

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"PASS {what}", flush=True)
        else:
            self.failed.append(what)
            print(f"FAIL {what}" + (f"\n     {detail}" if detail else ""), flush=True)
        return ok


def pe_machine(path: Path) -> int | None:
    data = path.read_bytes()[:4096]
    if data[:2] != b"MZ":
        return None
    off = struct.unpack_from("<I", data, 0x3C)[0]
    if data[off : off + 4] != b"PE\0\0":
        return None
    return struct.unpack_from("<H", data, off + 4)[0]


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


class Wine:
    """A throwaway wine prefix with helpers that give Windows programs real pipes."""

    def __init__(self, builder: B.Builder, prefix: Path) -> None:
        self.b = builder
        self.prefix = prefix
        self.env = builder.wine_env(prefix)

    def create(self) -> None:
        if self.prefix.exists():
            subprocess.run(["wineserver", "-k"], env=self.env, stderr=subprocess.DEVNULL)
            shutil.rmtree(self.prefix)
        self.b.ensure_wineprefix(self.prefix)

    def run(self, *args: str, timeout: float = 300, env_extra: dict | None = None) -> tuple[int, str]:
        env = dict(self.env, **(env_extra or {}))
        rc, out = B.run_with_pipes(["wine", *args], env, timeout=timeout)
        # wine's own chatter about the missing 32-bit loader is not the program's output
        out = "\n".join(
            line
            for line in out.splitlines()
            if not re.match(r"(it looks like wine32 is missing|multiarch needs|execute \"dpkg)", line)
        )
        return rc, out

    def wait(self) -> None:
        """Wait until every process of the prefix has ended (an NSIS uninstaller re-launches itself)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300)

    def kill(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, stderr=subprocess.DEVNULL)

    def unix(self, winpath: str) -> Path:
        assert winpath[1:3] == ":\\", winpath
        drive = "drive_c" if winpath[0].upper() == "C" else None
        if drive is None:
            raise ValueError(winpath)
        return self.prefix / drive / Path(*winpath[3:].split("\\"))

    def expand(self, var: str) -> str:
        _rc, out = self.run("cmd", "/c", "echo", f"%{var}%")
        return out.strip().splitlines()[-1].strip()

    def reg_query(self, key: str, value: str | None = None) -> tuple[int, dict[str, str]]:
        args = ["reg", "query", key] + (["/v", value] if value else [])
        rc, out = self.run(*args)
        values = {}
        for line in out.splitlines():
            m = re.match(r"\s+(\S+)\s+(REG_\w+)\s*(.*)$", line)
            if m:
                values[m.group(1)] = m.group(3).strip()
        if "Unable to find" in out:
            rc = rc or 1
        return rc, values


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--build-dir", type=Path, default=REPO / "installer" / "build")
    ap.add_argument(
        "--skip-build", action="store_true", help="reuse the bundles and installers already built"
    )
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    c = Checks()
    build_dir = args.build_dir.resolve()
    builder = B.Builder(build_dir, REPO, "zlib")
    version = B.read_version(REPO)
    setup_v1 = build_dir / "dist" / f"fieldapp-{version}-setup.exe"
    win_bundle = build_dir / "dist" / "windows" / "fieldapp"
    linux_bundle = build_dir / "dist" / "linux" / "fieldapp"
    commit = previous_release_commit()

    # The throwaway prefix is independent of the build: make it meanwhile (wineboot takes 15-30 s).
    w = Wine(builder, build_dir / "wine" / "test-prefix")
    prefix_error: list[BaseException] = []

    def prepare_prefix() -> None:
        try:
            w.create()
            stub = build_stub(build_dir)
            shutil.copy2(stub, w.prefix / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll")
        except BaseException as e:  # reported in the wine phase
            prefix_error.append(e)

    preparing = threading.Thread(target=prepare_prefix, daemon=True)
    preparing.start()

    # ---- 1. build ------------------------------------------------------------------------------
    c.phase(f"build: the previous release {commit[:10]} from git, with its own build script")
    try:
        setup_prev, v_prev = build_previous(build_dir, commit, reuse=args.skip_build)
    except (RuntimeError, subprocess.CalledProcessError) as e:
        c.check(False, "previous release built", str(e))
        return summary(c, t0)
    c.check(setup_prev.exists(), f"previous release {v_prev} built: {setup_prev.relative_to(build_dir)}")
    c.check(
        version_key(version) > version_key(v_prev),
        f"this build's version {version} is newer than the previous release's {v_prev}",
        "bump __version__ in fieldapp/__init__.py: an upgrade must be to a newer version",
    )
    c.phase("build: linux bundle, windows bundle, installer (installer/build.py all)")
    if not args.skip_build:
        cmd = [sys.executable, str(REPO / "installer" / "build.py"), "all", "--compression", "zlib"]
        cmd += ["--build-dir", str(build_dir)]
        rc = subprocess.run(cmd).returncode
        if not c.check(rc == 0, "build.py all exits 0", f"exit {rc}"):
            return summary(c, t0)
    for p in (setup_v1, win_bundle / "fieldapp.exe", linux_bundle / "fieldapp"):
        if not c.check(p.exists(), f"built {p.relative_to(build_dir)}"):
            return summary(c, t0)

    # ---- 2. the bundles ------------------------------------------------------------------------------
    c.phase("bundles")
    for exe in ("fieldapp.exe", "fieldapp-cli.exe"):
        c.check(pe_machine(win_bundle / exe) == 0x8664, f"{exe} is a 64-bit (AMD64) Windows executable")
        blob = (win_bundle / exe).read_bytes()
        c.check(
            "ProductVersion\0".encode("utf-16-le") in blob and f"{version}\0".encode("utf-16-le") in blob,
            f"{exe} carries a version resource with {version}",
        )
    for setup in (setup_v1, setup_prev):
        c.check(pe_machine(setup) == 0x8664, f"{setup.name} is a 64-bit installer (NSIS amd64 target)")
    internal = win_bundle / "_internal"
    res = internal / "resources"
    c.check((res / "reference" / "regions.json").exists(), "resources/ bundled (reference/regions.json)")
    c.check((res / "icons" / "fieldapp.ico").exists(), "app icon bundled")
    src_ts = sorted((REPO / "resources" / "i18n").glob("*.ts"))
    qms = sorted(p.stem for p in res.rglob("*.qm"))
    c.check(
        all(ts.stem in qms for ts in src_ts) and not list(res.rglob("*.ts")),
        f"translations compiled: {len(src_ts)} .ts -> .qm {qms}, no .ts shipped",
    )
    names = {p.name.lower() for p in internal.rglob("*")}
    unwanted = sorted(
        n
        for n in names
        # QtNetwork is used: a second copy of the app brings the first forward through a QLocalServer
        if re.match(r"qt6(qml|quick|pdf|svg|dbus|sql|test|webengine\w*|multimedia)\.dll$", n)
        or n.startswith("opengl32sw")
    )
    c.check(not unwanted, "unused Qt modules left out of the Windows bundle", f"found {unwanted}")
    size_mb = sum(p.stat().st_size for p in win_bundle.rglob("*") if p.is_file()) / 1e6
    files = sum(1 for p in win_bundle.rglob("*") if p.is_file())
    setup_mb = setup_v1.stat().st_size / 1e6
    print(f"     windows bundle: {files} files, {size_mb:.0f} MB; installer {setup_mb:.0f} MB")

    out = subprocess.run(
        [str(linux_bundle / "fieldapp"), "--version"], capture_output=True, text=True, timeout=60
    )
    c.check(out.stdout.strip() == f"fieldapp {version}", "linux bundle --version", out.stdout + out.stderr)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [str(linux_bundle / "fieldapp"), "--self-test"], capture_output=True, text=True, timeout=300, env=env
    )
    c.check(
        out.returncode == 0 and out.stdout.startswith("fieldapp self-test OK"),
        "linux bundle --self-test",
        (out.stdout + out.stderr)[-2000:],
    )
    print("     " + out.stdout.strip())

    # ---- 3. under wine ---------------------------------------------------------------------------------
    c.phase("wine: throwaway prefix")
    preparing.join()
    if not c.check(
        not prefix_error,
        "test prefix created; test-only bcryptprimitives.dll stub in its system32 (wine 8 lacks it)",
        repr(prefix_error),
    ):
        return summary(c, t0)
    user_dirs = list((w.prefix / "drive_c" / "users").glob("*/Desktop"))
    c.check(
        bool(user_dirs) and not any(d.is_symlink() for d in user_dirs),
        "the prefix's Desktop is its own folder, not a link to the real home (shortcuts stay in the prefix)",
    )
    local = w.expand("LOCALAPPDATA")
    temp = w.expand("TEMP")
    inst_win = local + "\\Programs\\fieldapp"
    inst = w.unix(inst_win)
    data = w.unix(local + "\\fieldapp")
    setup_log = w.unix(temp + "\\fieldapp-setup.log")
    start_menu = w.unix(w.expand("APPDATA") + "\\Microsoft\\Windows\\Start Menu\\Programs\\fieldapp.lnk")
    desktop = w.unix(w.expand("USERPROFILE") + "\\Desktop\\fieldapp.lnk")
    print(f"     per-user install dir {inst_win}; data dir {local}\\fieldapp")

    cli = f"{inst_win}\\fieldapp-cli.exe"
    gui = f"{inst_win}\\fieldapp.exe"

    c.phase(f"wine: silent per-user install of the previous release {v_prev} ({commit[:10]})")
    rc, outp = w.run(B.wine_path(setup_prev), "/S")
    w.wait()
    c.check(rc == 0 and (inst / "fieldapp-cli.exe").exists(), "previous release: setup /S installs", outp)
    rc, outp = w.run(cli, "--version")
    c.check(outp.strip().endswith(f"fieldapp {v_prev}"), f"previous release --version: {v_prev}", outp)
    rc, vals = w.reg_query("HKCU\\" + UNINST)
    c.check(vals.get("DisplayVersion") == v_prev, f"DisplayVersion = {v_prev}", str(vals))

    c.phase("wine: user data made with the previous release's CLI")
    rc, outp = w.run(
        cli, "init", "--office", "AST-01", "--office-name", "Astana office", "--region", "KZ-71",
        "--language", "kk",
    )  # fmt: skip
    c.check(rc == 0, "previous fieldapp-cli init", outp)
    rc, outp = w.run(cli, "demo", "--records", "25", "--seed", "7")
    c.check(rc == 0, "previous fieldapp-cli demo --records 25", outp)
    rc, outp = w.run(cli, "backup")
    c.check(rc == 0 and "backup written to" in outp, "previous fieldapp-cli backup", outp)
    backup_win = outp.strip().splitlines()[-1].split("backup written to", 1)[-1].strip() if rc == 0 else ""
    rc, outp = w.run(cli, "check")
    m = re.search(r"ok: (\d+) records", outp)
    records = int(m.group(1)) if m else -1
    c.check(rc == 0 and records >= 25, f"previous fieldapp-cli check: {records} records", outp)
    c.check((data / "fieldapp.sqlite3").exists(), "database in %LOCALAPPDATA%\\fieldapp (the default home)")
    # the desktop app's settings file, as the previous app's Settings page leaves it
    (data / "settings.ini").write_text("[dashboard]\noverdue_days=21\n\n[form]\nwarn_duplicates=false\n")
    (data / "not-fieldapp-user-note.txt").write_text("a file the user keeps beside the data\n")
    w.wait()
    before = tree_digest(data)
    old_backups = {k: v for k, v in before.items() if k.startswith("backups")}
    schema_before = schema_version(data / "fieldapp.sqlite3")
    print(f"     data folder: {len(before)} files, {len(old_backups)} backup(s), schema {schema_before}")

    c.phase("wine: refuse to upgrade or uninstall while fieldapp runs")
    gui_home = temp + "\\gui-home"
    running = start_gui(w, gui, gui_home)
    try:
        up = wait_until_running(builder, w, timeout=90)
        c.check(up, "previous fieldapp.exe started (holds its mutex)")
        exe_digest = hashlib.sha256((inst / "fieldapp.exe").read_bytes()).hexdigest()
        rc, outp = w.run(B.wine_path(setup_v1), "/S")
        c.check(
            rc == 3, "upgrade while running: setup /S exits 3 (fieldapp is running)", f"exit {rc}; {outp}"
        )
        rc, vals = w.reg_query("HKCU\\" + UNINST, "DisplayVersion")
        c.check(vals.get("DisplayVersion") == v_prev, "refused upgrade left the installed version alone")
        c.check(
            hashlib.sha256((inst / "fieldapp.exe").read_bytes()).hexdigest() == exe_digest,
            "refused upgrade left the program files alone",
        )
        rc, outp = w.run(f"{inst_win}\\uninstall.exe", "/S", f"_?={inst_win}")
        c.check(rc == 3, "uninstall while running: uninstall.exe /S exits 3", f"exit {rc}; {outp}")
        c.check((inst / "fieldapp.exe").exists(), "refused uninstall left the program files alone")
        log_text = setup_log.read_text(encoding="utf-8", errors="replace") if setup_log.exists() else ""
        c.check("refused: fieldapp is running" in log_text, "%TEMP%\\fieldapp-setup.log says why")
    finally:
        w.run("taskkill", "/F", "/IM", "fieldapp.exe")
        try:
            running.wait(timeout=60)
        except subprocess.TimeoutExpired:
            running.kill()
        w.wait()

    c.phase(f"wine: real upgrade in place {v_prev} ({commit[:10]}) -> {version} (this build)")
    stale = inst / "_internal" / "stale-module-from-old-version.pyd"
    stale.write_bytes(b"old")
    rc, outp = w.run(B.wine_path(setup_v1), "/S")
    w.wait()
    c.check(rc == 0, "upgrade setup /S exits 0", outp)
    for name in ("fieldapp.exe", "fieldapp-cli.exe", "uninstall.exe", "_internal/resources"):
        c.check((inst / name).exists(), f"installed {name} under %LOCALAPPDATA%\\Programs\\fieldapp")
    c.check(not stale.exists(), "files of the old version removed (no stale modules)")
    c.check(start_menu.exists(), "Start-menu shortcut present")
    c.check(not desktop.exists(), "no desktop shortcut in silent mode without /DesktopShortcut")
    rc, vals = w.reg_query("HKCU\\" + UNINST)
    c.check(rc == 0, "HKCU uninstall key exists (Apps & Features)")
    c.check(vals.get("DisplayVersion") == version, f"DisplayVersion now {version}", str(vals))
    c.check(vals.get("InstallLocation") == inst_win, "upgraded in the same folder", str(vals))
    c.check(vals.get("UninstallString") == f'"{inst_win}\\uninstall.exe"', "UninstallString", str(vals))
    c.check(vals.get("QuietUninstallString", "").endswith("/S"), "QuietUninstallString", str(vals))
    c.check(vals.get("InstallMode") == "CurrentUser", "InstallMode = CurrentUser", str(vals))
    c.check(int(vals.get("EstimatedSize", "0"), 16) > 10_000, "EstimatedSize (KB) set", str(vals))
    c.check(w.reg_query("HKLM\\" + UNINST)[0] != 0, "no HKLM uninstall key for a per-user install")
    after = tree_digest(data)
    c.check(
        after == before,
        f"the installer left the user data byte-identical ({len(after)} files)",
        f"changed: {sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))}",
    )
    rc, outp = w.run(cli, "--version")
    c.check(
        rc == 0 and outp.strip().endswith(f"fieldapp {version}"),
        f"after the upgrade --version prints the new version {version}",
        outp,
    )
    rc, outp = w.run(cli, "check")
    c.check(
        rc == 0 and f"ok: {records} records" in outp,
        f"the new app checks the old data: still {records} records",
        outp,
    )
    latest = latest_schema()
    schema_after = schema_version(data / "fieldapp.sqlite3")
    c.check(schema_after == latest, f"schema migrated {schema_before} -> {schema_after} (current {latest})")
    if schema_before < latest:
        c.check(
            any("before-migration" in k for k in tree_digest(data)),
            "a backup was made before the migration",
        )
    now = tree_digest(data)
    c.check(
        all(now.get(k) == v for k, v in old_backups.items()),
        f"the previous release's backups survive unchanged ({len(old_backups)})",
    )
    c.check(
        now.get("settings.ini") == before.get("settings.ini")
        and now.get("not-fieldapp-user-note.txt") == before.get("not-fieldapp-user-note.txt"),
        "settings.ini and the user's own files survive unchanged",
    )
    export_win = temp + "\\after-upgrade.xlsx"
    rc, outp = w.run(cli, "export", export_win)
    meta = workbook_text(w.unix(export_win))
    c.check(
        rc == 0 and "AST-01" in meta and version in meta,
        "the new app exports the old data: office AST-01, app_version " + version,
        outp,
    )
    rc, outp = w.run(cli, "--self-test")
    c.check(
        rc == 0 and "fieldapp self-test OK" in outp,
        "upgraded fieldapp-cli.exe --self-test (console exe)",
        outp[-3000:],
    )
    print("     " + outp.strip().splitlines()[-1] if outp.strip() else "")
    result_win = temp + "\\fieldapp-selftest.txt"
    rc, outp = w.run(gui, "--self-test", "--self-test-output", result_win)
    result = w.unix(result_win)
    text = result.read_text(encoding="utf-8") if result.exists() else ""
    c.check(
        rc == 0 and text.startswith("fieldapp self-test OK"),
        "upgraded fieldapp.exe --self-test --self-test-output FILE (windowed exe)",
        f"exit {rc}; file: {text!r}; output: {outp[-2000:]}",
    )
    if backup_win:
        rc, outp = w.run(cli, "restore", backup_win)
        c.check(rc == 0 and "restored" in outp, "restore of the previous release's backup", outp)
        rc, outp = w.run(cli, "check")
        c.check(rc == 0 and f"ok: {records} records" in outp, "check after the restore", outp)
    w.wait()
    hub_checks(c, w, cli, temp, export_win, records)
    w.wait()
    kept = tree_digest(data)

    c.phase("wine: silent uninstall keeps the data")
    rc, outp = w.run(f"{inst_win}\\uninstall.exe", "/S")
    w.wait()
    c.check(rc == 0, "uninstall.exe /S exits 0", outp)
    c.check(
        not inst.exists(), "install folder removed", str(list(inst.rglob("*"))[:10]) if inst.exists() else ""
    )
    c.check(not start_menu.exists(), "Start-menu shortcut removed")
    c.check(w.reg_query("HKCU\\" + UNINST)[0] != 0, "HKCU uninstall key removed (wine reg query)")
    c.check(w.reg_query("HKCU\\Software\\fieldapp")[0] != 0, "installer's HKCU\\Software\\fieldapp removed")
    c.check(tree_digest(data) == kept, f"data folder kept, unchanged ({len(kept)} files)")

    c.phase("wine: all-users install (/AllUsers /DesktopShortcut), uninstall with /RemoveData")
    rc, outp = w.run(B.wine_path(setup_v1), "/S", "/AllUsers", "/DesktopShortcut")
    w.wait()
    c.check(rc == 0, "setup /S /AllUsers exits 0 (wine's user is an administrator)", outp)
    pf_win = w.expand("ProgramW6432") + "\\fieldapp"
    pf = w.unix(pf_win)
    common_menu = w.unix(w.expand("ProgramData") + "\\Microsoft\\Windows\\Start Menu\\Programs\\fieldapp.lnk")
    public_desktop = w.unix(w.expand("PUBLIC") + "\\Desktop\\fieldapp.lnk")
    c.check((pf / "fieldapp.exe").exists(), f"installed into {pf_win}")
    c.check(not inst.exists(), "nothing installed per-user")
    c.check(common_menu.exists(), "all-users Start-menu shortcut")
    c.check(public_desktop.exists(), "all-users desktop shortcut (/DesktopShortcut)")
    rc, vals = w.reg_query("HKLM\\" + UNINST)
    c.check(rc == 0 and vals.get("InstallMode") == "AllUsers", "HKLM uninstall key, InstallMode = AllUsers")
    c.check(vals.get("InstallLocation") == pf_win, "HKLM InstallLocation", str(vals))
    c.check(w.reg_query("HKCU\\" + UNINST)[0] != 0, "no HKCU key for an all-users install")
    rc, outp = w.run(f"{pf_win}\\fieldapp-cli.exe", "check")
    c.check(
        rc == 0 and f"ok: {records} records" in outp, "all-users install sees the user's existing data", outp
    )
    w.wait()
    rc, outp = w.run(f"{pf_win}\\uninstall.exe", "/S", "/RemoveData")
    w.wait()
    c.check(rc == 0, "uninstall.exe /S /RemoveData exits 0", outp)
    c.check(not pf.exists(), "Program Files folder removed")
    c.check(not common_menu.exists() and not public_desktop.exists(), "all-users shortcuts removed")
    c.check(w.reg_query("HKLM\\" + UNINST)[0] != 0, "HKLM uninstall key removed (wine reg query)")
    c.check(not data.exists(), "/RemoveData removed the data folder")
    log_text = setup_log.read_text(encoding="utf-8", errors="replace") if setup_log.exists() else ""
    c.check(
        log_text.count("setup finished: ok") == 3 and log_text.count("uninstall finished: ok") == 2,
        "setup log: 3 installs and 2 uninstalls finished ok",
        log_text[-1500:],
    )
    w.kill()
    return summary(c, t0)


def hub_checks(c: Checks, w: Wine, cli: str, temp: str, workbook_win: str, records: int) -> None:
    """The Windows build carries the PostgreSQL driver (psycopg): a hub out of reach is the one-line
    message with exit 2, and, where the Linux server binaries are here, a real hub under wine."""
    c.phase("wine: the coordinators' hub from the Windows build (psycopg in the bundle)")
    home = ["--home", temp + "\\hub-home"]
    rc, outp = w.run(cli, *home, "--database", "postgresql://127.0.0.1:1/x", "check")
    # Under wine 8, libpq prints this to stderr when a hub connection is closed (a Win32 call that wine
    # lacks, ERROR_PROC_NOT_FOUND), after any hub command, successful or not: wine's, not fieldapp's.
    if WINE_LIBPQ_NOISE in outp:
        print(f"     (wine: libpq printed {WINE_LIBPQ_NOISE!r} at exit; left out of the line count)")
    lines = [line for line in outp.strip().splitlines() if line.strip() and line.strip() != WINE_LIBPQ_NOISE]
    c.check(
        rc == 2
        and len(lines) == 1
        and "the shared database cannot be used" in lines[0]
        and "127.0.0.1" in lines[0]  # libpq's own words: the driver loaded and tried to connect
        and "driver" not in lines[0]
        and "module" not in lines[0].lower(),
        "nothing listening: fieldapp-cli --database postgresql://127.0.0.1:1/x check is one line, exit 2",
        f"exit {rc}; {outp[-2000:]}",
    )
    sys.path.insert(0, str(REPO / "tests"))
    import pgcluster  # tests/pgcluster.py, standard library only

    if pgcluster.find_bin_dir() is None:
        print("     (no PostgreSQL server binaries here: the real hub under wine is not tried)")
        return
    try:
        cluster = pgcluster.start_cluster()
    except Exception as e:  # reported as a failed check
        c.check(False, "a throwaway PostgreSQL cluster for the hub checks", repr(e))
        return
    try:
        cluster.psql("CREATE DATABASE hubwin ENCODING 'UTF8' TEMPLATE template0")
        url = ["--database", cluster.url("hubwin")]
        rc, outp = w.run(cli, *home, *url, "hub", "init", timeout=600)
        c.check(rc == 0, "fieldapp-cli.exe hub init on a PostgreSQL 127.0.0.1 cluster (under wine)", outp)
        if rc != 0:
            return
        rc, outp = w.run(
            cli, *home, *url, "init", "--office", "UNICEF", "--office-name", "UNICEF Kazakhstan",
            "--region", "KZ-71", "--role", "coordinator", timeout=600,
        )  # fmt: skip
        c.check(rc == 0, "fieldapp-cli.exe init --role coordinator on the hub", outp)
        rc, outp = w.run(cli, *home, *url, "import", workbook_win, timeout=600)
        on_hub = int(cluster.psql("SELECT COUNT(*) FROM activity WHERE NOT deleted", "hubwin") or -1)
        c.check(
            rc == 0 and on_hub == records,
            f"fieldapp-cli.exe import of the office's workbook into the hub: {on_hub} of {records} records",
            outp,
        )
        hub_export = temp + "\\from-hub.xlsx"
        rc, outp = w.run(cli, *home, *url, "export", hub_export, timeout=600)
        text = workbook_text(w.unix(hub_export))
        c.check(
            rc == 0 and "AST-01" in text and "UNICEF" in text,
            "fieldapp-cli.exe export from the hub: the office's records in a workbook",
            outp,
        )
        rc, outp = w.run(cli, *home, *url, "check", timeout=600)
        c.check(rc == 0 and f"{records} records" in outp, "fieldapp-cli.exe check on the hub", outp)
    finally:
        pgcluster.remove(cluster)


def previous_release_commit() -> str:
    """The previous release's commit, from installer/previous-release.txt (comments start with #)."""
    text = (REPO / "installer" / "previous-release.txt").read_text(encoding="utf-8")
    return next(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def build_previous(build_dir: Path, commit: str, reuse: bool = False) -> tuple[Path, str]:
    """Build the previous release's installer from git with its own build script; returns (setup, version).

    The tree comes out of this clone's history with `git archive` (CI clones with full history). It
    shares the build dir's caches (wheels, embeddable Python, wine prefix) and runs before the current
    build, whose outputs would otherwise collide; the installer is kept under previous/<commit>/.
    """
    keep = build_dir / "previous" / commit
    done = sorted(keep.glob("fieldapp-*-setup.exe"))
    if done and (reuse or (keep / "complete").exists()):
        return done[0], done[0].name.removeprefix("fieldapp-").removesuffix("-setup.exe")
    known = subprocess.run(["git", "-C", str(REPO), "cat-file", "-e", f"{commit}^{{commit}}"])
    if known.returncode != 0:
        raise RuntimeError(
            f"the previous release's commit {commit} is not in this clone "
            "(a shallow clone? run `git fetch --unshallow`, or clone with full history)"
        )
    src = build_dir / "previous" / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", commit], capture_output=True, check=True
    )
    import io
    import tarfile

    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tf:
        if hasattr(tarfile, "data_filter"):  # Python 3.11.4+: refuse links and paths out of `src`
            tf.extractall(src, filter="data")
        else:  # pragma: no cover - our own repository's archive
            tf.extractall(src)
    version = B.read_version(src)
    cmd = [sys.executable, str(src / "installer" / "build.py"), "windows", "--compression", "none"]
    cmd += ["--build-dir", str(build_dir), "--source-root", str(src)]
    subprocess.run(cmd, check=True)
    keep.mkdir(parents=True, exist_ok=True)
    setup = keep / f"fieldapp-{version}-setup.exe"
    shutil.move(build_dir / "dist" / f"fieldapp-{version}-setup.exe", setup)
    (keep / "complete").write_text(version + "\n")
    shutil.rmtree(src, ignore_errors=True)
    return setup, version


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version)[:3])


def schema_version(database: Path) -> int:
    """The schema number a fieldapp database file records, read from a copy (even a read-only SQLite
    connection rewrites the -shm and may recover the -wal, and the user's files must stay untouched)."""
    import sqlite3
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for f in database.parent.glob(database.name + "*"):
            shutil.copy2(f, Path(tmp) / f.name)
        con = sqlite3.connect(Path(tmp) / database.name)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            return int(row[0]) if row else 0
        finally:
            con.close()


def latest_schema() -> int:
    """The newest migration number of the code under test (fieldapp/storage/migrations/__init__.py)."""
    text = (REPO / "fieldapp" / "storage" / "migrations" / "__init__.py").read_text(encoding="utf-8")
    return max(int(n) for n in re.findall(r'^\s*\((\d+), "m\d+_\w+"\)', text, re.M))


def workbook_text(path: Path) -> str:
    """All the text of an .xlsx (shared strings and inline strings), for checks without openpyxl."""
    import zipfile

    if not path.exists():
        return ""
    with zipfile.ZipFile(path) as zf:
        return "\n".join(
            zf.read(n).decode("utf-8", errors="replace")
            for n in zf.namelist()
            if n.startswith("xl/") and n.endswith(".xml")
        )


def build_stub(build_dir: Path) -> Path:
    src = REPO / "installer" / "wine-stubs"
    out = build_dir / "wine" / "bcryptprimitives.dll"
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "x86_64-w64-mingw32-gcc",
            "-shared",
            "-O2",
            "-s",
            "-o",
            str(out),
            str(src / "bcryptprimitives.c"),
            str(src / "bcryptprimitives.def"),
            "-ladvapi32",
        ],
        check=True,
    )
    return out


def start_gui(w: Wine, gui: str, home: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        ["wine", gui, "--home", home],
        env=w.env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    # drain its output so that it never blocks on a full pipe; stdin stays open (a real pipe)
    threading.Thread(target=lambda: proc.stdout.read(), daemon=True).start()
    return proc


def wait_until_running(builder: B.Builder, w: Wine, timeout: float) -> bool:
    """Poll for the launcher's mutex with the build's Windows Python, in the test prefix."""
    probe = (
        "import ctypes,sys;k=ctypes.WinDLL('kernel32');k.OpenMutexW.restype=ctypes.c_void_p;"
        f"sys.exit(0 if k.OpenMutexW(0x00100000,0,'{mutex_name()}') else 1)"
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rc, _ = w.run(B.wine_path(builder.winpy / "python.exe"), "-c", probe)
        if rc == 0:
            return True
        time.sleep(1)
    return False


def mutex_name() -> str:
    text = (REPO / "installer" / "launcher.py").read_text(encoding="utf-8")
    name = re.search(r'^APP_MUTEX = "([^"]+)"', text, re.M).group(1)
    nsi = (REPO / "installer" / "fieldapp.nsi").read_text(encoding="utf-8")
    assert f'!define APP_MUTEX "{name}"' in nsi, "launcher.py and fieldapp.nsi disagree on the mutex name"
    return name


def summary(c: Checks, t0: float) -> int:
    c.phase("end")
    total = time.monotonic() - t0
    print("\n---- installer test summary ----")
    for name, secs in c.phases:
        print(f"  {secs:7.1f} s  {name}")
    print(f"  {total:7.1f} s  total")
    if c.failed:
        print("FAILED checks:")
        for f in c.failed:
            print(f"  - {f}")
    verdict = "PASS" if not c.failed else "FAIL"
    print(f"{verdict}: installer end-to-end test, {c.passed + len(c.failed)} checks in {total:.0f} s")
    print(f"installer: {c.passed} passed, {len(c.failed)} failed")
    return 0 if not c.failed else 1


if __name__ == "__main__":
    sys.exit(main())
