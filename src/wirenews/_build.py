"""Model elements built from offsets the parser computed itself.

A parsed story holds hundreds of spans, mentions and segments; building each through its
checking constructor costs several times what building it costs. The parser's offsets are
right by construction (non-negative, in order, each element's text sliced from the text at
its span), and :class:`~wirenews.model.Article` checks every element's span against the text
once more when it is built, so these builders skip the per-element checks. Everything a
caller builds, and everything read from JSON, goes through the checking constructors.
"""

from __future__ import annotations

from wirenews.model import Mention, Segment, Span

__all__ = ["mention", "segment", "span"]

_new = object.__new__
_set = object.__setattr__


def span(start: int, end: int) -> Span:
    """The span ``[start, end)``, for offsets with ``0 <= start <= end``.

    >>> span(3, 5) == Span(start=3, end=5)
    True
    """
    built: Span = _new(Span)
    _set(built, "start", start)
    _set(built, "end", end)
    return built


def mention(text: str, start: int, end: int) -> Mention:
    """The mention of ``text[start:end]``."""
    built: Mention = _new(Mention)
    _set(built, "span", span(start, end))
    _set(built, "text", text[start:end])
    return built


def segment(text: str, start: int, end: int) -> Segment:
    """The segment ``text[start:end]``."""
    built: Segment = _new(Segment)
    _set(built, "span", span(start, end))
    _set(built, "text", text[start:end])
    return built
