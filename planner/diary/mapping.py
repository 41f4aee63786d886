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
    """The matches as a mapping CSV (``name, food_id, description, score, status``)."""
    columns = ["name", "food_id", "description", "score", "status"]
    text: str = matches[columns].to_csv(index=False, lineterminator="\n")
    return text


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
    names = table["name"]
    dupes = names[names.duplicated() & (names != "")]
    if len(dupes):
        row = int(dupes.index[0]) + 1
        raise PlannerError(f"the mapping names {dupes.iloc[0]!r} twice", row=row, column="name")
    return {n: f for n, f in zip(names, table["food_id"], strict=True) if n}
