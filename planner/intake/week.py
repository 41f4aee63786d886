"""A week of planned days against each date's targets: per nutrient, days below, within, above.

Each planned day is checked by :func:`planner.intake.check.check_entries` against its own
date's targets (a training day's are raised by its sweat losses). A date with no planned
entry is counted as "no plan", never as a day below every target.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from planner.fooddb.nutrients import CHECKED
from planner.intake.check import DiaryCheck, check_entries
from planner.intake.targets import Target

__all__ = ["NO_PLAN", "WEEK_STATUSES", "WeekCheck", "check_week", "week_check_json"]

#: The status of a nutrient on a date with nothing planned.
NO_PLAN = "no plan"
#: The columns of :attr:`WeekCheck.counts`, in order: a nutrient's total is ``unknown`` when
#: no food of the day reports it.
WEEK_STATUSES = ("below", "within", "above", "unknown", NO_PLAN)


@dataclass(frozen=True)
class WeekCheck:
    """The result of :func:`check_week`.

    Attributes
    ----------
    dates : list of str
        The ISO dates checked, in order.
    days : pandas.DataFrame
        One row per date: ``date``, ``entries`` (planned entries counted), ``adjusted``
        (whether a saved workout raised the date's targets), ``energy_kcal`` (``NaN`` with
        no plan) and one column per checked nutrient holding its status (``below``,
        ``within``, ``above``, ``unknown`` or ``no plan``).
    counts : pandas.DataFrame
        Indexed by nutrient, one column per status of :data:`WEEK_STATUSES`: the number of
        days with that status. Each row adds up to the number of dates.
    check : DiaryCheck or None
        The check of the planned days (``None`` when no date has a plan).
    """

    dates: list[str]
    days: pd.DataFrame
    counts: pd.DataFrame
    check: DiaryCheck | None

    @property
    def unplanned(self) -> list[str]:
        """The dates with no planned entry, in order."""
        return [str(d) for d, n in zip(self.dates, self.days["entries"], strict=True) if n == 0]

    def foods_by_date(self) -> dict[str, list[str]]:
        """The ``food_id`` of each planned entry, by date (what a generated week keeps)."""
        if self.check is None:
            return {}
        eaten = self.check.contributions
        return {str(d): list(f) for d, f in eaten.groupby("date", sort=True)["food_id"]}


def check_week(
    entries: pd.DataFrame,
    *,
    dates: Sequence[str],
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
) -> WeekCheck:
    """Check the planned days of ``dates`` and count each nutrient's days by status.

    Parameters
    ----------
    entries : pandas.DataFrame
        Resolved plan entries: ``date`` (ISO), ``meal``, ``food_id`` and ``grams`` [g] (a
        :class:`planner.diary.Diary`'s ``entries``); entries of other dates are ignored.
    dates : sequence of str
        The ISO dates of the week (or any span).
    foods : pandas.DataFrame
        The food table.
    targets : mapping of str to Target
        An ordinary day's targets.
    targets_by_date : mapping, optional
        Targets of particular dates that replace ``targets`` (training days).

    Returns
    -------
    WeekCheck
    """
    wanted = list(dict.fromkeys(str(d) for d in dates))
    special = {d: t for d, t in (targets_by_date or {}).items() if d in wanted}
    planned = entries[entries["date"].astype(str).isin(wanted)].assign(
        date=lambda t: t["date"].astype(str)
    )
    check = (
        check_entries(planned, foods=foods, targets=targets, targets_by_date=special)
        if len(planned)
        else None
    )
    counted = planned.groupby("date").size()
    status = pd.DataFrame(NO_PLAN, index=pd.Index(wanted, name="date"), columns=list(CHECKED))
    energy = pd.Series(float("nan"), index=status.index)
    if check is not None:
        rows = check.days[check.days["nutrient"].isin(CHECKED)]
        wide = rows.pivot(index="date", columns="nutrient", values="status")[list(CHECKED)]
        status.loc[wide.index, list(CHECKED)] = wide.to_numpy()
        kcal = check.days[check.days["nutrient"] == "energy_kcal"].set_index("date")["total"]
        energy.loc[kcal.index] = kcal.to_numpy()
    days = pd.DataFrame(
        {
            "date": wanted,
            "entries": counted.reindex(wanted, fill_value=0).to_numpy(dtype=int),
            "adjusted": [any(t.adjusted for t in special.get(d, {}).values()) for d in wanted],
            "energy_kcal": energy.to_numpy(),
        }
    )
    days = pd.concat([days, status.reset_index(drop=True)], axis=1)
    counts = pd.DataFrame(
        {s: [(status[n] == s).sum() for n in CHECKED] for s in WEEK_STATUSES},
        index=pd.Index(list(CHECKED), name="nutrient"),
    ).astype(int)
    return WeekCheck(dates=wanted, days=days, counts=counts, check=check)


def week_check_json(week: WeekCheck) -> dict[str, Any]:
    """The week view as plain data (``planner days week --json``)."""
    rows: list[dict[Any, Any]] = week.days.to_dict("records")
    return {
        "dates": week.dates,
        "days": [
            {
                "date": str(r["date"]),
                "entries": int(r["entries"]),
                "adjusted": bool(r["adjusted"]),
                "energy_kcal": None if pd.isna(r["energy_kcal"]) else float(r["energy_kcal"]),
                "status": {n: str(r[n]) for n in CHECKED},
            }
            for r in rows
        ],
        "counts": {n: {s: int(week.counts[s].loc[n]) for s in WEEK_STATUSES} for n in CHECKED},
    }
