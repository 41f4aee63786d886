"""The planner's own food diary: reading it and resolving each row to a food and grams.

A diary is a CSV with the columns ``date, meal, food, amount, unit`` (``food`` is a
``food_id`` or an exact description; ``unit`` is g, oz, lb, ml or a portion name of the food).
``food_id`` may stand for ``food`` and ``grams`` for ``amount`` and ``unit``.

Every data row ends as exactly one of ``used``, ``skipped`` (with the reason) or ``rejected``
(with the reason, the column and the value): see :class:`Diary`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import IO

import numpy as np
import pandas as pd

from planner.diary.account import Diary, WateryFoods, coded, match_rows, resolve_rows
from planner.diary.table import check_distinct_names, read_table_text
from planner.errors import PlannerError
from planner.fooddb.schema import by_unique, strip_text
from planner.resolve.amounts import parse_amounts, parse_quantity
from planner.resolve.names import (
    MatchIndex,
    distinct_names,
    match_names,
    shared_description_rank,
    shorten,
)
from planner.resolve.search import SearchIndex, search_foods

DIARY_COLUMNS = ("date", "meal", "food", "amount", "unit")
MEALS = ("breakfast", "lunch", "dinner", "snacks")


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
        as rows so that row numbers match the file. UTF-8 with or without BOM, UTF-16 and
        cp1252 are read; the delimiter (``,``, ``;`` or tab) is sniffed.

    Raises
    ------
    PlannerError
        If the file is missing, empty or not a CSV.
    """
    return read_table_text(source)


def resolve_diary(
    raw: pd.DataFrame,
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    index: SearchIndex,
    matcher: MatchIndex | None = None,
    mapping: Mapping[str, str] | None = None,
    amounts: Mapping[tuple[str, str], float] | None = None,
    guesses: bool = True,
) -> Diary:
    """Check every row of a planner diary and turn the good ones into entries.

    Parameters
    ----------
    raw : pandas.DataFrame
        From :func:`read_diary_text`.
    foods, portions : pandas.DataFrame
        The food and portion tables.
    index : SearchIndex
        For suggesting the closest foods when a name is unknown.
    matcher : MatchIndex, optional
        When given, a ``food`` that is neither a ``food_id`` nor a description is matched
        fuzzily (:func:`planner.resolve.names.match_names`); otherwise it is rejected.
    mapping : mapping of str to str, optional
        The user's own name-to-``food_id`` choices.
    amounts : mapping, optional
        Grams a person gave an amount the planner could not read, by (food, amount text:
        ``amount`` and ``unit`` joined by a space), for every row with that food and amount.
    guesses : bool
        Whether a name the planner is not sure of takes its best guess (its rows used, each
        saying so in the account: :data:`planner.resolve.names.GUESS_NOTE`) or is rejected
        with its candidates.

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
    name = coded(raw[food_column])  # each distinct name is looked at once
    check_distinct_names(name, column=food_column)
    n = len(raw)
    blank = pd.Series("", index=raw.index, dtype=object)
    use_grams = raw["grams"] != "" if "grams" in raw.columns else pd.Series(False, index=raw.index)
    amount = raw["amount"] if "amount" in raw.columns else blank
    unit = raw["unit"] if "unit" in raw.columns else blank
    rows = pd.DataFrame(
        {
            "row": np.arange(1, n + 1),
            "date_text": raw["date"],
            "meal": raw["meal"] if "meal" in raw.columns else blank,
            "name": name,
            "quantity_text": raw["grams"].where(use_grams, amount)
            if "grams" in raw.columns
            else amount,
            "quantity_column": _either(use_grams, "amount", "grams"),
            "unit": unit.where(~use_grams, "g"),
            "skip": _either((raw == "").all(axis=1), "", "blank row"),
        }
    )
    _amount_with_unit(rows, use_grams)
    if amounts:
        _weigh(rows, amount_text(amount, unit), use_grams, amounts)
    skips = None
    notes = None
    if matcher is None:
        names = by_unique(rows["name"], lambda u: _resolve_foods(u, foods=foods, index=index))
        food_ids = names["food_id"]
        food_reasons = names["reason"]
        matches = None
    else:
        counted = distinct_names(name)
        matches = match_names(counted, index=matcher, mapping=mapping, ambiguous="pick")
        # A supplement, a quick-add or a name the mapping leaves out is skipped with why.
        food_ids, food_reasons, skips, notes = match_rows(name, matches, guesses=guesses)
    return resolve_rows(
        rows,
        food_ids=food_ids,
        food_reasons=food_reasons,
        food_column=food_column,
        portions=portions,
        matches=matches,
        skip_reasons=skips,
        # A drink or watery food without a density is measured at 1 g/mL, as in an
        # export, and flagged ("8 fl oz" of Pedialyte); a solid is still refused.
        assume_density=WateryFoods(foods),
        foods=foods,
        food_notes=notes if notes is not None and (notes != "").any() else None,
    )


def _amount_with_unit(rows: pd.DataFrame, use_grams: pd.Series) -> None:
    """Read an amount written with its unit in the amount column, the unit column left empty
    ("1 1/2 cup", or "1.00 1/2 cup" as Cronometer writes half a cup), as a tracker's amount,
    in place. A plain number with no unit stays as it is (a count of the food)."""
    text = rows["quantity_text"].astype(str)
    # Only a text that starts with a number: a word alone ("lots") stays an unreadable amount.
    open_ = (
        (rows["unit"].astype(str).str.strip() == "")
        & ~use_grams
        & text.str.match(r"\s*[0-9.\u00bc-\u00be\u2150-\u215e]")
    )
    if not open_.any():
        return
    plain = by_unique(text[open_], _plain_numbers)["plain"].to_numpy(dtype=bool)
    at = open_[open_].index[~plain]
    if len(at) == 0:
        return
    parsed = parse_amounts(text[at])
    # Only where the text reads as a count and a unit; otherwise the row is rejected as before.
    read = (
        pd.to_numeric(parsed["quantity_text"], errors="coerce").notna() & (parsed["unit"] != "")
    ).to_numpy(dtype=bool)
    at = at[read]
    quantity = rows["quantity_text"].astype(object)
    unit = rows["unit"].astype(object)
    quantity[at] = parsed["quantity_text"].to_numpy()[read]
    unit[at] = parsed["unit"].to_numpy()[read]
    rows["quantity_text"] = quantity
    rows["unit"] = unit


def _plain_numbers(texts: pd.Series) -> pd.DataFrame:
    return pd.DataFrame({"plain": [parse_quantity(str(t)) is not None for t in texts]})


def amount_text(amount: pd.Series, unit: pd.Series) -> pd.Series:
    """A row's amount as one text, ``amount`` and ``unit`` joined ("1 handful"): the key of
    the grams a person gives it once for every row with the same food and amount."""
    return (amount.astype(str) + " " + unit.astype(str)).str.strip()


def _weigh(
    rows: pd.DataFrame,
    said: pd.Series,
    use_grams: pd.Series,
    amounts: Mapping[tuple[str, str], float],
) -> None:
    """Give the rows whose (food, amount text) a person weighed those grams, in place."""
    named = rows["name"].isin({name for name, _ in amounts}).to_numpy() & ~use_grams.to_numpy()
    at = np.flatnonzero(named)
    names, texts = rows["name"].to_numpy()[at], said.to_numpy()[at]
    grams = [amounts.get((str(n), str(t))) for n, t in zip(names, texts, strict=True)]
    given = [(i, g) for i, g in zip(at.tolist(), grams, strict=True) if g is not None]
    if not given:
        return
    where = [i for i, _ in given]
    quantity = rows["quantity_text"].astype(object).to_numpy(copy=True)
    unit = rows["unit"].astype(object).to_numpy(copy=True)
    quantity[where] = [repr(float(g)) for _, g in given]
    unit[where] = "g"
    rows["quantity_text"] = pd.Series(quantity, index=rows.index, dtype=object)
    rows["unit"] = pd.Series(unit, index=rows.index, dtype=object)


def _either(mask: pd.Series, no: str, yes: str) -> pd.Series:
    """``yes`` where ``mask`` holds, else ``no``: two categories, not a string per row (a
    diary may have a million rows)."""
    codes = mask.to_numpy(dtype=bool).astype(np.int8)
    return pd.Series(
        pd.Categorical.from_codes(codes, categories=pd.Index([no, yes])), index=mask.index
    )


def read_diary(
    source: str | Path | bytes | IO[bytes],
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    index: SearchIndex,
) -> Diary:
    """Read and resolve a diary CSV (:func:`read_diary_text`, then :func:`resolve_diary`)."""
    return resolve_diary(read_diary_text(source), foods=foods, portions=portions, index=index)


def _resolve_foods(names: pd.Series, *, foods: pd.DataFrame, index: SearchIndex) -> pd.DataFrame:
    """Food id (``NaN`` if unresolved) and the reason, for each distinct name.

    A name resolves if it is a ``food_id`` or a food's description (ignoring case and
    spacing; a description two foods share takes the SR28 one). Nothing is guessed: an
    unknown name is rejected with the closest foods.
    """
    ids = set(foods["food_id"])
    by_description = pd.Series(dtype=object)
    if not all(name in ids for name in names):  # a plan holds ids only: skip the fold
        folded = foods["description"].str.casefold().str.split().str.join(" ")
        by_description = foods.groupby(folded, sort=False)["food_id"].agg(list)
    resolved: list[object] = []
    reasons: list[str] = []
    for name in names:
        found: object = np.nan
        why = ""
        if name in ids:
            found = name
        elif not name:
            why = "the food is empty; expected a food_id or a food description"
        else:
            matches = by_description.get(" ".join(str(name).casefold().split()), [])
            if matches:
                found = min(matches, key=lambda f: shared_description_rank(str(f)))
            else:
                close = search_foods(index, str(name), limit=3)
                hint = "; ".join(
                    f"{d} ({i})" for i, d in zip(close.food_id, close.description, strict=True)
                )
                why = f"unknown food {shorten(str(name))!r}" + (
                    f"; closest: {hint}" if hint else ""
                )
        resolved.append(found)
        reasons.append(why)
    return pd.DataFrame({"food_id": pd.Series(resolved, dtype=object), "reason": reasons})


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
