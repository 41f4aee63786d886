"""The store: what is kept, whose it is, leaving with everything, and faults.

Every test that takes ``url`` runs against SQLite and, when Debian's PostgreSQL 15 is
installed, against a real PostgreSQL server started for the session on a Unix socket.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import main
from planner.diary.upload import Upload, read_upload
from planner.errors import PlannerError
from planner.intake.targets import Profile, daily_targets
from planner.resolve.names import build_match_index
from planner.store import (
    CorruptStoreError,
    LockedStoreError,
    PlanEntry,
    StoreError,
    open_store,
)
from planner.sweat.losses import Session

DATA = Path(__file__).resolve().parent / "data"


def _postgres_bin() -> Path | None:
    """The newest of Debian's PostgreSQL server folders (``apt-get install postgresql``;
    15 on bookworm), or ``None``."""
    found = [p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")]
    versions = [p for p in found if p.parts[-2].isdigit()]
    return max(versions, key=lambda p: int(p.parts[-2]), default=None)


BANANA, MILK, SPINACH = "sr28:09040", "sr28:01077", "sr28:11457"


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    """A PostgreSQL 15 server on a Unix socket in a temporary folder, for the session.

    Yields a URL without a database name; :func:`url` creates one database per test.
    """
    bin_dir = _postgres_bin()
    if bin_dir is None:
        reason = (
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; "
            "apt-get install postgresql)"
        )
        if os.environ.get("PLANNER_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason}, and PLANNER_REQUIRE_POSTGRES=1")
        pytest.skip(reason)
    # Outside pytest's own temporary folder, which only root may enter.
    base = Path(tempfile.mkdtemp(prefix="planner-pg-"))
    data, socket = base / "data", base / "socket"
    socket.mkdir()
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        run_as = ["runuser", "-u", "postgres", "--"]
        for path in (base, socket):
            shutil.chown(path, "postgres", "postgres")

    def run(*command: str) -> None:
        subprocess.run([*run_as, *command], check=True, capture_output=True, timeout=120)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "planner", "-A", "trust", "-N")
    options = f"-k {socket} -c listen_addresses='' -F"
    run(
        str(bin_dir / "pg_ctl"),
        "-D",
        str(data),
        "-o",
        options,
        "-l",
        str(base / "log"),
        "-w",
        "start",
    )
    try:
        yield f"postgresql+psycopg://planner@/{{database}}?host={socket}"
    finally:
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database of each kind."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    import psycopg

    server: str = request.getfixturevalue("postgres")
    name = f"t{abs(hash(request.node.nodeid)) % 10**12}"
    socket = server.split("host=")[1]
    with psycopg.connect(host=socket, user="planner", dbname="postgres", autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {name}")
        c.execute(f"CREATE DATABASE {name}")
    return server.format(database=name)


@pytest.fixture(scope="session")
def uploads(foods, portions, index) -> dict[str, Upload]:
    """Example exports read as ``planner days import`` reads them, by file name."""
    matcher = build_match_index(foods, index)
    names = ("cronometer_servings.csv", "planner_utf16.csv", "mfp_nutrition_summary.csv")
    return {
        name: read_upload(DATA / name, foods=foods, portions=portions, index=index, matcher=matcher)
        for name in (*names, "loseit.csv")
    }


def _save(url: str, upload: Upload, *, user: str = "local") -> list[str]:
    with open_store(url, user=user) as store:
        return store.save_upload(upload, name="diary.csv")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_sqlite_store_is_made_in_the_data_folder_with_wal_and_foreign_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANNER_STORE_DIR", str(tmp_path / "new"))
    with open_store() as store:
        store.save_plan_day("2025-01-02", [PlanEntry("breakfast", BANANA, "1", "medium")])
    path = tmp_path / "new" / "planner.sqlite3"
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert db.execute("SELECT date FROM plan_day").fetchall() == [("2025-01-02",)]
    with open_store() as store:  # opened again: migrated once, data kept
        assert store.plan_dates() == ["2025-01-02"]
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_the_migrations_make_exactly_the_tables_the_code_uses(url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.config import Config
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from planner.store import engine
    from planner.store.engine import SCHEMA_REVISION
    from planner.store.models import Base

    config = Config()
    config.set_main_option("script_location", str(Path(engine.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(config).get_heads() == [SCHEMA_REVISION]

    with open_store(url) as store, store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []


def test_profile_and_a_doctors_limit_are_kept(url: str) -> None:
    with open_store(url) as store:
        assert store.profile() is None
        store.save_profile(Profile("F", 34.0, pregnant=True), limits={"sodium_mg": {"max": 1500.0}})
        store.save_profile(Profile("F", 35.0), limits={"sodium_mg": {"max": 1200.0}})
    with open_store(url) as store:
        saved = store.profile()
    assert saved is not None
    assert saved.profile == Profile("F", 35.0)
    assert saved.limits == {"sodium_mg": {"max": 1200.0}}
    # The limit is the doctor's: the CDRR of 2,300 mg gives way to 1,200 mg.
    targets = daily_targets(saved.profile, overrides=saved.limits)
    assert (targets["sodium_mg"].max, targets["sodium_mg"].max_kind) == (1200.0, "override")


def test_a_planned_day_is_replaced_copied_and_a_meal_copied(url: str) -> None:
    day = [
        PlanEntry("breakfast", BANANA, "1", "medium"),
        PlanEntry("breakfast", MILK, "1", "cup", grams=244.0),
        PlanEntry("lunch", SPINACH, "100", "g", grams=100.0),
    ]
    with open_store(url) as store:
        store.save_plan_day("2025-01-02", day)
        assert store.plan_day("2025-01-02") == day
        assert store.plan_day("2025-01-03") is None
        store.save_plan_day("2025-01-03", [PlanEntry("lunch", MILK, "2", "cup")])
        # A meal copied replaces that meal only; the other meals stay.
        assert store.copy_day("2025-01-02", "2025-01-03", meal="breakfast") == 2
        assert store.plan_day("2025-01-03") == [PlanEntry("lunch", MILK, "2", "cup"), *day[:2]]
        assert store.copy_day("2025-01-02", "2025-01-04") == 3
        assert store.plan_day("2025-01-04") == day
        store.save_plan_day("2025-01-02", day[2:])
        assert store.plan_day("2025-01-02") == day[2:]
        assert store.plan_day("2025-01-04") == day  # a copy, not a link
        with pytest.raises(PlannerError, match="no plan is saved for 2025-02-01"):
            store.copy_day("2025-02-01", "2025-02-02")
        with pytest.raises(PlannerError, match="not a date"):
            store.save_plan_day("2025-13-01", day)
        frame = store.plan_frame("2025-01-03", "2025-01-03")
        assert frame.to_dict("records")[0] == {
            "date": "2025-01-03",
            "meal": "lunch",
            "food": MILK,
            "amount": "2",
            "unit": "cup",
        }
        assert store.delete_plan_day("2025-01-04")
        assert store.plan_dates() == ["2025-01-02", "2025-01-03"]


def test_page_rows_convert_to_entries_and_back() -> None:
    row = {"meal": "lunch", "food": BANANA, "amount": 1.5, "unit": "medium"}
    entry = PlanEntry.from_row(row)
    assert entry == PlanEntry("lunch", BANANA, "1.5", "medium")
    assert entry.as_row() == row


def test_a_workout_raises_that_days_targets(url: str) -> None:
    session = Session(mass_before_kg=70.0, mass_after_kg=68.6, drank_l=0.5, hours=1.5)
    with open_store(url) as store:
        result = store.save_workout("2025-01-02", session)
    with open_store(url) as store:
        saved = store.workouts()
        targets = store.targets_by_date(daily_targets(Profile("F", 34.0)))
    assert list(saved) == ["2025-01-02"]
    # 70 - 68.6 + 0.5 = 1.9 L of sweat; sodium 1.9 L x 50 mmol/L x 22.99 mg/mmol = 2,184.05 mg.
    assert saved["2025-01-02"].sweat_loss_l == pytest.approx(1.9)
    assert saved["2025-01-02"].as_dict() == result.as_dict()
    day = targets["2025-01-02"]
    assert day["water_g"].min == pytest.approx(2700.0 + 1900.0)
    assert day["sodium_mg"].min == pytest.approx(1500.0 + 2184.05)
    assert day["water_g"].adjusted.startswith("training day")


def test_saved_diary_days_check_exactly_as_the_file(url: str, capsys) -> None:
    diary = str(DATA / "cronometer_servings.csv")
    profile = ("--sex", "F", "--age", "34", "--json")
    code, out, err = _run(capsys, "days", "import", diary, "--db", url)
    assert code == 0, err
    assert "Saved 2 days" in out
    assert "2023-09-17, 2023-09-18" in out
    assert "row 8, column amount: skipped" in err
    _, from_file, _ = _run(capsys, "check", diary, *profile)
    code, saved, err = _run(
        capsys, "check", "--saved", "2023-09-01", "2023-09-30", "--db", url, *profile
    )
    assert code == 0, err
    assert json.loads(saved) == json.loads(from_file)
    days = {d["date"]: d["totals"] for d in json.loads(saved)["days"]}
    # Cronometer's own values: 422.44 + 322 + 334.8 mg (the supplement and the granola log
    # no potassium); energy 105.02 + 149 + 13.8 + 133.64 kcal.
    assert days["2023-09-17"]["potassium_mg"] == pytest.approx(1079.24)
    assert days["2023-09-17"]["energy_kcal"] == pytest.approx(401.46)
    assert days["2023-09-18"]["energy_kcal"] == pytest.approx(218 + 250)
    _, remapped_file, _ = _run(capsys, "check", diary, "--remap", *profile)
    _, remapped, _ = _run(
        capsys, "check", "--saved", "2023-09-17", "2023-09-18", "--remap", "--db", url, *profile
    )
    assert json.loads(remapped) == json.loads(remapped_file)
    # One day of the two: only that day and the rows dated that day.
    _, one, _ = _run(capsys, "check", "--saved", "2023-09-18", "2023-09-18", "--db", url, *profile)
    result = json.loads(one)
    assert [d["date"] for d in result["days"]] == ["2023-09-18"]
    assert result["rows"] == {"read": 4, "used": 3, "skipped": 1, "rejected": 0, "guessed": 0}


def test_a_diary_whose_every_row_was_rejected_is_kept_with_its_account(
    url: str, capsys, tmp_path
) -> None:
    # An INSERT given no rows once ran with no values: "NOT NULL constraint failed:
    # diary_entry.import_id", and the day's account was lost.
    path = tmp_path / "menu.csv"
    path.write_text("date,meal,food,amount,unit\n2024-05-01,lunch,xyzzy,1,cup\n")
    code, out, err = _run(capsys, "days", "import", str(path), "--db", url)
    assert code == 0, err
    assert "Saved 1 day" in out
    with open_store(url) as store:
        (kept,) = store.saved_uploads()
    assert kept.upload.database is not None
    assert kept.upload.database.entries.empty
    assert kept.upload.database.account["status"].tolist() == ["rejected"]


def test_check_saved_uses_the_saved_profile_and_limits(url: str, uploads, capsys) -> None:
    _save(url, uploads["cronometer_servings.csv"])
    days = ("--saved", "2023-09-17", "2023-09-18", "--db", url, "--json")
    code, _, err = _run(capsys, "check", *days)
    assert code == 2
    assert "no profile is saved yet" in err
    with open_store(url) as store:
        store.save_profile(Profile("M", 75.0), limits={"sodium_mg": {"max": 1500.0}})
    code, out, err = _run(capsys, "check", *days)
    assert code == 0, err
    result = json.loads(out)
    assert result["profile"] == {
        "sex": "M",
        "age_years": 75.0,
        "pregnant": False,
        "lactating": False,
    }
    # Men over 70: calcium RDA 1,200 mg (IOM 2011; data/targets.csv), not the 1,000 mg at 34.
    assert result["targets"]["calcium_mg"]["min"] == 1200.0
    assert (result["targets"]["sodium_mg"]["max"], result["targets"]["sodium_mg"]["max_kind"]) == (
        1500.0,
        "override",
    )
    _, out, _ = _run(capsys, "check", *days, "--override", "sodium_mg.max=1800")
    assert json.loads(out)["targets"]["sodium_mg"]["max"] == 1800.0
    code, _, err = _run(capsys, "check", str(DATA / "loseit.csv"))
    assert code == 2
    assert "give --sex and --age" in err


def test_check_saved_says_when_nothing_is_saved(capsys) -> None:
    code, _, err = _run(
        capsys, "check", "--saved", "2023-01-01", "2023-01-31", "--sex", "F", "--age", "34"
    )
    assert code == 2
    assert "no saved days from 2023-01-01 to 2023-01-31" in err


def test_importing_a_day_again_replaces_it(url: str, uploads) -> None:
    for _ in range(2):
        assert _save(url, uploads["cronometer_servings.csv"]) == ["2023-09-17", "2023-09-18"]
    with open_store(url) as store:
        timeline = store.timeline()
        uploads = store.saved_uploads()
    assert timeline[["date", "tracker_entries"]].values.tolist() == [
        ["2023-09-17", 5],
        ["2023-09-18", 3],
    ]
    assert len(uploads) == 1  # the first import lost all its days and went


def test_a_correction_is_applied_the_next_time(url: str, capsys) -> None:
    with open_store(url) as store:
        store.save_corrections({"Publix, Whole Milk": "sr28:01079", "Almonds": ""})
        store.save_amount_corrections({("Brown Rice, Cooked", "1.00 cup"): 200.0})
        assert store.corrections() == {"Almonds": "", "Publix, Whole Milk": "sr28:01079"}
    code, _, err = _run(
        capsys, "days", "import", str(DATA / "cronometer_servings.csv"), "--db", url
    )
    assert code == 0, err
    with open_store(url) as store:
        (saved,) = store.saved_uploads()
    matches = saved.upload.matches
    assert matches is not None
    milk = matches[matches["name"] == "Publix, Whole Milk"].iloc[0]
    assert (milk["food_id"], milk["status"]) == ("sr28:01079", "user")
    database = saved.upload.database
    assert database is not None
    rice = database.entries[database.entries["row"] == 7].iloc[0]
    assert rice["grams"] == 200.0


def test_one_user_cannot_read_or_change_anothers_rows(url: str) -> None:
    with open_store(url, user="alice@example.org") as alice:
        alice.save_profile(Profile("F", 34.0))
        alice.save_plan_day("2025-01-02", [PlanEntry("lunch", BANANA, "1", "medium")])
        alice.save_workout("2025-01-02", Session(70.0, 69.0, 0.5, 1.0))
        alice.save_corrections({"banana": BANANA})
        alice.set_favourite(BANANA)
    with open_store(url, user="alice@example.org") as alice:
        # One engine for the process, one binding per person.
        assert alice.for_user("bob@example.org").plan_dates() == []
        assert alice.for_user("alice@example.org").plan_dates() == ["2025-01-02"]
    with open_store(url, user="bob@example.org") as bob:
        assert bob.profile() is None
        assert bob.plan_dates() == []
        assert bob.plan_day("2025-01-02") is None
        assert bob.workouts() == {}
        assert bob.corrections() == {}
        assert bob.favourite_foods() == []
        assert bob.timeline().empty
        with pytest.raises(PlannerError, match="no plan is saved"):
            bob.copy_day("2025-01-02", "2025-01-03")
        assert not bob.delete_plan_day("2025-01-02")
        assert not bob.delete_workout("2025-01-02")
        assert not bob.delete_correction("banana")
        bob.save_plan_day("2025-01-02", [])  # his own day of the same date
        bob.delete_everything()
        assert bob.export_json()["plan_days"] == []
    with open_store(url, user="alice@example.org") as alice:
        assert alice.plan_day("2025-01-02") == [PlanEntry("lunch", BANANA, "1", "medium")]
        assert list(alice.workouts()) == ["2025-01-02"]
        assert alice.corrections() == {"banana": BANANA}
        assert alice.profile() is not None


def test_an_upload_of_one_user_is_not_anothers(url: str, uploads) -> None:
    upload = uploads["loseit.csv"]
    with open_store(url, user="alice") as alice:
        alice.save_upload(upload, name="loseit.csv")
        (mine,) = alice.saved_uploads()
    with open_store(url, user="bob") as bob:
        assert bob.saved_uploads() == []
        assert bob.tracker_dates() == []
        assert not bob.delete_upload(mine.import_id)
        bob.save_upload(upload)  # the same dates, his own
    with open_store(url, user="alice") as alice:
        assert [s.import_id for s in alice.saved_uploads()] == [mine.import_id]
        assert alice.tracker_dates() == ["2026-08-01", "2026-08-05"]


def _fill(url: str) -> None:
    with open_store(url) as store:
        store.save_profile(Profile("M", 51.0), limits={"potassium_mg": {"max": 2000.0}})
        store.save_plan_day(
            "2023-09-17",
            [PlanEntry("breakfast", BANANA, "1", "medium"), PlanEntry("lunch", MILK, "1", "cup")],
        )
        store.save_plan_day("2023-09-20", [])
        store.save_workout("2023-09-18", Session(80.0, 78.9, 0.75, 2.0, note="hot, 31 °C"))
        store.save_corrections({"Almonds": "sr28:12061", "Quick Add": ""})
        store.save_amount_corrections({("Almonds", "1 handful"): 28.0})
        store.note_used([BANANA, MILK])
        store.note_used([BANANA])
        store.set_favourite(SPINACH)


def test_everything_leaves_as_json_and_comes_back_whole(
    url: str, tmp_path: Path, capsys, uploads
) -> None:
    _fill(url)
    for upload in list(uploads.values())[:3]:
        _save(url, upload)
    code, out, _ = _run(capsys, "days", "export", "--json", "--db", url)
    assert code == 0
    exported = json.loads(out)
    assert [d["format"] for d in exported["diaries"]] == ["cronometer-servings", "planner", "mfp"]
    foods = {f["food_id"]: f for f in exported["foods"]}
    assert {k: foods[BANANA][k] for k in ("favourite", "uses")} == {"favourite": False, "uses": 2}
    assert {k: foods[SPINACH][k] for k in ("favourite", "uses")} == {"favourite": True, "uses": 0}
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    with open_store(other, user="someone") as store:
        store.import_json(exported)
        again = store.export_json()
        with pytest.raises(PlannerError, match="already holds data"):
            store.import_json(exported)
    assert again | {"exported_at": ""} == exported | {"exported_at": ""}
    # What was imported checks as the original did.
    profile = ("--sex", "F", "--age", "34", "--json")
    _, first, _ = _run(
        capsys, "check", "--saved", "2023-01-01", "2025-12-31", "--db", url, *profile
    )
    with open_store(other, user="local") as store:
        store.import_json(exported)
    _, second, _ = _run(
        capsys, "check", "--saved", "2023-01-01", "2025-12-31", "--db", other, *profile
    )
    assert json.loads(first) == json.loads(second)


def test_everything_leaves_as_csv(url: str, uploads, tmp_path: Path, capsys) -> None:
    from planner.diary.planner_csv import read_diary_text

    _fill(url)
    _save(url, uploads["cronometer_servings.csv"])
    code, _out, err = _run(capsys, "days", "export", "--out", str(tmp_path / "out"), "--db", url)
    assert code == 0
    assert "Wrote 11 CSV files" in err
    plan = read_diary_text(tmp_path / "out" / "plan.csv")
    assert plan[["date", "meal", "food", "amount", "unit"]].values.tolist() == [
        ["2023-09-17", "breakfast", BANANA, "1", "medium"],
        ["2023-09-17", "lunch", MILK, "1", "cup"],
    ]
    corrections = read_diary_text(tmp_path / "out" / "corrections.csv")
    assert corrections[["name", "food_id"]].values.tolist() == [
        ["Almonds", "sr28:12061"],
        ["Quick Add", ""],
    ]
    _, days, _ = _run(capsys, "days", "export", "--db", url)
    lines = days.splitlines()
    assert lines[0].startswith("date,source,meal,name,food_id,amount,unit,grams,potassium_mg")
    # 2 planned entries and 8 used rows of the diary.
    assert len(lines) == 1 + 2 + 8
    assert lines[3].startswith('2023-09-17,tracked,breakfast,"Banana, Fresh",sr28:09040,1.0,')


def test_delete_everything_leaves_an_empty_store(url: str, uploads, capsys) -> None:
    _fill(url)
    _save(url, uploads["cronometer_servings.csv"])
    with open_store(url) as store:
        store.delete_everything()
        document = store.export_json()
    assert all(
        document[k] in (None, [])
        for k in document
        if k not in ("document", "version", "exported_at")
    )
    with open_store(url) as store, store.engine.connect() as connection:
        for table in ("diary_entry", "diary_account", "diary_match", "plan_entry"):
            assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_the_timeline_joins_plans_tracker_days_and_workouts(url: str, uploads, capsys) -> None:
    _fill(url)
    _save(url, uploads["cronometer_servings.csv"])
    with open_store(url) as store:
        timeline = store.timeline()
        assert store.timeline("2023-09-18", "2023-09-18")["date"].tolist() == ["2023-09-18"]
    rows = timeline.set_index("date")
    assert rows.index.tolist() == ["2023-09-17", "2023-09-18", "2023-09-20"]
    assert rows["planned_entries"].tolist() == [2, 0, 0]
    assert rows["tracker_entries"].tolist() == [5, 3, 0]
    assert rows.loc["2023-09-18", "tracker_format"] == "cronometer-servings"
    # 80 - 78.9 + 0.75 = 1.85 L of sweat on the 18th.
    assert rows.loc["2023-09-18", "sweat_loss_l"] == pytest.approx(1.85)
    assert rows["workout_hours"].isna().tolist() == [True, False, True]
    code, out, _ = _run(capsys, "days", "list", "--db", url)
    assert code == 0
    assert "2023-09-18        0        3  Cronometer servings." in out
    assert "2 h, 1.85 L sweat" in out
    code, out, _ = _run(capsys, "days", "show", "2023-09-17", "--json", "--db", url)
    shown = json.loads(out)
    assert [e["food_id"] for e in shown["planned"]] == [BANANA, MILK]
    assert [e["name"] for e in shown["tracked"][0]["entries"]][:2] == [
        "Banana, Fresh",
        "Publix, Whole Milk",
    ]


def test_favourite_and_recent_foods(url: str) -> None:
    with open_store(url) as store:
        store.note_used([MILK])
        store.note_used([BANANA, SPINACH, BANANA])
        store.set_favourite(SPINACH)
        store.set_favourite(MILK)
        store.set_favourite(MILK, False)
        assert store.favourite_foods() == [SPINACH]
        recent = store.recent_foods()
    assert set(recent[:2]) == {BANANA, SPINACH}
    assert recent[2] == MILK


def test_a_damaged_file_is_named_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    junk = b"this is a shopping list, not a database\n" * 200
    path.write_bytes(junk)
    with pytest.raises(CorruptStoreError, match=r"planner.sqlite3 is damaged or is not a planner"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == junk
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE recipes (name TEXT)")
    before = other.read_bytes()
    with pytest.raises(CorruptStoreError, match="tables of another program"):
        open_store(f"sqlite:///{other}")
    assert other.read_bytes() == before


def test_a_store_of_a_newer_planner_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'planner.sqlite3'}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "planner.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="newer version of the planner"):
        open_store(url)


def test_a_locked_store_says_so_and_keeps_what_was_saved(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'planner.sqlite3'}"
    with open_store(url) as store:
        store.save_plan_day("2025-01-02", [PlanEntry("lunch", BANANA, "1", "medium")])
    holder = sqlite3.connect(tmp_path / "planner.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, and not finishing
    try:
        with open_store(url, busy_timeout_s=0.2) as store:
            assert store.plan_dates() == ["2025-01-02"]  # reading still works (WAL)
            with pytest.raises(LockedStoreError, match="is busy: another program"):
                store.save_plan_day("2025-01-02", [])
    finally:
        holder.rollback()
        holder.close()
    with open_store(url) as store:
        assert store.plan_day("2025-01-02") == [PlanEntry("lunch", BANANA, "1", "medium")]


def test_two_writers_at_once_both_keep_their_days(tmp_path: Path) -> None:
    """Two tabs (or a tab and the CLI) saving together: each write waits its turn."""
    url = f"sqlite:///{tmp_path / 'planner.sqlite3'}"
    open_store(url).close()

    def write(month: int) -> None:
        with open_store(url) as store:
            for day in range(1, 16):
                entries = [PlanEntry("lunch", BANANA, str(day), "medium")] * 20
                store.save_plan_day(f"2025-{month:02d}-{day:02d}", entries)

    threads = [threading.Thread(target=write, args=(m,)) for m in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    with open_store(url) as store:
        dates = store.plan_dates()
        assert len(dates) == 30
        assert store.plan_day("2025-02-15") == [PlanEntry("lunch", BANANA, "15", "medium")] * 20


WRITER = """
import sys
from sqlalchemy import event
from planner.store import PlanEntry, open_store

store = open_store(sys.argv[1])
written = 0

@event.listens_for(store.engine, "after_cursor_execute")
def halfway(*_):
    global written
    written += 1
    if written == 400:  # rows are in the database file's log, not yet committed
        print("halfway", flush=True)
        sys.stdin.read()  # wait to be killed

entries = [PlanEntry("lunch", "sr28:11457", str(i), "g") for i in range(5000)]
store.save_plan_day("2025-01-02", entries)
print("finished", flush=True)
"""


def test_a_write_killed_halfway_leaves_the_previous_state(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'planner.sqlite3'}"
    before = [PlanEntry("lunch", BANANA, "1", "medium")]
    with open_store(url) as store:
        store.save_plan_day("2025-01-02", before)
    script = tmp_path / "writer.py"
    script.write_text(textwrap.dedent(WRITER))
    with subprocess.Popen(
        [sys.executable, str(script), url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    ) as writer:
        assert writer.stdout is not None
        try:
            assert writer.stdout.readline().strip() == "halfway"
            writer.send_signal(signal.SIGKILL)
            assert writer.wait(timeout=30) == -signal.SIGKILL
        finally:
            if writer.poll() is None:
                writer.kill()
    with open_store(url) as store:
        assert store.plan_day("2025-01-02") == before
        store.save_plan_day("2025-01-03", before)  # and it takes writes again
        assert store.plan_dates() == ["2025-01-02", "2025-01-03"]


def test_a_bad_database_url_is_one_line(capsys) -> None:
    code, _, err = _run(capsys, "days", "list", "--db", "no such url")
    assert code == 2
    assert err.startswith("planner: error: the database URL is not valid")
    code, _, err = _run(capsys, "days", "list", "--db", "postgresql+nosuchdriver://x/y")
    assert code == 2
    assert "planner: error:" in err


def test_a_store_folder_that_cannot_be_made_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    (tmp_path / "a file").write_text("")
    monkeypatch.setenv("PLANNER_STORE_DIR", str(tmp_path / "a file" / "store"))
    code, _, err = _run(capsys, "days", "list")
    assert code == 2
    assert err.startswith("planner: error: cannot make the folder")
    assert "PLANNER_STORE_DIR" in err


def test_planner_db_url_selects_the_database(tmp_path: Path, monkeypatch, capsys) -> None:
    chosen = tmp_path / "chosen.sqlite3"
    monkeypatch.setenv("PLANNER_DB_URL", f"sqlite:///{chosen}")
    assert _run(capsys, "days", "import", str(DATA / "loseit.csv"))[0] == 0
    assert chosen.exists()
    assert not (Path(os.environ["PLANNER_STORE_DIR"]) / "planner.sqlite3").exists()
    with open_store() as store:
        assert store.tracker_dates() == ["2026-08-01", "2026-08-05"]


def test_commands_without_the_store_do_not_load_it() -> None:
    code = (
        "import sys; from planner.cli import main; main(['targets', '--sex', 'F', '--age', '34',"
        " '--json']); print(sorted(m for m in ('sqlalchemy', 'alembic', 'planner.store') "
        "if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.stderr.strip() == "[]"
