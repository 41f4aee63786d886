"""Shared fixtures: the real data tables, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from planner.fooddb.tables import load_article_foods, load_foods, load_portions
from planner.intake.targets import load_targets
from planner.resolve.search import SearchIndex, build_search_index

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory):
    """The binary table cache goes to a temporary folder, never the user's own; set before
    any table is loaded."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLANNER_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def foods() -> pd.DataFrame:
    return load_foods()


@pytest.fixture(scope="session")
def portions() -> pd.DataFrame:
    return load_portions()


@pytest.fixture(scope="session")
def articles(foods: pd.DataFrame) -> pd.DataFrame:
    return load_article_foods(foods=foods)


@pytest.fixture(scope="session")
def index(foods: pd.DataFrame, articles: pd.DataFrame) -> SearchIndex:
    return build_search_index(foods, article_ids=articles["food_id"])


@pytest.fixture(scope="session")
def dri() -> pd.DataFrame:
    return load_targets()


@pytest.fixture(autouse=True)
def _private_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Remembered column mappings and the store go to temporary folders, never the user's
    own, and no test reaches a database named in the developer's environment."""
    monkeypatch.setenv("PLANNER_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("PLANNER_STORE_DIR", str(tmp_path_factory.mktemp("store")))
    monkeypatch.delenv("PLANNER_DB_URL", raising=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """Keep each phase's report on the test, so a fixture knows its test failed (the
    browser tests then dump the page)."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report
