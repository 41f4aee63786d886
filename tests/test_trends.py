"""Many days at once: the daily table, days below target and weekly averages."""

from __future__ import annotations

import math

import pandas as pd

from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets
from planner.intake.trends import day_table, days_below, side_by_side, weekly_averages

TARGETS = daily_targets(Profile("F", 34))


def _check(foods):
    # Banana 118 g on Mon 2024-04-29 and Tue 2024-04-30; 236 g on Mon 2024-05-06.
    entries = pd.DataFrame(
        {
            "date": ["2024-04-29", "2024-04-30", "2024-05-06"],
            "meal": "snacks",
            "food_id": "sr28:09040",
            "grams": [118.0, 118.0, 236.0],
        }
    )
    return check_entries(entries, foods=foods, targets=TARGETS)


def test_day_table(foods) -> None:
    table = day_table(_check(foods))
    assert math.isclose(table.at["2024-04-29", "potassium_mg"], 358 * 1.18)
    assert math.isclose(table.at["2024-04-29", "potassium_mg_pct"], 358 * 1.18 / 2600 * 100)
    assert table.at["2024-04-29", "potassium_mg_status"] == "below"
    # Na 1 mg, K 358 mg per 100 g: (1 / 22.99) / (358 / 39.10).
    assert math.isclose(table.at["2024-05-06", "na_k_molar_ratio"], (1 / 22.99) / (358 / 39.10))


def test_days_below(foods) -> None:
    below = days_below(_check(foods))
    assert below.at["potassium_mg", "days"] == 3
    assert below.at["potassium_mg", "below"] == 3
    assert below.at["sodium_mg", "within"] == 0


def test_weekly_averages_start_on_monday(foods) -> None:
    weeks = weekly_averages(_check(foods))
    assert list(weeks.index) == ["2024-04-29", "2024-05-06"]
    assert weeks.at["2024-04-29", "days"] == 2
    assert math.isclose(weeks.at["2024-04-29", "potassium_mg"], 358 * 1.18)
    assert math.isclose(weeks.at["2024-05-06", "potassium_mg"], 358 * 2.36)


def test_side_by_side(foods) -> None:
    first = _check(foods)
    entries = pd.DataFrame(
        {"date": ["2024-04-29"], "meal": "snacks", "food_id": "sr28:09040", "grams": [236.0]}
    )
    second = check_entries(entries, foods=foods, targets=TARGETS)
    table = side_by_side(first, second, "potassium_mg", names=("tracker", "USDA"))
    assert list(table.index) == ["2024-04-29"]
    assert math.isclose(table.at["2024-04-29", "difference"], 358 * 1.18)
