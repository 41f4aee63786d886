"""The `planner` command: JSON keys, exit codes and one-line errors."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main

DIARY = """date,meal,food,amount,unit
2024-05-01,breakfast,sr28:09040,1,medium
2024-05-01,breakfast,sr28:01077,1,cup
2024-05-01,lunch,sr28:11457,100,g
2024-05-01,lunch,grandma's mystery loaf,1,slice
2024-05-01,dinner,sr28:14411,-5,ml
2024-05-02,snacks,sr28:12061,1,oz
"""


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_targets_json_has_the_stable_keys(capsys) -> None:
    code, out, _ = _run(capsys, "targets", "--sex", "F", "--age", "34", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["targets"]["potassium_mg"] | {"note": ""} == {
        "min": 2600,
        "min_kind": "AI",
        "max": None,
        "max_kind": None,
        "note": "",
    }
    assert set(result["targets"]) == {
        "potassium_mg",
        "magnesium_mg",
        "calcium_mg",
        "sodium_mg",
        "water_g",
    }
    assert result["profile"]["sex"] == "F"


def test_pregnant_eight_year_old_exits_2_with_one_line(capsys) -> None:
    code, out, err = _run(capsys, "targets", "--sex", "F", "--age", "8", "--pregnant")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "pregnancy targets exist for ages 14 to 50" in err


def test_bad_arguments_exit_2_without_traceback(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["targets", "--sex", "F", "--age", "old"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_search_puts_the_article_banana_first(capsys) -> None:
    code, out, _ = _run(capsys, "foods", "search", "banana", "--limit", "3", "--json")
    assert code == 0
    assert json.loads(out)["foods"][0]["food_id"] == "sr28:09040"


def test_check_json(capsys, tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    path.write_text(DIARY)
    code, out, _ = _run(capsys, "check", str(path), "--sex", "F", "--age", "34", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["rows"] == {"read": 6, "used": 4, "skipped": 0, "rejected": 2, "guessed": 0}
    assert [(p["row"], p["column"]) for p in result["problems"]] == [(4, "food"), (5, "amount")]
    first = result["days"][0]
    assert first["date"] == "2024-05-01"
    assert math.isclose(first["totals"]["potassium_mg"], 1302.52)
    assert first["status"]["potassium_mg"] == "below"
    assert first["incomplete"] == []
    assert set(first["totals"]) == {
        "potassium_mg",
        "magnesium_mg",
        "calcium_mg",
        "sodium_mg",
        "water_g",
        "energy_kcal",
    }
    # 1 oz almonds, SR28 12061: K 733 mg/100 g.
    assert math.isclose(result["days"][1]["totals"]["potassium_mg"], 733 * 0.28349523125)


def test_a_name_the_planner_is_not_sure_of_is_used_by_its_best_guess(capsys, tmp_path) -> None:
    # "bananna" is a spelling fixed, so the planner is not sure of it; its best guess is
    # SR28 09040 "Bananas, raw" (358 mg potassium per 100 g), a medium one 118 g: 422.44 mg.
    path = tmp_path / "diary.csv"
    path.write_text(
        "date,meal,food,amount,unit\n"
        "2024-05-01,breakfast,banana,1,medium\n"
        "2024-05-01,lunch,bananna,1,medium\n"
        "2024-05-01,dinner,zorbnik stew,1,cup\n"
    )
    args = ("check", str(path), "--sex", "F", "--age", "34")
    code, out, _ = _run(capsys, *args, "--json")
    assert code == 0
    result = json.loads(out)
    assert result["rows"] == {"read": 3, "used": 2, "skipped": 0, "rejected": 1, "guessed": 1}
    assert math.isclose(result["days"][0]["totals"]["potassium_mg"], 2 * 358 * 1.18)
    (guess,) = result["guesses"]
    assert (guess["row"], guess["column"], guess["value"]) == (2, "food", "bananna")
    assert guess["reason"].startswith("BEST GUESS: not sure of 'bananna'")
    assert "Bananas, raw (sr28:09040)" in guess["reason"]
    # A name with a word no food has ("zorbnik") is not guessed: rejected with candidates.
    assert [(p["row"], p["status"]) for p in result["problems"]] == [(3, "rejected")]
    code, out, err = _run(capsys, *args)
    assert "Rows: 3 read, 2 used (1 by a best guess), 0 skipped, 1 rejected." in out
    assert "row 2, column food: used, BEST GUESS" in err
    # --no-guesses rejects such rows instead, with the same candidates.
    code, out, _ = _run(capsys, *args, "--json", "--no-guesses")
    result = json.loads(out)
    assert result["rows"] == {"read": 3, "used": 1, "skipped": 0, "rejected": 2, "guessed": 0}
    assert math.isclose(result["days"][0]["totals"]["potassium_mg"], 358 * 1.18)
    assert result["guesses"] == []


def test_check_strict_fails_on_rejected_rows(capsys, tmp_path: Path) -> None:
    path = tmp_path / "diary.csv"
    path.write_text(DIARY)
    code, _, err = _run(capsys, "check", str(path), "--sex", "F", "--age", "34", "--strict")
    assert code == 2
    assert 'row 4, column food: rejected: not sure of "grandma\'s mystery loaf"' in err


@pytest.mark.parametrize(
    ("content", "message"),
    [("", "the file is empty"), ("date,food\n2024-01-01,sr28:09040\n", "missing column")],
)
def test_check_bad_files_exit_2(capsys, tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "diary.csv"
    path.write_text(content)
    code, _, err = _run(capsys, "check", str(path), "--sex", "M", "--age", "40")
    assert code == 2
    assert message in err
    assert err.count("\n") == 1


def test_console_script_and_module_agree(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planner", "targets", "--sex", "M", "--age", "75", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout)["targets"]["calcium_mg"]["max"] == 2000


def test_sweat_json_keys_and_numbers(capsys) -> None:
    code, out, _ = _run(
        capsys,
        *[
            "sweat",
            "--before",
            "70",
            "--after",
            "68.6",
            "--drank",
            "0.5",
            "--hours",
            "1.5",
            "--urine",
            "0.1",
        ],
        *["--sweat-sodium", "40", "--json"],
    )
    assert code == 0
    result = json.loads(out)
    for key in (
        "sweat_loss_l",
        "sweat_rate_l_per_h",
        "body_mass_loss_pct",
        "losses_mg",
        "rehydrate_l",
        "sodium_to_replace_mg",
        "schedule",
        "warnings",
    ):
        assert key in result
    assert math.isclose(result["sweat_loss_l"], 1.8)
    assert math.isclose(result["losses_mg"]["sodium_mg"], 1655.28)
    assert set(result["losses_mg"]) == {"sodium_mg", "potassium_mg", "calcium_mg", "magnesium_mg"}
    assert math.isclose(result["rehydrate_l"]["max"], 2.1)
    assert result["recovery"]


def test_sweat_in_pounds(capsys) -> None:
    code, out, _ = _run(
        capsys,
        *[
            "sweat",
            "--before",
            "160",
            "--after",
            "157",
            "--drank",
            "0",
            "--hours",
            "1",
            "--unit",
            "lb",
            "--json",
        ],
    )
    assert code == 0
    assert math.isclose(json.loads(out)["sweat_loss_l"], 3 * 0.45359237)


@pytest.mark.parametrize(
    "args",
    [
        "--before 70 --after 69 --drank 0.5 --hours 0",
        "--before -70 --after 69 --drank 0.5 --hours 1",
        "--before 70 --after 60 --drank 0 --hours 1",
        "--before 70 --after 69 --drank 0.5 --hours 1 --unit stone",
    ],
)
def test_impossible_sweat_input_exits_2(capsys, args: str) -> None:
    code = None
    try:
        code = main(["sweat", *args.split()])
    except SystemExit as exc:
        code = exc.code
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("planner: error:")
    assert len(err.strip().splitlines()) == 1


def test_suggest_json_keys(capsys, tmp_path: Path) -> None:
    diary = tmp_path / "day.csv"
    diary.write_text(DIARY)
    code, out, _ = _run(
        capsys,
        "suggest",
        str(diary),
        "--sex",
        "F",
        "--age",
        "34",
        "--date",
        "2024-05-01",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"gaps", "basket", "after", "unmet"}
    assert result["basket"]
    item = result["basket"][0]
    assert set(item) >= {"food_id", "description", "portion", "grams", "adds", "articles"}
    assert result["after"]["totals"]["sodium_mg"] <= 2300
    for name in ("potassium_mg", "magnesium_mg", "calcium_mg"):
        assert result["after"]["status"][name] == "within"


def test_suggest_unknown_date_exits_2(capsys, tmp_path: Path) -> None:
    diary = tmp_path / "day.csv"
    diary.write_text(DIARY)
    code, _, err = _run(
        capsys, "suggest", str(diary), "--sex", "F", "--age", "34", "--date", "2030-01-01"
    )
    assert code == 2
    assert "2024-05-01" in err


def test_plan_day_json(capsys) -> None:
    code, out, _ = _run(capsys, "plan-day", "--sex", "F", "--age", "34", "--kcal", "2000", "--json")
    assert code == 0
    result = json.loads(out)
    assert {"meal", "food_id", "description", "portion", "grams"} <= set(result["plan"][0])
    assert all(s == "within" for s in result["status"].values())
    assert 1800 <= result["totals"]["energy_kcal"] <= 2200


def test_check_a_cronometer_export_as_logged_and_remapped(capsys, tmp_path: Path) -> None:
    data = Path(__file__).parent / "data" / "cronometer_servings.csv"
    code, out, _ = _run(capsys, "check", str(data), "--sex", "F", "--age", "34", "--json")
    assert code == 0
    logged = json.loads(out)
    assert logged["format"] == "cronometer-servings"
    assert logged["days"][0]["source"] == "logged"
    assert logged["days"][0]["supplement_magnesium_mg"] == 120
    assert logged["supplement_magnesium_ul_mg"] == 350
    assert logged["rows"] == {"read": 9, "used": 8, "skipped": 1, "rejected": 0, "guessed": 0}
    code, out, _ = _run(
        capsys, "check", str(data), "--sex", "F", "--age", "34", "--remap", "--json"
    )
    remapped = json.loads(out)
    assert remapped["days"][0]["source"] == "database"
    assert "logged" in remapped["days"][0]  # the tracker's totals side by side
    names = {m["name"]: m for m in remapped["matches"]}
    assert names["Banana, Fresh"]["food_id"] == "sr28:09040"
    assert names["Banana, Fresh"]["rows"] == 1
    rows = remapped["rows"]
    assert rows["used"] + rows["skipped"] + rows["rejected"] == rows["read"] == 9
    assert {p["row"] for p in remapped["problems"]} >= {3, 5, 8, 9}
    # Reuse a corrected mapping: the granola is mapped by hand now.
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("name,food_id\nBear Naked Granola Fruit and Nut,sr28:08037\n")
    code, out, _ = _run(
        capsys,
        "check",
        str(data),
        "--sex",
        "F",
        "--age",
        "34",
        "--remap",
        "--mapping",
        str(mapping),
        "--json",
    )
    fixed = {m["name"]: m for m in json.loads(out)["matches"]}
    assert fixed["Bear Naked Granola Fruit and Nut"]["status"] == "user"


def test_check_mfp_remap_is_a_clear_error(capsys) -> None:
    data = Path(__file__).parent / "data" / "mfp_nutrition_summary.csv"
    code, _, err = _run(capsys, "check", str(data), "--sex", "F", "--age", "34", "--remap")
    assert code == 2
    assert "no food names" in err


def test_check_says_which_days_lost_rejected_rows(tmp_path, capsys) -> None:
    diary = tmp_path / "menu.csv"
    diary.write_text(
        "date,meal,food,amount,unit\n"
        "2024-05-01,breakfast,Bananas raw,1,medium\n"
        "2024-05-01,lunch,xyzzy,1,cup\n"
        "2024-05-02,lunch,xyzzy,1,cup\n"
        "not a date,lunch,Bananas raw,1,medium\n"
    )
    assert main(["check", str(diary), "--sex", "F", "--age", "34", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    # Row 4's date cannot be read, so it belongs to no day; 2024-05-02 has no row used.
    assert out["rejected_by_date"] == {"2024-05-01": 1, "2024-05-02": 1}
    assert [(d["date"], d["rows_rejected"]) for d in out["days"]] == [("2024-05-01", 1)]
    assert main(["check", str(diary), "--sex", "F", "--age", "34"]) == 0
    text = capsys.readouterr().out
    assert "1 row of this day rejected (reasons below)" in text
    assert "2024-05-02  no totals: 1 row rejected, none used" in text


def test_the_trackers_macronutrients_choose_among_a_doubtful_names_candidates(
    tmp_path, capsys
) -> None:
    # "Cottage Cheese, Low Fat" alone is doubtful: FNDDS's low-fat cottage cheese and SR28's
    # 1 % and 2 % milkfat score alike. The row's energy and macronutrients are those of 113 g
    # of SR28 01016, 1 % milkfat (72 kcal, 12.39 g protein, 1.02 g fat, 2.72 g carbohydrate
    # per 100 g): per kcal they fit it, and not the 2 % (2.27 g fat per 81 kcal, SR28 01015)
    # or FNDDS's (2.3 g per 82 kcal, 14204010), so it is chosen. A macronutrient cell that is
    # not a number is only evidence left unknown: the second row is still used.
    diary = tmp_path / "servings.csv"
    diary.write_text(
        "Day,Group,Food Name,Amount,Energy (kcal),Protein (g),Fat (g),Carbs (g)\n"
        '2024-05-01,Dinner,"Cottage Cheese, Low Fat",113.00 g,81.36,14.00,1.15,3.07\n'
        '2024-05-01,Lunch,"Banana, Fresh",1.00 medium,105,abc,-1,27\n'
    )
    command = ["check", str(diary), "--sex", "F", "--age", "34", "--remap", "--json"]
    assert main(command) == 0
    out = json.loads(capsys.readouterr().out)
    chosen = {m["name"]: m["food_id"] for m in out["matches"]}
    assert chosen["Cottage Cheese, Low Fat"] == "sr28:01016"
    assert out["rows"]["used"] == 2


def test_a_mapping_weighs_an_amount_of_the_planners_own_csv(tmp_path, capsys) -> None:
    # "1 handful" of almonds is no amount the planner reads; the mapping gives it 28 g for
    # every row with that food and amount: 2 x 28 g x 7.33 mg/g (SR28 12061) = 410.48 mg K.
    diary = tmp_path / "menu.csv"
    diary.write_text(
        "date,meal,food,amount,unit\n"
        "2024-05-01,snack,almonds,1,handful\n"
        "2024-05-01,snack,almonds,1,handful\n"
        "2024-05-01,snack,almonds,2,handfuls\n"
    )
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("name,food_id,amount,grams\nalmonds,,1 handful,28\n")
    args = ["check", str(diary), "--sex", "F", "--age", "34", "--json"]
    assert main([*args, "--mapping", str(mapping)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"]["used"] == 2
    assert out["days"][0]["totals"]["potassium_mg"] == pytest.approx(410.48)
    # "2 handfuls" is another amount: still rejected, naming its unit.
    assert [(p["row"], p["column"]) for p in out["problems"]] == [(3, "unit")]


def test_a_supplement_in_the_planners_own_csv_is_skipped_with_why(tmp_path, capsys) -> None:
    # Supplements are recognised by name in the planner's CSV too (they used to be rejected
    # with an empty reason), and a name a mapping leaves out is skipped, saying so.
    diary = tmp_path / "menu.csv"
    diary.write_text(
        "date,meal,food,amount,unit\n"
        '2024-05-01,breakfast,"banana, raw",1,medium\n'
        "2024-05-01,breakfast,Magnesium glycinate,2,capsules\n"
        "2024-05-01,dinner,fish oil softgels,1,softgel\n"
    )
    assert main(["check", str(diary), "--sex", "F", "--age", "34", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"] == {"read": 3, "used": 1, "skipped": 2, "rejected": 0, "guessed": 0}
    assert {p["reason"] for p in out["problems"]} == {
        "a supplement or medicine, not a food in the USDA tables"
    }
    mapping = tmp_path / "mapping.csv"
    mapping.write_text('name,food_id\n"banana, raw",\n')
    args = ["check", str(diary), "--sex", "F", "--age", "34", "--json", "--mapping"]
    assert main([*args, str(mapping)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"]["skipped"] == 3
    assert out["problems"][0]["reason"] == "left out by your mapping"


NUMBERS_HEADER = (
    "Day,Group,Food Name,Amount,Energy (kcal),Potassium (mg),Calcium (mg),Sodium (mg),"
    "Water (g),Protein (g),Fat (g),Carbs (g)\n"
)


def test_the_trackers_numbers_choose_among_a_names_wider_pool(tmp_path, capsys) -> None:
    # "White Cabbage, Boiled" is doubtful: SR28 11110, "Cabbage, cooked, boiled, drained,
    # without salt", scores 54, its red (11113) 53 and its savoy (11115) next, with FNDDS's
    # cabbages cooked with the salt the survey assumes among the rest of the pool. The row logs
    # 100 g of 11110 (23 kcal, 196 mg K, 48 mg Ca, 8 mg Na, 92.57 g water, 1.27 g protein,
    # 0.06 g fat, 5.51 g carbohydrate). Only it fits: red cabbage has 262 mg K and 28 mg Na
    # per 100 g, FNDDS's green cabbage 137 mg Na per 32 kcal (4.3 against 0.35 mg per kcal).
    diary = tmp_path / "servings.csv"
    row = '2024-05-01,Dinner,"White Cabbage, Boiled",{} g,23,196,48,8,92.57,1.27,0.06,5.51\n'
    diary.write_text(NUMBERS_HEADER + row.format("100.00"))
    command = ["check", str(diary), "--sex", "F", "--age", "34", "--remap", "--json"]
    assert main(command) == 0
    out = json.loads(capsys.readouterr().out)
    assert {m["name"]: m["food_id"] for m in out["matches"]} == {
        "White Cabbage, Boiled": "sr28:11110"
    }
    assert out["days"][0]["totals"]["potassium_mg"] == pytest.approx(196)
    # The same numbers logged for 50 g are twice the cabbage's energy per gram (46 against 23
    # kcal per 100 g), beyond the 35 % a tracker's food and USDA's differ by: no food of the
    # right make-up but the wrong water content is chosen, and the row asks.
    diary.write_text(NUMBERS_HEADER + row.format("50.00"))
    assert main(command) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"]["rejected"] == 1
    assert "not sure of 'White Cabbage, Boiled'" in out["problems"][0]["reason"]
