"""Time-zone abbreviations that page headers print after a time, with their fixed offsets.

Only abbreviations that name one offset are listed (``EST`` is always UTC-5, ``EDT`` UTC-4).
Ambiguous ones are left out on purpose: ``CST`` (US Central or China), ``IST`` (India,
Ireland or Israel), ``ET`` and ``PT`` (which half of the year?). A time followed by one of
those stays naive unless the agency fixes the zone (see :mod:`wirenews.data.agencies`).
Offsets are those of the IANA time-zone database's abbreviations.
"""

from __future__ import annotations

from datetime import timedelta

__all__ = ["TIMEZONE_ABBREVIATIONS"]


def _offset(hours: float) -> timedelta:
    return timedelta(hours=hours)


TIMEZONE_ABBREVIATIONS: dict[str, timedelta] = {
    "UTC": _offset(0),
    "GMT": _offset(0),
    "Z": _offset(0),
    "EST": _offset(-5),
    "EDT": _offset(-4),
    "CDT": _offset(-5),
    "MST": _offset(-7),
    "MDT": _offset(-6),
    "PST": _offset(-8),
    "PDT": _offset(-7),
    "BST": _offset(1),
    "CET": _offset(1),
    "CEST": _offset(2),
    "EET": _offset(2),
    "EEST": _offset(3),
    "MSK": _offset(3),
    "GST": _offset(4),
    "PKT": _offset(5),
    "HKT": _offset(8),
    "SGT": _offset(8),
    "KST": _offset(9),
    "JST": _offset(9),
    "AEST": _offset(10),
    "AEDT": _offset(11),
}
"""Upper-case abbreviation to its offset from UTC."""
