"""The basket integer program: known optima, limits, infeasible cases, and the greedy baseline."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from planner.errors import PlannerError
from planner.suggest.basket import greedy_basket, solve_basket


def _foods(*rows: tuple[str, float, float, float, float]) -> pd.DataFrame:
    """Candidates from (id, potassium, sodium, energy, portion grams); values per 100 g."""
    return pd.DataFrame(
        {
            "food_id": [r[0] for r in rows],
            "description": [f"food {r[0]}" for r in rows],
            "portion": "portion",
            "portion_g": [r[4] for r in rows],
            "potassium_mg": [r[1] for r in rows],
            "sodium_mg": [r[2] for r in rows],
            "energy_kcal": [r[3] for r in rows],
        }
    )


def test_least_energy_basket_is_found() -> None:
    # A: 100 mg K and 50 kcal per 100 g portion; B: 400 mg K, 400 kcal per portion.
    # Closing 300 mg K: A x 3 = 150 kcal beats A x 2 + B x 0.5 (300 kcal) and B x 1 (400 kcal).
    foods = _foods(("A", 100, 0, 50, 100), ("B", 400, 0, 400, 100))
    basket = solve_basket(foods, need={"potassium_mg": 300})
    assert basket.closes_all
    assert basket.items[["food_id", "portions"]].values.tolist() == [["A", 3.0]]
    assert math.isclose(basket.added["energy_kcal"], 150)


def test_fewest_portions_objective() -> None:
    foods = _foods(("A", 100, 0, 50, 100), ("B", 400, 0, 400, 100))
    basket = solve_basket(foods, need={"potassium_mg": 300}, objective="portions")
    assert basket.items[["food_id", "portions"]].values.tolist() == [["B", 1.0]]


def test_sodium_room_is_never_exceeded_and_the_rest_is_reported() -> None:
    # C brings 500 mg K with 300 mg Na per portion; only half a portion fits 200 mg of room.
    foods = _foods(("A", 100, 0, 50, 100), ("C", 500, 300, 10, 100))
    basket = solve_basket(foods, need={"potassium_mg": 600}, room={"sodium_mg": 200})
    assert basket.added["sodium_mg"] <= 200
    # Best possible: C x 0.5 (250 mg) + A x 3 (300 mg) = 550 mg; 50 mg remain.
    assert not basket.closes_all
    assert basket.unmet == pytest.approx({"potassium_mg": 50})


def test_at_most_max_foods_are_used() -> None:
    foods = _foods(*[(str(i), 100, 0, 50, 100) for i in range(6)])
    basket = solve_basket(foods, need={"potassium_mg": 900}, max_foods=2)
    assert len(basket.items) == 2
    assert not basket.closes_all  # 2 foods x 3 portions x 100 mg = 600 mg
    assert basket.unmet == pytest.approx({"potassium_mg": 300})


def test_half_portions_are_the_step() -> None:
    foods = _foods(("A", 100, 0, 50, 100))
    basket = solve_basket(foods, need={"potassium_mg": 120})
    assert basket.items["portions"].tolist() == [1.5]


def test_no_gap_gives_an_empty_basket() -> None:
    basket = solve_basket(_foods(("A", 100, 0, 50, 100)), need={"potassium_mg": 0})
    assert basket.items.empty
    assert basket.closes_all


def test_foods_with_unknown_sodium_are_left_out_under_a_sodium_limit() -> None:
    foods = _foods(("A", 100, 0, 50, 100), ("U", 900, float("nan"), 1, 100))
    basket = solve_basket(foods, need={"potassium_mg": 300}, room={"sodium_mg": 500})
    assert "U" not in basket.items["food_id"].tolist()


def test_bad_settings_are_refused() -> None:
    with pytest.raises(PlannerError, match="max_foods"):
        solve_basket(_foods(("A", 1, 0, 1, 100)), need={"potassium_mg": 1}, max_foods=0)


def test_greedy_baseline_takes_the_densest_food_first() -> None:
    foods = _foods(("A", 100, 0, 50, 100), ("B", 400, 0, 400, 100))
    basket = greedy_basket(foods, need={"potassium_mg": 300})
    assert basket.items[["food_id", "portions"]].values.tolist() == [["B", 1.0]]
    assert math.isclose(basket.added["energy_kcal"], 400)
