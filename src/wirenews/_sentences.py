"""Sentences of a paragraph, with quotations kept whole.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (and any closing quote marks or brackets after
it) followed by a space and a capital, a digit or an opening mark, unless the point belongs to
an abbreviation (``Mr.``, ``Sen.``, ``Jan.``, ``Minn.``: :mod:`wirenews.data.abbreviations`),
an initial (``Michelle R. Smith``) or a dotted acronym (``U.S.``). A boundary inside a
quotation does not end the sentence around it: in ``"We came. We saw," he said.`` the
attribution belongs to both quoted sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Final

import regex

from wirenews._patterns import scan
from wirenews.data.abbreviations import ABBREVIATIONS

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["split_sentences"]

_BOUNDARY: Final = regex.compile(
    r"""
    (?<! [.!?…] )               # from the start of a run of points, not inside one,
    [.!?…]++ ["“”’'»)\]]*+      # the end of a sentence and what closes with it, whole
    (?= \s+ ["“‘'«(\[]? [\p{Lu}\p{N}] )   # then a space and a new sentence's start
    """,
    regex.VERBOSE,
)
"""The end of a sentence: a run of points and what closes with it, before the next one.

The run is taken whole and only from its start, so that a run of a million points is read
once, not once from each of its points (what follows a point in a run is no space, so no
shorter part of a run could end a sentence).
"""
_ENDS: Final = ".!?…"
"""The characters a match of :data:`_BOUNDARY` begins with."""
_AFTER_END: Final = _ENDS + "\"“”’'»)]"
"""The characters besides blanks that may follow the first of a match of :data:`_BOUNDARY`."""
_WORD_BEFORE: Final = regex.compile(r"(?r)[\p{L}.]+\Z")
# A line break before a capital. The blanks before the break belong to it too; they are
# walked back over, so that the engine can skip from one line break to the next.
_LINE_BREAK: Final = regex.compile(r"\n\s*(?=\p{Lu})")
_BLANKS: Final = " \t\u00a0"
_HEADING: Final = 40


def split_sentences(
    text: str, start: int, end: int, quotes: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the sentences in ``text[start:end]``.

    ``quotes`` are the ``[start, end)`` spans of quotations (sorted); no sentence ends inside
    one.

    >>> text = '"We came. We saw," he said. Sen. Smith agreed. It ended.'
    >>> [text[s:e] for s, e in split_sentences(text, 0, len(text), [(0, 18)])]
    ['"We came. We saw," he said.', 'Sen. Smith agreed.', 'It ended.']
    """
    starts = [quote_start for quote_start, _ in quotes]
    sentences: list[tuple[int, int]] = []
    sentence_start = start
    for boundary_start, stop in scan(_BOUNDARY, text, _ENDS, start, end, _may_end):
        index = bisect_right(starts, stop - 1) - 1
        if index >= 0 and quotes[index][1] > stop:
            continue  # inside a quotation
        if text[boundary_start] == "." and stop - boundary_start == 1:
            word = _WORD_BEFORE.search(text, sentence_start, boundary_start)
            if word is not None and _is_abbreviation(word.group()):
                continue
        sentences.append((sentence_start, stop))
        sentence_start = stop
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        sentences.append((sentence_start, end))
    return _split_at_headings(text, sentences)


def _split_at_headings(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """End a sentence at a line break after a short line: a time stamp or a heading.

    Live blogs put ``4:30 p.m. EDT`` on a line of its own above the item; wrapped copy has
    long lines, so only a line of at most :data:`_HEADING` characters counts.
    """
    result: list[tuple[int, int]] = []
    for start, end in sentences:
        line_start = piece_start = start
        for break_start, break_end in scan(_LINE_BREAK, text, "\n", start, end, _may_break):
            line_end = line_start + len(text[line_start:break_start].rstrip(_BLANKS))
            if line_end - line_start <= _HEADING and break_end < end:
                result.append((piece_start, line_end))
                piece_start = break_end
            line_start = break_end
        result.append((piece_start, end))
    return result


def _may_end(text: str, at: int, end: int) -> bool:
    """Whether a sentence may end at the point at ``at``: a blank or a closing mark follows.

    A point, too (a run of them); not a digit or a letter, as in ``1.5`` and ``U.S.``. Only
    the first point of a run may begin a match (the pattern looks behind for that), so that
    a run of a million points costs a million looks at a character, not a million calls.
    """
    if at > 0 and text[at - 1] in _ENDS:
        return False
    after = at + 1
    return after < end and (text[after] in _AFTER_END or text[after].isspace())


def _may_break(text: str, at: int, end: int) -> bool:
    """Whether :data:`_LINE_BREAK` may match at ``at``: a blank or a capital follows.

    Not a lower-case word going on from the line before, as in wrapped copy. A character
    beyond Latin is left to the pattern: ``regex`` may know capitals that ``str`` does not.
    """
    after = at + 1
    if after >= end:
        return False
    following = text[after]
    return following.isspace() or following.isupper() or following > "\u024f"


def _is_abbreviation(word: str) -> bool:
    """Whether the word before a point makes the point part of it."""
    bare = word.rstrip(".")
    if len(bare) == 1 and bare.isupper():
        return True  # an initial
    if "." in bare:
        return True  # U.S., a.m.
    return bare.casefold() in ABBREVIATIONS
