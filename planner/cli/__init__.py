"""The ``planner`` command: the same checks as the dashboard, without a browser.

This package is the one place that writes to the terminal. User mistakes exit with status 2
and a one-line reason on standard error, never a traceback. Each module adds its commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from planner.cli import check, days, foods, suggest, sweat
from planner.cli.check import check_json
from planner.cli.common import (
    EXIT_BAD_INPUT,
    Parser,
    profile_json,
    targets_json,
    terminal_text,
)
from planner.errors import PlannerError

__all__ = ["check_json", "main", "profile_json", "targets_json"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        result: int = args.run(args)
    except PlannerError as exc:
        print(f"planner: error: {terminal_text(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return result


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="planner", description="Electrolyte meal planner.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND", parser_class=Parser)
    for module in (foods, check, sweat, suggest, days):
        module.add_commands(commands)
    return parser
