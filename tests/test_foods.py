"""The food database: counts, identifiers and values straight from the USDA tables."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from planner.errors import PlannerError
from planner.fooddb.tables import load_article_foods, load_foods, load_portions

from .conftest import ROOT


def test_every_food_of_both_sources_is_kept(foods: pd.DataFrame) -> None:
    # SOURCE.md: 8,789 SR28 foods + 5,431 FNDDS 2021-2023 foods.
    assert len(foods) == 14_220
    assert foods["source"].value_counts().to_dict() == {"sr28": 8_789, "fndds": 5_431}
    assert foods["food_id"].is_unique


def test_food_ids_follow_the_source_codes(foods: pd.DataFrame) -> None:
    sr = foods.loc[foods["source"] == "sr28", "food_id"]
    fndds = foods.loc[foods["source"] == "fndds", "food_id"]
    assert sr.str.fullmatch(r"sr28:\d{5}").all()
    assert fndds.str.fullmatch(r"fndds:\d{8}").all()


@pytest.mark.parametrize(
    ("food_id", "column", "expected"),
    [
        # SOURCE.md section 4 spot checks, per 100 g.
        ("sr28:09040", "potassium_mg", 358.0),  # Bananas, raw
        ("sr28:09040", "energy_kcal", 89.0),
        ("sr28:11457", "magnesium_mg", 79.0),  # Spinach, raw
        ("sr28:01077", "calcium_mg", 113.0),  # Milk, whole, 3.25%
        ("sr28:02047", "sodium_mg", 38_758.0),  # Salt, table
        ("sr28:14090", "water_g", 95.03),  # Coconut water, ready-to-drink
        ("fndds:63107010", "potassium_mg", 326.0),  # FNDDS raw banana differs from SR28
        ("fndds:95320200", "sodium_mg", 39.0),  # Sports drink (Gatorade G)
    ],
)
def test_values_match_the_usda_tables(
    foods: pd.DataFrame, food_id: str, column: str, expected: float
) -> None:
    assert foods.set_index("food_id").at[food_id, column] == expected


def test_not_reported_stays_missing_not_zero(foods: pd.DataFrame) -> None:
    sr = foods[foods["source"] == "sr28"]
    # SOURCE.md: SR28 leaves K blank for 426 foods, Mg 739, Ca 348, Na 83.
    assert sr["potassium_mg"].isna().sum() == 426
    assert sr["magnesium_mg"].isna().sum() == 739
    assert sr["calcium_mg"].isna().sum() == 348
    assert sr["sodium_mg"].isna().sum() == 83
    assert foods.loc[foods["source"] == "fndds", "potassium_mg"].notna().all()


def test_portions_give_grams_of_one_unit(portions: pd.DataFrame) -> None:
    banana = portions[portions["food_id"] == "sr28:09040"].set_index("portion")
    assert banana.at['medium (7" to 7-7/8" long)', "grams_per_unit"] == 118.0
    assert banana.at["cup, sliced", "grams_per_unit"] == 150.0
    # SR28 "3 oz" rows weigh 85 g for three units: one unit is 85 / 3 g.
    three = portions[(portions["amount"] == 3.0) & (portions["gram_weight"] == 85.0)]
    assert len(three) > 0
    assert math.isclose(three["grams_per_unit"].iloc[0], 85.0 / 3.0)
    # Every portion row of both sources is kept: 15,438 SR28 + 22,043 FNDDS.
    assert len(portions) == 15_438 + 22_043


def test_fndds_portion_counts_are_split_from_the_name(portions: pd.DataFrame) -> None:
    drink = portions[portions["food_id"] == "fndds:95320200"].set_index("portion")
    assert drink.at["fl oz", "grams_per_unit"] == 31.0
    assert drink.at["bottle (20 fl oz)", "grams_per_unit"] == 620.0
    assert drink.at["Quantity not specified", "grams_per_unit"] == 496.0


def test_article_foods_cover_every_named_group(articles: pd.DataFrame) -> None:
    assert len(articles) >= 40
    groups = set(articles["group"])
    for group in (
        "bananas",
        "potatoes",
        "spinach",
        "nuts",
        "seeds",
        "whole grains",
        "legumes",
        "dairy products",
        "coconut water",
        "melons",
    ):
        assert group in groups
    minerals = set(";".join(articles["minerals"]).split(";"))
    assert minerals == {"potassium", "magnesium", "calcium", "sodium", "water"}
    assert articles["articles"].str.fullmatch(r"\d{3}(;\d{3})*").all()


def test_article_portions_exist(articles: pd.DataFrame, portions: pd.DataFrame) -> None:
    known = set(zip(portions["food_id"], portions["portion"], strict=True))
    assert all(pair in known for pair in zip(articles["food_id"], articles["portion"], strict=True))


def _damaged_copy(tmp_path: Path, name: str, edit: str, replacement: str) -> Path:
    for table in ("foods.csv", "portions.csv", "article_foods.csv", "targets.csv"):
        shutil.copy(ROOT / "data" / table, tmp_path / table)
    path = tmp_path / name
    path.write_text(path.read_text().replace(edit, replacement, 1))
    return tmp_path


def test_damaged_number_names_row_and_column(tmp_path: Path) -> None:
    folder = _damaged_copy(
        tmp_path,
        "foods.csv",
        'Butter, salted",Dairy and Egg Products,,,173410,true,24',
        'Butter, salted",Dairy and Egg Products,,,173410,true,lots',
    )
    with pytest.raises(PlannerError, match=r"row 1, column 'potassium_mg'.*expected a number"):
        load_foods(folder)


def test_missing_column_is_a_clear_error(tmp_path: Path) -> None:
    folder = _damaged_copy(tmp_path, "portions.csv", "grams_per_unit", "grams")
    with pytest.raises(PlannerError, match="missing column"):
        load_portions(folder)


def test_unknown_article_food_is_rejected(tmp_path: Path, foods: pd.DataFrame) -> None:
    folder = _damaged_copy(tmp_path, "article_foods.csv", "sr28:09040", "sr28:99999")
    with pytest.raises(PlannerError, match="unknown food_id sr28:99999"):
        load_article_foods(folder, foods=foods)


def test_missing_file_says_how_to_rebuild(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="build-data"):
        load_foods(tmp_path)


def test_foods_are_looked_up_as_pandas_would(foods: pd.DataFrame) -> None:
    import numpy as np

    from planner.fooddb.tables import positions_of, rows_among

    wanted = ["sr28:09040", "fndds:11111000", "no such food", None, float("nan")]
    ids = foods["food_id"]
    assert np.array_equal(rows_among(ids, wanted), ids.isin(wanted).to_numpy())
    banana = int(np.flatnonzero(ids == "sr28:09040")[0])
    assert positions_of(ids, wanted).tolist()[0] == banana
    assert positions_of(ids, wanted).tolist()[2:] == [-1, -1, -1]
    # Plain Python text, a repeated id (its first row) and values Arrow cannot take.
    column = pd.Series(["a", "b", "a", "c"], dtype=object)
    assert positions_of(column, ["a", "c", "x"]).tolist() == [0, 3, -1]
    assert rows_among(column, {"a"}).tolist() == [True, False, True, False]
    numbers = pd.Series([1, 2, 3])
    assert rows_among(numbers, ["2", 3]).tolist() == numbers.isin(["2", 3]).tolist()


def test_a_lookup_that_must_find_each_value_once_asks_only_its_values() -> None:
    from planner.fooddb.tables import positions_once

    column = pd.Series(["a", "b", "a", "c"], dtype=object)
    # "a" is in two rows: a lookup of it cannot say which is meant.
    assert positions_once(column, ["a", "c"]) is None
    # Another value's repeat does not matter; a value the column lacks is -1.
    assert positions_once(column, ["c", "b", "x"]).tolist() == [3, 1, -1]
