"""The public entry points: check their arguments, then parse.

:func:`parse_article` reads the layout and hands it to :mod:`wirenews._assemble`, which
builds the :class:`~wirenews.model.Article`. The checks stay here, in pure Python, so that a
wrong argument gets the same message from every build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wirenews._assemble import build_article
from wirenews._layout import parse_layout
from wirenews._lines import split_lines
from wirenews._quotes import pair_quotes
from wirenews._reports import report
from wirenews.errors import InputTypeError, expect_text
from wirenews.model import (
    Article,
    Dateline,
    Span,
)

if TYPE_CHECKING:
    from wirenews.model import Statement

__all__ = ["find_quotes", "find_statements", "parse_article", "parse_dateline"]


def parse_article(text: str, *, reference: dt.date | dt.datetime | None = None) -> Article:
    """Parse a wire story into an :class:`~wirenews.model.Article`.

    ``text`` is any string: page copy with its header and trailer, raw wire, a bare
    paragraph, or nothing at all. What cannot be made sense of becomes a warning on the
    result; the call itself never fails on a ``str``. ``reference`` (a date or datetime)
    resolves a dateline that gives no year; without it, the publication time in the page
    header is used, and without both the year stays unknown.

    >>> story = "LONDON, Jan 5 (Reuters) - Shares rose."
    >>> article = parse_article(story, reference=dt.date(2021, 1, 6))
    >>> article.dateline.location, article.dateline.date, article.source
    ('LONDON', datetime.date(2021, 1, 5), 'Reuters')

    Raises :class:`~wirenews.errors.InputTypeError` (a ``TypeError``) when ``text`` is not a
    ``str`` or ``reference`` is neither a date nor a datetime.
    """
    expect_text(text, "parse_article")
    reference_date = _reference_date(reference, "parse_article")
    return build_article(text, parse_layout(text), reference_date)


def parse_dateline(text: str, *, reference: dt.date | dt.datetime | None = None) -> Dateline | None:
    """Return the dateline of ``text`` (a line starting with one, or a whole story), or None.

    ``reference`` resolves a missing year as in :func:`parse_article`.

    >>> dateline = parse_dateline("MINSK, 3 April (BelTA) - The president said")
    >>> dateline.location, dateline.month, dateline.day, dateline.agency, dateline.date
    ('MINSK', 4, 3, 'BelTA', None)
    """
    expect_text(text, "parse_dateline")
    reference_date = _reference_date(reference, "parse_dateline")
    return build_article(text, parse_layout(text), reference_date).dateline


def find_quotes(text: str) -> tuple[Span, ...]:
    """The spans of the direct quotations in any text, quote marks included.

    Paragraphs are separated by blank lines; a quotation left open at the end of one goes on
    when the next opens with a quote mark. Apostrophes, inch marks and unpaired marks are no
    quotations.

    >>> text = 'He said "we agree" and left. Don’t worry, it’s a 12" pipe.'
    >>> [text[span.start : span.end] for span in find_quotes(text)]
    ['"we agree"']
    """
    expect_text(text, "find_quotes")
    quotes, _, _ = pair_quotes(text, _blank_line_paragraphs(text))
    return tuple(Span(start=quote.start, end=quote.end) for quote in quotes)


def find_statements(
    text: str, paragraphs: Iterable[Span | tuple[int, int]] | None = None
) -> tuple[Statement, ...]:
    """The reported statements of ``text``, for callers who bring their own paragraphs.

    ``paragraphs`` are ``(start, end)`` offsets (or :class:`Span`) of the body paragraphs in
    text order; by default, the text is split at blank lines. No headline, dateline or
    trailer is looked for: every paragraph is body.

    >>> text = "Xi stressed that ties were strong, adding that trade rose."
    >>> [(s.cue.text, s.content.text) for s in find_statements(text)]
    [('stressed', 'ties were strong'), ('adding', 'trade rose')]
    """
    expect_text(text, "find_statements")
    spans = _blank_line_paragraphs(text) if paragraphs is None else _paragraphs(text, paragraphs)
    return tuple(report(text, spans, None, 0).statements)


def _blank_line_paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of ``text``, separated by blank lines."""
    paragraphs: list[tuple[int, int]] = []
    for line in split_lines(text):
        if paragraphs and not line.after_blank:
            paragraphs[-1] = (paragraphs[-1][0], line.text_end)
        else:
            paragraphs.append((line.text_start, line.text_end))
    return paragraphs


def _paragraphs(text: str, given: object) -> list[tuple[int, int]]:
    """Caller-given paragraphs, checked: in order, apart, and inside the text."""
    if isinstance(given, (str, bytes)) or not isinstance(given, Iterable):
        msg = (
            f"find_statements() takes paragraphs as (start, end) pairs, not {type(given).__name__}"
        )
        raise InputTypeError(msg)
    paragraphs: list[tuple[int, int]] = []
    for item in given:
        pair = (item.start, item.end) if isinstance(item, Span) else item
        if (
            not isinstance(pair, tuple)
            or len(pair) != 2
            or not all(isinstance(value, int) and not isinstance(value, bool) for value in pair)
        ):
            msg = f"find_statements() takes paragraphs as (start, end) pairs, not {item!r:.40}"
            raise InputTypeError(msg)
        start, end = pair
        previous = paragraphs[-1][1] if paragraphs else 0
        if not previous <= start <= end <= len(text):
            msg = (
                f"paragraph ({start}, {end}) must lie inside the text ({len(text)} characters),"
                f" after the paragraph before it"
            )
            raise ValueError(msg)
        paragraphs.append((start, end))
    return paragraphs


def _reference_date(reference: object, function: str) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    kind = type(reference).__name__
    message = f"{function}() takes reference as a date or datetime, not {kind}"
    raise InputTypeError(message)
