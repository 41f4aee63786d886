"""The ``planner`` command: the same checks as the dashboard, without a browser.

This package is the one place that writes to the terminal. User mistakes exit with status 2
and a one-line reason on standard error, never a traceback. Each module adds its commands.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from planner.cli.common import (
    EXIT_BAD_INPUT,
    Parser,
    profile_json,
    targets_json,
    terminal_text,
)
from planner.errors import PlannerError

__all__ = ["check_json", "main", "profile_json", "targets_json"]

#: The module of each command, in the order ``planner --help`` lists them. Only the module of
#: the command being run is imported: ``planner targets`` never loads the search index's
#: libraries, nor ``planner sweat`` the optimiser.
_MODULES = ("foods", "check", "sweat", "suggest", "week", "days")
_COMMANDS = {
    "targets": "foods",
    "foods": "foods",
    "build-data": "foods",
    "check": "check",
    "sweat": "sweat",
    "suggest": "suggest",
    "plan-day": "suggest",
    "plan-week": "week",
    "days": "days",
}


def __getattr__(name: str) -> Any:
    if name == "check_json":  # importing it eagerly would load the diary readers
        from planner.cli.check import check_json

        return check_json
    raise AttributeError(name)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
    try:
        result: int = args.run(args)
    except PlannerError as exc:
        print(f"planner: error: {terminal_text(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    return result


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser, with the commands of the module ``argv`` names (all for help or errors)."""
    parser = Parser(prog="planner", description="Electrolyte meal planner.")
    commands = parser.add_subparsers(required=True, metavar="COMMAND", parser_class=Parser)
    first = next((a for a in argv if not a.startswith("-")), None)
    wanted = (_COMMANDS[first],) if first in _COMMANDS else _MODULES
    for name in wanted:
        importlib.import_module(f"planner.cli.{name}").add_commands(commands)
    return parser
