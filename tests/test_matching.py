"""Matching tracker food names to the database: scores, thresholds, skips and mappings."""

from __future__ import annotations

import pytest

from planner.diary.mapping import mapping_csv, read_mapping
from planner.errors import PlannerError
from planner.resolve.names import (
    MATCH_THRESHOLD,
    build_match_index,
    distinct_names,
    match_names,
    skip_reason,
)
from planner.resolve.words import food_words


@pytest.fixture(scope="module")
def matcher(foods, index):
    return build_match_index(foods, index)


def _match(matcher, *names: str, **kwargs):
    return match_names(distinct_names(list(names)), index=matcher, **kwargs).set_index("name")


@pytest.mark.parametrize(
    ("name", "food_id"),
    [
        ("Banana, Fresh", "sr28:09040"),  # USDA "Bananas, raw": singular, "fresh" is raw
        ("Bananas, raw", "sr28:09040"),
        ("Publix, Whole Milk", None),  # brand dropped, word order: a whole milk
        ("Whole Wheat Bread", None),
        ("Greek Yogurt, Plain, Nonfat", None),
        ("Salmon, Atlantic, Farmed, Cooked", "sr28:15237"),
        ("Cucumber", None),
    ],
)
def test_tracker_names_find_their_food(matcher, name: str, food_id: str | None) -> None:
    row = _match(matcher, name).loc[name]
    assert row["status"] in {"matched", "exact"}
    assert row["score"] >= MATCH_THRESHOLD
    if food_id:
        assert row["food_id"] == food_id
    assert food_words(name).all & food_words(row["description"]).all


@pytest.mark.parametrize(
    "name",
    ["Bear Naked Granola Fruit and Nut", "Chicken Breast BASIC", "bananna"],
)
def test_doubtful_names_are_not_matched_but_offer_candidates(matcher, name: str) -> None:
    # Every word is some food's (a spelling fixed aside): the best candidate is a guess,
    # never a match, and the candidates are offered.
    row = _match(matcher, name).loc[name]
    assert row["status"] == "guessed"
    assert row["candidates"].startswith(f"{row['description']} ({row['food_id']})")
    assert "best guess" in row["reason"]


def test_a_name_with_an_unknown_word_has_no_guess(matcher) -> None:
    # The unknown word may be the food itself: no food is guessed, candidates are offered.
    row = _match(matcher, "zorbnik stew").loc["zorbnik stew"]
    assert row["status"] == "unmatched"
    assert row["food_id"] == ""
    assert "zorbnik" in row["reason"]
    assert row["candidates"]


def test_publix_milk_is_milk(matcher) -> None:
    row = _match(matcher, "Publix, Whole Milk").loc["Publix, Whole Milk"]
    assert row["description"].startswith("Milk, whole")


@pytest.mark.parametrize(
    ("name", "group", "reason"),
    [
        ("Magnesium Glycinate", "", "supplement"),
        ("Creatine Monohydrate", "", "supplement"),
        ("Vitamin D3", "", "supplement"),
        ("Fish Oil", "", "supplement"),
        ("Ibuprofen", "", "medicine"),
        ("Anything", "Supplements", "supplement"),
        ("Quick Add", "", "quick-add"),
        ("Calories", "", "quick-add"),
        ("Protein", "", "quick-add"),
        ("Spinach, raw", "", ""),
        ("Vitamin D fortified milk", "", ""),
        # A food vitamins are added to is the food, wherever it is named.
        ("American Cheese Product, Reduced Fat, Vitamin D, 1 Slice", "", ""),
        # Cod liver oil by the spoon is SR28's "Fish oil, cod liver"; in capsules a supplement.
        ("Cod Liver Oil, 1 Tbsp", "", ""),
        ("a spoonful of cod liver oil", "", ""),
        ("Cod Liver Oil Capsules", "", "supplement"),
        ("Seven Seas Cod Liver Oil One-A-Day", "", "supplement"),
        # A protein powder is a food USDA analysed ("Beverages, Protein powder whey based").
        ("Whey Protein Powder, 1 Scoop", "", ""),
    ],
)
def test_supplements_and_quick_adds_are_recognised(name: str, group: str, reason: str) -> None:
    found = skip_reason(name, group)
    assert (reason in found) if reason else found == ""


def test_the_users_mapping_wins_and_can_leave_a_name_out(matcher) -> None:
    table = _match(
        matcher,
        "Chicken Breast BASIC",
        "Banana, Fresh",
        "Mystery",
        mapping={"Chicken Breast BASIC": "sr28:05064", "Banana, Fresh": "", "Mystery": "x:1"},
    )
    assert table.at["Chicken Breast BASIC", "status"] == "user"
    assert table.at["Chicken Breast BASIC", "food_id"] == "sr28:05064"
    assert table.at["Banana, Fresh", "status"] == "skipped"
    assert table.at["Mystery", "status"] == "unmatched"
    assert "unknown food_id" in table.at["Mystery", "reason"]


def test_identical_descriptions_pick_one_or_ask(matcher) -> None:
    picked = _match(matcher, "Spinach, raw").loc["Spinach, raw"]
    assert picked["status"] == "exact"
    assert "2 foods share this description" in picked["reason"]
    asked = _match(matcher, "Spinach, raw", ambiguous="reject").loc["Spinach, raw"]
    assert asked["status"] == "unmatched"


def test_mapping_csv_round_trip(matcher) -> None:
    table = match_names(distinct_names(["Banana, Fresh", "Milk"]), index=matcher)
    mapping = read_mapping(mapping_csv(table).encode())
    assert mapping["Banana, Fresh"] == "sr28:09040"


def test_bad_mapping_files(matcher) -> None:
    with pytest.raises(PlannerError, match="needs the columns name and food_id"):
        read_mapping(b"name,food\nMilk,x\n")
    with pytest.raises(PlannerError, match="names 'Milk' twice"):
        read_mapping(b"name,food_id\nMilk,sr28:01077\nMilk,sr28:01079\n")


def test_distinct_names_count_rows() -> None:
    counted = distinct_names(["a", "b", "a", ""]).set_index("name")["rows"]
    assert counted.to_dict() == {"a": 2, "b": 1}
