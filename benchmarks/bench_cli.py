"""How long the `planner` command takes to answer, against importing pandas in the same run.

    uv run python benchmarks/bench_cli.py

Each command runs five times in a fresh interpreter; the median wall time is printed beside
the median of ``python -c "import pandas"`` (the floor for any command that reads a table).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
COMMANDS = {
    "python -c 'import pandas' (baseline)": [sys.executable, "-c", "import pandas"],
    "planner targets --sex F --age 34": [
        sys.executable,
        "-m",
        "planner",
        "targets",
        "--sex",
        "F",
        "--age",
        "34",
    ],
    "planner foods search banana": [sys.executable, "-m", "planner", "foods", "search", "banana"],
    "planner sweat": [
        sys.executable,
        "-m",
        "planner",
        "sweat",
        "--before",
        "70",
        "--after",
        "68.6",
        "--drank",
        "0.5",
        "--hours",
        "1.5",
    ],
}


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    baseline = None
    for label, command in COMMANDS.items():
        seconds = median_seconds(command)
        baseline = baseline or seconds
        print(f"{label:40s} {seconds:6.2f} s  ({seconds / baseline:4.2f} x the baseline)")


if __name__ == "__main__":
    main()
