"""The user's own name-to-food choices, as a CSV to download and read back.

A mapping file has at least the columns ``name`` and ``food_id``; a blank ``food_id`` leaves
the name out on purpose.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import pandas as pd

from planner.diary.formats import read_table_text
from planner.errors import PlannerError


def mapping_csv(matches: pd.DataFrame) -> str:
    """The matches as a mapping CSV (``name, food_id, description, score, status``); text
    that a spreadsheet would run as a formula is escaped (:func:`safe_csv`)."""
    columns = ["name", "food_id", "description", "score", "status"]
    return safe_csv(matches[columns])


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
    names = table["name"].map(_unescape)
    dupes = names[names.duplicated() & (names != "")]
    if len(dupes):
        row = int(dupes.index[0]) + 1
        raise PlannerError(f"the mapping names {dupes.iloc[0]!r} twice", row=row, column="name")
    return {n: f for n, f in zip(names, table["food_id"], strict=True) if n}
