"""Opening the store: which database, its connection settings, its schema version.

The default is a SQLite file in the user's data folder, created and brought to the current
schema on first use. ``PLANNER_DB_URL`` (or the CLI's ``--db``) names any other database
SQLAlchemy reaches, such as PostgreSQL (``postgresql+psycopg://...``), which is how one
deployment serves many people.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.pool import NullPool

from planner.errors import PlannerError

#: The file name of the default SQLite store.
DATABASE_FILE = "planner.sqlite3"
#: How long a write waits for another writer (a second tab, the CLI) before giving up [s].
BUSY_TIMEOUT_S = 5.0
_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: The newest migration: a store at it opens without loading Alembic (a test checks that
#: this is Alembic's head).
SCHEMA_REVISION = "0001"


class StoreError(PlannerError):
    """The store cannot be opened or written."""


class CorruptStoreError(StoreError):
    """The file is not a planner store (damaged, or another program's file)."""


class LockedStoreError(StoreError):
    """Another program held the database for longer than the busy timeout."""


def store_dir() -> Path:
    """Where the store file is kept: ``PLANNER_STORE_DIR`` or the user's data folder
    (platformdirs)."""
    folder = os.environ.get("PLANNER_STORE_DIR") or platformdirs.user_data_dir(
        "electrolyte-planner", appauthor=False
    )
    return Path(folder)


def database_url(url: str | None = None) -> str:
    """The database to use: ``url``, else ``PLANNER_DB_URL``, else the default SQLite file."""
    chosen = url or os.environ.get("PLANNER_DB_URL")
    if chosen:
        return chosen
    return f"sqlite:///{store_dir() / DATABASE_FILE}"


def describe_url(url: str) -> str:
    """The database for a message, without its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "the database URL"
    if parsed.get_backend_name() == "sqlite":
        return f"the database file {parsed.database or '(in memory)'}"
    return f"the database {parsed.render_as_string(hide_password=True)}"


def connect(url: str, *, busy_timeout_s: float = BUSY_TIMEOUT_S) -> Engine:
    """An engine for ``url`` with the store's settings, its schema brought up to date.

    SQLite gets write-ahead logging (readers never wait for a writer), a busy timeout,
    foreign keys, and ``BEGIN IMMEDIATE`` for writes, so that two writers queue instead of
    failing midway.

    Raises
    ------
    StoreError
        The URL is malformed, names a driver that is not installed, or the server refuses.
    CorruptStoreError
        The file is damaged or is another program's database; it is left as it is.
    LockedStoreError
        Another program held the database longer than ``busy_timeout_s``.
    """
    where = describe_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(
            "the database URL is not valid; expected e.g. sqlite:///path/to/planner.sqlite3 or "
            "postgresql+psycopg://user@host/dbname"
        ) from None
    sqlite = parsed.get_backend_name() == "sqlite"
    try:
        if sqlite:
            engine = _sqlite_engine(parsed, busy_timeout_s)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except ImportError as exc:
        raise StoreError(
            f"the driver for {where} is not installed ({exc.name}); for PostgreSQL install "
            "the planner with its postgres extra (psycopg)"
        ) from None
    except NoSuchModuleError:
        raise StoreError(
            f"no database driver is known for {parsed.drivername!r}; expected e.g. sqlite:/// or "
            "postgresql+psycopg://"
        ) from None
    with translate_errors(where):
        _migrate(engine, where)
    return engine


def _sqlite_engine(url: URL, busy_timeout_s: float) -> Engine:
    if url.database and url.database != ":memory:":
        folder = Path(url.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot make the folder {folder} for the store ({exc.strerror}); set "
                "PLANNER_STORE_DIR to a folder you may write to"
            ) from None
    # A connection per use: no pooled handle outlives a Streamlit session or a CLI run.
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": busy_timeout_s})

    @event.listens_for(engine, "connect")
    def _settings(dbapi_connection: Any, _record: Any) -> None:
        # The driver's own transaction handling would leave DDL outside a transaction; the
        # store emits BEGIN itself (SQLAlchemy's documented recipe for pysqlite).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_s * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        write = connection.get_execution_options().get("planner_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _migrate(engine: Engine, where: str) -> None:
    """Bring the schema to the current revision; refuse a database that is not a store."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current: set[str] = set()
        if "alembic_version" in tables:
            current = {
                str(v)
                for (v,) in connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            }
        connection.rollback()
    if tables and "alembic_version" not in tables:
        raise CorruptStoreError(
            f"{where} holds tables of another program, not a planner store; it was left "
            "unchanged (choose another file or database with --db or PLANNER_DB_URL)"
        )
    if current != {SCHEMA_REVISION}:
        _upgrade(engine, where, current)
    if engine.dialect.name == "sqlite":
        # Write-ahead logging is a setting of the file, made once it is known to be a store
        # (it changes the file's header, so never before).
        raw = engine.raw_connection()
        try:
            raw.cursor().execute("PRAGMA journal_mode = WAL")
        finally:
            raw.close()


def _upgrade(engine: Engine, where: str, current: set[str]) -> None:
    """Run the migrations from ``current`` to the newest, in one transaction."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    known = {s.revision for s in ScriptDirectory.from_config(config).walk_revisions()}
    if current - known:
        raise StoreError(
            f"{where} was written by a newer version of the planner (schema "
            f"{', '.join(sorted(current - known))}); update the planner to open it"
        )
    with engine.execution_options(planner_write=True).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@contextmanager
def translate_errors(where: str) -> Iterator[None]:
    """Turn a database failure into the store's own error, with what to do about it."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise _translated(exc, where) from None


def _translated(exc: SQLAlchemyError, where: str) -> StoreError:
    text = str(getattr(exc, "orig", exc)).strip()
    lowered = text.lower()
    if isinstance(exc, OperationalError) and ("locked" in lowered or "busy" in lowered):
        return LockedStoreError(
            f"{where} is busy: another program (a second tab, the planner command) kept it "
            "locked past the time limit; nothing was changed, try again in a moment"
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return CorruptStoreError(
            f"{where} is damaged or is not a planner store ({text}); it was left unchanged. "
            "Move it aside to start a new store, or restore it from a backup."
        )
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return StoreError(f"the connection to {where} was lost ({text}); nothing was changed")
    if isinstance(exc, OperationalError):
        return StoreError(f"cannot use {where}: {text}")
    return StoreError(f"{where} refused the change ({text}); nothing was changed")
