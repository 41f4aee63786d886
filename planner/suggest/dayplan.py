"""A generated day of the articles' foods that meets every target.

The day is an integer program (``scipy.optimize.milp``, HiGHS) over the article foods in
four meals. Each food goes only into meals it suits, in half usual portions (at most 300 g of
a solid food), once a day (drinks such as water and milk at any meal); a meal holds one food
of a kind, a kind appears at most twice a day, main meals hold two to four foods and snacks
one to three, and at least five food groups are used. Breakfast has a grain or fruit, lunch
and dinner a vegetable or legume. Potassium, magnesium, calcium and water reach their levels,
sodium stays between its AI and CDRR (or a doctor's limit), calcium under its UL, and energy
within 10 % of the target. Among such days the one with the fewest portions and energy
closest to the target wins; a ``seed`` perturbs that choice to offer another day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.nutrients import CALCIUM, CHECKED, ENERGY, SODIUM
from planner.intake.check import check_entries, day_summary
from planner.intake.targets import Target

MEAL_ORDER = ("breakfast", "lunch", "dinner", "snacks")
#: Energy tolerance around the target (the issue's 10 %).
ENERGY_TOLERANCE = 0.10
#: The meals each article group suits.
_MEALS_OF_GROUP = {
    "bananas": ("breakfast", "snacks"),
    "potatoes": ("lunch", "dinner"),
    "sweet potatoes": ("lunch", "dinner"),
    "avocados": ("breakfast", "lunch"),
    "spinach": ("lunch", "dinner"),
    "leafy greens": ("lunch", "dinner"),
    "nuts": ("breakfast", "snacks"),
    "seeds": ("breakfast", "snacks"),
    "whole grains": ("lunch", "dinner"),
    "legumes": ("lunch", "dinner"),
    "soybeans": ("lunch", "dinner"),
    "fortified plant milks": ("breakfast", "snacks"),
    "dairy products": ("breakfast", "lunch", "snacks"),
    "meat": ("lunch", "dinner"),
    "fish": ("lunch", "dinner"),
    "apricots": ("breakfast", "snacks"),
    "melons": ("breakfast", "snacks"),
    "salted snacks": ("snacks",),
    "sodium-containing foods": ("lunch", "dinner"),
    "coconut water": ("snacks",),
    "high-water foods": ("lunch", "dinner", "snacks"),
    "water": MEAL_ORDER,
}
#: Whole grains eaten at breakfast rather than as a side dish.
_BREAKFAST_GRAINS = ("oats", "bread")
#: Glasses of water per meal at most (one glass = the usual 8 fl oz serving).
_WATER_GLASSES = 3.0
#: Solid foods per meal (drinks come on top, at most two besides water).
_FOODS_PER_MEAL = {"breakfast": (2, 4), "lunch": (2, 4), "dinner": (2, 4), "snacks": (1, 3)}
_DRINKS_PER_MEAL = 2
_DRINK_GROUPS = {"water", "fortified plant milks", "coconut water", "electrolyte and sports drinks"}
#: Most of one solid food in one meal [g]: a plate, not a platter.
_MAX_SOLID_G = 300.0
#: Every breakfast has a grain or a fruit; every lunch and dinner a vegetable or legume.
_MEAL_BASES = {
    "breakfast": {"whole grains", "bananas", "apricots", "melons", "avocados"},
    "lunch": {
        "potatoes",
        "sweet potatoes",
        "spinach",
        "leafy greens",
        "high-water foods",
        "legumes",
        "soybeans",
        "avocados",
    },
}
_MEAL_BASES["dinner"] = _MEAL_BASES["lunch"]
_MIN_GROUPS = 5
_SHORTFALL_WEIGHT = 1e4
_ENERGY_WEIGHT = 0.02


@dataclass(frozen=True)
class DayPlan:
    """A generated day.

    Attributes
    ----------
    plan : pandas.DataFrame
        ``meal``, ``food_id``, ``description``, ``portion``, ``portions``, ``grams`` and the
        amount of each checked nutrient and energy.
    totals : dict of str to float
    unmet : dict of str to float
        Targets the plan could not reach, and by how much (empty when it meets them all).
    """

    plan: pd.DataFrame
    totals: dict[str, float]
    unmet: dict[str, float] = field(default_factory=dict)


def plan_day(
    pool: pd.DataFrame,
    targets: Mapping[str, Target],
    *,
    kcal: float = 2000.0,
    seed: int | None = None,
    time_limit_s: float = 4.0,
    kind_limits: Mapping[str, int] | None = None,
    use_costs: Mapping[str, float] | None = None,
) -> DayPlan:
    """Generate a day of the pool's foods that meets the targets at about ``kcal``.

    Parameters
    ----------
    pool : pandas.DataFrame
        :func:`planner.suggest.pool.food_pool` with ``pool="articles"`` (it needs ``group``).
    targets : mapping of str to Target
        The day's targets.
    kcal : float
        Energy target [kcal]; the plan stays within ±10 %.
    seed : int, optional
        Perturbs the choice among equally good days.
    time_limit_s : float
        Solver time limit [s].
    kind_limits : mapping of str to int, optional
        Fewer uses of a kind of food (the pool's ``group``) than the two a day allows, such
        as what a week's limit leaves (:func:`planner.suggest.week.plan_week`).
    use_costs : mapping of str to float, optional
        An extra cost for using a food (by ``food_id``) in a meal, in the units of the
        solver's preference (a half portion costs 1): foods eaten on other days of a week
        weigh more, so the days differ.

    Raises
    ------
    PlannerError
        When no day of these foods fits the energy target at all.
    """
    # scipy is imported here so that commands without a solver start quickly.
    from scipy.optimize import Bounds, LinearConstraint, milp

    check_energy_target(kcal)
    columns = [*CHECKED, ENERGY]
    foods = pool.dropna(subset=[*columns, "portion_g"]).reset_index(drop=True)
    foods = foods[foods["group"].isin(_MEALS_OF_GROUP)].reset_index(drop=True)
    pairs = [
        (i, meal)
        for i, (group, text) in enumerate(zip(foods["group"], foods["description"], strict=True))
        for meal in _meals_of(str(group), str(text))
    ]
    if not pairs:
        raise PlannerError("no foods left to plan with; relax the exclusions")
    p = len(pairs)
    food_of = np.array([i for i, _ in pairs])
    meal_of = [m for _, m in pairs]
    group_of = foods["group"].to_numpy()[food_of]
    is_water = group_of == "water"
    drink_food = (
        foods["group"].isin(_DRINK_GROUPS)
        | foods["description"].str.startswith(("Milk,", "Beverages,"))
    ).to_numpy()
    is_drink = drink_food[food_of]
    per_step = (
        foods[columns].to_numpy(float)[food_of]
        * (foods["portion_g"].to_numpy(float)[food_of] / 100.0 * 0.5)[:, None]
    )
    col = {name: j for j, name in enumerate(columns)}
    groups = sorted(set(foods["group"]) - {"water"})
    gidx = {g: k for k, g in enumerate(groups)}
    mins = [n for n in CHECKED if targets[n].min > 0]
    # Variables: x (half portions per food and meal), y (used), g (group used), s (shortfall).
    nx, ng, ns = p, len(groups), len(mins)
    # Two more continuous variables: energy above and below the target [kcal].
    n = 2 * nx + ng + ns + 2
    over, under = n - 2, n - 1
    half_g = foods["portion_g"].to_numpy(float)[food_of] / 2.0
    cap = np.where(
        is_water,
        2 * _WATER_GLASSES,
        np.where(is_drink, 4.0, np.clip(np.floor(_MAX_SOLID_G / half_g), 1.0, 4.0)),
    )
    if "max_portions" in foods.columns:
        # No more than one sitting of a food (the pool's cap: 80 g of dried apricots).
        sitting = foods["max_portions"].to_numpy(float)[food_of] * 2.0
        cap = np.minimum(cap, np.where(np.isnan(sitting), cap, np.maximum(sitting, 1.0)))
    upper = np.concatenate([cap, np.ones(nx), np.ones(ng), np.full(ns + 2, np.inf)])
    integrality = np.concatenate([np.ones(2 * nx + ng), np.zeros(ns + 2)])
    rows: list[tuple[np.ndarray, float, float]] = []

    def row() -> np.ndarray:
        return np.zeros(n)

    for j, name in enumerate(mins):
        r = row()
        r[:nx] = per_step[:, col[name]]
        r[2 * nx + ng + j] = 1.0
        rows.append((r, targets[name].min, np.inf))
    for name in (SODIUM, CALCIUM):
        limit = targets[name].max
        if limit is not None:
            r = row()
            r[:nx] = per_step[:, col[name]]
            rows.append((r, -np.inf, float(limit)))
    r = row()
    r[:nx] = per_step[:, col[ENERGY]]
    rows.append((r, kcal * (1 - ENERGY_TOLERANCE), kcal * (1 + ENERGY_TOLERANCE)))
    r = row()
    r[:nx] = per_step[:, col[ENERGY]]
    r[over], r[under] = -1.0, 1.0
    rows.append((r, kcal, kcal))  # energy - over + under = target
    for k in range(nx):
        r = row()
        r[k] = 1.0
        r[nx + k] = -cap[k]
        rows.append((r, -np.inf, 0.0))
        r = row()
        r[k] = 1.0
        r[nx + k] = -1.0
        rows.append((r, 0.0, np.inf))  # a food in a meal is at least half a portion
    in_meal = {meal: np.array([m == meal for m in meal_of]) for meal in MEAL_ORDER}
    for meal, (low, high) in _FOODS_PER_MEAL.items():
        r = row()
        r[nx : 2 * nx] = (in_meal[meal] & ~is_drink).astype(float)
        rows.append((r, low, high))
        r = row()
        r[nx : 2 * nx] = (in_meal[meal] & is_drink & ~is_water).astype(float)
        rows.append((r, 0.0, _DRINKS_PER_MEAL))
    for meal in MEAL_ORDER:
        for g in groups:
            r = row()
            r[nx : 2 * nx] = (in_meal[meal] & (group_of == g)).astype(float)
            rows.append((r, 0.0, 1.0))  # one food of a kind per meal: one fish, one grain
    for meal, bases in _MEAL_BASES.items():
        r = row()
        r[nx : 2 * nx] = (in_meal[meal] & np.isin(group_of, list(bases))).astype(float)
        rows.append((r, 1.0, np.inf))
    for i in range(len(foods)):
        r = row()
        r[nx : 2 * nx] = (food_of == i).astype(float)
        # A food once a day, a drink (water, milk) up to every meal: variety across meals.
        rows.append((r, 0.0, len(MEAL_ORDER) if drink_food[i] else 1.0))
    limits = kind_limits or {}
    for g in groups:
        r = row()
        r[nx : 2 * nx] = (group_of == g).astype(float)
        # A kind of food (fish, legumes) at most twice a day, or as often as a week allows.
        rows.append((r, 0.0, float(min(2, max(limits.get(g, 2), 0)))))
    for g, k in gidx.items():
        r = row()
        r[nx : 2 * nx] = (group_of == g).astype(float)
        r[2 * nx + k] = -1.0
        rows.append((r, 0.0, np.inf))
    r = row()
    r[2 * nx : 2 * nx + ng] = 1.0
    rows.append((r, min(_MIN_GROUPS, ng), np.inf))

    cost = np.zeros(n)
    cost[:nx] = np.where(is_water, 0.1, 1.0)
    if seed is not None:
        cost[:nx] += np.random.default_rng(seed).uniform(0.0, 0.9, nx)
    cost[nx : 2 * nx] = 0.5
    if use_costs:
        ids = foods["food_id"].to_numpy()[food_of]
        cost[nx : 2 * nx] += np.array([float(use_costs.get(str(f), 0.0)) for f in ids])
    cost[2 * nx + ng : 2 * nx + ng + ns] = _SHORTFALL_WEIGHT / np.array(
        [targets[m].min for m in mins]
    )
    # Closer to the energy target is better: 100 kcal off weighs as much as a portion.
    cost[over] = cost[under] = _ENERGY_WEIGHT
    matrix = np.array([r for r, _, _ in rows])
    result = milp(
        cost,
        constraints=LinearConstraint(
            matrix, np.array([lo for _, lo, _ in rows]), np.array([hi for _, _, hi in rows])
        ),
        integrality=integrality,
        bounds=Bounds(np.zeros(n), upper),
        # The cost is a preference, not a quantity: a plan within 5 % of the best will do.
        # HiGHS finds such a plan in well under a second; proving one within 2 % took it
        # 1-4 s more for the same targets met (benchmarks/bench_dayplan.py).
        options={"time_limit": time_limit_s, "mip_rel_gap": 0.05},
    )
    if result.x is None:
        raise PlannerError(
            f"no day of these foods lands within 10 % of {kcal:g} kcal with sodium and "
            "calcium under their limits; try another energy target or fewer exclusions"
        )
    steps = np.round(result.x[:nx])
    chosen = steps > 0
    plan = foods.iloc[food_of[chosen]][["food_id", "description", "portion", "portion_g"]]
    plan = plan.assign(meal=np.array(meal_of)[chosen], portions=steps[chosen] / 2.0)
    plan = plan.assign(grams=plan["portions"] * plan["portion_g"])
    for name in columns:
        plan[name] = per_step[chosen, col[name]] * steps[chosen]
    plan["meal"] = pd.Categorical(plan["meal"], categories=MEAL_ORDER, ordered=True)
    plan = plan.sort_values(["meal", "description"]).reset_index(drop=True)
    plan["meal"] = plan["meal"].astype(str)
    totals = {name: float(plan[name].sum()) for name in columns}
    unmet = {m: targets[m].min - totals[m] for m in mins if totals[m] < targets[m].min * (1 - 1e-6)}
    return DayPlan(plan=plan, totals=totals, unmet=unmet)


def check_energy_target(kcal: float) -> None:
    """Refuse an energy target outside 800 to 5000 kcal a day with a :class:`PlannerError`."""
    if not (800 <= kcal <= 5000):
        raise PlannerError(f"energy target must be between 800 and 5000 kcal, not {kcal:g}")


def _meals_of(group: str, description: str) -> tuple[str, ...]:
    meals = _MEALS_OF_GROUP[group]
    text = description.lower()
    if group == "whole grains" and any(w in text for w in _BREAKFAST_GRAINS):
        return ("breakfast",) if "oats" in text else ("breakfast", "lunch")
    return meals


def day_plan_json(
    day: DayPlan, targets: Mapping[str, Target], *, foods: pd.DataFrame
) -> dict[str, Any]:
    """The JSON object of ``planner plan-day``, its status from re-checking the plan."""
    entries = day.plan[["meal", "food_id", "grams"]].assign(date="plan")
    check = check_entries(entries, foods=foods, targets=targets)
    summary = day_summary(check, "plan")
    return {
        "plan": [
            {
                "meal": str(r["meal"]),
                "food_id": str(r["food_id"]),
                "description": str(r["description"]),
                "portion": str(r["portion"]),
                "portions": float(r["portions"]),
                "grams": float(r["grams"]),
            }
            for r in day.plan.to_dict("records")
        ],
        "totals": summary["totals"],
        "status": summary["status"],
        "unmet": day.unmet,
    }
