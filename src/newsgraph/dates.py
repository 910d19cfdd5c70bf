"""Dates said relative to the publication date ("on Tuesday", "yesterday", "on March 3").

dateutil parses absolute dates; the relative words of news style are resolved here, against the
publication date, because they always mean the most recent such day on or before it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser

__all__ = ["resolve_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_MONTH_DAY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def resolve_date(expression: str, published: date | None) -> date | None:
    """The day an expression names, or None when it names no single day or needs a publication
    date that is unknown."""
    text = expression.lower().strip()
    for word, shift in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", text):
            return published + timedelta(days=shift) if published else None
    for number, weekday in enumerate(WEEKDAYS):
        if re.search(rf"\b{weekday}\b", text):
            if published is None:
                return None
            back = (published.weekday() - number) % 7
            if "next" in text:
                return published + timedelta(days=(number - published.weekday()) % 7 or 7)
            if "last" in text and back == 0:
                back = 7
            return published - timedelta(days=back)
    month_day = _MONTH_DAY.search(text)
    if month_day:
        has_year = bool(re.search(r"\b(19|20)\d{2}\b", text))
        default = datetime(published.year if published else 1900, 1, 1)
        try:
            found = dateparser.parse(text if has_year else month_day.group(0), default=default, fuzzy=True).date()
        except (ValueError, OverflowError):
            return None
        if has_year or published is None:
            return found if has_year else None
        # "on December 30" in a January story is last year
        if found > published + timedelta(days=31):
            found = found.replace(year=found.year - 1)
        return found
    return None
