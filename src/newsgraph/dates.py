"""Dates said relative to the publication date ("on Tuesday", "yesterday", "on March 3", "last week",
"in 2019").

dateutil parses absolute dates; the relative words of news style are resolved here, against the
publication date, because they always mean the most recent such day on or before it. Each date
comes with its precision, so that "last week" is not mistaken for a known day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateutil import parser as dateparser

__all__ = ["resolve_date"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY = re.compile(rf"\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTHS}", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b{_MONTHS}\s+((19|20)\d{{2}})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b((19|20)\d{2})\b")


def resolve_date(expression: str, published: date | None) -> tuple[date, str] | None:
    """The date an expression names and its precision ("day", "week", "month" or "year"); None when
    it names no date, or needs a publication date that is unknown."""
    text = expression.lower().strip()
    for word, shift in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", text):
            return (published + timedelta(days=shift), "day") if published else None
    for number, weekday in enumerate(WEEKDAYS):
        if re.search(rf"\b{weekday}\b", text):
            return _weekday(number, text, published)
    month_day = _MONTH_DAY.search(text)
    if month_day:
        return _month_day(text, month_day.group(0), published)
    return _period(text, published)


def _weekday(number: int, text: str, published: date | None) -> tuple[date, str] | None:
    if published is None:
        return None
    if "next" in text:
        return published + timedelta(days=(number - published.weekday()) % 7 or 7), "day"
    back = (published.weekday() - number) % 7
    if "last" in text and back == 0:
        back = 7
    return published - timedelta(days=back), "day"


def _month_day(text: str, match: str, published: date | None) -> tuple[date, str] | None:
    has_year = bool(_YEAR.search(text))
    default = datetime(published.year if published else 1900, 1, 1)
    try:
        found = dateparser.parse(text if has_year else match, default=default, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None
    if has_year:
        return found, "day"
    if published is None:
        return None
    # "on December 30" in a January story is last year
    if found > published + timedelta(days=31):
        found = found.replace(year=found.year - 1)
    return found, "day"


def _period(text: str, published: date | None) -> tuple[date, str] | None:
    """Weeks, months and years: "last week", "earlier this month", "in March 2019", "in 2019"."""
    month_year = _MONTH_YEAR.search(text)
    if month_year:
        found = dateparser.parse(month_year.group(0), default=datetime(2000, 1, 1)).date()
        return found.replace(day=1), "month"
    if published is not None:
        if re.search(r"\b(this|last|past|earlier this|later this) week\b", text):
            shift = 7 if re.search(r"\b(last|past) week\b", text) else 0
            start = published - timedelta(days=published.weekday() + shift)
            return start, "week"
        if re.search(r"\b(this|earlier this|later this) month\b", text):
            return published.replace(day=1), "month"
        if re.search(r"\blast month\b", text):
            previous = published.replace(day=1) - timedelta(days=1)
            return previous.replace(day=1), "month"
        if re.search(r"\blast year\b", text):
            return date(published.year - 1, 1, 1), "year"
        if re.search(r"\b(this|earlier this) year\b", text):
            return date(published.year, 1, 1), "year"
    year = _YEAR.search(text)
    if year and re.fullmatch(r"(in |since |by |during )?((19|20)\d{2})", text):
        return date(int(year.group(1)), 1, 1), "year"
    return None
