"""The user's own name-to-food choices, as a CSV to download and read back.

A mapping file has at least the columns ``name`` and ``food_id``; a blank ``food_id`` leaves
the name out on purpose.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from planner.diary.formats import read_table_text
from planner.errors import PlannerError


def mapping_csv(
    matches: pd.DataFrame, amounts: Mapping[tuple[str, str], float] | None = None
) -> str:
    """The matches as a mapping CSV (``name, food_id, description, score, status``, and
    ``amount, grams`` rows for amounts a person weighed); text that a spreadsheet would run
    as a formula is escaped (:func:`safe_csv`)."""
    columns = ["name", "food_id", "description", "score", "status"]
    left_out = matches["reason"] == LEFT_OUT
    table = matches[columns].assign(
        status=matches["status"].where(~left_out, "left out"), amount="", grams=np.nan
    )
    if amounts:
        weighed = pd.DataFrame(
            [
                {"name": n, "amount": a, "grams": g, "status": "weighed"}
                for (n, a), g in amounts.items()
            ]
        )
        table = pd.concat([table, weighed], ignore_index=True).fillna(
            {"food_id": "", "description": "", "status": ""}
        )
    return safe_csv(table)


def read_amounts(source: str | Path | bytes | IO[bytes]) -> dict[tuple[str, str], float]:
    """The grams a mapping CSV gives amounts (its rows with ``amount`` and ``grams``)."""
    table = read_table_text(source)
    if not {"name", "amount", "grams"} <= set(table.columns):
        return {}
    out: dict[tuple[str, str], float] = {}
    for number, (name, amount, grams) in enumerate(
        zip(
            table["name"].map(_unescape),
            table["amount"].map(_unescape),
            table["grams"],
            strict=True,
        ),
        start=1,
    ):
        if not amount or not grams:
            continue
        try:
            value = float(grams)
        except ValueError:
            raise PlannerError(
                f"grams {grams!r} is not a number", row=number, column="grams"
            ) from None
        if not (0 <= value <= 10_000):
            raise PlannerError(
                f"grams {grams!r} must be between 0 and 10,000", row=number, column="grams"
            )
        out[(name, amount)] = value
    return out


#: The reason of a name a person chose to leave out.
LEFT_OUT = "left out by your mapping"

#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_csv(frame: pd.DataFrame) -> str:
    """A table as CSV with every text cell that starts like a formula prefixed by ``'``, so
    that opening a download in a spreadsheet never runs what an uploaded file contained."""
    text_columns = [
        c
        for c in frame.columns
        if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c].dtype)
    ]
    escaped = frame.assign(
        **{
            c: frame[c].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v
            )
            for c in text_columns
        }
    )
    out: str = escaped.to_csv(index=False, lineterminator="\n")
    return out


def _unescape(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA_START) else text


def read_mapping(source: str | Path | bytes | IO[bytes]) -> dict[str, str]:
    """A mapping CSV (at least ``name`` and ``food_id``) as name to ``food_id``.

    A blank ``food_id`` leaves the name out on purpose.
    """
    table = read_table_text(source)
    missing = [c for c in ("name", "food_id") if c not in table.columns]
    if missing:
        raise PlannerError(
            f"the mapping file needs the columns name and food_id; missing {', '.join(missing)}"
        )
    if "amount" in table.columns:
        table = table[table["amount"] == ""]
    if "status" in table.columns:
        # A name the planner left unmatched, or skipped itself, was not a choice: only a
        # blank food_id a person chose ("left out") leaves a name out.
        table = table[(table["food_id"] != "") | ~table["status"].isin(["unmatched", "skipped"])]
    names = table["name"].map(_unescape)
    dupes = names[names.duplicated() & (names != "")]
    if len(dupes):
        row = int(dupes.index[0]) + 1
        raise PlannerError(f"the mapping names {dupes.iloc[0]!r} twice", row=row, column="name")
    return {n: f for n, f in zip(names, table["food_id"], strict=True) if n}
