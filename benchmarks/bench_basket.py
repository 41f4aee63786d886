"""Benchmark (not a test): the basket solver against a greedy baseline.

Run with ``uv run python benchmarks/bench_basket.py``. For 100 random deficit scenarios it
solves the basket over the article pool and over the whole database, and runs the greedy
"densest food first" baseline on the same candidates in the same run. It prints the median
and worst solve time, and compares foods used, energy added and gaps left.
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.suggest.basket import Basket, greedy_basket, solve_basket
from planner.suggest.gaps import shortlist
from planner.suggest.pool import food_pool

SCENARIOS = 100


def _scenarios(seed: int = 11) -> list[tuple[dict[str, float], dict[str, float]]]:
    """Random gaps and rooms of a female 19-50 (AI/RDA and upper levels of dri_targets.csv)."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(SCENARIOS):
        need = {
            "potassium_mg": float(rng.uniform(0, 2600)),
            "magnesium_mg": float(rng.uniform(0, 310)),
            "calcium_mg": float(rng.uniform(0, 1000)),
            "sodium_mg": float(rng.choice([0.0, rng.uniform(0, 1500)])),
        }
        room = {
            "sodium_mg": float(rng.uniform(0, 2300)),
            "calcium_mg": float(rng.uniform(500, 2500)),
        }
        out.append((need, room))
    return out


def _run(
    pool, scenarios, *, trim: bool
) -> tuple[list[float], list[Basket], list[Basket], list[float]]:
    times, baskets, greedy, greedy_times = [], [], [], []
    for need, room in scenarios:
        start = time.perf_counter()
        candidates = shortlist(pool, need=need, room=room, max_foods=5) if trim else pool
        baskets.append(solve_basket(candidates, need=need, room=room))
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        greedy.append(greedy_basket(pool, need=need, room=room))
        greedy_times.append(time.perf_counter() - start)
    return times, baskets, greedy, greedy_times


def _report(name: str, times, baskets, greedy, greedy_times) -> None:
    ms = [t * 1000 for t in times]
    print(f"\n{name}: {len(times)} scenarios")
    print(f"  milp   median {statistics.median(ms):7.1f} ms   worst {max(ms):7.1f} ms")
    gms = [t * 1000 for t in greedy_times]
    print(f"  greedy median {statistics.median(gms):7.1f} ms   worst {max(gms):7.1f} ms")
    ratio = statistics.median(ms) / statistics.median(gms)
    print(f"  time ratio milp / greedy (median): {ratio:.1f}x")
    for label, group in (("milp", baskets), ("greedy", greedy)):
        foods = [len(b.items) for b in group]
        energy = [b.added["energy_kcal"] for b in group]
        gaps = [len(b.unmet) for b in group]
        closed = sum(1 for b in group if b.closes_all)
        print(
            f"  {label:<6} foods {statistics.mean(foods):4.2f}  "
            f"energy {statistics.mean(energy):7.0f} kcal  gaps left {sum(gaps):3d}  "
            f"all closed in {closed}/{len(group)}"
        )
    worse = sum(1 for b, g in zip(baskets, greedy, strict=True) if len(b.unmet) > len(g.unmet))
    print(f"  scenarios where milp leaves more gaps than greedy: {worse}")


def main() -> None:
    foods, portions, articles = load_foods(), load_portions(), load_article_foods()
    scenarios = _scenarios()
    pool = food_pool(foods, portions, articles)
    pool = pool[pool["group"] != "water"]
    _report(f"Article pool ({len(pool)} foods)", *_run(pool, scenarios, trim=False))
    everything = food_pool(foods, portions, articles, pool="all")
    _report(
        f"Whole database ({len(everything)} foods, shortlisted per scenario)",
        *_run(everything, scenarios, trim=True),
    )


if __name__ == "__main__":
    main()
