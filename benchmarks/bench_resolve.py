"""Accuracy and speed of resolving what people write, scored on the project's labelled sets.

    uv run python benchmarks/bench_resolve.py
    uv run python benchmarks/bench_resolve.py -v           # also list the tuning sets' failures
    uv run python benchmarks/bench_resolve.py --failures   # and the blind sets' (held-out,
                                                           # fresh7 and fresh27: to report,
                                                           # never to tune on)

- ``tests/data/search_queries.csv``: queries as people type them, each with the foods a
  dietitian accepts as the first result. Prints top-1 and top-3 acceptable, whether gibberish
  finds nothing, and the time per query (p50, p99).
- ``tests/data/food_names.csv``: names as trackers and people write them, labelled with their
  acceptable foods, "none" (not in the database) or "supplement". Prints how many resolve to an
  acceptable food, are honestly left unmatched, are skipped as supplements, and how many are
  confidently wrong (and of those, how many are within the planner's agreement tolerance of
  an acceptable food, so that the figures this tool reports would not change). A name the
  planner is not sure of may carry a best guess (status ``guessed``), which a diary in the
  planner's own format uses and marks on each row: it counts as left to the person, and how
  many guesses are an acceptable food is printed beside.

Each set has a held-out twin (``search_queries_holdout.csv``, ``food_names_holdout.csv``) that
the ranking was never tuned on: its figures say how the rules carry to names nobody looked at
while tuning. A third, ``fresh`` pair (``search_queries_fresh.csv``, ``food_names_fresh.csv``)
was written and labelled blind from ``data/foods.csv`` after the rules were tuned, and scored
before anyone looked at what the planner picks for it (search top-1 79.9 %, names confidently
wrong 4.1 %, at stop 18); it has since been tuned on, so it measures like the tuning pair. A
fourth, ``fresh2`` pair (``search_queries_fresh2.csv``, ``food_names_fresh2.csv``) was written
and labelled blind the same way before that tuning began, scored blind at stop 19 (search
top-1 74.1 %, names confidently wrong 4.6 %) and tuned on since stop 20, like ``fresh``. A
fifth, ``fresh3`` pair (``search_queries_fresh3.csv``, ``food_names_fresh3.csv``) was written
and labelled blind the same way when ``fresh2`` was about to be tuned on, scored blind at stop
20 (search top-1 73.2 %, names confidently wrong 4.6 %) and tuned on since the end of that
stop. A sixth, ``fresh4`` pair (``search_queries_fresh4.csv``, ``food_names_fresh4.csv``) was
written and labelled blind the same way to take its place, scored blind (search top-1 74.9 %,
names confidently wrong 4.6 %) and is now tuned on like ``fresh3``. A seventh, ``fresh5`` pair
(``search_queries_fresh5.csv``, ``food_names_fresh5.csv``) was written and labelled blind the
same way when ``fresh4`` was about to be tuned on, scored blind (search top-1 82.4 %, names
confidently wrong 2.5 %) and is now tuned on like ``fresh4``. An eighth, ``fresh6`` pair
(``search_queries_fresh6.csv``, ``food_names_fresh6.csv``) was written and labelled blind the
same way to take its place, scored blind (search top-1 71.6 %, names confidently wrong 3.1 %)
and is tuned on from stop 24. A ninth, ``fresh7`` pair (``search_queries_fresh7.csv``,
``food_names_fresh7.csv``) was written and labelled blind the same way for when ``fresh6`` is
tuned on; it rewords foods ``fresh6`` labels, so since then it measures how rules carry to other
wordings of tuned foods. A tenth, ``fresh8`` pair
(``search_queries_fresh8.csv``, ``food_names_fresh8.csv``) was written and labelled blind the
same way from foods no earlier set names (``fresh7`` rewords foods of ``fresh6`` and
``fresh5``), so it measured how the resolution does on new foods at stop 24; it is tuned on
from stop 25 (its labels reviewed, ``tests/data/README.md``). An eleventh, ``fresh9`` pair
(``search_queries_fresh9.csv``, ``food_names_fresh9.csv``) was written and labelled blind the
same way from foods no earlier set names, ``fresh8`` included, for when ``fresh8`` is tuned on:
the honest estimate on new foods at stop 25; it is tuned on from stop 26 (its labels reviewed).
A twelfth, ``fresh10`` pair (``search_queries_fresh10.csv``, ``food_names_fresh10.csv``) was
written and labelled blind the same way from foods no earlier set names, ``fresh9`` included,
for when ``fresh9`` is tuned on: the honest estimate on new foods at stop 26; it is tuned on
from stop 27 (its labels reviewed). A thirteenth, ``fresh11`` pair
(``search_queries_fresh11.csv``, ``food_names_fresh11.csv``) was written and labelled blind the
same way from foods no earlier set names, ``fresh10`` included, for when ``fresh10`` is tuned
on: the honest estimate on new foods at stop 27; it is tuned on from stop 28 (its labels
reviewed). A fourteenth, ``fresh12`` pair
(``search_queries_fresh12.csv``, ``food_names_fresh12.csv``) was written and labelled blind the
same way from foods no earlier set names, ``fresh11`` included, for when ``fresh11`` is tuned
on: the honest estimate on new foods at stop 28; it is tuned on from stop 29 (its labels
reviewed). A fifteenth, ``fresh13`` pair
(``search_queries_fresh13.csv``, ``food_names_fresh13.csv``) was written and labelled blind the
same way, shaped like a real diary (everyday foods, most of them foods no earlier set labels
first, the rest earlier foods said new ways), for when ``fresh12`` is tuned on: the honest
estimate on new foods at stop 29; it is tuned on from stop 30 (its labels reviewed). A
sixteenth, ``fresh14`` pair (``search_queries_fresh14.csv``, ``food_names_fresh14.csv``) was
written and labelled blind the same way for when ``fresh13`` is tuned on, shaped more like a
real diary still (about two thirds everyday foods said new ways, the rest foods no earlier set
labels first): the honest estimate at stop 30; it is tuned on from stop 31 (its labels
reviewed). A seventeenth, ``fresh15`` pair (``search_queries_fresh15.csv``,
``food_names_fresh15.csv``) was written and labelled blind the same way for when ``fresh14`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 31; it is tuned on from stop 32 (its
labels reviewed). An eighteenth, ``fresh16`` pair (``search_queries_fresh16.csv``,
``food_names_fresh16.csv``) was written and labelled blind the same way for when ``fresh15`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 32; it is tuned on from stop 33 (its
labels reviewed). A nineteenth, ``fresh17`` pair (``search_queries_fresh17.csv``,
``food_names_fresh17.csv``) was written and labelled blind the same way for when ``fresh16`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 33; it is tuned on from stop 34 (its
labels reviewed). A twentieth, ``fresh18`` pair (``search_queries_fresh18.csv``,
``food_names_fresh18.csv``) was written and labelled blind the same way for when ``fresh17`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 34; it is tuned on from stop 35 (its
labels reviewed). A twenty-first, ``fresh19`` pair (``search_queries_fresh19.csv``,
``food_names_fresh19.csv``) was written and labelled blind the same way for when ``fresh18`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 35; it is tuned on from stop 36 (its
labels reviewed). A twenty-second, ``fresh20`` pair (``search_queries_fresh20.csv``,
``food_names_fresh20.csv``) was written and labelled blind the same way for when ``fresh19`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 36; it is tuned on from stop 37 (its
labels reviewed). A twenty-third, ``fresh21`` pair (``search_queries_fresh21.csv``,
``food_names_fresh21.csv``) was written and labelled blind the same way for when ``fresh20`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 37; it is tuned on from stop 38 (its
labels reviewed). A twenty-fourth, ``fresh22`` pair (``search_queries_fresh22.csv``,
``food_names_fresh22.csv``) was written and labelled blind the same way for when ``fresh21`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 38; it is tuned on from stop 39 (its
labels reviewed). A twenty-fifth, ``fresh23`` pair (``search_queries_fresh23.csv``,
``food_names_fresh23.csv``) was written and labelled blind the same way for when ``fresh22`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 39; it is tuned on from stop 40 (its
labels reviewed). A twenty-sixth, ``fresh24`` pair (``search_queries_fresh24.csv``,
``food_names_fresh24.csv``) was written and labelled blind the same way for when ``fresh23`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 40; it is tuned on from stop 41 (its
labels reviewed). A twenty-seventh, ``fresh25`` pair (``search_queries_fresh25.csv``,
``food_names_fresh25.csv``) was written and labelled blind the same way for when ``fresh24`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 41; it is tuned on from stop 42 (its
labels reviewed). A twenty-eighth, ``fresh26`` pair (``search_queries_fresh26.csv``,
``food_names_fresh26.csv``) was written and labelled blind the same way for when ``fresh25`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): the honest estimate at stop 42; it is tuned on from stop 43 (its
labels reviewed). A twenty-ninth, ``fresh27`` pair (``search_queries_fresh27.csv``,
``food_names_fresh27.csv``) was written and labelled blind the same way for when ``fresh26`` is
tuned on, shaped like a real diary too (about 60 % everyday foods said new ways, the rest foods
no earlier set labels first): blind, the honest estimate at stop 43. ``fresh7`` and ``fresh27``
are not tuned on, and their failures are listed only with ``--failures``. The
twenty-nine are printed separately (``tuning``, ``held-out``, ``fresh``,
``fresh2``, ``fresh3``, ``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh8``, ``fresh9``,
``fresh10``, ``fresh11``, ``fresh12``, ``fresh13``, ``fresh14``, ``fresh15``, ``fresh16``,
``fresh17``, ``fresh18``, ``fresh19``, ``fresh20``, ``fresh21``, ``fresh22``, ``fresh23``,
``fresh24``, ``fresh25``, ``fresh26`` and ``fresh27``).

The baseline, from the same run, is plain rapidfuzz: ``WRatio`` of the query against every
food description, best first, matched when it scores 88 or more (the old threshold).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planner.fooddb.tables import load_article_foods, load_foods  # noqa: E402
from planner.resolve.names import distinct_names, match_names, minerals_agree  # noqa: E402
from planner.resolve.ranking import FoodIndex  # noqa: E402
from planner.resolve.search import build_search_index, search_foods  # noqa: E402

DATA = ROOT / "tests" / "data"
# Label sets and their file suffixes: tuned on, held out while tuning, written after tuning,
# and written blind again once "fresh", "fresh2", "fresh3", "fresh4" and then "fresh5" were to
# be tuned on (never tune on "fresh7", nor on "fresh27" while it is blind; "fresh8", "fresh9",
# "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
# "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25" and
# "fresh26" are tuned on from stops 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39,
# 40, 41, 42 and 43).
#: The sets never tuned on (see above): their failures are listed only with ``--failures``.
BLIND = frozenset({"held-out", "fresh7", "fresh27"})
LABEL_SETS = (
    ("tuning", ""),
    ("held-out", "_holdout"),
    ("fresh", "_fresh"),
    ("fresh2", "_fresh2"),
    ("fresh3", "_fresh3"),
    ("fresh4", "_fresh4"),
    ("fresh5", "_fresh5"),
    ("fresh6", "_fresh6"),
    ("fresh7", "_fresh7"),
    ("fresh8", "_fresh8"),
    ("fresh9", "_fresh9"),
    ("fresh10", "_fresh10"),
    ("fresh11", "_fresh11"),
    ("fresh12", "_fresh12"),
    ("fresh13", "_fresh13"),
    ("fresh14", "_fresh14"),
    ("fresh15", "_fresh15"),
    ("fresh16", "_fresh16"),
    ("fresh17", "_fresh17"),
    ("fresh18", "_fresh18"),
    ("fresh19", "_fresh19"),
    ("fresh20", "_fresh20"),
    ("fresh21", "_fresh21"),
    ("fresh22", "_fresh22"),
    ("fresh23", "_fresh23"),
    ("fresh24", "_fresh24"),
    ("fresh25", "_fresh25"),
    ("fresh26", "_fresh26"),
    ("fresh27", "_fresh27"),
)


def _ids(cell: object) -> set[str]:
    return {x for x in str(cell).split(";") if x and x != "nan"}


def _baseline_search(choices: list[str], ids: np.ndarray, query: str, limit: int) -> list[str]:
    found = process.extract(utils.default_process(query), choices, scorer=fuzz.WRatio, limit=limit)
    return [str(ids[i]) for _, _, i in found]


def bench_search(foods: pd.DataFrame, index: object, file: str, label_set: str) -> None:
    table = pd.read_csv(DATA / file, dtype=str, keep_default_na=False)
    choices = [utils.default_process(d) for d in foods["description"]]
    ids = foods["food_id"].to_numpy(dtype=object)
    real = table[table["kind"] != "gibberish"]
    junk = table[table["kind"] == "gibberish"]
    for label, run in (
        ("planner", lambda q, k: list(search_foods(index, q, limit=k)["food_id"])),  # type: ignore[arg-type]
        ("baseline", lambda q, k: _baseline_search(choices, ids, q, k)),
    ):
        top1 = top3 = 0
        times = []
        misses = []
        for query, acceptable in zip(real["query"], real["acceptable"], strict=True):
            start = time.perf_counter()
            found = run(query, 3)
            times.append(time.perf_counter() - start)
            ok = _ids(acceptable)
            top1 += bool(found) and found[0] in ok
            top3 += any(f in ok for f in found)
            if not (found and found[0] in ok):
                misses.append((query, found[0] if found else "-", any(f in ok for f in found)))
        nothing = sum(not run(q, 3) for q in junk["query"])
        ms = sorted(t * 1000 for t in times)
        n = len(real)
        print(
            f"search {label_set:8s} {label:8s}: {n} queries, "
            f"top-1 {top1 / n:6.1%}, top-3 {top3 / n:6.1%}, "
            f"gibberish finding nothing {nothing}/{len(junk)}, "
            f"p50 {statistics.median(ms):.2f} ms, p99 {ms[int(0.99 * (n - 1))]:.2f} ms"
        )
        if label == "planner" and _listed(label_set):
            described = dict(zip(foods["food_id"], foods["description"], strict=True))
            for query, got, near in misses:
                where = "an acceptable food in the top 3" if near else "none in the top 3"
                print(f"    miss {query!r}: {described.get(got, got)} ({where})")


def _same_minerals(index: FoodIndex, a: str, b: str) -> bool:
    """The planner's own agreement test (:func:`planner.resolve.names.minerals_agree`)."""
    at = {str(f): i for i, f in enumerate(index.food_ids)}
    return a in at and b in at and minerals_agree(index, at[a], at[b])


def bench_names(foods: pd.DataFrame, index: object, file: str, label_set: str) -> None:
    table = pd.read_csv(DATA / file, dtype=str, keep_default_na=False)
    choices = [utils.default_process(d) for d in foods["description"]]
    ids = foods["food_id"].to_numpy(dtype=object)
    described = dict(zip(foods["food_id"], foods["description"], strict=True))
    start = time.perf_counter()
    matches = match_names(distinct_names(table["name"]), index=index).set_index("name")  # type: ignore[arg-type]
    planner_s = time.perf_counter() - start
    start = time.perf_counter()
    baseline = {}
    for name in table["name"]:
        best = process.extractOne(utils.default_process(name), choices, scorer=fuzz.WRatio)
        baseline[name] = str(ids[best[2]]) if best and best[1] >= 88 else ""
    baseline_s = time.perf_counter() - start
    for label, status, chosen, seconds in (
        ("planner", matches["status"], matches["food_id"], planner_s),
        (
            "baseline",
            pd.Series({n: "matched" if f else "unmatched" for n, f in baseline.items()}),
            pd.Series(baseline),
            baseline_s,
        ),
    ):
        counts = dict.fromkeys(
            ("right", "honest", "skipped", "wrong", "equivalent", "guessed", "guessed_right"), 0
        )
        wrong = []
        for name, kind, acceptable, style in zip(
            table["name"], table["label"], table["acceptable"], table["style"], strict=True
        ):
            st, food = status[name], chosen[name]
            if st in {"matched", "exact"}:
                right = kind == "food" and food in _ids(acceptable)
                counts["right" if right else "wrong"] += 1
                if not right:
                    wrong.append((style, name, described.get(food, food)))
                    counts["equivalent"] += kind == "food" and any(
                        _same_minerals(index, food, ok)  # type: ignore[arg-type]
                        for ok in _ids(acceptable)
                    )
            elif st == "skipped":
                counts["skipped" if kind == "supplement" else "wrong"] += 1
                if kind != "supplement":
                    wrong.append((style, name, "skipped"))
            else:
                # Left to the person: unmatched, or matched by a best guess shown as one.
                counts["honest"] += 1
                if st == "guessed":
                    counts["guessed"] += 1
                    counts["guessed_right"] += kind == "food" and food in _ids(acceptable)
        n = len(table)
        foods_n = int((table["label"] == "food").sum())
        good = counts["right"] + counts["honest"] + counts["skipped"]
        print(
            f"names  {label_set:8s} {label:8s}: {n} names ({foods_n} in the database): "
            f"resolved right {counts['right'] / foods_n:6.1%} of those in the database, "
            f"right or honestly unmatched or skipped {good / n:6.1%}, "
            f"confidently wrong {counts['wrong'] / n:5.1%} ({counts['wrong']}, of which "
            f"{counts['equivalent']} within the agreement tolerance of an acceptable food "
            "on K, Mg, Ca, Na and energy), "
            f"{seconds * 1000 / n:.2f} ms per name"
            + (
                f"; of those left to the person, {counts['guessed']} have a best guess, "
                f"{counts['guessed_right']} of them an acceptable food"
                if counts["guessed"]
                else ""
            )
        )
        if label == "planner" and _listed(label_set):
            for style, name, got in wrong:
                print(f"    wrong [{style}] {name!r}: {got}")
            if "-vv" in sys.argv:
                unmatched = matches[matches["status"] == "unmatched"]
                labels = table.set_index("name")["label"]
                for name, row in unmatched.iterrows():
                    if labels[name] == "food":
                        print(f"    unmatched {name!r}: {row['candidates'][:120]}")


def _listed(label_set: str) -> bool:
    """Whether to list a set's failures: the tuning sets with ``-v``, all with ``--failures``.

    The blind sets (``held-out``, ``fresh7``, ``fresh27``) are not tuning sets: their
    failures are listed only with ``--failures``, to report them.
    """
    tuned = label_set not in BLIND
    return "--failures" in sys.argv or (tuned and "-v" in sys.argv)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", help="list the tuning sets' failures")
    parser.add_argument(
        "--failures", action="store_true", help="list every set's failures, the blind ones too"
    )
    parser.parse_args()
    foods = load_foods()
    start = time.perf_counter()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    print(f"index built in {time.perf_counter() - start:.2f} s")
    for label_set, suffix in LABEL_SETS:
        bench_search(foods, index, f"search_queries{suffix}.csv", label_set)
    for label_set, suffix in LABEL_SETS:
        bench_names(foods, index, f"food_names{suffix}.csv", label_set)


if __name__ == "__main__":
    main()
