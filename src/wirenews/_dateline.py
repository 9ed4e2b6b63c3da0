"""Datelines: the place, date and agency credit that open a wire story.

A dateline has the shape ``[(AGENCY) SEP] PLACE[/PLACE][, REGION][, DATE] [(AGENCY)] SEP`` and
many real variants (see ``docs/datelines.md``). Matching works on one line at a time and
never looks further than :data:`WINDOW` characters into it, so its cost per line is bounded
whatever the input. It proceeds in two steps:

1. find the *anchor* that ends the dateline's head: the agency credit (``(Xinhua)``,
   ``/TASS/``, ``, SPA --``) or, for agency-less copy, a bare separator (`` - ``);
2. read the head before it from the right: an optional date, then places and regions
   separated by commas.

A candidate is accepted only with enough evidence: an agency credit, a date, or a place
written in capitals (``WASHINGTON - ``), and places that look like names.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, NamedTuple

import regex

from wirenews._patterns import alternation, expand, groups_getter
from wirenews.data.agencies import AGENCIES, lookup_agency
from wirenews.data.headers import WEEKDAYS
from wirenews.data.months import MONTHS
from wirenews.data.regions import is_region_abbreviation
from wirenews.data.words import COPY_LABELS, FUNCTION_WORDS

__all__ = ["WINDOW", "DatelineMatch", "match_dateline", "resolve_date"]

WINDOW: Final = 160
"""How far into a line a dateline may reach, in characters."""

_LEADING: Final = " \t\u00a0\ufeff*•"  # blanks, and the bullets some feeds put before a dateline
_SPACES: Final = " \t\u00a0"
_LEDE_MARKS: Final = "\"“‘'«([<"  # Reuters-21578 writes companies as <Quotron Systems Inc>
_MAX_HEAD: Final = 100  # the longest head seen in real copy is about 60 characters

# ---------------------------------------------------------------------------- fragments
_AGENCY: Final = alternation(
    spelling for agency in AGENCIES for spelling in (agency.name, *agency.spellings)
)
_BARE_SPELLINGS: Final = tuple(
    spelling
    for agency in AGENCIES
    if agency.bare_credit
    for spelling in (agency.name, *agency.spellings)
)
"""The spellings of the agencies whose credit may stand bare before a separator (``SPA --``)."""
_BARE_CREDIT: Final = alternation(_BARE_SPELLINGS)
_MONTH: Final = alternation(MONTHS)
_MONTH_STEMS: Final = alternation({spelling[:3] for spelling in MONTHS})
_SPACE: Final = r"[ \t\u00a0]"

_FRAGMENTS: Final = {
    "agency": rf"(?i:{_AGENCY})",
    "bare_credit": rf"(?i:{_BARE_CREDIT})\b",
    # A credit may carry a desk or partner suffix: (dpa/bb), (AFP-Jiji) is in the table.
    "suffix": r"(?:/[\w.]{1,12})?",
    # Syndication through the Non-Aligned News Network: (NNN-BERNAMA), (NNN-MENA).
    "prefix": r"(?:NNN-)?",
    # What may be an agency's credit: one to three words; the agency table decides.
    # (possessive: a word that is not followed by a separator is given up at once).
    "credit": r"\p{L}[\p{L}.\-]{0,20}+(?:[ \t]\p{L}[\p{L}.\-]{0,20}+){0,2}+",
    # A month as the table spells it, or misspelt after its first three letters ("Marc 3").
    "month": rf"(?i:{_MONTH}|(?:{_MONTH_STEMS})\p{{Ll}}{{1,6}})\b\.?",
    "day": r"(?:[0-3]?\d)(?:st|nd|rd|th)?\b",
    "year": r"(?:1[89]|2\d)\d\d\b",
    "sep": r"-{1,3}|[—–]{1,2}|_",
    # What may follow a separator: a space, the line's end, or the lede glued to it (checked
    # later: only a credited or dated head may have its lede glued on). Never a digit:
    # "September 16-19" is a range.
    "after": r"(?=\s|\Z|[^\s\d\-—–_.,;:])",
    "sp": _SPACE,
}


def _compile(pattern: str) -> regex.Pattern[str]:
    """Compile a verbose pattern after putting each ``{fragment}`` in its place."""
    return regex.compile(expand(pattern, _FRAGMENTS), regex.VERBOSE)


# An agency credit written first, as ANSA does: "(ANSA) - ROMA, 22 MAR - ".
_LEAD: Final = _compile(
    r"""
    \( {sp}* (?P<agency> {agency} ) {suffix} {sp}* \)   # (ANSA)
    {sp}* (?P<sep> {sep} ) {sp}*                       # -
    """
)

# What ends a dateline's head: a credit (checked against the agency table afterwards, which
# is faster than trying every agency's name at every position) or a bare separator.
_ANCHOR: Final = _compile(
    r"""
      {sp}* \( {sp}* {prefix} (?P<credit> {credit} ) {suffix} {sp}* \)   # (Xinhua), (dpa/bb)
    | {sp}* / (?P<credit> {credit} ) /                             # /TASS/
    | (?: , {sp}* | {sp}+ ) (?P<credit> {bare_credit} )            # , SPA --   Kyodo -
      (?= {sp}* (?: {sep} ) {after} )
    | (?<= [\p{L}.] ) (?= : \s )                                  # KUALA LUMPUR: (checked later)
    | (?: {sp}+ | (?<= \d ) ) (?= (?: {sep} ) {after} )             #  -  after agency-less heads
    """
)

_CREDIT: Final = groups_getter(_ANCHOR, "credit")

# The separator after an agency credit, or the bare one.
_SEPARATOR: Final = _compile(
    r"""
    {sp}* (?P<sep> \. {sp}* (?: {sep} ) | (?: {sep} ) | : | \. )   # -- | .- | : | .
    (?: (?= \s | \Z ) | (?<= [-—–_] ) {after} )                   # "(Reuters) -The" too
    """
)

# A date at the end of a head: "Jan. 26", "3 April", "22nd April, 2026", "Dec 29, 2018", and
# Antara's day-first "29/12/2021".
_HEAD_DATE: Final = _compile(
    r"""
    (?r)  # searched from the end of the head, where the date must be
    (?: ^ | (?<= [\s,.] ) )
    (?:
        (?:
            (?P<month> {month} ) {sp}* (?P<day> {day} )
          | (?P<day> {day} ) {sp}+ (?P<month> {month} )
        )
        (?: ,? {sp}* (?P<year> {year} ) )?
      | (?P<day> [0-3]?\d ) {sp}* / {sp}* (?P<number> [01]?\d ) {sp}* / {sp}* (?P<year> {year} )
    )
    [.,]? {sp}* \Z
    """
)

_DATE_PARTS: Final = groups_getter(_HEAD_DATE, "number", "month", "day", "year")

# A date that could not be read ("Narch 2", "March 119", "March 2O", "April l"), after a
# comma: the places before it still make a dateline.
_MISSPELT_DATE: Final = _compile(
    r"""
    (?r) (?<= , {sp}* ) \p{L}{3,9} \.? {sp}+ [\dlIO] [\dA-Za-z]{0,3} [.,]? {sp}* \Z
    """
)

# A place with a region in parentheses: "Chandrapur (Maharashtra)".
_PAREN_REGION: Final = _compile(
    r"""
    (?P<place> [^()]{1,60}? ) {sp}* \( {sp}* (?P<region> [^()]{1,40}? ) {sp}* \)
    """
)

# Words of a place or region name: letters, with inner points, apostrophes and hyphens.
_NAME: Final = _compile(
    r"[\p{L}\p{M}][\p{L}\p{M}.'’\-]{0,30} (?: [ ] [\p{L}\p{M}][\p{L}\p{M}.'’\-]{0,30} )*"
)
_NAME_WORD: Final = 31  # the longest word of _NAME

_NOT_PLACES: Final = FUNCTION_WORDS | COPY_LABELS | {day.casefold() for day in WEEKDAYS}
_LOWER_PARTICLES: Final = frozenset(
    "al an am as bin da das de del della der des di do dos du e el en es ibn la le les "
    "los of on sur the upon y".split()
)


class DatelineMatch(NamedTuple):
    """A dateline found in a text: what it says, where it is, nothing resolved yet."""

    start: int
    end: int
    locations: tuple[str, ...]
    region: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    separator: str | None


class _Head(NamedTuple):
    locations: tuple[str, ...]
    region: str | None
    month: int | None
    day: int | None
    year: int | None


def match_dateline(text: str, start: int, end: int) -> DatelineMatch | None:
    """Match a dateline at ``text[start:]``, not reaching past ``end`` (a line's end).

    Leading blanks are skipped. The match's offsets cover the dateline from its first
    character through its separator (or its agency credit, when no separator follows).

    >>> match_dateline("MINSK, 3 April (BelTA) - Belarus", 0, 32)
    DatelineMatch(start=0, end=24, locations=('MINSK',), region=None, month=4, day=3, \
year=None, agency='BelTA', separator='-')
    """
    end = min(end, start + WINDOW)
    while start < end and text[start] in _LEADING:
        start += 1
    if start >= end:
        return None
    lead = _LEAD.match(text, start, end) if text[start] == "(" else None  # as every lead opens
    head_start = lead.end() if lead is not None else start
    found = _match_after_lead(text, head_start, end, lead_credited=lead is not None)
    if found is not None:
        stop, head, credit, separator = found
        if lead is not None and credit is None:
            credit = lead.group("agency")
        return _build(start, stop, head, credit, separator)
    if lead is not None:
        empty = _Head((), None, None, None, None)
        return _build(start, lead.end("sep"), empty, lead.group("agency"), lead.group("sep"))
    return None


def _match_after_lead(
    text: str, start: int, end: int, *, lead_credited: bool
) -> tuple[int, _Head, str | None, str | None] | None:
    """Match the head and its anchor: (end, head, agency credit, separator) or None."""
    anchor, credit = _find_anchor(text, start, min(end, start + _MAX_HEAD + 30))
    if anchor is None or anchor.start() - start > _MAX_HEAD:
        return None
    separator = _SEPARATOR.match(text, anchor.end(), end)
    if separator is None and credit is None:
        return None  # a bare separator glued to the next word ("-x") is a hyphen
    head_text = text[start : anchor.start()]
    head = _read_head(head_text)
    if head is None:
        return None
    credited = credit is not None or lead_credited
    if not credited and not _strong_without_agency(head, head_text):
        return None
    stop = anchor.end() if separator is None else separator.end("sep")
    if not _lede_follows(text, stop, end, strict=not credited and head.month is None):
        return None
    glued = stop < end and not text[stop].isspace()
    if glued and not credited and head.month is None:
        return None  # "U.S. -Soviet" is no dateline; "NEW YORK, March 31 -qtr" is
    return stop, head, credit, None if separator is None else separator.group("sep")


def _lede_follows(text: str, stop: int, end: int, *, strict: bool) -> bool:
    """Whether what follows a dateline can open a story: a capital, a digit, a quote mark.

    A dateline may also end the line (the story goes on below). Without a credit or a date
    (``strict``), a lower-case word after the separator means a sentence with a dash in it
    (``NATO - the alliance - said``); with one, old wire copy may go on in lower case
    (``March 31 -qtr ends``), but a credit with no separator must be followed by a capital
    (``(AP) has learned`` is a sentence).
    """
    position = stop
    while position < end and text[position] in " \t\u00a0":
        position += 1
    if position >= end:
        return True
    first = text[position]
    if first.isupper() or first.isdigit() or first in _LEDE_MARKS:
        return True
    if strict:
        return False
    return text[stop - 1] in "-—–_:."


_SPACES_AND_COMMA: Final = _SPACES + ","
_SEPARATOR_MARKS: Final = "-—–_"
"""The characters a separator (the ``sep`` fragment) is made of."""
_BARE_ENDINGS: Final = tuple(
    sorted({spelling.split()[-1].casefold() for spelling in _BARE_SPELLINGS})
)
"""The last words of the agency credits written bare (``SPA --``), case-folded."""
_LONGEST_ENDING: Final = max(len(ending) for ending in _BARE_ENDINGS)


def _anchor_search_start(text: str, start: int, end: int) -> int:
    """Where a search for :data:`_ANCHOR` in ``text[start:end]`` may begin, or -1 if in vain.

    Every match holds a credit's bracket or slash or a colon, or looks ahead to a separator
    that follows blanks or a digit (a bare separator) or a bare credit's last word, blanks
    between (``SPA-``). A hyphen inside a word (``high-quality``, ``China-Belarus``) is none
    of these, so a line whose only marks are such hyphens is spared the pattern, which would
    be tried at every character. Nor does any match begin before the first mark, but for the
    blanks and commas before it (and a bare credit before those): the search starts there.
    """
    first = -1
    for mark in "(/:":
        at = text.find(mark, start, end)
        if at >= 0 and (first < 0 or at < first):
            first = at
    may_match = first >= 0
    for mark in _SEPARATOR_MARKS:
        at = text.find(mark, start, end)
        if at >= 0 and (first < 0 or at < first):
            first = at
        while at >= 0 and not may_match:
            if at == start:
                may_match = True  # what comes before the stretch is not looked at here
                break
            before = text[at - 1]
            may_match = before in _SPACES or before.isdigit() or _ends_bare_credit(text, start, at)
            at = text.find(mark, at + 1, end)
    if not may_match:
        return -1
    while first > start and text[first - 1] in _SPACES_AND_COMMA:
        first -= 1
    if first > start and _ends_bare_credit(text, start, first):
        return start  # "Kyodo -": the match begins before the credit
    return first


def _ends_bare_credit(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may end with the last word of a bare credit.

    Case is compared as the pattern does for ASCII text; text with other characters near the
    end is taken to (the pattern's case-insensitive matching knows more equivalences).
    """
    tail = text[max(start, end - _LONGEST_ENDING) : end]
    if not tail.isascii():
        return True
    tail = tail.lower()
    return any(tail.endswith(ending) for ending in _BARE_ENDINGS)


def _find_anchor(text: str, start: int, end: int) -> tuple[regex.Match[str] | None, str | None]:
    """The first anchor whose credit, if it has one, names an agency in the table."""
    begin = _anchor_search_start(text, start, end)
    if begin < 0:
        return None, None  # no match to look for, and the pattern would try every character
    for anchor in _ANCHOR.finditer(text, begin, end):
        (credit,) = _CREDIT(anchor.groups())
        if credit is None or lookup_agency(credit) is not None:
            return anchor, credit
    return None, None


def _build(
    start: int,
    stop: int,
    head: _Head,
    credit: str | None,
    separator: str | None,
) -> DatelineMatch:
    agency = lookup_agency(credit) if credit is not None else None
    return DatelineMatch(  # by position: a call by keyword costs more
        start,
        stop,
        head.locations,
        head.region,
        head.month,
        head.day,
        head.year,
        agency.name if agency is not None else credit,
        separator,
    )


def _strong_without_agency(head: _Head, head_text: str) -> bool:
    """Whether an agency-less head is a dateline: it has a date, or its places are capitals.

    A date alone makes a dateline when it has no year (Reuters-21578's ``April 7 -``) or is
    in capitals; a dated timeline entry (``Jan. 26, 2020 - China locks down Wuhan``) is none.
    """
    if not head.locations:
        return head.month is not None and (head.year is None or head_text == head_text.upper())
    if head.month is not None:
        return True
    return all(
        place == place.upper() and any(c.isalpha() for c in place) for place in head.locations
    )


def _read_head(head: str) -> _Head | None:
    """Read the places, region and date of a dateline's head, or None if it is not one."""
    head = head.strip(_SPACES)
    month = day = year = None
    # Every date the pattern reads has a day, so a head without a digit is spared the search.
    date = _HEAD_DATE.search(head) if _has_digit(head) else None
    if date is not None:
        number, month_word, day_text, year_text = _DATE_PARTS(date.groups())
        month = int(number) if number is not None else _month_number(month_word)
        day = int(day_text.rstrip("stndrh"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        year = int(year_text) if year_text else None
        head = head[: date.start()]
    elif "," in head:
        misspelt = _MISSPELT_DATE.search(head)
        if misspelt is not None:
            head = head[: misspelt.start()]
    places = _read_places(head.rstrip(_SPACES + ","), relaxed=month is not None)
    if places is None:
        return None
    return _Head(places[0], places[1], month, day, year)


def _has_digit(text: str) -> bool:
    """Whether any character of ``text`` is a digit (as ``\\d`` reads one, or wider)."""
    return any(character.isdigit() for character in text)


def _read_places(text: str, *, relaxed: bool) -> tuple[tuple[str, ...], str | None] | None:
    """Places and region before a dateline's date: "WASHINGTON/SINGAPORE", "ST. PAUL, Minn."."""
    if not text:
        return (), None
    if text.endswith(".") and not is_region_abbreviation(text.rsplit(None, 1)[-1]):
        text = text[:-1].rstrip(_SPACES + ",")  # "MOSCOW. April 2": the point is punctuation
    segments = [segment.strip(_SPACES) for segment in text.split(",")]
    if not all(segments):
        return None
    region: str | None = ", ".join(segments[1:]) or None
    locations: list[str] = []
    for place in segments[0].split("/"):
        name = place.strip(_SPACES)
        paren = _PAREN_REGION.fullmatch(name) if "(" in name else None
        if paren is not None:
            name, inner = paren.group("place", "region")
            region = region or inner
        locations.append(name)
    if region is None and len(locations) == 1:
        # "FARMINGTON Conn." (comma left out before the state).
        words = locations[0].split()
        if len(words) > 1 and words[-1].endswith(".") and is_region_abbreviation(words[-1]):
            locations[0] = locations[0][: locations[0].rindex(words[-1])].rstrip()
            region = words[-1]
    # Capitals are the evidence when nothing else is; after a date, "Mexico city" will do.
    relaxed = relaxed or text == text.lower()
    if not all(_is_name(place, relaxed, 5) for place in locations):
        return None
    if region is not None and not all(
        _is_region(part.strip(), relaxed) for part in region.split(",")
    ):
        return None
    return tuple(locations), region


def _is_region(region: str, relaxed: bool) -> bool:
    """Whether a region reads as one: ``Minn.``, ``Me.``, ``The Netherlands``, ``Syria``."""
    if is_region_abbreviation(region):
        return True
    words = region.split(None, 1)
    if len(words) == 2 and words[0].casefold() == "the" and words[1][:1].isupper():
        region = words[1]  # the Netherlands, The Gambia
    return _is_name(region, relaxed, 4)


def _month_number(word: str) -> int:
    word = word.rstrip(".").casefold()
    return MONTHS.get(word) or MONTHS[word[:3]]


def _is_name(name: str, relaxed: bool, max_words: int) -> bool:
    """Whether ``name`` reads as a place name: a few capitalised words, no digits.

    ``relaxed`` lets words after the first (or every word, in an all-lower-case head) go
    without a capital.
    """
    words = name.split()
    if not 1 <= len(words) <= max_words or (
        not _all_letters(words) and _NAME.fullmatch(" ".join(words)) is None
    ):
        return False
    first = words[0].casefold()
    if first in _NOT_PLACES and not (name.isupper() and first == "the" and len(words) > 1):
        return False  # "The survey", "EDITOR'S NOTE", "Tuesday"; THE HAGUE is a place
    if sum(character.isalpha() for character in name) < 2:
        return False  # "Q:"
    for position, word in enumerate(words):
        if word[0].isupper() or word in _LOWER_PARTICLES:
            continue
        if not relaxed or (position == 0 and name != name.lower()):
            return False
    return True


def _all_letters(words: list[str]) -> bool:
    """Whether every word is letters only and not too long: words :data:`_NAME` matches.

    Every character ``str.isalpha`` takes is a letter (``\\p{L}``) for the pattern too, so the
    common name is read without it.
    """
    return all(word.isalpha() and len(word) <= _NAME_WORD for word in words)


def resolve_date(
    month: int | None,
    day: int | None,
    year: int | None,
    reference: dt.date | None,
) -> tuple[int | None, dt.date | None]:
    """Return the dateline's year and date, resolving a missing year from ``reference``.

    A dateline is written on the day of the story or shortly before it, so of the
    reference's year and the years either side, the one putting the date nearest the
    reference wins: "Dec. 31" on a story published 2021-01-01 is 2020-12-31.

    >>> resolve_date(12, 31, None, dt.date(2021, 1, 1))
    (2020, datetime.date(2020, 12, 31))
    >>> resolve_date(2, 30, 2021, None)
    (2021, None)
    """
    if month is None or day is None:
        return year, None
    if year is not None:
        return year, _date_or_none(year, month, day)
    if reference is None:
        return None, None
    candidates = [
        candidate
        for candidate in (
            _date_or_none(reference.year + offset, month, day) for offset in (-1, 0, 1)
        )
        if candidate is not None
    ]
    if not candidates:
        return None, None
    best = min(candidates, key=lambda candidate: abs((candidate - reference).days))
    return best.year, best


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
