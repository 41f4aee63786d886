"""Daily intake targets from the Dietary Reference Intakes (DRI).

References
----------
NASEM (2019) *Dietary Reference Intakes for Sodium and Potassium*, doi:10.17226/25353.
IOM (2011) *Dietary Reference Intakes for Calcium and Vitamin D*, doi:10.17226/13050.
IOM (1997) *DRIs for Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride*,
doi:10.17226/5776.
IOM (2005) *DRIs for Water, Potassium, Sodium, Chloride, and Sulfate*, doi:10.17226/10925.
The values are those of ``shared/reference/dri_targets.csv``, copied to ``data/targets.csv``.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from planner.errors import PlannerError
from planner.fooddb.nutrients import CALCIUM, CHECKED, MAGNESIUM, POTASSIUM, SODIUM, WATER
from planner.fooddb.schema import TARGETS, Column, read_table
from planner.fooddb.tables import data_dir

if TYPE_CHECKING:  # the targets of a profile are found without pandas (`planner targets`)
    import pandas as pd

Sex = Literal["F", "M"]
Bound = Literal["min", "max"]

#: Oldest age the planner accepts [years].
MAX_AGE_YEARS = 125.0
#: Pregnancy and lactation DRIs exist for ages 14 to 50 (``dri_targets.csv``).
_REPRODUCTIVE_AGES = (14.0, 51.0)

MAGNESIUM_NOTE = (
    "The magnesium upper level ({ul} mg) applies to supplements and medicines only; "
    "magnesium from food has no upper level, so food magnesium is never flagged as too high."
)
SODIUM_NOTE = (
    "Sodium above the CDRR (chronic disease risk reduction intake) is a level where eating "
    "less is expected to lower chronic-disease risk; it is not a toxicity limit."
)
POTASSIUM_NOTE = (
    "No upper level is set for potassium from food. The AI does not apply to people whose "
    "kidneys or medicines impair potassium excretion: ask a health professional first."
)
WATER_NOTE = (
    "Total water from food and drinks (1 g = 1 mL); about {beverages:g} L of it as "
    "beverages. Needs rise with heat and physical activity."
)


#: The kind of a level to reach that a doctor's lower limit replaced: there is none (0).
NO_LEVEL = "none: your doctor's limit"


@dataclass(frozen=True)
class Profile:
    """Who the targets are for.

    Parameters
    ----------
    sex : {"F", "M"}
        Sex, for the sex-specific DRI groups (ages 9 and over).
    age_years : float
        Age [years]; 0.25 is three months.
    pregnant, lactating : bool
        Only for females aged 14 to 50, and not both at once.
    """

    sex: Sex
    age_years: float
    pregnant: bool = False
    lactating: bool = False

    def __post_init__(self) -> None:
        if self.sex not in ("F", "M"):
            raise PlannerError(f"sex must be F or M, not {self.sex!r}", column="sex")
        if not (isinstance(self.age_years, int | float) and math.isfinite(self.age_years)):
            raise PlannerError(f"age must be a number of years, not {self.age_years!r}")
        if not 0 <= self.age_years <= MAX_AGE_YEARS:
            raise PlannerError(
                f"age must be between 0 and {MAX_AGE_YEARS:g} years, not {self.age_years:g}",
                column="age",
            )
        if self.pregnant and self.lactating:
            raise PlannerError("choose pregnant or lactating, not both")
        if self.pregnant or self.lactating:
            state = "pregnancy" if self.pregnant else "lactation"
            low, high = _REPRODUCTIVE_AGES
            if self.sex != "F":
                raise PlannerError(f"{state} targets apply to females only")
            if not low <= self.age_years < high:
                raise PlannerError(
                    f"{state} targets exist for ages {low:g} to {high - 1:g}, "
                    f"not {self.age_years:g}"
                )

    @property
    def state(self) -> str:
        """ "pregnant", "lactating" or "none"."""
        if self.pregnant:
            return "pregnant"
        return "lactating" if self.lactating else "none"


@dataclass(frozen=True)
class Target:
    """The reference values for one nutrient.

    ``min`` is the level to reach (an RDA where one exists, else an AI); ``max`` the level not
    to exceed (calcium UL, sodium CDRR), or ``None`` where there is none for food intake.
    A kind of ``"override"`` marks a bound the user set.
    """

    nutrient: str
    min: float
    min_kind: str
    max: float | None
    max_kind: str | None
    note: str = ""
    adjusted: str = ""


def load_targets(directory: Path | None = None) -> pd.DataFrame:
    """Load ``targets.csv``: the 22 DRI life-stage groups, one row each."""
    return read_table((directory or data_dir()) / "targets.csv", TARGETS)


def life_stage(profile: Profile, table: pd.DataFrame) -> pd.Series:
    """The DRI row that applies to ``profile``.

    Raises
    ------
    PlannerError
        If no group covers the profile (a damaged table).
    """
    return table.iloc[_stage_index(profile, _records(table))]


def _stage_index(profile: Profile, rows: Sequence[Mapping[str, Any]]) -> int:
    """The position of the one row of ``rows`` (the DRI table's) that applies to ``profile``."""
    if profile.pregnant or profile.lactating:
        wanted = "pregnancy" if profile.pregnant else "lactation"
        stage = [row["life_stage"] == wanted for row in rows]
    else:
        stage = [
            row["life_stage"] not in ("pregnancy", "lactation")
            and row["sex"] in ("both", profile.sex)
            for row in rows
        ]
    found = [
        i
        for i, (row, fits) in enumerate(zip(rows, stage, strict=True))
        if fits
        and row["age_min_years"] <= profile.age_years
        and (
            _missing(row["age_max_years_exclusive"])
            or profile.age_years < row["age_max_years_exclusive"]
        )
    ]
    if len(found) != 1:
        raise PlannerError(f"targets.csv has {len(found)} groups for {profile}; expected 1")
    return found[0]


def _dri_rows(directory: Path | None = None) -> list[dict[str, Any]]:
    """``targets.csv`` as one dict per row, typed as :func:`load_targets` types it (missing
    numbers as NaN), read without pandas: a person's targets come at once.

    Only a file every cell of which is plainly valid is read here; any other goes through
    :func:`load_targets`, whose schema check says what is wrong (or reads what pandas reads).
    """
    path = (directory or data_dir()) / "targets.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            records = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error):
        records = None
    rows = None if records is None else _typed_rows(records, TARGETS)
    return _records(load_targets(directory)) if rows is None else rows


def _records(table: pd.DataFrame) -> list[dict[str, Any]]:
    return [{str(k): v for k, v in row.items()} for row in table.to_dict("records")]


#: A number as the DRI table writes one; anything else is left to the schema check.
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _typed_rows(
    records: list[dict[str, str]], columns: Sequence[Column]
) -> list[dict[str, Any]] | None:
    """``records`` converted as :func:`planner.fooddb.schema.parse_table` converts them, or
    ``None`` at the first cell it might treat otherwise (a damaged file)."""
    rows = []
    for record in records:
        row: dict[str, Any] = {}
        for column in columns:
            cell = record.get(column.name)
            if cell is None:
                return None
            text = cell.strip()
            if text in ("", "ND"):
                if not column.nullable:
                    return None
                row[column.name] = math.nan
            elif column.kind == "str":
                row[column.name] = text
            elif column.kind == "float" and _PLAIN_NUMBER.fullmatch(text):
                row[column.name] = float(text)
                if column.minimum is not None and row[column.name] < column.minimum:
                    return None
            else:
                return None
        rows.append(row)
    return rows


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def daily_targets(
    profile: Profile,
    *,
    table: pd.DataFrame | None = None,
    overrides: Mapping[str, Mapping[Bound, float | None]] | None = None,
) -> dict[str, Target]:
    """Reference values for potassium, magnesium, calcium, sodium and water.

    Parameters
    ----------
    profile : Profile
        Sex, age, pregnancy or lactation.
    table : pandas.DataFrame, optional
        The DRI table (:func:`load_targets`); loaded when omitted.
    overrides : mapping, optional
        ``{nutrient: {"min": value, "max": value}}``, e.g. a doctor's sodium limit
        ``{"sodium_mg": {"max": 1500}}``; ``None`` removes a bound. Recorded as ``"override"``.

    Returns
    -------
    dict of str to Target
        Keyed by ``potassium_mg``, ``magnesium_mg``, ``calcium_mg``, ``sodium_mg``,
        ``water_g``. Minerals [mg/day]; water [g/day] of total water (1 g = 1 mL).

    References
    ----------
    See the module docstring. Potassium: AI, no UL or CDRR (NASEM 2019). Sodium: AI and CDRR
    (NASEM 2019). Calcium: RDA (AI for infants) and UL (IOM 2011). Magnesium: RDA (AI for
    infants); its UL covers supplements only (IOM 1997). Water: total-water AI (IOM 2005).
    """
    row = _stage_row(profile, table)
    magnesium_ul = row["magnesium_ul_supplemental_mg"]
    targets = {
        POTASSIUM: Target(
            POTASSIUM, float(row["potassium_ai_mg"]), "AI", None, None, POTASSIUM_NOTE
        ),
        MAGNESIUM: Target(
            MAGNESIUM,
            *_rda_or_ai(row, "magnesium"),
            None,
            None,
            MAGNESIUM_NOTE.format(ul=f"{magnesium_ul:g}")
            if not _missing(magnesium_ul)
            else "No upper level is set for this age; magnesium should come from food only.",
        ),
        CALCIUM: Target(
            CALCIUM, *_rda_or_ai(row, "calcium"), *_optional(row["calcium_ul_mg"], "UL")
        ),
        SODIUM: Target(
            SODIUM,
            float(row["sodium_ai_mg"]),
            "AI",
            *_optional(row["sodium_cdrr_mg"], "CDRR"),
            "No CDRR is set for infants." if _missing(row["sodium_cdrr_mg"]) else SODIUM_NOTE,
        ),
        WATER: Target(
            WATER,
            # L to g at 1 g/mL; rounding to the microgram drops binary noise (3.7 * 1000).
            round(float(row["water_total_ai_l"]) * 1000.0, 6),
            "AI",
            None,
            None,
            WATER_NOTE.format(beverages=row["water_beverages_ai_l"]),
        ),
    }
    return apply_overrides(targets, overrides or {})


def supplement_magnesium_ul(profile: Profile, *, table: pd.DataFrame | None = None) -> float | None:
    """The upper level for magnesium from supplements and medicines [mg/day], if one is set.

    References
    ----------
    IOM (1997): the magnesium UL covers supplemental (non-food) magnesium only
    (``magnesium_ul_supplemental_mg`` of ``dri_targets.csv``; 350 mg for adults).
    """
    value = _stage_row(profile, table)["magnesium_ul_supplemental_mg"]
    return None if _missing(value) else float(value)


def apply_overrides(
    targets: Mapping[str, Target], overrides: Mapping[str, Mapping[Bound, float | None]]
) -> dict[str, Target]:
    """Replace bounds with the user's own, marking each as an override.

    A limit set below the reference level to reach (a doctor's sodium limit of 1,000 mg
    under the 1,500 mg AI) replaces the reference: the level to reach becomes 0 with the kind
    :data:`NO_LEVEL`, and a note says so. Only bounds the user set both ways may contradict
    each other, which is an error.
    """
    out = dict(targets)
    for nutrient, bounds in overrides.items():
        if nutrient not in CHECKED:
            raise PlannerError(f"cannot override {nutrient!r}; expected one of {CHECKED}")
        target = out[nutrient]
        for bound, value in bounds.items():
            if value is not None and not (math.isfinite(value) and value >= 0):
                raise PlannerError(f"{nutrient} {bound} must be a number >= 0, not {value!r}")
            kind = None if value is None else "override"
            if bound == "min":
                target = replace(target, min=0.0 if value is None else value, min_kind=kind or "")
            elif bound == "max":
                target = replace(target, max=value, max_kind=kind)
            else:
                raise PlannerError(f"bound must be min or max, not {bound!r}")
        if target.max is not None and target.max < target.min:
            if target.min_kind == "override" or target.max_kind != "override":
                raise PlannerError(
                    f"{nutrient}: the upper level {target.max:g} is below the level to reach "
                    f"{target.min:g}"
                )
            # A clinician's limit wins over a population reference. The reference (an AI or
            # RDA for healthy people) then no longer applies, so there is no level to reach:
            # anything up to the limit is within it. Making the limit the level to reach as
            # well would ask for an exact amount no plan of whole portions can meet.
            note = (
                f"Your doctor's limit of {target.max:,.0f} is below the reference level to "
                f"reach ({target.min:,.0f}, {target.min_kind}), which is for healthy people; "
                "the limit replaces it: stay at or under the limit, with no level to reach."
            )
            target = replace(
                target,
                min=0.0,
                min_kind=NO_LEVEL,
                note=f"{target.note} {note}".strip(),
            )
        out[nutrient] = target
    return out


def _stage_row(profile: Profile, table: pd.DataFrame | None) -> Mapping[str, Any]:
    """The DRI row of ``profile``, from ``table`` or read from ``targets.csv``."""
    rows = _dri_rows() if table is None else _records(table)
    return rows[_stage_index(profile, rows)]


def _rda_or_ai(row: Mapping[str, Any], mineral: str) -> tuple[float, str]:
    rda = row[f"{mineral}_rda_mg"]
    if not _missing(rda):
        return float(rda), "RDA"
    return float(row[f"{mineral}_ai_mg"]), "AI"


def _optional(value: Any, kind: str) -> tuple[float | None, str | None]:
    return (None, None) if _missing(value) else (float(value), kind)
