"""Uploaded diaries in the store: both views of their rows, the account and the matches.

A saved upload is read back as the same :class:`planner.diary.upload.Upload` (for the days
asked for), so that checking saved days gives what checking the file gave.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from planner.diary.account import ACCOUNT_COLUMNS, Diary
from planner.diary.formats import Export, parse_dates
from planner.diary.upload import Upload
from planner.errors import PlannerError
from planner.fooddb.nutrients import TOTALLED
from planner.resolve.names import MATCH_COLUMNS
from planner.store.models import AccountRow, ImportEntryRow, ImportRow, MatchRow, TrackerDayRow

VIEWS = ("logged", "database")
#: The entry columns of each view, in :class:`Diary` order.
LOGGED_COLUMNS = ("row", "date", "meal", "name", "group", "supplement", *TOTALLED)
DATABASE_COLUMNS = ("row", "date", "meal", "food_id", "grams", "amount", "unit", "via")
_NUMBERS = ("grams", "amount", *TOTALLED)


def save_upload(s: DbSession, user: str, upload: Upload, *, name: str, at: str) -> list[str]:
    """Insert an upload; its dates replace those of earlier uploads. Returns its dates."""
    views = {v: d for v, d in zip(VIEWS, (upload.logged, upload.database), strict=True) if d}
    row_dates = _row_dates(upload)
    dates = sorted({d for d in row_dates.values() if d})
    if not dates:
        raise PlannerError("no row of this diary has a date that could be read: no day to save")
    export = upload.export
    record = ImportRow(
        user_id=user,
        name=name,
        format=export.format,
        available=json.dumps(list(export.available)),
        converted=json.dumps(export.converted, sort_keys=True),
        named=export.named,
        imported_at=at,
    )
    s.add(record)
    s.flush()
    _take_dates(s, user, dates, record.id)
    for view, diary in views.items():
        columns = LOGGED_COLUMNS if view == "logged" else DATABASE_COLUMNS
        entries = diary.entries[list(columns)]
        _insert(
            s,
            ImportEntryRow,
            [{"import_id": record.id, "view": view} | _plain(r) for r in _records(entries)],
        )
        dated = pd.Series([row_dates.get(r) or None for r in diary.account["row"]], dtype=object)
        account = diary.account.assign(date=dated.to_numpy())
        _insert(
            s,
            AccountRow,
            [{"import_id": record.id, "view": view} | _plain(r) for r in _records(account)],
        )
    if upload.matches is not None and len(upload.matches):
        _insert(
            s,
            MatchRow,
            [
                {"import_id": record.id, "position": i} | _plain(r)
                for i, r in enumerate(_records(upload.matches[list(MATCH_COLUMNS)]))
            ],
        )
    return dates


def _insert(s: DbSession, table: type[Any], rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` into ``table``; none is nothing to do (an INSERT given an empty list
    of rows would run once with no values, and a diary whose every row was rejected has no
    entries to keep, only its account)."""
    if rows:
        s.execute(insert(table), rows)


def _row_dates(upload: Upload) -> dict[int, str]:
    """The date of each input row (``""`` where it could not be read)."""
    export = upload.export
    if export.raw is not None and "date" in export.raw.columns:
        dates = parse_dates(export.raw["date"])
        return {i: str(d) for i, d in enumerate(dates, start=1)}
    return {int(r): str(d) for r, d in zip(export.rows["row"], export.rows["date"], strict=True)}


def _take_dates(s: DbSession, user: str, dates: list[str], import_id: int) -> None:
    """Point ``dates`` at the new import, removing those days from older imports."""
    owned = select(TrackerDayRow).where(
        TrackerDayRow.user_id == user, TrackerDayRow.date.in_(dates)
    )
    older: set[int] = set()
    for day in s.scalars(owned):
        older.add(day.import_id)
        for table in (ImportEntryRow, AccountRow):
            s.execute(delete(table).where(table.import_id == day.import_id, table.date == day.date))
        day.import_id = import_id
    for date in sorted(set(dates) - {d.date for d in s.scalars(owned)}):
        s.add(TrackerDayRow(user_id=user, date=date, import_id=import_id))
    s.flush()
    for old in older:
        left = s.scalar(select(func.count()).where(TrackerDayRow.import_id == old))
        if not left:
            s.execute(delete(ImportRow).where(ImportRow.id == old, ImportRow.user_id == user))


def load_uploads(
    s: DbSession, user: str, first: str | None, last: str | None
) -> Iterator[tuple[int, str, str, list[str], Upload]]:
    """Each saved upload with days in the range, as an :class:`Upload` of those days."""
    days = select(TrackerDayRow.import_id, TrackerDayRow.date).where(TrackerDayRow.user_id == user)
    if first is not None:
        days = days.where(TrackerDayRow.date >= first)
    if last is not None:
        days = days.where(TrackerDayRow.date <= last)
    by_import: dict[int, list[str]] = {}
    for import_id, date in s.execute(days.order_by(TrackerDayRow.date)):
        by_import.setdefault(import_id, []).append(date)
    for import_id, dates in sorted(by_import.items(), key=lambda kv: kv[1][0]):
        record = s.get_one(ImportRow, import_id)
        views: dict[str, Diary] = {}
        rows = pd.DataFrame({"row": pd.Series(dtype="int64"), "date": pd.Series(dtype=object)})
        for view in VIEWS:
            entries = _frame(
                s,
                select(ImportEntryRow)
                .where(
                    ImportEntryRow.import_id == import_id,
                    ImportEntryRow.view == view,
                    ImportEntryRow.date.in_(dates),
                )
                .order_by(ImportEntryRow.row),
                LOGGED_COLUMNS if view == "logged" else DATABASE_COLUMNS,
            )
            account = _frame(
                s,
                select(AccountRow)
                .where(
                    AccountRow.import_id == import_id,
                    AccountRow.view == view,
                    or_(AccountRow.date.in_(dates), AccountRow.date.is_(None)),
                )
                .order_by(AccountRow.row),
                (*ACCOUNT_COLUMNS, "date"),
            )
            if len(account):
                views[view] = Diary(entries=entries, account=account[list(ACCOUNT_COLUMNS)])
                # Each row's date as read (blank if it could not be), as a file's rows give it.
                rows = pd.DataFrame(
                    {"row": account["row"], "date": account["date"].fillna("").astype(object)}
                )
        matches = _frame(
            s,
            select(MatchRow).where(MatchRow.import_id == import_id).order_by(MatchRow.position),
            MATCH_COLUMNS,
        )
        export = Export(
            format=record.format,
            rows=rows,
            available=tuple(json.loads(record.available)),
            converted=dict(json.loads(record.converted)),
            names_foods=record.named,
        )
        database = views.get("database")
        if database is not None and record.named:
            database = Diary(database.entries, database.account, matches)
        upload = Upload(export=export, logged=views.get("logged"), database=database)
        yield import_id, record.name, record.imported_at, dates, upload


def tracker_day_counts(s: DbSession, user: str) -> list[tuple[str, int, str, int]]:
    """(date, import id, format, used rows) of each saved tracker day."""
    views = aliased(AccountRow)
    used = (
        select(
            TrackerDayRow.date,
            TrackerDayRow.import_id,
            ImportRow.format,
            func.count(AccountRow.id),
        )
        .join(ImportRow, ImportRow.id == TrackerDayRow.import_id)
        .outerjoin(
            AccountRow,
            and_(
                AccountRow.import_id == TrackerDayRow.import_id,
                AccountRow.date == TrackerDayRow.date,
                AccountRow.status == "used",
                # the view a check uses: as logged ("logged" sorts after "database") where
                # the file has the tracker's own numbers
                AccountRow.view
                == select(func.max(views.view))
                .where(views.import_id == TrackerDayRow.import_id)
                .scalar_subquery(),
            ),
        )
        .where(TrackerDayRow.user_id == user)
        .group_by(TrackerDayRow.date, TrackerDayRow.import_id, ImportRow.format)
        .order_by(TrackerDayRow.date)
    )
    return [(str(d), int(i), str(f), int(n)) for d, i, f, n in s.execute(used)]


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """A record with NaN as None and numpy scalars as Python numbers."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, float | np.floating) and np.isnan(value):
            out[key] = None
        elif isinstance(value, np.generic):
            out[key] = value.item()
        else:
            out[key] = value
    return out


def _frame(s: DbSession, query: Any, columns: tuple[str, ...]) -> pd.DataFrame:
    """The rows of ``query`` as a frame of ``columns`` with the dtypes the reader gives.

    Only ``columns`` are selected, as plain rows: making an ORM object of each of a year's
    rows would take most of a second.
    """
    model = query.column_descriptions[0]["entity"]
    rows = s.execute(query.with_only_columns(*(getattr(model, c) for c in columns))).all()
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    frame = pd.DataFrame(
        {c: pd.Series(values, dtype=object) for c, values in zip(columns, by_column, strict=True)}
    )
    types: dict[str, Any] = {}
    for column in columns:
        if column in ("row", "rows"):
            types[column] = "int64"
        elif column in _NUMBERS or column == "score":
            types[column] = "float64"
        elif column == "supplement":
            types[column] = bool
        else:
            types[column] = object
    return frame.astype(types)
