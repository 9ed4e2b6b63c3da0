"""Month names as wire datelines write them.

Full English names, the three-letter abbreviations (``Jan``, ``MAR``), and the AP Stylebook
abbreviations with their points (``Jan.``, ``Feb.``, ``Aug.``, ``Sept.``, ``Oct.``, ``Nov.``,
``Dec.``). Copy from Reuters writes ``Jan 26`` without a point, BelTA and EFE write ``3 April``
and ``11 may``, ANSA writes ``22 MAR``; Reuters-21578 also has ``Sept`` and ``APril``.
Matching ignores case and an optional trailing point.
"""

from __future__ import annotations

__all__ = ["MONTHS"]

_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Spellings beyond the full name and its first three letters.
_EXTRA: dict[int, tuple[str, ...]] = {
    2: ("Febr",),
    6: ("Jun",),
    7: ("Jul",),
    9: ("Sept",),
}

MONTHS: dict[str, int] = {
    spelling.casefold(): number
    for number, name in enumerate(_NAMES, start=1)
    for spelling in (name, name[:3], *_EXTRA.get(number, ()))
}
"""Casefolded month spelling (without a trailing point) to month number."""
