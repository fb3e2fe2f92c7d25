"""The coordinators' hub: the same Store on PostgreSQL — the same models, migrations and SQL.

What differs from an SQLite file, and only here:
- every write transaction first takes one transaction-scoped advisory lock (`pg_advisory_xact_lock`),
  so writers take turns exactly as on SQLite (BEGIN IMMEDIATE) and readers never wait; it is released
  by COMMIT or ROLLBACK, also when the client dies or the network drops (the server ends the
  session). Waiting longer than the lock timeout is "another fieldapp is writing", as on SQLite;
- migrations run in one transaction under that lock (PostgreSQL's DDL is transactional), with the
  PostgreSQL forms of the SQLite-only pieces (`pg_schema`);
- no file to check or back up: the server's administrator backs it up with pg_dump;
- the server's errors become the domain's: unreachable, read only (a viewer), busy, disk full.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError

from fieldapp.domain.errors import (
    BadInput,
    CannotWrite,
    DatabaseBusy,
    FieldappError,
    NoFieldappRole,
    ReadOnlyAccess,
    SharedDatabaseNeedsUpgrade,
    SharedDatabaseNotSetUp,
    SharedDatabaseRefused,
    SharedDatabaseUnavailable,
)
from fieldapp.storage import engine, pg_schema
from fieldapp.storage import store as store_module
from fieldapp.storage.history import HistoryRoom
from fieldapp.storage.logs import LogRoom
from fieldapp.storage.models import bind
from fieldapp.storage.records import RecordRoom
from fieldapp.storage.store import APP_MARKER, NotAFieldappDatabase, Store

_BUSY_STATES = {"55P03", "40001", "40P01"}  # lock not available, serialization failure, deadlock
_READ_ONLY_STATES = {"42501", "25006"}  # insufficient privilege, read-only transaction (a standby)


def translate(error: BaseException | None) -> FieldappError | None:
    """The domain's error for one raised by PostgreSQL or the driver (also wrapped by peewee), or None."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, FieldappError):
            return error
        if type(error).__module__.split(".")[0] == "psycopg":
            return _translate_pg(error)
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def _translate_pg(error: BaseException) -> FieldappError | None:
    import psycopg

    state = getattr(error, "sqlstate", None) or ""
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if state in _READ_ONLY_STATES:
        return ReadOnlyAccess(text)
    if state in _BUSY_STATES or (state == "57014" and "lock timeout" in str(error)):
        return DatabaseBusy()
    if state == "53100":
        return CannotWrite("the shared database's server", disk_full=True)
    if state.startswith(("08", "28", "3D", "57P")) or (
        isinstance(error, psycopg.OperationalError) and not state
    ):
        return SharedDatabaseUnavailable(text)
    return None


class HubStore(Store):
    """An open hub database (a PostgreSQL URL). Reads from any thread; writes take the writer lock."""

    is_hub = True

    def __init__(
        self,
        url: str,
        backup_dir: str | Path | None = None,
        verify: str = "daily",
        create: bool = False,
        migrate: bool = True,
    ):
        """`create`: an empty database gets fieldapp's schema (`fieldapp hub init`, `fieldapp init`);
        without it an empty database is SharedDatabaseNotSetUp and stays untouched. `migrate=False`
        leaves the migrations to the caller (`set_up`: schema and roles in one transaction)."""
        if not engine.is_url(url):
            raise BadInput(f"not a postgresql:// address: {url}")
        self.url = engine.normalised(url)
        self.path = None  # no file: nothing of the file's checks, backups or restore applies
        self.backup_dir = Path(backup_dir) if backup_dir else None
        self.damage = None
        self.last_migration_backup = None
        try:
            self.db = engine.open_postgres(self.url)
        except Exception as e:
            raise translate(e) or SharedDatabaseUnavailable(str(e).splitlines()[0]) from e
        try:
            self.t = bind(self.db)
            self.records = RecordRoom(self.db, self.atomic)
            self.history = HistoryRoom(self.db, self.atomic)
            self.logs = LogRoom(self.t)
            empty = self._check_ours()
            if empty and not create:
                raise SharedDatabaseNotSetUp(self.where)
            if migrate:
                self._migrate()
        except Exception as e:
            self.close()
            if isinstance(e, NotAFieldappDatabase):
                raise  # its cause (a refused read of someone else's table) is not the news
            err = self.translated(e)
            if err is e:
                raise
            raise err from e

    def __repr__(self) -> str:
        return f"HubStore({engine.display(self.url)})"

    @property
    def where(self) -> str:
        """What to call this database in messages (the URL without a password)."""
        return engine.display(self.url)

    def _check_ours(self) -> bool:
        """A database holding someone else's tables is not taken over. True when it is empty."""
        tables = set(self.db.get_tables())
        if not tables:
            return True
        foreign = NotAFieldappDatabase(f"{self.where} holds other tables: it is not a fieldapp database")
        if "meta" not in tables:
            raise foreign
        _has_a_role(self.db, self.where, tables)
        try:
            app = self.get_meta("app")
            raw = self.get_meta("schema_version", "0")
        except Exception as e:  # e.g. someone else's `meta` this login may not read
            if isinstance(self.translated(e), ReadOnlyAccess):
                raise foreign from e
            raise
        if app != APP_MARKER:
            raise foreign
        if not (raw or "").isdigit():
            raise NotAFieldappDatabase(f"{self.where}: schema version {raw!r} is not a number")
        if int(raw) > store_module.LATEST:
            raise NotAFieldappDatabase(
                f"{self.where} was written by a newer fieldapp (schema {raw} > {store_module.LATEST})"
            )

    def translated(self, error: BaseException) -> BaseException:
        return translate(error) or error

    @contextmanager
    def atomic(self):
        """A write transaction holding the hub's writer lock (waits up to the lock timeout)."""
        outer = not self.db.in_transaction()
        try:
            with self.db.atomic() as txn:
                if outer:
                    self.db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (engine.WRITER_LOCK,))
                    # A big import grows a table inside one transaction, past the statistics the planner
                    # has (none, on a new hub): its lookups by UUID would become a scan of the whole table
                    # per chunk (quadratic). Writes look rows up by key; index scans are what they want.
                    self.db.execute_sql("SET LOCAL enable_seqscan = off")
                yield txn
        except (OSError, PeeweeDatabaseError) as e:
            err = self.translated(e)
            if err is e:
                raise
            raise err from e
        except Exception as e:
            err = translate(e)
            if err is None:
                raise
            raise err from e

    def _migrate(self) -> None:
        try:
            self._migrate_all()
        except ReadOnlyAccess as e:  # a viewer's or a coordinator's login opening a hub to upgrade
            raise SharedDatabaseRefused(
                e.detail,
                "fieldapp's tables there need creating or upgrading, which only the database's owner "
                "may do: the owner runs `fieldapp hub init`",
            ) from e

    def _migrate_all(self) -> None:
        if self.applied_migrations() >= store_module.NUMBERS:
            if (
                pg_schema.bounded_columns(self.db)
                and self.db.execute_sql(
                    "SELECT pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
                    "WHERE schemaname = current_schema() AND tablename = 'activity'), 'USAGE')"
                ).fetchone()[0]
            ):
                with self.atomic():  # a hub set up before text columns were unbounded (issue 17)
                    pg_schema.unbounded(self.db)
            return
        self._owner_only_upgrades()
        with (
            self.atomic()
        ):  # under the writer lock: a second coordinator starting now waits, then finds it done
            self._migrate_steps()

    def _owner_only_upgrades(self) -> None:
        """A login that does not own fieldapp's tables (a coordinator, a viewer) is told who upgrades
        them before anything is tried: migrations alter tables, which PostgreSQL leaves to their owner."""
        owner, may = _owner_of_tables(self.db)
        if not may:
            raise SharedDatabaseNeedsUpgrade(self.where, owner, self.missing_migrations())

    def missing_migrations(self) -> list[int]:
        """This fieldapp's migrations the hub has not applied (numbers may have gaps: a hub can lack 7
        and still have 11)."""
        applied = self.applied_migrations()
        return [n for n, _ in store_module.MIGRATIONS if n not in applied]

    def _migrate_steps(self) -> None:
        """The pending migrations, inside the caller's transaction."""
        applied = self.applied_migrations()
        for number, apply in store_module.MIGRATIONS:
            if number in applied:
                continue
            pg_schema.form(number, apply)(self.db)
            applied.add(number)
            self.set_meta("app", APP_MARKER)
            self.set_meta("schema_version", str(max(applied)))
            self.set_meta("migrations", ",".join(str(n) for n in sorted(applied)))

    def _quick_check(self) -> None:
        """The server checks its own pages (and data checksums where enabled); nothing to do here."""

    def integrity_check(self) -> list[str]:
        """The app's totals against the records: the one derived table the hub keeps by trigger."""
        sql = (
            'SELECT COUNT(*) FROM (SELECT "kind", COUNT(*) AS n FROM "activity" WHERE NOT "deleted" '
            'GROUP BY "kind" EXCEPT SELECT "kind", SUM("n") FROM "activity_totals" GROUP BY "kind" '
            'HAVING SUM("n") > 0) AS d'
        )
        off = self.db.execute_sql(sql).fetchone()[0]
        return [f"activity totals disagree with the records for {off} kind(s)"] if off else []


def open_store(
    target: str | Path, backup_dir: str | Path | None = None, verify: str = "daily", create_hub: bool = False
) -> Store:
    """A Store on an SQLite file or a HubStore on a postgresql:// URL (an empty hub gets fieldapp's
    schema only with `create_hub`)."""
    if engine.is_url(target):
        return HubStore(str(target), backup_dir, verify, create=create_hub)
    return Store(target, backup_dir, verify)


# -- who may do what, enforced by the server (`fieldapp hub init`) ------------------------------------

COORDINATORS = "fieldapp_coordinator"  # read and write every table
VIEWERS = "fieldapp_viewer"  # read only: ministries, programme officers (dashboard, reports)


def _quoted(db, name: str) -> str:
    return db.execute_sql("SELECT quote_ident(%s)", (name,)).fetchone()[0]


def create_roles(store: HubStore, coordinators: list[str] = (), viewers: list[str] = ()) -> None:
    """The two group roles (created once per server), their rights on this database's tables, sequences
    and functions (also on those later migrations create), and membership for the named logins.

    Run by the database's owner (who also runs migrations). Idempotent."""
    db = store.db
    with store.atomic():
        for role in (COORDINATORS, VIEWERS):
            if not db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
                db.execute_sql(f"CREATE ROLE {role} NOLOGIN")
        database = _quoted(db, db.execute_sql("SELECT current_database()").fetchone()[0])
        schema = "public"
        for role in (COORDINATORS, VIEWERS):
            db.execute_sql(f"GRANT CONNECT ON DATABASE {database} TO {role}")
            db.execute_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
            db.execute_sql(f"REVOKE CREATE ON SCHEMA {schema} FROM {role}")
        rights = {
            COORDINATORS: ("SELECT, INSERT, UPDATE, DELETE", "USAGE, SELECT"),
            VIEWERS: ("SELECT", "SELECT"),
        }
        for role, (tables, sequences) in rights.items():
            db.execute_sql(f"GRANT {tables} ON ALL TABLES IN SCHEMA {schema} TO {role}")
            db.execute_sql(f"GRANT {sequences} ON ALL SEQUENCES IN SCHEMA {schema} TO {role}")
            db.execute_sql(f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT {tables} ON TABLES TO {role}")
            db.execute_sql(
                f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT {sequences} ON SEQUENCES TO {role}"
            )
        db.execute_sql(f"REVOKE SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC")
        for login in coordinators:
            db.execute_sql(f"GRANT {COORDINATORS} TO {_quoted(db, login)}")
        for login in viewers:
            db.execute_sql(f"GRANT {VIEWERS} TO {_quoted(db, login)}")


@dataclass(frozen=True)
class SetUp:
    """What `fieldapp hub init` did: the address (without a password) and whether search has its index."""

    where: str
    search_index: bool


def _owner_of_tables(db) -> tuple[str | None, bool]:
    """(owner of fieldapp's tables, whether this login acts as it); (None, True) on an empty database."""
    return db.execute_sql(
        "SELECT tableowner, pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'meta'"
    ).fetchone() or (None, True)


def _has_a_role(db, where: str, tables: set[str]) -> None:
    """NoFieldappRole when fieldapp's tables are there but this login may not even read them: a login
    nobody granted fieldapp_coordinator or fieldapp_viewer (and not their owner)."""
    if not {"meta", "activity"} <= tables:
        return
    login, may_read, owner = db.execute_sql(
        "SELECT current_user, has_table_privilege('meta', 'SELECT') AND has_table_privilege('activity', "
        "'SELECT'), (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = "
        "'meta')"
    ).fetchone()
    if not may_read:
        raise NoFieldappRole(where, login, owner or "the database's owner")


def set_up(url: str, coordinators: list[str] = (), viewers: list[str] = ()) -> SetUp:
    """`fieldapp hub init`: fieldapp's schema (or its upgrade) and the roles in ONE transaction, so that a
    refusal by the server leaves the database as it was."""
    store = HubStore(url, create=True, migrate=False)
    try:
        login = store.db.execute_sql("SELECT current_user").fetchone()[0]
        owner, is_owner = _owner_of_tables(store.db)
        if store.applied_migrations() < store_module.NUMBERS:
            store._owner_only_upgrades()  # an older hub: name the owner who may upgrade it
        if not is_owner:
            # A coordinator's (or viewer's) login: its GRANTs would be warnings that grant nothing and
            # its index a refusal; say so before trying anything rather than "ready" or "a viewer's role".
            raise SharedDatabaseRefused(
                f"login {login} does not own fieldapp's tables in {store.where} ({owner} does)",
                f"`fieldapp hub init` creates and grants fieldapp's tables and roles, which only their owner "
                f"may do, with CREATEROLE: run it as {owner}; a coordinator's login needs no `hub init` to "
                "work on the hub",
            )
        try:
            with store.atomic():
                try:
                    store._migrate_steps()
                except Exception as e:
                    err = translate(e)
                    if isinstance(err, ReadOnlyAccess):
                        raise SharedDatabaseRefused(
                            err.detail,
                            f"login {login} may not create tables in {store.where}: run `fieldapp hub init` "
                            "as the database's owner",
                        ) from e
                    raise
                indexed = pg_schema.search_index(store.db)  # a hub set up before the index gets it
                try:
                    create_roles(store, coordinators, viewers)
                except ReadOnlyAccess as e:
                    raise SharedDatabaseRefused(
                        e.detail,
                        f"`fieldapp hub init` creates the roles {COORDINATORS} and {VIEWERS} and grants "
                        f"them, so its login needs CREATEROLE: a superuser runs ALTER ROLE {login} "
                        "CREATEROLE (or runs `fieldapp hub init` itself)",
                    ) from e
        except ReadOnlyAccess as e:  # any other refusal of the owner's work: never "a viewer's role"
            owner = owner or "the database's owner"
            raise SharedDatabaseRefused(
                e.detail,
                f"`fieldapp hub init` creates and grants fieldapp's tables and roles, which only their owner "
                f"({owner}, whose login needs CREATEROLE) may do: run it as that "
                "login",
            ) from e
        return SetUp(store.where, indexed)
    finally:
        store.close()


def may_write(store: Store) -> bool:
    """Whether this login may change records (False for a viewer on the hub; always True on a file)."""
    if not getattr(store, "is_hub", False):
        return True
    row = store.db.execute_sql("SELECT has_table_privilege('activity', 'INSERT, UPDATE')").fetchone()
    return bool(row and row[0])


@dataclass(frozen=True)
class Probe:
    """What a connection test found on a shared database (nothing is created or changed by it)."""

    where: str  # the address without a password
    server: str  # e.g. "PostgreSQL 15.18"
    ready: bool  # holds fieldapp's tables (False: empty, `fieldapp hub init` is still to run)
    may_write: bool  # a coordinator's login (False: a viewer's)
    foreign: bool = False  # holds tables that are not fieldapp's (never taken over)
    # an older hub this login may not upgrade: what its owner must do first (None: nothing)
    needs_upgrade: SharedDatabaseNeedsUpgrade | None = None


def probe(url: str) -> Probe:
    """Connect, look, disconnect. Raises SharedDatabaseUnavailable (or BadInput for a wrong address)."""
    if not engine.is_url(url):
        raise BadInput(f"not a postgresql:// address: {url}")
    try:
        db = engine.open_postgres(url)
    except Exception as e:
        raise translate(e) or SharedDatabaseUnavailable(str(e).splitlines()[0]) from e
    try:
        version = db.execute_sql("SHOW server_version").fetchone()[0].split()[0]
        tables = set(db.get_tables())
        ready = "meta" in tables and "activity" in tables
        may = ready and bool(
            db.execute_sql("SELECT has_table_privilege('activity', 'INSERT, UPDATE')").fetchone()[0]
        )
        foreign = bool(tables) and not ready
        upgrade = None
        if ready:
            _has_a_role(db, engine.display(url), tables)
            raw = db.execute_sql("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if raw and str(raw[0]).isdigit() and int(raw[0]) > store_module.LATEST:  # as opening says
                newer = f"schema {raw[0]} > {store_module.LATEST}"
                raise NotAFieldappDatabase(f"{engine.display(url)} was written by a newer fieldapp ({newer})")
            listed = db.execute_sql("SELECT value FROM meta WHERE key = 'migrations'").fetchone()
            applied = {int(n) for n in (listed[0] if listed else "").split(",") if n.strip().isdigit()}
            owner, is_owner = _owner_of_tables(db)
            missing = [n for n, _ in store_module.MIGRATIONS if n not in applied]
            if listed and missing and not is_owner:  # the owner's own fieldapp upgrades it by opening it
                upgrade = SharedDatabaseNeedsUpgrade(engine.display(url), owner, missing)
        return Probe(engine.display(url), f"PostgreSQL {version}", ready, may, foreign, upgrade)
    except Exception as e:
        raise translate(e) or e from e
    finally:
        db.close()
