"""The ``planner`` command: the same checks as the dashboard, without a browser.

This is the one module that writes to the terminal. User mistakes exit with status 2 and a
one-line reason on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

import pandas as pd

from planner.build import build_data
from planner.check import DiaryCheck, day_summary
from planner.dayplan import day_plan_json, plan_day
from planner.diary import Diary
from planner.errors import PlannerError
from planner.foods import load_article_foods, load_foods, load_portions
from planner.formats import FORMAT_NAMES, FORMATS
from planner.matching import build_match_index, read_mapping
from planner.nutrients import CHECKED, ENERGY, LABELS, POTASSIUM, SODIUM, UNITS, WATER
from planner.pool import EXCLUSIONS, food_pool
from planner.recovery import suggest_recovery
from planner.search import build_search_index, search_foods
from planner.suggestions import (
    Preferences,
    check_with_basket,
    preferred_pool,
    suggest,
    suggestion_json,
)
from planner.sweat import LOSSES, SWEAT_SODIUM_PRESETS, session_from_units, sweat_losses
from planner.targets import Bound, Profile, Target, daily_targets, supplement_magnesium_ul
from planner.tracker import check_upload, read_upload

EXIT_BAD_INPUT = 2
DISCLAIMER = (
    "Intake is shown against reference values; it is not a diagnosis. Persistent or severe "
    "cramps call for a health professional."
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"planner: error: {message} (see planner --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        result: int = args.run(args)
    except PlannerError as exc:
        print(f"planner: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return result


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="planner", description="Electrolyte meal planner.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND", parser_class=_Parser)

    targets = commands.add_parser("targets", help="daily targets for a person")
    _profile_options(targets)
    targets.add_argument("--json", action="store_true", help="print one JSON object")
    targets.set_defaults(run=_run_targets)

    foods = commands.add_parser("foods", help="search and show foods")
    food_commands = foods.add_subparsers(required=True, metavar="ACTION", parser_class=_Parser)
    search = food_commands.add_parser("search", help="find foods by name")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=_run_search)
    show = food_commands.add_parser("show", help="composition and portions of one food")
    show.add_argument("food_id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=_run_show)

    check = commands.add_parser(
        "check", help="check a diary or a Cronometer, MyFitnessPal or Lose It! export"
    )
    check.add_argument("diary", type=Path, help="the planner's diary CSV or a tracker export")
    _profile_options(check)
    check.add_argument("--format", default="auto", choices=["auto", *FORMATS])
    check.add_argument(
        "--remap", action="store_true", help="recompute a tracker export from the food database"
    )
    check.add_argument("--mapping", type=Path, help="CSV of name,food_id choices to reuse")
    check.add_argument(
        "--complete-only",
        action="store_true",
        help="Cronometer daily summary: drop days not marked completed",
    )
    check.add_argument("--json", action="store_true")
    check.add_argument("--strict", action="store_true", help="exit 2 if any row was rejected")
    check.set_defaults(run=_run_check)

    sweat = commands.add_parser(
        "sweat", help="sweat losses of a session and what to drink and eat to replace them"
    )
    sweat.add_argument("--before", required=True, type=float, help="body mass before")
    sweat.add_argument("--after", required=True, type=float, help="body mass after")
    sweat.add_argument("--drank", required=True, type=float, help="fluid drunk during [L]")
    sweat.add_argument("--hours", required=True, type=float, help="duration [h]")
    sweat.add_argument("--urine", type=float, default=0.0, help="urine passed during [L]")
    sweat.add_argument("--unit", choices=["kg", "lb"], default="kg", help="body mass unit")
    sweat.add_argument(
        "--fluid-unit",
        choices=["l", "ml", "floz"],
        default="l",
        help="unit of --drank and --urine (default litres)",
    )
    sodium = sweat.add_mutually_exclusive_group()
    sodium.add_argument("--sweat-sodium", type=float, help="measured sweat sodium [mmol/L]")
    sodium.add_argument(
        "--sweat-sodium-preset",
        choices=list(SWEAT_SODIUM_PRESETS),
        help="typical (50 mmol/L), athlete average (35.9) or salty (60)",
    )
    sweat.add_argument(
        "--recovery-hours", type=float, default=2.0, help="spread rehydration over [h]"
    )
    sweat.add_argument("--note", default="", help="conditions, e.g. 'hot, 32 C'")
    sweat.add_argument("--json", action="store_true")
    sweat.set_defaults(run=_run_sweat)

    suggest = commands.add_parser("suggest", help="foods that close a diary day's gaps")
    suggest.add_argument("diary", type=Path, help="diary CSV (as for check)")
    suggest.add_argument("--date", help="the day to fill (default: the last day)")
    suggest.add_argument("--mapping", type=Path, help="CSV of name,food_id choices to reuse")
    _profile_options(suggest)
    _preference_options(suggest)
    suggest.add_argument("--json", action="store_true")
    suggest.set_defaults(run=_run_suggest)

    plan = commands.add_parser("plan-day", help="generate a day of article foods")
    _profile_options(plan)
    plan.add_argument("--kcal", type=float, default=2000.0, help="energy target [kcal]")
    plan.add_argument("--exclude", default="", help=f"comma list of {', '.join(EXCLUSIONS)}")
    plan.add_argument("--seed", type=int, help="another day for another seed")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(run=_run_plan_day)

    build = commands.add_parser("build-data", help="rebuild data/ from the USDA extracts")
    build.add_argument("--usda", type=Path, default=Path("../shared/data/usda"))
    build.add_argument("--dri", type=Path, default=Path("../shared/reference/dri_targets.csv"))
    build.add_argument("--out", type=Path, default=Path("data"))
    build.set_defaults(run=_run_build)
    return parser


def _profile_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sex", required=True, type=str.upper, choices=["F", "M"])
    parser.add_argument("--age", required=True, type=float, help="age in years")
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


def _preference_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--exclude", default="", help=f"comma list of {', '.join(EXCLUSIONS)}")
    parser.add_argument("--dislike", action="append", default=[], help="food_id or word")
    parser.add_argument("--pool", choices=["articles", "all"], default="articles")
    parser.add_argument("--max-foods", type=int, default=5)
    parser.add_argument("--objective", choices=["energy", "portions"], default="energy")
    parser.add_argument("--kcal-budget", type=float, help="most energy the day may reach")
    parser.add_argument("--low-sodium", action="store_true", help="add no sodium at all")
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


def _profile_and_targets(args: argparse.Namespace) -> tuple[Profile, dict[str, Target]]:
    profile = Profile(
        sex=args.sex, age_years=args.age, pregnant=args.pregnant, lactating=args.lactating
    )
    return profile, daily_targets(profile, overrides=_overrides(args.override))


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


def check_json(
    profile: Profile,
    targets: dict[str, Target],
    diary: Diary,
    check: DiaryCheck,
    *,
    source: str = "database",
    other: DiaryCheck | None = None,
    matches: pd.DataFrame | None = None,
    supplements: pd.Series | None = None,
    supplement_ul: float | None = None,
    export_format: str = "planner",
    converted: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The JSON object of ``planner check``."""
    days = []
    other_dates = set(other.dates) if other is not None else set()
    for date in check.dates:
        day = _plain(day_summary(check, date)) | {"source": source}
        if other is not None and date in other_dates:
            key = "logged" if source == "database" else "database"
            day[key] = _plain(day_summary(other, date)["totals"])
        if supplements is not None and date in supplements.index:
            mg = float(supplements[date])
            day["supplement_magnesium_mg"] = mg
            day["supplement_magnesium_status"] = (
                "above" if supplement_ul is not None and mg > supplement_ul else "within"
            )
        days.append(day)
    out: dict[str, Any] = {
        "profile": profile_json(profile),
        "targets": targets_json(targets),
        "format": export_format,
        "days": days,
        "rows": diary.counts,
        "problems": [
            {
                "row": int(str(row.row)),
                "status": row.status,
                "column": row.column,
                "value": row.value,
                "reason": row.reason,
            }
            for row in diary.problems.itertuples(index=False)
        ],
    }
    if matches is not None:
        out["matches"] = [
            {
                "name": r["name"],
                "food_id": r["food_id"] or None,
                "description": r["description"] or None,
                "score": None if pd.isna(r["score"]) else round(float(r["score"]), 1),
                "rows": int(r["rows"]),
                "status": r["status"],
            }
            for r in matches.to_dict("records")
        ]
    if supplement_ul is not None and supplements is not None and len(supplements):
        out["supplement_magnesium_ul_mg"] = supplement_ul
    if converted:
        out["converted"] = converted
    return out


def _plain(value: Any) -> Any:
    """NaN as None, recursively, so the JSON stays valid."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _run_targets(args: argparse.Namespace) -> int:
    profile, targets = _profile_and_targets(args)
    if args.json:
        _print_json({"profile": profile_json(profile), "targets": targets_json(targets)})
        return 0
    print(f"Daily targets for {_describe(profile)}")
    for name, t in targets.items():
        upper = f"{t.max:,.0f} {UNITS[name]} ({t.max_kind})" if t.max is not None else "none"
        print(
            f"  {LABELS[name]:<10} reach {t.min:,.0f} {UNITS[name]} ({t.min_kind}); "
            f"do not exceed: {upper}"
        )
    for t in targets.values():
        if t.note:
            print(f"  - {t.note}")
    return 0


def _run_search(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise PlannerError(f"--limit must be 1 or more, not {args.limit}")
    foods = load_foods()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    found = search_foods(index, args.query, limit=args.limit)
    if args.json:
        _print_json(
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
    per_100g = {name: _json_number(food[name]) for name in (*CHECKED, "energy_kcal")}
    if args.json:
        _print_json(
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


def _run_check(args: argparse.Namespace) -> int:
    profile, targets = _profile_and_targets(args)
    foods = load_foods()
    portions = load_portions()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    mapping = read_mapping(args.mapping) if args.mapping else None
    upload = read_upload(
        args.diary,
        foods=foods,
        portions=portions,
        index=index,
        matcher=build_match_index(foods, index),
        format=args.format,
        mapping=mapping,
        complete_only=args.complete_only,
    )
    result = check_upload(upload, foods=foods, targets=targets, remap=args.remap)
    out = check_json(
        profile,
        targets,
        result.diary,
        result.check,
        source=result.source,
        other=result.logged if result.source == "database" else result.database,
        matches=upload.matches,
        supplements=result.supplement_magnesium_mg,
        supplement_ul=supplement_magnesium_ul(profile),
        export_format=upload.export.format,
        converted=upload.export.converted,
    )
    if args.json:
        _print_json(out)
    else:
        _print_check(profile, out)
    if args.strict and result.diary.counts["rejected"]:
        return EXIT_BAD_INPUT
    return 0


def _print_check(profile: Profile, result: dict[str, Any]) -> None:
    rows = result["rows"]
    source = (
        "as logged by the tracker"
        if result["days"] and result["days"][0]["source"] == ("logged")
        else "from the USDA food database"
    )
    print(
        f"{FORMAT_NAMES.get(result['format'], result['format'])}, {source}; checked against "
        f"the targets for {_describe(profile)}."
    )
    print(
        f"Rows: {rows['read']} read, {rows['used']} used, {rows['skipped']} skipped, "
        f"{rows['rejected']} rejected."
    )
    for day in result["days"]:
        energy = day["totals"]["energy_kcal"]
        print(f"\n{day['date']}  ({'?' if energy is None else f'{energy:,.0f}'} kcal)")
        for name in CHECKED:
            target = result["targets"][name]
            total = day["totals"][name]
            pct = day["percent_of_target"][name]
            flag = " (incomplete)" if name in day["incomplete"] else ""
            shown = "n/a" if total is None else f"{total:,.0f}"
            share = "" if pct is None else f"{pct:.0f}%"
            print(
                f"  {LABELS[name]:<10} {shown:>8} {UNITS[name]:<2} of {target['min']:>6,.0f}"
                f"  {share:>4}  {day['status'][name]}{flag}"
            )
        if "supplement_magnesium_mg" in day:
            print(
                f"  Magnesium from supplements {day['supplement_magnesium_mg']:,.0f} mg "
                f"({day['supplement_magnesium_status']} the supplement upper level)"
            )
        for name, names in day["missing_from"].items():
            print(f"  {LABELS.get(name, name)} not reported for: {', '.join(names)}")
        ratio = day["na_k_molar_ratio"]
        if ratio is not None:
            print(f"  Na:K molar ratio {ratio:.2f} (about 1 or less fits the WHO targets)")
    for problem in result["problems"]:
        where = f", column {problem['column']}" if problem["column"] else ""
        print(
            f"row {problem['row']}{where}: {problem['status']}: {problem['reason']}",
            file=sys.stderr,
        )
    print(f"\n{DISCLAIMER}")


def _run_sweat(args: argparse.Namespace) -> int:
    session = session_from_units(
        before=args.before,
        after=args.after,
        drank=args.drank,
        hours=args.hours,
        urine=args.urine,
        mass_unit=args.unit,
        volume_unit="fl oz" if args.fluid_unit == "floz" else args.fluid_unit,
        sweat_sodium_mmol_l=args.sweat_sodium,
        preset=args.sweat_sodium_preset,
        note=args.note,
    )
    result = sweat_losses(session, recovery_hours=args.recovery_hours)
    basket = suggest_recovery(result, foods=load_foods(), portions=load_portions())
    recovery = basket.records((WATER, SODIUM, POTASSIUM, ENERGY))
    if args.json:
        _print_json(result.as_dict() | {"recovery": recovery, "recovery_unmet": basket.unmet})
        return 0
    print(
        f"Sweat loss {result.sweat_loss_l:.2f} L over {session.hours:g} h: "
        f"{result.sweat_rate_l_per_h:.2f} L/h; "
        f"body mass change {-result.body_mass_loss_pct:+.1f} %."
    )
    print(
        "Lost in sweat: "
        + ", ".join(f"{LABELS[name].lower()} {result.losses_mg[name]:,.0f} mg" for name in LOSSES)
    )
    low, high = result.rehydrate_l
    if result.overdrank:
        print("Fluid to drink now: none beyond thirst.")
    else:
        print(
            f"Drink {low:.2f}-{high:.2f} L over the next {args.recovery_hours:g} h "
            f"(125-150 % of the mass lost) with about {result.sodium_to_replace_mg:,.0f} mg sodium:"
        )
        for step in result.schedule:
            print(
                f"  {step.start_h:g}-{step.end_h:g} h: {step.fluid_l_min * 1000:,.0f}-"
                f"{step.fluid_l_max * 1000:,.0f} mL with {step.sodium_mg:,.0f} mg sodium"
            )
    if recovery:
        print("For example:")
        for item in recovery:
            print(f"  {item['portions']:g} x {item['portion']} {item['description']}")
    for name, short in basket.unmet.items():
        print(f"  (still {short:,.0f} {UNITS[name]} short of {LABELS[name].lower()})")
    for text in [*result.warnings, *result.notes]:
        print(f"! {text}" if text in result.warnings else f"- {text}")
    return 0


def _run_suggest(args: argparse.Namespace) -> int:
    profile, targets = _profile_and_targets(args)
    prefs = _preferences(args)
    foods, portions = load_foods(), load_portions()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    upload = read_upload(
        args.diary,
        foods=foods,
        portions=portions,
        index=index,
        matcher=build_match_index(foods, index),
        mapping=read_mapping(args.mapping) if args.mapping else None,
    )
    # Suggestions build on the food database's numbers where the file names its foods.
    remap = upload.database is not None
    check = check_upload(upload, foods=foods, targets=targets, remap=remap).check
    if not check.dates:
        raise PlannerError(f"{args.diary}: no usable rows, so no day to fill")
    date = args.date or check.dates[-1]
    if date not in check.dates:
        raise PlannerError(f"--date {date}: the diary has {', '.join(check.dates)}")
    pool = preferred_pool(foods, portions, load_article_foods(foods=foods), prefs)
    result = suggest(check, date, pool=pool, preferences=prefs)
    after = check_with_basket(check, date, result.basket, foods=foods)
    out = suggestion_json(result, after, date)
    if args.json:
        _print_json(out)
        return 0
    print(f"{date}, for {_describe(profile)}:")
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
    profile, targets = _profile_and_targets(args)
    exclude = [x.strip() for x in args.exclude.split(",") if x.strip()]
    foods, portions = load_foods(), load_portions()
    pool = food_pool(foods, portions, load_article_foods(foods=foods), exclude=exclude)
    day = plan_day(pool, targets, kcal=args.kcal, seed=args.seed)
    out = day_plan_json(day, targets, foods=foods)
    if args.json:
        _print_json(out)
        return 0
    print(f"A day for {_describe(profile)} at about {args.kcal:,.0f} kcal:")
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


def _run_build(args: argparse.Namespace) -> int:
    for path in build_data(usda_dir=args.usda, dri_csv=args.dri, out_dir=args.out):
        print(f"wrote {path}")
    return 0


def _describe(profile: Profile) -> str:
    who = {"F": "female", "M": "male"}[profile.sex]
    state = {"pregnant": ", pregnant", "lactating": ", lactating"}.get(profile.state, "")
    return f"{who}, {profile.age_years:g} years{state}"


def _json_number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number


def _print_json(obj: dict[str, Any]) -> None:
    json.dump(obj, sys.stdout, indent=2, allow_nan=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    raise SystemExit(main())
