"""Tracker exports seen two ways: as logged, and recomputed from the food database.

*As logged* keeps the tracker's own numbers: every row counts (supplements too), so each
day's totals equal the tracker's. A blank stays unknown and a nutrient the format lacks is
"not available", never 0.

*From the database* (``--remap``) matches each food name to a USDA food and each amount to
grams, and recomputes the nutrients, so the two can be set side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from planner.diary.account import FINGERPRINT, Diary, RowAccount, WateryFoods, resolve_rows
from planner.diary.columns import read_with_columns
from planner.diary.formats import DATE_EXPECTED, MACROS, Export, read_export
from planner.diary.planner_csv import amount_text, resolve_diary
from planner.diary.table import check_distinct_names, read_table_text
from planner.errors import PlannerError
from planner.fooddb.nutrients import ENERGY, TOTALLED
from planner.resolve.amounts import parse_amounts
from planner.resolve.names import (
    MatchIndex,
    apply_matches,
    distinct_names,
    guess_notes,
    match_names,
    skip_reason,
    without_guesses,
)
from planner.resolve.search import SearchIndex


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
    source: str | Path | bytes | IO[bytes] | pd.DataFrame,
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    index: SearchIndex,
    matcher: MatchIndex,
    format: str = "auto",
    mapping: Mapping[str, str] | None = None,
    complete_only: bool = False,
    columns: Mapping[str, str] | None = None,
    amounts: Mapping[tuple[str, str], float] | None = None,
    guesses: bool = True,
) -> Upload:
    """Read a diary file of any supported format, both as logged and from the database.

    ``columns`` reads a file of any other layout through a column mapping
    (:func:`planner.diary.columns.read_with_columns`); ``amounts`` gives grams for amounts the
    planner could not read (:func:`database_diary`). ``source`` may be the file's cells
    already read (:func:`planner.diary.table.read_table_text`). ``guesses`` lets a name the
    planner is not sure of take its best guess (:func:`planner.diary.planner_csv.resolve_diary`;
    in a tracker's export only where the tracker logged no energy to choose by).
    """
    if columns:
        raw = source if isinstance(source, pd.DataFrame) else read_table_text(source)
        export = read_with_columns(raw, columns)
    else:
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
            amounts=amounts,
            guesses=guesses,
        )
        return Upload(export=export, logged=None, database=database)
    logged = logged_diary(export, complete_only=complete_only)
    if not export.named:
        return Upload(export=export, logged=logged, database=None)
    remapped = database_diary(
        export,
        portions=portions,
        matcher=matcher,
        mapping=mapping,
        foods=foods,
        amounts=amounts,
        guesses=guesses,
    )
    return Upload(export=export, logged=logged, database=remapped)


def database_diary(
    export: Export,
    *,
    portions: pd.DataFrame,
    matcher: MatchIndex,
    mapping: Mapping[str, str] | None = None,
    foods: pd.DataFrame | None = None,
    amounts: Mapping[tuple[str, str], float] | None = None,
    guesses: bool = True,
) -> Diary:
    """A named export recomputed from the food database.

    Names are matched once each (:func:`planner.resolve.names.match_names`); amounts are parsed
    and converted through the matched food's portions. A volume of a drink or watery food
    with no density in USDA is converted at 1 g/mL and flagged as assumed
    (:func:`watery_foods`). Supplements, medicines and quick-add entries are skipped with the
    reason; unmatched names are rejected with candidates. ``amounts`` gives the grams of an
    amount the planner could not read, by (name, amount text), as a person set it once for
    every row with that name and amount. Where the tracker logged no energy, a name the
    planner is not sure of takes its best guess when ``guesses`` is true, and each of its
    rows says so.
    """
    if not export.named:
        raise PlannerError(
            f"{export.format} files have no food names, so they cannot be recomputed from "
            "the food database; they are shown as logged"
        )
    rows = export.rows
    check_distinct_names(rows["name"], column="name")
    parsed = parse_amounts(rows["amount"])
    if amounts:
        given = pd.Series(
            [amounts.get((n, a)) for n, a in zip(rows["name"], rows["amount"], strict=True)],
            index=rows.index,
            dtype="float64",
        )
        fixed = given.notna()
        parsed = parsed.assign(
            quantity_text=parsed["quantity_text"].where(~fixed, given.map(repr)),
            unit=parsed["unit"].where(~fixed, "g"),
        )
    counted = distinct_names(rows["name"], rows["group"])
    matches = match_names(counted, index=matcher, mapping=mapping, ambiguous="pick")
    if not guesses or ENERGY in export.available:
        # The tracker's own numbers choose among a name's candidates
        # (:func:`planner.diary.account.choose_by_fingerprint`), where a guess would only
        # stand in the way; a name none of them fits is rejected, not guessed.
        matches = without_guesses(matches)
    food_ids, reasons, skips = apply_matches(rows["name"], matches)
    notes = guess_notes(rows["name"], matches)
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
            "quantity_text": parsed["quantity_text"],
            "quantity_column": "amount",
            "unit": parsed["unit"],
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
        assume_density=True if foods is None else WateryFoods(foods),
        foods=foods,
        energy_kcal=rows[ENERGY] if ENERGY in export.available else None,
        logged=rows[
            [
                ENERGY,
                *(
                    c
                    for c in FINGERPRINT
                    if c in export.available or (c in MACROS and c in rows.columns)
                ),
            ]
        ]
        if ENERGY in export.available
        else None,
        food_notes=notes if (notes != "").any() else None,
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
        DATE_EXPECTED,
    )
    for header in rows["problem_column"].unique():  # in order of first appearance
        if header:
            at = (rows["problem_column"] == header).to_numpy()
            mark(at, "rejected", header, rows["problem_value"], rows["problem_reason"])
    if complete_only and export.format == "cronometer-daily":
        mark(
            (rows["group"] != "completed").to_numpy(),
            "skipped",
            "completed",
            rows["group"],
            "the day is not marked completed (you asked for completed days only)",
        )
    if export.named:
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
    # Each distinct (name, group) pair is judged once and spread back by its code.
    name_codes, names = pd.factorize(kept["name"], use_na_sentinel=False)
    group_codes, groups = pd.factorize(kept["group"], use_na_sentinel=False)
    width = max(len(groups), 1)
    pair_codes, pairs = pd.factorize(name_codes.astype(np.int64) * width + group_codes)
    pair_values = np.asarray(pairs, dtype=np.int64)
    name_of, group_of = np.asarray(names, dtype=object), np.asarray(groups, dtype=object)
    supplement = np.array(
        [
            skip_reason(n, g).startswith("a supplement")
            for n, g in zip(
                name_of[pair_values // width], group_of[pair_values % width], strict=True
            )
        ],
        dtype=bool,
    )[pair_codes]
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


def unread_amounts(diary: Diary, export: Export) -> list[tuple[str, str]]:
    """Each distinct (name, amount text) of the rows rejected for their amount or unit, most
    rows first: what a person can weigh once for all of them.

    In the planner's own CSV the amount text is ``amount`` and ``unit`` joined
    (:func:`planner.diary.planner_csv.amount_text`); a row that gives ``grams`` is not
    offered (its grams are what it says).
    """
    rejected = diary.account[
        (diary.account["status"] == "rejected") & diary.account["column"].isin(["amount", "unit"])
    ]
    if export.format == "planner":
        raw = export.raw
        if raw is None or not {"amount", "unit"} <= set(raw.columns) or not len(rejected):
            return []
        food = "food_id" if "food_id" in raw.columns else "food"
        at = rejected["row"].to_numpy(dtype=np.int64) - 1  # rows are numbered from 1
        rows = pd.DataFrame(
            {
                "name": raw[food].to_numpy(dtype=object)[at],
                "amount": amount_text(raw["amount"], raw["unit"]).to_numpy(dtype=object)[at],
            }
        )
    elif {"row", "name", "amount"} <= set(export.rows.columns):
        rows = export.rows.set_index("row").loc[rejected["row"], ["name", "amount"]]
    else:
        return []
    counted = rows.value_counts(sort=True)
    return [(str(n), str(a)) for n, a in counted.index]
