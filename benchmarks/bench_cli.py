"""How long the `planner` command takes to answer, against importing pandas in the same run.

    uv run python benchmarks/bench_cli.py [--compare OTHER_SOURCE_TREE] [--runs N] [--only TEXT]

Each command runs in a fresh interpreter, ``RUNS`` times, interleaved with
``python -c "import pandas"`` (the floor for any command that reads a table) so that a busy
machine slows both alike; medians of the wall-clock time and of the CPU time (user + system)
are printed with their ratio to the baseline's. "cold" runs
start with an empty cache folder (``PLANNER_CACHE_DIR``), "warm" ones with the cache built;
for ``check``, "new names" is warm but without what is kept per name (its ranking, the SR28
foods that say it word for word), as for a diary whose names were never checked before.
Python's bytecode cache is on (in a temporary ``PYTHONPYCACHEPREFIX``, filled by one untimed
run of each command), as in an installed copy; ``PYTHONDONTWRITEBYTECODE`` would otherwise
make every run compile pandas from source. ``--compare`` also runs the commands from another
checkout (e.g. an export of main: ``git archive main | tar -x -C /tmp/main``) in the same
rounds, cold and warm with its own cache folder, for a before/after. The spread of each
figure says how noisy the machine was.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from diaries import cronometer_export

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def commands(diary: Path, only: str = "") -> dict[str, list[str]]:
    planner = [sys.executable, "-m", "planner"]
    every = {
        "planner targets --sex F --age 34": [*planner, "targets", "--sex", "F", "--age", "34"],
        "planner foods search banana": [*planner, "foods", "search", "banana"],
        "planner check <a week, 105 rows>": [
            *planner,
            "check",
            str(diary),
            "--sex",
            "F",
            "--age",
            "34",
        ],
        "planner sweat": [
            *planner,
            "sweat",
            *("--before", "70", "--after", "68.6", "--drank", "0.5", "--hours", "1.5"),
        ],
    }
    return {name: command for name, command in every.items() if only in name}


def seconds(command: list[str], *, cwd: Path, cache: Path | None, pyc: Path) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run of ``command``."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(pyc))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if cache is not None:
        env["PLANNER_CACHE_DIR"] = str(cache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--compare", type=Path, help="another source tree to time alike")
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--only", default="", help="time only the commands containing this")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    try:
        diary = work / "week.csv"
        diary.write_bytes(cronometer_export(7))
        times: dict[str, list[tuple[float, float]]] = {}

        pyc = work / "pyc"

        def timed(label: str, command: list[str], cwd: Path, cache_dir: Path | None) -> None:
            times.setdefault(label, []).append(seconds(command, cwd=cwd, cache=cache_dir, pyc=pyc))

        baseline = "python -c 'import pandas' (baseline)"
        # Each tree has its own cache folder: the two trees' code differs, so each would
        # replace the other's copy and never be timed warm.
        trees = [("", ROOT, work / "cache")]
        if options.compare:
            trees.append(("compared tree, ", options.compare.resolve(), work / "cache-compared"))
        for command in commands(diary, options.only).values():  # fills the bytecode cache
            for _, cwd, cache in trees:
                seconds(command, cwd=cwd, cache=cache, pyc=pyc)
        for round_ in range(options.runs):
            for name, command in commands(diary, options.only).items():
                timed(baseline, [sys.executable, "-c", "import pandas"], ROOT, None)
                # Alternate which tree goes first, so neither always follows the baseline.
                for tree, cwd, cache in trees[:: 1 if round_ % 2 == 0 else -1]:
                    shutil.rmtree(cache, ignore_errors=True)
                    timed(f"{name} [{tree}cold]", command, cwd, cache)
                    timed(f"{name} [{tree}warm]", command, cwd, cache)
                    if "check" in name:
                        # What is worked out per name is kept too (its ranking, the SR28
                        # foods that say it word for word); a diary of new names works out
                        # each.
                        for pattern in ("ranked-names-*.json", "same-word-foods-*.json"):
                            for kept in cache.glob(pattern):
                                kept.unlink()
                        timed(f"{name} [{tree}warm, new names]", command, cwd, cache)
        floor = [statistics.median(v[i] for v in times[baseline]) for i in (0, 1)]
        print(
            f"{'':56s} {'wall':>7s} {'x base':>6s} {'spread':>6s}   {'CPU':>6s} {'x base':>6s}"
            f"   ({options.runs} runs each, interleaved; medians)"
        )
        for label, values in times.items():
            wall = statistics.median(v[0] for v in values)
            cpu = statistics.median(v[1] for v in values)
            spread = (max(v[0] for v in values) - min(v[0] for v in values)) / wall
            print(
                f"{label:56s} {wall:5.2f} s {wall / floor[0]:5.2f}x {spread:6.0%}   "
                f"{cpu:4.2f} s {cpu / floor[1]:5.2f}x"
            )
        print(
            "\nspread: (slowest - fastest) / median of the wall-clock times. CPU is user + "
            "system time of the command's process, which other work on a busy machine "
            "disturbs far less than the wall clock."
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
