"""Leaving with everything: one user's data as JSON or CSV, read back into an empty store.

The JSON document holds every row of the user, so an export imported into an empty store
and exported again gives the same document (less ``exported_at``).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import pandas as pd
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.orm import Session as DbSession

from planner.errors import PlannerError
from planner.fooddb.nutrients import TOTALLED
from planner.store.models import (
    AccountRow,
    AmountCorrectionRow,
    CorrectionRow,
    FoodUseRow,
    ImportEntryRow,
    ImportRow,
    MatchRow,
    PlanDayRow,
    PlanEntryRow,
    ProfileRow,
    TrackerDayRow,
    WorkoutRow,
)

#: What an export says it is, and the version of its layout.
DOCUMENT = "electrolyte-planner export"
VERSION = 1
_KEYS = {"id", "user_id", "import_id", "day_id"}
#: Tables keyed by the user, in the order they are exported.
_OWN: dict[str, Any] = {
    "workouts": WorkoutRow,
    "corrections": CorrectionRow,
    "amount_corrections": AmountCorrectionRow,
    "foods": FoodUseRow,
}


def _fields(model: type[DeclarativeBase]) -> list[str]:
    return [a.key for a in model.__mapper__.column_attrs if a.key not in _KEYS]


def _as_dict(row: DeclarativeBase) -> dict[str, Any]:
    return {key: getattr(row, key) for key in _fields(type(row))}


def export_document(s: DbSession, user: str) -> dict[str, Any]:
    """Every row of ``user`` as plain data (JSON-ready; missing values are ``None``)."""
    from planner.store.store import now_text

    profile = s.get(ProfileRow, user)
    doc: dict[str, Any] = {
        "document": DOCUMENT,
        "version": VERSION,
        "exported_at": now_text(),
        "profile": None if profile is None else _as_dict(profile),
    }
    days = s.scalars(select(PlanDayRow).where(PlanDayRow.user_id == user).order_by(PlanDayRow.date))
    doc["plan_days"] = [
        _as_dict(day) | {"entries": [_as_dict(e) for e in day.entries]} for day in days
    ]
    imports = s.scalars(select(ImportRow).where(ImportRow.user_id == user).order_by(ImportRow.id))
    doc["diaries"] = []
    for record in imports:
        children: dict[str, Any] = {}
        parts: tuple[tuple[str, Any, tuple[Any, ...]], ...] = (
            ("entries", ImportEntryRow, (ImportEntryRow.view, ImportEntryRow.row)),
            ("account", AccountRow, (AccountRow.view, AccountRow.row)),
            ("matches", MatchRow, (MatchRow.position,)),
        )
        for key, model, order in parts:
            query = select(model).where(model.import_id == record.id).order_by(*order)
            children[key] = [_as_dict(r) for r in s.scalars(query)]
        dates = s.scalars(
            select(TrackerDayRow.date)
            .where(TrackerDayRow.import_id == record.id)
            .order_by(TrackerDayRow.date)
        )
        doc["diaries"].append(_as_dict(record) | {"dates": list(dates)} | children)
    for key, model in _OWN.items():
        first = model.food_id if model is FoodUseRow else model.id
        query = select(model).where(model.user_id == user).order_by(first)
        doc[key] = [_as_dict(r) for r in s.scalars(query)]
    return doc


def import_document(s: DbSession, user: str, doc: Mapping[str, Any]) -> None:
    """Insert an export's rows for ``user`` (the caller makes sure the store is empty)."""
    if doc.get("document") != DOCUMENT or doc.get("version") != VERSION:
        raise PlannerError(
            f'this is not a planner export of version {VERSION} (expected "document": "{DOCUMENT}")'
        )
    try:
        _insert_document(s, user, doc)
    except (KeyError, TypeError, AttributeError) as exc:
        raise PlannerError(f"the export is incomplete or damaged ({exc!r} is wrong)") from None


def _insert_document(s: DbSession, user: str, doc: Mapping[str, Any]) -> None:
    if doc["profile"] is not None:
        s.add(ProfileRow(user_id=user, **_only(ProfileRow, doc["profile"])))
    for day in doc["plan_days"]:
        row = PlanDayRow(user_id=user, **_only(PlanDayRow, day))
        row.entries = [PlanEntryRow(**_only(PlanEntryRow, e)) for e in day["entries"]]
        s.add(row)
    for diary in doc["diaries"]:
        record = ImportRow(user_id=user, **_only(ImportRow, diary))
        s.add(record)
        s.flush()
        for date in diary["dates"]:
            s.add(TrackerDayRow(user_id=user, date=date, import_id=record.id))
        models: dict[str, Any] = {
            "entries": ImportEntryRow,
            "account": AccountRow,
            "matches": MatchRow,
        }
        for key, model in models.items():
            if diary[key]:
                rows = [{"import_id": record.id} | _only(model, r) for r in diary[key]]
                s.execute(insert(model), rows)
    for key, model in _OWN.items():
        if doc[key]:
            s.execute(insert(model), [{"user_id": user} | _only(model, r) for r in doc[key]])


def _only(model: type[DeclarativeBase], row: Mapping[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in _fields(model)}


def csv_tables(doc: Mapping[str, Any]) -> dict[str, str]:
    """An export as CSV texts by file name.

    ``plan.csv`` is the planner's diary CSV (``planner check`` reads it); the others hold one
    row per saved row: ``profile.csv``, ``workouts.csv``, ``diaries.csv``,
    ``diary_entries.csv``, ``diary_account.csv``, ``diary_matches.csv``,
    ``corrections.csv`` (``name,food_id``, as the mapping file the diary page downloads),
    ``amount_corrections.csv`` and ``foods.csv``.
    """
    plan = [
        {"date": d["date"], "meal": e["meal"], "food": e["food_id"], "amount": e["amount"]}
        | {"unit": e["unit"], "grams": e["grams"]}
        for d in doc["plan_days"]
        for e in d["entries"]
    ]
    diaries = [
        {k: v for k, v in d.items() if k not in ("entries", "account", "matches")}
        | {"import": i, "dates": " ".join(d["dates"])}
        for i, d in enumerate(doc["diaries"], start=1)
    ]

    def children(key: str) -> list[dict[str, Any]]:
        return [{"import": i} | r for i, d in enumerate(doc["diaries"], start=1) for r in d[key]]

    tables: dict[str, tuple[list[dict[str, Any]], list[str]]] = {
        "days.csv": (_day_rows(doc), list(DAY_COLUMNS)),
        "plan.csv": (plan, ["date", "meal", "food", "amount", "unit", "grams"]),
        "profile.csv": ([doc["profile"]] if doc["profile"] else [], _fields(ProfileRow)),
        "workouts.csv": (doc["workouts"], _fields(WorkoutRow)),
        "diaries.csv": (diaries, ["import", *_fields(ImportRow), "dates"]),
        "diary_entries.csv": (children("entries"), ["import", *_fields(ImportEntryRow)]),
        "diary_account.csv": (children("account"), ["import", *_fields(AccountRow)]),
        "diary_matches.csv": (children("matches"), ["import", *_fields(MatchRow)]),
        "corrections.csv": (doc["corrections"], _fields(CorrectionRow)),
        "amount_corrections.csv": (doc["amount_corrections"], _fields(AmountCorrectionRow)),
        "foods.csv": (doc["foods"], _fields(FoodUseRow)),
    }
    out = {}
    for name, (rows, columns) in tables.items():
        buffer = io.StringIO()
        pd.DataFrame(rows, columns=columns).to_csv(buffer, index=False, lineterminator="\n")
        out[name] = buffer.getvalue()
    return out


#: The columns of ``days.csv``: ``source`` is ``planned`` or ``tracked``; a tracked row has
#: the tracker's own nutrient values and, where its name was matched, the USDA food and grams.
DAY_COLUMNS = (
    "date",
    "source",
    "meal",
    "name",
    "food_id",
    "amount",
    "unit",
    "grams",
    *TOTALLED,
)


def _day_rows(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"date": d["date"], "source": "planned", "meal": e["meal"], "food_id": e["food_id"]}
        | {"amount": e["amount"], "unit": e["unit"], "grams": e["grams"]}
        for d in doc["plan_days"]
        for e in d["entries"]
    ]
    for diary in doc["diaries"]:
        by_row: dict[int, dict[str, Any]] = {}
        for e in diary["entries"]:
            row = by_row.setdefault(e["row"], {"date": e["date"], "source": "tracked"})
            row.setdefault("meal", e["meal"])
            if e["view"] == "logged":
                row |= {"name": e["name"], **{n: e[n] for n in TOTALLED}}
            else:
                row |= {k: e[k] for k in ("food_id", "amount", "unit", "grams")}
        rows += [by_row[r] for r in sorted(by_row)]
    return sorted(rows, key=lambda r: (r["date"], r["source"] == "tracked"))


#: What :func:`holdings` counts, with the tables it counts.
HOLDINGS: dict[str, Any] = {
    "profile": ProfileRow,
    "planned days": PlanDayRow,
    "tracker days": TrackerDayRow,
    "uploaded diaries": ImportRow,
    "workouts": WorkoutRow,
    "food corrections": CorrectionRow,
    "amount corrections": AmountCorrectionRow,
    "favourite and recent foods": FoodUseRow,
}


def holdings(s: DbSession, user: str) -> dict[str, int]:
    """How many rows of each kind ``user`` has (:data:`HOLDINGS`), in that order."""
    return {
        kind: int(s.scalar(select(func.count()).select_from(m).where(m.user_id == user)) or 0)
        for kind, m in HOLDINGS.items()
    }


def is_empty(s: DbSession, user: str) -> bool:
    """Whether ``user`` has no row at all."""
    owned: tuple[Any, ...] = (ProfileRow, PlanDayRow, ImportRow, TrackerDayRow, *_OWN.values())
    return not any(
        s.scalar(select(func.count()).select_from(m).where(m.user_id == user)) for m in owned
    )


def delete_user(s: DbSession, user: str) -> None:
    """Delete every row of ``user`` (children go with their day or import)."""
    owned: tuple[Any, ...] = (TrackerDayRow, ImportRow, PlanDayRow, ProfileRow, *_OWN.values())
    for model in owned:
        s.execute(delete(model).where(model.user_id == user))
