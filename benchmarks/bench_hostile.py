"""Hostile uploads against an ordinary one: each file's time and peak memory in the same run.

    uv run python benchmarks/bench_hostile.py            # every case
    uv run python benchmarks/bench_hostile.py wide NUL   # cases whose label has a word given

The files of issue 13 are generated in a temporary folder (never committed) and each is
checked by ``planner check --remap --json`` in a fresh interpreter, so the wall and CPU time
and the peak resident memory (``wait4`` of the child) are the whole command's, start-up
included. The first line is an ordinary Cronometer servings export of a year (7,300 rows,
0.6 MB), the baseline every hostile file
is compared with; a hostile file should answer within a few seconds of it, with exit status
0 (read, bad rows rejected with their reason) or 2 (refused with one line of reason), never 1
(a traceback).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "Day,Time,Group,Food Name,Amount,Energy (kcal),Water (g),Calcium (mg),Magnesium (mg),"
    "Potassium (mg),Sodium (mg)\n"
)
ROW = '{day},8:00 AM,Breakfast,"{name}","{amount}",105,88.4,5.9,31.9,422,{sodium}\n'
#: A case still running after this long is stopped (exit -9) [s].
TIMEOUT_S = 120
FOODS = ("Banana, Fresh", "Whole Milk", "Spinach, Raw", "Oats, rolled", "Egg, large")


def servings(rows: list[tuple[str, str, str, str]], *, header: str = HEADER) -> bytes:
    """A Cronometer servings file of (day, name, amount, sodium) rows."""
    body = "".join(ROW.format(day=d, name=n, amount=a, sodium=s) for d, n, a, s in rows)
    return (header + body).encode()


def ordinary() -> bytes:
    """A year of 20 rows a day of five foods (about 1 MB, a tracker's year)."""
    rows = [
        (
            f"{2024 + d // 336}-{1 + d // 28 % 12:02d}-{1 + d % 28:02d}",
            FOODS[i % 5],
            "1.00 medium",
            "1.2",
        )
        for d in range(365)
        for i in range(20)
    ]
    return servings(rows)


def one_row(**cells: str) -> bytes:
    row = {"day": "2024-05-01", "name": "Banana, Fresh", "amount": "1.00 medium", "sodium": "1"}
    row.update(cells)
    good = ("2024-05-02", "Banana, Fresh", "1.00 medium", "1")
    return servings([(row["day"], row["name"], row["amount"], row["sodium"]), good])


def junk_names(count: int) -> bytes:
    return servings([("2024-05-01", f"zq{i:07d}x", "1.00 g", "1") for i in range(count)])


def mixed_encoding() -> bytes:
    line = '2024-12-31,8:00 AM,Breakfast,"Crème brûlée","1.00 g",1,1,1,1,1\n'
    return ordinary() + line.encode("utf-8") + line.encode("cp1252")


CASES: dict[str, Callable[[], bytes]] = {
    "ordinary year of servings (baseline)": ordinary,
    "amount '1 a' + 100,000 spaces + 'b'": lambda: one_row(amount="1 a" + " " * 100_000 + "b"),
    "amount '1 1/0 medium'": lambda: one_row(amount="1 1/0 medium"),
    "amount '1.5 1/2 cup'": lambda: one_row(amount="1.5 1/2 cup"),
    "amount with a 4,301-digit fraction": lambda: one_row(amount="1 1/" + "9" * 4301 + " cup"),
    "1 MB one-word food name": lambda: one_row(name="x" * 1_000_000),
    "10,000 distinct junk names": lambda: junk_names(10_000),
    "5 MB of distinct junk names": lambda: junk_names(75_000),
    "one row with 10,000 extra cells (ragged)": lambda: servings(
        [("2024-05-01", "Banana, Fresh", "1.00 medium", "1" + ",1" * 10_000)]
    ),
    "header of 200,000 columns (wide)": lambda: (
        (HEADER.rstrip("\n") + "".join(f",c{i}" for i in range(200_000)) + "\n").encode()
        + ordinary()[len(HEADER) :]
    ),
    "50 MB header line (wide)": lambda: b"Day,Food Name,Amount," + b"x" * 50_000_000 + b"\n",
    "trailing delimiter on data rows": lambda: (
        HEADER.encode() + b"".join(line + b",\n" for line in ordinary()[len(HEADER) :].splitlines())
    ),
    "dates today, now, 0001-01-01, 9999-12-31, -2024-05-01": lambda: servings(
        [
            (d, "Banana, Fresh", "1.00 medium", "1")
            for d in ("today", "now", "0001-01-01", "9999-12-31", "-2024-05-01", "2024-05-01")
        ]
    ),
    "sodium -5000, abc, inf, 1e309, 1e308 twice": lambda: servings(
        [
            ("2024-05-01", "Banana, Fresh", "1.00 medium", s)
            for s in ("-5000", "abc", "inf", "1e309", "1e308", "1e308")
        ]
    ),
    "UTF-8 with one cp1252 line (mixed encoding)": mixed_encoding,
    "NUL byte after the first 4 KB": lambda: ordinary()[:8000] + b"\x00" + ordinary()[8000:],
    "ANSI escapes in a food name": lambda: one_row(name="\x1b[2J\x1b[31mred\x1b[0m"),
    "a 100 MB file": lambda: ordinary() * 100,
}


def run_case(path: Path) -> tuple[float, float, float, int, str]:
    """Wall time [s], CPU time [s], peak resident memory [MB], exit status and the last line
    of stderr. CPU time (user + system) varies less than wall time on a busy machine."""
    command = [sys.executable, "-m", "planner", "check", str(path), "--sex", "F", "--age", "34"]
    command += ["--remap", "--json"]
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(command, cwd=ROOT, stdout=null, stderr=subprocess.PIPE)
        assert child.stderr is not None
        timer = threading.Timer(TIMEOUT_S, child.kill)
        timer.start()
        err = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        timer.cancel()
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, code, last[0][:90]


def main(words: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm-up.csv"
        warm.write_bytes(ordinary())
        run_case(warm)  # compiles and caches the modules and data files, uncounted
        base_s = base_cpu = base_mb = None
        for label, make in CASES.items():
            if words and base_s is not None and not any(w in label for w in words):
                continue
            path = Path(folder) / "upload.csv"
            data = make()
            path.write_bytes(data)
            seconds, cpu, mb, code, message = run_case(path)
            path.unlink()
            base_s, base_cpu, base_mb = base_s or seconds, base_cpu or cpu, base_mb or mb
            size = f"{len(data) / 1e6:6.2f} MB"
            print(
                f"{label:53s} {size} wall {seconds:5.1f} s ({seconds - base_s:+5.1f}) "
                f"cpu {cpu:5.1f} s ({cpu - base_cpu:+5.1f}) {mb:5.0f} MB ({mb / base_mb:3.1f} x) "
                f"exit {code}"
            )
            if code:
                print(f"{'':4s}{message}")
        print("baseline: the first line, run in the same session")


if __name__ == "__main__":
    main(sys.argv[1:])
