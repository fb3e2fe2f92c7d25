"""A throwaway PostgreSQL cluster for the test session: initdb in a temp dir, a free port, the socket inside.

Found by trying (shared notes, postgres-ci.md): Debian keeps the server binaries in
/usr/lib/postgresql/<version>/bin (not on PATH), and PostgreSQL refuses to run as root, so as root the
cluster belongs to an unprivileged user and initdb/pg_ctl run through `runuser`.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

REQUIRE_ENV = "FIELDAPP_REQUIRE_POSTGRES"  # CI sets it: no PostgreSQL is then a failure, not a skip
RUN_AS = "postgres"  # Debian's package creates this user; .ci/setup creates it where missing


def find_bin_dir() -> Path | None:
    """The directory holding initdb, pg_ctl and postgres, or None where PostgreSQL is not installed."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        real = Path(os.path.realpath(on_path)).parent
        if (real / "postgres").exists():
            return real
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    root: Path
    port: int
    bin_dir: Path
    as_user: str | None

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, database: str = "postgres", user: str = "postgres", **query: str) -> str:
        extra = "".join(f"&{k}={v}" for k, v in query.items())
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}?sslmode=disable{extra}"

    def _run(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", self.as_user, "--"] if self.as_user else []
        return subprocess.run(
            [*prefix, *cmd], check=check, capture_output=True, text=True, timeout=120, cwd=self.root
        )

    def start(self) -> None:
        data = self.root / "data"
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
            "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        opts = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(self.root / "log"),
            "start", "-w", "-t", "60",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop",
                  check=False)  # fmt: skip

    def psql(self, sql: str, database: str = "postgres") -> str:
        out = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database, "-c", sql],
            check=True, capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        return out.stdout.strip()


def start_cluster() -> Cluster:
    """Start a fresh cluster; raises FileNotFoundError when PostgreSQL is not installed here."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError(
            "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql"
        )
    as_user = RUN_AS if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="fieldapp-pg-"))
    (root / "sock").mkdir()
    if as_user:
        shutil.chown(root, as_user)
        shutil.chown(root / "sock", as_user)
    cluster = Cluster(root, _free_port(), bin_dir, as_user)
    try:
        cluster.start()
    except BaseException:
        with contextlib.suppress(Exception):
            shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster


def remove(cluster: Cluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.root, ignore_errors=True)
