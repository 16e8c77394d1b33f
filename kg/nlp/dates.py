"""Resolve a date expression from the text against the article's publication date.

Claims carry the date the statement was made where the text gives one:
"on Feb. 11", "in June 2023", "on Saturday", "last week".  Relative and
year-less expressions are read against `Article.published`; the result is
ISO `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS: dict[str, int] = {}
for _n in range(1, 13):
    MONTHS[calendar.month_name[_n].lower()] = _n
    MONTHS[calendar.month_abbr[_n].lower()] = _n
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

_MONTH_RE = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_MONTH_DAY = re.compile(
    rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH_RE}\s+(?:of\s+)?(?P<year>\d{{4}})\b")
_MONTH_ONLY = re.compile(rf"^(?:early|mid|late|mid-)?\s*{_MONTH_RE}$")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _year_for(month: int, day: int | None, pub: date | None) -> int | None:
    """The year of a year-less date: the latest one not after publication."""
    if pub is None:
        return None
    year = pub.year
    if (month, day or 1) > (pub.month, pub.day):
        year -= 1
    return year


def resolve_date(raw: str | None, published: str | None) -> str | None:
    """ISO date (or year-month) for a date expression, else None."""
    if not raw:
        return None
    text = raw.strip().lower().replace("\u2019", "'")
    text = re.sub(r"^(on|in|since|by|from|at)\s+", "", text)
    pub = _published(published)
    m = _ISO.search(text)
    if m:
        return m.group(0)
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.search(text)
        if m:
            month, day = MONTHS[m.group("month")], int(m.group("day"))
            year = int(m.group("year")) if m.group("year") else _year_for(month, day, pub)
            if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
                return None
            return f"{year:04d}-{month:02d}-{day:02d}"
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{int(m.group('year')):04d}-{MONTHS[m.group('month')]:02d}"
    if pub is None:
        return None
    m = _MONTH_ONLY.match(text)
    if m:
        month = MONTHS[m.group("month")]
        return f"{_year_for(month, None, pub):04d}-{month:02d}"
    if text in {"today", "this morning", "this afternoon", "tonight", "this evening"}:
        return pub.isoformat()
    if text in {"yesterday", "last night"}:
        return (pub - timedelta(days=1)).isoformat()
    weekday = re.sub(r"^(last|this|on)\s+", "", text).split()[0] if text else ""
    weekday = weekday.rstrip("s") if weekday.rstrip("s") in WEEKDAYS else weekday
    if weekday in WEEKDAYS:
        back = (pub.weekday() - WEEKDAYS[weekday]) % 7
        return (pub - timedelta(days=back)).isoformat()
    if text == "last week":
        return (pub - timedelta(days=7)).isoformat()[:10]
    if text == "last month":
        first = pub.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if text in {"this week", "earlier this week"}:
        return pub.isoformat()
    if text == "this month":
        return f"{pub.year:04d}-{pub.month:02d}"
    return None
