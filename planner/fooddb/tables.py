"""The food database: loading the committed tables from ``data/``.

See ``data/README.md`` for the data dictionary. Every loader validates the file against its
schema (:mod:`planner.fooddb.schema`) and fails with a clear :class:`~planner.errors.PlannerError`
on a damaged file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

from planner.errors import PlannerError
from planner.fooddb.schema import ARTICLE_FOODS, FOODS, PORTIONS, read_table

#: Names of the article files (``shared/articles.md``), by their short number.
ARTICLES = {
    "000": "000_5f4aa012743e636f.txt",
    "001": "001_71242a803dfbf559.txt",
    "002": "002_58505e898860a7bb.txt",
    "003": "003_35e18d9bee52d08f.txt",
    "004": "004_a5c51c468a4b3c52.txt",
}


def data_dir() -> Path:
    """Folder holding the data tables.

    ``PLANNER_DATA_DIR`` wins; then the copy packed into an installed wheel
    (``planner/_data``); then ``data/`` of the source checkout.
    """
    override = os.environ.get("PLANNER_DATA_DIR")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parents[1]
    packed = package / "_data"
    if packed.is_dir():
        return packed
    return package.parent / "data"


def load_foods(directory: Path | None = None) -> pd.DataFrame:
    """Load ``foods.csv``: one row per food, composition per 100 g edible portion.

    Returns
    -------
    pandas.DataFrame
        Columns as in ``data/README.md``; nutrient columns are ``float64`` with ``NaN`` where
        USDA reports no value (never zero).
    """
    return read_table((directory or data_dir()) / "foods.csv", FOODS, key="food_id")


def load_portions(directory: Path | None = None) -> pd.DataFrame:
    """Load ``portions.csv``: household measures with the grams of one unit."""
    # Checked when the table is read from its source, not on every load from the cache.
    return read_table((directory or data_dir()) / "portions.csv", PORTIONS, key=("food_id", "seq"))


def load_article_foods(
    directory: Path | None = None, *, foods: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Load ``article_foods.csv``: the foods the source articles recommend.

    Parameters
    ----------
    directory : Path, optional
        Data folder; defaults to :func:`data_dir`.
    foods : pandas.DataFrame, optional
        The food table; when given, every ``food_id`` must exist in it.

    Returns
    -------
    pandas.DataFrame
        ``food_id``, ``group`` (the article's wording, e.g. "nuts"), ``minerals`` and
        ``articles`` (``;``-separated), ``portion`` (the usual portion's label).
    """
    table = read_table(
        (directory or data_dir()) / "article_foods.csv", ARTICLE_FOODS, key="food_id"
    )
    if foods is not None:
        unknown = ~table["food_id"].isin(foods["food_id"])
        if unknown.any():
            row = int(unknown.to_numpy().nonzero()[0][0]) + 1
            raise PlannerError(
                f"article_foods.csv is damaged: unknown food_id {table['food_id'].iloc[row - 1]}",
                row=row,
                column="food_id",
            )
    return table


def rows_among(column: pd.Series, wanted: Iterable[object]) -> npt.NDArray[np.bool_]:
    """Which cells of a text column (a table's ``food_id``) are among ``wanted``: the same as
    ``column.isin(wanted)``.

    Arrow looks the column up against the few wanted values in a fraction of a millisecond,
    where pandas first turns all 14,220 of the food table's ids into Python strings (some
    5-10 ms, paid several times by each check of a diary); a column Arrow cannot take is
    looked up by pandas.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    values = list(wanted)
    try:
        cells = pa.array(column, from_pandas=True)
        if isinstance(cells, pa.ChunkedArray):
            cells = cells.combine_chunks()
        found = pc.is_in(cells, value_set=pa.array(values, type=cells.type, from_pandas=True))
        return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)
    except (pa.ArrowException, TypeError, ValueError):
        return np.asarray(column.isin(values).to_numpy(), dtype=bool)


def positions_of(column: pd.Series, wanted: Iterable[object]) -> npt.NDArray[np.intp]:
    """The position of each of ``wanted`` in a text column (a table's ``food_id``): its
    first row, or -1 where the column lacks it (as ``Index.get_indexer`` gives for a column
    without repeats), found by :func:`rows_among`."""
    return _positions(column, wanted)[0]


def positions_once(column: pd.Series, wanted: Iterable[object]) -> npt.NDArray[np.intp] | None:
    """:func:`positions_of`, or ``None`` when one of ``wanted`` is in more than one row: a
    lookup that must find each value once asks only the rows of the values it wants, not
    whether any value of the whole column repeats."""
    positions, repeated = _positions(column, wanted)
    return None if repeated else positions


def _positions(column: pd.Series, wanted: Iterable[object]) -> tuple[npt.NDArray[np.intp], bool]:
    import numpy as np

    values = list(wanted)
    at = np.flatnonzero(rows_among(column, values))
    first: dict[object, int] = {}
    for position, cell in zip(at.tolist(), column.iloc[at].tolist(), strict=True):
        first.setdefault(cell, position)
    return np.array([first.get(v, -1) for v in values], dtype=np.intp), len(first) < len(at)
