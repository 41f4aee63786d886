"""Any other CSV: a person says which column holds what.

Spreadsheets and other apps carry a date, often a food name and some nutrients under their own
headers (``Date,Name,Type,Calories,...``, or a meal-level ``Date,Meal,Calories,...``). A
column mapping names, for each thing the planner reads, the header that holds it::

    date=Date,name=Name,meal=Type,amount=Qty,unit=Units,energy_kcal=Calories,sodium_mg=Sodium

Nutrients are named with their unit, which converts to the planner's: ``potassium_g`` is
multiplied by 1,000 to mg, ``water_ml`` is taken as grams (1 g/mL), ``water_l`` by 1,000, and
``energy_kj`` divided by 4.184 (the thermochemical calorie). A file with food names is both
read as logged and recomputed from the database; one without is read as logged.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from planner.diary.formats import Export, base_rows, read_nutrient
from planner.diary.table import check_cells, check_distinct_names, normalise_header
from planner.errors import PlannerError
from planner.fooddb.nutrients import ENERGY, TOTALLED

#: What a column can hold, besides nutrients.
FIELDS = ("date", "meal", "name", "amount", "unit")

#: Nutrient names with a unit, as (planner column, factor to the planner's unit).
NUTRIENT_UNITS: dict[str, tuple[str, float]] = {
    "potassium_mg": ("potassium_mg", 1.0),
    "potassium_g": ("potassium_mg", 1000.0),
    "magnesium_mg": ("magnesium_mg", 1.0),
    "magnesium_g": ("magnesium_mg", 1000.0),
    "calcium_mg": ("calcium_mg", 1.0),
    "calcium_g": ("calcium_mg", 1000.0),
    "sodium_mg": ("sodium_mg", 1.0),
    "sodium_g": ("sodium_mg", 1000.0),
    "water_g": ("water_g", 1.0),
    "water_ml": ("water_g", 1.0),
    "water_l": ("water_g", 1000.0),
    "energy_kcal": (ENERGY, 1.0),
    "energy_kj": (ENERGY, 1.0 / 4.184),
}


def parse_column_mapping(text: str) -> dict[str, str]:
    """``"date=Date,name=Name"`` as ``{"date": "Date", "name": "Name"}``.

    Raises
    ------
    PlannerError
        For a part without ``=``, a field the planner does not read, or a field named twice.
    """
    pairs: list[tuple[str, str]] = []
    for part in (p.strip() for p in str(text).split(",")):
        if not part:
            continue
        field, sep, header = part.partition("=")
        if not sep or not header.strip():
            raise PlannerError(f"column mapping part {part!r}: expected field=Header")
        pairs.append((field.strip().lower(), header.strip()))
    fields = [f for f, _ in pairs]
    twice = sorted({f for f in fields if fields.count(f) > 1})
    if twice:
        raise PlannerError(f"column mapping names {twice[0]!r} twice")
    return check_column_mapping(dict(pairs))


def check_column_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    """The mapping, if every field is one the planner reads and the date is named.

    Raises
    ------
    PlannerError
        Naming the first field that is not, or the missing date.
    """
    for field in mapping:
        if field not in FIELDS and field not in NUTRIENT_UNITS:
            raise PlannerError(
                f"column mapping names {field!r}; expected one of {', '.join(FIELDS)} or a "
                f"nutrient with its unit ({', '.join(NUTRIENT_UNITS)})"
            )
    if "date" not in mapping:
        raise PlannerError("a column mapping needs at least date=<the date column>")
    return dict(mapping)


def check_headers(header: list[str], mapping: Mapping[str, str]) -> None:
    """Raise unless the file's header (as read, normalised) has every column the mapping
    names; the message lists the file's columns."""
    missing = [h for h in mapping.values() if normalise_header(h) not in header]
    if missing:
        raise PlannerError(
            f"the column mapping names {', '.join(repr(m) for m in missing)}, which the file "
            f"does not have; its columns are: {', '.join(map(str, header))}"
        )


def read_with_columns(raw: pd.DataFrame, mapping: Mapping[str, str]) -> Export:
    """A table read through a column mapping (see the module's description).

    Raises
    ------
    PlannerError
        If a mapped header is not in the file (the message lists the file's headers).
    """
    check_headers(list(raw.columns), mapping)
    wanted = {field: normalise_header(header) for field, header in mapping.items()}
    check_cells(raw, list(wanted.values()))
    if "name" in wanted:
        check_distinct_names(raw[wanted["name"]], column=mapping["name"])
    frame = base_rows(raw, date_column=wanted["date"])
    for field in ("meal", "name"):
        if field in wanted:
            frame[field] = raw[wanted[field]].to_numpy()
    frame["group"] = frame["meal"]
    if "amount" in wanted:
        amount = raw[wanted["amount"]]
        if "unit" in wanted:
            amount = (amount + " " + raw[wanted["unit"]]).str.strip()
        frame["amount"] = amount.to_numpy()
    available: list[str] = []
    converted: dict[str, str] = {}
    for field, header in wanted.items():
        if field not in NUTRIENT_UNITS:
            continue
        column, factor = NUTRIENT_UNITS[field]
        if column in available:
            raise PlannerError(f"the column mapping names {column} twice (as {field})")
        read_nutrient(frame, column, raw[header], header=mapping[field], factor=factor)
        available.append(column)
        if factor != 1.0:
            converted[column] = f"{mapping[field]} read as {field} and converted to {column}"
    if "name" not in wanted:
        # A meal-level file: each row is a meal's total, named by its meal.
        frame["name"] = frame["meal"]
    return Export(
        format="columns",
        rows=frame,
        available=tuple(n for n in TOTALLED if n in available),
        converted=converted,
        names_foods="name" in wanted,
    )


def header_key(columns: list[str]) -> str:
    """A stable key for a file's header, to remember its column mapping by."""
    return hashlib.sha256("\x1f".join(columns).encode()).hexdigest()[:16]


def mappings_path() -> Path:
    """Where remembered column mappings are kept: ``PLANNER_CONFIG_DIR`` or the user's
    configuration folder (platformdirs)."""
    folder = os.environ.get("PLANNER_CONFIG_DIR")
    if not folder:
        import platformdirs  # only when a mapping is kept or looked up

        folder = platformdirs.user_config_dir("electrolyte-planner", appauthor=False)
    return Path(folder) / "column-mappings.json"


def remembered_mapping(columns: list[str]) -> dict[str, str] | None:
    """The column mapping last used for a file with this header, if any."""
    path = mappings_path()
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = saved.get(header_key(columns)) if isinstance(saved, dict) else None
    if not isinstance(found, dict):
        return None
    return {str(k): str(v) for k, v in found.items()}


def remember_mapping(columns: list[str], mapping: Mapping[str, str]) -> None:
    """Keep a column mapping for files with this header (written whole, then renamed)."""
    path = mappings_path()
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(saved, dict):
            saved = {}
    except (OSError, ValueError):
        saved = {}
    saved[header_key(columns)] = dict(mapping)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(saved, indent=1, sort_keys=True), encoding="utf-8")
        partial.replace(path)
    except OSError as exc:
        raise PlannerError(f"cannot remember the column mapping in {path}: {exc}") from None
