"""Many days at once: wide tables, weekly averages and days below target."""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.fooddb.nutrients import CHECKED, POTASSIUM, SODIUM, na_k_ratios
from planner.intake.check import DiaryCheck


def day_table(check: DiaryCheck) -> pd.DataFrame:
    """One row per date: each nutrient's total and % of its level to reach, and Na:K.

    Columns are ``<nutrient>`` (total), ``<nutrient>_pct`` and ``<nutrient>_status`` for
    the checked nutrients, ``energy_kcal``, and ``na_k_molar_ratio``.
    """
    days = check.days
    totals = days.pivot(index="date", columns="nutrient", values="total")
    percent = days.pivot(index="date", columns="nutrient", values="percent_of_min")
    status = days.pivot(index="date", columns="nutrient", values="status")
    out = pd.DataFrame(index=totals.index)
    for name in CHECKED:
        out[name] = totals[name]
        out[f"{name}_pct"] = percent[name]
        out[f"{name}_status"] = status[name]
    out["energy_kcal"] = totals["energy_kcal"]
    out["na_k_molar_ratio"] = na_k_ratios(totals[SODIUM], totals[POTASSIUM])
    out.index.name = "date"
    return out


def days_below(check: DiaryCheck) -> pd.DataFrame:
    """Per nutrient: days checked, days below, within, above, and days with no value."""
    days = check.days[check.days["nutrient"].isin(CHECKED)]
    counts = pd.crosstab(days["nutrient"], days["status"]).reindex(list(CHECKED), fill_value=0)
    out = pd.DataFrame(index=list(CHECKED))
    out["days"] = days.groupby("nutrient").size().reindex(list(CHECKED), fill_value=0)
    for status in ("below", "within", "above", "estimate", "unknown", "not available"):
        out[status] = counts[status] if status in counts.columns else 0
    out.index.name = "nutrient"
    return out


def weekly_averages(check: DiaryCheck) -> pd.DataFrame:
    """Mean daily total per ISO week (weeks start on Monday) over the days logged.

    Returns
    -------
    pandas.DataFrame
        Indexed by the week's Monday (ISO text): ``days`` logged that week and the mean of
        each nutrient's daily total [mg, g]; unknown days are left out of a mean.
    """
    wide = check.days.pivot(index="date", columns="nutrient", values="total")[list(CHECKED)]
    return _weekly_mean(wide)


def weekly_percent(check: DiaryCheck) -> pd.DataFrame:
    """Mean of each day's total as % of that day's own level to reach, per ISO week.

    A training day's level is the one its workout raised, so a week with a workout is not
    flattered; without adjusted days this equals the weekly mean total over the level
    (:func:`weekly_averages`).

    Returns
    -------
    pandas.DataFrame
        Indexed by the week's Monday (ISO text): ``days`` logged that week and, for each
        checked nutrient, the mean % [%]; unknown days and days whose level to reach is 0
        (a doctor's override) are left out of a mean.
    """
    percent = check.days.pivot(index="date", columns="nutrient", values="percent_of_min")
    wide = percent[list(CHECKED)].astype("float64").replace([np.inf, -np.inf], np.nan)
    return _weekly_mean(wide)


def side_by_side(
    first: DiaryCheck, second: DiaryCheck, nutrient: str, *, names: tuple[str, str]
) -> pd.DataFrame:
    """One nutrient's daily totals from two sources (the tracker's and USDA's), with the
    difference second - first, for the dates both have."""
    a = first.days[first.days["nutrient"] == nutrient].set_index("date")["total"]
    b = second.days[second.days["nutrient"] == nutrient].set_index("date")["total"]
    table = pd.concat([a.rename(names[0]), b.rename(names[1])], axis=1, join="inner")
    table["difference"] = table[names[1]] - table[names[0]]
    table.index.name = "date"
    return table


def _weekly_mean(wide: pd.DataFrame) -> pd.DataFrame:
    """``wide`` (one row per ISO date) averaged per week, indexed by the week's Monday, with
    the number of ``days`` each mean is over; a missing value is left out of its mean."""
    dates = pd.to_datetime(wide.index)
    monday = (dates - pd.to_timedelta(dates.day_of_week, unit="D")).strftime("%Y-%m-%d")
    grouped = wide.groupby(monday)
    out = grouped.mean()
    out.insert(0, "days", grouped.size())
    out.index.name = "week"
    return out
