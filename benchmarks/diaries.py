"""Made-up tracker exports for the benchmarks, in the formats of ``tests/data``.

Names come from ``tests/data/food_names.csv`` (Cronometer style) and amounts are grams, so
every row is read, matched and checked as a real export's would be. Never a real diary.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
_HEADER = (
    "Day,Time,Group,Food Name,Amount,Energy (kcal),Water (g),Calcium (mg),Magnesium (mg),"
    "Potassium (mg),Sodium (mg),Protien (g),Category"
)
_GROUPS = ("Breakfast", "Lunch", "Dinner", "Snacks")


def cronometer_names() -> list[str]:
    """The Cronometer food names of the matching test table."""
    with (ROOT / "tests/data/food_names.csv").open(encoding="utf-8") as handle:
        return [
            r["name"]
            for r in csv.DictReader(handle)
            if r["style"] == "cronometer" and r["label"] == "food"
        ]


def cronometer_export(days: int, per_day: int = 15, *, seed: int = 7) -> bytes:
    """A Cronometer servings export of ``days`` days from 2024-01-01, ``per_day`` foods each."""
    rng = np.random.default_rng(seed)
    names = cronometer_names()
    out = io.StringIO()
    out.write(_HEADER + "\n")
    writer = csv.writer(out, lineterminator="\n")
    dates = np.datetime64("2024-01-01") + np.arange(days)
    for date in dates:
        for i in range(per_day):
            grams = int(rng.integers(20, 300))
            # Most rows carry the tracker's own numbers; some leave them blank, as a real
            # export does for foods with incomplete data.
            logged = rng.random() < 0.9
            per_100g = (rng.uniform(10, 400, 7) * grams / 100).round(1) if logged else None
            writer.writerow(
                [
                    str(date),
                    "",
                    _GROUPS[i * len(_GROUPS) // per_day],
                    names[int(rng.integers(len(names)))],
                    f"{grams}.00 g",
                    *([""] * 7 if per_100g is None else [f"{v:g}" for v in per_100g]),
                    "",
                ]
            )
    return out.getvalue().encode()


def wratio_days(
    names: pd.Series,
    grams: pd.Series,
    dates: pd.Series,
    foods: pd.DataFrame,
    nutrients: tuple[str, ...],
) -> tuple[pd.DataFrame, pd.Series]:
    """The benchmarks' baseline: each name's rapidfuzz ``WRatio`` best description, at the
    given grams, summed per date; and each row's food."""
    from rapidfuzz import fuzz, process, utils

    choices = [utils.default_process(d) for d in foods["description"]]
    best = {}
    for name in names.unique():
        found = process.extractOne(utils.default_process(name), choices, scorer=fuzz.WRatio)
        best[name] = foods["food_id"].iloc[found[2]] if found else None
    per_100g = foods.set_index("food_id")[list(nutrients)]
    ids = names.map(best)
    values = per_100g.reindex(ids).to_numpy() * grams.to_numpy()[:, None] / 100
    frame = pd.DataFrame(values, columns=list(nutrients))
    frame["date"] = dates.to_numpy()
    return frame.groupby("date").sum(min_count=1), ids
