"""Reading diaries: file formats, tracker exports and the account of every row.

An upload flows one way: :mod:`~planner.diary.formats` reads a file into one table of entries,
:mod:`planner.resolve` resolves each distinct name and amount, :mod:`~planner.diary.account`
accounts for every row, and :mod:`planner.intake` checks the result.
"""
