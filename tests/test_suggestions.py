"""Gaps, the food pool and its exclusions, ranked foods and the day's basket."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.errors import PlannerError
from planner.fooddb.nutrients import na_k_ratios
from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets
from planner.suggest.basket import greedy_basket
from planner.suggest.dayplan import plan_day
from planner.suggest.gaps import (
    Preferences,
    check_with_basket,
    day_gaps,
    fill_gaps,
    preferred_pool,
    rank_foods,
    shortlist,
)
from planner.suggest.pool import food_kinds, food_pool, is_condiment, richest_foods

TARGETS = daily_targets(Profile("F", 34))
DAY = "2024-05-01"


def _check(*entries: tuple[str, float], targets=TARGETS, foods):
    frame = pd.DataFrame(
        {
            "date": DAY,
            "meal": "lunch",
            "food_id": [e[0] for e in entries],
            "grams": [e[1] for e in entries],
        }
    )
    return check_entries(frame, foods=foods, targets=targets)


def test_gaps_and_headroom_by_hand(foods) -> None:
    # 1 medium banana (118 g) and 1 cup whole milk (244 g), SR28 09040 and 01077.
    gaps = day_gaps(_check(("sr28:09040", 118), ("sr28:01077", 244), foods=foods), DAY)
    potassium = 358 * 1.18 + 132 * 2.44  # 744.52 mg
    assert math.isclose(gaps.at["potassium_mg", "gap"], 2600 - potassium)
    assert math.isnan(gaps.at["potassium_mg", "room"])  # no upper level
    sodium = 1 * 1.18 + 43 * 2.44  # 106.1 mg
    assert math.isclose(gaps.at["sodium_mg", "room"], 2300 - sodium)
    calcium = 5 * 1.18 + 113 * 2.44
    assert math.isclose(gaps.at["calcium_mg", "room"], 2500 - calcium)


def test_article_pool_has_every_article_food_with_its_portion(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    assert len(pool) == len(articles)
    assert pool["portion_g"].notna().all()
    banana = pool.set_index("food_id").loc["sr28:09040"]
    assert banana["portion_g"] == 118
    assert "001_71242a803dfbf559.txt" in banana["articles"]


@pytest.mark.parametrize(
    ("exclude", "gone", "kept"),
    [
        (["dairy"], ["sr28:01077", "sr28:01009", "sr28:01117"], ["sr28:16139", "sr28:14091"]),
        (["nuts"], ["sr28:12061", "sr28:16390", "sr28:12635", "sr28:14091"], ["sr28:16139"]),
        (["vegetarian"], ["sr28:05064", "sr28:15237", "sr28:06008"], ["sr28:01077"]),
        (["vegan"], ["sr28:05064", "sr28:01077", "sr28:01256"], ["sr28:16126"]),
        (["gluten"], ["sr28:18075", "sr28:20125", "sr28:19047"], ["sr28:20037", "sr28:20137"]),
    ],
)
def test_exclusions(foods, portions, articles, exclude, gone, kept) -> None:
    ids = set(food_pool(foods, portions, articles, exclude=exclude)["food_id"])
    assert not ids & set(gone)
    assert set(kept) <= ids


def test_dislikes_by_word_or_id(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles, dislikes=["tofu", "sr28:09040"])
    assert not pool["description"].str.contains("Tofu").any()
    assert "sr28:09040" not in set(pool["food_id"])


def test_unknown_exclusion_is_an_error(foods, portions, articles) -> None:
    with pytest.raises(PlannerError, match="unknown exclusion 'fish'"):
        food_pool(foods, portions, articles, exclude=["fish"])


def test_rank_foods_per_portion_and_portions_to_close(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    ranked = rank_foods(pool, "potassium_mg", 900.0)
    assert ranked["per_portion"].is_monotonic_decreasing
    banana = rank_foods(pool, "potassium_mg", 900.0, top=100).set_index("food_id").loc["sr28:09040"]
    assert math.isclose(banana["per_portion"], 358 * 1.18)  # 422.44 mg per medium banana
    assert banana["portions_to_close"] == 2.5  # 900 / 422.44 = 2.13, up to a half portion
    assert math.isclose(banana["per_100kcal"], 358 / 89 * 100)


def test_richest_foods_and_na_k(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles)
    top = richest_foods(pool, "calcium_mg", basis="per 100 g", top=3)
    assert top["amount"].is_monotonic_decreasing
    # Part-skim mozzarella 782 mg/100 g, then cheddar 710 mg/100 g (SR28 01028, 01009).
    assert top["food_id"].tolist()[:2] == ["sr28:01028", "sr28:01009"]
    ratio = na_k_ratios(pd.Series([22.99, 1.0]), pd.Series([39.10, 0.0]))
    assert ratio.iloc[0] == pytest.approx(1.0)
    assert math.isnan(ratio.iloc[1])


def test_suggestion_closes_the_gaps_within_the_sodium_limit(foods, portions, articles) -> None:
    check = _check(("sr28:09040", 118), ("sr28:01077", 244), foods=foods)
    pool = food_pool(foods, portions, articles)
    result = fill_gaps(check, DAY, pool=pool)
    assert result.basket.closes_all
    assert len(result.basket.items) <= 5
    # No food beyond one sitting (the pool's max_portions).
    caps = pool.set_index("food_id")["max_portions"]
    assert (result.basket.items["portions"] <= caps[result.basket.items["food_id"]].values).all()
    after = check_with_basket(check, DAY, result.basket, foods=foods)
    status = after.days.set_index("nutrient")["status"]
    for name in ("potassium_mg", "magnesium_mg", "calcium_mg", "sodium_mg"):
        assert status[name] == "within", name
    assert any("Water is" in n for n in result.notes)


def test_a_doctors_sodium_limit_is_kept(foods, portions, articles) -> None:
    targets = daily_targets(Profile("F", 34), overrides={"sodium_mg": {"max": 1500}})
    # 1 cup of beef broth (240 g at 372 mg/100 g): 892.8 mg of the 1,500 mg limit.
    check = _check(("sr28:06008", 240), targets=targets, foods=foods)
    result = fill_gaps(check, DAY, pool=food_pool(foods, portions, articles))
    assert 0 < result.basket.added["sodium_mg"] <= 1500 - 892.8 + 1e-6


def test_kidney_disease_never_pushes_potassium(foods, portions, articles) -> None:
    check = _check(("sr28:01077", 244), foods=foods)
    prefs = Preferences(kidney_disease=True)
    result = fill_gaps(
        check, DAY, pool=preferred_pool(foods, portions, articles, prefs), preferences=prefs
    )
    assert "potassium_mg" not in result.basket.need
    assert any("kidney" in n for n in result.notes)


def test_low_sodium_mode_adds_little_sodium_and_still_closes_calcium(
    foods, portions, articles
) -> None:
    check = _check(("sr28:09040", 118), foods=foods)
    prefs = Preferences(low_sodium=True)
    result = fill_gaps(check, DAY, pool=food_pool(foods, portions, articles), preferences=prefs)
    # At most two "low sodium" servings of 140 mg (21 CFR 101.61(b)(4)): 280 mg.
    assert 0 < result.basket.added["sodium_mg"] <= 280 + 1e-6
    assert "sodium_mg" not in result.basket.need
    # The banana brings 5.9 mg of 1,000 mg calcium; with no sodium allowed nothing closed it.
    assert "calcium_mg" not in result.basket.unmet


def test_an_impossible_day_says_what_remains(foods, portions, articles) -> None:
    # A day already at the calcium UL with one food allowed: calcium cannot rise, and one
    # food cannot close potassium, magnesium and sodium together.
    check = _check(("sr28:01009", 352), foods=foods)  # cheddar: 711 mg Ca/100 g -> 2,503 mg
    prefs = Preferences(max_foods=1)
    result = fill_gaps(check, DAY, pool=food_pool(foods, portions, articles), preferences=prefs)
    assert not result.basket.closes_all
    assert result.basket.unmet
    assert result.basket.added["calcium_mg"] == 0


def test_whole_database_pool_never_leaves_more_gaps_than_greedy(foods, portions, articles) -> None:
    check = _check(("sr28:09040", 118), foods=foods)
    prefs = Preferences(pool="all")
    pool = preferred_pool(foods, portions, articles, prefs)
    result = fill_gaps(check, DAY, pool=pool, preferences=prefs)
    gaps = day_gaps(check, DAY)
    need = {
        n: float(gaps.at[n, "gap"])
        for n in ("potassium_mg", "magnesium_mg", "calcium_mg", "sodium_mg")
    }
    room = {
        "sodium_mg": float(gaps.at["sodium_mg", "room"]),
        "calcium_mg": float(gaps.at["calcium_mg", "room"]),
    }
    greedy = greedy_basket(shortlist(pool, need=need, room=room, max_foods=5), need=need, room=room)
    assert len(result.basket.unmet) <= len(greedy.unmet)
    assert result.basket.added["energy_kcal"] <= greedy.added["energy_kcal"] + 1e-6 or (
        len(result.basket.unmet) < len(greedy.unmet)
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    grams=st.lists(st.floats(0, 400), min_size=3, max_size=3),
    max_foods=st.integers(1, 6),
)
def test_a_basket_said_to_close_the_gaps_does(foods, portions, articles, grams, max_foods):
    check = _check(
        ("sr28:09040", grams[0]),
        ("sr28:01077", grams[1]),
        ("sr28:16015", grams[2]),
        foods=foods,
    )
    prefs = Preferences(max_foods=max_foods)
    result = fill_gaps(check, DAY, pool=food_pool(foods, portions, articles), preferences=prefs)
    after = check_with_basket(check, DAY, result.basket, foods=foods).days.set_index("nutrient")
    assert after.at["sodium_mg", "total"] <= 2300 + 1e-6
    assert after.at["calcium_mg", "total"] <= 2500 + 1e-6
    if result.basket.closes_all:
        for name in ("potassium_mg", "magnesium_mg", "calcium_mg", "sodium_mg"):
            assert after.at[name, "status"] != "below", name


def test_the_richest_sources_of_water_are_drinks_and_watery_foods(
    foods, portions, articles
) -> None:
    table = richest_foods(food_pool(foods, portions, articles), "water_g", top=25)
    described = foods.set_index("food_id").loc[table["food_id"]]
    assert (described["water_g"] >= 80).all()
    assert (described["sodium_mg"].fillna(0) <= 150).all()  # no broth, no canned tuna


@pytest.mark.parametrize(
    ("food_id", "kind", "portion_g", "max_portions"),
    [
        # Dried apricots, cup of halves (130 g): RACC 40 g x 2 = 80 g -> half a cup (65 g).
        ("sr28:09032", "dried fruit", 130.0, 0.5),
        # Almonds, 1 oz (28.35 g): RACC 30 g x 2 = 60 g -> 2 oz (56.7 g).
        ("sr28:12061", "nuts and seeds", 28.35, 2.0),
        # Whole milk, cup (244 g): RACC 240 mL x 2 = 480 g -> 1.5 cups (366 g).
        ("sr28:01077", "milk and juice", 244.0, 1.5),
        # Tap water, 8 fl oz (237 g): RACC 360 mL x 2 = 720 g -> 3 servings (711 g).
        ("sr28:14411", "other drinks", 237.0, 3.0),
        # Baked potato, medium (173 g): 2 x 85 g = 170 g, but a medium potato is eaten whole.
        ("sr28:11674", "vegetables", 173.0, 1.0),
        # Salmon fillet (356 g): 2 x 85 g = 170 g, more than 1.5 x over -> half a fillet.
        ("sr28:15237", "meat and fish", 356.0, 0.5),
        # Cheddar, 1 oz slice (28 g): 2 x 30 g = 60 g -> 2 slices.
        ("sr28:01009", "cheese", 28.0, 2.0),
        # Dry oats, cup (81 g): RACC 40 g x 2 = 80 g, a cup is within 1.5 x -> 1 cup.
        ("sr28:08120", "dry cereals", 81.0, 1.0),
    ],
)
def test_a_portion_is_what_one_sitting_holds(
    foods, portions, articles, food_id, kind, portion_g, max_portions
) -> None:
    pool = food_pool(foods, portions, articles).set_index("food_id", drop=False)
    assert food_kinds(pool).loc[food_id] == kind
    assert pool.at[food_id, "portion_g"] == pytest.approx(portion_g)
    assert pool.at[food_id, "max_portions"] == max_portions


def test_whole_database_leaves_out_condiments_and_sauces(foods, portions, articles) -> None:
    pool = food_pool(foods, portions, articles, pool="all")
    kept = set(pool["food_id"])
    for condiment in (
        "fndds:74406060",  # Buffalo sauce
        "fndds:74401010",  # Ketchup
        "sr28:11935",  # Catsup (SR28 files it under vegetables)
        "sr28:16123",  # Soy sauce (SR28 files it under legumes)
        "fndds:41420300",  # Soy sauce
        "sr28:21314",  # McDONALD'S, Spicy Buffalo Sauce
        "sr28:06971",  # Sauce, worcestershire
    ):
        assert condiment not in kept, condiment
    for dish in (
        "fndds:24168000",  # Chicken "wings" with hot sauce: a dish, not a sauce
        "sr28:11270",  # Mustard greens, raw
    ):
        assert dish in set(foods["food_id"])
    assert "fndds:24168000" in kept
    assert not is_condiment(foods[foods["food_id"] == "sr28:11270"]).any()


def test_no_suggested_or_generated_portion_exceeds_a_sitting(foods, portions, articles) -> None:
    # The day that once had 2 cups (260 g) of dried apricots at breakfast.
    pool = food_pool(foods, portions, articles)
    day = plan_day(pool, TARGETS, kcal=2000)
    caps = pool.set_index("food_id")["max_portions"]
    assert (day.plan["portions"] <= caps[day.plan["food_id"]].values).all()
    apricots = day.plan[day.plan["food_id"] == "sr28:09032"]
    assert (apricots["grams"] <= 65 + 1e-9).all()


def test_richest_single_foods_in_water_are_drinks_and_watery_foods(
    foods, portions, articles
) -> None:
    pool = food_pool(foods, portions, articles, pool="all")
    ranked = rank_foods(pool, "water_g", 2000.0, top=20)
    described = foods.set_index("food_id").loc[ranked["food_id"]]
    assert (described["water_g"] >= 80).all()
    assert (described["sodium_mg"].fillna(0) <= 150).all()
    assert "sr28:15121" not in set(ranked["food_id"])  # canned tuna
    assert "sr28:06008" not in set(ranked["food_id"])  # beef broth
