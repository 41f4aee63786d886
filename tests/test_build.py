"""The build script turns the USDA extracts into the committed tables, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.fooddb.build import build_data

from .conftest import ROOT, SHARED

pytestmark = pytest.mark.skipif(
    not (SHARED / "data" / "usda").is_dir(), reason="../shared (the USDA extracts) is absent"
)


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    written = build_data(
        usda_dir=SHARED / "data" / "usda",
        dri_csv=SHARED / "reference" / "dri_targets.csv",
        out_dir=tmp_path,
    )
    assert [p.name for p in written] == ["foods.csv", "portions.csv", "targets.csv"]
    for path in written:
        assert path.read_bytes() == (ROOT / "data" / path.name).read_bytes(), path.name


def test_targets_table_is_the_dri_table() -> None:
    committed = (ROOT / "data" / "targets.csv").read_text().splitlines()
    assert len(committed) == 23  # header + 22 life-stage groups
    assert committed == (SHARED / "reference" / "dri_targets.csv").read_text().splitlines()
