"""CSV and TSV cells that a spreadsheet would run as a formula, neutralised as OWASP recommends.

A cell whose text starts (after any leading white space) with ``=``, ``+``, ``-`` or ``@``, or starts
with a tab or carriage return, is written with a leading ``'``: Excel, LibreOffice and Google Sheets
then show it as text instead of evaluating ``=HYPERLINK(…)`` from an article. Numbers are untouched
(only strings are changed). Machine pipelines that need the cells verbatim set ``WIRECODER_CSV_RAW=1``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

FORMULA_START = ("=", "+", "-", "@")


def raw_cells() -> bool:
    """True when ``WIRECODER_CSV_RAW`` asks for cells written verbatim (the opt-out)."""
    return os.environ.get("WIRECODER_CSV_RAW", "").strip() not in ("", "0")


def safe_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` when it is a string a spreadsheet would read as a formula."""
    if not isinstance(value, str) or not value:
        return value
    if value[0] in "\t\r" or value.lstrip().startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(values: Sequence[Any]) -> list[Any]:
    """A row of cells, each made safe (unless the opt-out is set)."""
    if raw_cells():
        return list(values)
    return [safe_cell(v) for v in values]


def safe_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    """A ``DictWriter`` row, each value made safe (unless the opt-out is set)."""
    if raw_cells():
        return dict(row)
    return {k: safe_cell(v) for k, v in row.items()}
