"""Direct quotations: pairing quote marks into quotes, paragraph by paragraph.

Marks are found by one regular-expression scan; each run of adjacent marks is one event, so
a line of a million quote marks costs one step, not a million. Which way a run faces comes
from its neighbours: after a space or an opening bracket and before a word it opens; after a
word and before a space or punctuation it closes; the glyph (“ or ”) only breaks ties. Then
the marks are paired in text order:

- a quote left open at the end of a paragraph continues when the next paragraph opens with
  a quote mark (the convention for quotes running over paragraphs), and is dropped with a
  warning otherwise, so an unbalanced mark never swallows the rest of the story;
- a clearly opening mark while a quote is open means the earlier one was never closed
  (warned, dropped), unless it is of another style (a “curly” quote inside a "straight"
  one), which nests;
- single quotes nest inside double ones and are not quotes of their own, except in a
  paragraph with no double marks at all, where they are paired by the same rules; an
  apostrophe inside or after a word (``don't``, ``Belarus's``, ``'90s``, ``rock 'n' roll``)
  and a digit's inch or foot mark (``5'11"``, ``a 12" pipe``) are never quote marks;
- a pair with no letter or digit between the marks is no quotation.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple, final

import regex

from wirenews._patterns import scan
from wirenews.data.quote_marks import CLOSING_GLYPHS, DOUBLE_MARKS, OPENING_GLYPHS, SINGLE_MARKS

__all__ = ["MAX_WARNINGS", "QuoteWarning", "RawQuote", "pair_quotes"]

MAX_WARNINGS: Final = 20
"""At most this many warnings of each kind are kept (the rest are only counted)."""

_ALL_MARKS: Final = DOUBLE_MARKS + SINGLE_MARKS
# A run of marks. It opens with a single character class, which ``re`` skips to quickly (a
# repeated class, or ``regex``, tries a match at every character).
_RUN: Final = re.compile(f"[{re.escape(_ALL_MARKS)}][{re.escape(_ALL_MARKS)}]*")
_DOUBLE_MARK: Final = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
_WORDY: Final = regex.compile(r"[\p{L}\p{N}]")
_OPEN_BEFORE: Final = frozenset("([{<—–-/\u2015" + _ALL_MARKS)
_CLOSE_AFTER: Final = frozenset(".,;:!?)]}>—–-/\u2015…" + _ALL_MARKS)
_FAMILY: Final = {'"': "straight", "«": "guillemet", "»": "guillemet"}  # the rest are curly
_OPEN, _CLOSE, _EITHER = 1, 2, 3


@final
class RawQuote:
    """A paired quotation: ``[start, end)`` covers its marks; it starts in ``paragraph``."""

    __slots__ = ("end", "paragraph", "start")

    def __init__(self, start: int, end: int, paragraph: int) -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph


class QuoteWarning(NamedTuple):
    """A mark that could not be paired: ``code`` and the mark's offsets."""

    code: str
    start: int
    end: int


def _direction(text: str, start: int, end: int, low: int, high: int) -> int:
    """Which way the marks in ``text[start:end]`` face: ``_OPEN``, ``_CLOSE`` or ``_EITHER``.

    ``low`` and ``high`` bound the paragraph: its edges count as spaces.
    """
    before = text[start - 1] if start > low else " "
    after = text[end] if end < high else " "
    opening = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
    closing = (after.isspace() or after in _CLOSE_AFTER) and not before.isspace()
    if opening != closing:
        return _OPEN if opening else _CLOSE
    glyph = text[start] if opening else text[end - 1]
    if glyph in OPENING_GLYPHS:
        return _EITHER if closing else _OPEN
    if glyph in CLOSING_GLYPHS:
        return _EITHER if opening else _CLOSE
    return _EITHER


def pair_quotes(  # noqa: PLR0915 (one loop over the marks: a call per mark would double its cost)
    text: str, paragraphs: list[tuple[int, int]]
) -> tuple[list[RawQuote], list[QuoteWarning], dict[str, int]]:
    """Pair the quote marks of ``text``'s paragraphs (their ``[start, end)`` offsets).

    Returns the quotes, the first :data:`MAX_WARNINGS` warnings of each kind, and how many
    warnings of each kind there were in all.

    >>> text = '"We agree," he said.\\n\\n"It runs on\\n\\n"and on," she said. Don\\'t.'
    >>> [text[q.start : q.end] for q in pair_quotes(text, [(0, 20), (22, 33), (35, 60)])[0]]
    ['"We agree,"', '"It runs on\\n\\n"and on,"']
    """
    quotes: list[RawQuote] = []
    warnings: list[QuoteWarning] = []
    counts: dict[str, int] = {}

    def warn(code: str, at: int) -> None:
        count = counts[code] = counts.get(code, 0) + 1
        if count <= MAX_WARNINGS:
            warnings.append(QuoteWarning(code, at, at + 1))

    marks = "".join(mark for mark in _ALL_MARKS if mark in text)  # the text's kinds of mark
    open_at = -1  # the opening mark of the quote being read, or -1
    open_paragraph = 0
    family = ""
    nested: list[str] = []  # styles of quotes opened inside it
    wordy = _WORDY.search
    for paragraph, (low, high) in enumerate(paragraphs):
        position = low
        if open_at >= 0:
            if text[low] in DOUBLE_MARKS and _direction(text, low, low + 1, low, high) != _CLOSE:
                position = low + 1  # the quote goes on: this mark reopens it
            else:
                warn("quote.unclosed", open_at)
                open_at = -1
        runs = scan(_RUN, text, marks, position, high)
        # Runs that hold a double mark are paired (single marks inside are nested quotes).
        doubles = [(start, end) for start, end in runs if _DOUBLE_MARK.search(text, start, end)]
        if not doubles:
            if open_at < 0:  # and so ``position`` is ``low``
                quotes.extend(_pair_singles(text, low, high, paragraph, runs))
            continue
        for start, end in doubles:
            direction = _direction(text, start, end, low, high)
            style = _FAMILY.get(text[start], "curly")
            if open_at < 0:
                if start > low and text[start - 1].isdigit() and direction != _OPEN:
                    continue  # an inch or foot mark: 5'11", a 12" pipe
                if direction == _CLOSE:
                    warn("quote.unopened", start)
                else:
                    open_at, open_paragraph, family = start, paragraph, style
            elif direction == _OPEN:
                if style != family:
                    nested.append(style)
                    continue
                warn("quote.unclosed", open_at)
                open_at, open_paragraph, family = start, paragraph, style
                nested.clear()
            elif nested and _FAMILY.get(text[end - 1], "curly") == nested[-1]:
                nested.pop()
            else:
                if wordy(text, open_at + 1, end - 1) is not None:
                    quotes.append(RawQuote(open_at, end, open_paragraph))
                open_at = -1
                nested.clear()
    if open_at >= 0:
        warn("quote.unclosed", open_at)
    return quotes, warnings, counts


def _pair_singles(
    text: str, low: int, high: int, paragraph: int, runs: list[tuple[int, int]]
) -> list[RawQuote]:
    """Pair single quotes in a paragraph with no double marks ('...,' he said).

    ``runs`` are the paragraph's runs of marks.
    """
    quotes: list[RawQuote] = []
    opened = -1
    for start, end in runs:
        before = text[start - 1] if start > low else " "
        after = text[end] if end < high else " "
        if before.isalnum() and after.isalnum():
            continue  # don't, Belarus's
        if opened < 0:
            if (before.isspace() or before in _OPEN_BEFORE) and after.isalpha():
                if text.startswith(("n'", "n’"), end):
                    continue  # rock 'n' roll
                opened = start
        elif not before.isspace() and (after.isspace() or after in _CLOSE_AFTER):
            if _WORDY.search(text, opened + 1, start) is not None:
                quotes.append(RawQuote(opened, end, paragraph))
            opened = -1
    return quotes
