"""The planner's own food diary: reading it and resolving each row to a food and grams.

A diary is a CSV with the columns ``date, meal, food, amount, unit`` (``food`` is a
``food_id`` or an exact description; ``unit`` is g, oz, lb, ml or a portion name of the food).
``food_id`` may stand for ``food`` and ``grams`` for ``amount`` and ``unit``.

Every data row ends as exactly one of ``used``, ``skipped`` (with the reason) or ``rejected``
(with the reason, the column and the value): see :class:`Diary`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from planner.amounts import MAX_ENTRY_GRAMS, parse_quantity, unit_grams
from planner.errors import PlannerError
from planner.schema import strip_text
from planner.search import SearchIndex, search_foods

DIARY_COLUMNS = ("date", "meal", "food", "amount", "unit")
MEALS = ("breakfast", "lunch", "dinner", "snacks")
UNSPECIFIED_MEAL = "unspecified"
ACCOUNT_COLUMNS = ("row", "status", "column", "value", "reason")
ENTRY_COLUMNS = ("row", "date", "meal", "food_id", "grams", "amount", "unit", "via")

_ENCODINGS = ("utf-8-sig", "utf-16", "cp1252")


@dataclass(frozen=True)
class Diary:
    """Diary rows resolved to foods and grams, and the account of every input row.

    Attributes
    ----------
    entries : pandas.DataFrame
        One row per used input row: ``row`` (1-based data-row number), ``date`` (ISO text),
        ``meal``, ``food_id``, ``grams`` [g], ``amount``, ``unit`` and ``via`` (the portion or
        conversion used).
    account : pandas.DataFrame
        One row per input row: ``row``, ``status`` (used / skipped / rejected), ``column``,
        ``value`` and ``reason``.
    """

    entries: pd.DataFrame
    account: pd.DataFrame

    @property
    def counts(self) -> dict[str, int]:
        """``read``, ``used``, ``skipped`` and ``rejected`` row counts."""
        status = self.account["status"]
        return {
            "read": len(self.account),
            "used": int((status == "used").sum()),
            "skipped": int((status == "skipped").sum()),
            "rejected": int((status == "rejected").sum()),
        }

    @property
    def problems(self) -> pd.DataFrame:
        """The account of every row that was not used."""
        return self.account[self.account["status"] != "used"].reset_index(drop=True)


def read_diary_text(source: str | Path | bytes | IO[bytes]) -> pd.DataFrame:
    """Open a diary CSV as text cells, one row per data row.

    Parameters
    ----------
    source : str, Path, bytes or binary file
        A path, the file's bytes, or an open binary file (an upload).

    Returns
    -------
    pandas.DataFrame
        All cells as stripped text; lower-case, stripped column names. Blank lines are kept
        as rows so that row numbers match the file.

    Raises
    ------
    PlannerError
        If the file is missing, empty or not a CSV.
    """
    if isinstance(source, str | Path):
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise PlannerError(f"cannot read {source}: {exc.strerror}") from None
    elif isinstance(source, bytes):
        data = source
    else:
        data = source.read()
    if not data.strip():
        raise PlannerError("the file is empty; expected a header row: " + ", ".join(DIARY_COLUMNS))
    text = _decode(data)
    try:
        raw = pd.read_csv(
            io.StringIO(text),
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            skipinitialspace=True,
        )
    except pd.errors.ParserError as exc:
        raise PlannerError(f"not a readable CSV file: {exc}") from None
    raw.columns = [str(c).strip().lower() for c in raw.columns]
    return strip_text(raw)


def resolve_diary(
    raw: pd.DataFrame, *, foods: pd.DataFrame, portions: pd.DataFrame, index: SearchIndex
) -> Diary:
    """Check every row of a diary and turn the good ones into entries.

    Parameters
    ----------
    raw : pandas.DataFrame
        From :func:`read_diary_text`.
    foods, portions : pandas.DataFrame
        The food and portion tables.
    index : SearchIndex
        For suggesting the closest foods when a name is unknown.

    Raises
    ------
    PlannerError
        If a required column is missing (nothing could be read).
    """
    food_column = "food_id" if "food_id" in raw.columns else "food"
    required = ["date", food_column]
    if "grams" not in raw.columns:
        required += ["amount", "unit"]
    missing = [c for c in required if c not in raw.columns]
    if missing:
        raise PlannerError(
            f"missing column(s): {', '.join(missing)}; the header must name "
            f"{', '.join(DIARY_COLUMNS)} (found: {', '.join(map(str, raw.columns))})"
        )
    n = len(raw)
    frame = pd.DataFrame(
        {
            "row": np.arange(1, n + 1),
            "date": raw["date"],
            "meal": raw["meal"] if "meal" in raw.columns else "",
            "food": raw[food_column],
            "amount": raw["amount"] if "amount" in raw.columns else "",
            "unit": raw["unit"] if "unit" in raw.columns else "",
            "grams_text": raw["grams"] if "grams" in raw.columns else "",
        }
    )
    status = np.full(n, "", dtype=object)
    column = np.full(n, "", dtype=object)
    value = np.full(n, "", dtype=object)
    reason = np.full(n, "", dtype=object)

    def mark(
        mask: np.ndarray, kind: str, col: str, values: pd.Series, why: pd.Series | str
    ) -> None:
        fresh = mask & (status == "")
        status[fresh] = kind
        column[fresh] = col
        value[fresh] = values.to_numpy(dtype=object)[fresh]
        reason[fresh] = why if isinstance(why, str) else why.to_numpy(dtype=object)[fresh]

    blank = (raw == "").all(axis=1).to_numpy()
    mark(blank, "skipped", "", frame["food"], "blank row")

    dates = pd.to_datetime(frame["date"], format="%Y-%m-%d", errors="coerce")
    mark(
        dates.isna().to_numpy(),
        "rejected",
        "date",
        frame["date"],
        "expected a date as YYYY-MM-DD",
    )

    food_ids, food_reasons = _resolve_foods(frame["food"], foods=foods, index=index)
    mark(food_ids.isna().to_numpy(), "rejected", food_column, frame["food"], food_reasons)

    use_grams = frame["grams_text"] != ""
    quantity_text = frame["grams_text"].where(use_grams, frame["amount"])
    quantity_column = np.where(use_grams, "grams", "amount")
    quantity = quantity_text.map(parse_quantity).astype("float64")
    not_number = quantity.isna() | ~np.isfinite(quantity.fillna(0.0))
    for col in ("grams", "amount"):
        on_col = quantity_column == col
        mark(
            (not_number & on_col).to_numpy() & (quantity_text == "").to_numpy(),
            "rejected",
            col,
            quantity_text,
            f"{col} is empty; expected a number",
        )
        mark(
            (not_number & on_col).to_numpy(),
            "rejected",
            col,
            quantity_text,
            "expected a number such as 150, 0.5 or 1/2",
        )
        mark(
            ((quantity < 0) & on_col).to_numpy(),
            "rejected",
            col,
            quantity_text,
            "expected an amount of 0 or more",
        )
        mark(
            ((quantity == 0) & on_col).to_numpy(),
            "skipped",
            col,
            quantity_text,
            "amount is 0, so nothing was eaten",
        )

    pending = status == ""
    unit_text = frame["unit"].where(~use_grams, "g")
    pairs = set(zip(food_ids[pending], unit_text[pending], strict=True))
    conversions = unit_grams(pairs, portions)
    keys = list(zip(food_ids.where(food_ids.notna(), ""), unit_text, strict=True))
    per_unit = pd.Series(
        [conversions[k].grams if k in conversions else np.nan for k in keys], dtype="float64"
    )
    unit_reasons = pd.Series([conversions[k].reason if k in conversions else "" for k in keys])
    via = pd.Series([conversions[k].via if k in conversions else "" for k in keys])
    mark(per_unit.isna().to_numpy(), "rejected", "unit", unit_text, unit_reasons)

    grams = quantity * per_unit
    too_much = (grams > MAX_ENTRY_GRAMS).to_numpy()
    mark(
        too_much,
        "rejected",
        "amount",
        quantity_text,
        grams.map(
            lambda g: (
                f"{g:,.0f} g in one entry is more than the {MAX_ENTRY_GRAMS:,.0f} g "
                "believable; check the amount and unit"
            )
        ),
    )
    status[status == ""] = "used"
    account = pd.DataFrame(
        {"row": frame["row"], "status": status, "column": column, "value": value, "reason": reason}
    ).astype({"status": str, "column": str, "value": str, "reason": str})
    used = status == "used"
    meal = frame["meal"].str.lower().replace("", UNSPECIFIED_MEAL)
    entries = pd.DataFrame(
        {
            "row": frame["row"][used],
            "date": dates[used].dt.strftime("%Y-%m-%d"),
            "meal": meal[used],
            "food_id": food_ids[used],
            "grams": grams[used],
            "amount": quantity[used],
            "unit": unit_text[used],
            "via": via[used],
        }
    ).reset_index(drop=True)
    return Diary(entries=entries, account=account)


def read_diary(
    source: str | Path | bytes | IO[bytes],
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    index: SearchIndex,
) -> Diary:
    """Read and resolve a diary CSV (:func:`read_diary_text`, then :func:`resolve_diary`)."""
    return resolve_diary(read_diary_text(source), foods=foods, portions=portions, index=index)


def empty_account() -> pd.DataFrame:
    """An account with no rows and the account's columns."""
    return pd.DataFrame({c: pd.Series(dtype=int if c == "row" else str) for c in ACCOUNT_COLUMNS})


def _resolve_foods(
    names: pd.Series, *, foods: pd.DataFrame, index: SearchIndex
) -> tuple[pd.Series, pd.Series]:
    """Food id per row (``NaN`` if unresolved) and the reason for each unresolved one.

    A name resolves if it is a ``food_id`` or exactly one food's description (ignoring case
    and spacing). Nothing is guessed: an unknown name is rejected with the closest foods.
    """
    unique = pd.Series(names.unique())
    ids = set(foods["food_id"])
    folded = foods["description"].str.casefold().str.split().str.join(" ")
    by_description = foods.groupby(folded, sort=False)["food_id"].agg(list)
    resolved: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for name in unique:
        if name in ids:
            resolved[name] = name
            continue
        if not name:
            reasons[name] = "the food is empty; expected a food_id or a food description"
            continue
        matches = by_description.get(" ".join(name.casefold().split()), [])
        if len(matches) == 1:
            resolved[name] = matches[0]
        elif matches:
            reasons[name] = (
                f"{name!r} describes {len(matches)} foods ({', '.join(matches)}); use a food_id"
            )
        else:
            close = search_foods(index, name, limit=3)
            hint = "; ".join(
                f"{d} ({i})" for i, d in zip(close.food_id, close.description, strict=True)
            )
            reasons[name] = f"unknown food {name!r}" + (f"; closest: {hint}" if hint else "")
    food_ids = names.map(resolved).astype(object)
    why = names.map(reasons).astype(object)
    return food_ids, why.where(why.notna(), "")


def _decode(data: bytes) -> str:
    for encoding in _ENCODINGS:
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PlannerError("cannot decode the file; save it as UTF-8 CSV")


def diary_frame(
    rows: list[dict[str, object]] | pd.DataFrame, *, date: str | None = None
) -> pd.DataFrame:
    """Plan entries as the all-text diary frame that :func:`resolve_diary` reads.

    Parameters
    ----------
    rows : list of dict or pandas.DataFrame
        ``meal``, ``food`` (a food_id), ``amount``, ``unit`` and, unless ``date`` is given,
        ``date``.
    date : str, optional
        ISO date for every row.
    """
    frame = pd.DataFrame(rows, columns=[c for c in DIARY_COLUMNS if c != "date" or not date])
    if date:
        frame.insert(0, "date", date)
    return strip_text(frame[list(DIARY_COLUMNS)].astype(str))


def diary_csv(frame: pd.DataFrame) -> str:
    """A diary frame as CSV text, readable by ``planner check``."""
    out: str = frame[list(DIARY_COLUMNS)].to_csv(index=False, lineterminator="\n")
    return out
