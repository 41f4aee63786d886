"""Resolving what people write: the issue's own examples, food by food.

Each expected food is the USDA food whose description states the same food in the same state;
the food ids are those of ``data/foods.csv``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.resolve.names import distinct_names, match_names
from planner.resolve.ranking import explain
from planner.resolve.search import search_foods


@pytest.mark.parametrize(
    ("query", "food_id"),
    [
        ("egg", "sr28:01123"),  # Egg, whole, raw, fresh (not "Egg burrito")
        ("coffee", "fndds:92101000"),  # Coffee, brewed (not "Coffee, Cuban")
        ("hard boiled egg", "sr28:01129"),  # Egg, whole, cooked, hard-boiled (not hard cider)
        ("black pepper", "sr28:02030"),  # Spices, pepper, black
        ("baby carrots", "sr28:11960"),  # Carrots, baby, raw (not baby food)
        ("courgette", "sr28:11477"),  # Squash, summer, zucchini, includes skin, raw
        ("brown rice", "sr28:20037"),  # cooked, 4 mg Na/100 g, not FNDDS's salted 201 mg
        ("bananna", "sr28:09040"),  # a misspelling is fixed
    ],
)
def test_everyday_queries_find_the_plain_food_first(index, query: str, food_id: str) -> None:
    assert search_foods(index, query, limit=3)["food_id"].iloc[0] == food_id


@pytest.mark.parametrize("query", ["salmon", "collard greens", "bread"])
def test_a_single_food_is_never_a_dish(index, query: str) -> None:
    top = search_foods(index, query, limit=1)["description"].iloc[0].lower()
    for dish in ("salad", "sandwich", "burrito", "cake", "lard", "egg"):
        assert dish not in top.split(", ")[0].split(), top


def test_gibberish_finds_nothing(index) -> None:
    assert search_foods(index, "xyzzy qwerty").empty


def _match(index, *names: str):
    return match_names(distinct_names(list(names)), index=index).set_index("name")


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        ("Black Pepper, Ground", "sr28:02030"),
        ("Cumin, Ground", "sr28:02014"),  # Spices, cumin seed
        ("Red Bell Peppers, Raw", "sr28:11821"),  # Peppers, sweet, red, raw
        ("Salt", "sr28:02047"),  # Salt, table
        ("Chickpeas / Garbanzo (Canned, Drained)", "sr28:16358"),  # canned, drained solids
        ("Carrots, Cooked From Frozen", "sr28:11131"),  # frozen, cooked, boiled
        ("Kale, Cooked from Frozen", "sr28:11236"),  # cooked, not "frozen, unprepared"
        ("Kale, Frozen", "sr28:11235"),  # as bought: frozen, unprepared
        ("Brown Rice, Cooked", "sr28:20037"),  # SR28, no salt assumed
        ("Cornbread, homemade", "fndds:52202060"),  # made from home recipe, not with chicken
        ("sour cream, fat free", "sr28:01180"),  # shared with FNDDS 12310370: SR28 first
    ],
)
def test_tracker_names_resolve_with_their_preparation(index, name: str, food_id: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] in {"matched", "exact"}, row["reason"]
    assert row["food_id"] == food_id


@pytest.mark.parametrize(
    "name",
    [
        "Atorvastatin 20mg",
        "Ashwagandha",
        "Vital Proteins Collagen Peptides",
        "Fish Oil Softgel",
        "Magnesium 250mg",
    ],
)
def test_supplements_and_medicines_are_skipped_by_name(index, name: str) -> None:
    row = _match(index, name).loc[name]
    assert row["status"] == "skipped"
    assert "supplement or medicine" in row["reason"]


def test_a_usda_description_is_never_taken_for_a_supplement(index) -> None:
    # "vitamin A" and "magnesium chloride" are words of these foods' descriptions.
    names = [
        "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D",
        "Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)",
    ]
    table = _match(index, *names)
    assert (table["status"] == "exact").all()


def test_an_unknown_brand_is_not_guessed(index) -> None:
    row = _match(index, "Huel Black Edition").loc["Huel Black Edition"]
    assert row["status"] == "unmatched"
    assert "unknown word" in row["reason"]


def test_the_score_says_why(index) -> None:
    # "Egg burrito" loses the dish penalty for a plain "egg"; the whole raw egg does not.
    parts = explain(index, "egg", ["sr28:01123", "fndds:34003100"]).set_index("description")
    assert parts.at["Egg burrito", "dish"] < 0
    assert parts.at["Egg, whole, raw, fresh", "dish"] == 0
    assert parts.at["Egg, whole, raw, fresh", "score"] > parts.at["Egg burrito", "score"]


def test_a_phrase_is_only_skipped_where_it_cannot_match(foods) -> None:
    # Each phrase is tried only on texts containing its literal hint: on every description
    # and every labelled name, a text the phrase matches must contain the hint.
    import pandas as pd

    from planner.resolve.words import _PHRASE_RES, fold

    labelled = Path(__file__).parent / "data" / "food_names.csv"
    names = pd.read_csv(labelled, dtype=str, keep_default_na=False)["name"]
    texts = [fold(t) for t in [*foods["description"], *names]]
    for pattern, _, hint in _PHRASE_RES:
        for text in texts:
            if pattern.search(text):
                assert hint in text, (pattern.pattern, hint, text)
