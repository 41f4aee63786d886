"""Amounts and units to grams."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from planner.resolve.amounts import parse_quantity, unit_grams


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", 2.0),
        ("0.5", 0.5),
        ("1/2", 0.5),
        ("1 1/2", 1.5),
        (" 3 ", 3.0),
        ("abc", None),
        ("1/0", None),
        ("", None),
    ],
)
def test_parse_quantity(text: str, expected: float | None) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("food_id", "unit", "grams"),
    [
        ("sr28:09040", "oz", 28.349523125),  # exact avoirdupois ounce
        ("sr28:09040", "lb", 453.59237),  # exact pound
        ("sr28:09040", "g", 1.0),
        ("sr28:09040", "medium", 118.0),  # SR28 WEIGHT: 1 medium banana
        ("sr28:09040", "Medium", 118.0),
        ("sr28:09040", "cup, sliced", 150.0),
        ("sr28:01077", "cup", 244.0),  # SR28 WEIGHT: 1 cup whole milk
        ("sr28:01077", "cups", 244.0),
        ("sr28:02047", "teaspoon", 6.0),  # "teaspoon" folds to SR28's "tsp"
        ("fndds:95320200", "bottle", 372.0),  # first bottle size listed
        ("sr28:14411", "liter", 1000.0),
    ],
)
def test_units_to_grams(portions: pd.DataFrame, food_id: str, unit: str, grams: float) -> None:
    result = unit_grams([(food_id, unit)], portions)[(food_id, unit)]
    assert result.grams is not None
    assert math.isclose(result.grams, grams)


def test_millilitres_use_the_foods_own_density(portions: pd.DataFrame) -> None:
    # Whole milk: 1 cup = 244 g (SR28) and 1 US cup = 236.5882365 mL.
    result = unit_grams([("sr28:01077", "ml")], portions)[("sr28:01077", "ml")]
    assert result.grams is not None
    assert math.isclose(result.grams, 244.0 / 236.5882365)
    assert "density" in result.via


def test_volume_without_density_is_refused(portions: pd.DataFrame) -> None:
    result = unit_grams([("sr28:09040", "ml")], portions)[("sr28:09040", "ml")]
    assert result.grams is None
    assert "density" in result.reason


def test_unknown_unit_lists_the_foods_portions(portions: pd.DataFrame) -> None:
    result = unit_grams([("sr28:09040", "handful")], portions)[("sr28:09040", "handful")]
    assert result.grams is None
    assert "unknown unit 'handful'" in result.reason
    assert "cup, sliced" in result.reason
