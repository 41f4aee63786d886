"""A binary copy of the prepared tables in the user's cache folder, so a command starts at once.

Parsing ``foods.csv`` and checking it against its schema takes about 0.3 s, and preparing the
search index about 0.8 s; reading them back from Arrow IPC files (the Feather v2 format of
the pyarrow that pandas already loads) takes a few milliseconds. Each file is named by a hash
of everything it was made from: the source bytes and the code that shapes them
(:data:`CODE`). A change to either gives a new name, so a stale copy is never read; it is
simply no longer used.

The cache is an optimisation only. A folder that cannot be written, a file that cannot be
read, or one that is damaged falls back to building the table from the source, silently.
Two processes building the same file at once each write a temporary file and rename it into
place, so a reader sees either no file or a whole one.

The folder is ``PLANNER_CACHE_DIR`` when set (the tests point it at a temporary folder), else
the platform's user cache folder (:func:`platformdirs.user_cache_dir`). Nothing here is
committed: the folder lies outside the source tree.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # loaded by the callers that hand over frames, not to import this
    import pandas as pd
    import pyarrow as pa

#: Bumped when the layout of the cached files changes.
FORMAT = "1"
#: Modules whose code decides what a cached table holds, relative to the ``planner`` package.
CODE = (
    "fooddb/cache.py",
    "fooddb/nutrients.py",
    "fooddb/schema.py",
    "fooddb/tables.py",
    "resolve/names.py",
    "resolve/ranking.py",
    "resolve/words.py",
)
_PACKAGE = Path(__file__).resolve().parents[1]


def cache_dir() -> Path:
    """The folder holding the cached tables (``PLANNER_CACHE_DIR`` or the user cache folder)."""
    override = os.environ.get("PLANNER_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when the cache is used: it is not needed to import planner

    return Path(platformdirs.user_cache_dir("electrolyte-planner", appauthor=False))


@functools.cache
def code_hash() -> str:
    """A hash of the code that shapes cached tables (:data:`CODE`) and the cache format.

    Computed once per process: the code a process runs does not change under it.
    """
    digest = hashlib.blake2b(FORMAT.encode(), digest_size=16)
    for name in CODE:
        digest.update(name.encode())
        with contextlib.suppress(OSError):
            digest.update((_PACKAGE / name).read_bytes())
    return digest.hexdigest()


def key_of(parts: Iterable[bytes]) -> str:
    """A file-name-safe key for a cached table made from ``parts`` by the current code."""
    digest = hashlib.blake2b(code_hash().encode(), digest_size=16)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def file_key(*paths: Path) -> str:
    """The key of a table read from ``paths``: their bytes, so any edit is seen.

    Each file's bytes are hashed with SHA-256, which processors hash about twice as fast as
    BLAKE2; the digest of a file that has not changed since is read back instead
    (:func:`file_digest`).
    """
    return key_of(file_digest(path) for path in paths)


#: How long a file must have been left unchanged before its digest is kept by its status
#: [ns]: two writes within one tick of the file system's clock may leave the same times, so
#: a file changed this recently is hashed on every read (as git treats a "racily clean"
#: file), and a later edit always shows in its status.
SETTLED_NS = 2_000_000_000


def file_digest(path: Path) -> bytes:
    """The SHA-256 digest of ``path``'s bytes.

    Hashing ``foods.csv`` and ``portions.csv`` (2 MB each) takes about 3 ms each, paid by
    every command that loads them. A digest is therefore kept in the cache beside the
    file's status (size, inode, modification and change times): while the file keeps that
    status, and last changed at least :data:`SETTLED_NS` before it was hashed, its bytes are
    those that were hashed, as ``make`` and git assume, and the digest is read back. Any
    write changes the change time, so an edited file is always hashed again; a missing or
    damaged record only means hashing. Raises :class:`OSError` when the file cannot be read.
    """
    shape = _shape(path.stat())
    name = str(path.resolve())
    key = key_of([b"file-digests"])
    kept = read_records("file-digests", key)
    record = kept.get(name)
    if isinstance(record, dict) and record.get("status") == shape:
        text, hashed = record.get("sha256"), record.get("hashed_ns")
        if (
            isinstance(text, str)
            and isinstance(hashed, int)
            and max(shape[2:]) <= hashed - SETTLED_NS
        ):
            with contextlib.suppress(ValueError):
                return bytes.fromhex(text)
    hashed_ns = time.time_ns()
    digest = hashlib.sha256(path.read_bytes()).digest()
    if max(shape[2:]) <= hashed_ns - SETTLED_NS and _shape(path.stat()) == shape:
        entry: dict[str, object] = {"status": shape, "sha256": digest.hex(), "hashed_ns": hashed_ns}
        # A few data folders at most; past that the kept digests start over.
        write_records("file-digests", key, (kept if len(kept) < 64 else {}) | {name: entry})
    return digest


def _shape(status: os.stat_result) -> list[int]:
    return [status.st_size, status.st_ino, status.st_mtime_ns, status.st_ctime_ns]


def frame_key(frame: pd.DataFrame, columns: Iterable[str]) -> str:
    """The key of a table made from ``columns`` of ``frame`` (their values and order).

    Numbers and flags are hashed as their bytes; text as which cells are missing and the
    cells joined with a separator no food table holds (about twice as fast as hashing each
    value with pandas, and it is paid by every command that loads the search index).
    """
    import numpy as np

    parts = []
    for name in columns:
        values = frame[name]
        parts.append(f"{name}\x1f{values.dtype}".encode())
        if values.dtype.kind in "biufcmM":
            parts.append(values.to_numpy().tobytes())
        else:
            parts.append(np.packbits(values.isna().to_numpy()).tobytes())
            text = "\x1e".join(values.fillna("").astype(str).tolist())
            parts.append(text.encode("utf-8", "surrogatepass"))
    return key_of(parts)


def read_frames(name: str, key: str) -> dict[str, pd.DataFrame] | None:
    """The tables stored under ``name`` and ``key``, or ``None`` when absent or unreadable."""
    import pyarrow as pa

    tables = read_tables(name, key)
    if tables is None:
        return None
    try:
        return {label: table.to_pandas() for label, table in tables.items()}
    except (pa.ArrowException, ValueError, KeyError):
        return None


def read_tables(name: str, key: str) -> dict[str, pa.Table] | None:
    """The tables stored under ``name`` and ``key`` as Arrow tables (memory-mapped, for a
    caller that reads its columns as arrays without a data frame), or ``None`` when absent
    or unreadable."""
    import pyarrow as pa
    import pyarrow.ipc as ipc

    folder = cache_dir() / f"{name}-{key}"
    try:
        tables = {}
        for path in sorted(folder.glob("*.arrow")):
            with pa.memory_map(str(path)) as source:
                tables[path.stem] = ipc.open_file(source).read_all()
    except (OSError, pa.ArrowException, ValueError, KeyError):
        return None
    return tables or None


def write_frames(name: str, key: str, frames: dict[str, pd.DataFrame]) -> None:
    """Store ``frames`` under ``name`` and ``key``; any failure leaves the cache as it was.

    Each frame is an Arrow IPC file in a folder that is written beside its final name and
    renamed into place whole (atomic on POSIX and Windows), so a concurrent reader sees
    either no folder or a complete one, and of two processes writing at once the first
    rename wins and the second discards its copy.
    """
    import shutil
    import tempfile

    import pyarrow as pa
    import pyarrow.ipc as ipc

    root = cache_dir()
    temporary: Path | None = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(dir=root, prefix=f".{name}-", suffix=".tmp"))
        for label, frame in frames.items():
            table = pa.Table.from_pandas(frame, preserve_index=False)
            with (
                pa.OSFile(str(temporary / f"{label}.arrow"), "wb") as sink,
                ipc.new_file(sink, table.schema) as writer,
            ):
                writer.write_table(table)
        os.rename(temporary, root / f"{name}-{key}")
        temporary = None
        _prune(root, name, key)
    except (OSError, pa.ArrowException, ValueError, TypeError):
        pass
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)


def cached_frames(
    name: str, key: str, labels: Iterable[str], build: Callable[[], dict[str, pd.DataFrame]]
) -> dict[str, pd.DataFrame]:
    """The tables under ``name`` and ``key`` from the cache, else ``build()`` (then stored).

    ``labels`` are the tables ``build`` returns; a cached folder without exactly these is
    treated as absent.
    """
    frames = read_frames(name, key)
    if frames is not None and set(frames) == set(labels):
        return frames
    frames = build()
    write_frames(name, key, frames)
    return frames


def read_records(name: str, key: str) -> dict[str, dict[str, object]]:
    """The records kept under ``name`` and ``key`` (:func:`write_records`), or none."""
    import json

    try:
        records = json.loads((cache_dir() / f"{name}-{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return records if isinstance(records, dict) else {}


def write_records(name: str, key: str, records: dict[str, dict[str, object]]) -> None:
    """Keep ``records`` (plain JSON values) under ``name`` and ``key``, replacing those kept
    before; written beside the final name and renamed into place, so a reader sees the old
    file or the new one whole. Any failure leaves the cache as it was."""
    import json
    import tempfile

    root = cache_dir()
    temporary: Path | None = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        handle, path = tempfile.mkstemp(dir=root, prefix=f".{name}-", suffix=".tmp")
        temporary = Path(path)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(records, out)
        os.replace(temporary, root / f"{name}-{key}.json")
        temporary = None
        _prune(root, name, key)
    except (OSError, TypeError, ValueError):
        pass
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _prune(root: Path, name: str, key: str) -> None:
    """Remove the copies of ``name`` made from older sources or code."""
    for path in root.glob(f"{name}-*"):
        if path.name in (f"{name}-{key}", f"{name}-{key}.json"):
            continue
        if path.is_dir():
            import shutil  # only here: most writes replace a record and remove no folder

            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
