"""Reading food-diary exports: the planner's CSV, Cronometer, MyFitnessPal and Lose It!.

Each reader turns a file into one :class:`Export`: a table with one row per data row of the
file (blank lines included, so row numbers match the file), in one shape for every format:

``row`` (1-based data-row number), ``date`` (ISO text, or ``""`` when it could not be read),
``date_text`` (as written), ``meal``, ``name`` (the food as the tracker named it; ``""`` for
formats without names), ``amount`` (the amount text, e.g. "1.00 medium"), ``group`` (the
tracker's group or type), and the tracker's own values of ``potassium_mg``, ``magnesium_mg``,
``calcium_mg``, ``sodium_mg``, ``water_g`` and ``energy_kcal`` (``NaN`` where blank), plus
``skip`` (a reason to skip the row, or ``""``), and ``problem_column``, ``problem_value``
and ``problem_reason`` for the first nutrient cell of the row that is not a number of 0 or
more (that cell is left out, and the row is rejected as logged).

Headers are matched by name, never by position, after trimming, lower-casing and undoing the
``Âµ`` mojibake; ``Protien (g)`` is read as ``Protein (g)``. The layouts are those of
``shared/reference/export_formats.md``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

import numpy as np
import pandas as pd

from planner.diary.table import check_cells, check_distinct_names

# Re-exported: other stages read a table's text through this module.
from planner.diary.table import normalise_header as normalise_header
from planner.diary.table import read_table_text as read_table_text
from planner.errors import PlannerError
from planner.fooddb.nutrients import CALCIUM, ENERGY, MAGNESIUM, POTASSIUM, SODIUM, TOTALLED, WATER
from planner.fooddb.schema import by_unique

Format = Literal["planner", "cronometer-servings", "cronometer-daily", "mfp", "loseit"]
FORMATS: tuple[Format, ...] = (
    "planner",
    "cronometer-servings",
    "cronometer-daily",
    "mfp",
    "loseit",
)
FORMAT_NAMES: dict[str, str] = {
    "planner": "the planner's diary CSV",
    "cronometer-servings": "Cronometer servings.csv (Food & Recipe Entries)",
    "cronometer-daily": "Cronometer dailysummary.csv (Daily Nutrition)",
    "mfp": "MyFitnessPal Nutrition-Summary",
    "loseit": "Lose It! food log",
    "columns": "a CSV read through your column mapping",
}
#: Formats that name each food, so rows can be matched to the food database.
NAMED_FORMATS = ("planner", "cronometer-servings", "loseit")

#: FDA Daily Value of calcium [mg] (21 CFR 101.9, 2016 revision), for MyFitnessPal's %DV.
CALCIUM_DV_MG = 1300.0

_NUTRIENT_HEADERS: dict[str, dict[str, str]] = {
    "cronometer": {
        "potassium (mg)": POTASSIUM,
        "magnesium (mg)": MAGNESIUM,
        "calcium (mg)": CALCIUM,
        "sodium (mg)": SODIUM,
        "water (g)": WATER,
        "energy (kcal)": ENERGY,
    },
    "mfp": {"potassium": POTASSIUM, "sodium (mg)": SODIUM, "calories": ENERGY},
    "loseit": {"sodium (mg)": SODIUM, "calories": ENERGY},
    "planner": {},
}
#: Macronutrients a format reports [g]: read only as evidence of which food a row is (the
#: fingerprint of :func:`planner.diary.account.choose_by_fingerprint`), never totalled or
#: checked, so a cell that is not a finite amount of 0 or more is only left unknown.
MACROS = ("protein_g", "fat_g", "carbohydrate_g")
_MACRO_HEADERS: dict[str, dict[str, str]] = {
    "cronometer": {"protein (g)": "protein_g", "fat (g)": "fat_g", "carbs (g)": "carbohydrate_g"},
    "loseit": {
        "protein (g)": "protein_g",
        "fat (g)": "fat_g",
        "carbohydrates (g)": "carbohydrate_g",
    },
}
#: Per format, the text columns its reader takes (besides nutrients).
_READ_COLUMNS: dict[str, tuple[str, ...]] = {
    "planner": ("date", "meal", "food", "food_id", "amount", "unit", "grams"),
    "cronometer-servings": ("day", "group", "food name", "amount"),
    "cronometer-daily": ("date", "completed"),
    "mfp": ("date", "meal", "calcium"),
    "loseit": ("date", "type", "meal", "name", "quantity", "units", "deleted"),
}
EXPORT_COLUMNS = (
    "row",
    "date",
    "date_text",
    "meal",
    "name",
    "amount",
    "group",
    *TOTALLED,
    "skip",
    "problem_column",
    "problem_value",
    "problem_reason",
)


@dataclass(frozen=True)
class Export:
    """A diary file read into the common shape (see the module docstring).

    Attributes
    ----------
    format : str
        One of :data:`FORMATS`.
    rows : pandas.DataFrame
        One row per data row of the file.
    available : tuple of str
        The nutrients the format reports at all; the others are "not available".
    converted : dict of str to str
        Nutrients converted from another unit, with how (MFP calcium from %DV).
    raw : pandas.DataFrame
        The file's cells as text, for formats the planner resolves itself.
    names_foods : bool, optional
        Whether rows name foods, for a file read through a column mapping.
    """

    format: str
    rows: pd.DataFrame
    available: tuple[str, ...] = ()
    converted: dict[str, str] = field(default_factory=dict)
    raw: pd.DataFrame | None = None
    names_foods: bool | None = None

    @property
    def named(self) -> bool:
        """Whether each row names a food, so it can be recomputed from the database."""
        return self.format in NAMED_FORMATS if self.names_foods is None else self.names_foods


def read_export(
    source: str | Path | bytes | IO[bytes] | pd.DataFrame, *, format: str = "auto"
) -> Export:
    """Read a diary file of any supported format.

    Parameters
    ----------
    source : str, Path, bytes, binary file or pandas.DataFrame
        The file, or its cells already read (:func:`planner.diary.table.read_table_text`).
    format : str
        ``"auto"`` (detect from the header) or one of :data:`FORMATS`.

    Raises
    ------
    PlannerError
        If the file cannot be read, or its header fits no format (the message lists the
        columns each format needs).
    """
    if format != "auto" and format not in FORMATS:
        raise PlannerError(f"unknown format {format!r}; expected auto or {', '.join(FORMATS)}")
    raw = source if isinstance(source, pd.DataFrame) else read_table_text(source)
    kind = detect_format(list(raw.columns)) if format == "auto" else format
    readers: dict[str, Callable[[pd.DataFrame], Export]] = {
        "planner": _planner,
        "cronometer-servings": _cronometer_servings,
        "cronometer-daily": _cronometer_daily,
        "mfp": _mfp,
        "loseit": _loseit,
    }
    needed = _SIGNATURES[kind][0]
    missing = [c for c in needed if c not in raw.columns]
    if missing:
        raise PlannerError(
            f"{FORMAT_NAMES[kind]} needs the column(s) {', '.join(missing)}; found: "
            f"{', '.join(map(str, raw.columns))}"
        )
    check_cells(raw, _READ_COLUMNS[kind] + tuple(_NUTRIENT_HEADERS[kind.split("-")[0]]))
    for column in ("food name", "name", "food_id", "food"):
        if kind in NAMED_FORMATS and column in raw.columns:
            check_distinct_names(raw[column], column=column)
            break
    return readers[kind](raw)


#: Dates accepted, inclusive (ISO text). Any day a living person's diary or plan can carry;
#: ``0001-01-01`` or ``9999-12-31`` is a placeholder or a typo, and would break the weekly
#: chart's calendar arithmetic.
DATE_RANGE = ("1900-01-01", "2100-12-31")
#: What a date cell must hold, for messages.
DATE_EXPECTED = (
    f"expected a date as YYYY-MM-DD or M/D/YYYY, from {DATE_RANGE[0][:4]} to {DATE_RANGE[1][:4]}"
)


#: Per format: the columns it needs, and further signature columns.
_SIGNATURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cronometer-daily": (("date", "energy (kcal)"), ("completed",)),
    "mfp": (("date", "meal", "calories"), ("sodium (mg)", "potassium")),
    "loseit": (("date", "name", "quantity", "units"), ("icon", "deleted")),
    "cronometer-servings": (("day", "food name", "amount"), ()),
    "planner": (("date",), ()),
}


def detect_format(columns: list[str]) -> Format:
    """The format whose signature columns the header has.

    Raises
    ------
    PlannerError
        With the columns each format needs, when none fits.
    """
    have = set(columns)
    if {"food name", "amount"} <= have and ({"day"} & have or {"group"} & have):
        return "cronometer-servings"
    if {"date", "completed", "energy (kcal)"} <= have:
        return "cronometer-daily"
    if {"date", "name", "icon", "deleted"} <= have and ({"type", "meal"} & have):
        return "loseit"
    if {"date", "meal", "calories"} <= have and ({"sodium (mg)", "potassium"} & have):
        return "mfp"
    if "date" in have and ({"food", "food_id"} & have):
        return "planner"  # a missing amount or unit is then named by the planner's reader
    raise PlannerError(
        "cannot tell which diary format this is (columns: "
        + ", ".join(columns)
        + "). Expected the planner's date, meal, food, amount, unit; Cronometer servings "
        "(Day, Food Name, Amount) or daily summary (Date, Energy (kcal), Completed); "
        "MyFitnessPal (Date, Meal, Calories, Sodium (mg), Potassium); or Lose It! "
        "(Date, Name, Icon, Type or Meal, Quantity, Units, Deleted)"
    )


def parse_dates(text: pd.Series) -> pd.Series:
    """ISO text of dates written YYYY-MM-DD (padded or not) or M/D/YYYY; ``""`` if neither,
    or if outside :data:`DATE_RANGE` (``today``, ``now`` and signed years are not dates).

    A time of day after the date (an Excel re-save) is ignored. Each distinct text is parsed
    once.
    """
    return by_unique(text, _parse_dates)["date"]


def _parse_dates(text: pd.Series) -> pd.DataFrame:
    return pd.DataFrame({"date": [_parse_date(t) for t in text]}, dtype=object)


_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_US_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


def _parse_date(text: object) -> str:
    """One date text as ISO text, or ``""`` (see :func:`parse_dates`)."""
    head = str(text)[:40].split(" ", 1)[0].split("T", 1)[0]
    iso = _ISO_DATE.fullmatch(head)
    us = None if iso else _US_DATE.fullmatch(head)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif us:
        month, day, year = (int(part) for part in us.groups())
    else:
        return ""
    try:
        datetime.date(year, month, day)
    except ValueError:  # no such day
        return ""
    out = f"{year:04d}-{month:02d}-{day:02d}"
    return out if DATE_RANGE[0] <= out <= DATE_RANGE[1] else ""


#: Cells that mean "not logged".
_BLANK_CELLS = frozenset({"", "n/a", "na", "-", "--", "nan", "none"})


def parse_numbers(text: pd.Series) -> pd.Series:
    """Numbers from text: ``""`` and ``n/a`` are missing; "1,234.5" and "1.234,5" are read."""
    return _numbers(text)[0]


def _numbers(text: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """:func:`parse_numbers`, and which cells are not blank.

    Each distinct text is read once: a tracker repeats a food's values on every row that logs
    the same amount of it.
    """
    return _numbers_of([text])[0]


def _numbers_of(columns: list[pd.Series]) -> list[tuple[pd.Series, np.ndarray]]:
    """:func:`_numbers` of each of ``columns``, the distinct texts of them all read at once
    (a cell's number depends on its text alone): an export's nutrient columns share most of
    their texts, and each pass over a column costs more than its cells on a short diary."""
    if not columns:
        return []
    if len(columns) == 1:
        codes, uniques = pd.factorize(columns[0], use_na_sentinel=False)
    else:
        joined = pd.concat(columns, ignore_index=True)
        codes, uniques = pd.factorize(joined, use_na_sentinel=False)
    numbers, filled = _distinct_numbers(pd.Series(uniques))
    out = []
    start = 0
    for text in columns:
        at = codes[start : start + len(text)]
        start += len(text)
        out.append((pd.Series(numbers[at], index=text.index, name=text.name), filled[at]))
    return out


def _distinct_numbers(text: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    cleaned = text.str.strip().str.lower()
    blank = cleaned.isin(list(_BLANK_CELLS))
    cleaned = cleaned.where(~blank, "")
    numbers = pd.to_numeric(cleaned, errors="coerce")
    odd = numbers.isna() & (cleaned != "")
    if odd.any():
        fixed = cleaned[odd].str.replace(
            r"^(-?\d{1,3})(,\d{3})+(\.\d+)?$", _drop_commas, regex=True
        )
        fixed = fixed.str.replace(r"^(-?\d+),(\d+)$", r"\1.\2", regex=True)
        numbers[odd] = pd.to_numeric(fixed, errors="coerce")
    return numbers.to_numpy(dtype=np.float64), ~blank.to_numpy(dtype=bool)


def _drop_commas(match: re.Match[str]) -> str:
    return match.group(0).replace(",", "")


def _column(raw: pd.DataFrame, *names: str) -> pd.Series:
    """The first of ``names`` the file has, else a blank column."""
    for name in names:
        if name in raw.columns:
            return raw[name]
    return pd.Series([""] * len(raw), index=raw.index, dtype=object)


def blank_rows(raw: pd.DataFrame) -> np.ndarray:
    """Rows whose every cell is empty."""
    return (raw == "").all(axis=1).to_numpy()


def base_rows(raw: pd.DataFrame, *, date_column: str) -> pd.DataFrame:
    """The common columns of an export, with the dates read and blank rows marked skipped."""
    n = len(raw)
    empty = pd.Series([""] * n, index=raw.index, dtype=object)
    frame = pd.DataFrame(
        {
            "row": np.arange(1, n + 1),
            "date": parse_dates(raw[date_column]),
            "date_text": raw[date_column],
            "meal": empty,
            "name": empty,
            "amount": empty,
            "group": empty,
        }
        # Made with the frame, not added one by one (each added column costs more than its
        # cells on a short diary).
        | {name: np.full(n, np.nan) for name in TOTALLED}
        | {
            "skip": np.where(blank_rows(raw), "blank row", ""),
            "problem_column": "",
            "problem_value": "",
            "problem_reason": "",
        },
        index=raw.index,
    )
    return frame


def _nutrients(frame: pd.DataFrame, raw: pd.DataFrame, headers: dict[str, str]) -> tuple[str, ...]:
    found = {header: name for header, name in headers.items() if header in raw.columns}
    parsed = _numbers_of([raw[header] for header in found])
    for (header, name), numbers in zip(found.items(), parsed, strict=True):
        read_nutrient(frame, name, raw[header], header=header, parsed=numbers)
    return tuple(n for n in TOTALLED if n in found.values())


#: Largest believable value of one nutrient in one diary row [mg, g or kcal]: more is a typo
#: or a file made to overflow the totals.
MAX_NUTRIENT_VALUE = 1e6


def read_nutrient(
    frame: pd.DataFrame,
    name: str,
    text: pd.Series,
    *,
    header: str,
    factor: float = 1.0,
    parsed: tuple[pd.Series, np.ndarray] | None = None,
) -> None:
    """Put one nutrient column of a file into ``frame[name]``; a cell that is not a number of
    0 or more (text, a negative, an infinite or an implausibly large value) is left out and
    noted in ``frame``'s ``problem_*`` columns for the row, unless the row has a problem
    already. ``parsed`` is ``text``'s :func:`_numbers` when already read."""
    numbers, filled = _numbers(text) if parsed is None else parsed
    numbers = numbers * factor
    values = numbers.to_numpy(dtype=np.float64)
    unknown = np.isnan(values)
    with np.errstate(invalid="ignore"):
        why = np.select(
            [
                filled & unknown,
                filled & ~np.isfinite(values) & ~unknown,
                values < 0,
                values > MAX_NUTRIENT_VALUE,
            ],
            [
                "expected a number",
                "expected a finite number",
                "expected 0 or more",
                f"more than {MAX_NUTRIENT_VALUE:,.0f} in one row is not believable",
            ],
            default="",
        )
    good = why == ""
    if not good.all():
        bad = ~good & (frame["problem_reason"] == "").to_numpy()
        frame.loc[bad, "problem_column"] = header
        frame.loc[bad, "problem_value"] = text[bad].str.slice(0, 60)
        frame.loc[bad, "problem_reason"] = why[bad]
    frame[name] = np.where(good, values, np.nan)


def _macros(frame: pd.DataFrame, raw: pd.DataFrame, headers: dict[str, str]) -> None:
    """The macronutrient columns of ``headers`` found in ``raw``, into ``frame`` (``NaN`` for
    any cell that is not a finite number from 0 to :data:`MAX_NUTRIENT_VALUE`)."""
    found = {header: name for header, name in headers.items() if header in raw.columns}
    for name, (numbers, _) in zip(
        found.values(), _numbers_of([raw[header] for header in found]), strict=True
    ):
        values = numbers.to_numpy(dtype=np.float64)
        with np.errstate(invalid="ignore"):
            plausible = np.isfinite(values) & (values >= 0) & (values <= MAX_NUTRIENT_VALUE)
        frame[name] = np.where(plausible, values, np.nan)


def _planner(raw: pd.DataFrame) -> Export:
    # The planner's own reader resolves these rows (planner.diary.planner_csv.resolve_diary).
    rows = pd.DataFrame({c: pd.Series(dtype=object) for c in EXPORT_COLUMNS})
    return Export(format="planner", rows=rows, available=(), raw=raw)


def _cronometer_servings(raw: pd.DataFrame) -> Export:
    frame = base_rows(raw, date_column="day")
    frame["name"] = raw["food name"]
    frame["amount"] = raw["amount"]
    group = _column(raw, "group")
    frame["group"] = group
    frame["meal"] = group
    available = _nutrients(frame, raw, _NUTRIENT_HEADERS["cronometer"])
    _macros(frame, raw, _MACRO_HEADERS["cronometer"])
    return Export(format="cronometer-servings", rows=frame, available=available)


def _cronometer_daily(raw: pd.DataFrame) -> Export:
    frame = base_rows(raw, date_column="date")
    frame["meal"] = "whole day"
    available = _nutrients(frame, raw, _NUTRIENT_HEADERS["cronometer"])
    if "completed" in raw.columns:
        completed = raw["completed"].str.lower()
        frame["group"] = np.where(completed.isin(["true", "1", "yes"]), "completed", "")
        frame.loc[completed.isin(["false", "0", "no"]), "group"] = "not completed"
    values = frame[list(TOTALLED)]
    empty_day = values.isna().all(axis=1) & (frame["skip"] == "")
    frame.loc[empty_day, "skip"] = "an empty day: no values logged"
    return Export(format="cronometer-daily", rows=frame, available=available)


def _mfp(raw: pd.DataFrame) -> Export:
    frame = base_rows(raw, date_column="date")
    frame["meal"] = raw["meal"]
    frame["group"] = raw["meal"]
    available = list(_nutrients(frame, raw, _NUTRIENT_HEADERS["mfp"]))
    converted = {}
    if "calcium" in raw.columns:
        read_nutrient(frame, CALCIUM, raw["calcium"], header="calcium", factor=CALCIUM_DV_MG / 100)
        available.append(CALCIUM)
        converted[CALCIUM] = (
            f"MyFitnessPal logs calcium as % Daily Value; converted at the FDA DV of "
            f"{CALCIUM_DV_MG:,.0f} mg (foods labelled before 2020 used 1,000 mg, which would "
            "make these amounts 23 % lower), and a custom food entered in mg instead of % "
            "counts 13 times over; a day above the upper level by this estimate alone is "
            "shown as an estimate, never as above"
        )
    return Export(
        format="mfp",
        rows=frame,
        available=tuple(n for n in TOTALLED if n in available),
        converted=converted,
    )


def _loseit(raw: pd.DataFrame) -> Export:
    frame = base_rows(raw, date_column="date")
    meal = _column(raw, "type", "meal")
    frame["meal"] = meal
    frame["group"] = meal
    frame["name"] = raw["name"]
    frame["amount"] = (raw["quantity"] + " " + raw["units"]).str.strip()
    available = _nutrients(frame, raw, _NUTRIENT_HEADERS["loseit"])
    _macros(frame, raw, _MACRO_HEADERS["loseit"])
    pending = frame["skip"] == ""
    if "deleted" in raw.columns:
        deleted = raw["deleted"].str.lower().isin(["1", "true", "yes"])
        frame.loc[pending & deleted, "skip"] = "deleted in Lose It!"
    pending = frame["skip"] == ""
    exercise = meal.str.lower().eq("exercise") | (raw["units"].str.lower() == "minutes")
    frame.loc[pending & exercise, "skip"] = "an exercise entry, not food"
    return Export(format="loseit", rows=frame, available=available)
