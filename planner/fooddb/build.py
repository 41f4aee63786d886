"""Build the committed data tables from the USDA extracts and the DRI table.

``planner build-data`` runs :func:`build_data`. The output is deterministic: the same inputs
give byte-identical files, which ``tests/test_build.py`` checks whenever ``../shared`` exists.

References
----------
U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database
for Standard Reference, Release 28 (2015, public domain).
U.S. Department of Agriculture, Agricultural Research Service. Food and Nutrient Database for
Dietary Studies 2021-2023 (public domain).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.nutrients import COMPOSITION
from planner.fooddb.schema import FOODS, PORTIONS, TARGETS, Column, parse_table, strip_text

SR28_FOODS = "sr28_foods.csv"
SR28_PORTIONS = "sr28_portions.csv"
FNDDS_FOODS = "fndds_2021_2023_foods.csv"
FNDDS_PORTIONS = "fndds_2021_2023_portions.csv"

#: A leading count in an FNDDS portion description: "1 cup", "1/2 chicken", "10 chips".
_LEADING_COUNT = re.compile(r"^(?P<count>\d+/\d+|\d+(?:\.\d+)?)\s+(?P<rest>\S.*)$")
#: "5 oz package" names one package, not five ounces of package ("1 fl oz (no ice)" is split).
_PACKAGE_SIZE = re.compile(r"^(?:fl oz|oz|lb|ml|g)\s+[a-z]", re.IGNORECASE)


def build_data(*, usda_dir: Path, dri_csv: Path, out_dir: Path) -> list[Path]:
    """Write ``foods.csv``, ``portions.csv`` and ``targets.csv`` into ``out_dir``.

    Parameters
    ----------
    usda_dir : Path
        Folder with the four USDA extract CSVs (``shared/data/usda``).
    dri_csv : Path
        ``shared/reference/dri_targets.csv``.
    out_dir : Path
        Where the tables are written.

    Returns
    -------
    list of Path
        The files written.
    """
    foods = build_foods(usda_dir)
    portions = build_portions(usda_dir, food_ids=foods["food_id"])
    targets = _read_source(dri_csv)
    parse_table(targets, TARGETS, name=str(dri_csv))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame, schema in (
        ("foods.csv", foods, FOODS),
        ("portions.csv", portions, PORTIONS),
        ("targets.csv", targets, TARGETS),
    ):
        path = out_dir / name
        _write(frame[[c.name for c in schema]], path)
        written.append(path)
    return written


def build_foods(usda_dir: Path) -> pd.DataFrame:
    """Join SR28 and FNDDS 2021-2023 into one food table, every food of both kept.

    Returns
    -------
    pandas.DataFrame
        One row per food, keyed by ``food_id`` (``sr28:`` + 5-digit NDB number, or
        ``fndds:`` + 8-digit food code); composition per 100 g edible portion, blank where the
        source reports nothing.
    """
    sr = _read_source(usda_dir / SR28_FOODS).sort_values("ndb_no", kind="stable")
    fndds = _read_source(usda_dir / FNDDS_FOODS).sort_values("food_code", kind="stable")
    _require(sr, usda_dir / SR28_FOODS, ("ndb_no", "description", "food_group", *COMPOSITION))
    _require(fndds, usda_dir / FNDDS_FOODS, ("food_code", "description", "wweia_category"))
    sr_part = pd.DataFrame(
        {
            "food_id": "sr28:" + sr["ndb_no"],
            "source": "sr28",
            "description": sr["description"],
            "food_group": sr["food_group"],
            "common_name": sr["common_name"],
            "manufacturer": sr["manufacturer"],
            "fdc_id": sr["fdc_id"],
            "survey_food": np.where(sr["in_fndds"] == "Y", "true", "false"),
            **{name: sr[name] for name in COMPOSITION},
        }
    )
    fndds_part = pd.DataFrame(
        {
            "food_id": "fndds:" + fndds["food_code"],
            "source": "fndds",
            "description": fndds["description"],
            "food_group": fndds["wweia_category"],
            "common_name": "",
            "manufacturer": "",
            "fdc_id": "",
            "survey_food": "true",
            **{name: fndds[name] for name in COMPOSITION},
        }
    )
    both = pd.concat([sr_part, fndds_part], ignore_index=True)
    return _canonical(both, FOODS, key="food_id")


def build_portions(usda_dir: Path, *, food_ids: pd.Series) -> pd.DataFrame:
    """Household measures of every food, with the grams of one unit.

    SR28 gives ``amount`` units weighing ``gram_weight``; FNDDS gives a description such as
    "1 cup" or "Quantity not specified" and the grams of that whole portion.
    """
    sr = _read_source(usda_dir / SR28_PORTIONS)
    fndds = _read_source(usda_dir / FNDDS_PORTIONS)
    sr_part = pd.DataFrame(
        {
            "food_id": "sr28:" + sr["ndb_no"],
            "seq": sr["seq"],
            "portion": sr["unit"],
            "amount": sr["amount"],
            "gram_weight": sr["gram_weight"],
            "label": (sr["amount"].map(_format_count) + " " + sr["unit"]),
        }
    )
    counted = fndds["portion_description"].str.extract(_LEADING_COUNT)
    split = counted["count"].notna() & ~counted["rest"].fillna("").str.match(_PACKAGE_SIZE)
    fndds_part = pd.DataFrame(
        {
            "food_id": "fndds:" + fndds["food_code"],
            "seq": fndds["seq"],
            "portion": counted["rest"].where(split, fndds["portion_description"]),
            "amount": counted["count"].where(split, "1").map(_count_text),
            "gram_weight": fndds["gram_weight"],
            "label": fndds["portion_description"],
        }
    )
    both = pd.concat([sr_part, fndds_part], ignore_index=True)
    both = both[both["food_id"].isin(set(food_ids))]
    schema = tuple(c for c in PORTIONS if c.name != "grams_per_unit")
    typed = parse_table(both, schema, name="portions")
    zero = typed["amount"] <= 0
    if zero.any():
        raise PlannerError(f"portion with amount 0 for {typed.loc[zero, 'food_id'].iloc[0]}")
    typed = typed.assign(grams_per_unit=typed["gram_weight"] / typed["amount"])
    typed = typed.sort_values(["food_id", "seq"], kind="stable").reset_index(drop=True)
    for name in ("amount", "gram_weight", "grams_per_unit"):
        typed[name] = typed[name].map(_format_float)
    return typed


def _canonical(frame: pd.DataFrame, schema: tuple[Column, ...], *, key: str) -> pd.DataFrame:
    """Validate against the schema and write numbers in one canonical text form."""
    typed = parse_table(frame, schema, name="foods", key=key)
    out = frame.reset_index(drop=True).copy()
    for column in schema:
        if column.kind == "float":
            out[column.name] = typed[column.name].map(_format_float)
    return out


def _format_float(value: float) -> str:
    """Shortest text that reads back as the same float; blank for missing."""
    number = float(value)
    if math.isnan(number):
        return ""
    return repr(number).removesuffix(".0")


def _format_count(text: str) -> str:
    return _format_float(float(text))


def _count_text(text: str) -> str:
    if "/" in text:
        numerator, denominator = text.split("/")
        return repr(int(numerator) / int(denominator))
    return text


def _read_source(path: Path) -> pd.DataFrame:
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise PlannerError(f"{path} not found; point --usda at shared/data/usda") from None
    return strip_text(raw)


def _require(frame: pd.DataFrame, path: Path, names: tuple[str, ...]) -> None:
    missing = [n for n in names if n not in frame.columns]
    if missing:
        raise PlannerError(f"{path} lacks column(s) {', '.join(missing)}")


def _write(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
