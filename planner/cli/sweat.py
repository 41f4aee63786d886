"""``planner sweat``: a session's sweat losses and what to drink and eat."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from planner.cli.common import db_option, print_json
from planner.fooddb.nutrients import ENERGY, LABELS, POTASSIUM, SODIUM, UNITS, WATER
from planner.fooddb.tables import load_foods, load_portions
from planner.sweat.losses import LOSSES, SWEAT_SODIUM_PRESETS, session_from_units, sweat_losses
from planner.sweat.recovery import suggest_recovery


def add_commands(commands: Any) -> None:
    """Add this module's commands to the ``planner`` parser."""
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
    sweat.add_argument(
        "--save",
        nargs="?",
        const="today",
        metavar="DATE",
        help="keep the session as DATE's workout (default today; replaces that date's), so "
        "that `check --saved` and the dashboard raise that day's targets",
    )
    db_option(sweat)
    sweat.add_argument("--json", action="store_true")
    sweat.set_defaults(run=_run_sweat)


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
    saved = None
    if args.save is not None:
        from planner.cli.days import open_cli_store
        from planner.store import iso_date

        saved = iso_date(dt.date.today() if args.save == "today" else args.save)
        with open_cli_store(args) as store:
            store.save_workout(saved, session, recovery_hours=args.recovery_hours)
    basket = suggest_recovery(result, foods=load_foods(), portions=load_portions())
    recovery = basket.records((WATER, SODIUM, POTASSIUM, ENERGY))
    if args.json:
        kept = {} if saved is None else {"saved": saved}
        print_json(result.as_dict() | {"recovery": recovery, "recovery_unmet": basket.unmet} | kept)
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
            f"Drink {low:.2f}-{high:.2f} L over the next {result.schedule[-1].end_h:g} h "
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
    if saved is not None:
        print(f"Kept as the workout of {saved}: its targets are raised by these losses.")
    return 0
