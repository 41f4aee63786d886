"""Any other CSV, read through a column mapping."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from planner.cli import main
from planner.diary.columns import parse_column_mapping, remembered_mapping
from planner.diary.upload import read_upload
from planner.errors import PlannerError
from planner.intake.targets import Profile, daily_targets
from planner.intake.upload import check_upload

TARGETS = daily_targets(Profile("F", 34))
FOODS_CSV = (
    b"Date,Name,Type,Calories,Sodium,Potassium (g),Qty\n"
    b"2024-03-01,Banana,Breakfast,105,1,0.42,1 medium\n"
    b'2024-03-01,"Spinach, raw",Lunch,14,47,0.33,2 cup\n'
)
COLUMNS = (
    "date=Date,name=Name,meal=Type,energy_kcal=Calories,sodium_mg=Sodium,"
    "potassium_g=Potassium (g),amount=Qty"
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name=Name", "needs at least date"),
        ("date=Date,Name", "expected field=Header"),
        ("date=Date,fibre_g=Fibre", "expected one of"),
        ("date=Date,date=Day", "twice"),
    ],
)
def test_bad_column_mappings_say_what_is_wrong(text: str, message: str) -> None:
    with pytest.raises(PlannerError, match=message):
        parse_column_mapping(text)


def test_a_mapped_file_is_read_with_units_converted(foods, portions, index) -> None:
    upload = read_upload(
        FOODS_CSV,
        foods=foods,
        portions=portions,
        index=index,
        matcher=index,
        columns=parse_column_mapping(COLUMNS),
    )
    assert upload.export.format == "columns"
    day = check_upload(upload, foods=foods, targets=TARGETS).check.days
    totals = day.set_index("nutrient")["total"]
    # Potassium logged in grams: 0.42 + 0.33 g = 750 mg.
    assert math.isclose(totals["potassium_mg"], 750.0)
    assert math.isclose(totals["sodium_mg"], 48.0)
    assert day.set_index("nutrient").at["magnesium_mg", "status"] == "not available"
    # Names are matched too: the file can be recomputed from USDA.
    assert upload.database is not None
    assert upload.database.counts["used"] == 2


def test_kilojoules_are_converted_and_a_file_without_names_reads_as_logged(
    foods, portions, index
) -> None:
    data = b"Day,Meal,kJ\n2024-03-01,Breakfast,418.4\n2024-03-01,Dinner,2092\n"
    upload = read_upload(
        data,
        foods=foods,
        portions=portions,
        index=index,
        matcher=index,
        columns=parse_column_mapping("date=Day,meal=Meal,energy_kj=kJ"),
    )
    assert upload.database is None
    energy = check_upload(upload, foods=foods, targets=TARGETS).check.days
    # 418.4 + 2092 kJ at 4.184 kJ per kcal = 600 kcal.
    assert math.isclose(energy.set_index("nutrient").at["energy_kcal", "total"], 600.0)
    with pytest.raises(PlannerError, match="no food names"):
        check_upload(upload, foods=foods, targets=TARGETS, remap=True)


def test_a_mapping_naming_a_missing_column_lists_the_files_columns(foods, portions, index) -> None:
    with pytest.raises(PlannerError, match="does not have; its columns are: date, name"):
        read_upload(
            FOODS_CSV,
            foods=foods,
            portions=portions,
            index=index,
            matcher=index,
            columns=parse_column_mapping("date=Date,sodium_mg=Salt"),
        )


def test_the_cli_remembers_a_mapping_for_the_same_header(capsys, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(FOODS_CSV)
    assert main(["check", str(path), "--sex", "F", "--age", "34", "--json"]) == 2
    assert "fits no known format" in capsys.readouterr().err
    args = ["check", str(path), "--sex", "F", "--age", "34", "--json"]
    assert main([*args, "--columns", COLUMNS]) == 0
    first = json.loads(capsys.readouterr().out)
    header = ["date", "name", "type", "calories", "sodium", "potassium (g)", "qty"]
    assert remembered_mapping(header)
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "using the column mapping you gave before" in captured.err
    assert json.loads(captured.out)["days"] == first["days"]


def test_a_name_the_planner_is_not_sure_of_is_guessed_only_without_the_trackers_energy(
    foods, portions, index
) -> None:
    # "bananna" (a spelling fixed) has the best guess SR28 09040 "Bananas, raw": 358 mg
    # potassium per 100 g, a medium one 118 g.
    plain = b"Date,Name,Qty\n2024-03-01,Banana,1 medium\n2024-03-01,bananna,1 medium\n"
    upload = read_upload(
        plain,
        foods=foods,
        portions=portions,
        index=index,
        matcher=index,
        columns=parse_column_mapping("date=Date,name=Name,amount=Qty"),
    )
    assert upload.database is not None
    assert upload.database.counts["guessed"] == 1
    (row,) = upload.database.guessed.itertuples(index=False)
    assert (row.row, row.value) == (2, "bananna")
    assert row.reason.startswith("BEST GUESS")
    total = upload.database.entries["grams"].sum() * 358 / 100
    assert math.isclose(total, 2 * 1.18 * 358)
    # With the tracker's energy, its numbers choose among the candidates instead: 105 kcal,
    # 422 mg potassium and 32 mg magnesium fit "Bananas, raw" (89 kcal, 358 and 27 mg per
    # 100 g), chosen so and said so.
    logged = b"Date,Name,Qty,Calories,K,Mg\n2024-03-01,bananna,1 medium,105,422,32\n"
    upload = read_upload(
        logged,
        foods=foods,
        portions=portions,
        index=index,
        matcher=index,
        columns=parse_column_mapping(
            "date=Date,name=Name,amount=Qty,energy_kcal=Calories,potassium_mg=K,magnesium_mg=Mg"
        ),
    )
    assert upload.database is not None
    assert upload.database.counts["guessed"] == 0
    assert upload.database.entries["food_id"].tolist() == ["sr28:09040"]
    assert upload.database.account.at[0, "reason"].startswith("food chosen among the name's")
