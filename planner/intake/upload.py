"""Checking an upload: the tracker's own numbers, or the food database's, against targets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.diary.account import Diary
from planner.diary.formats import Export, parse_dates
from planner.diary.upload import Upload
from planner.errors import PlannerError
from planner.fooddb.nutrients import CHECKED, ENERGY, MAGNESIUM, TOTALLED
from planner.fooddb.tables import positions_once
from planner.intake.check import DiaryCheck, check_entries, check_totals
from planner.intake.targets import Target


def check_logged(
    diary: Diary,
    *,
    available: tuple[str, ...],
    targets: Mapping[str, Target],
    targets_by_date: Mapping[str, Mapping[str, Target]] | None = None,
    estimated: Mapping[str, str] | None = None,
) -> DiaryCheck:
    """Days of a logged diary against the targets, using the tracker's own numbers.

    ``estimated`` names the nutrients the tracker only estimates (MyFitnessPal calcium from
    % Daily Value): a day above the upper level by them alone is an ``"estimate"``.
    """
    entries = diary.entries.assign(
        food_id="",
        description=diary.entries["name"],
        food_group=diary.entries["group"],
        grams=np.nan,  # trackers log nutrients for the amount, not always its weight
    )
    return check_totals(
        entries,
        targets=targets,
        targets_by_date=targets_by_date,
        available=available,
        estimated=estimated,
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
    completed : pandas.DataFrame or None
        The tracker's totals with each value it left blank filled from the matched USDA food
        (:func:`completed_totals`), when the file has both its own numbers and food names.
    """

    source: str
    diary: Diary
    check: DiaryCheck
    logged: DiaryCheck | None
    database: DiaryCheck | None
    supplement_magnesium_mg: pd.Series
    completed: pd.DataFrame | None = None


COMPLETED_COLUMNS = (
    "date",
    "nutrient",
    "logged",
    "filled",
    "completed",
    "filled_percent",
    "rows_filled",
    "rows_unknown",
)


def completed_totals(logged: Diary, database: Diary, *, foods: pd.DataFrame) -> pd.DataFrame:
    """Each day's totals as the tracker logged them, completed from the food database.

    Trackers leave potassium and magnesium blank for every food entered from a label, so
    their day totals are silently low. Each value a used row leaves blank is filled from the
    USDA food its name was matched to, for the grams its amount converts to.

    Parameters
    ----------
    logged : Diary
        The upload as logged (:func:`planner.diary.upload.logged_diary`).
    database : Diary
        The same upload recomputed from the food database.
    foods : pandas.DataFrame
        The food table.

    Returns
    -------
    pandas.DataFrame
        One row per date and nutrient: ``logged`` (the tracker's own total, ``NaN`` if it
        logged none), ``filled`` (what the database adds) and ``completed`` [mg, g or kcal],
        ``filled_percent`` (the share of ``completed`` that was filled [%]),
        ``rows_filled`` and ``rows_unknown`` (blank rows the database could not fill either:
        unmatched names, supplements, unreadable amounts).
    """
    mine = logged.entries[["row", "date", *TOTALLED]]
    matched = database.entries[["row", "food_id", "grams"]]
    rows = pd.Index(matched["row"])
    # Only the diary's foods are asked (their rows of the table), not all 14,220 ids hashed.
    food_at = positions_once(foods["food_id"], matched["food_id"])
    if food_at is None or not (rows.is_unique and mine["row"].is_unique):
        raise PlannerError("a diary row or a food appears twice; expected each once")
    if mine.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in COMPLETED_COLUMNS})
    # Each used row's USDA values for its grams, found by position (NaN where the row was
    # not used in the database's reading, or its food is not in the table).
    # Column by column, only the used foods' rows (-1, a food the table lacks: the NaN put
    # after each column), not a copy of every food's values first.
    per_100 = np.column_stack(
        [np.append(foods[c].to_numpy(dtype=np.float64), np.nan)[food_at] for c in TOTALLED]
    )
    found = per_100 * (matched["grams"].to_numpy(dtype=np.float64)[:, None] / 100.0)
    found = np.vstack([found, np.full(len(TOTALLED), np.nan)])[rows.get_indexer(mine["row"])]
    # One row per day and nutrient, days in order and nutrients by name within a day.
    names = sorted(TOTALLED)
    own = mine[names].to_numpy(dtype=np.float64)
    found = found[:, [TOTALLED.index(n) for n in names]]
    fill = np.where(np.isnan(own), found, np.nan)
    # Every nutrient's sums per day in arrays (a frame's groupby costs more than a week's
    # cells): a day's logged total is unknown when it logged none of it.
    codes, day_texts = pd.factorize(mine["date"], sort=True)
    dated = codes >= 0  # a row without a date belongs to no day
    codes, count = codes[dated], len(day_texts)

    def by_day(values: np.ndarray) -> np.ndarray:
        return np.column_stack(
            [
                np.bincount(codes, weights=values[dated, k], minlength=count)
                for k in range(len(names))
            ]
        )

    own_known = ~np.isnan(own)
    logged_total = np.where(
        by_day(own_known) > 0, by_day(np.where(own_known, own, 0.0)), np.nan
    ).ravel()
    filled_here = ~np.isnan(fill)
    filled = by_day(np.where(filled_here, fill, 0.0)).ravel()  # nothing to fill adds 0
    filled_rows = by_day(filled_here).astype(np.int64).ravel()
    unknown_rows = by_day(~own_known & ~filled_here).astype(np.int64).ravel()
    completed = np.where(
        np.isnan(logged_total) & (filled_rows == 0), np.nan, np.nan_to_num(logged_total) + filled
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        filled_percent = filled / completed * 100.0
    return pd.DataFrame(
        {
            "date": np.repeat(np.asarray(day_texts), len(names)),
            "nutrient": np.tile(np.array(names, dtype=object), count),
            "logged": logged_total,
            "filled": filled,
            "completed": completed,
            "filled_percent": filled_percent,
            "rows_filled": filled_rows,
            "rows_unknown": unknown_rows,
        }
    )


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
            estimated=upload.export.converted,
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
    completed = (
        None
        if upload.logged is None or upload.database is None
        else completed_totals(upload.logged, upload.database, foods=foods)
    )
    if upload.logged is None or remap:
        if upload.database is None or database is None:
            raise PlannerError(
                f"{upload.export.format} files have no food names, so they cannot be "
                "recomputed from the food database; check them without --remap"
            )
        return UploadCheck(
            "database", upload.database, database, logged, None, supplements, completed
        )
    assert logged is not None
    return UploadCheck("logged", upload.logged, logged, None, database, supplements, completed)


def candidate_comparison(
    name: str, upload: Upload, *, foods: pd.DataFrame, candidates: list[str]
) -> pd.DataFrame:
    """A diary name's candidate foods beside what the tracker logged for it, to choose by.

    Returns
    -------
    pandas.DataFrame
        One row for the tracker (its own values for the name's first used row, with that
        row's amount) and one per candidate ``food_id`` with its values for the same grams
        where the amount converts, else per 100 g. Columns: ``source``, ``food_id``,
        ``description``, ``grams`` and ``energy_kcal``, ``potassium_mg``, ``magnesium_mg``,
        ``calcium_mg``, ``sodium_mg``, ``water_g``.
    """
    shown = [ENERGY, *CHECKED]
    rows: list[dict[str, object]] = []
    grams = 100.0
    if upload.logged is not None:
        mine = upload.logged.entries[upload.logged.entries["name"] == name]
        if len(mine):
            first = mine.iloc[0]
            if upload.database is not None:
                weighed = upload.database.entries.set_index("row")["grams"]
                grams = float(weighed.get(first["row"], 100.0))
            rows.append(
                {
                    "source": "your tracker",
                    "food_id": "",
                    "description": name,
                    "grams": np.nan,
                    **{n: first[n] for n in shown},
                }
            )
    table = foods.set_index("food_id")
    for food_id in candidates:
        if food_id not in table.index:
            continue
        food = table.loc[food_id]
        rows.append(
            {
                "source": "USDA",
                "food_id": food_id,
                "description": food["description"],
                "grams": grams,
                **{n: food[n] * grams / 100.0 for n in shown},
            }
        )
    return pd.DataFrame(rows, columns=["source", "food_id", "description", "grams", *shown])


def rejected_by_date(diary: Diary, export: Export) -> dict[str, int]:
    """The number of rejected rows of each date, for rows whose date could be read.

    A day with rejected rows has totals that leave them out: each is a lower bound. The dates
    come from the export's rows (a tracker's) or from the planner CSV's own cells.
    """
    account = diary.account
    rejected = account.loc[account["status"] == "rejected", "row"].to_numpy()
    if not len(rejected):
        return {}
    if export.raw is not None and "date" in export.raw.columns:
        raw = export.raw["date"]
        dates = parse_dates(raw.set_axis(np.arange(1, len(raw) + 1)))
    elif {"row", "date"} <= set(export.rows.columns):
        dates = export.rows.drop_duplicates("row").set_index("row")["date"]
    else:
        return {}
    found = dates.reindex(rejected)
    found = found[found.notna() & (found.astype(str) != "")].astype(str)
    return {str(date): int(count) for date, count in sorted(found.value_counts().items())}
