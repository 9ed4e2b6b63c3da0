"""Layout: the parts of a wire story, found from its lines.

The text is read as lines (see :mod:`wirenews._lines`) in three passes, each looking at a
bounded number of lines except the last, which visits each line once:

1. **top**: the headline (the first line, standing alone), page-header lines (source, time,
   editor, byline) and the dateline, searched for in the first few body lines;
2. **bottom**: the end marker (``Enditem``, ``Reuter``, ``(END)``, ...) among the last lines,
   and the trailer (credits, contacts, page chrome) after it or, without a marker, the
   recognisable lines that close the text;
3. **body**: paragraphs between the two. Blank lines separate paragraphs; inside a block of
   hard-wrapped lines (none longer than :data:`WRAP_WIDTH`), an indented line starts one (as in
   Reuters-21578) or, when the block has no indentation to go by, a line after one that ends
   a sentence although the next word would have fitted on it. In a block with longer lines,
   each line is a paragraph.

Anything not recognised as header, end marker or trailer stays in the body.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from wirenews._dateline import DatelineMatch, match_dateline
from wirenews._header import HeaderLine, Piece, read_header_line
from wirenews._lines import Line, split_lines
from wirenews.data.end_markers import END_MARKERS, EndMarker
from wirenews.data.trailers import TRAILER_LINES

__all__ = ["Layout", "TrailerItem", "parse_layout"]

TOP_LINES: Final = 12
"""How many non-blank lines from the top may hold the headline, header and dateline."""
BOTTOM_LINES: Final = 15
"""How many non-blank lines from the bottom may hold the end marker and trailer."""
WRAP_WIDTH: Final = 100
"""Blocks whose lines are all at most this wide are read as hard-wrapped copy."""
HEADLINE_WIDTH: Final = 300
"""A longer first line is a paragraph, not a headline."""
_TRAILER_WIDTH: Final = 100  # a longer line after an end marker means the marker was not one
_TRAILER_LINE_WIDTH: Final = 400  # no credits or contact line is longer
_MARKER_WIDTH: Final = 80  # nor is an end marker on a line of its own
_AFTER_RULE: Final = 5  # AP's closing rule is followed by a few credit and link lines
_INLINE_WINDOW: Final = 80  # an inline end marker is looked for in a line's last characters
_CLOSING_MARKS: Final = "\"”’')]»"
_SENTENCE_END: Final = '.!?"”’)]。！？」』'

_WHOLE_MARKER: Final = regex.compile(
    "|".join(f"(?P<m{index}>{marker.pattern})" for index, marker in enumerate(END_MARKERS))
)
_INLINE_MARKER: Final = regex.compile(
    # Searched from the line's end, where a match must end: a search from the left would try
    # the markers at every character of the window.
    "(?r)(?:"
    + "|".join(
        f"(?P<m{index}>{marker.pattern})"
        for index, marker in enumerate(END_MARKERS)
        if marker.inline
    )
    + r")[ \t\u00a0]*\Z"
)
# One pattern for all trailer kinds: group t<N> tells which matched (payloads share "value").
_TRAILER: Final = regex.compile(
    "|".join(f"(?P<t{index}>{item.pattern})" for index, item in enumerate(TRAILER_LINES))
)
_TRAILER_KINDS: Final = tuple(
    (_TRAILER.groupindex[f"t{index}"] - 1, item.kind) for index, item in enumerate(TRAILER_LINES)
)
"""Each trailer kind, with where its group's text stands in a match's ``groups()``."""
_VALUE: Final = _TRAILER.groupindex["value"]  # the payload's group: by number, read faster


class TrailerItem(NamedTuple):
    """A trailer line: its text's offsets, its kind, and its payload's (keywords, a name)."""

    start: int
    end: int
    kind: str
    value: tuple[int, int] | None


class Layout(NamedTuple):
    """Where the parts of a story are, as offsets into its text."""

    headline: tuple[int, int] | None
    header: tuple[tuple[int, int], ...]
    pieces: tuple[Piece, ...]
    dateline: DatelineMatch | None
    paragraphs: tuple[tuple[int, int], ...]
    end_marker: tuple[int, int, EndMarker] | None
    trailer: tuple[TrailerItem, ...]


def parse_layout(text: str) -> Layout:
    """Find the headline, header, dateline, paragraphs, end marker and trailer of ``text``.

    >>> layout = parse_layout("Title\\n\\nLONDON (Reuters) - Said.\\nReuter\\n")
    >>> layout.headline, layout.dateline.locations, layout.paragraphs, layout.end_marker[:2]
    ((0, 5), ('LONDON',), ((7, 31),), (32, 38))
    """
    content = split_lines(text)
    if not content:
        return Layout(None, (), (), None, (), None, ())
    top = _read_top(text, content)
    body = content[top.body_start :]
    bottom = _read_bottom(text, body, top.dateline_index - top.body_start)
    opening = top.dateline.start if top.dateline is not None else -1
    paragraphs = _paragraphs(text, body[: bottom.body_end], bottom.last_end, opening)
    if top.dateline is not None:
        paragraphs = _merge_lone_dateline(paragraphs, top.dateline)
    return Layout(
        headline=top.headline,
        header=top.header,
        pieces=top.pieces,
        dateline=top.dateline,
        paragraphs=tuple(paragraphs),
        end_marker=bottom.end_marker,
        trailer=bottom.trailer,
    )


# -------------------------------------------------------------------------------- top


class _Top(NamedTuple):
    headline: tuple[int, int] | None
    header: tuple[tuple[int, int], ...]
    pieces: tuple[Piece, ...]
    body_start: int  # index into the non-blank lines
    dateline: DatelineMatch | None
    dateline_index: int  # index into the non-blank lines (body_start when none)


def _read_top(text: str, content: list[Line]) -> _Top:
    headline: tuple[int, int] | None = None
    header: list[tuple[int, int]] = []
    pieces: list[Piece] = []
    limit = min(len(content), TOP_LINES)
    datelines = _LineDatelines(text, content)
    read = [_header_at(text, content, 0)]  # line 1's reading is needed by the headline test
    index = 0
    while index < limit:
        line = content[index]
        found = read[index] if index < len(read) else _header_at(text, content, index)
        if found is not None:
            header.append((line.text_start, line.text_end))
            pieces.extend(found.pieces)
            index += 1
            continue
        dateline = _dateline_at(text, content, index, datelines, weak_allowed=True)
        if dateline is not None and not (
            index == 0 and _headline_over_dateline(text, content, datelines)
        ):
            return _Top(headline, tuple(header), tuple(pieces), index, dateline, index)
        if index == 0 and len(content) > 1:
            read.append(_header_at(text, content, 1))
            if _is_headline(text, content, read[1], datelines):
                headline = (line.text_start, line.text_end)
                index += 1
                continue
        break
    body_start = index
    for index in range(body_start + 1, limit):
        dateline = _dateline_at(text, content, index, datelines, weak_allowed=False)
        if dateline is not None:
            return _Top(headline, tuple(header), tuple(pieces), body_start, dateline, index)
    return _Top(headline, tuple(header), tuple(pieces), body_start, None, body_start)


def _header_at(text: str, content: list[Line], index: int) -> HeaderLine | None:
    line = content[index]
    return read_header_line(text, line.text_start, line.text_end)


class _LineDatelines:
    """The dateline each line opens with, or None: matched once, however often it is asked."""

    def __init__(self, text: str, content: list[Line]) -> None:
        self._text = text
        self._content = content
        self._found: dict[int, DatelineMatch | None] = {}

    def __call__(self, index: int) -> DatelineMatch | None:
        if index not in self._found:
            line = self._content[index]
            self._found[index] = match_dateline(self._text, line.text_start, line.text_end)
        return self._found[index]


def _dateline_at(
    text: str,
    content: list[Line],
    index: int,
    datelines: _LineDatelines,
    *,
    weak_allowed: bool,
) -> DatelineMatch | None:
    line = content[index]
    found = datelines(index)
    if found is None or found.agency is not None:
        return found
    # Below the first body line only a credited dateline counts: "The survey was conducted
    # September 16 - ..." in a later paragraph is a sentence.
    if not weak_allowed:
        return None
    if found.month is not None:
        return found
    # Neither agency nor date: "WASHINGTON - The Senate ..." but not a first line that stands
    # alone above the rest, as the headline "U.S. TRADE DEFICIT - OFFICIAL" does.
    headline_like = (
        index == 0
        and len(content) > 1
        and line.text_end - line.text_start < HEADLINE_WIDTH
        and text[found.end : line.text_end].strip() != ""
        and _stands_alone(content, index)
    )
    return None if headline_like else found


def _headline_over_dateline(text: str, content: list[Line], datelines: _LineDatelines) -> bool:
    """Whether a first line that reads as a dateline is a headline after all.

    "SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE" and "WHO: Covid cases rise" are followed
    by the real dateline, credited or dated: two datelines in a row cannot both be one.
    """
    if len(content) < 2:
        return False
    following = _dateline_at(text, content, 1, datelines, weak_allowed=True)
    return following is not None and (
        _stands_alone(content, 0) or following.agency is not None or following.month is not None
    )


def _stands_alone(content: list[Line], index: int) -> bool:
    """Whether a blank line (or the end) follows the line."""
    return index + 1 >= len(content) or content[index + 1].after_blank


def _is_headline(
    text: str, content: list[Line], second: HeaderLine | None, datelines: _LineDatelines
) -> bool:
    """Whether the first line is a headline: it stands alone and reads as a title.

    ``second`` is the second line read as a header line (None if it is not one).
    """
    line = content[0]
    if len(content) < 2 or line.text_end - line.text_start > HEADLINE_WIDTH:
        return False
    if second is not None:
        return True
    if datelines(1) is not None:
        return True  # "JAPAN TO CUT TARIFFS ON IMPORTS FROM U.S." above a dateline
    if not _stands_alone(content, 0):
        return False
    return not _ends_sentence(text, line) or _title_cased(text[line.text_start : line.text_end])


def _ends_sentence(text: str, line: Line) -> bool:
    """Whether the line ends as a sentence does: a point, ?, ! (and closing marks after)."""
    end = line.text_end
    while end > line.text_start and text[end - 1] in _CLOSING_MARKS:
        end -= 1
    return end > line.text_start and text[end - 1] in ".!?…"


def _title_cased(line: str) -> bool:
    """Whether most longer words are capitalised, as in "Poll: Wealthy Voters Abandon GOP."."""
    words = [word for word in line.split() if sum(c.isalpha() for c in word) >= 4]
    capitalised = sum(word[0].isupper() for word in words)
    return len(words) >= 2 and capitalised * 4 >= len(words) * 3


# ----------------------------------------------------------------------------- bottom


class _Bottom(NamedTuple):
    body_end: int  # index into the body lines: lines from here on are marker or trailer
    last_end: int | None  # where the last body line ends, when an inline marker cuts it
    end_marker: tuple[int, int, EndMarker] | None
    trailer: tuple[TrailerItem, ...]


def _read_bottom(text: str, body: list[Line], dateline_index: int) -> _Bottom:
    floor = max(0, len(body) - BOTTOM_LINES, dateline_index)
    # The trailer matches of the lines below the one looked at, the last line's first: they
    # become the trailer when a marker is found, and are not matched again.
    below: list[regex.Match[str] | None] = []
    for index in range(len(body) - 1, floor - 1, -1):
        line = body[index]
        short = line.text_end - line.text_start <= _MARKER_WIDTH
        whole = _WHOLE_MARKER.fullmatch(text, line.text_start, line.text_end) if short else None
        if whole is not None:
            marker = END_MARKERS[int(whole.lastgroup[1:])]  # type: ignore[index]
            before = _trailer_before(text, body, index, floor)
            after = _items_below(body, index, below)
            return _Bottom(
                index - len(before),
                None,
                (line.text_start, line.text_end, marker),
                (*before, *after),
            )
        inline = _inline_marker(text, line)
        if inline is not None:
            start, end, marker = inline
            cut = start
            while cut > line.text_start and text[cut - 1] in " \t\u00a0":
                cut -= 1
            after = _items_below(body, index, below)
            return _Bottom(index + 1, cut, (start, end, marker), after)
        found = _trailer_match(text, line)
        if not _trailer_like(text, line, found):
            break
        below.append(found)
    return _trailer_without_marker(text, body, floor)


def _items_below(
    body: list[Line], index: int, below: list[regex.Match[str] | None]
) -> tuple[TrailerItem, ...]:
    """The trailer items of the lines after ``index``, from their matches (last line first)."""
    return tuple(
        _item(body[index + 1 + offset], below[-1 - offset]) for offset in range(len(below))
    )


def _inline_marker(text: str, line: Line) -> tuple[int, int, EndMarker] | None:
    """The end marker closing a line's last sentence: ``... prosperity and health. Enditem``."""
    if not _has_sentence_end(text, line):
        return None  # the marker must follow a sentence's end: none to look for
    window = max(line.text_start, line.text_end - _INLINE_WINDOW)
    found = _INLINE_MARKER.search(text, window, line.text_end)
    if found is None or found.lastgroup is None:
        return None
    start = found.start(found.lastgroup)
    before = start
    while before > line.text_start and text[before - 1] in " \t\u00a0":
        before -= 1
    if before == line.text_start or text[before - 1] not in _SENTENCE_END:
        return None
    return start, found.end(found.lastgroup), END_MARKERS[int(found.lastgroup[1:])]


def _has_sentence_end(text: str, line: Line) -> bool:
    """Whether the line holds any of the marks that may end a sentence."""
    return any(text.find(mark, line.text_start, line.text_end) >= 0 for mark in _SENTENCE_END)


def _trailer_like(text: str, line: Line, found: regex.Match[str] | None) -> bool:
    """Whether a line may follow an end marker: a trailer line, or short and no sentence.

    ``found`` is the line's trailer match (None if it is no trailer line).
    """
    if found is not None:
        return True
    return (
        line.text_end - line.text_start <= _TRAILER_WIDTH and text[line.text_end - 1] not in ".!?"
    )


def _trailer_before(text: str, body: list[Line], index: int, floor: int) -> list[TrailerItem]:
    """Contact and credit lines just before a marker on its own line (Yonhap's address)."""
    items: list[TrailerItem] = []
    while index - 1 >= max(floor, 1):
        item = _trailer_item(text, body[index - 1])
        if item.kind not in {"contact", "credits"}:
            break
        items.insert(0, item)
        index -= 1
    return items


def _trailer_without_marker(text: str, body: list[Line], floor: int) -> _Bottom:
    """Recognisable trailer lines at the end, and everything after AP's closing ``___``.

    The rule counts when at most :data:`_AFTER_RULE` short lines follow it; a rule with a
    story after it is a section break.
    """
    start = len(body)
    while start - 1 >= max(floor, 1) and _trailer_kind(text, body[start - 1]) is not None:
        start -= 1
    lowest = max(floor, 1, start - _AFTER_RULE - 1)
    for index in range(start - 1, lowest - 1, -1):
        line = body[index]
        if _trailer_kind(text, line) == "rule":
            start = index
            break
        if line.text_end - line.text_start > 3 * _TRAILER_WIDTH:
            break
    trailer = tuple(_trailer_item(text, line) for line in body[start:])
    return _Bottom(start, None, None, trailer)


def _trailer_kind(text: str, line: Line) -> str | None:
    found = _trailer_match(text, line)
    return None if found is None else _kind(found)


def _trailer_match(text: str, line: Line) -> regex.Match[str] | None:
    if line.text_end - line.text_start > _TRAILER_LINE_WIDTH:
        return None
    return _TRAILER.fullmatch(text, line.text_start, line.text_end)


def _kind(found: regex.Match[str]) -> str:
    groups = found.groups()
    for position, kind in _TRAILER_KINDS:
        if groups[position] is not None:
            return kind
    return "other"  # pragma: no cover - a match has matched one alternative


def _trailer_item(text: str, line: Line) -> TrailerItem:
    return _item(line, _trailer_match(text, line))


def _item(line: Line, found: regex.Match[str] | None) -> TrailerItem:
    """The trailer item a line makes, given its trailer match (None if it has none)."""
    if found is None:
        return TrailerItem(line.text_start, line.text_end, "other", None)
    value = found.span(_VALUE) if found.group(_VALUE) is not None else None
    return TrailerItem(line.text_start, line.text_end, _kind(found), value)


# ------------------------------------------------------------------------------- body


def _paragraphs(
    text: str, body: list[Line], last_end: int | None, opening: int
) -> list[tuple[int, int]]:
    """Paragraph spans of the body lines.

    ``last_end`` cuts the last line (an inline end marker follows); the line whose text
    starts at ``opening`` (the dateline's) always starts a paragraph.
    """
    paragraphs: list[tuple[int, int]] = []
    block: list[Line] = []
    for line in body:
        if block and (line.after_blank or line.text_start == opening):
            paragraphs.extend(_split_block(text, block))
            block = []
        block.append(line)
    if block:
        paragraphs.extend(_split_block(text, block))
    if last_end is not None and paragraphs:
        start, _ = paragraphs[-1]
        if last_end > start:
            paragraphs[-1] = (start, last_end)
        else:
            paragraphs.pop()
    return paragraphs


def _split_block(text: str, block: list[Line]) -> list[tuple[int, int]]:
    """Split a block of consecutive non-blank lines into paragraphs."""
    if len(block) == 1:
        return [(block[0].text_start, block[0].text_end)]
    widest = max([line.text_end - line.start for line in block])
    if widest > WRAP_WIDTH or all(_ends_sentence(text, line) for line in block):
        # Web copy with one paragraph a line: long lines, or every line ends a sentence.
        return [(line.text_start, line.text_end) for line in block]
    indents = [line.text_start - line.start for line in block]
    margin = min(indents)
    indented = max(indents[1:]) > margin
    paragraphs: list[tuple[int, int]] = []
    first = block[0]
    for index in range(1, len(block)):
        previous, line = block[index - 1], block[index]
        if indented:
            starts = indents[index] > margin
        else:
            # A sentence ends the line, and the next line's first word would have fit on it:
            # the writer broke the line, not the wrapping.
            starts = text[previous.text_end - 1] in _SENTENCE_END and (
                previous.width + 1 + _first_word_length(text, line) <= widest
            )
        if starts:
            paragraphs.append((first.text_start, previous.text_end))
            first = line
    paragraphs.append((first.text_start, block[-1].text_end))
    return paragraphs


def _first_word_length(text: str, line: Line) -> int:
    space = text.find(" ", line.text_start, line.text_end)
    return (space if space >= 0 else line.text_end) - line.text_start


def _merge_lone_dateline(
    paragraphs: list[tuple[int, int]], dateline: DatelineMatch
) -> list[tuple[int, int]]:
    """Join a paragraph holding only the dateline to the paragraph after it."""
    for index, (start, end) in enumerate(paragraphs[:-1]):
        if start == dateline.start and end == dateline.end:
            paragraphs[index : index + 2] = [(start, paragraphs[index + 1][1])]
            break
    return paragraphs
