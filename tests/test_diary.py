"""Reading the planner's diary CSV: every row used, skipped or rejected, with its reason."""

from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.diary.planner_csv import read_diary
from planner.errors import PlannerError
from planner.resolve.search import SearchIndex

GOOD = b"""date,meal,food,amount,unit
2024-05-01,breakfast,sr28:09040,2,medium
2024-05-01,lunch,sr28:11457,100,g
2024-05-01,dinner,sr28:01077,8,oz
2024-05-01,snacks,"  bananas,   RAW ",50,g
"""


def _read(data: bytes, foods: pd.DataFrame, portions: pd.DataFrame, index: SearchIndex):
    return read_diary(data, foods=foods, portions=portions, index=index)


def test_good_rows_are_resolved_to_grams(foods, portions, index) -> None:
    diary = _read(GOOD, foods, portions, index)
    assert diary.counts == {"read": 4, "used": 4, "skipped": 0, "rejected": 0, "guessed": 0}
    grams = diary.entries["grams"]
    assert grams[0] == 236.0  # 2 medium bananas of 118 g
    assert grams[1] == 100.0
    assert math.isclose(grams[2], 8 * 28.349523125)
    # A description matches one food ignoring case and spacing ("Bananas, raw").
    assert diary.entries.at[3, "food_id"] == "sr28:09040"


def test_a_description_two_foods_share_takes_the_sr28_one(foods, portions, index) -> None:
    # "Sour cream, fat free" is both SR28 01180 and FNDDS 12310370 (141 mg Na each).
    data = b'date,meal,food,amount,unit\n2024-05-01,lunch,"sour cream, fat free",1,tbsp\n'
    diary = _read(data, foods, portions, index)
    assert diary.counts["used"] == 1
    assert diary.entries.at[0, "food_id"] == "sr28:01180"


def test_an_amount_written_with_its_unit_reads_as_a_tracker_amount(foods, portions, index) -> None:
    # The unit typed into the amount column, the unit column left empty: "1 1/2 cup" of
    # whole milk is 1.5 x 244 g; "1.00 1/2 cup" is Cronometer's one serving of half a cup,
    # 122 g. A plain number with no unit is still a count with no unit, and rejected so.
    data = (
        b"date,meal,food,amount,unit\n"
        b"2024-05-01,breakfast,sr28:01077,1 1/2 cup,\n"
        b"2024-05-01,lunch,sr28:01077,1.00 1/2 cup,\n"
        b"2024-05-01,dinner,sr28:01077,2,\n"
        b"2024-05-01,dinner,sr28:01077,lots,\n"
    )
    diary = _read(data, foods, portions, index)
    assert diary.counts["used"] == 2
    assert diary.entries["grams"].tolist() == [366.0, 122.0]
    rejected = diary.account[diary.account["status"] == "rejected"]
    assert rejected["row"].tolist() == [3, 4]
    assert "unit is empty" in rejected["reason"].iloc[0]
    # A word alone is still an amount that is no number, said of the amount column.
    assert rejected["column"].iloc[1] == "amount"
    assert "expected a number" in rejected["reason"].iloc[1]


@pytest.mark.parametrize(
    ("line", "status", "column", "reason"),
    [
        ("2024-05-01,lunch,banana bread,1,slice", "rejected", "food", "unknown food"),
        ("2024-05-01,lunch,sr28:09040,-5,g", "rejected", "amount", "0 or more"),
        ("2024-05-01,lunch,sr28:09040,lots,g", "rejected", "amount", "expected a number"),
        ("2024-05-01,lunch,sr28:09040,,g", "rejected", "amount", "amount is empty"),
        ("2024-05-01,lunch,sr28:09040,1,handful", "rejected", "unit", "unknown unit"),
        ("2024-05-01,lunch,sr28:09040,1,", "rejected", "unit", "unit is empty"),
        ("2024-05-01,lunch,sr28:18060,1,cup", "rejected", "unit", "density"),  # rye bread
        ("2024-05-01,lunch,sr28:09040,50,kg", "rejected", "amount", "more than"),
        ("2024-02-30,lunch,sr28:09040,1,g", "rejected", "date", "YYYY-MM-DD"),
        ("yesterday,lunch,sr28:09040,1,g", "rejected", "date", "YYYY-MM-DD"),
        ("2024-05-01,lunch,,1,g", "rejected", "food", "food is empty"),
        ("2024-05-01,lunch,Milk,1,cup", "rejected", "food", "unknown food"),
        ("2024-05-01,lunch,sr28:09040,0,g", "skipped", "amount", "nothing was eaten"),
    ],
)
def test_bad_rows_are_accounted_for(foods, portions, index, line, status, column, reason) -> None:
    data = GOOD + line.encode() + b"\n"
    diary = _read(data, foods, portions, index)
    problem = diary.problems.iloc[0]
    assert (problem["row"], problem["status"], problem["column"]) == (5, status, column)
    assert reason in problem["reason"]
    assert diary.counts["used"] == 4


def test_unknown_food_offers_close_matches(foods, portions, index) -> None:
    diary = _read(GOOD + b"2024-05-01,lunch,bananas raw,1,medium\n", foods, portions, index)
    assert "closest: Bananas, raw (sr28:09040)" in diary.problems.at[0, "reason"]


def test_blank_lines_keep_row_numbers(foods, portions, index) -> None:
    data = b"date,meal,food,amount,unit\n\n2024-05-01,lunch,sr28:09040,1,medium\n"
    diary = _read(data, foods, portions, index)
    assert diary.account["status"].tolist() == ["skipped", "used"]
    assert diary.entries.at[0, "row"] == 2


def test_grams_and_food_id_columns_are_accepted(foods, portions, index) -> None:
    data = b"date,food_id,grams\n2024-05-01,sr28:09040,150\n"
    diary = _read(data, foods, portions, index)
    assert diary.entries.at[0, "grams"] == 150.0
    assert diary.entries.at[0, "meal"] == "unspecified"


def test_bom_and_header_case_are_tolerated(foods, portions, index) -> None:
    data = b"\xef\xbb\xbfDate, Meal ,Food,Amount,Unit\r\n2024-05-01,Lunch,sr28:09040,1,g\r\n"
    diary = _read(data, foods, portions, index)
    assert diary.counts["used"] == 1
    assert diary.entries.at[0, "meal"] == "lunch"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b"date,food,amount\n2024-05-01,sr28:09040,1\n", "missing column.*unit"),
        (b"when,what\n1,2\n", "missing column"),
    ],
)
def test_unreadable_files_are_clear_errors(foods, portions, index, data, message) -> None:
    with pytest.raises(PlannerError, match=message):
        _read(data, foods, portions, index)


_CELLS = st.sampled_from(
    [
        "2024-05-01",
        "2024-13-01",
        "",
        "sr28:09040",
        "sr28:01077",
        "Bananas, raw",
        "nope",
        "1",
        "0",
        "-2",
        "1/2",
        "x",
        "g",
        "oz",
        "medium",
        "cup",
        "ml",
        "handful",
        "lunch",
    ]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.lists(_CELLS, min_size=5, max_size=5), max_size=12))
def test_every_row_is_accounted_for_once(foods, portions, index, rows) -> None:
    lines = ["date,meal,food,amount,unit", *(",".join(f'"{c}"' for c in row) for row in rows)]
    data = ("\n".join(lines) + "\n").encode()
    diary = _read(data, foods, portions, index)
    counts = diary.counts
    assert counts["read"] == len(rows)
    assert counts["used"] + counts["skipped"] + counts["rejected"] == counts["read"]
    assert diary.account["row"].tolist() == list(range(1, len(rows) + 1))
    assert len(diary.entries) == counts["used"]
    assert (diary.problems["reason"] != "").all()


def test_a_long_cell_on_many_rows_is_cut_alike_on_each(foods, portions, index) -> None:
    # The account repeats at most 200 characters of a cell, the last an ellipsis; a name on
    # many rows is cut once and shown alike on each, and a short one is shown whole.
    rows = "".join(f"2024-05-0{day},lunch,{'x' * 250},1,g\n" for day in (1, 2, 3))
    data = b"date,meal,food,amount,unit\n" + (rows + "2024-05-04,lunch,qqq,1,g\n").encode()
    account = _read(data, foods, portions, index).account
    assert account["status"].tolist() == ["rejected"] * 4
    assert account["column"].tolist() == ["food"] * 4
    assert account["value"].tolist() == ["x" * 199 + "\u2026"] * 3 + ["qqq"]
    assert account["row"].tolist() == [1, 2, 3, 4]


def test_a_cup_of_a_food_without_one_is_the_same_foods_cup(foods, portions, index) -> None:
    # SR28 01256 "Yogurt, Greek, plain, nonfat" has no cup; FNDDS 11411420 "Yogurt, Greek,
    # nonfat milk, plain", the same food by its energy, water, protein and fat, weighs one
    # at 245 g. A cup of Greek yogurt is not weighed by a piece of another food, though.
    data = b"date,meal,food,amount,unit\n2024-05-01,breakfast,sr28:01256,1,cup\n"
    diary = _read(data, foods, portions, index)
    assert diary.counts["used"] == 1
    assert diary.entries.at[0, "grams"] == 245.0
    assert "fndds:11411420" in diary.entries.at[0, "via"]


def test_each_is_the_portion_of_one_item_not_a_quantity_not_specified(
    foods, portions, index
) -> None:
    # FNDDS 55702000 "Idli" has "1 item" 38 g beside "Quantity not specified" 76 g (two).
    data = b"date,meal,food,amount,unit\n2024-05-01,breakfast,fndds:55702000,2,each\n"
    diary = _read(data, foods, portions, index)
    assert diary.entries.at[0, "grams"] == 76.0


def test_a_drink_without_a_density_is_measured_as_water_and_a_bread_is_not(
    foods, portions, index
) -> None:
    # SR28 01289 "Kefir, lowfat, plain, LIFEWAY" (90 g water per 100 g) has no volume portion,
    # nor does any food of the same values: a cup is 236.59 g at 1 g/mL, said on the row. Rye
    # bread (37 g water) is still refused, as a tracker's export would be.
    data = (
        b"date,meal,food,amount,unit\n"
        b"2024-05-01,breakfast,sr28:01289,1,cup\n"
        b"2024-05-01,lunch,sr28:18060,3.25,cup\n"
    )
    diary = _read(data, foods, portions, index)
    account = diary.account.set_index("row")
    assert account.at[1, "status"] == "used"
    assert account.at[1, "reason"].startswith("ASSUMED 1 g/mL")
    assert diary.entries.at[0, "grams"] == pytest.approx(236.5882365)
    assert account.at[2, "status"] == "rejected"
    assert "density" in account.at[2, "reason"]
