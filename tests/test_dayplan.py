"""The generated day: it re-checks within every target, with variety and real portions."""

from __future__ import annotations

import pytest

from planner.errors import PlannerError
from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets
from planner.suggest.dayplan import MEAL_ORDER, plan_day
from planner.suggest.pool import food_pool


@pytest.mark.parametrize(
    ("profile", "kcal", "exclude"),
    [
        (Profile("F", 34), 2000, ()),
        (Profile("M", 45), 2500, ()),
        (Profile("F", 30, pregnant=True), 2200, ("vegetarian",)),
        (Profile("F", 70), 1800, ("dairy", "nuts")),
    ],
)
def test_generated_day_rechecks_within_targets(foods, portions, articles, profile, kcal, exclude):
    targets = daily_targets(profile)
    pool = food_pool(foods, portions, articles, exclude=exclude)
    day = plan_day(pool, targets, kcal=kcal)
    assert not day.unmet
    entries = day.plan[["meal", "food_id", "grams"]].assign(date="d")
    check = check_entries(entries, foods=foods, targets=targets)
    rows = check.days.set_index("nutrient")
    for name in ("potassium_mg", "magnesium_mg", "calcium_mg", "sodium_mg", "water_g"):
        assert rows.at[name, "status"] == "within", name
    energy = rows.at["energy_kcal", "total"]
    assert 0.9 * kcal <= energy <= 1.1 * kcal
    plan = day.plan
    assert set(plan["meal"]) == set(MEAL_ORDER)
    assert not plan.duplicated(["meal", "food_id"]).any()  # no food twice in a meal
    assert plan["food_id"].isin(pool["food_id"]).all()
    groups = pool.set_index("food_id")["group"]
    assert plan["food_id"].map(groups).nunique() >= 5
    assert (plan["portions"] % 0.5 == 0).all()
    assert (plan["portions"] <= 3).all()


def test_another_seed_gives_another_day(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    targets = daily_targets(Profile("F", 34))
    first = plan_day(pool, targets, kcal=2000, seed=1)
    second = plan_day(pool, targets, kcal=2000, seed=2)
    assert set(first.plan["food_id"]) != set(second.plan["food_id"])


def test_energy_target_out_of_range_is_refused(foods, portions, articles) -> None:
    with pytest.raises(PlannerError, match="between 800 and 5000 kcal"):
        plan_day(food_pool(foods, portions, articles), daily_targets(Profile("F", 34)), kcal=300)
