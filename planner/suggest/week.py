"""A generated week: seven days of the articles' foods, each meeting its own date's targets.

Each day is a :func:`planner.suggest.dayplan.plan_day`, generated one after another with
counts carried across the week: a food that has reached its limit of days is left out of
the pool of the days still to plan; a kind of food (the pool's ``group``: fish, legumes,
dairy products) that has reached its limit of uses may be used only as often as its
remainder allows; and a food already in the week (most of all on the day before or after)
costs the solver more, so that the days differ. Training days, whose targets a saved
workout raised, are planned first, while every food is still available. A day that cannot
be planned, or misses a target, is explained, never left out silently.

The two limits are product choices for variety, not nutrition facts:

- :data:`MAX_DAYS_PER_FOOD` = 3: a food on at most three days of the seven, so that no food
  makes up most of the week and the week draws on several times the foods of one day
  (about 35 to 45 against 8 to 18 for seven days planned alone). Two days is too few for
  the article pool of about 60 foods: the sodium-, calcium- and magnesium-rich foods run
  out, and 7 of the 35 days of ``benchmarks/bench_week.py``'s five profiles missed a
  target, against 1 with three days.
- :data:`MAX_USES_PER_KIND` = 10: a kind of food at most ten times a week, about one and a
  half a day, on top of the day's own limit of two, so that fish, say, is not on the plate
  twice every day. Eight uses left a vegetarian pregnancy a day short of sodium.

Drinking water is a drink, not a food to vary: it is exempt from both limits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.nutrients import LABELS, UNITS
from planner.intake.targets import Target
from planner.suggest.dayplan import DayPlan, check_energy_target, day_plan_json, plan_day

__all__ = [
    "MAX_DAYS_PER_FOOD",
    "MAX_USES_PER_KIND",
    "WEEK_DAYS",
    "WeekPlan",
    "plan_rows",
    "plan_week",
    "week_dates",
    "week_plan_json",
]

#: Days in a week.
WEEK_DAYS = 7
#: Most days of a week one food may appear on (a product choice; see the module docstring).
MAX_DAYS_PER_FOOD = 3
#: Most uses of one kind of food in a week (a product choice; see the module docstring).
MAX_USES_PER_KIND = 10
#: The solver's extra cost of a food for each day of the week it is on already, and for each
#: neighbouring day it is on (a half portion costs 1): a preference for rotating foods
#: that the limits do not force; it changes no target met.
REPEAT_COST = 1.0
NEXT_DAY_COST = 2.0
#: Kinds of the pool exempt from both limits.
UNLIMITED_KINDS = frozenset({"water"})


@dataclass(frozen=True)
class WeekPlan:
    """A generated week.

    Attributes
    ----------
    dates : list of str
        The seven ISO dates, in order.
    days : dict of str to DayPlan
        The generated days by date (the dates that were asked for and could be planned).
    problems : dict of str to str
        Why a day asked for could not be planned, or which targets a generated day misses.
    targets : dict of str to dict of str to Target
        The targets each date was planned for (a training day's are adjusted).
    food_days : dict of str to int
        Days of the week each food appears on (kept days included), drinking water aside.
    kind_uses : dict of str to int
        Uses of each kind of food in the week's generated and kept days, water aside.
    max_days_per_food, max_uses_per_kind : int
        The limits the week was planned with.
    """

    dates: list[str]
    days: dict[str, DayPlan]
    problems: dict[str, str] = field(default_factory=dict)
    targets: dict[str, dict[str, Target]] = field(default_factory=dict)
    food_days: dict[str, int] = field(default_factory=dict)
    kind_uses: dict[str, int] = field(default_factory=dict)
    max_days_per_food: int = MAX_DAYS_PER_FOOD
    max_uses_per_kind: int = MAX_USES_PER_KIND


def week_dates(start: str | dt.date) -> list[str]:
    """The seven ISO dates of the week that begins on ``start``.

    Raises
    ------
    PlannerError
        If ``start`` is not a date (``YYYY-MM-DD``).
    """
    if isinstance(start, str):
        try:
            start = dt.date.fromisoformat(start.strip())
        except ValueError:
            raise PlannerError(f"{start!r} is not a date; expected YYYY-MM-DD") from None
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(WEEK_DAYS)]


def plan_week(
    pool: pd.DataFrame,
    targets: Mapping[str, Target],
    *,
    start: str | dt.date,
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
    fill: Collection[str] | None = None,
    kept: Mapping[str, Sequence[str]] | None = None,
    kcal: float = 2000.0,
    seed: int | None = None,
    max_days_per_food: int = MAX_DAYS_PER_FOOD,
    max_uses_per_kind: int = MAX_USES_PER_KIND,
    time_limit_s: float = 4.0,
) -> WeekPlan:
    """Generate the days of a week, each meeting its own date's targets, with variety.

    Parameters
    ----------
    pool : pandas.DataFrame
        :func:`planner.suggest.pool.food_pool` with ``pool="articles"`` (it needs ``group``).
    targets : mapping of str to Target
        The targets of an ordinary day.
    start : str or datetime.date
        The first of the seven dates.
    targets_by_date : mapping, optional
        Targets of particular dates that replace ``targets`` (a training day's, raised by
        its sweat losses: :meth:`planner.store.Store.targets_by_date`).
    fill : collection of str, optional
        The ISO dates to generate (default: all seven).
    kept : mapping of str to sequence of str, optional
        The ``food_id`` of each entry of days that are kept as they are; their foods count
        towards the week's limits.
    kcal : float
        Energy target of each day [kcal]; each day stays within ±10 %.
    seed : int, optional
        Another week for another seed (each day is perturbed by its own seed).
    max_days_per_food, max_uses_per_kind : int
        The week's limits (:data:`MAX_DAYS_PER_FOOD`, :data:`MAX_USES_PER_KIND`).
    time_limit_s : float
        Solver time limit of each day [s].

    Returns
    -------
    WeekPlan

    Raises
    ------
    PlannerError
        If ``start`` is not a date, a date to fill lies outside the week, the energy target
        is outside 800 to 5000 kcal, or a limit is below 1.
    """
    dates = week_dates(start)
    wanted = list(dates) if fill is None else [d for d in dates if d in set(fill)]
    outside = sorted(set(fill or ()) - set(dates))
    if outside:
        raise PlannerError(
            f"{', '.join(outside)} is not in the week {dates[0]} to {dates[-1]}; "
            "give dates of that week to fill"
        )
    check_energy_target(kcal)
    if max_days_per_food < 1 or max_uses_per_kind < 1:
        raise PlannerError("a food and a kind of food must each be allowed at least once a week")
    special = targets_by_date or {}
    day_targets = {d: dict(special.get(d, targets)) for d in dates}
    kind_of = dict(zip(pool["food_id"], pool["group"], strict=True))
    food_days: Counter[str] = Counter()
    kind_uses: Counter[str] = Counter()
    placed: dict[str, set[str]] = {}
    for date, food_ids in (kept or {}).items():
        if date in dates and date not in wanted:
            _count(food_ids, kind_of, food_days, kind_uses)
            placed[date] = set(food_ids)
    # Training days first, while every food is still available; then in date order.
    order = sorted(wanted, key=lambda d: (not _is_adjusted(day_targets[d]), d))
    days: dict[str, DayPlan] = {}
    problems: dict[str, str] = {}
    for date in order:
        capped = {f for f, n in food_days.items() if n >= max_days_per_food}
        spent = {k: max_uses_per_kind - n for k, n in kind_uses.items()}
        kinds_out = {k for k, left in spent.items() if left <= 0}
        allowed = pool[
            ~pool["food_id"].isin(capped) & ~pool["group"].isin(kinds_out - UNLIMITED_KINDS)
        ]
        day_seed = None if seed is None else seed * WEEK_DAYS + dates.index(date)
        near = _near_days(date, placed)
        costs = {f: REPEAT_COST * n + NEXT_DAY_COST * near.get(f, 0) for f, n in food_days.items()}
        try:
            day = plan_day(
                allowed,
                day_targets[date],
                kcal=kcal,
                seed=day_seed,
                time_limit_s=time_limit_s,
                kind_limits={k: v for k, v in spent.items() if k not in UNLIMITED_KINDS},
                use_costs=costs,
            )
        except PlannerError as exc:
            problems[date] = f"{date}: {exc}" + _limited_text(
                capped, kinds_out - UNLIMITED_KINDS, max_days_per_food
            )
            continue
        days[date] = day
        placed[date] = set(day.plan["food_id"])
        _count(day.plan["food_id"].tolist(), kind_of, food_days, kind_uses)
        if day.unmet:
            problems[date] = f"{date}: " + _unmet_text(day.unmet)
    return WeekPlan(
        dates=dates,
        days={d: days[d] for d in dates if d in days},
        problems={d: problems[d] for d in dates if d in problems},
        targets=day_targets,
        food_days=dict(food_days),
        kind_uses=dict(kind_uses),
        max_days_per_food=max_days_per_food,
        max_uses_per_kind=max_uses_per_kind,
    )


def _count(
    food_ids: Sequence[str],
    kind_of: Mapping[str, str],
    food_days: Counter[str],
    kind_uses: Counter[str],
) -> None:
    """Count one day's foods: each food once a day, each kind once a use."""
    for food_id in dict.fromkeys(food_ids):
        if kind_of.get(food_id) not in UNLIMITED_KINDS:
            food_days[food_id] += 1
    for food_id in food_ids:
        kind = kind_of.get(food_id)
        if kind is not None and kind not in UNLIMITED_KINDS:
            kind_uses[kind] += 1


def _near_days(date: str, placed: Mapping[str, set[str]]) -> Counter[str]:
    """How many of the days just before and after ``date`` each food is on."""
    day = dt.date.fromisoformat(date)
    near: Counter[str] = Counter()
    for other in (day - dt.timedelta(days=1), day + dt.timedelta(days=1)):
        near.update(placed.get(other.isoformat(), set()))
    return near


def _limited_text(capped: Collection[str], kinds: Collection[str], days: int) -> str:
    """What the week's limits took out of a day's pool, for an explanation."""
    parts = []
    if capped:
        noun = "food is" if len(capped) == 1 else "foods are"
        parts.append(f"{len(capped)} {noun} on {days} days already")
    if kinds:
        parts.append(f"the week's uses of {', '.join(sorted(kinds))} are spent")
    return f" (the week's variety limits: {'; '.join(parts)})" if parts else ""


def _is_adjusted(targets: Mapping[str, Target]) -> bool:
    return any(t.adjusted for t in targets.values())


def _unmet_text(unmet: Mapping[str, float]) -> str:
    short = ", ".join(
        f"{LABELS.get(n, n).lower()} "
        f"{f'{amount:,.0f}' if amount >= 1 else 'less than 1'} {UNITS.get(n, '')} short"
        for n, amount in unmet.items()
    )
    return f"the day generated misses a target: {short}"


def plan_rows(day: DayPlan) -> list[dict[str, object]]:
    """A generated day as plan rows: ``meal``, ``food_id``, ``amount`` (portions),
    ``unit`` (the portion) and ``grams`` [g], as :class:`planner.store.PlanEntry` reads
    them."""
    return [
        {
            "meal": str(r["meal"]),
            "food_id": str(r["food_id"]),
            "amount": float(r["portions"]),
            "unit": str(r["portion"]),
            "grams": float(r["grams"]),
        }
        for r in day.plan.to_dict("records")
    ]


def week_plan_json(week: WeekPlan, *, foods: pd.DataFrame) -> dict[str, Any]:
    """The JSON object of ``planner plan-week``: each date's plan re-checked against its
    own targets (``day_plan_json``), ``adjusted`` naming a training day's change, and the
    problems and counts of the week."""
    days = []
    for date in week.dates:
        targets = week.targets[date]
        day = week.days.get(date)
        entry: dict[str, Any] = {
            "date": date,
            "adjusted": sorted({t.adjusted for t in targets.values() if t.adjusted}),
            "problem": week.problems.get(date),
        }
        if day is not None:
            entry |= day_plan_json(day, targets, foods=foods)
        days.append(entry)
    return {
        "start": week.dates[0],
        "limits": {
            "days_per_food": week.max_days_per_food,
            "uses_per_kind": week.max_uses_per_kind,
        },
        "days": days,
        "food_days": dict(sorted(week.food_days.items())),
        "kind_uses": dict(sorted(week.kind_uses.items())),
    }
