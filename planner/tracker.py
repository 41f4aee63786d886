"""Tracker exports seen two ways: as logged, and recomputed from the food database.

*As logged* keeps the tracker's own numbers: every row counts (supplements too), so each
day's totals equal the tracker's. A blank stays unknown and a nutrient the format lacks is
"not available", never 0.

*From the database* (``--remap``) matches each food name to a USDA food and each amount to
grams, and recomputes the nutrients, so the two can be set side by side.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from planner.check import DiaryCheck, check_entries, check_totals
from planner.diary import Diary, RowAccount, resolve_diary, resolve_rows
from planner.errors import PlannerError
from planner.formats import NAMED_FORMATS, Export, read_export
from planner.matching import MatchIndex, apply_matches, distinct_names, match_names, skip_reason
from planner.nutrients import MAGNESIUM, TOTALLED
from planner.schema import by_unique
from planner.search import SearchIndex
from planner.targets import Target

#: "<qty> <unit>" with an optional "x <size>" serving: "2.00 x 2.0 slices" is 4 slices.
_AMOUNT = re.compile(
    r"^\s*(?P<qty>\d+(?:\.\d+)?(?:\s+\d+/\d+)?|\d+/\d+)\s*"
    r"(?:x\s*(?P<size>\d+(?:\.\d+)?)\s+)?(?P<unit>.*?)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Upload:
    """A diary file read both ways.

    Attributes
    ----------
    export : Export
        The file in the common shape.
    logged : Diary or None
        As logged (formats that carry nutrients); ``entries`` hold the tracker's values.
    database : Diary or None
        Recomputed from the food database (formats that name foods).
    """

    export: Export
    logged: Diary | None
    database: Diary | None

    @property
    def matches(self) -> pd.DataFrame | None:
        """How each distinct food name was matched."""
        return None if self.database is None else self.database.matches


def read_upload(
    source: str | Path | bytes | IO[bytes],
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    index: SearchIndex,
    matcher: MatchIndex,
    format: str = "auto",
    mapping: Mapping[str, str] | None = None,
    complete_only: bool = False,
) -> Upload:
    """Read a diary file of any supported format, both as logged and from the database."""
    export = read_export(source, format=format)
    if export.format == "planner":
        assert export.raw is not None
        database = resolve_diary(
            export.raw,
            foods=foods,
            portions=portions,
            index=index,
            matcher=matcher,
            mapping=mapping,
        )
        return Upload(export=export, logged=None, database=database)
    logged = logged_diary(export, complete_only=complete_only)
    if export.format not in NAMED_FORMATS:
        return Upload(export=export, logged=logged, database=None)
    remapped = database_diary(export, portions=portions, matcher=matcher, mapping=mapping)
    return Upload(export=export, logged=logged, database=remapped)


def parse_amounts(texts: pd.Series) -> pd.DataFrame:
    """Quantity (as text, for the account) and unit of tracker amounts such as
    "1.00 medium", "4.00 x 4.0 oz" (16 oz) or "0.52 Serving (22 tsp, whole pieces)"."""
    return by_unique(texts, _parse_amounts)


def _parse_amounts(texts: pd.Series) -> pd.DataFrame:
    quantities, units = [], []
    for text in texts:
        match = _AMOUNT.match(str(text))
        if not match or not match["qty"]:
            quantities.append(str(text))
            units.append("")
            continue
        qty_text = match["qty"]
        if " " in qty_text.strip():
            whole, frac = qty_text.split()
            num, den = frac.split("/")
            qty = int(whole) + int(num) / int(den)
        elif "/" in qty_text:
            num, den = qty_text.split("/")
            qty = int(num) / int(den) if int(den) else float("nan")
        else:
            qty = float(qty_text)
        if match["size"]:
            qty *= float(match["size"])
        quantities.append(repr(qty))
        units.append(match["unit"])
    return pd.DataFrame({"quantity_text": quantities, "unit": units})


def database_diary(
    export: Export,
    *,
    portions: pd.DataFrame,
    matcher: MatchIndex,
    mapping: Mapping[str, str] | None = None,
) -> Diary:
    """A named export recomputed from the food database.

    Names are matched once each (:func:`planner.matching.match_names`); amounts are parsed
    and converted through the matched food's portions. A volume of a food with no density in
    USDA is converted at 1 g/mL and flagged as assumed. Supplements, medicines and quick-add
    entries are skipped with the reason; unmatched names are rejected with candidates.
    """
    if export.format not in NAMED_FORMATS:
        raise PlannerError(
            f"{export.format} files have no food names, so they cannot be recomputed from "
            "the food database; they are shown as logged"
        )
    rows = export.rows
    amounts = parse_amounts(rows["amount"])
    counted = distinct_names(rows["name"], rows["group"])
    matches = match_names(counted, index=matcher, mapping=mapping, ambiguous="pick")
    food_ids, reasons, skips = apply_matches(rows["name"], matches)
    if export.available:
        # An unmatched row with no values at all is an empty recipe or custom food.
        empty = rows[list(TOTALLED)].isna().all(axis=1) & food_ids.isna() & (skips == "")
        skips = skips.where(
            ~empty, "no ingredients or nutrient values logged (an empty recipe or custom food)"
        )
    frame = pd.DataFrame(
        {
            "row": rows["row"],
            "date_text": rows["date_text"],
            "meal": rows["meal"],
            "name": rows["name"],
            "quantity_text": amounts["quantity_text"],
            "quantity_column": "amount",
            "unit": amounts["unit"],
            "skip": rows["skip"],
        }
    )
    return resolve_rows(
        frame,
        food_ids=food_ids,
        food_reasons=reasons,
        food_column="name",
        portions=portions,
        matches=matches,
        skip_reasons=skips,
        assume_density=True,
    )


def logged_diary(export: Export, *, complete_only: bool = False) -> Diary:
    """An export as logged: the tracker's own values, one entry per used row.

    ``entries`` hold ``row``, ``date``, ``meal``, ``name``, ``group``, ``supplement`` (bool)
    and the tracker's ``potassium_mg`` ... ``energy_kcal`` for the amount eaten (``NaN`` where
    blank). Rows are skipped when blank, deleted, an exercise, a zero amount, or (with
    ``complete_only``) a daily summary not marked completed; rejected when the date is
    unreadable.
    """
    rows = export.rows
    book = RowAccount(rows["row"].to_numpy())
    mark = book.mark

    mark((rows["skip"] != "").to_numpy(), "skipped", "", rows["name"], rows["skip"])
    mark(
        (rows["date"] == "").to_numpy(),
        "rejected",
        "date",
        rows["date_text"],
        "expected a date as YYYY-MM-DD or M/D/YYYY",
    )
    if complete_only and export.format == "cronometer-daily":
        mark(
            (rows["group"] != "completed").to_numpy(),
            "skipped",
            "completed",
            rows["group"],
            "the day is not marked completed (you asked for completed days only)",
        )
    if export.format in NAMED_FORMATS:
        quantity = pd.to_numeric(parse_amounts(rows["amount"])["quantity_text"], errors="coerce")
        mark(
            (quantity == 0).to_numpy(),
            "skipped",
            "amount",
            rows["amount"],
            "a zero amount: a placeholder, nothing was eaten",
        )
    used = book.open.copy()
    account = book.close()
    kept = rows[used]
    pairs = kept[["name", "group"]].drop_duplicates()
    pairs = pairs.assign(
        supplement=[
            skip_reason(n, g).startswith("a supplement")
            for n, g in zip(pairs["name"], pairs["group"], strict=True)
        ]
    )
    supplement = (
        kept[["name", "group"]]
        .merge(pairs, on=["name", "group"], how="left", validate="many_to_one")["supplement"]
        .to_numpy(dtype=bool)
    )
    meal = kept["meal"].str.lower().replace("", "unspecified")
    entries = pd.DataFrame(
        {
            "row": kept["row"],
            "date": kept["date"],
            "meal": meal,
            "name": kept["name"].where(kept["name"] != "", kept["meal"]),
            "group": kept["group"],
            "supplement": supplement,
            **{name: kept[name] for name in TOTALLED},
        }
    ).reset_index(drop=True)
    return Diary(entries=entries, account=account)


def check_logged(
    diary: Diary,
    *,
    available: tuple[str, ...],
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
) -> DiaryCheck:
    """Days of a logged diary against the targets, using the tracker's own numbers."""
    entries = diary.entries.assign(
        food_id="",
        description=diary.entries["name"],
        food_group=diary.entries["group"],
        grams=np.nan,  # trackers log nutrients for the amount, not always its weight
    )
    return check_totals(
        entries, targets=targets, targets_by_date=targets_by_date, available=available
    )


def supplement_magnesium(diary: Diary) -> pd.Series:
    """Magnesium logged from supplements and medicines, per date [mg] (``NaN``-free)."""
    entries = diary.entries
    rows = entries[entries["supplement"]]
    return rows.groupby("date")[MAGNESIUM].sum(min_count=1).dropna()


def check_database(
    diary: Diary,
    *,
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
) -> DiaryCheck:
    """Days of a diary recomputed from the food database (:func:`check_entries`)."""
    return check_entries(
        diary.entries, foods=foods, targets=targets, targets_by_date=targets_by_date
    )


@dataclass(frozen=True)
class UploadCheck:
    """An upload checked one way, with the other way alongside where it exists.

    Attributes
    ----------
    source : {"logged", "database"}
        Which numbers ``check`` uses.
    diary : Diary
        The rows behind ``check``, with their account.
    check : DiaryCheck
    logged : DiaryCheck or None
        The tracker's own numbers, when ``source`` is ``"database"`` and the file has them.
    database : DiaryCheck or None
        The database's numbers, when ``source`` is ``"logged"`` and the file names foods.
    supplement_magnesium_mg : pandas.Series
        Magnesium logged from supplements, per date [mg].
    """

    source: str
    diary: Diary
    check: DiaryCheck
    logged: DiaryCheck | None
    database: DiaryCheck | None
    supplement_magnesium_mg: pd.Series


def check_upload(
    upload: Upload,
    *,
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
    remap: bool = False,
) -> UploadCheck:
    """Check an upload as logged (the default) or from the database (``remap``)."""
    empty = pd.Series(dtype="float64")
    logged = (
        None
        if upload.logged is None
        else check_logged(
            upload.logged,
            available=upload.export.available,
            targets=targets,
            targets_by_date=targets_by_date,
        )
    )
    database = (
        None
        if upload.database is None
        else check_database(
            upload.database, foods=foods, targets=targets, targets_by_date=targets_by_date
        )
    )
    supplements = empty if upload.logged is None else supplement_magnesium(upload.logged)
    if upload.logged is None or remap:
        if upload.database is None or database is None:
            raise PlannerError(
                f"{upload.export.format} files have no food names, so they cannot be "
                "recomputed from the food database; check them without --remap"
            )
        return UploadCheck("database", upload.database, database, logged, None, supplements)
    assert logged is not None
    return UploadCheck("logged", upload.logged, logged, None, database, supplements)
