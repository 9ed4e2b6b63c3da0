"""Page-header lines: source, publication time, editor and byline, with their spans.

A header line is cut into *pieces* at ``|`` (and, failing that, at `` / `` or `` - ``), and
a piece at each ``Label:``. Each piece is then read as a labelled value (``Source:
Xinhua``), a byline (``By John Smith and Jane Doe``), a time (``2021-01-27 01:27:25``,
``Updated 3:15 PM EST, January 26, 2021``), an agency credit (``(Xinhua)``, ``Reuters
Staff``), a reading time (``3 Min Read``) or a relative time (``2 hours ago``). A line is a
header line when its pieces are recognised; a stray short piece among several recognised ones
(a city in ``PTI | Dubai | Updated: ...``) is tolerated.

Times are built from what the text says and nothing else: no "today" fills a missing part,
and a zone is attached only when written (``UTC``, ``+0300``, ``EST``); the article stage may
then apply the agency's fixed zone.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final, NamedTuple, cast

import regex
from dateutil.parser import isoparse

from wirenews._patterns import alternation, expand
from wirenews.data.agencies import AGENCIES, lookup_agency
from wirenews.data.headers import BYLINE_ROLE_WORDS, FIELD_LABELS, TIME_PREFIXES, WEEKDAYS
from wirenews.data.months import MONTHS
from wirenews.data.timezones import TIMEZONE_ABBREVIATIONS

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["HeaderLine", "Piece", "parse_time", "read_byline", "read_header_line"]

MAX_HEADER_LINE: Final = 240
"""Longer lines are never header lines."""

_FRAGMENTS: Final = {
    "sp": r"[ \t\u00a0]",
    "month": rf"(?i:{alternation(MONTHS)})\b\.?",
    "weekday": rf"(?i:{alternation(WEEKDAYS)})\b\.?",
    "day": r"[0-3]?\d(?:st|nd|rd|th)?\b",
    "year": r"(?:1[89]|2\d)\d\d\b",
    "agency": rf"(?i:{alternation(s for a in AGENCIES for s in (a.name, *a.spellings))})",
    "label": rf"(?i:{alternation(FIELD_LABELS)})",
    "prefix": rf"(?i:{alternation(TIME_PREFIXES)})",
    "role": r"(?:Writer|Correspondent|Editor|Reporter|Producer|Photographer|Columnist)s?",
}
_FRAGMENTS["time"] = expand(
    r"""
    (?P<hour> [0-2]?\d ) [:.] (?P<minute> [0-5]\d )
    (?: : (?P<second> [0-5]\d ) (?: \.\d{1,6} )? )?
    (?: {sp}* (?P<ampm> [AaPp] \.? [Mm] \.? ) )?
    (?: {sp}* (?P<zone> (?:UTC|GMT)? [+-] \d{1,2} (?: :? \d\d )? | [A-Z]{1,5} \b ) )?
    """,
    _FRAGMENTS,
)
_FRAGMENTS["date"] = expand(
    r"""
    (?: {weekday} ,? {sp}+ )?
    (?:
        (?P<month> {month} ) {sp}* (?P<day> {day} ) ,? {sp}+ (?P<year> {year} )
      | (?P<day> {day} ) {sp}+ (?P<month> {month} ) ,? {sp}+ (?P<year> {year} )
      | (?P<day> [0-3]?\d ) (?P<dsep> [/.-] ) (?P<number> [01]?\d ) (?P=dsep) (?P<year> {year} )
    )
    """,
    _FRAGMENTS,
)


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(expand(pattern, _FRAGMENTS), regex.VERBOSE)


# A time as page headers print it, with an optional lead-in ("Updated", "(Xinhua)").
_TIME: Final = _compile(
    r"""
    (?: (?: \( {sp}* (?P<credit> {agency} ) {sp}* \) | (?P<lead> {prefix} ) ) :? {sp}+ )?
    (?P<stamp>
        (?P<iso> \d{4} - [01]?\d - [0-3]?\d
                 (?: [T ] [0-2]\d : [0-5]\d (?: : [0-5]\d (?: \.\d{1,6} )? )?
                     (?: Z | [+-] \d\d (?: :? \d\d )? )? )? )
      | {date} (?: ,? {sp}+ (?: (?i:at) {sp}+ )? {time} )?
      | {time} ,? {sp}+ (?: (?i:on) {sp}+ )? {date}
    )
    """
)

_CLOCK: Final = _compile(r"{time}")
# How a header line can begin; anything else is not one (a quick test for body lines).
_START: Final = _compile(
    r"""
    \d | \( | {label} {sp}* : | (?: By | BY ) {sp} | {weekday} | {month} | {prefix} | {agency}
    | (?i: an? {sp}+ \w+ {sp}+ ago )
    """
)
_LABEL: Final = _compile(r"(?<! [\w] ) (?P<label> {label} ) {sp}* : {sp}*")
_BYLINE: Final = _compile(r"(?: By | BY ) {sp}+ (?P<names> .+ )")
_CREDIT: Final = _compile(
    r"""
    \( {sp}* (?P<credit> {agency} ) {sp}* \)
    | (?P<credit> {agency} ) (?: {sp}+ (?i: staff | news ) )?
    # A byline's second line: "AP Diplomatic Writer", "CNN Political Editor".
    | (?P<credit> {agency} ) (?: {sp}+ \p{Lu}\p{Ll}+ ){0,2} {sp}+ {role}
    """
)
_READING_TIME: Final = _compile(r"\d{1,3} {sp}* (?i: min (?: ute )? s? \.? ) {sp}+ (?i: read )")
_RELATIVE_TIME: Final = _compile(
    r"""
    (?i: (?: updated {sp}+ )?
         (?: \d{1,3} | an? ) {sp}+ (?: second | minute | hour | day | week | month | year ) s?
         {sp}+ ago
       | in {sp}+ \d{1,3} {sp}+ \w+ )
    """
)
_DIGIT: Final = regex.compile(r"\d")
_SPACES: Final = regex.compile(r"[ \t]+")
_OFFSET: Final = regex.compile(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d\d)?")
_MAX_CREDIT: Final = 40  # "(Xinhua)", "Reuters Staff", "Associated Press"
_PIECE_BREAK: Final = regex.compile(r"[ \t]*\|[ \t]*")
_LOOSE_BREAK: Final = regex.compile(r"[ \t]+[/–-][ \t]+")
_NAME_SPLIT: Final = regex.compile(r"[ \t]*(?:,|&|\band\b|\bAND\b)[ \t]*")
_NAME: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+[\p{L}\p{M}.'’-]+){0,4}")
_LOWER_NAME_PARTICLES: Final = frozenset("al bin da de del der di du el ibn la le van von".split())


def _openings(words: Iterable[str]) -> frozenset[str]:
    """The lower-case openings (up to three letters of the first word) of ``words``.

    Each word is taken as written and as its lower, upper and case-folded forms: whatever
    the pattern's case-insensitive matching lets stand for a letter, in ASCII text, is there.
    """
    openings: set[str] = set()
    for word in words:
        first = word.split()[0]
        for form in (first, first.lower(), first.upper(), first.casefold()):
            openings.add(form[:3].lower())
    return frozenset(openings)


_START_OPENINGS: Final = _openings(
    [
        *"0123456789(",  # a digit (other scripts' digits are not ASCII) or a bracket
        *FIELD_LABELS,
        "By",
        *WEEKDAYS,
        *MONTHS,
        *TIME_PREFIXES,
        *(spelling for agency in AGENCIES for spelling in (agency.name, *agency.spellings)),
        "a",  # "an hour ago"
    ]
)
"""How the words a header line may begin with open: every match of :data:`_START` opens
with one of these, or with as much of one as the word has (``AP``)."""


def _may_start(text: str, start: int) -> bool:
    """Whether a match of :data:`_START` may begin at ``start``; False only where none can.

    Every alternative of the pattern opens with a digit, a bracket or a word of the tables,
    so in ASCII text the line's first three letters, lower-cased, must open one of them. Other
    text is left to the pattern, whose case-insensitive matching goes beyond ``lower``.
    """
    head = text[start : start + 3]
    if not head.isascii():
        return True
    head = head.lower()
    return head in _START_OPENINGS or head[:2] in _START_OPENINGS or head[:1] in _START_OPENINGS


PieceValue = object
"""What a piece means: a string, a time, a clock reading, a stretch of minutes.

A module-level name rather than ``object`` itself, so that the compiled build, which reads a
named tuple's annotations from the module's own names, finds it.
"""


class Piece(NamedTuple):
    """A recognised value in a header: which field, where, and what it means."""

    name: str
    start: int
    end: int
    value: PieceValue


class HeaderLine(NamedTuple):
    """What a header line says: its recognised pieces in order."""

    pieces: tuple[Piece, ...]


def read_header_line(text: str, start: int, end: int) -> HeaderLine | None:
    """Read ``text[start:end]`` (one line's text) as a page-header line, or return None.

    >>> line = "Source: Xinhua| 2021-01-27 01:27:25|Editor: huaxia"
    >>> [(p.name, line[p.start : p.end]) for p in read_header_line(line, 0, 50).pieces]
    [('source', 'Xinhua'), ('published', '2021-01-27 01:27:25'), ('editor', 'huaxia')]
    """
    if (
        end - start > MAX_HEADER_LINE
        or start >= end
        or not _may_start(text, start)
        or _START.match(text, start, end) is None
    ):
        return None
    tried: list[tuple[int, int]] = []
    for breaker in (_PIECE_BREAK, _LOOSE_BREAK):
        bounds = _split(text, start, end, breaker)
        if bounds == tried:
            continue
        tried = bounds
        read = [_read_piece(text, piece_start, piece_end) for piece_start, piece_end in bounds]
        if _acceptable(read, text, bounds):
            return HeaderLine(_merge_clock(piece for found in read if found for piece in found))
    return None


def _merge_clock(pieces: Iterable[Piece]) -> tuple[Piece, ...]:
    """Join a date and the clock time in the piece after it (``April 23, 2013 / 6:26 PM``)."""
    merged: list[Piece] = []
    for piece in pieces:
        previous = merged[-1] if merged else None
        if piece.name != "clock":
            merged.append(piece)
        elif (
            previous is not None
            and previous.name in {"published", "updated"}
            and isinstance(previous.value, dt.datetime)
            and previous.value.time() == dt.time()
            and previous.value.tzinfo is None
        ):
            clock = cast("regex.Match[str]", piece.value)
            value = _at_clock(previous.value, clock)
            merged[-1] = previous._replace(end=piece.end, value=value)
    return tuple(merged)


def _split(text: str, start: int, end: int, breaker: regex.Pattern[str]) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    position = start
    for match in breaker.finditer(text, start, end):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, end))
    return [(s, e) for s, e in bounds if s < e]


def _acceptable(read: list[list[Piece] | None], text: str, bounds: list[tuple[int, int]]) -> bool:
    """Whether the pieces make a header line: all recognised, or all but short strays."""
    known = sum(found is not None for found in read)
    if known == 0:
        return False
    strays = [bounds[index] for index, found in enumerate(read) if found is None]
    if not strays:
        return True
    if len(read) < 3 or len(strays) * 2 > len(read):
        return False
    return all(len(text[s:e].split()) <= 3 and text[e - 1] not in ".!?" for s, e in strays)


def _read_piece(text: str, start: int, end: int) -> list[Piece] | None:
    """The pieces one stretch of a header holds, or None when it is not header material.

    Chrome such as "2 hours ago" is recognised but holds no piece: it gives ``[]``.
    """
    stretch = text[start:end]
    labels = list(_LABEL.finditer(text, start, end)) if _may_hold_label(text, start, end) else []
    if labels:
        if labels[0].start() != start and _read_piece(text, start, labels[0].start()) is None:
            return None
        pieces: list[Piece] = []
        if labels[0].start() != start:
            pieces.extend(_read_piece(text, start, labels[0].start()) or ())
        for index, label in enumerate(labels):
            value_end = labels[index + 1].start() if index + 1 < len(labels) else end
            value_end = _rstrip(text, label.end(), value_end)
            found = _read_label(text, label.group("label"), label.end(), value_end)
            if found is None:
                return None
            pieces.extend(found)
        return pieces
    if stretch[:2] in {"By", "BY"}:
        byline = _BYLINE.fullmatch(text, start, end)
        return None if byline is None else read_byline(text, *byline.span("names"))
    # Cheap tests first: times and reading times have digits; credits are short.
    digits = _DIGIT.search(stretch) is not None
    clock = _CLOCK.fullmatch(text, start, end) if digits else None
    if clock is not None:
        return [Piece("clock", start, end, clock)]
    stamp = _TIME.fullmatch(text, start, end) if digits else None
    if stamp is not None:
        pieces = []
        if stamp.group("credit"):
            pieces.append(_credit_piece(stamp, "credit"))
        updated = (stamp.group("lead") or "").casefold().endswith("updated")
        pieces.append(_time_piece(stamp, "updated" if updated else "published"))
        return pieces
    credit = _CREDIT.fullmatch(text, start, end) if end - start <= _MAX_CREDIT else None
    if credit is not None:
        return [_credit_piece(credit, "credit")]
    if digits and _READING_TIME.fullmatch(text, start, end):
        return [Piece("reading-time", start, end, stretch)]
    if ("ago" in stretch or stretch[:3] == "in ") and _RELATIVE_TIME.fullmatch(text, start, end):
        return []
    return None


_LABEL_ENDINGS: Final = frozenset(
    character
    for label in FIELD_LABELS
    for form in (label, label.lower(), label.upper(), label.casefold())
    for character in (form[-1], form[-1].lower(), form[-1].upper())
)
"""The last letters of the field labels, in either case."""


def _may_hold_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a match of :data:`_LABEL`; False only if none.

    A label ends with one of its letters, then blanks and a colon: a colon after a digit, as
    in a time, is none. A character outside ASCII before a colon is left to the pattern, whose
    case-insensitive matching knows more than upper and lower case.
    """
    colon = text.find(":", start, end)
    while colon >= 0:
        before = colon
        while before > start and text[before - 1] in " \t\u00a0":
            before -= 1
        if before > start and (text[before - 1] in _LABEL_ENDINGS or ord(text[before - 1]) >= 0x80):
            return True
        colon = text.find(":", colon + 1, end)
    return False


def _read_label(text: str, label: str, start: int, end: int) -> list[Piece] | None:
    field = FIELD_LABELS[" ".join(label.split()).casefold()]
    if start >= end:
        return []
    if field in {"published", "updated"}:
        stamp = _TIME.fullmatch(text, start, end)
        return [_time_piece(stamp, field)] if stamp is not None else None
    if field == "byline":
        return read_byline(text, start, end)
    # "Editor: huaxia 2023-06-12 08:48:00": a time may follow the value.
    pieces: list[Piece] = []
    stamp = _trailing_time(text, start, end)
    if stamp is not None:
        end = _rstrip(text, start, stamp.start())
        pieces.append(_time_piece(stamp))
    if start >= end or len(text[start:end].split()) > 6:
        return None
    value = text[start:end]
    if field == "source":
        agency = lookup_agency(value)
        return [Piece("source", start, end, agency.name if agency else value), *pieces]
    return [Piece(field, start, end, value), *pieces]


def _trailing_time(text: str, start: int, end: int) -> regex.Match[str] | None:
    for space in _SPACES.finditer(text, start, end):
        stamp = _TIME.fullmatch(text, space.end(), end)
        if stamp is not None:
            return stamp
    return None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\u00a0|,;":
        end -= 1
    return end


def _credit_piece(match: regex.Match[str], group: str) -> Piece:
    agency = lookup_agency(match.group(group))
    name = agency.name if agency is not None else match.group(group)
    return Piece("source", match.start(group), match.end(group), name)


def _time_piece(stamp: regex.Match[str], field: str = "published") -> Piece:
    return Piece(field, stamp.start("stamp"), stamp.end("stamp"), parse_time(stamp))


def _at_clock(day: dt.datetime, clock: regex.Match[str]) -> dt.datetime | None:
    try:
        return day.replace(
            hour=_hour(clock), minute=int(clock.group("minute")), tzinfo=_zone(clock.group("zone"))
        )
    except ValueError:
        return None


def _hour(stamp: regex.Match[str]) -> int:
    hour = int(stamp.group("hour"))
    ampm = (stamp.group("ampm") or "").casefold()
    if ampm.startswith("p") and hour < 12:
        return hour + 12
    if ampm.startswith("a") and hour == 12:
        return 0
    return hour


def parse_time(stamp: regex.Match[str]) -> dt.datetime | None:
    """Build the datetime a matched time stamp says, or None if it names no real time."""
    try:
        iso = stamp.group("iso")
        if iso:
            return _plain_iso(iso) or isoparse(iso.replace(" ", "T", 1))
        year = int(stamp.group("year"))
        number = stamp.group("number")
        month = int(number) if number else MONTHS[stamp.group("month").rstrip(".").casefold()]
        day = int(stamp.group("day").rstrip("stndrh"))
        hour = minute = second = 0
        if stamp.group("hour"):
            hour, minute = _hour(stamp), int(stamp.group("minute"))
            second = int(stamp.group("second") or 0)
        return dt.datetime(
            year, month, day, hour, minute, second, tzinfo=_zone(stamp.group("zone"))
        )
    except (ValueError, OverflowError):
        return None


def _plain_iso(iso: str) -> dt.datetime | None:
    """The time an ISO stamp of the plain shape ``2021-01-27 01:27:25`` says, else None.

    A stamp matched as ``iso`` with a two-digit month (a ``-`` at 7), a two-digit day (the
    separator at 10) and seconds (a ``:`` at 16), 19 ASCII characters, has no fraction or
    zone: ``isoparse`` would build the same naive time from its six numbers, far more slowly.
    Stamps of other shapes, and the hour 24 (which ``isoparse`` reads as the next midnight),
    give None and are left to it. An impossible date raises ``ValueError`` as it does there.
    """
    if len(iso) == 10 and iso[7] == "-" and iso.isascii():
        return dt.datetime(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    if (
        len(iso) != 19
        or iso[7] != "-"
        or iso[10] not in "T "
        or iso[16] != ":"
        or iso[11:13] == "24"
        or not iso.isascii()
    ):
        return None
    return dt.datetime(
        int(iso[:4]),
        int(iso[5:7]),
        int(iso[8:10]),
        int(iso[11:13]),
        int(iso[14:16]),
        int(iso[17:19]),
    )


def _zone(zone: str | None) -> dt.tzinfo | None:
    """The fixed zone a written zone names, or None (unwritten, or ambiguous like IST)."""
    if not zone:
        return None
    if zone in TIMEZONE_ABBREVIATIONS:
        return dt.timezone(TIMEZONE_ABBREVIATIONS[zone])
    offset = _OFFSET.fullmatch(zone)
    if offset is None:
        return None
    sign = -1 if offset[1] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(offset[2]), minutes=int(offset[3] or 0)))


def read_byline(text: str, start: int, end: int) -> list[Piece] | None:
    """The people a byline names, each a ``byline`` piece with its span, or None.

    Agencies and roles are left out (``By John Smith, Reuters``; ``AP Business Writer``);
    a part that is none of these (``By the way, ...``) means this is no byline.

    >>> line = "By JOHN SMITH and Jane Doe, Associated Press"
    >>> [line[p.start:p.end] for p in read_byline(line, 3, len(line))]
    ['JOHN SMITH', 'Jane Doe']
    """
    end = _rstrip(text, start, end)
    while end > start and text[end - 1] in "=":
        end = _rstrip(text, start, end - 1)
    pieces: list[Piece] = []
    position = start
    for separator in [*_NAME_SPLIT.finditer(text, start, end), None]:
        part_end = separator.start() if separator is not None else end
        part = text[position:part_end]
        if part and _is_person(part):
            pieces.append(Piece("byline", position, part_end, part))
        elif part and not _is_credit(part):
            return None
        if separator is not None:
            position = separator.end()
    return pieces


def _is_credit(part: str) -> bool:
    """Whether a byline part names an agency or a role (``AP Business Writer``)."""
    if lookup_agency(part) is not None:
        return True
    words = part.split()
    return len(words) <= 5 and any(word.casefold() in BYLINE_ROLE_WORDS for word in words)


def _is_person(part: str) -> bool:
    if _NAME.fullmatch(part) is None or lookup_agency(part) is not None:
        return False
    words = part.split()
    if any(word.casefold() in BYLINE_ROLE_WORDS for word in words):
        return False
    return all(word[0].isupper() or word in _LOWER_NAME_PARTICLES for word in words)
