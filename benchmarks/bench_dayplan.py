"""How long "Generate a whole day" takes, and how good the day is, against main's code.

    uv run python benchmarks/bench_dayplan.py [--baseline REF]

Ten people and diets are planned by this checkout's :func:`planner.suggest.dayplan.plan_day`
and by the same module as it is at ``REF`` (default ``main``, read with ``git show`` into a
module of its own), in the same run, alternately. For each the wall time and the plan's
quality are printed: targets not reached (and the shortfall summed as a share of each
target), energy off the target, and portions. The goal is a median under 1 s with coverage
of the targets no worse than the baseline's.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

from planner.fooddb.nutrients import CHECKED, ENERGY
from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets
from planner.suggest import dayplan
from planner.suggest.pool import food_pool

ROOT = Path(__file__).resolve().parent.parent
#: (label, profile, kcal, exclusions, seed)
CASES = (
    ("F 34, 2000 kcal", Profile("F", 34), 2000, (), None),
    ("M 45, 2500 kcal", Profile("M", 45), 2500, (), None),
    ("F 30 pregnant, vegetarian", Profile("F", 30, pregnant=True), 2200, ("vegetarian",), None),
    ("F 70, no dairy or nuts", Profile("F", 70), 1800, ("dairy", "nuts"), None),
    ("M 19, 3200 kcal", Profile("M", 19), 3200, (), None),
    ("F 25 lactating, vegan", Profile("F", 25, lactating=True), 2400, ("vegan",), None),
    ("M 60, gluten-free", Profile("M", 60), 2200, ("gluten",), None),
    ("F 15, 2000 kcal", Profile("F", 15), 2000, (), None),
    ("F 34, seed 3", Profile("F", 34), 2000, (), 3),
    ("M 80, 1600 kcal, no nuts", Profile("M", 80), 1600, ("nuts",), None),
)


def baseline_module(ref: str) -> ModuleType:
    source = subprocess.run(
        ["git", "show", f"{ref}:planner/suggest/dayplan.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    spec = importlib.util.spec_from_loader("dayplan_baseline", loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dayplan_baseline"] = module
    exec(compile(source, f"{ref}:planner/suggest/dayplan.py", "exec"), module.__dict__)
    return module


def quality(day, targets, foods, pool, kcal: float) -> tuple[int, float, float, float, float]:
    """Targets missed, summed shortfall [share of each target], energy off [%], portions, and
    the solver's cost of the plan without the seed (lower is better: half portions, water at
    0.1, 0.5 per food used, 0.02 per kcal off the target)."""
    entries = day.plan[["meal", "food_id", "grams"]].assign(date="d")
    rows = check_entries(entries, foods=foods, targets=targets).days.set_index("nutrient")
    missed, short = 0, 0.0
    for name in CHECKED:
        t = targets[name]
        total = float(rows.at[name, "total"])
        if total < t.min * (1 - 1e-6) or (t.max is not None and total > t.max * (1 + 1e-6)):
            missed += 1
        short += max(0.0, t.min - total) / t.min if t.min else 0.0
    energy = float(rows.at[ENERGY, "total"])
    water = day.plan["food_id"].map(pool.set_index("food_id")["group"]).eq("water")
    steps = 2 * day.plan["portions"]
    cost = float((steps * water.map({True: 0.1, False: 1.0})).sum()) + 0.5 * len(day.plan)
    cost += 0.02 * abs(energy - kcal)
    return missed, short, 100 * abs(energy - kcal) / kcal, float(day.plan["portions"].sum()), cost


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="main")
    options = parser.parse_args()
    old = baseline_module(options.baseline)
    foods, portions, articles = load_foods(), load_portions(), load_article_foods()
    times: dict[str, list[float]] = {"baseline": [], "now": []}
    costs: dict[str, list[float]] = {"baseline": [], "now": []}
    print(
        f"{'case':28s} {'version':8s} {'time':>7s} {'missed':>6s} {'short':>6s} "
        f"{'kcal off':>8s} {'portions':>8s} {'cost':>6s}"
    )
    for label, profile, kcal, exclude, seed in CASES:
        targets = daily_targets(profile)
        pool = food_pool(foods, portions, articles, exclude=exclude)
        for version, module in (("baseline", old), ("now", dayplan)):
            start = time.perf_counter()
            day = module.plan_day(pool, targets, kcal=kcal, seed=seed)
            seconds = time.perf_counter() - start
            times[version].append(seconds)
            missed, short, off, count, cost = quality(day, targets, foods, pool, kcal)
            costs[version].append(cost)
            print(
                f"{label:28s} {version:8s} {seconds:6.2f}s {missed:6d} {short:6.3f} "
                f"{off:7.1f}% {count:8.1f} {cost:6.2f}"
            )
    for version, values in times.items():
        print(
            f"median {version:8s} {statistics.median(values):6.2f} s "
            f"(max {max(values):.2f} s over {len(values)} days); "
            f"mean cost {statistics.mean(costs[version]):.2f}"
        )


if __name__ == "__main__":
    main()
