"""The one exception type the library raises for a user's mistake."""

from __future__ import annotations


class PlannerError(ValueError):
    """Bad input or a damaged data file, with a message meant for the user.

    Parameters
    ----------
    message : str
        What is wrong and what was expected.
    row : int, optional
        1-based data-row number (the header is not counted), when one row is at fault.
    column : str, optional
        The column or field at fault.
    """

    def __init__(self, message: str, *, row: int | None = None, column: str | None = None):
        self.row = row
        self.column = column
        where = []
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)
