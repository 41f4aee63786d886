"""The daily check: a diary's totals against the DRI targets, day by day.

Totals add each food's composition per 100 g times the grams eaten. A food with no reported
value for a nutrient adds nothing to that total and marks it incomplete: an incomplete total
is a lower bound, so "above" is certain but "below" may not be.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from planner.fooddb.nutrients import CHECKED, ENERGY, POTASSIUM, SODIUM, TOTALLED, na_k_molar_ratio
from planner.fooddb.tables import positions_of
from planner.intake.targets import Target

STATUSES = ("below", "within", "above", "estimate", "unknown", "not available")


@dataclass(frozen=True)
class DiaryCheck:
    """The result of :func:`check_entries`.

    Attributes
    ----------
    targets : dict of str to Target
        The targets the days were checked against.
    contributions : pandas.DataFrame
        One row per entry: ``row``, ``date``, ``meal``, ``food_id``, ``description``,
        ``food_group``, ``grams`` and the amount of each nutrient it adds [mg, g, kcal];
        ``NaN`` where the food's value is not reported.
    days : pandas.DataFrame
        One row per date and nutrient: ``date``, ``nutrient``, ``total``, ``min``,
        ``min_kind``, ``max``, ``max_kind``, ``percent_of_min``, ``status``, ``incomplete``
        and ``missing_from`` (descriptions of the foods lacking a value, ``; ``-joined).
    """

    targets: dict[str, Target]
    contributions: pd.DataFrame
    days: pd.DataFrame
    targets_by_date: dict[str, dict[str, Target]] = field(default_factory=dict)

    def targets_on(self, date: str) -> dict[str, Target]:
        """The targets that applied on ``date`` (a training day's may be adjusted)."""
        return self.targets_by_date.get(date, self.targets)

    @property
    def dates(self) -> list[str]:
        """The checked dates, in order."""
        return sorted(self.contributions["date"].unique().tolist())


def check_entries(
    entries: pd.DataFrame,
    *,
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
) -> DiaryCheck:
    """Check resolved diary entries against targets.

    Parameters
    ----------
    entries : pandas.DataFrame
        ``date``, ``meal``, ``food_id`` and ``grams`` [g] per row (:class:`planner.diary.Diary`
        ``.entries``); ``row`` is kept if present.
    foods : pandas.DataFrame
        The food table.
    targets : mapping of str to Target
        From :func:`planner.intake.targets.daily_targets`.
    targets_by_date : mapping, optional
        Targets for particular dates that replace ``targets`` on those dates.

    Returns
    -------
    DiaryCheck
    """
    # Each distinct food is looked up once and spread over its entries by code, which is
    # a join without the cost of hashing every entry's id.
    codes, uniques = pd.factorize(entries["food_id"], use_na_sentinel=False)
    # The position of each food's first row (the one ``drop_duplicates`` keeps), -1 for a
    # food the table lacks. Only these rows are read from the table: each distinct food's
    # among them, or one slot past them (NaN) for a food the table lacks.
    found = positions_of(foods["food_id"], uniques)
    named = found[found >= 0]
    slot = np.full(len(found), len(named), dtype=np.int64)
    slot[found >= 0] = np.arange(len(named))
    rows = slot[codes]

    def per_food(name: str, dtype: type) -> np.ndarray:
        # Numbers are read in place and then taken; text is taken first (made into Python
        # strings for these rows only).
        column = foods[name]
        values = (
            column.to_numpy(dtype=dtype)[named]
            if dtype is float
            else column.iloc[named].to_numpy(dtype=dtype)
        )
        # One more slot, holding NaN, for the foods the table lacks.
        return np.append(values, np.array([np.nan], dtype=dtype))[rows]

    scale = (entries["grams"] / 100.0).to_numpy(dtype=float)
    extra = {
        "description": per_food("description", object),
        "food_group": per_food("food_group", object),
        **{name: per_food(name, float) * scale for name in TOTALLED},
    }
    contributions = entries.assign(
        **{k: pd.Series(v, index=entries.index, dtype=v.dtype) for k, v in extra.items()}
    )
    return check_totals(contributions, targets=targets, targets_by_date=targets_by_date)


def check_totals(
    contributions: pd.DataFrame,
    *,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
    available: tuple[str, ...] | None = None,
    estimated: Mapping[str, str] | None = None,
) -> DiaryCheck:
    """Check rows that already carry their nutrient amounts (a tracker's own numbers).

    Parameters
    ----------
    contributions : pandas.DataFrame
        ``date``, ``meal``, ``food_id``, ``description``, ``food_group`` and the amount of
        each of ``potassium_mg`` ... ``energy_kcal`` the row adds (``NaN`` where unknown).
    targets, targets_by_date
        As for :func:`check_entries`.
    available : tuple of str, optional
        The nutrients the source reports at all; the others get the status
        ``"not available"`` and no total, rather than a misleading 0.
    estimated : mapping of str to str, optional
        Nutrients the source only estimates, with why (MyFitnessPal's calcium, summed from
        % Daily Value). A day above the upper level by such an estimate alone gets the
        status ``"estimate"``, never ``"above"``.
    """
    days = _day_rows(
        contributions,
        dict(targets),
        targets_by_date or {},
        available=available,
        estimated=tuple(estimated or ()),
    )
    return DiaryCheck(
        targets=dict(targets),
        contributions=contributions,
        days=days,
        targets_by_date={d: dict(t) for d, t in (targets_by_date or {}).items()},
    )


def _day_rows(
    contributions: pd.DataFrame,
    targets: dict[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]],
    *,
    available: tuple[str, ...] | None,
    estimated: tuple[str, ...],
) -> pd.DataFrame:
    # Worked out in arrays and made a frame once: a week's check is a few hundred cells, and
    # each step of a frame costs more than its cells.
    # Dates are grouped by their code: each distinct date text is hashed once, not per row.
    codes, day_texts = pd.factorize(contributions["date"], sort=True)
    values = contributions[list(TOTALLED)].to_numpy(dtype=np.float64)
    absent = np.isnan(values)
    # Which foods lack a value, read off the same array (a million rows' copy costs 50 ms).
    missing = _missing_foods(contributions, absent)
    if (codes < 0).any():  # a row without a date belongs to no day
        dated = codes >= 0
        values, absent, codes = values[dated], absent[dated], codes[dated]
    width, count = len(TOTALLED), len(day_texts)
    # Each nutrient's sum per day, and how many rows give it: a total no row reports is
    # unknown, not 0; a day with a row lacking it is incomplete.
    sums = np.empty((count, width))
    given = np.empty((count, width))
    lacking = np.empty((count, width))
    for column in range(width):
        gap = absent[:, column]
        sums[:, column] = np.bincount(
            codes, weights=np.where(gap, 0.0, values[:, column]), minlength=count
        )
        given[:, column] = np.bincount(codes, weights=~gap, minlength=count)
        lacking[:, column] = np.bincount(codes, weights=gap, minlength=count)
    days = np.flatnonzero(np.bincount(codes, minlength=count) > 0)
    known = (given[days] > 0).ravel()
    total = np.where(known, sums[days].ravel(), np.nan)
    incomplete = (lacking[days] > 0).ravel()
    dates = np.repeat(np.asarray(day_texts, dtype=object)[days], width)
    nutrients = np.tile(np.array(TOTALLED, dtype=object), len(days))
    named = (
        [missing.get(key, "") for key in zip(dates, nutrients, strict=True)]
        if missing
        else [""] * len(dates)
    )
    # The bounds of each (target set, nutrient) pair once, spread over every day: most days
    # share the profile's targets, a few training days have their own.
    special = (
        np.isin(dates, list(targets_by_date)) if targets_by_date else np.zeros(len(dates), bool)
    )
    key = np.where(special, dates, "")
    keys = list(dict.fromkeys(key.tolist()))
    table = [_bounds(n, targets_by_date.get(k, targets)) for k in keys for n in TOTALLED]
    first_of_key = {k: i * width for i, k in enumerate(keys)}
    pair = np.array([first_of_key[k] for k in key.tolist()], dtype=np.int64) + np.tile(
        np.arange(width), len(days)
    )
    lower = np.array([b[0] for b in table], dtype=np.float64)[pair]
    upper = np.array([b[2] for b in table], dtype=np.float64)[pair]
    with np.errstate(divide="ignore", invalid="ignore"):
        # No level to reach (0: a doctor's lower limit replaced it) has no percent of it.
        percent = total / np.where(lower > 0, lower, np.nan) * 100.0
    status = np.select(
        [np.isnan(lower), ~known, ~np.isnan(upper) & (total > upper), total < lower],
        ["", "unknown", "above", "below"],
        default="within",
    ).astype(object)
    if available is not None:
        absent_nutrient = ~np.isin(nutrients, list(available))
        total[absent_nutrient] = np.nan
        percent[absent_nutrient] = np.nan
        status[absent_nutrient] = "not available"
        incomplete[absent_nutrient] = False
        for at in np.flatnonzero(absent_nutrient).tolist():
            named[at] = ""
    if estimated:
        # A day above the upper level by an estimate alone is no more than an estimate.
        status[np.isin(nutrients, list(estimated)) & (status == "above")] = "estimate"
    return pd.DataFrame(
        {
            "date": dates,
            "nutrient": nutrients,
            "total": total,
            "incomplete": incomplete,
            # Text as pandas infers it where some food is named, plain objects where none is.
            "missing_from": pd.Series(named, dtype=None if missing else object),
            "min": lower,
            "min_kind": pd.Series([table[k][1] for k in pair.tolist()]),
            "max": upper,
            "max_kind": pd.Series([table[k][3] for k in pair.tolist()]),
            "adjusted": pd.Series([table[k][4] for k in pair.tolist()]),
            "percent_of_min": percent,
            "status": pd.Series(status, dtype=object),
        }
    )


def _bounds(nutrient: str, targets: Mapping[str, Target]) -> tuple[Any, ...]:
    target = targets.get(nutrient)
    if target is None:
        return (np.nan, "", np.nan, "", "")
    upper = np.nan if target.max is None else target.max
    return (target.min, target.min_kind, upper, target.max_kind or "", target.adjusted)


def _missing_foods(contributions: pd.DataFrame, gaps: np.ndarray) -> dict[tuple[str, str], str]:
    """The foods lacking a value, ``; ``-joined in row order, by date and nutrient; ``gaps``
    marks the values missing in each row (a column per nutrient of :data:`TOTALLED`)."""
    # Only rows lacking some value can name a missing food; they are usually few.
    rows = np.flatnonzero(gaps.any(axis=1))
    dates = contributions["date"].to_numpy(dtype=object)[rows]
    names = contributions["description"].to_numpy(dtype=object)[rows]
    found: dict[tuple[str, str], dict[str, None]] = {}
    for column, nutrient in enumerate(TOTALLED):
        for at in np.flatnonzero(gaps[rows, column]).tolist():
            found.setdefault((dates[at], nutrient), {})[names[at]] = None
    return {key: "; ".join(foods) for key, foods in found.items()}


def day_totals(check: DiaryCheck) -> pd.DataFrame:
    """Totals per date, one column per nutrient [mg, g, kcal], plus ``na_k_molar_ratio``."""
    wide = check.days.pivot(index="date", columns="nutrient", values="total")[list(TOTALLED)]
    ratio = [na_k_molar_ratio(na, k) for na, k in zip(wide[SODIUM], wide[POTASSIUM], strict=True)]
    wide["na_k_molar_ratio"] = pd.Series(ratio, index=wide.index, dtype="float64")
    wide.columns.name = None
    return wide


def meal_totals(check: DiaryCheck, date: str) -> pd.DataFrame:
    """Nutrient totals of each meal on one date."""
    day = check.contributions[check.contributions["date"] == date]
    return day.groupby("meal", sort=False)[list(TOTALLED)].sum(min_count=1)


def food_totals(check: DiaryCheck, date: str) -> pd.DataFrame:
    """Nutrient totals of each food on one date, largest potassium first."""
    day = check.contributions[check.contributions["date"] == date]
    grouped = day.groupby(["food_id", "description"], sort=False)
    out = grouped[["grams", *TOTALLED]].sum(min_count=1).reset_index()
    return out.sort_values(POTASSIUM, ascending=False, na_position="last").reset_index(drop=True)


def day_summary(check: DiaryCheck, date: str) -> dict[str, Any]:
    """One date as plain data: totals, percent of target, status, what is incomplete.

    The keys ``date``, ``totals``, ``status``, ``incomplete`` and ``na_k_molar_ratio`` are a
    stable interface (the CLI's JSON).
    """
    days = check.days
    # Plain lookups by position: a year's check asks for hundreds of days.
    on_date = np.flatnonzero(days["date"].to_numpy(dtype=object) == date)
    at = dict(zip(days["nutrient"].to_numpy(dtype=object)[on_date].tolist(), on_date, strict=True))

    def column(name: str) -> dict[str, Any]:
        values = days[name].to_numpy(dtype=object)
        return {n: values[at[n]] for n in TOTALLED}

    total, status, percent = column("total"), column("status"), column("percent_of_min")
    incomplete, missing = column("incomplete"), column("missing_from")
    totals = {n: float(total[n]) for n in TOTALLED}
    return {
        "date": date,
        "totals": totals,
        "status": {n: str(status[n]) for n in CHECKED},
        "percent_of_target": {n: _number(percent[n]) for n in CHECKED},
        "incomplete": [n for n in TOTALLED if bool(incomplete[n])],
        "missing_from": {n: str(missing[n]).split("; ") for n in TOTALLED if missing[n]},
        "na_k_molar_ratio": na_k_molar_ratio(totals[SODIUM], totals[POTASSIUM]),
        "energy_kcal": totals[ENERGY],
    }


def _number(value: Any) -> float | None:
    return None if pd.isna(value) else float(value)


def totals_table(check: DiaryCheck, date: str) -> pd.DataFrame:
    """One date's checked nutrients as a display table (numbers unrounded)."""
    day = check.days[(check.days["date"] == date) & check.days["nutrient"].isin(CHECKED)]
    return pd.DataFrame(
        {
            "nutrient": day["nutrient"].to_numpy(),
            "total": day["total"].to_numpy(),
            "target": day["min"].to_numpy(),
            "target_kind": day["min_kind"].to_numpy(),
            "upper_level": day["max"].to_numpy(),
            "upper_kind": day["max_kind"].to_numpy(),
            "percent_of_target": day["percent_of_min"].to_numpy(),
            "status": day["status"].to_numpy(),
            "incomplete": day["incomplete"].to_numpy(),
            "missing_from": day["missing_from"].to_numpy(),
            "adjusted": day["adjusted"].to_numpy(),
        }
    )
