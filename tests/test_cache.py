"""The binary cache of the data tables and the search index: same tables, never stale."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.fooddb import cache
from planner.fooddb.schema import FOODS, _read_table
from planner.fooddb.tables import data_dir, load_article_foods, load_foods, load_portions
from planner.intake.targets import load_targets
from planner.resolve import names as names_module
from planner.resolve import ranking
from planner.resolve.names import match_names
from planner.resolve.search import build_search_index, data_search_index, search_foods


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PLANNER_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    return folder


def _cached_folders(folder: Path, name: str) -> list[Path]:
    return sorted(p for p in folder.glob(f"{name}-*") if p.is_dir())


@pytest.mark.parametrize("load", [load_foods, load_portions, load_article_foods, load_targets])
def test_a_cached_table_equals_the_csv(cache_dir: Path, load) -> None:
    cold = load()
    assert cache_dir.is_dir()
    warm = load()
    pd.testing.assert_frame_equal(warm, cold)


def test_the_cached_food_table_is_read_from_the_cache(cache_dir: Path) -> None:
    load_foods()
    (folder,) = _cached_folders(cache_dir, "foods")
    # Bananas, raw (sr28:09040) has 358 mg potassium per 100 g in foods.csv; a copy edited in
    # the cache is what the next load returns, so the second load did not parse the CSV.
    frames = cache.read_frames("foods", folder.name.removeprefix("foods-"))
    assert frames is not None
    table = frames["table"]
    table.loc[table["food_id"] == "sr28:09040", "potassium_mg"] = 1.0
    cache.write_frames("edited", "k", frames)
    (cache_dir / "edited-k" / "table.arrow").replace(folder / "table.arrow")
    foods = load_foods()
    assert foods.set_index("food_id").at["sr28:09040", "potassium_mg"] == 1.0


def test_an_edited_csv_is_read_again(cache_dir: Path, data_copy: Path) -> None:
    before = load_foods(data_copy)
    assert before.set_index("food_id").at["sr28:09040", "potassium_mg"] == 358.0
    path = data_copy / "foods.csv"
    text = path.read_text(encoding="utf-8")
    line = '"Bananas, raw",Fruits and Fruit Juices,,,173944,true,358,'
    assert text.count(line) == 1
    path.write_text(text.replace(line, line.replace(",358,", ",400,")), encoding="utf-8")
    after = load_foods(data_copy)
    assert after.set_index("food_id").at["sr28:09040", "potassium_mg"] == 400.0
    # The old copy is removed once the new one is in place.
    assert len(_cached_folders(cache_dir, "foods")) == 1


def test_a_damaged_csv_is_still_reported(cache_dir: Path, data_copy: Path) -> None:
    load_foods(data_copy)
    path = data_copy / "foods.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",358,", ",lots,", 1), "utf-8")
    with pytest.raises(Exception, match="expected a number, found 'lots'"):
        load_foods(data_copy)


def test_a_damaged_cache_file_falls_back_to_the_csv(cache_dir: Path) -> None:
    expected = load_foods()
    (folder,) = _cached_folders(cache_dir, "foods")
    (folder / "table.arrow").write_bytes(b"not an arrow file")
    pd.testing.assert_frame_equal(load_foods(), expected)


def test_a_cache_that_cannot_be_written_falls_back_to_the_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PLANNER_CACHE_DIR", str(blocker / "cache"))
    foods = load_foods()
    expected = _read_table(data_dir() / "foods.csv", FOODS, key="food_id")
    pd.testing.assert_frame_equal(foods, expected)
    assert not (blocker / "cache").exists()


def _planted_digest(cache_dir: Path, path: Path, fake: bytes) -> None:
    """Put ``fake`` in the kept digest of ``path``, keeping the record's file status."""
    (record,) = cache_dir.glob("file-digests-*.json")
    kept = json.loads(record.read_text(encoding="utf-8"))
    kept[str(path.resolve())]["sha256"] = fake.hex()
    record.write_text(json.dumps(kept), encoding="utf-8")


def test_a_settled_files_digest_is_read_back_until_it_changes(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The file was just written: make any change count as settled, so it is kept.
    monkeypatch.setattr(cache, "SETTLED_NS", -(10**18))
    path = tmp_path / "table.csv"
    path.write_bytes(b"a,b\n1,2\n")
    real = hashlib.sha256(b"a,b\n1,2\n").digest()
    assert cache.file_digest(path) == real
    # Read back from the record, not hashed: a digest planted there is what is returned.
    _planted_digest(cache_dir, path, b"\x01" * 32)
    assert cache.file_digest(path) == b"\x01" * 32
    # An edit changes the file's status: it is hashed again.
    path.write_bytes(b"a,b\n1,3\n")
    assert cache.file_digest(path) == hashlib.sha256(b"a,b\n1,3\n").digest()


def test_a_file_changed_moments_ago_is_hashed_every_time(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes(b"a,b\n1,2\n")
    monkeypatch.setattr(cache, "SETTLED_NS", -(10**18))
    cache.file_digest(path)
    _planted_digest(cache_dir, path, b"\x01" * 32)
    # Within SETTLED_NS (2 s) of its last change, a second write in the same clock tick
    # could keep the file's status: its kept digest is not trusted.
    monkeypatch.setattr(cache, "SETTLED_NS", 2_000_000_000)
    assert cache.file_digest(path) == hashlib.sha256(b"a,b\n1,2\n").digest()


@pytest.mark.parametrize("kept", ["[1, 2]", "{not json", '{"%s": {"status": 1}}'])
def test_a_damaged_digest_record_only_means_hashing(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kept: str
) -> None:
    monkeypatch.setattr(cache, "SETTLED_NS", -(10**18))
    path = tmp_path / "table.csv"
    path.write_bytes(b"a,b\n1,2\n")
    cache.file_digest(path)
    (record,) = cache_dir.glob("file-digests-*.json")
    record.write_text(kept.replace("%s", str(path.resolve())), encoding="utf-8")
    assert cache.file_digest(path) == hashlib.sha256(b"a,b\n1,2\n").digest()


def test_two_writers_at_once_leave_one_whole_copy(cache_dir: Path) -> None:
    frame = pd.DataFrame({"x": np.arange(100_000, dtype=np.float64)})
    threads = [
        threading.Thread(target=cache.write_frames, args=("race", "k", {"table": frame}))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [p.name for p in cache_dir.iterdir()] == ["race-k"]
    frames = cache.read_frames("race", "k")
    assert frames is not None
    pd.testing.assert_frame_equal(frames["table"], frame)


def _assert_same_index(a: ranking.FoodIndex, b: ranking.FoodIndex) -> None:
    for name in a.__dataclass_fields__:
        if name == "key":  # where the index came from, not what it holds
            continue
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype, name
            assert np.array_equal(x, y, equal_nan=x.dtype.kind == "f"), name
        elif name in ("postings", "head_postings", "kind_postings", "noun_postings"):
            assert set(x) == set(y), name
            assert all(np.array_equal(x[k], y[k]) for k in x), name
        elif name == "words":
            assert list(x) == list(y)
        else:
            assert x == y, name


def test_the_cached_search_index_equals_a_fresh_one(
    cache_dir: Path, foods: pd.DataFrame, articles: pd.DataFrame
) -> None:
    fresh = ranking._build_food_index(foods, article_ids=articles["food_id"])
    cold = build_search_index(foods, article_ids=articles["food_id"])
    warm = build_search_index(foods, article_ids=articles["food_id"])
    assert len(_cached_folders(cache_dir, "food-index")) == 1
    _assert_same_index(cold, fresh)
    _assert_same_index(warm, fresh)
    assert fresh.key == ""
    assert cold.key == warm.key != ""
    # The ranking finds a food in a word's list by binary search: every list ascends.
    for postings in (warm.postings, warm.head_postings):
        assert all(np.all(np.diff(postings[w]) > 0) for w in postings)
    assert search_foods(warm, "banana")["food_id"].iloc[0] == "sr28:09040"


def test_the_index_cache_follows_the_article_foods(
    cache_dir: Path, foods: pd.DataFrame, articles: pd.DataFrame
) -> None:
    with_articles = build_search_index(foods, article_ids=articles["food_id"])
    without = build_search_index(foods)
    # Article foods get 4 extra prior points (ranking._ARTICLE).
    banana = int(np.flatnonzero(with_articles.food_ids == "sr28:09040")[0])
    assert "sr28:09040" in set(articles["food_id"])
    assert with_articles.prior[banana] - without.prior[banana] == pytest.approx(4.0)


def test_the_data_folders_index_is_found_by_its_files(cache_dir: Path, data_copy: Path) -> None:
    # The index of the data folder is the index of its tables, cold (built, then its key kept
    # under the files' key) and warm (read by that key, without the food table).
    expected = build_search_index(
        load_foods(data_copy), article_ids=load_article_foods(data_copy)["food_id"]
    )
    cold = data_search_index(data_copy)
    warm = data_search_index(data_copy)
    _assert_same_index(cold, expected)
    _assert_same_index(warm, expected)
    assert cold.key == warm.key == expected.key != ""
    (record,) = cache_dir.glob("food-index-of-files-*.json")
    assert json.loads(record.read_text(encoding="utf-8")) == {"index": {"key": expected.key}}


def test_an_edited_food_table_gives_the_data_folder_a_new_index(
    cache_dir: Path, data_copy: Path
) -> None:
    banana = "sr28:09040"
    before = data_search_index(data_copy)
    potassium = ranking.NUTRIENTS.index("potassium_mg")
    at = int(np.flatnonzero(before.food_ids == banana)[0])
    assert before.nutrients[at, potassium] == 358.0
    path = data_copy / "foods.csv"
    line = '"Bananas, raw",Fruits and Fruit Juices,,,173944,true,358,'
    path.write_text(
        path.read_text(encoding="utf-8").replace(line, line.replace(",358,", ",400,")),
        encoding="utf-8",
    )
    after = data_search_index(data_copy)
    assert after.nutrients[at, potassium] == 400.0
    assert after.key != before.key


@pytest.mark.parametrize("kept", ['{"index": {"key": "../../elsewhere"}}', "[1, 2]", "{not json"])
def test_a_damaged_index_record_only_builds_the_index_again(
    cache_dir: Path, data_copy: Path, kept: str
) -> None:
    expected = data_search_index(data_copy)
    (record,) = cache_dir.glob("food-index-of-files-*.json")
    record.write_text(kept, encoding="utf-8")
    index = data_search_index(data_copy)
    _assert_same_index(index, expected)
    assert index.key == expected.key


def test_a_names_ranking_is_kept_and_read_back(
    cache_dir: Path, foods: pd.DataFrame, articles: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = build_search_index(foods, article_ids=articles["food_id"])
    names = pd.DataFrame({"name": ["banana", "xyzzy qwerty", "sr28:09040"], "rows": 1})
    first = match_names(names, index=index)
    (kept,) = cache_dir.glob("ranked-names-*.json")
    # Only the names that were ranked are kept: not an exact food_id.
    assert set(json.loads(kept.read_text())) == {"banana", "xyzzy qwerty"}

    def no_ranking(*args: object, **kwargs: object) -> dict[str, object]:
        raise AssertionError("ranked again")

    monkeypatch.setattr(names_module, "_ranked", no_ranking)
    again = match_names(names, index=build_search_index(foods, article_ids=articles["food_id"]))
    pd.testing.assert_frame_equal(again, first)
    assert again.set_index("name").at["banana", "food_id"] == "sr28:09040"
    # Another threshold is another answer: it is ranked afresh, not read from this file.
    with pytest.raises(AssertionError, match="ranked again"):
        match_names(names, index=index, threshold=90.0)


def test_the_sr28_foods_that_say_a_name_are_kept_and_read_back(
    cache_dir: Path, foods: pd.DataFrame, articles: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = build_search_index(foods, article_ids=articles["food_id"])
    names = pd.DataFrame({"name": ["Banana, raw"], "rows": 1})
    first = match_names(names, index=index)
    # FNDDS describes "Banana, raw"; SR28's "Bananas, raw" says the same words and is taken.
    assert first.at[0, "food_id"] == "sr28:09040"
    banana = int(np.flatnonzero(index.food_ids == "sr28:09040")[0])
    (kept,) = cache_dir.glob("same-word-foods-*.json")
    assert json.loads(kept.read_text()) == {"Banana, raw": {"sr28": [banana]}}

    def no_reading(*args: object, **kwargs: object) -> list[int]:
        raise AssertionError("read again")

    monkeypatch.setattr(names_module, "same_word_foods", no_reading)
    pd.testing.assert_frame_equal(match_names(names, index=index), first)
    # A kept answer of another shape (a position no food has) is worked out again.
    kept.write_text('{"Banana, raw": {"sr28": [-1]}}')
    with pytest.raises(AssertionError, match="read again"):
        match_names(names, index=index)


def test_a_damaged_names_file_is_ranked_again(
    cache_dir: Path, foods: pd.DataFrame, articles: pd.DataFrame
) -> None:
    index = build_search_index(foods, article_ids=articles["food_id"])
    names = pd.DataFrame({"name": ["banana"], "rows": 1})
    first = match_names(names, index=index)
    (kept,) = cache_dir.glob("ranked-names-*.json")
    kept.write_text("{not json")
    pd.testing.assert_frame_equal(match_names(names, index=index), first)
    # Valid JSON of another shape is ranked again too.
    kept.write_text('{"banana": "sr28:09040"}')
    pd.testing.assert_frame_equal(match_names(names, index=index), first)
    kept.write_text('{"banana": {"status": "matched", "score": "high"}}')
    pd.testing.assert_frame_equal(match_names(names, index=index), first)
    assert json.loads(kept.read_text())["banana"]["food_id"] == "sr28:09040"
    # An index built here, not read from the cache, has no key and keeps nothing.
    shutil.rmtree(cache_dir)
    fresh = ranking._build_food_index(foods, article_ids=articles["food_id"])
    pd.testing.assert_frame_equal(match_names(names, index=fresh), first)
    assert not list(cache_dir.glob("ranked-names-*.json"))


def _remembering_page() -> None:
    import streamlit as st

    from views._shared import remembered

    calls = st.session_state.setdefault("calls", [])
    n = st.number_input("n", value=1, key="n")
    st.text(str(remembered("double", lambda: calls.append(n) or 2 * n, n, {"n": (n,)})))


def test_a_page_derives_once_per_key_and_per_session() -> None:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_remembering_page).run()
    at.run()
    assert at.session_state["calls"] == [1]
    assert at.text[0].value == "2"
    at.number_input(key="n").set_value(3).run()
    assert at.session_state["calls"] == [1, 3]
    assert at.text[0].value == "6"
    # Another session computes its own value: nothing is shared between people.
    other = AppTest.from_function(_remembering_page).run()
    assert other.session_state["calls"] == [1]
