"""Check food and drink against potassium, magnesium, calcium, sodium and water targets.

The public entry points are named here; everything else is the package's own business. The
stages, each importing only the ones below it::

    cli                      the `planner` command (the one place that prints)
    charts                   Plotly figures of one day and of many
    sweat                    sweat losses, rehydration and recovery
    suggest                  the food pool, the basket solver, gap filling, a generated day
    intake                   DRI targets, the daily check, trends, checking an upload
    diary                    file formats, tracker exports, the account of every row
    resolve                  food search, food names, amounts
    fooddb                   the USDA and DRI tables, their schemas and their build

Importing ``planner`` loads nothing: each name is imported from its stage on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.diary.planner_csv import read_diary
    from planner.diary.upload import read_upload
    from planner.fooddb.tables import load_article_foods, load_foods, load_portions
    from planner.intake.check import check_entries
    from planner.intake.targets import Profile, daily_targets
    from planner.intake.upload import check_upload
    from planner.suggest.dayplan import plan_day
    from planner.suggest.gaps import fill_gaps
    from planner.sweat.losses import Session, sweat_losses

__all__ = [
    "Profile",
    "Session",
    "check_entries",
    "check_upload",
    "daily_targets",
    "fill_gaps",
    "load_article_foods",
    "load_foods",
    "load_portions",
    "plan_day",
    "read_diary",
    "read_upload",
    "sweat_losses",
]

_HOMES = {
    "Profile": "planner.intake.targets",
    "Session": "planner.sweat.losses",
    "check_entries": "planner.intake.check",
    "check_upload": "planner.intake.upload",
    "daily_targets": "planner.intake.targets",
    "load_article_foods": "planner.fooddb.tables",
    "load_foods": "planner.fooddb.tables",
    "load_portions": "planner.fooddb.tables",
    "plan_day": "planner.suggest.dayplan",
    "read_diary": "planner.diary.planner_csv",
    "read_upload": "planner.diary.upload",
    "fill_gaps": "planner.suggest.gaps",
    "sweat_losses": "planner.sweat.losses",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'planner' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(__all__)
