"""``planner targets``, ``planner foods search|show`` and ``planner build-data``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.common import (
    Parser,
    describe,
    json_number,
    print_json,
    profile_and_targets,
    profile_json,
    profile_options,
    targets_json,
)
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.targets import NO_LEVEL


def add_commands(commands: Any) -> None:
    """Add this module's commands to the ``planner`` parser."""
    targets = commands.add_parser("targets", help="daily targets for a person")
    profile_options(targets)
    targets.add_argument("--json", action="store_true", help="print one JSON object")
    targets.set_defaults(run=_run_targets)

    foods = commands.add_parser("foods", help="search and show foods")
    food_commands = foods.add_subparsers(required=True, metavar="ACTION", parser_class=Parser)
    search = food_commands.add_parser("search", help="find foods by name")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=_run_search)
    show = food_commands.add_parser("show", help="composition and portions of one food")
    show.add_argument("food_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_run_show)

    build = commands.add_parser("build-data", help="rebuild data/ from the USDA extracts")
    build.add_argument("--usda", type=Path, default=Path("../shared/data/usda"))
    build.add_argument("--dri", type=Path, default=Path("../shared/reference/dri_targets.csv"))
    build.add_argument("--out", type=Path, default=Path("data"))
    build.set_defaults(run=_run_build)


def _run_targets(args: argparse.Namespace) -> int:
    profile, targets = profile_and_targets(args)
    if args.json:
        print_json({"profile": profile_json(profile), "targets": targets_json(targets)})
        return 0
    print(f"Daily targets for {describe(profile)}")
    for name, t in targets.items():
        upper = f"{t.max:,.0f} {UNITS[name]} ({t.max_kind})" if t.max is not None else "none"
        reach = (
            f"no level to reach ({t.min_kind.removeprefix('none: ')})"
            if t.min_kind == NO_LEVEL
            else f"reach {t.min:,.0f} {UNITS[name]} ({t.min_kind})"
        )
        print(f"  {LABELS[name]:<10} {reach}; do not exceed: {upper}")
    for t in targets.values():
        if t.note:
            print(f"  - {t.note}")
    return 0


def _run_search(args: argparse.Namespace) -> int:
    from planner.resolve.search import build_search_index, search_foods

    if args.limit < 1:
        raise PlannerError(f"--limit must be 1 or more, not {args.limit}")
    foods = load_foods()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    found = search_foods(index, args.query, limit=args.limit)
    if args.json:
        print_json(
            {
                "query": args.query,
                "foods": [
                    {"food_id": r.food_id, "description": r.description, "score": r.score}
                    for r in found.itertuples(index=False)
                ],
            }
        )
        return 0
    if found.empty:
        print(f"No food matches {args.query!r}.")
    for row in found.itertuples(index=False):
        print(f"{row.food_id:<16} {row.description}")
    return 0


def _run_show(args: argparse.Namespace) -> int:
    foods = load_foods()
    match = foods[foods["food_id"] == args.food_id]
    if match.empty:
        raise PlannerError(f"unknown food_id {args.food_id!r}; try `planner foods search`")
    food = match.iloc[0]
    portions = load_portions()
    mine = portions[portions["food_id"] == args.food_id]
    per_100g = {name: json_number(food[name]) for name in (*CHECKED, "energy_kcal")}
    if args.json:
        print_json(
            {
                "food_id": args.food_id,
                "description": food["description"],
                "food_group": food["food_group"],
                "per_100g": per_100g,
                "portions": [
                    {"portion": r.portion, "grams": r.grams_per_unit}
                    for r in mine.itertuples(index=False)
                ],
            }
        )
        return 0
    print(f"{food['description']} ({args.food_id}, {food['food_group']})")
    print("Per 100 g:")
    for name, value in per_100g.items():
        shown = "not reported" if value is None else f"{value:g} {UNITS[name]}"
        print(f"  {LABELS[name]:<10} {shown}")
    if len(mine):
        print("Portions:")
        for r in mine.itertuples(index=False):
            print(f"  1 {r.portion} = {r.grams_per_unit:g} g")
    return 0


def _run_build(args: argparse.Namespace) -> int:
    from planner.fooddb.build import build_data

    for path in build_data(usda_dir=args.usda, dri_csv=args.dri, out_dir=args.out):
        print(f"wrote {path}")
    return 0
