"""Every supported export format: detection, the tracker's own totals, and the account."""

from __future__ import annotations

import functools
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.diary.formats import (
    detect_format,
    normalise_header,
    parse_dates,
    parse_numbers,
    read_export,
)
from planner.diary.mapping import mapping_csv, read_amounts, read_mapping
from planner.diary.upload import read_upload, unread_amounts
from planner.errors import PlannerError
from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.targets import Profile, daily_targets
from planner.intake.upload import candidate_comparison, check_upload
from planner.resolve.amounts import parse_amounts
from planner.resolve.names import build_match_index, distinct_names, match_names
from planner.resolve.search import build_search_index

DATA = Path(__file__).parent / "data"
TARGETS = daily_targets(Profile("F", 34))


@pytest.fixture(scope="module")
def matcher(foods, index):
    return build_match_index(foods, index)


def _upload(name: str, foods, portions, index, matcher, **kwargs):
    return read_upload(
        DATA / name, foods=foods, portions=portions, index=index, matcher=matcher, **kwargs
    )


def _days(result) -> pd.DataFrame:
    return result.check.days.pivot(index="date", columns="nutrient", values="total")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cronometer_servings.csv", "cronometer-servings"),
        ("cronometer_servings_2016.csv", "cronometer-servings"),
        ("cronometer_daily.csv", "cronometer-daily"),
        ("cronometer_daily_excel.csv", "cronometer-daily"),
        ("mfp_nutrition_summary.csv", "mfp"),
        ("mfp_2018.csv", "mfp"),
        ("loseit.csv", "loseit"),
        ("loseit_food_logs.csv", "loseit"),
        ("planner_semicolon_cp1252.csv", "planner"),
        ("planner_utf16.csv", "planner"),
    ],
)
def test_format_is_detected_from_the_header(name: str, expected: str) -> None:
    assert read_export(DATA / name).format == expected


def test_unknown_header_names_every_format() -> None:
    with pytest.raises(PlannerError, match="Cronometer servings"):
        detect_format(["when", "what", "how much"])


def test_headers_are_normalised() -> None:
    assert normalise_header(" B12 (Cobalamin) (Âµg) ") == "b12 (cobalamin) (µg)"
    assert normalise_header("Protien (g)") == "protein (g)"
    assert normalise_header("\ufeffDate") == "date"


def test_dates_and_numbers() -> None:
    dates = parse_dates(pd.Series(["2016-9-26", "1/27/2026", "2024-05-01 00:00:00", "soon"]))
    assert dates.tolist() == ["2016-09-26", "2026-01-27", "2024-05-01", ""]
    numbers = parse_numbers(pd.Series(["1,5", "1,234.5", "n/a", "", "12"]))
    assert numbers.iloc[0] == 1.5
    assert numbers.iloc[1] == 1234.5
    assert math.isnan(numbers.iloc[2])
    assert math.isnan(numbers.iloc[3])


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ('1.00 medium - 7" to 7 7/8" long', 1.0, 'medium - 7" to 7 7/8" long'),
        ("2.00 x 2.0 slices", 4.0, "slices"),
        ("4.00 x 4.0 oz", 16.0, "oz"),
        ("150.00 g", 150.0, "g"),
        ("3.5 oz", 3.5, "oz"),
        ("1 tbsp", 1.0, "tbsp"),
        ("250 ml", 250.0, "ml"),
        ("0.52 Serving (22 tsp, whole pieces)", 0.52, "Serving (22 tsp, whole pieces)"),
        ("1 1/2 cup", 1.5, "cup"),
    ],
)
def test_tracker_amounts_are_parsed(text: str, quantity: float, unit: str) -> None:
    parsed = parse_amounts(pd.Series([text])).iloc[0]
    assert float(parsed["quantity_text"]) == pytest.approx(quantity)
    assert parsed["unit"] == unit


def test_cronometer_servings_as_logged_equal_the_trackers_sums(
    foods, portions, index, matcher
) -> None:
    upload = _upload("cronometer_servings.csv", foods, portions, index, matcher)
    assert upload.logged.counts == {"read": 9, "used": 8, "skipped": 1, "rejected": 0, "guessed": 0}
    result = check_upload(upload, foods=foods, targets=TARGETS)
    assert result.source == "logged"
    day = _days(result).loc["2023-09-17"]
    # Potassium of banana, milk and spinach; the supplement and the granola leave it blank.
    assert math.isclose(day["potassium_mg"], 422.44 + 322 + 334.8)
    # Magnesium includes the 120 mg supplement, as Cronometer's own total does.
    assert math.isclose(day["magnesium_mg"], 31.86 + 24.4 + 120 + 47.4)
    assert result.supplement_magnesium_mg["2023-09-17"] == 120
    status = result.check.days.set_index(["date", "nutrient"])["incomplete"]
    assert status[("2023-09-17", "potassium_mg")]  # blanks make the total a lower bound


def test_cronometer_remapped_from_the_database(foods, portions, index, matcher) -> None:
    upload = _upload("cronometer_servings.csv", foods, portions, index, matcher)
    result = check_upload(upload, foods=foods, targets=TARGETS, remap=True)
    assert result.source == "database"
    account = result.diary.account.set_index("row")
    assert account.at[3, "status"] == "skipped"  # Magnesium Glycinate: a supplement
    assert "supplement" in account.at[3, "reason"]
    assert account.at[5, "status"] == "rejected"  # the granola: no sure match
    assert "candidates" in account.at[5, "reason"]
    assert account.at[9, "status"] == "skipped"  # Quick Add
    entries = result.diary.entries.set_index("row")
    assert entries.at[1, "food_id"] == "sr28:09040"
    assert entries.at[1, "grams"] == 118  # "1.00 medium - 7" to 7 7/8" long"
    assert math.isclose(entries.at[6, "grams"], 16 * 28.349523125)  # "4.00 x 4.0 oz"
    counts = result.diary.counts
    assert counts["used"] + counts["skipped"] + counts["rejected"] == counts["read"] == 9


def test_cronometer_2016_shape(foods, portions, index, matcher) -> None:
    upload = _upload("cronometer_servings_2016.csv", foods, portions, index, matcher)
    result = check_upload(upload, foods=foods, targets=TARGETS)
    assert math.isclose(_days(result).at["2016-09-26", "potassium_mg"], 150 + 422.44)
    remapped = check_upload(upload, foods=foods, targets=TARGETS, remap=True)
    account = remapped.diary.account.set_index("row")
    # A tracker "Serving" has no weight in USDA; the row is refused, not guessed.
    assert account.at[1, "status"] == "rejected"
    assert account.at[1, "column"] in {"unit", "name"}
    entries = remapped.diary.entries.set_index("row")
    cheddar = entries.loc[4]
    assert math.isclose(cheddar["grams"], 16 * 28.349523125)


def test_cronometer_daily_summary_and_completed_days(foods, portions, index, matcher) -> None:
    upload = _upload("cronometer_daily.csv", foods, portions, index, matcher)
    assert upload.logged.counts == {"read": 3, "used": 2, "skipped": 1, "rejected": 0, "guessed": 0}
    days = _days(check_upload(upload, foods=foods, targets=TARGETS))
    assert days.at["2025-03-06", "sodium_mg"] == 2210.9
    only = _upload("cronometer_daily.csv", foods, portions, index, matcher, complete_only=True)
    assert only.logged.counts == {"read": 3, "used": 1, "skipped": 2, "rejected": 0, "guessed": 0}
    assert "not marked completed" in only.logged.problems["reason"].iloc[0]
    excel = _upload("cronometer_daily_excel.csv", foods, portions, index, matcher)
    assert list(_days(check_upload(excel, foods=foods, targets=TARGETS)).index) == [
        "2026-01-27",
        "2026-01-28",
    ]
    with pytest.raises(PlannerError, match="no food names"):
        check_upload(upload, foods=foods, targets=TARGETS, remap=True)


def test_mfp_calcium_is_converted_and_magnesium_is_not_available(
    foods, portions, index, matcher
) -> None:
    upload = _upload("mfp_nutrition_summary.csv", foods, portions, index, matcher)
    assert "calcium_mg" in upload.export.converted
    result = check_upload(upload, foods=foods, targets=TARGETS)
    rows = result.check.days.set_index(["date", "nutrient"])
    # Calcium 10 + 25 + 0 % DV at the FDA DV of 1,300 mg.
    assert math.isclose(rows.at[("2024-07-02", "calcium_mg"), "total"], 35 * 13)
    assert rows.at[("2024-07-02", "magnesium_mg"), "status"] == "not available"
    assert math.isnan(rows.at[("2024-07-02", "magnesium_mg"), "total"])
    assert rows.at[("2024-07-02", "water_g"), "status"] == "not available"
    # The lunch row leaves potassium blank: a lower bound, said so.
    assert rows.at[("2024-07-02", "potassium_mg"), "incomplete"]
    assert math.isclose(rows.at[("2024-07-02", "sodium_mg"), "total"], 574.5 + 900 + 300)


def test_mfp_2018_with_bom_and_time(foods, portions, index, matcher) -> None:
    upload = _upload("mfp_2018.csv", foods, portions, index, matcher)
    days = _days(check_upload(upload, foods=foods, targets=TARGETS))
    assert days.at["2018-07-01", "potassium_mg"] == 300
    assert days.at["2018-07-01", "energy_kcal"] == 150


def test_loseit_deleted_exercise_and_na(foods, portions, index, matcher) -> None:
    upload = _upload("loseit.csv", foods, portions, index, matcher)
    problems = upload.logged.problems.set_index("row")
    assert problems.at[3, "reason"] == "deleted in Lose It!"
    assert "exercise" in problems.at[4, "reason"]
    result = check_upload(upload, foods=foods, targets=TARGETS)
    rows = result.check.days.set_index(["date", "nutrient"])
    assert rows.at[("2026-08-01", "sodium_mg"), "total"] == 1  # chicken n/a, cheddar deleted
    assert rows.at[("2026-08-01", "sodium_mg"), "incomplete"]
    assert rows.at[("2026-08-01", "potassium_mg"), "status"] == "not available"
    remapped = check_upload(upload, foods=foods, targets=TARGETS, remap=True)
    entries = remapped.diary.entries.set_index("row")
    assert entries.at[2, "grams"] == 118  # "1.0 Medium" banana
    chicken = remapped.diary.account.set_index("row").loc[1]
    assert chicken["status"] == "rejected"  # "Chicken Breast BASIC": candidates, no guess
    assert "candidates: Chicken" in chicken["reason"]
    logs = _upload("loseit_food_logs.csv", foods, portions, index, matcher)
    assert logs.export.format == "loseit"
    assert logs.logged.counts["skipped"] == 1  # Deleted "true"


def test_planner_csv_with_semicolons_decimal_commas_and_cp1252(
    foods, portions, index, matcher
) -> None:
    upload = _upload("planner_semicolon_cp1252.csv", foods, portions, index, matcher)
    entries = upload.database.entries
    assert entries["grams"].tolist() == [1.5 * 118, 100, 0.5 * 244]
    assert entries["date"].tolist() == ["2024-05-01", "2024-05-01", "2024-05-02"]
    assert entries["meal"].iloc[2] == "dîner"


def test_planner_csv_in_utf16_keeps_row_numbers(foods, portions, index, matcher) -> None:
    upload = _upload("planner_utf16.csv", foods, portions, index, matcher)
    assert upload.database.counts == {
        "read": 3,
        "used": 2,
        "skipped": 1,
        "rejected": 0,
        "guessed": 0,
    }
    assert upload.database.entries["row"].tolist() == [1, 3]


@functools.cache
def _tables():
    """The tables for the Hypothesis test (fixtures would be printed with every example)."""
    foods, portions = load_foods(), load_portions()
    index = build_search_index(foods, article_ids=load_article_foods()["food_id"])
    return foods, portions, index, build_match_index(foods, index)


SAMPLES = [
    (DATA / name).read_bytes()
    for name in (
        "cronometer_servings.csv",
        "mfp_nutrition_summary.csv",
        "loseit.csv",
        "cronometer_daily.csv",
        "planner_semicolon_cp1252.csv",
    )
]


def _shuffled(sample: bytes, order: list[int]) -> bytes:
    lines = sample.decode("utf-8", errors="replace").splitlines()
    cells = [line.split(",") for line in lines]
    return "\n".join(",".join(row[i] for i in order if i < len(row)) for row in cells).encode()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.tuples(st.sampled_from(SAMPLES), st.floats(0, 1)).map(
            lambda t: t[0][: int(len(t[0]) * t[1])]
        ),
        st.tuples(st.sampled_from(SAMPLES), st.sampled_from(["utf-16", "cp1252", "latin-1"])).map(
            lambda t: t[0].decode("utf-8", errors="replace").encode(t[1], errors="replace")
        ),
        st.tuples(st.sampled_from(SAMPLES), st.permutations(range(16))).map(
            lambda t: _shuffled(t[0], list(t[1])[: 5 + len(t[1]) // 2])
        ),
        st.tuples(st.sampled_from(SAMPLES), st.lists(st.integers(0, 8), max_size=8)).map(
            lambda t: b"\n".join(
                t[0].splitlines()[:1]
                + [t[0].splitlines()[i % len(t[0].splitlines())] for i in t[1]]
            )
        ),
    ),
    remap=st.booleans(),
)
def test_fuzzed_files_raise_only_planner_errors_and_account_for_every_row(
    data: bytes, remap: bool
) -> None:
    foods, portions, index, matcher = _tables()
    try:
        upload = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
        result = check_upload(upload, foods=foods, targets=TARGETS, remap=remap)
    except PlannerError:
        return
    for diary in (upload.logged, upload.database):
        if diary is None:
            continue
        counts = diary.counts
        assert counts["used"] + counts["skipped"] + counts["rejected"] == counts["read"]
        assert diary.account["row"].tolist() == list(range(1, counts["read"] + 1))
    assert len(result.diary.entries) == result.diary.counts["used"]


def test_empty_recipes_are_skipped_and_assumed_densities_flagged(
    foods, portions, index, matcher
) -> None:
    data = (
        b"Day,Group,Food Name,Amount,Energy (kcal),Potassium (mg)\n"
        b'2024-01-01,Lunch,"My Smoothie Recipe","1.00 serving",,\n'
        b'2024-01-01,Lunch,"Bananas, raw","100 ml",89,358\n'
        b'2024-01-01,Lunch,"Kefir, lowfat, plain, LIFEWAY","100 ml",,164\n'
        b'2024-01-01,Lunch,"Bread, rye","1.00 cup",,166\n'
    )
    upload = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
    account = upload.database.account.set_index("row")
    assert account.at[1, "status"] == "skipped"
    assert "empty recipe" in account.at[1, "reason"]
    entries = upload.database.entries.set_index("row")
    # Banana has no plain volume measure; "cup, mashed" (225 g, SR28) gives its density.
    assert account.at[2, "status"] == "used"
    assert entries.at[2, "grams"] == pytest.approx(100 * 225 / 236.5882365)
    assert entries.at[2, "via"].startswith("density from 1 cup, mashed")
    # Kefir (90 g water per 100 g) has no volume portion at all and no energy logged to weigh
    # it by: 1 g/mL is assumed and the account says so.
    assert account.at[3, "status"] == "used"
    assert account.at[3, "reason"].startswith("ASSUMED 1 g/mL")
    assert entries.at[3, "grams"] == 100
    # Rye bread (37 g water) is never weighed as water: without energy, a cup is refused.
    assert account.at[4, "status"] == "rejected"
    assert "density" in account.at[4, "reason"]


def test_mfp_calcium_above_the_ul_is_only_an_estimate(foods, portions, index, matcher) -> None:
    # A custom food entered as 1,000 "%" (meant as mg) sums to 13,000 mg at the FDA DV of
    # 1,300 mg: above the 2,500 mg UL of a woman of 34, but from % DV alone.
    data = (
        b"Date,Meal,Calories,Sodium (mg),Potassium,Calcium\n"
        b"2024-07-02,Breakfast,300,100,200,1000\n"
        b"2024-07-03,Breakfast,300,100,200,20\n"
    )
    upload = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
    rows = check_upload(upload, foods=foods, targets=TARGETS).check.days
    rows = rows.set_index(["date", "nutrient"])
    assert math.isclose(rows.at[("2024-07-02", "calcium_mg"), "total"], 13_000.0)
    assert rows.at[("2024-07-02", "calcium_mg"), "status"] == "estimate"
    # 20 % DV = 260 mg: below the RDA, which % DV can still say.
    assert rows.at[("2024-07-03", "calcium_mg"), "status"] == "below"
    assert "never as above" in upload.export.converted["calcium_mg"]


def test_completed_totals_fill_what_the_tracker_left_blank(foods, portions, index, matcher) -> None:
    upload = _upload("cronometer_servings.csv", foods, portions, index, matcher)
    completed = check_upload(upload, foods=foods, targets=TARGETS).completed
    assert completed is not None
    table = completed.set_index(["date", "nutrient"])
    # 2023-09-17: every used food row logs its potassium; nothing to fill.
    day1 = table.loc[("2023-09-17", "potassium_mg")]
    assert math.isclose(day1["logged"], 422.44 + 322 + 334.8)
    assert day1["filled"] == 0.0
    # 2023-09-18 logs no potassium at all. Salmon 4 x 4 oz = 453.59237 g of SR28 15237
    # (K 384 mg/100 g) and 1 cup of brown rice, SR28 20037 (202 g, K 86 mg/100 g).
    day2 = table.loc[("2023-09-18", "potassium_mg")]
    assert math.isnan(day2["logged"])
    assert math.isclose(day2["completed"], 453.59237 * 3.84 + 2.02 * 86)
    assert day2["filled_percent"] == 100.0
    assert day2["rows_filled"] == 2
    assert day2["rows_unknown"] == 1  # the quick-add entry has no food to fill it from


def test_columns_read_as_numbers_together_read_as_each_alone() -> None:
    from planner.diary.formats import _numbers_of

    cells = ["1,234.5", "1.234,5", "n/a", " 12 ", "abc", "-5", "1e309", "", "7", "None"]
    columns = [
        pd.Series(cells, dtype=str, name="a"),
        pd.Series(list(reversed(cells)), dtype=str, name="b", index=range(5, 15)),
        pd.Series(["3", "3", "12345678901234567890", "-0", "0x10", "3", "", "", "nan", "1"]),
    ]
    together = _numbers_of(columns)
    for column, (numbers, filled) in zip(columns, together, strict=True):
        alone, alone_filled = _numbers_of([column])[0]
        pd.testing.assert_series_equal(numbers, alone)
        assert filled.tolist() == alone_filled.tolist()
    # "1,234.5" is 1234.5 and " 12 " is 12; "n/a", "" and "None" are blank, "abc" is filled
    # but no number.
    numbers, filled = together[0]
    assert [numbers.tolist()[k] for k in (0, 3, 5, 8)] == [1234.5, 12.0, -5.0, 7.0]
    assert filled.tolist() == [True, True, False, True, True, True, True, False, True, False]


def test_a_food_repeated_in_the_table_matters_only_if_the_diary_eats_it(
    foods, portions, index, matcher
) -> None:
    upload = _upload("cronometer_servings.csv", foods, portions, index, matcher)
    expected = check_upload(upload, foods=foods, targets=TARGETS).completed
    # Butter (SR28 01001) is in no row of the file: a second copy of it changes nothing.
    butter = foods[foods["food_id"] == "sr28:01001"]
    assert not upload.database.entries["food_id"].eq("sr28:01001").any()
    doubled = pd.concat([foods, butter], ignore_index=True)
    again = _upload("cronometer_servings.csv", doubled, portions, index, matcher)
    completed = check_upload(again, foods=doubled, targets=TARGETS).completed
    pd.testing.assert_frame_equal(completed, expected)
    # The salmon (SR28 15237) is eaten: two rows for it cannot both be its values.
    salmon = foods[foods["food_id"] == "sr28:15237"]
    with pytest.raises(PlannerError, match="a food appears twice"):
        check_upload(upload, foods=pd.concat([foods, salmon], ignore_index=True), targets=TARGETS)


def test_the_trackers_energy_weighs_what_the_amount_cannot(foods, portions, index, matcher) -> None:
    data = (
        b"Day,Group,Food Name,Amount,Energy (kcal),Potassium (mg)\n"
        b'2024-01-01,Lunch,"Bread, rye","3.25 cup",535,\n'
        b'2024-01-01,Lunch,"Bananas, raw","1.00 medium",300,\n'
    )
    upload = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
    entries = upload.database.entries.set_index("row")
    account = upload.database.account.set_index("row")
    # Rye bread (SR28 18060, 259 kcal/100 g) has no volume measure: 535 kcal is 206.6 g,
    # not the 769 g that 3.25 cups at 1 g/mL would give.
    assert entries.at[1, "grams"] == pytest.approx(535 / 2.59)
    assert entries.at[1, "via"] == "energy"
    assert account.at[1, "reason"].startswith("weighed from the tracker's energy")
    # A medium banana is 118 g (SR28), but 300 kcal of banana (89 kcal/100 g) is 337 g: the
    # amount is used and the row says they disagree.
    assert entries.at[2, "grams"] == 118.0
    assert "the amount was used" in account.at[2, "reason"]


def test_candidates_are_shown_beside_the_trackers_numbers(foods, portions, index, matcher) -> None:
    upload = _upload("cronometer_servings.csv", foods, portions, index, matcher)
    table = candidate_comparison(
        "Banana, Fresh", upload, foods=foods, candidates=["sr28:09040", "fndds:63107010"]
    ).set_index("source", append=True)
    tracker = table.xs("your tracker", level="source").iloc[0]
    assert tracker["potassium_mg"] == 422.44
    usda = table.xs("USDA", level="source").set_index("food_id")
    # The same 118 g (1 medium banana): SR28 358 mg K/100 g, FNDDS 326 mg.
    assert usda.at["sr28:09040", "grams"] == 118.0
    assert usda.at["sr28:09040", "potassium_mg"] == pytest.approx(358 * 1.18)
    assert usda.at["fndds:63107010", "potassium_mg"] == pytest.approx(326 * 1.18)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("-5000", "expected 0 or more"),
        ("abc", "expected a number"),
        ("inf", "expected a finite number"),
        ("1e309", "expected a finite number"),
        ("1e300", "not believable"),
    ],
)
def test_a_bad_nutrient_cell_rejects_its_row_with_the_reason(
    foods, portions, index, matcher, cell: str, reason: str
) -> None:
    data = (
        "Day,Group,Food Name,Amount,Energy (kcal),Sodium (mg)\n"
        '2024-01-01,Lunch,"Bananas, raw","1.00 medium",105,1\n'
        f'2024-01-01,Lunch,"Bananas, raw","1.00 medium",105,{cell}\n'
    ).encode()
    upload = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
    account = upload.logged.account.set_index("row")
    assert account.at[2, "status"] == "rejected"
    assert account.at[2, "column"] == "sodium (mg)"
    assert reason in account.at[2, "reason"]
    day = check_upload(upload, foods=foods, targets=TARGETS).check.days.set_index("nutrient")
    assert day.at["sodium_mg", "total"] == 1.0  # only the good row counts


def test_downloads_escape_formulas_and_mappings_round_trip(foods, index, matcher) -> None:
    names = ['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", "Banana"]
    chosen = {name: "sr28:09040" for name in names}
    table = match_names(distinct_names(names), index=matcher, mapping=chosen)
    text = mapping_csv(table)
    for escaped in ("\n\"'=HYPERLINK", "\n'@SUM(1)", "\n'-2+3", "\n'+cmd"):
        assert escaped in text
    assert read_mapping(text.encode()) == chosen


def test_an_unread_amount_is_weighed_once_for_every_row(foods, portions, index, matcher) -> None:
    data = (
        b"Day,Group,Food Name,Amount\n"
        b'2024-01-01,Lunch,"Bananas, raw","1.00 handful"\n'
        b'2024-01-02,Lunch,"Bananas, raw","1.00 handful"\n'
    )
    first = read_upload(data, foods=foods, portions=portions, index=index, matcher=matcher)
    assert unread_amounts(first.database, first.export) == [("Bananas, raw", "1.00 handful")]
    amounts = {("Bananas, raw", "1.00 handful"): 80.0}
    upload = read_upload(
        data, foods=foods, portions=portions, index=index, matcher=matcher, amounts=amounts
    )
    assert upload.database.counts["used"] == 2
    assert list(upload.database.entries["grams"]) == [80.0, 80.0]
    # The weighed amount goes into the downloadable mapping and comes back from it.
    text = mapping_csv(upload.database.matches, amounts)
    assert read_amounts(text.encode()) == amounts
    assert read_mapping(text.encode()) == {"Bananas, raw": "sr28:09040"}


def test_a_downloaded_mapping_leaves_out_only_what_a_person_left_out(
    foods, portions, index, matcher
) -> None:
    upload = _upload("cronometer_servings.csv", foods, portions, index, matcher)
    before = upload.database.counts
    # The granola is unmatched and the supplement skipped by the planner: neither was chosen.
    mapping = read_mapping(mapping_csv(upload.matches).encode())
    assert "Bear Naked Granola Fruit and Nut" not in mapping
    again = _upload("cronometer_servings.csv", foods, portions, index, matcher, mapping=mapping)
    assert again.database.counts == before
    # A name a person left out stays out.
    chosen = match_names(
        distinct_names(["Banana, Fresh"]), index=matcher, mapping={"Banana, Fresh": ""}
    )
    assert read_mapping(mapping_csv(chosen).encode()) == {"Banana, Fresh": ""}
