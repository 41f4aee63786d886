"""Checking an upload: the tracker's own numbers, or the food database's, against targets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.diary.account import Diary
from planner.diary.upload import Upload
from planner.errors import PlannerError
from planner.fooddb.nutrients import MAGNESIUM
from planner.intake.check import DiaryCheck, check_entries, check_totals
from planner.intake.targets import Target


def check_logged(
    diary: Diary,
    *,
    available: tuple[str, ...],
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
) -> DiaryCheck:
    """Days of a logged diary against the targets, using the tracker's own numbers."""
    entries = diary.entries.assign(
        food_id="",
        description=diary.entries["name"],
        food_group=diary.entries["group"],
        grams=np.nan,  # trackers log nutrients for the amount, not always its weight
    )
    return check_totals(
        entries, targets=targets, targets_by_date=targets_by_date, available=available
    )


def supplement_magnesium(diary: Diary) -> pd.Series:
    """Magnesium logged from supplements and medicines, per date [mg] (``NaN``-free)."""
    entries = diary.entries
    rows = entries[entries["supplement"]]
    return rows.groupby("date")[MAGNESIUM].sum(min_count=1).dropna()


def check_database(
    diary: Diary,
    *,
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
) -> DiaryCheck:
    """Days of a diary recomputed from the food database (:func:`check_entries`)."""
    return check_entries(
        diary.entries, foods=foods, targets=targets, targets_by_date=targets_by_date
    )


@dataclass(frozen=True)
class UploadCheck:
    """An upload checked one way, with the other way alongside where it exists.

    Attributes
    ----------
    source : {"logged", "database"}
        Which numbers ``check`` uses.
    diary : Diary
        The rows behind ``check``, with their account.
    check : DiaryCheck
    logged : DiaryCheck or None
        The tracker's own numbers, when ``source`` is ``"database"`` and the file has them.
    database : DiaryCheck or None
        The database's numbers, when ``source`` is ``"logged"`` and the file names foods.
    supplement_magnesium_mg : pandas.Series
        Magnesium logged from supplements, per date [mg].
    """

    source: str
    diary: Diary
    check: DiaryCheck
    logged: DiaryCheck | None
    database: DiaryCheck | None
    supplement_magnesium_mg: pd.Series


def check_upload(
    upload: Upload,
    *,
    foods: pd.DataFrame,
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
    remap: bool = False,
) -> UploadCheck:
    """Check an upload as logged (the default) or from the database (``remap``)."""
    empty = pd.Series(dtype="float64")
    logged = (
        None
        if upload.logged is None
        else check_logged(
            upload.logged,
            available=upload.export.available,
            targets=targets,
            targets_by_date=targets_by_date,
        )
    )
    database = (
        None
        if upload.database is None
        else check_database(
            upload.database, foods=foods, targets=targets, targets_by_date=targets_by_date
        )
    )
    supplements = empty if upload.logged is None else supplement_magnesium(upload.logged)
    if upload.logged is None or remap:
        if upload.database is None or database is None:
            raise PlannerError(
                f"{upload.export.format} files have no food names, so they cannot be "
                "recomputed from the food database; check them without --remap"
            )
        return UploadCheck("database", upload.database, database, logged, None, supplements)
    assert logged is not None
    return UploadCheck("logged", upload.logged, logged, None, database, supplements)
