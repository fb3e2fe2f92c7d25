"""A throwaway PostgreSQL cluster for the test session: initdb in a temp dir, a free port, the socket inside.

Found by trying (shared notes, postgres-ci.md): Debian keeps the server binaries in
/usr/lib/postgresql/<version>/bin (not on PATH), and PostgreSQL refuses to run as root, so as root the
cluster belongs to an unprivileged user and initdb/pg_ctl run through `runuser`.

A test run killed with SIGKILL (or a crashed xdist worker) never reaches `remove`: its postmaster keeps
running and its directory stays. Each cluster directory therefore records its owning process (`owner`:
pid and the process's start time, so that a reused pid is not taken for the owner), and every
`start_cluster` first stops and removes the clusters whose owner is gone (`reap_orphans`). A directory
without that record (made by an older copy of this module, or still being set up) is left alone.
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

PREFIX = "fieldapp-pg-"
OWNER_FILE = "owner"
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


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (Linux /proc), or None where unknown/gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]  # field 22; the command name may hold spaces


def _alive(pid: int, started: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, another user's
    now = _start_time(pid)
    return now is None or now == started  # no /proc: trust the pid


def _owner_record() -> str:
    return f"{os.getpid()} {_start_time(os.getpid()) or '-'}\n"


def reap_orphans(tmp: Path | None = None) -> list[Path]:
    """Stop and remove the clusters under `tmp` whose owning test process is gone. Returns them."""
    reaped = []
    bin_dir = find_bin_dir()
    for root in sorted(Path(tmp or tempfile.gettempdir()).glob(PREFIX + "*")):
        try:
            pid_text, started = (root / OWNER_FILE).read_text().split()
            pid = int(pid_text)
        except (OSError, ValueError):
            continue  # no owner recorded: not ours to judge
        if _alive(pid, started):
            continue
        data = root / "data"
        if bin_dir and (data / "postmaster.pid").exists():
            as_user = root.owner() if os.geteuid() == 0 else None
            Cluster(root, 0, bin_dir, as_user if as_user != "root" else None).stop()
        shutil.rmtree(root, ignore_errors=True)
        if not root.exists():
            reaped.append(root)
    return reaped


def start_cluster() -> Cluster:
    """Start a fresh cluster; raises FileNotFoundError when PostgreSQL is not installed here."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError(
            "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql"
        )
    reap_orphans()
    as_user = RUN_AS if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix=PREFIX))
    (root / OWNER_FILE).write_text(_owner_record())
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
