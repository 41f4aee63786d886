"""Targets from the DRI table, by life stage, with overrides."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.errors import PlannerError
from planner.fooddb.nutrients import TOTALLED
from planner.fooddb.tables import data_dir
from planner.intake.check import check_totals
from planner.intake.targets import (
    NO_LEVEL,
    Profile,
    daily_targets,
    load_targets,
    supplement_magnesium_ul,
)


def test_female_31_to_50() -> None:
    # dri_targets.csv, female 31-50 y: K AI 2600, Mg RDA 320, Ca RDA 1000 / UL 2500,
    # Na AI 1500 / CDRR 2300, total water AI 2.7 L.
    t = daily_targets(Profile(sex="F", age_years=34))
    assert (t["potassium_mg"].min, t["potassium_mg"].min_kind, t["potassium_mg"].max) == (
        2600,
        "AI",
        None,
    )
    assert (t["magnesium_mg"].min, t["magnesium_mg"].min_kind) == (320, "RDA")
    assert t["magnesium_mg"].max is None
    assert "supplements" in t["magnesium_mg"].note
    assert (t["calcium_mg"].min, t["calcium_mg"].max, t["calcium_mg"].max_kind) == (
        1000,
        2500,
        "UL",
    )
    assert (t["sodium_mg"].min, t["sodium_mg"].max, t["sodium_mg"].max_kind) == (1500, 2300, "CDRR")
    assert (t["water_g"].min, t["water_g"].min_kind) == (2700, "AI")


def test_male_over_70() -> None:
    # dri_targets.csv, male >70 y: K 3400, Mg 420, Ca 1200 / UL 2000, water 3.7 L.
    t = daily_targets(Profile(sex="M", age_years=82))
    assert t["potassium_mg"].min == 3400
    assert t["magnesium_mg"].min == 420
    assert (t["calcium_mg"].min, t["calcium_mg"].max) == (1200, 2000)
    assert t["water_g"].min == 3700


@pytest.mark.parametrize(
    ("profile", "potassium", "magnesium", "water_g"),
    [
        (Profile("F", 30, pregnant=True), 2900, 350, 3000),
        (Profile("F", 16, lactating=True), 2500, 360, 3800),
        (Profile("M", 0.25), 400, 30, 700),  # infant 0-6 months: AIs
        (Profile("F", 3), 2000, 80, 1300),  # child 1-3 years
        (Profile("M", 13.99), 2500, 240, 2400),  # still 9-13
        (Profile("M", 14), 3000, 410, 3300),  # 14-18 starts at 14
    ],
)
def test_life_stages(profile: Profile, potassium: float, magnesium: float, water_g: float) -> None:
    t = daily_targets(profile)
    assert (t["potassium_mg"].min, t["magnesium_mg"].min, t["water_g"].min) == (
        potassium,
        magnesium,
        water_g,
    )


def test_infants_have_no_sodium_cdrr() -> None:
    t = daily_targets(Profile("F", 0.75))
    assert t["sodium_mg"].max is None
    assert t["calcium_mg"].min_kind == "AI"
    assert t["calcium_mg"].max == 1500


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sex": "F", "age_years": 8, "pregnant": True}, "ages 14 to 50, not 8"),
        ({"sex": "F", "age_years": 55, "lactating": True}, "ages 14 to 50"),
        ({"sex": "M", "age_years": 30, "pregnant": True}, "females only"),
        ({"sex": "F", "age_years": 30, "pregnant": True, "lactating": True}, "not both"),
        ({"sex": "X", "age_years": 30}, "sex must be F or M"),
        ({"sex": "F", "age_years": -1}, "between 0 and 125"),
        ({"sex": "F", "age_years": float("nan")}, "a number of years"),
    ],
)
def test_impossible_profiles_are_clear_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(PlannerError, match=message):
        Profile(**kwargs)


def test_a_doctors_sodium_limit_is_recorded_as_override() -> None:
    t = daily_targets(Profile("M", 60), overrides={"sodium_mg": {"max": 1800}})
    assert (t["sodium_mg"].max, t["sodium_mg"].max_kind) == (1800, "override")
    assert t["sodium_mg"].min == 1500


def test_a_doctors_limit_below_the_ai_replaces_the_level_to_reach() -> None:
    # The sodium AI of a man of 60 is 1,500 mg (NASEM 2019); a clinician's 1,000 mg limit wins
    # and the AI, a level for healthy people, no longer applies: nothing to reach.
    t = daily_targets(Profile("M", 60), overrides={"sodium_mg": {"max": 1000}})
    sodium = t["sodium_mg"]
    assert (sodium.min, sodium.max) == (0.0, 1000)
    assert (sodium.min_kind, sodium.max_kind) == (NO_LEVEL, "override")
    assert "doctor's limit of 1,000 is below the reference level to reach (1,500, AI)" in (
        sodium.note
    )
    # A limit at or above the AI leaves the level to reach as it was.
    assert daily_targets(Profile("M", 60), overrides={"sodium_mg": {"max": 1500}})[
        "sodium_mg"
    ].min == pytest.approx(1500)


def test_a_day_under_a_doctors_lower_limit_is_within_it_with_no_percent() -> None:
    # 800 mg of sodium under a 1,000 mg limit that replaced the 1,500 mg AI: within, and no
    # percent of a level to reach; 1,100 mg is above the limit.
    t = daily_targets(Profile("M", 60), overrides={"sodium_mg": {"max": 1000}})
    rows = pd.DataFrame(
        {
            "date": ["2024-05-01", "2024-05-02"],
            "meal": "lunch",
            "food_id": "x",
            "description": "salted food",
            "food_group": "",
            **{n: [np.nan, np.nan] for n in TOTALLED},
        }
    ).assign(sodium_mg=[800.0, 1100.0])
    days = check_totals(rows, targets=t).days.set_index(["date", "nutrient"])
    assert days.at[("2024-05-01", "sodium_mg"), "status"] == "within"
    assert days.at[("2024-05-02", "sodium_mg"), "status"] == "above"
    assert days["percent_of_min"].xs("sodium_mg", level="nutrient").isna().all()


def test_own_bounds_that_contradict_each_other_are_refused() -> None:
    with pytest.raises(PlannerError, match="below the level to reach"):
        daily_targets(Profile("M", 60), overrides={"sodium_mg": {"min": 1500, "max": 1000}})


def _every_profile() -> list[Profile]:
    profiles = [Profile(sex, age) for sex in "FM" for age in (0, 0.6, 2, 5, 10, 15, 20, 40, 60, 80)]
    return (
        profiles
        + [Profile("F", age, pregnant=True) for age in (15, 30)]
        + [Profile("F", age, lactating=True) for age in (17, 45)]
    )


@pytest.mark.parametrize("profile", _every_profile())
def test_targets_read_without_pandas_equal_those_of_the_checked_table(profile: Profile) -> None:
    table = load_targets()
    assert daily_targets(profile) == daily_targets(profile, table=table)
    assert supplement_magnesium_ul(profile) == supplement_magnesium_ul(profile, table=table)


@pytest.mark.parametrize(
    ("line", "damaged", "message"),
    [
        # dri_targets.csv, females 31-50: K AI 2600 mg; a damaged cell is named by the schema.
        ("female,F,31-50 years,31,51,2600,", "female,F,31-50 years,31,51,lots,", "found 'lots'"),
        ("female,F,31-50 years,31,51,2600,", "female,F,31-50 years,31,51,-5,", ">= 0"),
        ("female,F,31-50 years,31,51,2600,", "female,F,31-50 years,31,51,,", "value is required"),
    ],
)
def test_a_damaged_dri_table_is_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, line: str, damaged: str, message: str
) -> None:
    shutil.copytree(data_dir(), tmp_path / "data")
    path = tmp_path / "data" / "targets.csv"
    text = path.read_text(encoding="utf-8")
    assert text.count(line) == 1
    path.write_text(text.replace(line, damaged), encoding="utf-8")
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PLANNER_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(PlannerError, match=f"targets.csv is damaged: .*{re.escape(message)}"):
        daily_targets(Profile("F", 34))


def test_planner_targets_does_not_load_pandas() -> None:
    code = (
        "import sys; from planner.cli import main; main(['targets', '--sex', 'F', '--age', '34',"
        " '--json']); print(sorted(m for m in ('numpy', 'pandas', 'pyarrow') if m in sys.modules),"
        " file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert '"potassium_mg"' in done.stdout
    assert done.stderr.strip() == "[]"
