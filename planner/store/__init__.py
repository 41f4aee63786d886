"""Keeping a person's data: profile, planned days, workouts, diaries and food choices.

Open the store with :func:`open_store` (a SQLite file in the user's data folder unless
``PLANNER_DB_URL`` or ``url`` names another database); the :class:`Store` it returns reads
and writes one user's rows. SQLAlchemy and Alembic are imported only when a store is opened.
"""

from __future__ import annotations

from planner.store.engine import (
    CorruptStoreError,
    LockedStoreError,
    StoreError,
    database_url,
    store_dir,
)
from planner.store.store import (
    LOCAL_USER,
    PlanEntry,
    SavedProfile,
    SavedUpload,
    Store,
    iso_date,
    open_store,
)

__all__ = [
    "LOCAL_USER",
    "CorruptStoreError",
    "LockedStoreError",
    "PlanEntry",
    "SavedProfile",
    "SavedUpload",
    "Store",
    "StoreError",
    "database_url",
    "iso_date",
    "open_store",
    "store_dir",
]
