"""``planner plan-week`` and ``planner days week``: a generated week and the week view.

Both read the store (``--db``, ``PLANNER_DB_URL`` or the default file) for the saved plans
and for the workouts that raise a training day's targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from planner.cli.common import (
    DISCLAIMER,
    db_option,
    describe,
    print_json,
    profile_and_targets,
    profile_options,
)
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS

if TYPE_CHECKING:
    from planner.intake.targets import Profile, Target
    from planner.store import Store

KIDNEY_NOTE = (
    "If you have kidney disease or take medicines that raise potassium, ask your doctor "
    "before eating more potassium."
)


def add_commands(commands: Any) -> None:
    """Add ``planner plan-week`` to the ``planner`` parser."""
    from planner.suggest.pool import EXCLUSIONS
    from planner.suggest.week import MAX_DAYS_PER_FOOD, MAX_USES_PER_KIND

    plan = commands.add_parser(
        "plan-week",
        help="generate the days of a week that have no saved plan",
        description=(
            "Generate seven days of article foods, each meeting its date's targets (a "
            "training day's raised by its saved workout), with variety: a food on at most "
            f"{MAX_DAYS_PER_FOOD} days and a kind of food at most {MAX_USES_PER_KIND} times "
            "a week. Days with a saved plan are kept (and count towards the limits) unless "
            "--replace is given."
        ),
    )
    plan.add_argument("--start", required=True, help="the first day, YYYY-MM-DD")
    profile_options(plan, required=False)
    plan.add_argument("--kcal", type=float, default=2000.0, help="energy target a day [kcal]")
    plan.add_argument("--exclude", default="", help=f"comma list of {', '.join(EXCLUSIONS)}")
    plan.add_argument("--seed", type=int, help="another week for another seed")
    plan.add_argument("--replace", action="store_true", help="generate saved days too")
    plan.add_argument("--save", action="store_true", help="save the generated days")
    plan.add_argument("--json", action="store_true")
    db_option(plan)
    plan.set_defaults(run=_run_plan_week)


def add_week_view(sub: Any) -> None:
    """Add ``planner days week`` to the ``planner days`` parser."""
    week = sub.add_parser("week", help="a week of saved plans: each nutrient's days by status")
    week.add_argument("start", help="the first day, YYYY-MM-DD")
    profile_options(week, required=False)
    week.add_argument("--json", action="store_true")
    db_option(week)
    week.set_defaults(run=_run_week_view)


def _store(args: argparse.Namespace) -> Store:
    from planner.store import open_store

    return open_store(getattr(args, "db", None))


def _targets(
    args: argparse.Namespace, store: Store
) -> tuple[Profile, dict[str, Target], dict[str, dict[str, Target]]]:
    """The profile and targets of the options (else the saved profile) and each saved
    training day's raised targets."""
    saved = store.profile() if args.sex is None or args.age is None else None
    profile, targets = profile_and_targets(
        args,
        saved=None if saved is None else saved.profile,
        limits=None if saved is None else saved.limits,
    )
    return profile, targets, store.targets_by_date(targets)


def _weekday(date: str) -> str:
    return dt.date.fromisoformat(date).strftime("%a")


def _run_plan_week(args: argparse.Namespace) -> int:
    from planner.fooddb.tables import load_article_foods, load_foods, load_portions
    from planner.store import PlanEntry
    from planner.suggest.pool import food_pool
    from planner.suggest.week import plan_rows, plan_week, week_dates, week_plan_json

    dates = week_dates(args.start)
    exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
    with _store(args) as store:
        profile, targets, adjusted = _targets(args, store)
        saved = {d: store.plan_day(d) for d in dates}
        kept = {d: [e.food_id for e in s] for d, s in saved.items() if s and not args.replace}
        foods, portions = load_foods(), load_portions()
        pool = food_pool(foods, portions, load_article_foods(foods=foods), exclude=exclude)
        week = plan_week(
            pool,
            targets,
            start=dates[0],
            targets_by_date=adjusted,
            fill=[d for d in dates if d not in kept],
            kept=kept,
            kcal=args.kcal,
            seed=args.seed,
        )
        if args.save:
            for date, day in week.days.items():
                store.save_plan_day(date, [PlanEntry.from_row(r) for r in plan_rows(day)])
    out = week_plan_json(week, foods=foods)
    out["kept"] = sorted(kept)
    out["saved"] = sorted(week.days) if args.save else []
    if args.json:
        print_json(out)
        return 0
    print(f"A week for {describe(profile)} at about {args.kcal:,.0f} kcal a day:")
    for day in out["days"]:
        date = day["date"]
        head = f"{date} ({_weekday(date)})"
        if day["adjusted"]:
            head += ", training day: targets adjusted for your sweat losses"
        print(f"\n{head}")
        if date in kept:
            print(f"  kept: the saved plan ({len(kept[date])} entries); --replace generates it")
            continue
        plan = week.days.get(date)
        if plan is not None:
            for meal, items in plan.plan.groupby("meal", sort=False):
                names = "; ".join(
                    f"{r.portions:g} x {r.portion} {r.description}"
                    for r in items.itertuples(index=False)
                )
                print(f"  {str(meal).capitalize():<10} {names}")
            print(
                "  "
                + ", ".join(f"{LABELS[n].lower()} {day['status'][n]}" for n in CHECKED)
                + f"; {plan.totals['energy_kcal']:,.0f} kcal"
            )
        if day["problem"]:
            print(f"  ! {day['problem']}")
    busiest = sorted(week.food_days.items(), key=lambda kv: -kv[1])[:1]
    print(
        f"\nVariety: no food on more than {week.max_days_per_food} days, no kind of food more "
        f"than {week.max_uses_per_kind} times"
        + (f" (the most: {busiest[0][1]} days)" if busiest else "")
        + "."
    )
    if args.save:
        print(f"Saved {len(week.days)} {'day' if len(week.days) == 1 else 'days'}.")
    print(f"\n{KIDNEY_NOTE}\n{DISCLAIMER}")
    return 0


def _run_week_view(args: argparse.Namespace) -> int:
    import sys

    from planner.diary.planner_csv import resolve_diary
    from planner.fooddb.tables import load_article_foods, load_foods, load_portions
    from planner.intake.week import WEEK_STATUSES, check_week, week_check_json
    from planner.resolve.search import build_search_index
    from planner.suggest.week import week_dates

    dates = week_dates(args.start)
    with _store(args) as store:
        profile, targets, adjusted = _targets(args, store)
        raw = store.plan_frame(dates[0], dates[-1])
    foods, portions = load_foods(), load_portions()
    index = build_search_index(foods, article_ids=load_article_foods(foods=foods)["food_id"])
    diary = resolve_diary(raw, foods=foods, portions=portions, index=index)
    week = check_week(
        diary.entries, dates=dates, foods=foods, targets=targets, targets_by_date=adjusted
    )
    out = week_check_json(week)
    for problem in diary.problems.to_dict("records"):
        date = raw["date"].iloc[int(problem["row"]) - 1]
        print(f"{date}: an entry is not counted: {problem['reason']}", file=sys.stderr)
    if args.json:
        print_json(out)
        return 0
    print(f"The week of {dates[0]} to {dates[-1]}, for {describe(profile)}:")
    names = [LABELS[n].lower() for n in CHECKED]
    print(f"{'date':<15}{'entries':>8}  " + "  ".join(f"{n:<10}" for n in names))
    for day in out["days"]:
        mark = " *" if day["adjusted"] else ""
        label = f"{day['date']} {_weekday(day['date'])}{mark}"
        print(
            f"{label:<15}{day['entries']:>8}  "
            + "  ".join(f"{day['status'][n]:<10}" for n in CHECKED)
        )
    if any(d["adjusted"] for d in out["days"]):
        print("* training day: targets adjusted for your sweat losses")
    print("\nDays per nutrient:")
    for name in CHECKED:
        counts = out["counts"][name]
        print(
            f"  {LABELS[name]:<10} "
            + ", ".join(f"{counts[s]} {s}" for s in WEEK_STATUSES if counts[s] or s != "unknown")
            + f" ({UNITS[name]})"
        )
    print(f"\n{KIDNEY_NOTE}\n{DISCLAIMER}")
    return 0
