"""``planner check``: a diary or tracker export against the targets."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from planner.cli.common import (
    DISCLAIMER,
    EXIT_BAD_INPUT,
    db_option,
    describe,
    plain_json,
    print_json,
    profile_and_targets,
    profile_json,
    profile_options,
    targets_json,
    terminal_text,
)
from planner.diary.account import Diary
from planner.diary.columns import (
    check_headers,
    parse_column_mapping,
    remember_mapping,
    remembered_mapping,
)
from planner.diary.formats import FORMAT_NAMES, FORMATS, detect_format, read_table_text
from planner.diary.mapping import read_amounts, read_mapping
from planner.diary.upload import Upload, read_upload
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, LABELS, UNITS
from planner.fooddb.tables import load_foods, load_portions
from planner.intake.check import DiaryCheck, day_summary
from planner.intake.targets import NO_LEVEL, Profile, Target, supplement_magnesium_ul
from planner.intake.upload import UploadCheck, check_upload, rejected_by_date
from planner.resolve.names import build_match_index
from planner.resolve.search import data_search_index


def add_commands(commands: Any) -> None:
    """Add this module's commands to the ``planner`` parser."""
    check = commands.add_parser(
        "check", help="check a diary or a Cronometer, MyFitnessPal or Lose It! export"
    )
    check.add_argument(
        "diary", type=Path, nargs="?", help="the planner's diary CSV or a tracker export"
    )
    check.add_argument(
        "--saved",
        nargs=2,
        metavar=("FROM", "TO"),
        help="check the days saved with `planner days import` from FROM to TO (YYYY-MM-DD, "
        "inclusive) instead of a file, each against its own targets: a saved workout raises "
        "its date's; without --sex and --age, the profile and doctor's limits saved on the "
        "dashboard are used",
    )
    check.add_argument(
        "--planned",
        action="store_true",
        help="with --saved: check the planned days too (a date with a tracker day is checked "
        "from the tracker day, what was eaten, not from its plan)",
    )
    db_option(check)
    profile_options(check, required=False)
    check.add_argument("--format", default="auto", choices=["auto", *FORMATS])
    check.add_argument(
        "--remap", action="store_true", help="recompute a tracker export from the food database"
    )
    check.add_argument("--mapping", type=Path, help="CSV of name,food_id choices to reuse")
    check.add_argument(
        "--no-guesses",
        action="store_true",
        help="reject the rows of a name the planner is not sure of, instead of using its best "
        "guess (each such row says so; --mapping confirms or corrects it)",
    )
    check.add_argument(
        "--columns",
        metavar="FIELD=HEADER,...",
        help="read any other CSV by naming its columns: date, meal, name, amount, unit and "
        "nutrients with their unit (potassium_mg, sodium_g, water_ml, energy_kcal, energy_kj, "
        "...), e.g. date=Date,name=Name,meal=Type,energy_kcal=Calories; remembered for files "
        "with the same header",
    )
    check.add_argument(
        "--complete-only",
        action="store_true",
        help="Cronometer daily summary: drop days not marked completed",
    )
    check.add_argument("--json", action="store_true")
    check.add_argument("--strict", action="store_true", help="exit 2 if any row was rejected")
    check.set_defaults(run=_run_check)


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
    completed: pd.DataFrame | None = None,
    rejected: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """The JSON object of ``planner check``.

    ``rejected`` counts the rejected rows of each date (:func:`rejected_by_date`): each day
    says ``rows_rejected`` (its totals leave those rows out), and ``rejected_by_date`` lists
    every date with rejected rows, those with no row used too.
    """
    by_day: dict[object, list[dict[str, Any]]] = {}
    for record in [] if completed is None else completed.to_dict("records"):
        by_day.setdefault(record["date"], []).append({str(k): v for k, v in record.items()})
    days = []
    other_dates = set(other.dates) if other is not None else set()
    for date in check.dates:
        day = plain_json(day_summary(check, date)) | {"source": source}
        if other is not None and date in other_dates:
            key = "logged" if source == "database" else "database"
            day[key] = plain_json(day_summary(other, date)["totals"])
        if date in by_day:
            day["completed"] = {
                str(r["nutrient"]): plain_json(
                    {
                        "logged": r["logged"],
                        "filled": r["filled"],
                        "total": r["completed"],
                        "filled_percent": r["filled_percent"],
                        "rows_filled": int(r["rows_filled"]),
                        "rows_unknown": int(r["rows_unknown"]),
                    }
                )
                for r in by_day[date]
            }
        if supplements is not None and date in supplements.index:
            mg = float(supplements[date])
            day["supplement_magnesium_mg"] = mg
            day["supplement_magnesium_status"] = (
                "above" if supplement_ul is not None and mg > supplement_ul else "within"
            )
        if rejected is not None:
            day["rows_rejected"] = int(rejected.get(date, 0))
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
        "guesses": [
            {
                "row": int(str(row.row)),
                "column": row.column,
                "value": row.value,
                "reason": row.reason,
            }
            for row in diary.guessed.itertuples(index=False)
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
    if rejected is not None:
        out["rejected_by_date"] = dict(rejected)
    return out


def read_diary_file(
    args: argparse.Namespace,
    *,
    foods: pd.DataFrame,
    portions: pd.DataFrame,
    saved_mapping: Mapping[str, str] | None = None,
    saved_amounts: Mapping[tuple[str, str], float] | None = None,
) -> Upload:
    """The ``diary`` argument read both ways, with ``--mapping`` (and, where the command has
    them, ``--format`` and ``--complete-only``); ``--mapping`` wins over ``saved_mapping``
    and ``saved_amounts`` (a person's corrections kept in the store). ``foods`` is the data
    folder's food table (:func:`~planner.fooddb.tables.load_foods`)."""
    raw = read_table_text(args.diary)  # read once: the header decides the format too
    columns = _column_mapping(args, list(raw.columns))
    index = data_search_index()  # of the same data folder as ``foods``
    mapping = dict(saved_mapping or {}) | (read_mapping(args.mapping) if args.mapping else {})
    amounts = dict(saved_amounts or {}) | (read_amounts(args.mapping) if args.mapping else {})
    return read_upload(
        raw,
        foods=foods,
        portions=portions,
        index=index,
        matcher=build_match_index(foods, index),
        format=getattr(args, "format", "auto"),
        mapping=mapping or None,
        complete_only=getattr(args, "complete_only", False),
        columns=columns,
        amounts=amounts or None,
        guesses=not getattr(args, "no_guesses", False),
    )


def _column_mapping(args: argparse.Namespace, header: list[str]) -> dict[str, str] | None:
    """``--columns``, remembered for the file's ``header``; or the one remembered for it when
    the header fits no known format."""
    given = getattr(args, "columns", None)
    if given is None and getattr(args, "format", "auto") != "auto":
        return None
    if given is not None:
        columns = parse_column_mapping(given)
        check_headers(header, columns)  # before keeping it
        remember_mapping(header, columns)
        return columns
    try:
        detect_format(header)
    except PlannerError:
        remembered = remembered_mapping(header)
        if remembered is None:
            raise PlannerError(
                "this file's header fits no known format; say which column holds what with "
                "--columns date=<Date column>,name=<food name column>,... (see "
                "`planner check --help`)"
            ) from None
        print(
            terminal_text(
                "planner: using the column mapping you gave before for this header: "
                + ",".join(f"{k}={v}" for k, v in remembered.items())
            ),
            file=sys.stderr,
        )
        return remembered
    return None


def _run_check(args: argparse.Namespace) -> int:
    if (args.diary is None) == (args.saved is None):
        raise PlannerError("give a diary file to check, or --saved FROM TO, not both")
    if args.planned and args.saved is None:
        raise PlannerError("--planned checks saved planned days: give it with --saved FROM TO")
    foods = load_foods()
    if args.saved is not None:
        profile, out = saved_check_json(args, foods=foods)
    else:
        profile, targets = profile_and_targets(args)
        upload = read_diary_file(args, foods=foods, portions=load_portions())
        out = _upload_json(profile, targets, upload, foods=foods, remap=args.remap)
    if args.json:
        print_json(out)
    else:
        _print_check(profile, out)
    if args.strict and out["rows"]["rejected"]:
        return EXIT_BAD_INPUT
    return 0


def merged_json(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON of several uploads' checks as one: days in date order, rows added up,
    problems and matches one after the other (each problem says which ``import``)."""
    if len(parts) == 1:
        return parts[0]
    out = dict(parts[0])
    formats = list(dict.fromkeys(p["format"] for p in parts))
    out["format"] = formats[0] if len(formats) == 1 else "+".join(formats)
    out["days"] = sorted((d for p in parts for d in p["days"]), key=lambda d: str(d["date"]))
    out["rows"] = {k: sum(p["rows"][k] for p in parts) for k in parts[0]["rows"]}
    out["problems"] = [
        problem | {"import": i} for i, p in enumerate(parts, start=1) for problem in p["problems"]
    ]
    for key in ("matches",):
        if any(key in p for p in parts):
            out[key] = [m for p in parts for m in p.get(key, [])]
    for part in parts:
        if "supplement_magnesium_ul_mg" in part:
            out["supplement_magnesium_ul_mg"] = part["supplement_magnesium_ul_mg"]
    converted = {k: v for p in parts for k, v in p.get("converted", {}).items()}
    if converted:
        out["converted"] = converted
    return out


def saved_check_json(
    args: argparse.Namespace, *, foods: pd.DataFrame
) -> tuple[Profile, dict[str, Any]]:
    """``planner check --saved FROM TO``: the saved days as ``check`` of a file gives them,
    each date checked against its own targets (a saved workout raises its date's, as on the
    dashboard: :mod:`planner.store.history`).

    A date with a workout adds ``workout`` (its hours, sweat loss [L] and losses [mg]),
    ``targets`` (that date's targets) and ``raised`` (the nutrients raised); with
    ``--planned`` every day says where it came from in ``origin`` (``"tracker"`` or
    ``"planned"``).
    """
    from planner.cli.days import open_cli_store, saved_profile
    from planner.store import iso_date
    from planner.store.history import planned_entries_not_counted, saved_history

    first, last = args.saved
    low, high = iso_date(first), iso_date(last)
    if low > high:
        raise PlannerError(f"--saved {first} {last}: the first date is after the last")
    saved, limits = saved_profile(args) if args.sex is None or args.age is None else (None, None)
    profile, targets = profile_and_targets(args, saved=saved, limits=limits)
    with open_cli_store(args) as store:
        history = saved_history(
            store,
            low,
            high,
            foods=foods,
            portions=load_portions(),
            targets=targets,
            planned=args.planned,
            remap=args.remap,
        )
    if not history.parts:
        hint = " or plan a day on the dashboard" if args.planned else ""
        raise PlannerError(
            f"no saved days from {low} to {high}; save a diary with "
            f"`planner days import FILE`{hint}"
        )
    parts = []
    for part in history.parts:
        out = _result_json(profile, targets, part.upload, part.result)
        if part.source == "planned":
            named = planned_entries_not_counted(part)
            for problem, (date, entry) in zip(
                out["problems"], zip(named["date"], named["entry"], strict=True), strict=True
            ):
                problem |= {"date": str(date), "entry": int(entry)}
        for day in out["days"]:
            date = str(day["date"])
            if args.planned:
                day["origin"] = part.source
            workout = history.workouts.get(date)
            if workout is not None:
                day_targets = history.check.targets_on(date)
                day["workout"] = plain_json(
                    {
                        "hours": workout.session.hours,
                        "sweat_loss_l": workout.sweat_loss_l,
                        "losses_mg": dict(workout.losses_mg),
                    }
                )
                day["targets"] = targets_json(day_targets)
                day["raised"] = [n for n in targets if day_targets[n] != targets[n]]
        parts.append(out)
    return profile, merged_json(parts)


def _upload_json(
    profile: Profile,
    targets: dict[str, Target],
    upload: Upload,
    *,
    foods: pd.DataFrame,
    remap: bool,
) -> dict[str, Any]:
    result = check_upload(upload, foods=foods, targets=targets, remap=remap)
    return _result_json(profile, targets, upload, result)


def _result_json(
    profile: Profile, targets: dict[str, Target], upload: Upload, result: UploadCheck
) -> dict[str, Any]:
    return check_json(
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
        completed=result.completed,
        rejected=rejected_by_date(result.diary, upload.export),
    )


def _print_check(profile: Profile, result: dict[str, Any]) -> None:
    rows = result["rows"]
    source = (
        ""
        if not result["days"]
        else ", as logged by the tracker"
        if result["days"][0]["source"] == "logged"
        else ", from the USDA food database"
    )
    print(
        f"{FORMAT_NAMES.get(result['format'], result['format'])}{source}; checked against "
        f"the targets for {describe(profile)}."
    )
    guessed = f" ({rows['guessed']} by a best guess)" if rows.get("guessed") else ""
    print(
        f"Rows: {rows['read']} read, {rows['used']} used{guessed}, {rows['skipped']} skipped, "
        f"{rows['rejected']} rejected."
    )
    if not result["days"]:
        print("\nNo day to check: no row was used (the reasons are below).")
    checked_dates = {day["date"] for day in result["days"]}
    for date, count in result.get("rejected_by_date", {}).items():
        if date not in checked_dates:
            print(f"\n{date}  no totals: {_rows(count)} rejected, none used")
    for day in result["days"]:
        energy = day["totals"]["energy_kcal"]
        origin = {"planned": ", planned"}.get(day.get("origin", ""), "")
        print(f"\n{day['date']}  ({'?' if energy is None else f'{energy:,.0f}'} kcal{origin})")
        if "workout" in day:
            w = day["workout"]
            raised = ", ".join(LABELS.get(n, n).lower() for n in day["raised"])
            print(
                f"  Workout: {w['hours']:g} h, {w['sweat_loss_l']:.2f} L sweat; "
                f"targets raised by its losses: {raised or 'none'}"
            )
        if day.get("rows_rejected"):
            print(
                f"  {_rows(day['rows_rejected'])} of this day rejected (reasons below): its "
                "totals leave them out, so each is a lower bound"
            )
        for name in CHECKED:
            target = day.get("targets", result["targets"])[name]
            total = day["totals"][name]
            pct = day["percent_of_target"][name]
            flag = " (incomplete)" if name in day["incomplete"] else ""
            shown = "n/a" if total is None else f"{total:,.0f}"
            share = "" if pct is None else f"{pct:.0f}%"
            reach = "none" if target["min_kind"] == NO_LEVEL else f"{target['min']:,.0f}"
            print(
                f"  {LABELS[name]:<10} {shown:>8} {UNITS[name]:<2} of {reach:>6}"
                f"  {share:>4}  {day['status'][name]}{flag}"
            )
        if "supplement_magnesium_mg" in day:
            print(
                f"  Magnesium from supplements {day['supplement_magnesium_mg']:,.0f} mg "
                f"({day['supplement_magnesium_status']} the supplement upper level)"
            )
        for name, names in day["missing_from"].items():
            shown = terminal_text(", ".join(names))
            print(f"  {LABELS.get(name, name)} not reported for: {shown}")
        for name in CHECKED:
            filled = day.get("completed", {}).get(name)
            if filled and filled["rows_filled"] and filled["total"] is not None:
                print(
                    f"  {LABELS[name]} completed from USDA: {filled['total']:,.0f} "
                    f"{UNITS[name]} ({filled['filled']:,.0f} {UNITS[name]} filled in "
                    f"{filled['rows_filled']} rows the tracker left blank, "
                    f"{filled['filled_percent']:.0f}% of the total)"
                )
        ratio = day["na_k_molar_ratio"]
        if ratio is not None:
            print(f"  Na:K molar ratio {ratio:.2f} (about 1 or less fits the WHO targets)")
    for problem in result["problems"]:
        where = f", column {problem['column']}" if problem["column"] else ""
        row = (
            f"the plan of {problem['date']}, entry {problem['entry']}"
            if "entry" in problem
            else f"row {problem['row']}"
        )
        print(
            terminal_text(f"{row}{where}: {problem['status']}: {problem['reason']}"),
            file=sys.stderr,
        )
    _print_guesses(result.get("guesses", []))
    print(f"\n{DISCLAIMER}")


def _print_guesses(guesses: list[dict[str, Any]]) -> None:
    """Each name used by a best guess once, with its rows' count and why (to stderr, beside
    the rows not used)."""
    by_name: dict[str, list[dict[str, Any]]] = {}
    for guess in guesses:
        by_name.setdefault(str(guess["value"]), []).append(guess)
    for rows in by_name.values():
        first = rows[0]
        where = f"row {first['row']}" + (f" and {len(rows) - 1} more" if len(rows) > 1 else "")
        print(
            terminal_text(
                f"{where}, column {first['column']}: used, {first['reason']} (confirm or "
                "correct it with --mapping, or reject such rows with --no-guesses)"
            ),
            file=sys.stderr,
        )


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"
