"""Hostile files (planner.diary.table and the readers): limits before parsing, strict
dates and numbers, no control characters on the terminal; every bad file is the project's
error naming the line or row (issue 13)."""

from __future__ import annotations

import io
import json
import math
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from planner.charts.days import weekly_figure
from planner.cli import main
from planner.cli.common import terminal_text
from planner.diary import table
from planner.diary.formats import DATE_RANGE, parse_dates, read_export
from planner.diary.table import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_DISTINCT_NAMES,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    check_distinct_names,
    read_table_text,
)
from planner.diary.upload import logged_diary
from planner.errors import PlannerError
from planner.intake.check import check_entries
from planner.intake.targets import Profile, daily_targets

HEADER = "Day,Group,Food Name,Amount,Energy (kcal),Sodium (mg)\n"
ROW = '2024-05-01,Breakfast,"Banana, Fresh",1.00 medium,105,1\n'


def _servings(*rows: str) -> bytes:
    return (HEADER + "".join(rows)).encode()


def _row(*, day: str = "2024-05-01", amount: str = "1.00 medium", sodium: str = "1") -> str:
    return f'{day},Breakfast,"Banana, Fresh",{amount},105,{sodium}\n'


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_servings(ROW, _row(amount="1 a" + " " * MAX_LINE_BYTES + "b")), "line 3 (row 2)"),
        (("a," * (MAX_COLUMNS + 1) + "date\n1\n").encode(), f"{MAX_COLUMNS + 2:,} columns"),
        (_servings(ROW, ROW.rstrip("\n") + ",x,y\n"), "row 2: more cells than the header's 6"),
        (_servings(ROW * 200, ROW.replace("1.00", "1\x0000")), "line 202 (row 201), byte"),
        (
            "Day,Food Name,Amount\n2024-05-01,Crème,1 g\n".encode() + "Brûlée".encode("cp1252"),
            "line 3",
        ),
        (
            "\ufeffDay,Food Name\n2024-05-01,Crème\n".encode() + "Brûlée".encode("cp1252"),
            "line 3 (row 2), byte 38 (0xfb)",
        ),
        (b"\xff\xfeD\x00a\x00y\x00\n\x00\x00\x00", "line 2 (row 1) holds a NUL"),
        (b"Day,Food Name\n2024-05-01,\x81\n", "neither UTF-8 nor Windows-1252"),
    ],
    ids=[
        "long line",
        "wide header",
        "surplus cells",
        "NUL",
        "mixed encoding",
        "BOM",
        "utf-16 NUL",
        "bad byte",
    ],
)
def test_hostile_files_are_refused_naming_the_line(data: bytes, message: str) -> None:
    with pytest.raises(PlannerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_table_text(data)


def test_a_food_name_with_commas_written_without_quotes_is_one_name_in_the_planners_csv() -> None:
    raw = read_table_text(
        b"date,meal,food,amount,unit\n"
        b"2024-05-01,breakfast,banana, raw,1,medium\n"
        b'2024-05-01,lunch,"oatmeal, cooked",1,cup\n'
        b"2024-05-01,dinner,salmon, atlantic, farmed, cooked,4,oz,\n"
    )
    assert raw["food"].tolist() == [
        "banana, raw",
        "oatmeal, cooked",
        "salmon, atlantic, farmed, cooked",
    ]
    assert raw["amount"].tolist() == ["1", "1", "4"]
    assert raw["unit"].tolist() == ["medium", "cup", "oz"]


def test_a_cp1252_file_without_utf8_is_still_read() -> None:
    raw = read_table_text("Day,Food Name\n2024-05-01,Crème brûlée\n".encode("cp1252"))
    assert raw["food name"].tolist() == ["Crème brûlée"]


def test_a_file_over_the_size_limit_is_refused_without_reading_it_all() -> None:
    class Endless(io.RawIOBase):
        asked = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            self.asked += len(buffer)
            buffer[:] = b"x" * len(buffer)
            return len(buffer)

    endless = Endless()
    with pytest.raises(PlannerError, match="larger than 25 MB"):
        read_table_text(io.BufferedReader(endless))
    assert endless.asked <= MAX_FILE_BYTES + 2**20


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_stops_at_once(capsys) -> None:
    assert main(["check", "/dev/zero", "--sex", "F", "--age", "34"]) == 2
    assert "larger than 25 MB" in capsys.readouterr().err


def test_a_long_cell_names_its_row_and_column() -> None:
    data = _servings(ROW, ROW, _row(amount="1" + " cup" * MAX_CELL_CHARS))
    with pytest.raises(PlannerError, match=r"row 3, column 'amount': a cell of 2,001 characters"):
        read_export(data)


def test_too_many_distinct_names_name_the_first_row_past_the_limit() -> None:
    names = pd.Series([f"food {i}" for i in range(MAX_DISTINCT_NAMES)] * 2 + ["one more"])
    with pytest.raises(PlannerError, match=f"row {2 * MAX_DISTINCT_NAMES + 1}, column 'name'"):
        check_distinct_names(names, column="name")
    check_distinct_names(names[:-1], column="name")


def test_a_trailing_delimiter_on_data_rows_reads_every_column() -> None:
    plain = read_export(_servings(ROW, _row(day="2024-05-02", sodium="7")))
    trailing = read_export(_servings(ROW.rstrip("\n") + ",\n", _row(day="2024-05-02", sodium="7")))
    pd.testing.assert_frame_equal(plain.rows, trailing.rows)
    assert trailing.rows["sodium_mg"].tolist() == [1.0, 7.0]
    assert trailing.rows["date"].tolist() == ["2024-05-01", "2024-05-02"]


def _read_both(data: bytes) -> tuple[object, object]:
    """``read_table_text`` of ``data`` as it reads it, then with pandas' reader alone: each a
    frame, or the error's message."""

    def read() -> object:
        try:
            return table.read_table_text(data)
        except PlannerError as exc:
            return str(exc)

    first = read()
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(table, "_read_plain", lambda *args: None)
        return first, read()


@pytest.mark.parametrize(
    "body",
    [
        b'2024-05-01,lunch,"banana, raw",1,medium\n',
        b'2024-05-01,lunch,"say ""cheese""",1,g\n',
        b'2024-05-01,lunch,"two\nlines",1,g\n',
        b'2024-05-01,lunch,"two\r\nlines",1,g\r\n2024-05-02,lunch,apple,1,g\r\n',
        b"2024-05-01,lunch,apple,1,g\r2024-05-02,lunch,pear,1,g",
        b'2024-05-01,lunch,"",1,g\n,,,,\n',
        b'2024-05-01,lunch,a"b,1,g\n',
        b'2024-05-01,lunch,"a"b,1,g\n',
        b"2024-05-01,lunch,apple ,1,g\n",
        "2024-05-01,lunch,cr\u00e8me,1,g\n".encode(),
    ],
    ids=["quoted", "doubled", "LF", "CRLF", "CR", "empty", "mid", "after", "end", "UTF-8"],
)
def test_arrows_reader_reads_a_plain_file_as_pandas_reader_does(body: bytes) -> None:
    data = b"\xef\xbb\xbfdate,meal,food,amount,unit\n" + body
    assert table._read_plain(data, ",", 5) is not None  # the fast reader took it
    fast, slow = _read_both(data)
    assert isinstance(fast, pd.DataFrame)
    assert isinstance(slow, pd.DataFrame)
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)


@settings(max_examples=300, deadline=None)
@example(body=' "a,b",1\n')
@example(body="a,1,\n")
@example(body="\n\n a,1\n")
@example(body='a,"b')  # a quote left open at the end: pandas refuses the file
@example(body='a"b,"c\nd,e\n')
@given(body=st.text(alphabet='a1,"  \t\n\r\u00e9;', max_size=40))
def test_every_file_is_read_as_pandas_reader_reads_it(body: str) -> None:
    # Arrow's reader leaves to pandas what it would read otherwise: a row of another width,
    # a trailing delimiter, white space before a cell or a quote, a line of white space, a
    # quote left open at the end.
    fast, slow = _read_both(("date,food\n" + body).encode())
    if isinstance(fast, pd.DataFrame) and isinstance(slow, pd.DataFrame):
        pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    else:
        assert fast == slow


@settings(max_examples=300, deadline=None)
@given(
    cells=st.lists(st.none() | st.text(alphabet=" \t a\u00e9\u3000,", max_size=4), max_size=8),
    large=st.booleans(),
    cut=st.integers(0, 2),
)
def test_blank_edges_are_read_off_the_buffers_as_a_pattern_reads_them(
    cells: list[str | None], large: bool, cut: int
) -> None:
    # The first and last bytes of each cell, read off an Arrow column's buffers (sliced,
    # chunked, 32- or 64-bit offsets, with missing cells), say what a regular expression says.
    import pyarrow as pa
    from pyarrow import compute

    array = pa.array(cells, pa.large_string() if large else pa.string())
    array = array.slice(min(cut, len(array)), max(len(array) - 2 * cut, 0))
    for ends, pattern in ((False, "^[ \t]"), (True, "^[ \t]|[ \t]$")):
        expected = bool(compute.any(compute.match_substring_regex(array, pattern)).as_py())
        assert table._edge_blank(array, ends=ends) is expected
        assert (
            table._edge_blank(pa.chunked_array([array, array], array.type), ends=ends) is expected
        )


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-05-01", "2024-05-01"),
        ("2024-5-1", "2024-05-01"),
        ("5/1/2024", "2024-05-01"),
        ("2024-05-01 10:00:00", "2024-05-01"),
        (DATE_RANGE[0], DATE_RANGE[0]),
        (DATE_RANGE[1], DATE_RANGE[1]),
        ("1899-12-31", ""),
        ("2101-01-01", ""),
        ("today", ""),
        ("now", ""),
        ("0001-01-01", ""),
        ("9999-12-31", ""),
        ("-2024-05-01", ""),
        ("2024-02-30", ""),
        ("١٢٣٤-٠٥-٠١", ""),
        # 2024 is a leap year; 1900 and 2023 are not (Gregorian calendar).
        ("2024-02-29", "2024-02-29"),
        ("2/29/2024", "2024-02-29"),
        ("1900-02-29", ""),
        ("2/29/2023", ""),
        ("2024-05-01T08:30:00", "2024-05-01"),
        ("12/31/2100 11:59 PM", "2100-12-31"),
        ("2024-13-01", ""),
        ("13/1/2024", ""),
    ],
)
def test_dates_outside_the_stated_range_or_shape_are_not_dates(text: str, iso: str) -> None:
    assert parse_dates(pd.Series([text])).tolist() == [iso]


def test_bad_dates_are_rejected_with_their_row() -> None:
    data = _servings(*(_row(day=d) for d in ("today", "0001-01-01", "-2024-05-01", "2024-05-01")))
    account = logged_diary(read_export(data)).account
    rejected = account[account["status"] == "rejected"]
    assert rejected["row"].tolist() == [1, 2, 3]
    assert set(rejected["column"]) == {"date"}
    assert rejected["reason"].str.contains("from 1900 to 2100").all()


def test_nutrient_cells_that_are_not_amounts_are_rejected_with_the_reason() -> None:
    cells = ["-5000", "abc", "inf", "1e309", "1e308", "12"]
    diary = logged_diary(read_export(_servings(*(_row(sodium=c) for c in cells))))
    reasons = diary.account.set_index("row")["reason"]
    assert reasons[1] == "expected 0 or more"
    assert reasons[2] == "expected a number"
    assert reasons[3] == reasons[4] == "expected a finite number"
    assert "not believable" in reasons[5]
    assert diary.entries["sodium_mg"].tolist() == [12.0]


def test_weekly_chart_takes_the_first_and_last_dates_of_the_range(foods) -> None:
    entries = pd.DataFrame(
        {
            "date": list(DATE_RANGE),
            "meal": "snacks",
            "food_id": "sr28:09040",
            "grams": [118.0, 118.0],
        }
    )
    targets = daily_targets(Profile("F", 34), overrides={"sodium_mg": {"min": 0.0}})
    check = check_entries(entries, foods=foods, targets=targets)
    figure = weekly_figure(check)
    assert list(figure.data[0].x) == ["week of 1900-01-01", "week of 2100-12-27"]
    sodium = next(t for t in figure.data if t.name == "Sodium")
    assert np.isnan(np.asarray(sodium.y, dtype=float)).all()


def test_terminal_text_drops_escape_sequences() -> None:
    assert terminal_text("\x1b[2Jred\x9b0m\u202eabc\tok") == "?[2Jred?0m?abc\tok"


def test_check_prints_no_control_characters_and_json_no_infinity(capsys, tmp_path: Path) -> None:
    path = tmp_path / "servings.csv"
    path.write_bytes(
        _servings(
            '2024-05-01,Breakfast,"\x1b[31mred\x1b[0m",1.00 medium,105,inf\n',
            _row(sodium="1e308"),
            _row(sodium="5"),
        )
    )
    assert main(["check", str(path), "--sex", "F", "--age", "34"]) == 0
    out = capsys.readouterr()
    assert "\x1b" not in out.out + out.err
    assert "row 1, column sodium (mg): rejected: expected a finite number" in out.err
    assert main(["check", str(path), "--sex", "F", "--age", "34", "--json"]) == 0
    result = json.loads(capsys.readouterr().out, parse_constant=lambda c: pytest.fail(c))
    totals = result["days"][0]["totals"]
    assert totals["sodium_mg"] == 5.0
    assert all(v is None or math.isfinite(v) for v in totals.values())


@pytest.mark.parametrize("override", ["sodium_mg.min=inf", "sodium_mg.max=-5", "foo.max=5", "x"])
def test_bad_overrides_are_the_projects_error(capsys, override: str) -> None:
    assert main(["targets", "--sex", "F", "--age", "34", "--override", override]) == 2
    assert capsys.readouterr().err.startswith("planner: error:")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.from_regex(r"-?[0-9]{1,5}[-/][0-9]{1,3}[-/][0-9]{1,5}"))
def test_any_date_text_is_a_date_in_range_or_none(text: str) -> None:
    (iso,) = parse_dates(pd.Series([text])).tolist()
    assert iso == "" or (DATE_RANGE[0] <= iso <= DATE_RANGE[1] and pd.Timestamp(iso))


_NUMBERS = st.floats(allow_nan=True, allow_infinity=True).map(repr) | st.from_regex(
    r"-?[0-9]{0,400}([.,][0-9]{0,40})?(e[-+]?[0-9]{1,4})?"
)


@settings(max_examples=200, deadline=None)
@given(cells=st.lists(st.text(max_size=30) | _NUMBERS, min_size=1, max_size=5))
def test_any_nutrient_cell_is_a_finite_amount_or_a_reason(cells: list[str]) -> None:
    quoted = [_row(sodium='"' + c.replace('"', '""') + '"') for c in cells]
    try:
        export = read_export(_servings(*quoted))
    except PlannerError:
        return
    rows = export.rows
    sodium = rows["sodium_mg"].to_numpy(dtype=float)
    known = ~np.isnan(sodium)
    assert (np.isfinite(sodium[known]) & (sodium[known] >= 0)).all()
    assert len(rows) == len(cells)
    blank = np.array(
        [c.strip().lower() in ("", "n/a", "na", "-", "--", "nan", "none") for c in cells]
    )
    reasoned = (rows["problem_reason"] != "").to_numpy()
    assert (known | blank | reasoned).all()
    account = logged_diary(export).account
    assert len(account) == len(rows)
    assert set(account.loc[reasoned, "status"]) <= {"rejected"}


def test_a_header_in_a_diary_message_is_not_read_as_markdown() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(Path(__file__).parent.parent / "streamlit_app.py"))
    at.default_timeout = 60
    at.run()
    at.switch_page("views/diary.py").run()
    data = b"Date,Name,Sodium,![K](http://evil.example/k.png) (g)\n2024-03-01,Banana,1,0.42\n"
    at.file_uploader(key="diary_file").set_value(("other.csv", data, "text/csv")).run()
    at.selectbox(key="columns_date").set_value("date")
    at.selectbox(key="columns_name").set_value("name")
    at.selectbox(key="columns_potassium_header").set_value("![k](http://evil.example/k.png) (g)")
    at.selectbox(key="columns_potassium_unit").set_value("g")
    at.button[0].click().run()
    assert not at.exception
    note = next(i.value for i in at.info if "converted to potassium" in i.value)
    assert note.startswith(r"\!\[k\]\(http\://evil\.example/k\.png\) \(g\) read as")


_CELLS = (
    st.sampled_from(
        [
            "1 1/0 medium",
            "1.00 1/2 cup",
            "1.5 1/2 cup",
            "-2",
            "0",
            "inf",
            "1e309",
            "abc",
            "today",
            "-2024-05-01",
            "9999-12-31",
            '=HYPERLINK("http://127.0.0.1:9/")',
            "<b>x</b> **y**",
            "Banana, Fresh",
            "xyzzy",
            "2 large",
            "bucket",
            "Magnesium glycinate",
            "Quick Add, Calories",
        ]
    )
    | st.text(max_size=12)
    | _NUMBERS
)


def _diary_bytes(planner_csv: bool, rows: list[tuple[str, str, str, str]]) -> bytes:
    """A planner CSV (date, name, amount, unit) or a Cronometer export (date, name, amount,
    sodium) of ``rows``, every cell quoted."""

    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    if planner_csv:
        lines = [
            f"{quoted(day)},lunch,{quoted(name)},{quoted(amount)},{quoted(unit)}\n"
            for day, name, amount, unit in rows
        ]
        return ("date,meal,food,amount,unit\n" + "".join(lines)).encode()
    lines = [
        f"{quoted(day)},Lunch,{quoted(name)},{quoted(amount)},105,{quoted(sodium)}\n"
        for day, name, amount, sodium in rows
    ]
    return (HEADER + "".join(lines)).encode()


_DIARY_ROWS = st.lists(
    st.tuples(st.sampled_from(["2024-05-01", "2024-05-02"]) | _CELLS, _CELLS, _CELLS, _CELLS),
    min_size=1,
    max_size=4,
)


@settings(max_examples=60, deadline=None)
# A supplement in the planner's CSV was once rejected with an empty reason.
@example(planner_csv=True, rows=[("2024-05-01", "Magnesium glycinate", "2", "g")], remap=False)
@given(planner_csv=st.booleans(), rows=_DIARY_ROWS, remap=st.booleans())
def test_no_cell_of_a_diary_breaks_planner_check(
    planner_csv: bool, rows: list[tuple[str, str, str, str]], remap: bool, tmp_path_factory
) -> None:
    """The same cells through the CLI, as logged and recomputed: an answer in valid JSON (no
    NaN or Infinity) or the project's one-line error, never a traceback."""
    import contextlib

    path = tmp_path_factory.mktemp("diary") / "diary.csv"
    path.write_bytes(_diary_bytes(planner_csv, rows))
    out, err = io.StringIO(), io.StringIO()
    command = ["check", str(path), "--sex", "F", "--age", "34", "--json"]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*command, "--remap"] if remap else command)
    if code == 0:
        answer = json.loads(
            out.getvalue(), parse_constant=lambda c: pytest.fail(f"{c} in the JSON")
        )
        # Every row is accounted for, and every row not used says why.
        counts = answer["rows"]
        assert counts["read"] == counts["used"] + counts["skipped"] + counts["rejected"]
        assert all(problem["reason"].strip() for problem in answer["problems"])
    else:
        assert code == 2
        assert err.getvalue().startswith("planner: error: ")
        assert "Traceback" not in err.getvalue()


@settings(max_examples=30, deadline=None)
@example(planner_csv=True, rows=[("2024-05-01", "Bananas, raw", "1", "bucket")])
@example(planner_csv=False, rows=[("2024-05-01", "Banana, Fresh", "1 1/0 medium", "1")])
@given(
    planner_csv=st.booleans(),
    rows=_DIARY_ROWS,
)
def test_no_cell_of_an_upload_breaks_the_food_diary_page(
    planner_csv: bool, rows: list[tuple[str, str, str, str]]
) -> None:
    """Dates, names, amounts and nutrient cells of every shape, in the planner's CSV and a
    tracker export, as logged and recomputed: the page shows the project's messages, never an
    exception (an unreadable amount once raised a KeyError here)."""
    from streamlit.testing.v1 import AppTest

    data = _diary_bytes(planner_csv, rows)
    at = AppTest.from_file(str(Path(__file__).parent.parent / "streamlit_app.py"))
    at.default_timeout = 60
    at.run()
    at.switch_page("views/diary.py").run()
    at.file_uploader(key="diary_file").set_value(("diary.csv", data, "text/csv")).run()
    assert not at.exception
    switches = [t for t in at.toggle if t.label.startswith("Recompute")]
    if switches:
        switches[0].set_value(True).run()
        assert not at.exception
    # The same file as a saved food mapping, and loaded into the plans on Plan a day.
    at.file_uploader(key="diary_mapping_file").set_value(("map.csv", data, "text/csv")).run()
    assert not at.exception
    at.switch_page("views/plan_day.py").run()
    at.file_uploader(key="plan_csv").set_value(("diary.csv", data, "text/csv")).run()
    at.button(key="plan_csv_go").click().run()
    assert not at.exception


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=130), min_size=1, max_size=40))
def test_a_line_past_the_limit_is_found_wherever_it_falls(lengths: list[int]) -> None:
    # With a limit of 50 bytes the check looks for a newline in every 25 bytes from the
    # start; lines of random lengths around it must be judged as measuring each would.
    data = b"\n".join(b"x" * n for n in lengths)
    longest = next((i for i, n in enumerate(lengths) if n > 50), None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table, "MAX_LINE_BYTES", 50)
        if longest is None:
            table._check_line_lengths(data)
        else:
            with pytest.raises(PlannerError, match=rf"^line {longest + 1} \("):
                table._check_line_lengths(data)


def test_a_line_of_exactly_the_limit_is_read() -> None:
    row = _row(amount="1" + " " * (MAX_LINE_BYTES - len(_row(amount="1"))) + "")
    assert len(row.rstrip("\n").encode()) == MAX_LINE_BYTES - 1
    data = _servings(ROW * 1000, row.replace(",105,", ",105 ,"), ROW)
    assert max(len(line) for line in data.split(b"\n")) == MAX_LINE_BYTES
    assert len(read_table_text(data)) == 1002
