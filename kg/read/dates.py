"""Date normalisation: the many ways inputs write a publication date, as `YYYY-MM-DD`."""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime

_ISO_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s_])")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?=$|T)")
_TEXT_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y")


def _normalise_date(value: object) -> str | None:
    """`YYYY-MM-DD` for a date or datetime string, None when absent or unparseable.

    A datetime keeps the calendar date it was written with: converting to UTC
    would move late-evening stories to the next day.
    """
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    for pattern, groups in ((_ISO_DATE, (1, 3, 4)), (_COMPACT_DATE, (1, 2, 3))):
        m = pattern.match(s)
        if m:
            try:
                y, mo, d = (int(m.group(g)) for g in groups)
                return date(y, mo, d).isoformat()
            except ValueError:
                return None
    try:
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s.replace(".", ""))
    for fmt in _TEXT_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None
