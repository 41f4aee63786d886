"""Benchmarks (not tests): food-table load, fuzzy search, and a year-long diary check.

Run with ``uv run python benchmarks/bench_check.py``. Prints times and the ratio to plain
``pandas.read_csv`` of the same diary, measured in the same run.
"""

from __future__ import annotations

import io
import time

import numpy as np
import pandas as pd

from planner.diary.planner_csv import read_diary
from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets
from planner.resolve.search import build_search_index, search_foods


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    load = _best(load_foods)
    foods, portions = load_foods(), load_portions()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    queries = ["banana", "whole milk", "spinach raw", "coconut water", "bananna", "almonds"]
    search = _best(lambda: [search_foods(index, q) for q in queries]) / len(queries)
    rng = np.random.default_rng(7)
    articles = load_article_foods()
    dates = pd.date_range("2024-01-01", periods=365).strftime("%Y-%m-%d")
    rows = 365 * 20
    diary = pd.DataFrame(
        {
            "date": np.repeat(dates, 20),
            "meal": rng.choice(["breakfast", "lunch", "dinner", "snacks"], rows),
            "food": rng.choice(articles["food_id"], rows),
            "amount": rng.integers(20, 300, rows),
            "unit": "g",
        }
    )
    data = diary.to_csv(index=False).encode()
    targets = daily_targets(Profile("F", 34))
    baseline = _best(lambda: pd.read_csv(io.BytesIO(data)))
    check = _best(
        lambda: check_entries(
            read_diary(data, foods=foods, portions=portions, index=index).entries,
            foods=foods,
            targets=targets,
        )
    )
    print(f"food table load      {load * 1000:8.1f} ms")
    print(f"fuzzy search         {search * 1000:8.1f} ms per query")
    print(f"read_csv {rows} rows {baseline * 1000:8.1f} ms (baseline)")
    print(f"check {rows} rows    {check * 1000:8.1f} ms  = {check / baseline:.1f}x read_csv")


if __name__ == "__main__":
    main()
