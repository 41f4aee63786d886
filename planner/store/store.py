"""The store of one person's data: profile, planned days, workouts, diaries, choices.

A :class:`Store` is bound to one user when it is opened; every read and write filters by
that user, so one person can never read or change another's rows. Each write is one
transaction: it is kept whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session as DbSession

from planner.diary.upload import Upload
from planner.errors import PlannerError
from planner.intake.targets import Bound, Profile, Target
from planner.store import diaries, transfer
from planner.store.engine import BUSY_TIMEOUT_S, connect, database_url, translate_errors
from planner.store.engine import describe_url as _describe_url
from planner.store.models import (
    AmountCorrectionRow,
    CorrectionRow,
    FoodUseRow,
    ImportRow,
    PlanDayRow,
    PlanEntryRow,
    ProfileRow,
    TrackerDayRow,
    WorkoutRow,
)
from planner.sweat.losses import (
    LOSSES,
    Session,
    SweatResult,
    sweat_losses,
    training_day_targets,
)

#: The user of a run without sign-in: one person on their own machine.
LOCAL_USER = "local"
Limits = Mapping[str, Mapping[Bound, float | None]]
TIMELINE_COLUMNS = (
    "date",
    "planned_entries",
    "tracker_entries",
    "tracker_format",
    "import_id",
    "workout_hours",
    "sweat_loss_l",
    "sodium_lost_mg",
    "potassium_lost_mg",
)


@dataclass(frozen=True)
class SavedProfile:
    """The saved profile and a doctor's limits (``{nutrient: {"min"|"max": value}}``)."""

    profile: Profile
    limits: dict[str, dict[Bound, float | None]]


@dataclass(frozen=True)
class PlanEntry:
    """One food of a planned day, as the planner's diary CSV writes it.

    ``amount`` and ``unit`` are what the person chose (``"1"``, ``"medium"``); ``grams`` is
    their weight when known [g].
    """

    meal: str
    food_id: str
    amount: str
    unit: str
    grams: float | None = None

    @classmethod
    def from_row(cls, row: Mapping[str, object]) -> PlanEntry:
        """From a plan row of the pages: ``meal``, ``food`` (or ``food_id``), ``amount``,
        ``unit`` and optionally ``grams``."""
        amount = row.get("amount", "")
        text = amount if isinstance(amount, str) else f"{float(str(amount)):.12g}"
        grams = row.get("grams")
        return cls(
            meal=str(row.get("meal", "")),
            food_id=str(row.get("food_id", row.get("food", ""))),
            amount=text,
            unit=str(row.get("unit", "")),
            grams=None if grams is None or grams != grams else float(str(grams)),
        )

    def as_row(self) -> dict[str, object]:
        """As a plan row of the pages: ``meal``, ``food``, ``amount`` (a number when it is
        one) and ``unit``."""
        try:
            amount: object = float(self.amount)
        except ValueError:
            amount = self.amount
        return {"meal": self.meal, "food": self.food_id, "amount": amount, "unit": self.unit}


@dataclass(frozen=True)
class SavedUpload:
    """An uploaded diary as saved, limited to the days asked for."""

    import_id: int
    name: str
    imported_at: str
    dates: list[str]
    upload: Upload


def iso_date(value: str | dt.date) -> str:
    """``value`` as ISO ``YYYY-MM-DD`` text; a :class:`PlannerError` if it is not a date."""
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise PlannerError(f"{value!r} is not a date; expected YYYY-MM-DD") from None


def now_text() -> str:
    """The time now, in UTC, as ISO text."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Store:
    """One user's data in a database; see :func:`open_store`."""

    def __init__(self, engine: Engine, *, user: str, where: str) -> None:
        if not user or len(user) > 200:
            raise PlannerError("a user id must be 1 to 200 characters")
        self.engine = engine
        self.user = user
        self.where = where
        self._writer = engine.execution_options(planner_write=True)

    def for_user(self, user: str) -> Store:
        """The same database bound to another user (one engine can serve every session:
        open the store once per process and bind each signed-in person with this)."""
        return Store(self.engine, user=user, where=self.where)

    def close(self) -> None:
        """Release the database's connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[DbSession]:
        """A session for reading."""
        with translate_errors(self.where), DbSession(self.engine) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[DbSession]:
        """A session whose changes are committed together at the end, or not at all."""
        with translate_errors(self.where), DbSession(self._writer) as session, session.begin():
            yield session

    # The profile

    def profile(self) -> SavedProfile | None:
        """The saved profile, or ``None`` before one is saved."""
        with self.reading() as s:
            row = s.get(ProfileRow, self.user)
            if row is None:
                return None
            limits = json.loads(row.limits)
            profile = Profile(
                sex="F" if row.sex == "F" else "M",
                age_years=row.age_years,
                pregnant=row.pregnant,
                lactating=row.lactating,
            )
        return SavedProfile(profile, limits)

    def save_profile(self, profile: Profile, *, limits: Limits | None = None) -> None:
        """Keep the profile and a doctor's limits (``{"sodium_mg": {"max": 1500}}``)."""
        plain = {n: {b: v for b, v in bounds.items()} for n, bounds in (limits or {}).items()}
        with self.writing() as s:
            row = s.get(ProfileRow, self.user) or ProfileRow(user_id=self.user)
            row.sex = profile.sex
            row.age_years = profile.age_years
            row.pregnant = profile.pregnant
            row.lactating = profile.lactating
            row.limits = json.dumps(plain, sort_keys=True)
            row.updated_at = now_text()
            s.add(row)

    # Planned days

    def plan_dates(self) -> list[str]:
        """The dates with a saved plan, in order."""
        with self.reading() as s:
            query = select(PlanDayRow.date).where(PlanDayRow.user_id == self.user)
            return sorted(s.scalars(query))

    def plan_day(self, date: str | dt.date) -> list[PlanEntry] | None:
        """The entries planned for ``date`` in their order, or ``None`` if none was saved."""
        with self.reading() as s:
            day = self._plan_row(s, iso_date(date))
            return None if day is None else [_entry(e) for e in day.entries]

    def save_plan_day(self, date: str | dt.date, entries: Sequence[PlanEntry]) -> None:
        """Replace the plan of ``date`` with ``entries`` (an empty list keeps an empty day)."""
        key = iso_date(date)
        with self.writing() as s:
            day = self._plan_row(s, key)
            if day is None:
                day = PlanDayRow(user_id=self.user, date=key)
                s.add(day)
            day.updated_at = now_text()
            day.entries = [_entry_row(i, e) for i, e in enumerate(entries)]

    def delete_plan_day(self, date: str | dt.date) -> bool:
        """Forget the plan of ``date``; whether there was one."""
        with self.writing() as s:
            day = self._plan_row(s, iso_date(date))
            if day is not None:
                s.delete(day)
            return day is not None

    def copy_day(
        self, source: str | dt.date, target: str | dt.date, *, meal: str | None = None
    ) -> int:
        """Copy the plan of ``source`` (or only its ``meal``) to ``target``.

        A whole day replaces the target's plan; a meal replaces that meal of the target and
        keeps its other meals. Returns the number of entries copied.
        """
        start, end = iso_date(source), iso_date(target)
        copied = self.plan_day(start)
        if copied is None:
            raise PlannerError(f"no plan is saved for {start}")
        if meal is not None:
            copied = [e for e in copied if e.meal == meal]
            if not copied:
                raise PlannerError(f"the plan of {start} has no {meal!r} entries")
            kept = [e for e in self.plan_day(end) or [] if e.meal != meal]
            copied = kept + copied
        self.save_plan_day(end, copied)
        return len(copied) if meal is None else len([e for e in copied if e.meal == meal])

    def plan_frame(
        self, first: str | dt.date | None = None, last: str | dt.date | None = None
    ) -> pd.DataFrame:
        """The saved plans from ``first`` to ``last`` (inclusive) as the all-text diary
        frame :func:`planner.diary.planner_csv.resolve_diary` reads (``date``, ``meal``,
        ``food``, ``amount``, ``unit``)."""
        with self.reading() as s:
            query = (
                select(PlanDayRow.date, PlanEntryRow)
                .join(PlanEntryRow.day)
                .where(PlanDayRow.user_id == self.user)
                .order_by(PlanDayRow.date, PlanEntryRow.position)
            )
            if first is not None:
                query = query.where(PlanDayRow.date >= iso_date(first))
            if last is not None:
                query = query.where(PlanDayRow.date <= iso_date(last))
            rows = [
                {"date": d, "meal": e.meal, "food": e.food_id, "amount": e.amount, "unit": e.unit}
                for d, e in s.execute(query)
            ]
        return pd.DataFrame(rows, columns=["date", "meal", "food", "amount", "unit"], dtype=object)

    def _plan_row(self, s: DbSession, date: str) -> PlanDayRow | None:
        query = select(PlanDayRow).where(PlanDayRow.user_id == self.user, PlanDayRow.date == date)
        return s.scalars(query).one_or_none()

    # Workouts

    def save_workout(
        self, date: str | dt.date, session: Session, *, recovery_hours: float = 2.0
    ) -> SweatResult:
        """Keep the session of ``date`` (replacing that date's) and return its losses."""
        result = sweat_losses(session, recovery_hours=recovery_hours)
        key = iso_date(date)
        with self.writing() as s:
            query = select(WorkoutRow).where(
                WorkoutRow.user_id == self.user, WorkoutRow.date == key
            )
            row = s.scalars(query).one_or_none() or WorkoutRow(user_id=self.user, date=key)
            row.mass_before_kg = session.mass_before_kg
            row.mass_after_kg = session.mass_after_kg
            row.drank_l = session.drank_l
            row.hours = session.hours
            row.urine_l = session.urine_l
            row.sweat_sodium_mmol_l = session.sweat_sodium_mmol_l
            row.note = session.note
            row.recovery_hours = recovery_hours
            row.sweat_loss_l = result.sweat_loss_l
            for name in LOSSES:
                setattr(row, name.replace("_mg", "_lost_mg"), result.losses_mg[name])
            row.saved_at = now_text()
            s.add(row)
        return result

    def workouts(
        self, first: str | dt.date | None = None, last: str | dt.date | None = None
    ) -> dict[str, SweatResult]:
        """The saved sessions by ISO date, their losses worked out again from what was
        measured (:func:`planner.sweat.losses.sweat_losses`)."""
        with self.reading() as s:
            query = select(WorkoutRow).where(WorkoutRow.user_id == self.user)
            if first is not None:
                query = query.where(WorkoutRow.date >= iso_date(first))
            if last is not None:
                query = query.where(WorkoutRow.date <= iso_date(last))
            rows = list(s.scalars(query.order_by(WorkoutRow.date)))
        return {
            r.date: sweat_losses(
                Session(
                    mass_before_kg=r.mass_before_kg,
                    mass_after_kg=r.mass_after_kg,
                    drank_l=r.drank_l,
                    hours=r.hours,
                    urine_l=r.urine_l,
                    sweat_sodium_mmol_l=r.sweat_sodium_mmol_l,
                    note=r.note,
                ),
                recovery_hours=r.recovery_hours,
            )
            for r in rows
        }

    def delete_workout(self, date: str | dt.date) -> bool:
        """Forget the session of ``date``; whether there was one."""
        with self.writing() as s:
            query = delete(WorkoutRow).where(
                WorkoutRow.user_id == self.user, WorkoutRow.date == iso_date(date)
            )
            return bool(getattr(s.execute(query), "rowcount", 0))

    def targets_by_date(self, targets: Mapping[str, Target]) -> dict[str, dict[str, Target]]:
        """``targets`` raised by each saved session's losses, for the dates that have one
        (:func:`planner.sweat.losses.training_day_targets`)."""
        return {d: training_day_targets(targets, r) for d, r in self.workouts().items()}

    # Uploaded diaries

    def save_upload(self, upload: Upload, *, name: str = "") -> list[str]:
        """Keep an upload's days, both views, the account of its rows and its matches.

        A date already saved from an earlier upload is replaced by this one's. Returns the
        dates saved.
        """
        with self.writing() as s:
            return diaries.save_upload(s, self.user, upload, name=name, at=now_text())

    def tracker_dates(self) -> list[str]:
        """The dates with a saved tracker day, in order."""
        with self.reading() as s:
            query = select(TrackerDayRow.date).where(TrackerDayRow.user_id == self.user)
            return sorted(s.scalars(query))

    def saved_uploads(
        self, first: str | dt.date | None = None, last: str | dt.date | None = None
    ) -> list[SavedUpload]:
        """The saved uploads with days from ``first`` to ``last`` (inclusive), each limited
        to those days (rows without a readable date come with every part of their file)."""
        low = None if first is None else iso_date(first)
        high = None if last is None else iso_date(last)
        with self.reading() as s:
            return [
                SavedUpload(i, n, at, dates, upload)
                for i, n, at, dates, upload in diaries.load_uploads(s, self.user, low, high)
            ]

    def delete_upload(self, import_id: int) -> bool:
        """Forget an upload and its days; whether it was there."""
        with self.writing() as s:
            query = delete(ImportRow).where(
                ImportRow.user_id == self.user, ImportRow.id == import_id
            )
            s.execute(
                delete(TrackerDayRow).where(
                    TrackerDayRow.user_id == self.user, TrackerDayRow.import_id == import_id
                )
            )
            return bool(getattr(s.execute(query), "rowcount", 0))

    # Match corrections

    def corrections(self) -> dict[str, str]:
        """The person's food choices by diary name (``""`` leaves a name out)."""
        with self.reading() as s:
            query = select(CorrectionRow.name, CorrectionRow.food_id).where(
                CorrectionRow.user_id == self.user
            )
            return {str(n): str(f) for n, f in s.execute(query.order_by(CorrectionRow.name))}

    def save_corrections(self, choices: Mapping[str, str]) -> None:
        """Keep food choices by diary name (a ``food_id``, or ``""`` to leave it out)."""
        with self.writing() as s:
            for name, food_id in choices.items():
                query = select(CorrectionRow).where(
                    CorrectionRow.user_id == self.user, CorrectionRow.name == name
                )
                row = s.scalars(query).one_or_none()
                row = row or CorrectionRow(user_id=self.user, name=name)
                row.food_id = food_id
                row.updated_at = now_text()
                s.add(row)

    def delete_correction(self, name: str) -> bool:
        """Forget the choice for ``name``; whether there was one."""
        with self.writing() as s:
            query = delete(CorrectionRow).where(
                CorrectionRow.user_id == self.user, CorrectionRow.name == name
            )
            return bool(getattr(s.execute(query), "rowcount", 0))

    def amount_corrections(self) -> dict[tuple[str, str], float]:
        """Grams the person gave amounts the planner could not read, by (name, amount)."""
        with self.reading() as s:
            query = select(AmountCorrectionRow).where(AmountCorrectionRow.user_id == self.user)
            return {(r.name, r.amount): r.grams for r in s.scalars(query)}

    def save_amount_corrections(self, grams: Mapping[tuple[str, str], float]) -> None:
        """Keep the grams of amounts by (diary name, amount text) [g]."""
        with self.writing() as s:
            for (name, amount), value in grams.items():
                query = select(AmountCorrectionRow).where(
                    AmountCorrectionRow.user_id == self.user,
                    AmountCorrectionRow.name == name,
                    AmountCorrectionRow.amount == amount,
                )
                row = s.scalars(query).one_or_none()
                row = row or AmountCorrectionRow(user_id=self.user, name=name, amount=amount)
                row.grams = float(value)
                row.updated_at = now_text()
                s.add(row)

    # Favourite and recent foods

    def favourite_foods(self) -> list[str]:
        """The favourite foods' ids, in ``food_id`` order."""
        with self.reading() as s:
            query = select(FoodUseRow.food_id).where(
                FoodUseRow.user_id == self.user, FoodUseRow.favourite.is_(True)
            )
            return sorted(s.scalars(query))

    def set_favourite(self, food_id: str, favourite: bool = True) -> None:
        """Mark or unmark a food as a favourite."""
        with self.writing() as s:
            row = self._food_use(s, food_id)
            row.favourite = favourite

    def note_used(self, food_ids: Sequence[str]) -> None:
        """Count a use of each food (what adding it to a plan does)."""
        at = now_text()
        with self.writing() as s:
            for food_id in dict.fromkeys(food_ids):
                row = self._food_use(s, food_id)
                row.uses = (row.uses or 0) + 1
                row.last_used = at

    def recent_foods(self, limit: int = 20) -> list[str]:
        """The foods used most recently first (then most used), up to ``limit``."""
        with self.reading() as s:
            query = (
                select(FoodUseRow.food_id)
                .where(FoodUseRow.user_id == self.user, FoodUseRow.last_used.is_not(None))
                .order_by(FoodUseRow.last_used.desc(), FoodUseRow.uses.desc(), FoodUseRow.food_id)
                .limit(limit)
            )
            return list(s.scalars(query))

    def _food_use(self, s: DbSession, food_id: str) -> FoodUseRow:
        query = select(FoodUseRow).where(
            FoodUseRow.user_id == self.user, FoodUseRow.food_id == food_id
        )
        row = s.scalars(query).one_or_none()
        if row is None:
            row = FoodUseRow(user_id=self.user, food_id=food_id, favourite=False, uses=0)
            s.add(row)
        return row

    # Across everything

    def timeline(
        self, first: str | dt.date | None = None, last: str | dt.date | None = None
    ) -> pd.DataFrame:
        """One row per date with a planned day, a tracker day or a workout.

        Columns: ``date``, ``planned_entries`` (entries planned, 0 if no plan),
        ``tracker_entries`` (used rows of the saved tracker day, 0 if none),
        ``tracker_format`` and ``import_id`` (``None`` if none), ``workout_hours``,
        ``sweat_loss_l`` [L], ``sodium_lost_mg`` and ``potassium_lost_mg`` [mg] (``NaN``
        without a workout).
        """
        low = None if first is None else iso_date(first)
        high = None if last is None else iso_date(last)
        with self.reading() as s:
            days: dict[str, dict[str, Any]] = {}

            def at(date: str) -> dict[str, Any]:
                return days.setdefault(date, {"date": date})

            planned = (
                select(PlanDayRow.date, func.count(PlanEntryRow.id))
                .select_from(PlanDayRow)
                .outerjoin(PlanEntryRow, PlanEntryRow.day_id == PlanDayRow.id)
                .where(PlanDayRow.user_id == self.user)
                .group_by(PlanDayRow.date)
            )
            for date, count in s.execute(planned):
                at(date)["planned_entries"] = int(count)
            for date, import_id, fmt, count in diaries.tracker_day_counts(s, self.user):
                at(date).update(tracker_entries=count, tracker_format=fmt, import_id=import_id)
            query = select(WorkoutRow).where(WorkoutRow.user_id == self.user)
            for w in s.scalars(query):
                at(w.date).update(
                    workout_hours=w.hours,
                    sweat_loss_l=w.sweat_loss_l,
                    sodium_lost_mg=w.sodium_lost_mg,
                    potassium_lost_mg=w.potassium_lost_mg,
                )
        frame = pd.DataFrame(
            [
                days[d]
                for d in sorted(days)
                if (low is None or d >= low) and (high is None or d <= high)
            ],
            columns=list(TIMELINE_COLUMNS),
        )
        counts = {"planned_entries": 0, "tracker_entries": 0}
        frame = frame.fillna(counts).astype({k: "int64" for k in counts})
        return frame.astype({c: "float64" for c in TIMELINE_COLUMNS[5:]})

    def export_json(self) -> dict[str, Any]:
        """Everything of this user as plain data (:mod:`planner.store.transfer`)."""
        with self.reading() as s:
            return transfer.export_document(s, self.user)

    def export_csv(self) -> dict[str, str]:
        """Everything of this user as CSV texts by file name (:mod:`planner.store.transfer`)."""
        return transfer.csv_tables(self.export_json())

    def import_json(self, document: Mapping[str, Any]) -> None:
        """Load an export of :meth:`export_json` into this user's store, which must be empty.

        Raises
        ------
        PlannerError
            If the store already holds data for this user, or the document is not an export.
        """
        with self.writing() as s:
            if not transfer.is_empty(s, self.user):
                raise PlannerError(
                    "the store already holds data; import into an empty store (delete "
                    "everything first) so that nothing is mixed or lost"
                )
            transfer.import_document(s, self.user, document)

    def holdings(self) -> dict[str, int]:
        """How much of each kind this user has kept: ``profile``, ``planned days``,
        ``tracker days``, ``uploaded diaries``, ``workouts``, ``food corrections``, ``amount
        corrections`` and ``favourite and recent foods``."""
        with self.reading() as s:
            return transfer.holdings(s, self.user)

    def delete_everything(self) -> None:
        """Delete every row of this user, in one transaction."""
        with self.writing() as s:
            transfer.delete_user(s, self.user)


def open_store(
    url: str | None = None,
    *,
    user: str = LOCAL_USER,
    busy_timeout_s: float = BUSY_TIMEOUT_S,
) -> Store:
    """Open (and on first use create) the store, bound to ``user``.

    Parameters
    ----------
    url : str, optional
        A SQLAlchemy database URL; ``PLANNER_DB_URL`` or the SQLite file in the user's data
        folder (``PLANNER_STORE_DIR``) when omitted (:func:`planner.store.engine.database_url`).
    user : str
        Whose rows to read and write: ``"local"`` for a run without sign-in, else the
        signed-in person's stable id.
    busy_timeout_s : float
        How long a write waits for another writer [s].

    Raises
    ------
    planner.store.engine.StoreError
        With a message saying what is wrong with the database and what to do.
    """
    chosen = database_url(url)
    engine = connect(chosen, busy_timeout_s=busy_timeout_s)
    return Store(engine, user=user, where=_describe_url(chosen))


def _entry(row: PlanEntryRow) -> PlanEntry:
    return PlanEntry(row.meal, row.food_id, row.amount, row.unit, row.grams)


def _entry_row(position: int, entry: PlanEntry) -> PlanEntryRow:
    return PlanEntryRow(
        position=position,
        meal=entry.meal,
        food_id=entry.food_id,
        amount=entry.amount,
        unit=entry.unit,
        grams=entry.grams,
    )
