"""A CSV file as a table of text cells, within limits set before any expensive work.

Every reader of a diary starts here: the file is read (no more than :data:`MAX_FILE_BYTES`),
its lines measured, its encoding found, its delimiter sniffed and its cells parsed as text.
A file made to exhaust the parser, or one that is not text in one encoding, is refused with
the line or row at fault, never decoded as mojibake or read past a limit.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd

from planner.errors import PlannerError

#: Largest file read [bytes]. A year of a tracker's food log is about 1 MB, so this leaves
#: room for many years; the dashboard's upload limit (``server.maxUploadSize`` in
#: ``.streamlit/config.toml``) is the same 25 MB (of 2**20 bytes, as Streamlit counts). Read
#: no further, so ``/dev/zero`` stops at once.
MAX_FILE_BYTES = 25 * 2**20
#: Longest line [bytes]. A Cronometer row with every one of its ~90 nutrient columns is under
#: 1 KB; a longer line is a file made to exhaust the parser (a 50 MB line grew past 17 GB).
MAX_LINE_BYTES = 50_000
#: Most columns in a header or a row. Cronometer's widest export has about 90; each column
#: costs the parser memory in every row (200,000 columns took 1.6 GB).
MAX_COLUMNS = 1_000
#: Longest cell the planner reads (a date, meal, food name, amount, unit or nutrient)
#: [characters]. The longest USDA description has 184 characters; a food name is compared
#: with every food, so a longer one costs time and matches nothing.
MAX_CELL_CHARS = 500
#: Most distinct food names matched in one file. A year of a tracker's log names a few
#: hundred foods; each distinct name is compared with the 14,220 foods (75,000 junk names
#: took a minute), so more is refused before any is matched.
MAX_DISTINCT_NAMES = 5_000


def read_table_text(source: str | Path | bytes | IO[bytes]) -> pd.DataFrame:
    """A CSV file as text cells: decoded, delimiter sniffed, headers normalised.

    Blank lines are kept as all-blank rows so that row numbers match the file's data rows.
    A trailing delimiter on data rows (an empty cell past the header) is dropped. In the
    planner's own CSV, whose one free-text column is ``food``, cells past the header's are
    part of the food's name (``2024-05-01,breakfast,banana, raw,1,medium``).

    Raises
    ------
    PlannerError
        If the file is larger than :data:`MAX_FILE_BYTES`, has a line longer than
        :data:`MAX_LINE_BYTES` or more than :data:`MAX_COLUMNS` columns, a cell past the
        header's columns that is not empty, a NUL byte, or bytes that are not text in one
        encoding; each message names the line or row.
    """
    data = _read_bytes(source)
    if _blank(data):
        raise PlannerError("the file is empty; expected a header row and data rows")
    _check_line_lengths(data)
    text, encoding = _decode(data)
    header_line = next((line for line in text[:65536].splitlines() if line.strip()), "")
    delimiter = _sniff_delimiter(header_line)
    width = len(next(csv.reader([header_line], delimiter=delimiter), []))
    if width > MAX_COLUMNS:
        raise PlannerError(
            f"the header has {width:,} columns; expected at most {MAX_COLUMNS:,} (a tracker's "
            "widest export has about 90)"
        )
    # UTF-8 is handed to the parser as bytes, which it decodes faster than a str. One column
    # more than the header takes a trailing delimiter; a row with more fails over to the
    # row-by-row reader, which names it (pandas would turn surplus cells into an index).
    utf8 = encoding == "utf-8-sig"
    plain = _read_plain(data, delimiter, width) if utf8 else None
    if plain is not None:
        cells = plain
    else:
        try:
            cells = pd.read_csv(
                io.BytesIO(data) if utf8 else io.StringIO(text),
                encoding="utf-8-sig" if utf8 else None,
                sep=delimiter,
                header=None,
                names=list(range(width + 1)),
                index_col=False,
                dtype=str,
                keep_default_na=False,
                skip_blank_lines=False,
                skipinitialspace=True,
                engine="c",
            )
        except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
            cells = _read_ragged(text, delimiter, width)
        cells = cells.fillna("")
    filled = (cells != "").any(axis=1).to_numpy()
    if not filled.any():
        raise PlannerError("the file has no header row")
    start = int(filled.argmax())
    header = [str(c) for c in cells.iloc[start, :width]]
    body = cells.iloc[start + 1 :]
    surplus = _surplus(body, width)
    named = [normalise_header(c) for c in header]
    free = named.index("food") if "food" in named else None
    if surplus.any() and free is not None:
        # The planner's own CSV has one free-text column: cells past the header's belong to
        # the food's name ("banana, raw" written without quotes).
        cells = _read_merging(text, delimiter, width, free).fillna("")
        body = cells.iloc[start + 1 :]
        surplus = _surplus(body, width)
    if surplus.any():
        row = int(surplus.argmax()) + 1
        others = int(surplus.sum()) - 1
        also = f" (and {others:,} more rows)" if others else ""
        raise PlannerError(
            f"more cells than the header's {width} columns{also}; "
            "expected at most one empty cell past the header (a trailing delimiter); a food "
            "name with a comma must be in double quotes",
            row=row,
        )
    raw = body.iloc[:, :width].reset_index(drop=True)
    raw.columns = pd.Index(header)
    columns = [normalise_header(c) for c in raw.columns]
    named = [c for c in columns if c]
    if len(set(named)) != len(named):
        dupes = sorted({c for c in named if named.count(c) > 1})
        raise PlannerError(f"the header repeats the column(s) {', '.join(dupes)}")
    raw.columns = pd.Index(columns)
    if any(c == "" or c.startswith("unnamed:") for c in columns) and len(raw.columns) > 1:
        unnamed = [c for c in columns if c == "" or c.startswith("unnamed:")]
        raw = raw.drop(columns=unnamed)
    frame = pd.DataFrame({c: _stripped(raw[c].astype(str)) for c in raw.columns})
    if delimiter != ",":
        frame = frame.replace(to_replace=r"^(-?\d+),(\d+)$", value=r"\1.\2", regex=True)
    return frame


def _read_plain(data: bytes, delimiter: str, width: int) -> pd.DataFrame | None:
    """The cells of a UTF-8 file in ``width`` columns, read by Arrow's CSV reader (a few
    times faster than pandas' own, and its cells are already Arrow text); ``None`` wherever
    the two readers could differ, for pandas' reader to read as before.

    Arrow refuses a row of any other width, a trailing delimiter and a line of white space,
    where pandas' reader pads, drops or keeps them; it keeps white space before a cell (and
    before a quote), which ``skipinitialspace`` drops: a file with any of these is left to
    pandas. Arrow also takes a quote left open at the end of the file, which pandas refuses:
    a row of :data:`_END_MARK` cells is appended, and unless it is read as the last row, the
    file is left to pandas. Otherwise both read quotes, doubled quotes, delimiters and line
    breaks inside quotes, and CR, LF or CRLF line ends alike.
    """
    import pyarrow as pa
    from pyarrow import csv as arrow_csv

    text_dtype = pd.api.types.pandas_dtype(str)
    if not isinstance(text_dtype, pd.StringDtype) or text_dtype.storage != "pyarrow":
        return None
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    end = b"" if data.endswith(b"\n") else b"\n"
    marked = data[start:] + end + delimiter.join([_END_MARK] * width).encode() + b"\n"
    names = [str(i) for i in range(width)]
    try:
        table = arrow_csv.read_csv(
            pa.BufferReader(pa.py_buffer(marked)),
            read_options=arrow_csv.ReadOptions(
                column_names=names, use_threads=False, block_size=max(len(marked), 1)
            ),
            parse_options=arrow_csv.ParseOptions(
                delimiter=delimiter, newlines_in_values=True, ignore_empty_lines=False
            ),
            convert_options=arrow_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, ValueError):
        return None
    last = table.num_rows - 1
    if last < 1 or any(table.column(i)[last].as_py() != _END_MARK for i in range(width)):
        return None
    table = table.slice(0, last)
    if any(_starts_blank(table.column(i)) for i in range(width)):
        return None
    cells: pd.DataFrame = table.to_pandas(
        types_mapper=lambda t: text_dtype if t == pa.string() else None
    )
    cells.columns = pd.RangeIndex(width)
    return cells


#: The cell of the row :func:`_read_plain` appends to tell where Arrow's reader ended.
_END_MARK = "\x01end"


def _starts_blank(column: Any) -> bool:
    """Whether a cell of an Arrow text column starts with a space or a tab."""
    return _edge_blank(column, ends=False)


def _edged_blank(column: Any) -> bool:
    """Whether a cell of an Arrow text column starts or ends with a space or a tab."""
    return _edge_blank(column, ends=True)


def _edge_blank(column: Any, *, ends: bool) -> bool:
    """Whether a cell of an Arrow text column (an array or a chunked one) starts, or when
    ``ends`` also ends, with a space or a tab.

    A cell's first and last bytes are read straight off the column's offsets and data
    buffers, a few milliseconds for a million cells, where a regular expression over every
    cell took about 35 ms. Space and tab are single bytes in UTF-8, never part of another
    character's bytes, so the bytes tell."""
    chunks = getattr(column, "chunks", [column])
    return any(_chunk_edge_blank(chunk, ends=ends) for chunk in chunks)


def _chunk_edge_blank(chunk: Any, *, ends: bool) -> bool:
    import pyarrow as pa

    if len(chunk) == 0:
        return False
    _, offsets_buffer, data_buffer = chunk.buffers()
    if data_buffer is None or data_buffer.size == 0:
        return False  # every cell is empty
    width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=width)[
        chunk.offset : chunk.offset + len(chunk) + 1
    ].astype(np.int64)
    data = np.frombuffer(data_buffer, dtype=np.uint8)
    start, stop = offsets[:-1], offsets[1:]
    filled = stop > start
    if chunk.null_count:
        filled &= chunk.is_valid().to_numpy(zero_copy_only=False)
    edges = [data[start[filled]]] + ([data[stop[filled] - 1]] if ends else [])
    return any(bool(((edge == 32) | (edge == 9)).any()) for edge in edges)


def _surplus(body: pd.DataFrame, width: int) -> np.ndarray:
    """Rows with a cell past the header's ``width`` columns."""
    if width not in body.columns:
        return np.zeros(len(body), dtype=bool)
    return (body[width] != "").to_numpy()


def check_cells(raw: pd.DataFrame, columns: Collection[str]) -> None:
    """Raise unless every cell of ``columns`` is at most :data:`MAX_CELL_CHARS` long.

    Called on the columns a format reads, before any name or amount is parsed or matched.
    """
    for column in columns:
        if column not in raw.columns:
            continue
        arrow = _arrow_text(raw[column])
        if arrow is not None and _longest_bytes(arrow) <= MAX_CELL_CHARS:
            continue  # no cell has more characters than bytes
        lengths = raw[column].str.len().to_numpy()
        if len(lengths) and lengths.max() > MAX_CELL_CHARS:
            at = int(lengths.argmax())
            raise PlannerError(
                f"a cell of {lengths[at]:,} characters; expected at most {MAX_CELL_CHARS} "
                "(the longest USDA food description has 184)",
                row=at + 1,
                column=column,
            )


def check_distinct_names(names: pd.Series, *, column: str) -> None:
    """Raise if ``names`` holds more than :data:`MAX_DISTINCT_NAMES` distinct names, naming
    the row of the first one past the limit."""
    if len(names) <= MAX_DISTINCT_NAMES or names.nunique(dropna=False) <= MAX_DISTINCT_NAMES:
        return
    first = ~names.duplicated()
    if int(first.sum()) > MAX_DISTINCT_NAMES:
        row = int(np.flatnonzero(first.to_numpy())[MAX_DISTINCT_NAMES]) + 1
        raise PlannerError(
            f"the file names more than {MAX_DISTINCT_NAMES:,} different foods; expected at "
            "most that many (a year of a tracker's log names a few hundred): export a "
            "shorter period",
            row=row,
            column=column,
        )


#: Bytes that do not make a file less empty: white space, NUL and byte order marks.
_NOTHING = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def _blank(data: bytes) -> bool:
    """Whether ``data`` holds only :data:`_NOTHING`; a file's first line usually settles it
    without copying the rest."""
    return not data[:4096].strip(_NOTHING) and not data.strip(_NOTHING)


def _check_line_lengths(data: bytes) -> None:
    """Raise at the first line longer than :data:`MAX_LINE_BYTES`.

    A line that long holds a whole stretch of ``MAX_LINE_BYTES // 2`` bytes starting at a
    multiple of that length with no newline; looking for a newline in each such stretch
    (stopping at the first, a few bytes in) clears a normal file without touching most of
    its bytes. Only a file with such a stretch is measured line by line.
    """
    step = MAX_LINE_BYTES // 2
    if all(data.find(b"\n", at, at + step) >= 0 for at in range(0, len(data) - step + 1, step)):
        return
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
    lengths = np.diff(np.concatenate(([-1], ends, [len(data)]))) - 1
    if lengths.max() > MAX_LINE_BYTES:
        line = int(np.argmax(lengths > MAX_LINE_BYTES)) + 1
        raise PlannerError(
            f"line {line} (row {max(line - 1, 1)}) is longer than {MAX_LINE_BYTES:,} bytes; "
            "expected a diary row (a tracker's rows are under 1 KB)"
        )


def _read_bytes(source: str | Path | bytes | IO[bytes]) -> bytes:
    """The file's bytes, refusing more than :data:`MAX_FILE_BYTES` without reading further."""
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, str | Path):
        try:
            with open(source, "rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise PlannerError(f"cannot read {source}: {exc.strerror}") from None
    else:
        data = source.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise PlannerError(
            f"the file is larger than {MAX_FILE_BYTES / 2**20:,.0f} MB; a year of a tracker's "
            "food log is about 1 MB: export a shorter period"
        )
    return data


def _stripped(column: pd.Series) -> pd.Series:
    """The column without surrounding white space (leading spaces the parser already
    dropped); most columns have none, so look before copying."""
    arrow = _arrow_text(column)
    if arrow is not None:
        edged = _edged_blank(arrow)
    else:
        edged = bool(
            column.str.endswith((" ", "\t")).any() or column.str.startswith(("\t", " ")).any()
        )
    return column.str.strip() if edged else column


def _arrow_text(column: pd.Series) -> Any:
    """The Arrow array holding a text column's cells, or ``None`` if it is not held in one."""
    dtype = column.dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        import pyarrow as pa

        return pa.array(column.array)
    return None


def _longest_bytes(column: Any) -> int:
    """The longest cell of an Arrow text column [bytes]: its offsets tell, without reading a
    character."""
    from pyarrow import compute

    longest = compute.max(compute.binary_length(column)).as_py()
    return 0 if longest is None else int(longest)


def decode(data: bytes) -> str:
    """Text of a file in UTF-8 (with or without BOM), UTF-16 (with BOM) or cp1252."""
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding.

    A file is UTF-16 if it starts with a UTF-16 BOM, UTF-8 if it decodes as UTF-8, and cp1252
    if it holds no non-ASCII UTF-8 character at all (an older Excel save). A UTF-8 file with
    a line in another encoding is refused naming that line, never read as cp1252 mojibake.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise PlannerError(
                f"{_where(data, exc.start)} is not UTF-16 text; save the file as UTF-8 CSV"
            ) from None
        if "\x00" in text:
            line = text.count("\n", 0, text.index("\x00")) + 1
            raise PlannerError(
                f"line {line} (row {max(line - 1, 1)}) holds a NUL character; expected CSV "
                "text, not a binary file"
            )
        return text, "utf-16"
    nul = data.find(b"\x00")
    if nul >= 0:
        raise PlannerError(
            f"{_where(data, nul)} is a NUL byte; expected CSV text, not a binary file"
        )
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError as exc:
        utf8_error = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
    if _NON_ASCII_UTF8.search(data):
        raise PlannerError(
            f"{_where(data, utf8_error)} is not UTF-8, though the rest of the file is; "
            "save the whole file as UTF-8 CSV"
        )
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise PlannerError(
            f"{_where(data, exc.start)} is neither UTF-8 nor Windows-1252 text; save the "
            "file as UTF-8 CSV"
        ) from None


#: A well-formed non-ASCII UTF-8 character: in a file that also has bytes that are not
#: UTF-8, the sign of a UTF-8 file with a line in another encoding.
_NON_ASCII_UTF8 = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _where(data: bytes, offset: int) -> str:
    """Where a byte is, for messages: its line and its byte in the file (both 1-based)."""
    line = data.count(b"\n", 0, offset) + 1
    return f"line {line} (row {max(line - 1, 1)}), byte {offset + 1:,} (0x{data[offset]:02x})"


def normalise_header(name: object) -> str:
    """Trimmed, lower-case header with ``Âµ`` mojibake undone and ``protien`` spelt right."""
    text = " ".join(str(name).replace("\ufeff", "").split()).lower()
    return text.replace("âµ", "µ").replace("μ", "µ").replace("protien", "protein")


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_merging(text: str, delimiter: str, width: int, free: int) -> pd.DataFrame:
    """Rows read one by one, the cells past the header's joined into column ``free`` (after
    dropping one trailing empty cell), in ``width + 1`` columns like :func:`_read_ragged`."""
    joiner = ", " if delimiter == "," else delimiter
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    rows: list[list[str]] = []
    try:
        for cells in reader:
            if len(cells) > width and cells[-1].strip() == "":
                cells = cells[:-1]
            extra = len(cells) - width
            if extra > 0:
                name = joiner.join(c.strip() for c in cells[free : free + extra + 1])
                cells = [*cells[:free], name, *cells[free + extra + 1 :]]
            rows.append(cells + [""] * (width + 1 - len(cells)))
    except csv.Error as exc:
        raise PlannerError(f"not a readable CSV file: line {reader.line_num}: {exc}") from None
    return pd.DataFrame(rows, columns=range(width + 1), dtype=str)


def _read_ragged(text: str, delimiter: str, width: int) -> pd.DataFrame:
    """Rows of differing numbers of cells, read row by row, in ``width + 1`` columns: the last
    holds any cells past the header's, joined, for the caller to refuse."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
    rows: list[list[str]] = []
    try:
        for cells in reader:
            if len(cells) > width + 1:
                cells = [*cells[:width], delimiter.join(cells[width:]).strip(delimiter)]
            rows.append(cells + [""] * (width + 1 - len(cells)))
    except csv.Error as exc:
        raise PlannerError(f"not a readable CSV file: line {reader.line_num}: {exc}") from None
    return pd.DataFrame(rows, columns=range(width + 1), dtype=str)
