"""Recovery food and drink after a session: check a choice, suggest a combination.

Fluid counts as the water the foods contain (``water_g``, 1 g = 1 mL), so milk counts for
about 89 % of its mass and pretzels for 3 %.

References
----------
The drinks and foods are those ``shared/reference/sweat_facts.md`` §5 discusses: coconut water,
low-fat milk (Shirreffs, Watson and Maughan 2007, *Br J Nutr* 98:173-180, kept subjects in
fluid balance better than water or a sports drink), a sports drink, an oral rehydration
solution, and the articles' banana and salted pretzels; their composition comes from
``data/foods.csv``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.nutrients import POTASSIUM, SODIUM, WATER
from planner.resolve.amounts import portion_choices
from planner.suggest.basket import Basket, solve_basket
from planner.sweat.losses import MAX_FLUID_L_PER_H, SweatResult

#: The recovery foods: food_id, the portion offered and the most portions of it. A drink is
#: further held to one hour's fluid (:func:`recovery_candidates`).
RECOVERY_FOODS: tuple[tuple[str, str, float], ...] = (
    ("sr28:14411", "serving 8 fl oz", 8.0),  # tap water
    ("sr28:01082", "cup", 8.0),  # low-fat (1 %) milk
    ("sr28:12119", "cup", 8.0),  # coconut water
    ("fndds:95320200", "cup", 8.0),  # sports drink (Gatorade G)
    ("sr28:43075", "cup (8 fl oz)", 8.0),  # oral rehydration solution (Pedialyte)
    ("sr28:09040", 'medium (7" to 7-7/8" long)', 2.0),  # banana
    ("sr28:19047", "oz", 3.0),  # salted pretzels
)

#: Water content from which a recovery food counts as a drink [g per 100 g].
DRINK_WATER_G_PER_100G = 80.0

#: What recovery replaces: fluid (as water in food), sodium, potassium.
REPLACED = (WATER, SODIUM, POTASSIUM)


def recovery_candidates(foods: pd.DataFrame, portions: pd.DataFrame) -> pd.DataFrame:
    """The recovery foods as basket candidates (see :func:`planner.suggest.basket.solve_basket`).

    No drink is offered in more than :data:`~planner.sweat.losses.MAX_FLUID_L_PER_H` (the most
    fluid the schedule puts in one hour): a larger recovery is a mix of drinks sipped over
    several hours, not eight cups of one oral rehydration solution.
    """
    rows = []
    for food_id, portion, most in RECOVERY_FOODS:
        grams = portion_choices(portions, food_id).get(portion)
        if grams is None:
            raise PlannerError(f"portions.csv lacks {portion!r} for recovery food {food_id}")
        rows.append(
            {"food_id": food_id, "portion": portion, "portion_g": grams, "max_portions": most}
        )
    table = pd.DataFrame(rows).merge(foods, on="food_id", how="left", validate="one_to_one")
    if table["description"].isna().any():
        raise PlannerError("foods.csv lacks a recovery food")
    drink = table[WATER] >= DRINK_WATER_G_PER_100G
    hourly = np.floor(MAX_FLUID_L_PER_H * 1000.0 / table["portion_g"])
    table.loc[drink, "max_portions"] = table.loc[drink, "max_portions"].clip(upper=hourly[drink])
    return table


def replacement_needs(result: SweatResult) -> pd.DataFrame:
    """What a recovery should bring: fluid [g], sodium and potassium [mg], with bounds.

    Returns
    -------
    pandas.DataFrame
        ``nutrient``, ``lost`` (in sweat), ``min`` and ``max``: fluid between 125 and 150 %
        of the mass deficit (zero when the athlete overdrank), sodium up to the amount lost
        (no upper bound, since large losses should not be restricted), potassium the amount
        lost.
    """
    low, high = result.rehydrate_l
    return pd.DataFrame(
        {
            "nutrient": list(REPLACED),
            "lost": [
                result.sweat_loss_l * 1000.0,
                result.losses_mg[SODIUM],
                result.losses_mg[POTASSIUM],
            ],
            "min": [low * 1000.0, result.sodium_to_replace_mg, result.losses_mg[POTASSIUM]],
            "max": [high * 1000.0, float("nan"), float("nan")],
        }
    )


def check_recovery(
    items: pd.DataFrame, result: SweatResult, *, foods: pd.DataFrame
) -> pd.DataFrame:
    """A recovery meal or drink against the replacement.

    Parameters
    ----------
    items : pandas.DataFrame
        ``food_id`` and ``grams`` [g] of what is eaten and drunk.
    result : SweatResult
        The session.
    foods : pandas.DataFrame
        The food table.

    Returns
    -------
    pandas.DataFrame
        :func:`replacement_needs` plus ``have`` (what the items bring; a lower bound when a
        food lacks a value, then ``incomplete`` is true) and ``status``: ``below``,
        ``within`` or ``above`` (fluid above 150 % of the deficit: too much).
    """
    merged = items.merge(
        foods[["food_id", *REPLACED]], on="food_id", how="left", validate="many_to_one"
    )
    if merged[list(REPLACED)].isna().all(axis=1).any() and not items.empty:
        unknown = merged.loc[merged[list(REPLACED)].isna().all(axis=1), "food_id"]
        raise PlannerError(f"unknown food_id {unknown.iloc[0]}")
    scale = merged["grams"] / 100.0
    needs = replacement_needs(result)
    have = [float((merged[name] * scale).sum()) for name in REPLACED]
    incomplete = [bool(merged[name].isna().any()) for name in REPLACED]
    status = [
        "above" if pd.notna(hi) and h > hi else "below" if h < lo else "within"
        for h, lo, hi in zip(have, needs["min"], needs["max"], strict=True)
    ]
    return needs.assign(have=have, incomplete=incomplete, status=status)


def suggest_recovery(
    result: SweatResult,
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    already: pd.DataFrame | None = None,
    max_foods: int = 3,
) -> Basket:
    """A combination of recovery foods covering fluid, sodium and potassium.

    Fluid stays within 125-150 % of the deficit, never above; after overdrinking nothing
    is suggested. ``already`` (``food_id``, ``grams``) counts what has been had so far.
    The fewest portions win, so the suggestion is easy to follow.
    """
    candidates = recovery_candidates(foods, portions)
    if result.overdrank:
        # No fluid: only foods (not drinks) may bring back the sodium and potassium lost.
        candidates = candidates[candidates[WATER] < DRINK_WATER_G_PER_100G]
    done: dict[str, float] = dict.fromkeys(REPLACED, 0.0)
    if already is not None and not already.empty:
        had = check_recovery(already, result, foods=foods)
        done = {str(k): float(v) for k, v in zip(had["nutrient"], had["have"], strict=True)}
    needs = replacement_needs(result)
    low = dict(zip(needs["nutrient"], needs["min"].astype(float), strict=True))
    need = {name: low[name] - done[name] for name in REPLACED}
    room = {} if result.overdrank else {WATER: result.rehydrate_l[1] * 1000.0 - done[WATER]}
    if result.overdrank:
        need.pop(WATER)
    return solve_basket(
        candidates,
        need=need,
        room=room,
        max_foods=max_foods,
        max_portions=8.0,
        objective="portions",
    )


__all__ = [
    "RECOVERY_FOODS",
    "check_recovery",
    "recovery_candidates",
    "replacement_needs",
    "suggest_recovery",
]


def shortfall_message(nutrient: str, short: float, *, overdrank: bool) -> str:
    """What to say about a replacement the suggestion could not cover, with its unit.

    After overdrinking no fluid is advised, so sodium and potassium are to come from food:
    drinking for them would add the fluid that was already too much (NATA 2017).
    """
    if nutrient == WATER:
        return f"Still {short:,.0f} mL of fluid short: sip it over the next hours."
    unit_name = {SODIUM: "sodium", POTASSIUM: "potassium"}.get(nutrient, nutrient)
    if overdrank:
        source = (
            "salty food such as salted pretzels, soup or bread, not a drink"
            if nutrient == SODIUM
            else "food such as a banana or a potato, not a drink"
        )
        return (
            f"Still {short:,.0f} mg of {unit_name} short. You need no extra fluid, so take it "
            f"from {source}."
        )
    return f"Still {short:,.0f} mg of {unit_name} short."
