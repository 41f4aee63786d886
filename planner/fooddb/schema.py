"""Column schemas for the data tables, checked wherever outside data enters.

Each table is described once, as a tuple of :class:`Column`; :func:`read_table` opens a CSV,
checks it against the schema and returns it with explicit dtypes. A damaged or hand-edited
file fails with a message that names the file, the row and the column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from planner.errors import PlannerError
from planner.fooddb.cache import cached_frames, file_key, key_of
from planner.fooddb.nutrients import COMPOSITION

if TYPE_CHECKING:  # numpy and pandas are imported where used: the schemas load without them
    import pandas as pd

Kind = Literal["str", "float", "int", "bool"]


@dataclass(frozen=True)
class Column:
    """One column of a data table."""

    name: str
    kind: Kind
    nullable: bool = False
    minimum: float | None = None


FOODS: tuple[Column, ...] = (
    Column("food_id", "str"),
    Column("source", "str"),
    Column("description", "str"),
    Column("food_group", "str"),
    Column("common_name", "str", nullable=True),
    Column("manufacturer", "str", nullable=True),
    Column("fdc_id", "str", nullable=True),
    Column("survey_food", "bool"),
    *(Column(name, "float", nullable=True, minimum=0.0) for name in COMPOSITION),
)

PORTIONS: tuple[Column, ...] = (
    Column("food_id", "str"),
    Column("seq", "int", minimum=1),
    Column("portion", "str"),
    Column("amount", "float", minimum=0.0),
    Column("gram_weight", "float", minimum=0.0),
    Column("grams_per_unit", "float", minimum=0.0),
    Column("label", "str"),
)

ARTICLE_FOODS: tuple[Column, ...] = (
    Column("food_id", "str"),
    Column("group", "str"),
    Column("minerals", "str"),
    Column("articles", "str"),
    Column("portion", "str"),
)

TARGETS: tuple[Column, ...] = (
    Column("life_stage", "str"),
    Column("sex", "str"),
    Column("age_label", "str"),
    Column("age_min_years", "float", minimum=0.0),
    Column("age_max_years_exclusive", "float", nullable=True, minimum=0.0),
    Column("potassium_ai_mg", "float", minimum=0.0),
    Column("sodium_ai_mg", "float", minimum=0.0),
    Column("sodium_cdrr_mg", "float", nullable=True, minimum=0.0),
    Column("calcium_ear_mg", "float", nullable=True, minimum=0.0),
    Column("calcium_rda_mg", "float", nullable=True, minimum=0.0),
    Column("calcium_ai_mg", "float", nullable=True, minimum=0.0),
    Column("calcium_ul_mg", "float", nullable=True, minimum=0.0),
    Column("magnesium_ear_mg", "float", nullable=True, minimum=0.0),
    Column("magnesium_rda_mg", "float", nullable=True, minimum=0.0),
    Column("magnesium_ai_mg", "float", nullable=True, minimum=0.0),
    Column("magnesium_ul_supplemental_mg", "float", nullable=True, minimum=0.0),
    Column("water_total_ai_l", "float", minimum=0.0),
    Column("water_beverages_ai_l", "float", minimum=0.0),
    Column("footnotes", "str", nullable=True),
)

#: Cells that mean "no value". ``ND`` is the DRI committee's "not determined".
_MISSING = frozenset({"", "ND"})
_TRUE = frozenset({"true", "True", "TRUE", "1"})
_FALSE = frozenset({"false", "False", "FALSE", "0"})


def read_table(
    path: Path, columns: Sequence[Column], *, key: str | tuple[str, ...] | None = None
) -> pd.DataFrame:
    """Read a data table and check it against its schema.

    Parameters
    ----------
    path : Path
        The CSV file.
    columns : sequence of Column
        The schema; extra columns in the file are kept as text.
    key : str or tuple of str, optional
        A column whose values must be unique, or columns whose values together must be.

    Returns
    -------
    pandas.DataFrame
        Text columns as ``str`` (missing as ``NaN``), numbers as ``float64``/``int64``,
        flags as ``bool``.

    Raises
    ------
    PlannerError
        If the file is missing, unreadable or breaks the schema.

    Notes
    -----
    A table that passed its checks is kept in the binary cache (:mod:`planner.fooddb.cache`),
    keyed on the file's bytes, the schema and the code, and read from there next time.
    """
    try:
        source = file_key(path)
    except OSError:
        return _read_table(path, columns, key=key)  # says what is wrong with the file
    signature = key_of([source.encode(), repr(tuple(columns)).encode(), repr(key).encode()])
    return cached_frames(
        path.stem, signature, ("table",), lambda: {"table": _read_table(path, columns, key=key)}
    )["table"]


def _read_table(
    path: Path, columns: Sequence[Column], *, key: str | tuple[str, ...] | None
) -> pd.DataFrame:
    import pandas as pd

    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise PlannerError(f"{path} is missing; rebuild it with `planner build-data`") from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise PlannerError(f"{path} is damaged and cannot be read ({exc})") from None
    return parse_table(raw, columns, name=str(path), key=key)


def parse_table(
    raw: pd.DataFrame,
    columns: Sequence[Column],
    *,
    name: str,
    key: str | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """Check an all-text frame against a schema and convert it to typed columns."""
    import numpy as np
    import pandas as pd

    missing = [c.name for c in columns if c.name not in raw.columns]
    if missing:
        raise PlannerError(f"{name} is damaged: missing column(s) {', '.join(missing)}")
    out = {}
    for column in columns:
        out[column.name] = _convert(raw[column.name], column, name)
    frame = pd.DataFrame(out, index=raw.index)
    extra = [c for c in raw.columns if c not in frame.columns]
    if extra:
        frame = pd.concat([frame, raw[extra]], axis=1)
    if key is not None:
        names = [key] if isinstance(key, str) else list(key)
        dup = frame.duplicated(names)
        if dup.any():
            row = int(np.flatnonzero(dup.to_numpy())[0]) + 1
            values = tuple(frame[n].iloc[row - 1] for n in names)
            raise PlannerError(
                f"{name} is damaged: duplicate {' and '.join(names)} "
                + ", ".join(repr(v) for v in values),
                row=row,
                column=names[0],
            )
    return frame.reset_index(drop=True)


def _convert(values: pd.Series, column: Column, name: str) -> pd.Series:
    import numpy as np
    import pandas as pd

    text = values.str.strip()
    missing = text.isin(_MISSING)
    if missing.any() and not column.nullable:
        _fail(name, column, missing, values, "a value is required")
    if column.kind == "str":
        return text.where(~missing, np.nan)
    if column.kind == "bool":
        bad = ~text.isin(_TRUE | _FALSE)
        if bad.any():
            _fail(name, column, bad, values, "expected true or false")
        return text.isin(_TRUE)
    numbers = pd.to_numeric(text.where(~missing, None), errors="coerce")
    bad = numbers.isna() & ~missing
    if bad.any():
        _fail(name, column, bad, values, "expected a number")
    if column.minimum is not None:
        low = numbers < column.minimum
        if low.any():
            _fail(name, column, low, values, f"expected a number >= {column.minimum:g}")
    if column.kind == "int":
        return numbers.astype("int64")
    return numbers.astype("float64")


def _fail(name: str, column: Column, mask: pd.Series, values: pd.Series, why: str) -> None:
    import numpy as np

    row = int(np.flatnonzero(mask.to_numpy())[0])
    raise PlannerError(
        f"{name} is damaged: {why}, found {values.iloc[row]!r}", row=row + 1, column=column.name
    )


def strip_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell without surrounding white space."""
    import pandas as pd

    return pd.DataFrame({name: frame[name].str.strip() for name in frame.columns})


def by_unique(values: pd.Series, fn: Callable[[pd.Series], pd.DataFrame]) -> pd.DataFrame:
    """``fn`` applied to the distinct values only, spread back over every row.

    Diaries repeat the same dates, names and amounts thousands of times; work on each once.
    The result keeps ``fn``'s column dtypes (no re-inference over a million rows).
    """
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    result = fn(pd.Series(np.asarray(uniques, dtype=object), dtype=object))
    return pd.DataFrame(
        {
            name: pd.Series(
                result[name].to_numpy()[codes], index=values.index, dtype=result[name].dtype
            )
            for name in result.columns
        },
        index=values.index,
    )
