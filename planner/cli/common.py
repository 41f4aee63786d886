"""What every ``planner`` command shares: the profile options, JSON output, messages."""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Mapping
from typing import Any, NoReturn

from planner.errors import PlannerError
from planner.intake.targets import Bound, Profile, Target, daily_targets

EXIT_BAD_INPUT = 2
DISCLAIMER = (
    "Intake is shown against reference values; it is not a diagnosis. Persistent or severe "
    "cramps call for a health professional."
)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"planner: error: {message} (see planner --help)\n")


def db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the database to use (a SQLAlchemy URL such as postgresql+psycopg://host/db); "
        "default PLANNER_DB_URL, else a SQLite file in your data folder",
    )


def profile_options(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--sex", required=required, type=str.upper, choices=["F", "M"])
    parser.add_argument("--age", required=required, type=float, help="age in years")
    state = parser.add_mutually_exclusive_group()
    state.add_argument("--pregnant", action="store_true")
    state.add_argument("--lactating", action="store_true")
    parser.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="NUTRIENT.BOUND=VALUE",
        help="replace a bound, e.g. sodium_mg.max=1500 (a doctor's limit); repeatable",
    )


def profile_and_targets(
    args: argparse.Namespace,
    *,
    saved: Profile | None = None,
    limits: Mapping[str, Mapping[Bound, float | None]] | None = None,
) -> tuple[Profile, dict[str, Target]]:
    """The profile of ``--sex``, ``--age`` ...; or ``saved`` (a profile kept in the store,
    with its doctor's ``limits``) when they are not given. ``--override`` wins over
    ``limits``."""
    if args.sex is None or args.age is None:
        if saved is None:
            raise PlannerError("give --sex and --age (see planner --help)")
        profile = saved
    else:
        profile = Profile(
            sex=args.sex, age_years=args.age, pregnant=args.pregnant, lactating=args.lactating
        )
        limits = None
    overrides: dict[str, dict[Bound, float | None]] = {
        n: dict(b) for n, b in (limits or {}).items()
    }
    for nutrient, bounds in _overrides(args.override).items():
        overrides.setdefault(nutrient, {}).update(bounds)
    return profile, daily_targets(profile, overrides=overrides)


def _overrides(items: list[str]) -> dict[str, dict[Bound, float | None]]:
    out: dict[str, dict[Bound, float | None]] = {}
    for item in items:
        key, _, text = item.partition("=")
        nutrient, _, bound = key.partition(".")
        if bound not in ("min", "max") or not text:
            raise PlannerError(f"--override {item!r}: expected NUTRIENT.min=VALUE or .max=VALUE")
        try:
            value = None if text.lower() == "none" else float(text)
        except ValueError:
            raise PlannerError(f"--override {item!r}: {text!r} is not a number") from None
        out.setdefault(nutrient, {})["min" if bound == "min" else "max"] = value
    return out


def profile_json(profile: Profile) -> dict[str, Any]:
    """The profile as plain data."""
    return {
        "sex": profile.sex,
        "age_years": profile.age_years,
        "pregnant": profile.pregnant,
        "lactating": profile.lactating,
    }


def targets_json(targets: dict[str, Target]) -> dict[str, Any]:
    """Targets as plain data, with the stable keys ``min``, ``min_kind``, ``max``,
    ``max_kind``."""
    return {
        name: {
            "min": t.min,
            "min_kind": t.min_kind,
            "max": t.max,
            "max_kind": t.max_kind,
            "note": t.note,
        }
        for name, t in targets.items()
    }


def describe(profile: Profile) -> str:
    who = {"F": "female", "M": "male"}[profile.sex]
    state = {"pregnant": ", pregnant", "lactating": ", lactating"}.get(profile.state, "")
    return f"{who}, {profile.age_years:g} years{state}"


#: Control characters a terminal acts on (C0 but tab and newline, DEL, C1: ANSI escape
#: sequences start with ESC or CSI) and the invisible bidirectional overrides that reorder
#: what a terminal shows. Text from a file never reaches the terminal with them.
_TERMINAL_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def terminal_text(text: object) -> str:
    """``text`` with every control character (:data:`_TERMINAL_CONTROLS`) shown as ``?``."""
    return _TERMINAL_CONTROLS.sub("?", str(text))


def json_number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number


def print_json(obj: dict[str, Any]) -> None:
    json.dump(obj, sys.stdout, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def plain_json(value: Any) -> Any:
    """NaN and infinities as None, recursively, so the JSON stays valid."""
    if isinstance(value, dict):
        return {k: plain_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain_json(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value
