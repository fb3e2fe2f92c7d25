"""Which database engine: an SQLite file (an office's laptop) or a PostgreSQL URL (the coordinators' hub).

A target is a URL when it starts with postgresql:// (or postgres://). Passwords are never kept by
fieldapp: libpq reads them from its own password file (~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf) or
PGPASSWORD; sslmode, sslrootcert and the other libpq options pass through the URL unchanged.
"""

from __future__ import annotations

import contextlib
import os
from urllib.parse import urlsplit, urlunsplit

URL_SCHEMES = ("postgresql", "postgres")
DATABASE_ENV = "FIELDAPP_DATABASE"
# How long a writer waits for another coordinator's transaction (the hub's form of SQLite's busy timeout).
LOCK_TIMEOUT_ENV = "FIELDAPP_LOCK_TIMEOUT_MS"
LOCK_TIMEOUT_MS = 120_000
CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock key: every write transaction on the hub holds it, so writers take turns as they
# do on SQLite (BEGIN IMMEDIATE) and readers never wait. 0x6669656c = "fiel".
WRITER_LOCK = 0x6669656C


def is_url(target: object) -> bool:
    text = str(target)
    return "://" in text and text.split("://", 1)[0].lower() in URL_SCHEMES


def normalised(url: str) -> str:
    """postgres:// → postgresql:// (what the driver takes); everything else as given."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}" if scheme.lower() in URL_SCHEMES else url


def display(url: str) -> str:
    """The URL without any password, for messages and logs."""
    parts = urlsplit(normalised(url))
    netloc = parts.netloc
    if "@" in netloc:
        cred, host = netloc.rsplit("@", 1)
        user = cred.split(":", 1)[0]
        netloc = f"{user}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def has_password(url: str) -> bool:
    netloc = urlsplit(normalised(url)).netloc
    cred = netloc.rsplit("@", 1)[0] if "@" in netloc else ""
    return ":" in cred or "password=" in url.lower()


def import_peewee_without_drivers() -> None:
    """Import peewee without the PostgreSQL drivers it tries at import time: with psycopg installed,
    `import peewee` imported it too (0.1–0.25 s of every start, also on laptops that never see a hub).
    `open_postgres` hands psycopg to peewee when a hub is opened."""
    import sys

    if "peewee" in sys.modules:
        return
    hidden = [n for n in ("psycopg", "psycopg2", "psycopg2cffi") if n not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # `import name` raises ImportError inside peewee
    try:
        import peewee  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]


class _PeeweeWithoutDrivers:
    """A meta path finder: the first `import peewee`, wherever it happens, runs without the drivers
    (as `import_peewee_without_drivers`), so storage can import peewee lazily (start-up time)."""

    def find_spec(self, name, path=None, target=None):
        if name != "peewee":
            return None
        import sys
        from importlib.machinery import PathFinder

        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)  # once is enough
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        exec_module = spec.loader.exec_module

        def exec_without_drivers(module) -> None:
            hidden = [n for n in ("psycopg", "psycopg2", "psycopg2cffi") if n not in sys.modules]
            for n in hidden:
                sys.modules[n] = None
            try:
                exec_module(module)
            finally:
                for n in hidden:
                    if sys.modules.get(n, 0) is None:
                        del sys.modules[n]

        spec.loader.exec_module = exec_without_drivers
        return spec


def peewee_without_drivers_when_imported() -> None:
    """Make the first `import peewee` one without the PostgreSQL drivers, without importing it now."""
    import sys

    if "peewee" in sys.modules or any(isinstance(f, _PeeweeWithoutDrivers) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _PeeweeWithoutDrivers())


def _driver_for_peewee() -> None:
    """Give peewee psycopg 3 if it was imported without it (import_peewee_without_drivers)."""
    import peewee
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    if peewee.psycopg is None:
        peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
        adapter = peewee.Psycopg3Adapter
        adapter.txn_idle = TransactionStatus.IDLE
        adapter.txn_inerror = TransactionStatus.INERROR
        adapter.txn_unknown = TransactionStatus.UNKNOWN


def lock_timeout_ms() -> int:
    raw = os.environ.get(LOCK_TIMEOUT_ENV, "")
    return int(raw) if raw.isdigit() else LOCK_TIMEOUT_MS


def open_postgres(url: str):
    """A peewee database on a PostgreSQL URL through psycopg 3, connected (raises when unreachable).

    Each connection: UTF-8, a lock timeout, sums of bigint columns (numeric in PostgreSQL) read as
    Python ints, and an application_name that shows in pg_stat_activity.
    """
    from peewee import PostgresqlDatabase

    _driver_for_peewee()

    class HubDatabase(PostgresqlDatabase):
        def _connect(self):
            conn = super()._connect()
            _prepare(conn)
            return conn

    db = HubDatabase(
        normalised(url),
        prefer_psycopg3=True,
        autoconnect=True,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="fieldapp",
    )
    db.connect(reuse_if_open=True)
    return db


def _prepare(conn) -> None:
    from psycopg.adapt import Loader

    class IntegralNumeric(Loader):
        """numeric → int when integral (SUM of bigint): the totals stay ints, as SQLite gives them."""

        def load(self, data):
            text = bytes(data).decode()
            if "." in text or "e" in text.lower() or text in ("NaN", "Infinity", "-Infinity"):
                from decimal import Decimal

                return Decimal(text)
            return int(text)

    conn.adapters.register_loader("numeric", IntegralNumeric)
    with conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = {lock_timeout_ms()}")
        cur.execute("SET client_encoding = 'UTF8'")
        cur.execute("SET DateStyle = 'ISO, YMD'")  # a date cast to text reads as SQLite stores it
