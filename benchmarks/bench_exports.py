"""Benchmark (not a test): how close a tracker export recomputed from USDA comes to its own days.

Run with ``uv run python benchmarks/bench_exports.py [--days 60] [--set NAMES]``, where NAMES is
``holdout`` (the default), ``tuning``, ``fresh``, ``fresh2``, ``fresh3``, ``fresh4``,
``fresh5``, ``fresh6``, ``fresh7``, ``fresh8``, ``fresh9``, ``fresh10``, ``fresh11``,
``fresh12``, ``fresh13``, ``fresh14``, ``fresh15``, ``fresh16``, ``fresh17``, ``fresh18``,
``fresh19``, ``fresh20``, ``fresh21``, ``fresh22``, ``fresh23``, ``fresh24``, ``fresh25``,
``fresh26`` or ``fresh27``.

Builds a made-up Cronometer servings export (never a real diary) from the labelled names of
``tests/data/food_names_holdout.csv`` (or the tuning, fresh, fresh2, fresh3, fresh4, fresh5,
fresh6, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17,
fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25 or fresh26 set, or the
blind fresh7 or fresh27 set):
each row is a name as the app writes it, with an amount in one of that food's own USDA portions as
Cronometer writes them (``1.00 cup``, ``2.00 large``, ``medium (7" to 7-7/8" long)``) or in grams,
and the tracker's numbers computed from the name's first acceptable food at that weight, as the app
would log them. The export is then read and recomputed from the USDA database (``planner check
--remap``) and each day's total compared with the logged one.

Printed per nutrient: the median of the days' recomputed / logged totals and the share of days
within 10 % of the logged total; and the share of rows used. The baseline, from the same run, is
plain rapidfuzz: each name takes the ``WRatio`` best description, at the row's true weight (a
generous baseline: it is given the grams).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from diaries import wratio_days  # noqa: E402

from planner.diary.upload import read_upload  # noqa: E402
from planner.fooddb.tables import load_article_foods, load_foods, load_portions  # noqa: E402
from planner.intake.targets import Profile, daily_targets  # noqa: E402
from planner.intake.upload import check_upload  # noqa: E402
from planner.resolve.names import build_match_index  # noqa: E402
from planner.resolve.search import build_search_index  # noqa: E402

NUTRIENTS = ("potassium_mg", "magnesium_mg", "calcium_mg", "sodium_mg", "water_g")
HEADER = (
    "Day", "Time", "Group", "Food Name", "Amount", "Energy (kcal)", "Water (g)",
    "Calcium (mg)", "Magnesium (mg)", "Potassium (mg)", "Sodium (mg)", "Category",
)  # fmt: skip
LOGGED = ("energy_kcal", "water_g", "calcium_mg", "magnesium_mg", "potassium_mg", "sodium_mg")
GROUPS = ("Breakfast", "Lunch", "Dinner", "Snacks")


#: The label sets an export can be made from: ``food_names_<set>.csv`` (the tuning set is
#: ``food_names.csv``).
SETS = (
    "holdout",
    "tuning",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
)


def labelled(which: str) -> pd.DataFrame:
    name = "food_names.csv" if which == "tuning" else f"food_names_{which}.csv"
    table = pd.read_csv(ROOT / "tests" / "data" / name, dtype=str, keep_default_na=False)
    table = table[table["label"] == "food"].copy()
    table["truth"] = table["acceptable"].str.split(";").str[0]
    return table


def export(
    names: pd.DataFrame, foods: pd.DataFrame, portions: pd.DataFrame, days: int, seed: int
) -> tuple[bytes, pd.DataFrame]:
    """The export's bytes and, per row, the name, the true food and its grams."""
    rng = np.random.default_rng(seed)
    by_food = {k: g for k, g in portions.groupby("food_id", sort=False)}
    per_100g = foods.set_index("food_id")
    names = names[names["truth"].isin(per_100g.index)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    truth = []
    for day in pd.date_range("2025-03-01", periods=days, freq="D"):
        for i in range(15):
            row = names.iloc[int(rng.integers(len(names)))]
            choices = by_food.get(row["truth"])
            if choices is None or rng.random() < 0.3:
                grams = float(rng.integers(30, 300))
                amount = f"{grams:.2f} g"
            else:
                portion = choices.iloc[int(rng.integers(len(choices)))]
                count = float(rng.choice([0.5, 1.0, 1.0, 1.5, 2.0]))
                grams = count * float(portion["grams_per_unit"])
                amount = f"{count:.2f} {portion['portion']}"
            food = per_100g.loc[row["truth"]]
            values = [food[c] * grams / 100 for c in LOGGED]
            writer.writerow(
                [
                    day.date().isoformat(),
                    "",
                    GROUPS[i * len(GROUPS) // 15],
                    row["name"],
                    amount,
                    *["" if pd.isna(v) else f"{v:.2f}" for v in values],
                    "",
                ]
            )
            truth.append((day.date().isoformat(), row["name"], row["truth"], grams))
    return out.getvalue().encode(), pd.DataFrame(truth, columns=["date", "name", "truth", "grams"])


def day_ratios(recomputed: pd.DataFrame, logged: pd.DataFrame) -> pd.DataFrame:
    """Per date and nutrient, recomputed / logged (dates as index)."""
    return (recomputed / logged.replace(0, np.nan)).reindex(logged.index)


def daily(check_days: pd.DataFrame) -> pd.DataFrame:
    table = check_days.pivot(index="date", columns="nutrient", values="total")
    return table[list(NUTRIENTS)]


def baseline_days(truth: pd.DataFrame, foods: pd.DataFrame) -> pd.DataFrame:
    """Each name's WRatio best food at the row's true weight, summed per day."""
    return wratio_days(truth["name"], truth["grams"], truth["date"], foods, NUTRIENTS)[0]


def report(label: str, ratios: pd.DataFrame) -> None:
    cells = []
    for nutrient in NUTRIENTS:
        r = ratios[nutrient].dropna()
        within = float(((r - 1).abs() <= 0.10).mean() * 100) if len(r) else float("nan")
        near = float(((r - 1).abs() <= 0.15).mean() * 100) if len(r) else float("nan")
        cells.append(f"{r.median() * 100:4.0f}% {within:3.0f}% {near:3.0f}%")
    minerals = ratios[list(NUTRIENTS[:4])].to_numpy().ravel()
    minerals = minerals[~np.isnan(minerals)]
    share = float((np.abs(minerals - 1) <= 0.15).mean() * 100) if len(minerals) else float("nan")
    print(f"{label:<34}" + "  ".join(f"{c:>15}" for c in cells) + f"   {share:5.1f}%")


def same_rows(logged: pd.DataFrame, recomputed: pd.DataFrame) -> pd.DataFrame:
    """The tracker's own day totals over the rows the recomputation used (issue 14 compares
    the two over the same food rows)."""
    used = logged[logged["row"].isin(set(recomputed["row"]))]
    return used.groupby("date")[list(NUTRIENTS)].sum(min_count=1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--set", choices=SETS, default="holdout")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    foods, portions = load_foods(), load_portions()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    matcher = build_match_index(foods, index)
    data, truth = export(labelled(args.set), foods, portions, args.days, args.seed)
    start = time.perf_counter()
    upload = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
    targets = daily_targets(Profile("F", 34))
    result = check_upload(upload, foods=foods, targets=targets, remap=True)
    seconds = time.perf_counter() - start
    assert result.logged is not None
    logged = daily(result.logged.days)
    recomputed = daily(result.check.days)
    counts = result.diary.counts
    print(
        f"A made-up Cronometer export of {args.days} days x 15 rows from the {args.set} names "
        f"({truth['name'].nunique()} distinct), read and recomputed in {seconds:.1f} s."
    )
    print(
        f"Rows: {counts['read']} read, {counts['used']} used "
        f"({counts['used'] / counts['read'] * 100:.1f} %), {counts['skipped']} skipped, "
        f"{counts['rejected']} rejected."
    )
    print(
        "\nPer nutrient: median of the days' recomputed / logged total, and the days within "
        "10 % and 15 % of the logged total; last, the share of day-nutrients (K, Mg, Ca, Na) "
        "within 15 %."
    )
    print(
        f"{'':<34}"
        + "  ".join(f"{n.split('_')[0]:>15}" for n in NUTRIENTS)
        + f"   {'K-Na 15 %':>6}"
    )
    report("the planner (--remap), every row", day_ratios(recomputed, logged))
    used_rows = same_rows(result.logged.contributions, result.check.contributions)
    report("the planner, over the rows it used", day_ratios(recomputed, used_rows))
    report("baseline: WRatio best, true grams", day_ratios(baseline_days(truth, foods), logged))


if __name__ == "__main__":
    main()
