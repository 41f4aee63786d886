"""``planner days import|list|show|week|export|restore|delete``: the days kept in the store.

The store (and with it SQLAlchemy and Alembic) is imported only when one of these commands
runs, so that the other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.cli.common import db_option, plain_json, print_json
from planner.diary.formats import FORMAT_NAMES, FORMATS
from planner.errors import PlannerError

if TYPE_CHECKING:
    from planner.intake.targets import Profile
    from planner.store import Store
    from planner.store.store import Limits


def add_commands(commands: Any) -> None:
    """Add ``planner days`` and its commands to the ``planner`` parser."""
    days = commands.add_parser(
        "days", help="days saved in your store: import, list, show, week, export, restore, delete"
    )
    sub = days.add_subparsers(required=True, metavar="ACTION", parser_class=type(days))

    save = sub.add_parser("import", help="save the days of a diary or tracker export")
    save.add_argument("diary", type=Path, help="the planner's diary CSV or a tracker export")
    save.add_argument("--format", default="auto", choices=["auto", *FORMATS])
    save.add_argument("--mapping", type=Path, help="CSV of name,food_id choices (kept)")
    save.add_argument(
        "--columns",
        metavar="FIELD=HEADER,...",
        help="read any other CSV by naming its columns (as for `planner check`)",
    )
    save.add_argument(
        "--complete-only",
        action="store_true",
        help="Cronometer daily summary: drop days not marked completed",
    )
    save.add_argument("--json", action="store_true")
    db_option(save)
    save.set_defaults(run=_run_import)

    listing = sub.add_parser("list", help="every saved date: planned, tracked, workouts")
    listing.add_argument("--json", action="store_true")
    db_option(listing)
    listing.set_defaults(run=_run_list)

    show = sub.add_parser("show", help="what is saved for one date")
    show.add_argument("date", help="YYYY-MM-DD")
    show.add_argument("--json", action="store_true")
    db_option(show)
    show.set_defaults(run=_run_show)

    from planner.cli.week import add_week_view

    add_week_view(sub)

    export = sub.add_parser(
        "export", help="everything saved: the days as CSV, or all of it with --json"
    )
    export.add_argument(
        "--json", action="store_true", help="everything as one JSON document on standard output"
    )
    export.add_argument(
        "--out", type=Path, metavar="DIR", help="write every table as a CSV file into DIR"
    )
    db_option(export)
    export.set_defaults(run=_run_export)
    add_restore(sub)
    add_delete(sub)


def add_restore(sub: Any) -> None:
    """``planner days restore FILE.json``: an export of ``days export --json`` back into an
    empty store."""
    restore = sub.add_parser(
        "restore", help="bring back an export of `planner days export --json` (empty store only)"
    )
    restore.add_argument("file", type=Path, help="the JSON export")
    db_option(restore)
    restore.set_defaults(run=_run_restore)


def add_delete(sub: Any) -> None:
    """``planner days delete --all --yes``: everything of the person, in one transaction."""
    remove = sub.add_parser("delete", help="delete everything saved (with --all --yes)")
    remove.add_argument(
        "--all", action="store_true", required=True, help="everything: profile, days, diaries..."
    )
    remove.add_argument("--yes", action="store_true", help="confirm; without it nothing is deleted")
    db_option(remove)
    remove.set_defaults(run=_run_delete)


def open_cli_store(args: argparse.Namespace) -> Store:
    """The store named by ``--db``, ``PLANNER_DB_URL`` or the default file."""
    from planner.store import open_store

    return open_store(getattr(args, "db", None))


def saved_profile(args: argparse.Namespace) -> tuple[Profile | None, Limits | None]:
    """The profile and doctor's limits saved in the store, if any."""
    with open_cli_store(args) as store:
        saved = store.profile()
    if saved is None:
        raise PlannerError(
            "give --sex and --age: no profile is saved yet (the dashboard saves yours)"
        )
    return saved.profile, saved.limits


def _run_import(args: argparse.Namespace) -> int:
    from planner.cli.check import read_diary_file
    from planner.diary.mapping import read_amounts, read_mapping
    from planner.fooddb.tables import load_foods, load_portions

    with open_cli_store(args) as store:
        upload = read_diary_file(
            args,
            foods=load_foods(),
            portions=load_portions(),
            saved_mapping=store.corrections(),
            saved_amounts=store.amount_corrections(),
        )
        if args.mapping:
            store.save_corrections(read_mapping(args.mapping))
            store.save_amount_corrections(read_amounts(args.mapping))
        dates = store.save_upload(upload, name=args.diary.name)
    diary = upload.logged if upload.logged is not None else upload.database
    assert diary is not None
    counts = diary.counts
    if args.json:
        print_json({"format": upload.export.format, "dates": dates, "rows": counts})
        return 0
    fmt = FORMAT_NAMES.get(upload.export.format, upload.export.format)
    print(f"Saved {len(dates)} {'day' if len(dates) == 1 else 'days'} from {fmt}: ", end="")
    print(", ".join(dates))
    print(
        f"Rows: {counts['read']} read, {counts['used']} used, {counts['skipped']} skipped, "
        f"{counts['rejected']} rejected."
    )
    for problem in diary.problems.to_dict("records"):
        where = f", column {problem['column']}" if problem["column"] else ""
        print(
            f"row {problem['row']}{where}: {problem['status']}: {problem['reason']}",
            file=sys.stderr,
        )
    return 0


def _run_list(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        timeline = store.timeline()
    rows = plain_json(timeline.to_dict("records"))
    if args.json:
        print_json({"days": rows})
        return 0
    if not rows:
        print("Nothing saved yet: `planner days import DIARY.csv` saves a diary's days.")
        return 0
    print(f"{'date':<10}  {'planned':>7}  {'tracked':>7}  {'from':<20}  workout")
    for r in rows:
        workout = (
            f"{r['workout_hours']:g} h, {r['sweat_loss_l']:.2f} L sweat"
            if r["workout_hours"] is not None
            else ""
        )
        source = FORMAT_NAMES.get(r["tracker_format"], r["tracker_format"] or "")
        print(
            f"{r['date']:<10}  {r['planned_entries']:>7}  {r['tracker_entries']:>7}  "
            f"{source[:20]:<20}  {workout}".rstrip()
        )
    return 0


def _run_show(args: argparse.Namespace) -> int:
    from planner.store import iso_date

    date = iso_date(args.date)
    with open_cli_store(args) as store:
        planned = store.plan_day(date)
        saved = store.saved_uploads(date, date)
        workouts = store.workouts(date, date)
    tracked = []
    for s in saved:
        diary = s.upload.logged if s.upload.logged is not None else s.upload.database
        assert diary is not None
        tracked.append(
            {
                "import_id": s.import_id,
                "file": s.name,
                "format": s.upload.export.format,
                "entries": plain_json(diary.entries.to_dict("records")),
            }
        )
    out: dict[str, Any] = {
        "date": date,
        "planned": None
        if planned is None
        else [
            {"meal": e.meal, "food_id": e.food_id, "amount": e.amount, "unit": e.unit}
            | {"grams": e.grams}
            for e in planned
        ],
        "tracked": tracked,
        "workout": workouts[date].as_dict() if date in workouts else None,
    }
    if args.json:
        print_json(out)
        return 0
    if planned is None and not tracked and out["workout"] is None:
        print(f"Nothing is saved for {date}.")
        return 0
    print(date)
    if planned is not None:
        print(f"  Planned: {len(planned)} {'entry' if len(planned) == 1 else 'entries'}")
        for e in planned:
            print(f"    {e.meal:<10} {e.amount} {e.unit} {e.food_id}")
    for t in tracked:
        print(f"  Tracked ({FORMAT_NAMES.get(t['format'], t['format'])}, {t['file']}):")
        for e in t["entries"]:
            what = e.get("name") or e.get("food_id") or ""
            amount = f"{e['grams']:,.0f} g" if e.get("grams") is not None else ""
            print(f"    {e['meal']!s:<10} {what} {amount}".rstrip())
    if out["workout"] is not None:
        w = out["workout"]
        print(
            f"  Workout: {w['session']['hours']:g} h, {w['sweat_loss_l']:.2f} L sweat lost "
            f"({w['losses_mg']['sodium_mg']:,.0f} mg sodium)"
        )
    return 0


def _run_export(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        if args.json:
            document = store.export_json()
        tables = store.export_csv()
    if args.out is not None:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
            for name, text in tables.items():
                (args.out / name).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise PlannerError(f"cannot write to {args.out}: {exc.strerror}") from None
        print(f"Wrote {len(tables)} CSV files to {args.out}.", file=sys.stderr)
    if args.json:
        json.dump(plain_json(document), sys.stdout, indent=2, allow_nan=False)
        sys.stdout.write("\n")
    elif args.out is None:
        sys.stdout.write(tables["days.csv"])
    return 0


#: Each kind of :meth:`planner.store.Store.holdings`, one of it.
_ONE = {
    "planned days": "planned day",
    "tracker days": "tracker day",
    "uploaded diaries": "uploaded diary",
    "workouts": "workout",
    "food corrections": "food correction",
    "amount corrections": "amount correction",
    "favourite and recent foods": "favourite or recent food",
}


def _kept_text(holdings: dict[str, int]) -> str:
    """What a store holds, as ``your profile, 2 planned days, 1 workout`` (kinds it has)."""
    return ", ".join(
        "your profile"
        if kind == "profile"
        else f"{count:,} {_ONE.get(kind, kind) if count == 1 else kind}"
        for kind, count in holdings.items()
        if count
    )


def _run_restore(args: argparse.Namespace) -> int:
    try:
        text = args.file.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise PlannerError(f"cannot read {args.file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise PlannerError(f"{args.file} is not a planner export: it is not UTF-8 text") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlannerError(
            f"{args.file} is not a planner export: not JSON (line {exc.lineno}: {exc.msg})"
        ) from None
    if not isinstance(document, dict):
        raise PlannerError(f"{args.file} is not a planner export: expected a JSON object")
    with open_cli_store(args) as store:
        kept = store.holdings()
        if any(kept.values()):
            raise PlannerError(
                f"the store already holds {_kept_text(kept)}; an export is restored only into "
                "an empty store, so that nothing is mixed or lost. Save a copy with `planner "
                "days export --json`, then `planner days delete --all --yes`, then restore"
            )
        store.import_json(document)
        restored = store.holdings()
    print(f"Restored {_kept_text(restored) or 'an empty export: nothing'} from {args.file}.")
    return 0


def _run_delete(args: argparse.Namespace) -> int:
    with open_cli_store(args) as store:
        kept = store.holdings()
        if not any(kept.values()):
            print("Nothing is saved: there is nothing to delete.")
            return 0
        if not args.yes:
            raise PlannerError(
                f"this would delete {_kept_text(kept)}, and cannot be undone; add --yes to "
                "delete (`planner days export --json` first keeps a copy)"
            )
        store.delete_everything()
    print(f"Deleted {_kept_text(kept)}.")
    return 0
