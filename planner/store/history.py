"""One history of a person's days: saved tracker days, planned days and workouts, checked.

Each date's intake comes from one source. A saved tracker day is what was eaten, a planned
day what was meant to be eaten, so **a date with both is checked from the tracker day** and
its plan is left out; a date with a plan only is checked from the plan, resolved from the
food database as Plan a day resolves it. Every date is checked against its own targets: the
profile's, raised on a date with a saved workout by that session's sweat losses
(:func:`planner.sweat.losses.training_day_targets`), the same targets Plan a day, Food diary
and ``planner check --saved`` use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from sqlalchemy import func, select, union

from planner.diary.formats import Export
from planner.diary.planner_csv import resolve_diary
from planner.diary.upload import Upload
from planner.fooddb.nutrients import TOTALLED
from planner.intake.check import DiaryCheck
from planner.intake.targets import Target
from planner.intake.trends import day_table
from planner.intake.upload import UploadCheck, check_upload
from planner.store.models import (
    ImportRow,
    PlanDayRow,
    PlanEntryRow,
    TrackerDayRow,
    WorkoutRow,
)
from planner.sweat.losses import SweatResult, training_day_targets

if TYPE_CHECKING:
    from planner.resolve.search import SearchIndex
    from planner.store.store import SavedUpload, Store

TRACKER = "tracker"
PLANNED = "planned"
#: Where a date's intake came from.
SOURCES = (TRACKER, PLANNED)
#: The columns of :attr:`History.days`.
DAY_COLUMNS = (
    "date",
    "source",
    "tracker_format",
    "import_id",
    "also_planned",
    "workout",
    "raised",
    "workout_hours",
    "sweat_loss_l",
    "sodium_lost_mg",
    "potassium_lost_mg",
)


@dataclass(frozen=True)
class HistoryPart:
    """One source of checked days: a kept upload (its days in the range) or the plans.

    Attributes
    ----------
    source : {"tracker", "planned"}
    upload : Upload
        The saved upload limited to its days in the range, or the planned days read as the
        planner's own diary (:func:`planned_upload`).
    result : UploadCheck
        ``upload`` checked (:func:`planner.intake.upload.check_upload`).
    import_id : int or None
        The saved upload's id (``None`` for the plans).
    name : str
        The uploaded file's name (``""`` for the plans).
    """

    source: str
    upload: Upload
    result: UploadCheck
    import_id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class History:
    """The result of :func:`check_history`.

    Attributes
    ----------
    check : DiaryCheck
        Every date with intake, checked against its own targets (``targets_by_date`` holds
        the days raised by a workout); the charts of many days take it as it is.
    days : pandas.DataFrame
        One row per checked date (:data:`DAY_COLUMNS`): ``source`` (``"tracker"`` or
        ``"planned"``), ``tracker_format`` and ``import_id`` (``None`` for a planned day),
        ``also_planned`` (a tracker day that had a plan too, left out), ``workout`` (a saved
        session that date), ``raised`` (the nutrients whose targets it raised, ``", "``-joined),
        ``workout_hours`` [h], ``sweat_loss_l`` [L], ``sodium_lost_mg`` and
        ``potassium_lost_mg`` [mg] (``NaN`` without a workout).
    parts : tuple of HistoryPart
        The sources in date order, each checked on its own (the CLI's JSON is built per part).
    workouts : dict of str to SweatResult
        The saved sessions in the range, by ISO date.
    """

    check: DiaryCheck
    days: pd.DataFrame
    parts: tuple[HistoryPart, ...]
    workouts: dict[str, SweatResult]

    @property
    def dates(self) -> list[str]:
        """The checked dates, in order."""
        return self.check.dates

    @property
    def targets_by_date(self) -> dict[str, dict[str, Target]]:
        """The targets of each date raised by a workout."""
        return self.check.targets_by_date


def workout_targets(
    targets: Mapping[str, Target], workouts: Mapping[str, SweatResult]
) -> dict[str, dict[str, Target]]:
    """``targets`` raised by each session's losses, by the session's date
    (:func:`planner.sweat.losses.training_day_targets`)."""
    return {date: training_day_targets(targets, r) for date, r in workouts.items()}


def planned_upload(
    plan: pd.DataFrame,
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    index: SearchIndex,
    skip: Collection[str] = (),
) -> Upload | None:
    """Planned days as an upload of the planner's own diary, resolved from the food database.

    Parameters
    ----------
    plan : pandas.DataFrame
        The all-text diary frame of :meth:`planner.store.Store.plan_frame`.
    foods, portions : pandas.DataFrame
        The food and portion tables.
    index : SearchIndex
        For naming the closest foods of an entry whose food is unknown.
    skip : collection of str
        ISO dates left out (those with a tracker day).

    Returns
    -------
    Upload or None
        ``None`` when no entry is left.
    """
    rows = plan[~plan["date"].isin(list(skip))].reset_index(drop=True)
    if rows.empty:
        return None
    diary = resolve_diary(rows, foods=foods, portions=portions, index=index)
    export = Export(
        format="planner",
        rows=pd.DataFrame(
            {"row": np.arange(1, len(rows) + 1), "date": rows["date"].to_numpy(dtype=object)}
        ),
        raw=rows,
    )
    return Upload(export=export, logged=None, database=diary)


def check_history(
    tracker: Sequence[SavedUpload],
    planned: Upload | None,
    workouts: Mapping[str, SweatResult],
    *,
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    plan_dates: Collection[str] = (),
    remap: bool = False,
) -> History:
    """Check saved tracker days and planned days as one history.

    Parameters
    ----------
    tracker : sequence of SavedUpload
        The saved uploads, each limited to its days in the range
        (:meth:`planner.store.Store.saved_uploads`).
    planned : Upload or None
        The planned days without a tracker day (:func:`planned_upload`).
    workouts : mapping of str to SweatResult
        The saved sessions by ISO date; each raises its date's targets.
    foods : pandas.DataFrame
        The food table.
    targets : mapping of str to Target
        The profile's targets (:func:`planner.intake.targets.daily_targets`).
    plan_dates : collection of str
        The dates with a saved plan, to mark tracker days that had one too.
    remap : bool
        Check tracker days recomputed from the food database rather than as logged (as
        ``planner check --remap``); a format without food names stays as logged.

    Returns
    -------
    History
    """
    raised = workout_targets(targets, workouts)
    parts: list[HistoryPart] = []
    for saved in tracker:
        upload = saved.upload
        result = check_upload(
            upload,
            foods=foods,
            targets=targets,
            targets_by_date=raised,
            remap=remap and upload.database is not None,
        )
        parts.append(HistoryPart(TRACKER, upload, result, saved.import_id, saved.name))
    if planned is not None:
        result = check_upload(planned, foods=foods, targets=targets, targets_by_date=raised)
        parts.append(HistoryPart(PLANNED, planned, result))
    check = _joined(parts, targets, raised)
    days = _day_sources(parts, check, workouts, raised, targets, set(plan_dates))
    return History(check=check, days=days, parts=tuple(parts), workouts=dict(workouts))


def _joined(
    parts: Sequence[HistoryPart],
    targets: Mapping[str, Target],
    raised: Mapping[str, Mapping[str, Target]],
) -> DiaryCheck:
    """The parts' checks as one: their dates never overlap (one source per date)."""
    checks = [(p.source, p.result.check) for p in parts if len(p.result.check.days)]
    if checks:
        contributions = pd.concat(
            [c.contributions.assign(source=s) for s, c in checks], ignore_index=True
        )
        days = pd.concat([c.days for _, c in checks], ignore_index=True)
        days = days.sort_values("date", kind="stable", ignore_index=True)
    else:
        contributions = pd.DataFrame(
            columns=["date", "meal", "food_id", "description", "food_group", "grams", *TOTALLED]
        )
        days = pd.DataFrame(
            columns=[
                *("date", "nutrient", "total", "min", "min_kind", "max", "max_kind"),
                *("adjusted", "percent_of_min", "status", "incomplete", "missing_from"),
            ]
        )
    checked = set(contributions["date"])
    return DiaryCheck(
        targets=dict(targets),
        contributions=contributions,
        days=days,
        targets_by_date={d: dict(t) for d, t in raised.items() if d in checked},
    )


def _day_sources(
    parts: Sequence[HistoryPart],
    check: DiaryCheck,
    workouts: Mapping[str, SweatResult],
    raised: Mapping[str, Mapping[str, Target]],
    targets: Mapping[str, Target],
    plan_dates: set[str],
) -> pd.DataFrame:
    rows: list[dict[str, Any]] = []
    checked = set(check.dates)
    for part in parts:
        for date in sorted(set(part.result.check.dates) & checked):
            workout = workouts.get(date)
            day_targets = raised.get(date, targets)
            rows.append(
                {
                    "date": date,
                    "source": part.source,
                    "tracker_format": part.upload.export.format if part.source == TRACKER else None,
                    "import_id": part.import_id,
                    "also_planned": part.source == TRACKER and date in plan_dates,
                    "workout": workout is not None,
                    "raised": ", ".join(n for n in targets if day_targets[n] != targets[n]),
                    "workout_hours": np.nan if workout is None else workout.session.hours,
                    "sweat_loss_l": np.nan if workout is None else workout.sweat_loss_l,
                    "sodium_lost_mg": np.nan if workout is None else workout.losses_mg["sodium_mg"],
                    "potassium_lost_mg": np.nan
                    if workout is None
                    else workout.losses_mg["potassium_mg"],
                }
            )
    frame = pd.DataFrame(rows, columns=list(DAY_COLUMNS))
    frame = frame.astype({"also_planned": bool, "workout": bool, "import_id": "Int64"})
    return frame.sort_values("date", ignore_index=True)


def planned_entries_not_counted(part: HistoryPart) -> pd.DataFrame:
    """The entries of a planned part that were not counted, each named by its date and its
    place in that day's plan (``entry``, from 1), as Plan a day lists them; then the
    account's ``row`` (through every planned day of the range), ``status``, ``column``,
    ``value`` and ``reason``."""
    rows = part.upload.export.rows
    places = pd.DataFrame(
        {
            "row": rows["row"].astype("int64"),
            "date": rows["date"],
            "entry": rows.groupby("date").cumcount().to_numpy() + 1,
        }
    )
    problems = part.result.diary.problems.astype({"row": "int64"})
    named = problems.merge(places, on="row", how="left", validate="one_to_one")
    return named[["date", "entry", *problems.columns]]


def history_table(history: History) -> pd.DataFrame:
    """One row per checked date: where its intake came from, its workout, and each checked
    nutrient's total, % of that day's target and status
    (:func:`planner.intake.trends.day_table`), indexed by date."""
    table = day_table(history.check)
    marks = history.days.set_index("date")[["source", "workout", "raised"]]
    return marks.join(table, how="right").reindex(table.index)


def saved_history(
    store: Store,
    first: str | dt.date,
    last: str | dt.date,
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    targets: Mapping[str, Target],
    index: SearchIndex | None = None,
    planned: bool = True,
    remap: bool = False,
) -> History:
    """The saved history from ``first`` to ``last`` (inclusive), checked
    (:func:`check_history`; ``planned=False`` leaves planned days out). ``index`` names the
    closest foods of a planned food that is unknown; it is built when needed and not given.
    """
    uploads = store.saved_uploads(first, last)
    workouts = store.workouts(first, last)
    plan = store.plan_frame(first, last)
    tracked = {d for u in uploads for d in u.dates}
    plan_upload = None
    if planned and not plan[~plan["date"].isin(list(tracked))].empty:
        if index is None:
            from planner.fooddb.tables import load_article_foods
            from planner.resolve.search import build_search_index

            index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
        plan_upload = planned_upload(
            plan, foods=foods, portions=portions, index=index, skip=tracked
        )
    return check_history(
        uploads,
        plan_upload,
        workouts,
        foods=foods,
        targets=targets,
        plan_dates=set(plan["date"]),
        remap=remap,
    )


def history_dates(store: Store) -> list[str]:
    """The dates with intake saved (a plan with entries or a tracker day), in order."""
    with store.reading() as s:
        planned = (
            select(PlanDayRow.date)
            .join(PlanEntryRow, PlanEntryRow.day_id == PlanDayRow.id)
            .where(PlanDayRow.user_id == store.user)
        )
        tracked = select(TrackerDayRow.date).where(TrackerDayRow.user_id == store.user)
        return sorted(str(d) for d in s.scalars(union(planned, tracked)))


def history_revision(store: Store) -> tuple[object, ...]:
    """A fingerprint of the saved plans, tracker days and workouts that changes whenever
    one is saved, replaced or deleted: one cheap query, so that a page can tell when to
    check its history again."""
    user = store.user

    with store.reading() as s:
        query = select(
            select(func.count()).where(PlanDayRow.user_id == user).scalar_subquery(),
            select(func.max(PlanDayRow.updated_at))
            .where(PlanDayRow.user_id == user)
            .scalar_subquery(),
            select(func.count()).where(TrackerDayRow.user_id == user).scalar_subquery(),
            select(func.max(TrackerDayRow.import_id))
            .where(TrackerDayRow.user_id == user)
            .scalar_subquery(),
            select(func.count()).where(ImportRow.user_id == user).scalar_subquery(),
            select(func.count()).where(WorkoutRow.user_id == user).scalar_subquery(),
            select(func.max(WorkoutRow.saved_at))
            .where(WorkoutRow.user_id == user)
            .scalar_subquery(),
        )
        return tuple(s.execute(query).one())
