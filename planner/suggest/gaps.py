"""Fill the gaps of a checked day: gaps and headroom, ranked foods, the basket.

The candidates come from :mod:`planner.suggest.pool`; the basket from :mod:`planner.suggest.basket`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.nutrients import (
    CALCIUM,
    CHECKED,
    ENERGY,
    MAGNESIUM,
    POTASSIUM,
    SODIUM,
    TOTALLED,
    WATER,
)
from planner.intake.check import DiaryCheck, check_totals, day_summary
from planner.suggest.basket import Basket, Objective, greedy_basket, solve_basket
from planner.suggest.pool import EXCLUSIONS, PoolName, food_pool, water_sources

#: The nutrients a basket closes. Water is left to drinks: no food basket closes 2-3 L.
MINERALS = (POTASSIUM, MAGNESIUM, CALCIUM, SODIUM)

#: Sodium a low-sodium basket may still add [mg]: two servings of foods that may be labelled
#: "low sodium" (at most 140 mg per reference amount, 21 CFR 101.61(b)(4)). Without it no
#: milk, yogurt or fortified plant milk (about 100 mg a cup) could close a calcium gap.
LOW_SODIUM_ALLOWANCE_MG = 280.0


@dataclass(frozen=True)
class Preferences:
    """What the user wants out of suggestions.

    Parameters
    ----------
    pool : {"articles", "all"}
        The articles' foods, or every food in the database.
    exclude : collection of str
        Any of :data:`EXCLUSIONS`: "dairy", "nuts", "vegetarian", "vegan", "gluten".
    dislikes : collection of str
        ``food_id`` values, or words (a food whose description contains the word is left out).
    low_sodium : bool
        Add at most :data:`LOW_SODIUM_ALLOWANCE_MG` of sodium, and never close a sodium
        gap, even where the day is below the sodium AI.
    kidney_disease : bool
        Never push potassium (its gap is not closed); a health professional sets the limits.
    max_foods : int
        Most distinct foods in a basket.
    objective : {"energy", "portions"}
        Least energy or fewest portions.
    energy_budget_kcal : float, optional
        Most energy the day may reach.
    """

    pool: PoolName = "articles"
    exclude: Collection[str] = ()
    dislikes: Collection[str] = ()
    low_sodium: bool = False
    kidney_disease: bool = False
    max_foods: int = 5
    objective: Objective = "energy"
    energy_budget_kcal: float | None = None

    def __post_init__(self) -> None:
        unknown = set(self.exclude) - set(EXCLUSIONS)
        if unknown:
            raise PlannerError(
                f"unknown exclusion {sorted(unknown)[0]!r}; "
                f"expected some of {', '.join(EXCLUSIONS)}"
            )
        if self.pool not in ("articles", "all"):
            raise PlannerError(f"pool must be articles or all, not {self.pool!r}")
        if self.max_foods < 1:
            raise PlannerError(f"max foods must be 1 or more, not {self.max_foods}")


def preferred_pool(
    foods: pd.DataFrame, portions: pd.DataFrame, articles: pd.DataFrame, prefs: Preferences
) -> pd.DataFrame:
    """The candidate foods for ``prefs``: its pool, exclusions and dislikes."""
    return food_pool(
        foods, portions, articles, pool=prefs.pool, exclude=prefs.exclude, dislikes=prefs.dislikes
    )


def day_gaps(
    check: DiaryCheck, date: str, *, energy_budget_kcal: float | None = None
) -> pd.DataFrame:
    """How far each nutrient is below its level to reach, and the room under each upper level.

    Returns
    -------
    pandas.DataFrame
        Indexed by nutrient (the checked ones plus ``energy_kcal``): ``total``, ``min``,
        ``gap`` (``min - total``, at least 0) [mg, g], ``max`` and ``room`` (``max - total``,
        at least 0; ``NaN`` where there is no upper level; for energy, the budget).
    """
    day = check.days[check.days["date"] == date].set_index("nutrient")
    if day.empty:
        raise PlannerError(f"no entries on {date}")
    out = pd.DataFrame(index=[*CHECKED, ENERGY])
    out["total"] = day["total"].reindex(out.index).astype(float)
    out["min"] = day["min"].reindex(out.index).astype(float)
    out["max"] = day["max"].reindex(out.index).astype(float)
    out.loc[ENERGY, "max"] = np.nan if energy_budget_kcal is None else energy_budget_kcal
    out["gap"] = (out["min"] - out["total"]).clip(lower=0)
    out["room"] = (out["max"] - out["total"]).clip(lower=0)
    return out


def rank_foods(pool: pd.DataFrame, nutrient: str, gap: float, *, top: int = 10) -> pd.DataFrame:
    """The pool's foods richest in ``nutrient`` per usual portion (for water, only drinks
    and watery foods, :func:`planner.suggest.pool.water_sources`).

    Returns
    -------
    pandas.DataFrame
        ``food_id``, ``description``, ``portion``, ``portion_g``, ``per_portion`` [mg],
        ``per_100kcal`` [mg], ``portions_to_close`` (portions that close ``gap``), and the
        ``sodium_mg`` and ``energy_kcal`` those portions add, richest per portion first.
    """
    if nutrient == WATER:
        pool = pool[water_sources(pool)]
    known = pool.dropna(subset=[nutrient]).copy()
    known = known[known[nutrient] > 0]
    per_portion = known[nutrient] * known["portion_g"] / 100.0
    kcal = known[ENERGY].where(known[ENERGY] > 0)
    out = known.assign(
        per_portion=per_portion,
        per_100kcal=known[nutrient] / kcal * 100.0,
        portions_to_close=np.ceil(gap / per_portion * 2) / 2 if gap > 0 else 0.0,
    )
    scale = out["portions_to_close"] * out["portion_g"] / 100.0
    out["sodium_added_mg"] = out[SODIUM] * scale
    out["energy_added_kcal"] = out[ENERGY] * scale
    out = out.sort_values("per_portion", ascending=False).head(top)
    columns = [
        "food_id",
        "description",
        "portion",
        "portion_g",
        "per_portion",
        "per_100kcal",
        "portions_to_close",
        "sodium_added_mg",
        "energy_added_kcal",
        "articles",
    ]
    return out[columns].reset_index(drop=True)


@dataclass(frozen=True)
class Suggestion:
    """A basket for a day, with what it leaves open and why."""

    basket: Basket
    gaps: pd.DataFrame
    notes: list[str] = field(default_factory=list)


def fill_gaps(
    check: DiaryCheck,
    date: str,
    *,
    pool: pd.DataFrame,
    preferences: Preferences | None = None,
) -> Suggestion:
    """The basket that closes the day's mineral gaps within the sodium and calcium limits.

    Sodium never goes above the CDRR (or a doctor's limit), calcium never above the UL, and
    energy never above the budget. In low-sodium mode the sodium gap is not closed and the
    basket adds at most :data:`LOW_SODIUM_ALLOWANCE_MG` of sodium; for kidney
    disease the potassium gap is left alone. Water is reported, not closed by food.
    """
    prefs = preferences or Preferences()
    gaps = day_gaps(check, date, energy_budget_kcal=prefs.energy_budget_kcal)
    gap = {str(k): float(v) for k, v in gaps["gap"].items()}
    headroom = {str(k): float(v) for k, v in gaps["room"].items() if pd.notna(v)}
    need = {n: gap[n] for n in MINERALS if gap[n] > 0}
    notes: list[str] = []
    if prefs.kidney_disease and need.pop(POTASSIUM, None) is not None:
        notes.append(
            "Potassium is below the AI, but with kidney disease your limits are for your "
            "doctor to set: no potassium-rich foods are suggested."
        )
    if prefs.low_sodium:
        need.pop(SODIUM, None)
    room: dict[str, float] = {n: headroom[n] for n in (SODIUM, CALCIUM, ENERGY) if n in headroom}
    if prefs.low_sodium:
        room[SODIUM] = min(room.get(SODIUM, np.inf), LOW_SODIUM_ALLOWANCE_MG)
    # Plain water adds next to no minerals; the water gap is reported on its own.
    foods = pool[pool["group"] != "water"] if "group" in pool.columns else pool
    candidates = shortlist(foods, need=need, room=room, max_foods=prefs.max_foods)
    basket = solve_basket(
        candidates, need=need, room=room, max_foods=prefs.max_foods, objective=prefs.objective
    )
    if gap[WATER] > 0:
        notes.append(
            f"Water is {gap[WATER]:,.0f} mL below the AI: drinks close that gap, not foods "
            f"(about {gap[WATER] / 1000:.1f} L of water or other drinks over the day)."
        )
    return Suggestion(basket=basket, gaps=gaps, notes=notes)


def shortlist(
    pool: pd.DataFrame,
    *,
    need: Mapping[str, float],
    room: Mapping[str, float],
    max_foods: int,
    per_nutrient: int = 40,
) -> pd.DataFrame:
    """Trim a large pool to the foods worth offering the solver.

    For each gap nutrient: the richest foods per portion and per 100 kcal that fit the room
    on their own, plus the greedy baseline's picks, so the basket never leaves more gaps open
    than the greedy one. Pools of at most 200 foods are returned whole.
    """
    if len(pool) <= 200 or not need:
        return pool
    columns = list(dict.fromkeys([*need, *room, ENERGY]))
    known = pool.dropna(subset=columns)
    scale = known["portion_g"] / 100.0
    fits = pd.Series(True, index=known.index)
    for name, limit in room.items():
        fits &= known[name] * scale * 0.5 <= max(limit, 0.0) + 1e-9
    known = known[fits]
    keep: set[int] = set()
    for name in need:
        per_portion = known[name] * scale.loc[known.index]
        per_kcal = known[name] / known[ENERGY].where(known[ENERGY] > 0)
        keep |= set(per_portion.nlargest(per_nutrient).index)
        keep |= set(per_kcal.dropna().nlargest(per_nutrient).index)
    greedy = greedy_basket(known, need=need, room=room, max_foods=max_foods)
    keep |= set(known.index[known["food_id"].isin(greedy.items["food_id"])])
    return known.loc[sorted(keep)]


def check_with_basket(
    check: DiaryCheck, date: str, basket: Basket, *, foods: pd.DataFrame
) -> DiaryCheck:
    """Re-check ``date`` with the basket's foods added (as meal "suggested")."""
    day = check.contributions[check.contributions["date"] == date]
    added = basket.items.assign(date=date, meal="suggested")
    columns = ["date", "meal", "food_id", "description", *TOTALLED]
    extra = added.drop(columns=["food_group"], errors="ignore").merge(
        foods[["food_id", "food_group"]], on="food_id", how="left", validate="many_to_one"
    )
    rows = pd.concat(
        [day[[*columns, "food_group"]], extra[[*columns, "food_group"]]], ignore_index=True
    )
    available = tuple(
        n
        for n in TOTALLED
        if not check.days.loc[
            (check.days["date"] == date) & (check.days["nutrient"] == n), "status"
        ]
        .eq("not available")
        .any()
    )
    return check_totals(
        rows, targets=check.targets_on(date), targets_by_date=None, available=available
    )


def suggestion_json(result: Suggestion, after: DiaryCheck, date: str) -> dict[str, Any]:
    """The JSON object of ``planner suggest``: gaps, basket, after, unmet, notes."""
    summary = day_summary(after, date)
    gaps = {
        str(name): {
            "total": float(row["total"]),
            "min": _plain(row["min"]),
            "gap": _plain(row["gap"]),
            "max": _plain(row["max"]),
            "room": _plain(row["room"]),
        }
        for name, row in result.gaps.iterrows()
    }
    articles = dict(
        zip(
            result.basket.items["food_id"],
            result.basket.items.get("articles", pd.Series("", index=result.basket.items.index)),
            strict=True,
        )
    )
    basket = result.basket.records((*CHECKED, ENERGY))
    for item in basket:
        item["articles"] = [a for a in str(articles.get(item["food_id"], "")).split(";") if a]
    return {
        "date": date,
        "gaps": gaps,
        "basket": basket,
        "after": {"totals": summary["totals"], "status": summary["status"]},
        "unmet": result.basket.unmet,
        "notes": result.notes,
    }


def _plain(value: Any) -> float | None:
    return None if pd.isna(value) else float(value)
