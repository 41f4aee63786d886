"""The daily check against hand-computed totals."""

from __future__ import annotations

import math

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.fooddb.nutrients import na_k_molar_ratio
from planner.intake.check import check_entries, day_summary, meal_totals
from planner.intake.targets import Profile, daily_targets

F34 = daily_targets(Profile("F", 34))


def _entries(*rows: tuple[str, str, str, float]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["date", "meal", "food_id", "grams"])


SMALL_DAY = _entries(
    ("2024-05-01", "breakfast", "sr28:09040", 118.0),  # 1 medium banana
    ("2024-05-01", "breakfast", "sr28:01077", 244.0),  # 1 cup whole milk
    ("2024-05-01", "lunch", "sr28:11457", 100.0),  # 100 g raw spinach
)


def test_small_day_by_hand(foods: pd.DataFrame) -> None:
    day = day_summary(check_entries(SMALL_DAY, foods=foods, targets=F34), "2024-05-01")
    totals = day["totals"]
    # K: 358*1.18 + 132*2.44 + 558 = 422.44 + 322.08 + 558
    assert math.isclose(totals["potassium_mg"], 1302.52)
    # Mg: 27*1.18 + 10*2.44 + 79 = 31.86 + 24.4 + 79
    assert math.isclose(totals["magnesium_mg"], 135.26)
    # Ca: 5*1.18 + 113*2.44 + 99 = 5.9 + 275.72 + 99
    assert math.isclose(totals["calcium_mg"], 380.62)
    # Na: 1*1.18 + 43*2.44 + 79 = 1.18 + 104.92 + 79
    assert math.isclose(totals["sodium_mg"], 185.1)
    # kcal: 89*1.18 + 61*2.44 + 23 = 105.02 + 148.84 + 23
    assert math.isclose(totals["energy_kcal"], 276.86)
    # water: 74.91*1.18 + 88.13*2.44 + 91.4
    assert math.isclose(totals["water_g"], 88.3938 + 215.0372 + 91.4)
    assert day["status"] == dict.fromkeys(
        ["potassium_mg", "magnesium_mg", "calcium_mg", "sodium_mg", "water_g"], "below"
    )
    assert math.isclose(day["percent_of_target"]["potassium_mg"], 1302.52 / 2600 * 100)
    assert day["incomplete"] == []
    assert math.isclose(day["na_k_molar_ratio"], (185.1 / 22.99) / (1302.52 / 39.10))


def test_a_cup_of_whole_milk(foods: pd.DataFrame) -> None:
    check = check_entries(
        _entries(("2024-01-01", "snacks", "sr28:01077", 244.0)), foods=foods, targets=F34
    )
    totals = day_summary(check, "2024-01-01")["totals"]
    # SR28 01077 per 100 g: Ca 113, K 132, Mg 10, Na 43; one cup = 244 g.
    assert math.isclose(totals["calcium_mg"], 275.72)
    assert math.isclose(totals["potassium_mg"], 322.08)
    assert math.isclose(totals["magnesium_mg"], 24.4)
    assert math.isclose(totals["sodium_mg"], 104.92)


def test_sodium_above_cdrr_is_flagged(foods: pd.DataFrame) -> None:
    # 10 g table salt: 38758 mg/100 g -> 3875.8 mg sodium, above the 2300 mg CDRR.
    check = check_entries(
        _entries(("2024-01-01", "dinner", "sr28:02047", 10.0)), foods=foods, targets=F34
    )
    day = day_summary(check, "2024-01-01")
    assert math.isclose(day["totals"]["sodium_mg"], 3875.8)
    assert day["status"]["sodium_mg"] == "above"


def test_food_magnesium_is_never_above(foods: pd.DataFrame) -> None:
    # 300 g pumpkin seeds: 592 mg/100 g -> 1776 mg, far over the 350 mg supplement UL.
    check = check_entries(
        _entries(("2024-01-01", "snacks", "sr28:12014", 300.0)), foods=foods, targets=F34
    )
    day = day_summary(check, "2024-01-01")
    assert math.isclose(day["totals"]["magnesium_mg"], 1776.0)
    assert day["status"]["magnesium_mg"] == "within"


def test_unreported_value_makes_the_total_incomplete(foods: pd.DataFrame) -> None:
    no_potassium = foods.loc[
        foods["potassium_mg"].isna() & foods["sodium_mg"].notna(), "food_id"
    ].iloc[0]
    entries = _entries(
        ("2024-01-01", "lunch", "sr28:09040", 100.0), ("2024-01-01", "lunch", no_potassium, 100.0)
    )
    day = day_summary(check_entries(entries, foods=foods, targets=F34), "2024-01-01")
    assert "potassium_mg" in day["incomplete"]
    assert day["totals"]["potassium_mg"] == 358.0  # the known part only, not a guess
    description = foods.set_index("food_id").at[no_potassium, "description"]
    assert day["missing_from"]["potassium_mg"] == [description]


def test_only_unreported_values_give_unknown(foods: pd.DataFrame) -> None:
    no_potassium = foods.loc[foods["potassium_mg"].isna(), "food_id"].iloc[0]
    check = check_entries(
        _entries(("2024-01-01", "lunch", no_potassium, 50.0)), foods=foods, targets=F34
    )
    assert day_summary(check, "2024-01-01")["status"]["potassium_mg"] == "unknown"


def test_meal_totals_split_the_day(foods: pd.DataFrame) -> None:
    meals = meal_totals(check_entries(SMALL_DAY, foods=foods, targets=F34), "2024-05-01")
    assert math.isclose(meals.at["breakfast", "potassium_mg"], 422.44 + 322.08)
    assert math.isclose(meals.at["lunch", "potassium_mg"], 558.0)


def test_na_k_ratio_undefined_without_potassium() -> None:
    assert na_k_molar_ratio(100.0, 0.0) is None
    assert math.isclose(na_k_molar_ratio(22.99, 39.10) or 0.0, 1.0)


@settings(max_examples=40, deadline=None)
@given(grams=st.floats(min_value=0.1, max_value=2000), pick=st.integers(0, 14_219))
def test_adding_a_food_never_lowers_a_total(foods: pd.DataFrame, grams: float, pick: int) -> None:
    base = check_entries(SMALL_DAY, foods=foods, targets=F34)
    extra = pd.concat(
        [SMALL_DAY, _entries(("2024-05-01", "snacks", foods["food_id"].iloc[pick], grams))]
    )
    more = check_entries(extra, foods=foods, targets=F34)
    before = day_summary(base, "2024-05-01")["totals"]
    after = day_summary(more, "2024-05-01")["totals"]
    assert all(after[n] >= before[n] for n in before)
