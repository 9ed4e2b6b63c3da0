"""The non-blank lines of a text with their offsets: the unit the layout stage works in.

Line breaks are those of :meth:`str.splitlines` (``\\n``, ``\\r\\n``, ``\\r``, form feed, the
Unicode line and paragraph separators, ...), so copy from any platform splits the same way.
A line's *text* excludes leading and trailing blanks: whitespace, no-break spaces, the
byte-order mark, zero-width spaces and C0 control characters (wire copy ends stories with ETX,
``\\x03``). Blank lines are not returned; each line says instead whether one or more blank
lines precede it.
"""

from __future__ import annotations

from typing import Final, final

__all__ = ["BLANKS", "Line", "split_lines"]

BLANKS: Final = (
    "".join(map(chr, range(0x21)))  # C0 controls and space
    + "\x7f\x85\xa0\u1680\u180e"
    + "".join(map(chr, range(0x2000, 0x200C)))  # en quad ... zero-width space
    + "\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)
"""Characters that never count as a line's text."""

_NOT_SPACE: Final = "".join(sorted(set(BLANKS) - {c for c in BLANKS if c.isspace()}))
"""The blanks :meth:`str.strip` keeps (controls, BOM, zero-width spaces): rarely at an edge."""


@final
class Line:
    """A non-blank line: where it starts, where its text starts and ends.

    ``after_blank``: whether a blank line (or several) separates it from the line before.
    """

    __slots__ = ("after_blank", "start", "text_end", "text_start")

    def __init__(self, start: int, text_start: int, text_end: int, after_blank: bool) -> None:
        self.start = start
        self.text_start = text_start
        self.text_end = text_end
        self.after_blank = after_blank

    @property
    def indent(self) -> int:
        """How many blank characters precede the line's text."""
        return self.text_start - self.start

    @property
    def width(self) -> int:
        """Length from the line's start to the end of its text."""
        return self.text_end - self.start


_RARE_BREAKS: Final = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""The line breaks of :meth:`str.splitlines` other than ``\\n``."""


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of ``text`` with their offsets.

    >>> lines = split_lines("  Title \\r\\n\\nBody\\nmore")
    >>> [(line.start, line.text_start, line.text_end, line.after_blank) for line in lines]
    [(0, 2, 7, False), (11, 11, 15, True), (16, 16, 20, False)]
    """
    for mark in _RARE_BREAKS:
        if mark in text:
            return _split_any_breaks(text)
    return _split_newlines(text)


def _split_newlines(text: str) -> list[Line]:
    """The lines of a text whose only line break is ``\\n``, found without copying them.

    Each line's text runs from its first to its last character that is not in
    :data:`BLANKS`, as :func:`_split_any_breaks` finds by stripping.
    """
    lines: list[Line] = []
    size = len(text)
    start = 0
    after_blank = False
    while start < size:
        stop = text.find("\n", start)
        if stop < 0:
            stop = size
        text_start = start
        while text_start < stop and _is_blank(text, text_start):
            text_start += 1
        if text_start < stop:
            text_end = stop
            while _is_blank(text, text_end - 1):
                text_end -= 1
            lines.append(Line(start, text_start, text_end, after_blank))
            after_blank = False
        else:
            after_blank = bool(lines)
        start = stop + 1
    return lines


def _is_blank(text: str, index: int) -> bool:
    """Whether ``text[index]`` is in :data:`BLANKS` (those up to the space, by number)."""
    code = ord(text[index])
    return code <= 0x20 or (code >= 0x7F and text[index] in BLANKS)


def _split_any_breaks(text: str) -> list[Line]:
    """The lines of any text, split where :meth:`str.splitlines` splits it."""
    lines: list[Line] = []
    append = lines.append
    start = 0
    after_blank = False
    for piece in text.splitlines(keepends=True):
        size = len(piece)
        # str.strip is fast; the slower strip(BLANKS) runs only when an odd blank is at an edge.
        left = piece.lstrip()
        if left and left[0] in _NOT_SPACE:
            left = left.lstrip(BLANKS)
        if left:
            right = left.rstrip()
            if right[-1] in _NOT_SPACE:
                right = right.rstrip(BLANKS)
            text_start = start + size - len(left)
            append(Line(start, text_start, text_start + len(right), after_blank))
            after_blank = False
        else:
            after_blank = bool(lines)
        start += size
    return lines
