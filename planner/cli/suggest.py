"""``planner suggest`` and ``planner plan-day``: foods that close the gaps."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from planner.cli.check import read_diary_file
from planner.cli.common import (
    DISCLAIMER,
    describe,
    print_json,
    profile_and_targets,
    profile_options,
)
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.upload import check_upload
from planner.suggest.dayplan import day_plan_json, plan_day
from planner.suggest.gaps import (
    Preferences,
    check_with_basket,
    fill_gaps,
    preferred_pool,
    suggestion_json,
)
from planner.suggest.pool import EXCLUSIONS, food_pool


def add_commands(commands: Any) -> None:
    """Add this module's commands to the ``planner`` parser."""
    suggest = commands.add_parser("suggest", help="foods that close a diary day's gaps")
    suggest.add_argument("diary", type=Path, help="diary CSV (as for check)")
    suggest.add_argument("--date", help="the day to fill (default: the last day)")
    suggest.add_argument("--mapping", type=Path, help="CSV of name,food_id choices to reuse")
    profile_options(suggest)
    _preference_options(suggest)
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(run=_run_suggest)

    plan = commands.add_parser("plan-day", help="generate a day of article foods")
    profile_options(plan)
    plan.add_argument("--kcal", type=float, default=2000.0, help="energy target [kcal]")
    plan.add_argument("--exclude", default="", help=f"comma list of {', '.join(EXCLUSIONS)}")
    plan.add_argument("--seed", type=int, help="another day for another seed")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(run=_run_plan_day)


def _preference_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--exclude", default="", help=f"comma list of {', '.join(EXCLUSIONS)}")
    parser.add_argument("--dislike", action="append", default=[], help="food_id or word")
    parser.add_argument("--pool", choices=["articles", "all"], default="articles")
    parser.add_argument("--max-foods", type=int, default=5)
    parser.add_argument("--objective", choices=["energy", "portions"], default="energy")
    parser.add_argument("--kcal-budget", type=float, help="most energy the day may reach")
    parser.add_argument(
        "--low-sodium", action="store_true", help="add at most 280 mg sodium, close no sodium gap"
    )
    parser.add_argument(
        "--kidney-disease", action="store_true", help="never suggest potassium-rich foods"
    )


def _preferences(args: argparse.Namespace) -> Preferences:
    return Preferences(
        pool=args.pool,
        exclude=[x.strip() for x in args.exclude.split(",") if x.strip()],
        dislikes=args.dislike,
        low_sodium=args.low_sodium,
        kidney_disease=args.kidney_disease,
        max_foods=args.max_foods,
        objective=args.objective,
        energy_budget_kcal=args.kcal_budget,
    )


def _run_suggest(args: argparse.Namespace) -> int:
    profile, targets = profile_and_targets(args)
    prefs = _preferences(args)
    foods, portions = load_foods(), load_portions()
    upload = read_diary_file(args, foods=foods, portions=portions)
    # Suggestions build on the food database's numbers where the file names its foods.
    remap = upload.database is not None
    check = check_upload(upload, foods=foods, targets=targets, remap=remap).check
    if not check.dates:
        raise PlannerError(f"{args.diary}: no usable rows, so no day to fill")
    date = args.date or check.dates[-1]
    if date not in check.dates:
        raise PlannerError(f"--date {date}: the diary has {', '.join(check.dates)}")
    pool = preferred_pool(foods, portions, load_article_foods(foods=foods), prefs)
    result = fill_gaps(check, date, pool=pool, preferences=prefs)
    after = check_with_basket(check, date, result.basket, foods=foods)
    out = suggestion_json(result, after, date)
    if args.json:
        print_json(out)
        return 0
    print(f"{date}, for {describe(profile)}:")
    for name, gap in out["gaps"].items():
        if (gap["gap"] or 0) > 0:
            print(f"  {LABELS[name]:<10} {gap['gap']:>8,.0f} {UNITS[name]} below the target")
    if out["basket"]:
        print("Suggested:")
    for item in out["basket"]:
        why = f" [{', '.join(item['articles'])}]" if item["articles"] else ""
        print(f"  {item['portions']:g} x {item['portion']} {item['description']}{why}")
    status = out["after"]["status"]
    print("After: " + ", ".join(f"{LABELS[n].lower()} {status[n]}" for n in CHECKED))
    for name, short in out["unmet"].items():
        print(f"  still {short:,.0f} {UNITS.get(name, '')} short of {LABELS.get(name, name)}")
    for note in out["notes"]:
        print(f"- {note}")
    print(f"\n{DISCLAIMER}")
    return 0


def _run_plan_day(args: argparse.Namespace) -> int:
    profile, targets = profile_and_targets(args)
    exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
    foods, portions = load_foods(), load_portions()
    pool = food_pool(foods, portions, load_article_foods(foods=foods), exclude=exclude)
    day = plan_day(pool, targets, kcal=args.kcal, seed=args.seed)
    out = day_plan_json(day, targets, foods=foods)
    if args.json:
        print_json(out)
        return 0
    print(f"A day for {describe(profile)} at about {args.kcal:,.0f} kcal:")
    for meal, items in day.plan.groupby("meal", sort=False):
        print(f"  {str(meal).capitalize()}:")
        for r in items.itertuples(index=False):
            print(f"    {r.portions:g} x {r.portion} {r.description} ({r.grams:,.0f} g)")
    for name in CHECKED:
        print(
            f"  {LABELS[name]:<10} {day.totals[name]:>8,.0f} {UNITS[name]} ({out['status'][name]})"
        )
    print(f"  Energy     {day.totals['energy_kcal']:>8,.0f} kcal")
    print(f"\n{DISCLAIMER}")
    return 0
