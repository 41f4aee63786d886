"""Recovery food and drink: checking a choice and suggesting a combination."""

from __future__ import annotations

import math

import pandas as pd

from planner.sweat.losses import Session, sweat_losses
from planner.sweat.recovery import check_recovery, shortfall_message, suggest_recovery


def test_coconut_water_against_the_replacement(foods) -> None:
    result = sweat_losses(Session(70, 69, drank_l=0.0, hours=1))  # 1 L, typical sweat
    items = pd.DataFrame({"food_id": ["sr28:12119"], "grams": [500.0]})
    check = check_recovery(items, result, foods=foods).set_index("nutrient")
    # SR28 12119 per 100 g: water 94.99 g, Na 105 mg, K 250 mg.
    assert math.isclose(check.at["water_g", "have"], 474.95)
    assert math.isclose(check.at["sodium_mg", "have"], 525)
    assert math.isclose(check.at["potassium_mg", "have"], 1250)
    # Aim: fluid 1,250-1,500 mL; sodium 1 L x 50 x 22.99 = 1,149.5 mg; K 222 mg.
    assert check.at["water_g", "status"] == "below"
    assert check.at["sodium_mg", "status"] == "below"
    assert check.at["potassium_mg", "status"] == "within"


def test_suggestion_covers_fluid_sodium_and_potassium_without_overdrinking(foods, portions) -> None:
    result = sweat_losses(Session(70, 68.6, 0.5, 1.5, 0.1, 40))
    basket = suggest_recovery(result, foods=foods, portions=portions)
    assert basket.closes_all
    low, high = result.rehydrate_l
    assert low * 1000 - 1e-6 <= basket.added["water_g"] <= high * 1000 + 1e-6
    assert basket.added["sodium_mg"] >= result.sodium_to_replace_mg - 1e-6
    assert basket.added["potassium_mg"] >= result.losses_mg["potassium_mg"] - 1e-6
    assert len(basket.items) <= 3


def test_no_drink_is_offered_beyond_one_hours_fluid(foods, portions) -> None:
    # 72 -> 69.5 kg in 2 h with 0.5 L drunk: 3 L of sweat, 3.75-4.5 L to drink back.
    result = sweat_losses(Session(72, 69.5, drank_l=0.5, hours=2))
    basket = suggest_recovery(result, foods=foods, portions=portions)
    drinks = basket.items[basket.items["water_g"] / basket.items["grams"] >= 0.8]
    assert not drinks.empty
    # A cup of any of these drinks is 237-245 g, so 3 cups (at most 735 g) fit in 800 mL.
    assert (drinks["grams"] <= 800).all()


def test_what_was_already_had_is_counted(foods, portions) -> None:
    result = sweat_losses(Session(70, 69, 0.0, 1))
    had = pd.DataFrame({"food_id": ["sr28:01082"], "grams": [488.0]})  # 2 cups 1 % milk
    basket = suggest_recovery(result, foods=foods, portions=portions, already=had)
    # Milk water 89.92 g/100 g: 438.8 g already; the rest stays within 1,500 mL in all.
    assert basket.added["water_g"] + 488 * 0.8992 <= 1500 + 1e-6


def test_after_overdrinking_only_food_is_suggested(foods, portions) -> None:
    result = sweat_losses(Session(70, 70.2, drank_l=1.0, hours=1))
    basket = suggest_recovery(result, foods=foods, portions=portions)
    assert not basket.items.empty
    assert (basket.items["water_g"] / basket.items["grams"] < 0.8).all()


def test_after_overdrinking_sodium_comes_from_food_and_every_figure_has_its_unit() -> None:
    text = shortfall_message("sodium_mg", 667.4, overdrank=True)
    assert text.startswith("Still 667 mg of sodium short")
    assert "not a drink" in text
    assert shortfall_message("water_g", 250, overdrank=False).startswith("Still 250 mL of fluid")
