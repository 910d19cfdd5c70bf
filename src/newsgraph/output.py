"""Output formats, in one place: every command that prints rows goes through ``render``."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

from tabulate import tabulate

from .errors import NewsgraphError
from .store import Rows

__all__ = ["FORMATS", "render", "to_json"]

FORMATS = ("table", "json", "jsonl", "csv")
#: Cells wider than this are cut in tables (not in json/csv), so a row fits a terminal line or two.
MAX_TABLE_CELL = 60


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=_plain)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    text = str(_plain(value)).replace("\n", " ")
    return text if len(text) <= MAX_TABLE_CELL else text[: MAX_TABLE_CELL - 1] + "…"


def render(rows: Rows, fmt: str = "table") -> str:
    if fmt == "table":
        if not rows.rows:
            return "(no rows)"
        return tabulate([[_cell(v) for v in row] for row in rows.rows], headers=rows.columns)
    if fmt == "json":
        return to_json([{k: _plain(v) for k, v in d.items()} for d in rows.dicts()])
    if fmt == "jsonl":
        return "\n".join(json.dumps(d, ensure_ascii=False, default=_plain) for d in rows.dicts())
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(rows.columns)
        writer.writerows([[_plain(v) for v in row] for row in rows.rows])
        return buffer.getvalue().rstrip("\n")
    raise NewsgraphError("E302", fmt=fmt, what="output", choices=", ".join(FORMATS))
