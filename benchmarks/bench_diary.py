"""Benchmark (not a test): end-to-end check of large diaries, and name matching speed.

Run with ``uv run python benchmarks/bench_diary.py [--runs N] [--compare OTHER_SOURCE_TREE]``.
For synthetic diaries in the planner's format with realistic, noisy food names (10,000,
100,000 and 1,000,000 rows) it prints rows per second, peak memory and the ratio to plain
``pandas.read_csv`` of the same file, measured in the same process, by the wall clock and
by CPU time (which other work on a busy machine disturbs far less); then distinct names
matched per second against the whole database. Each size runs in a fresh process so that
its peak memory is its own. ``--compare`` runs another checkout's ``planner`` (e.g. an
export of main) on the same files in alternating order, for a before/after.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

SIZES = (10_000, 100_000, 1_000_000)


def noisy_names(foods: pd.DataFrame, articles: pd.DataFrame, rng: np.random.Generator) -> list[str]:
    """About 400 names as people and trackers write them: ids, exact and reworded
    descriptions, other word orders and case, plurals, a few typos."""
    common = foods[foods["source"] == "fndds"].sample(150, random_state=3)["description"]
    base = list(articles["food_id"]) + list(common)
    names: list[str] = []
    for item in base:
        text = str(foods.set_index("food_id")["description"].get(item, item))
        parts = [p.strip() for p in text.split(",")]
        names.append(item)
        names.append(text.lower())
        if len(parts) > 1:
            names.append(", ".join(reversed(parts)).title())
        word = text.split()[0]
        if len(word) > 5:
            k = int(rng.integers(1, len(word) - 1))
            names.append(text.replace(word, word[:k] + word[k + 1 :], 1))
    return list(dict.fromkeys(names))


def make_diary(rows: int, path: Path) -> None:
    from planner.fooddb.tables import load_article_foods, load_foods

    rng = np.random.default_rng(7)
    foods, articles = load_foods(), load_article_foods()
    names = noisy_names(foods, articles, rng)
    # 20 rows a day, but no more than 10,000 days (27 years): later dates would fall past the
    # readers' plausible range and be rejected, which is not what is measured here.
    n_days = min(max(rows // 20, 1), 10_000)
    per_day = -(-rows // n_days)
    days = pd.date_range("2000-01-01", periods=n_days).strftime("%Y-%m-%d")
    unit = rng.choice(["g", "oz", "g", "g"], rows)
    amount = np.where(unit == "g", rng.integers(20, 300, rows), rng.integers(1, 8, rows))
    pd.DataFrame(
        {
            "date": np.resize(np.repeat(days, per_day), rows),
            "meal": rng.choice(["breakfast", "lunch", "dinner", "snacks"], rows),
            "food": rng.choice(names, rows),
            "amount": amount,
            "unit": unit,
        }
    ).to_csv(path, index=False)


def one(rows: int, path: Path) -> dict[str, float]:
    from planner.diary import table
    from planner.diary.upload import read_upload
    from planner.fooddb.tables import load_article_foods, load_foods, load_portions
    from planner.intake.targets import Profile, daily_targets
    from planner.intake.upload import check_upload
    from planner.resolve.names import build_match_index
    from planner.resolve.search import build_search_index

    # A million rows (about 45 MB) is past the size limit for a person's file: lifted here,
    # where the scale itself is measured.
    table.MAX_FILE_BYTES = 10**9
    foods, portions = load_foods(), load_portions()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    matcher = build_match_index(foods, index)
    targets = daily_targets(Profile("F", 34))
    start, cpu = time.perf_counter(), time.process_time()
    baseline = pd.read_csv(path, dtype=str, keep_default_na=False)
    read_csv, read_csv_cpu = time.perf_counter() - start, time.process_time() - cpu
    del baseline  # the check's peak memory is its own, not the baseline frame's too
    start, cpu = time.perf_counter(), time.process_time()
    upload = read_upload(path, foods=foods, portions=portions, index=index, matcher=matcher)
    result = check_upload(upload, foods=foods, targets=targets)
    total, total_cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = _peak_mb()
    counts = result.diary.counts
    return {
        "rows": rows,
        "read_csv_s": read_csv,
        "total_s": total,
        "ratio": total / read_csv,
        "cpu_ratio": total_cpu / read_csv_cpu,
        "rows_per_s": rows / total,
        "peak_mb": peak_mb,
        "used": counts["used"],
        "rejected": counts["rejected"],
        "days": len(result.check.dates),
    }


def _peak_mb() -> float:
    """This process's peak resident memory [MB]. Linux's ``ru_maxrss`` carries over the
    parent's peak into a child (the benchmark's parent holds a million-row frame when it
    starts one), so the kernel's high-water mark of this process's own memory is read."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def matching_speed() -> None:
    from planner.fooddb.tables import load_article_foods, load_foods
    from planner.resolve.names import build_match_index, distinct_names, match_names
    from planner.resolve.search import build_search_index

    foods = load_foods()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    start = time.perf_counter()
    matcher = build_match_index(foods, index)
    built = time.perf_counter() - start
    sample = foods.sample(2000, random_state=1)["description"]
    # Tracker-style rewording: lower case, reversed comma parts, one dropped letter.
    names = [
        ", ".join(reversed(str(d).split(", "))).lower()
        if i % 2
        else str(d)[: len(str(d)) // 2] + str(d)[len(str(d)) // 2 + 1 :]
        for i, d in enumerate(sample)
    ]
    counted = distinct_names(names)
    start = time.perf_counter()
    table = match_names(counted, index=matcher)
    elapsed = time.perf_counter() - start
    status = table["status"].value_counts().to_dict()
    print(
        f"\nName matching: index built in {built:.2f} s; {len(counted):,} distinct names in "
        f"{elapsed:.2f} s = {len(counted) / elapsed:,.0f} names/s against {len(foods):,} "
        f"foods ({status})"
    )


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1].isdigit():
        print(json.dumps(one(int(sys.argv[1]), Path(sys.argv[2]))))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare", type=Path, help="another source tree to time alike")
    parser.add_argument("--runs", type=int, default=1, help="runs of each size (median shown)")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    options = parser.parse_args()
    trees = [("", None)] + (
        [("compared tree", options.compare.resolve())] if options.compare else []
    )
    print(
        f"{'rows':>10} {'read_csv':>9} {'check':>8} {'ratio':>6} {'CPU ratio':>9} {'rows/s':>10} "
        f"{'peak MB':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        # Each tree gets its own cache folder, filled by one untimed run: a cold cache would
        # build the search index inside the measured process and set its peak memory.
        envs = {}
        for number, (label, source) in enumerate(trees):
            env = dict(os.environ, PLANNER_CACHE_DIR=str(Path(tmp) / f"cache-{number}"))
            if source is not None:  # the other tree's planner comes first on the path
                env["PYTHONPATH"] = str(source)
            envs[label] = env
        warm = Path(tmp) / "warm.csv"
        make_diary(1_000, warm)
        for env in envs.values():
            subprocess.run(
                [sys.executable, __file__, "1000", str(warm)],
                check=True,
                capture_output=True,
                env=env,
            )
        for rows in (int(n) for n in options.sizes.split(",")):
            path = Path(tmp) / f"diary-{rows}.csv"
            make_diary(rows, path)
            runs: dict[str, list[dict[str, float]]] = {label: [] for label, _ in trees}
            for round_ in range(options.runs):
                # Alternate which tree goes first, so neither always runs on a warmer machine.
                for label, _ in trees[:: 1 if round_ % 2 == 0 else -1]:
                    out = subprocess.run(
                        [sys.executable, __file__, str(rows), str(path)],
                        check=True,
                        capture_output=True,
                        text=True,
                        env=envs[label],
                    )
                    runs[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
            for label, results in runs.items():
                r = {k: statistics.median(x[k] for x in results) for k in results[0]}
                print(
                    f"{rows:>10,} {r['read_csv_s']:>8.2f}s {r['total_s']:>7.2f}s "
                    f"{r['ratio']:>5.1f}x {r['cpu_ratio']:>8.1f}x {r['rows_per_s']:>10,.0f} "
                    f"{r['peak_mb']:>8,.0f}   ({r['used']:,.0f} used, {r['rejected']:,.0f} "
                    f"rejected, {r['days']:,.0f} days) {label}"
                )
    matching_speed()


if __name__ == "__main__":
    main()
