"""Publication dates from what files say to ISO 8601 (what `extract --json` prints)."""

from __future__ import annotations

import re
from datetime import date, datetime

# NITF and NewsML 1.x write the ISO 8601 basic format: 20230118T100500+0100, 20030612T1430Z.
_BASIC = re.compile(
    r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}:?\d{2})?)?$"
)


def iso_date(value: object) -> str | None:
    """ISO 8601 text for a date or date-time given as text or a datetime, else None.

    A bare date stays a date ("2023-01-18"); a time keeps its offset when it has one.
    """
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    basic = _BASIC.match(text)
    if basic:
        y, mo, d, h, mi, s, zone = basic.groups()
        text = f"{y}-{mo}-{d}"
        if h:
            text += f"T{h}:{mi}:{s or '00'}" + _zone(zone)
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        return datetime.fromisoformat(text.replace(" ", "T", 1)).isoformat(timespec="seconds")
    except ValueError:
        pass
    return _rfc2822(text) or _written(text)


def _zone(zone: str | None) -> str:
    if not zone or zone == "Z":
        return zone or ""
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"


def _rfc2822(text: str) -> str | None:
    """"Wed, 18 Jan 2023 10:05:00 +0100", as RSS and e-mail write dates."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        return None


def _written(text: str) -> str | None:
    """"18 janvier 2023", "January 18, 2023": French and English written dates.

    dateparser only runs on short text (it is slow on long strings), day first as in
    French; anything it cannot read, or a date without a day, is no date.
    """
    if len(text) > 60 or not re.search(r"\d{4}", text):
        return None
    import dateparser

    try:
        found = dateparser.parse(text, languages=["fr", "en"], settings={
            "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:  # noqa: BLE001 -- a best-effort reading of free text
        return None
    if found is None:
        return None
    has_time = re.search(r"\d{1,2}\s*(?:[:h]\s*\d{2}|[ap]\.?m)", text, re.IGNORECASE)
    return found.isoformat(timespec="seconds") if has_time else found.date().isoformat()
