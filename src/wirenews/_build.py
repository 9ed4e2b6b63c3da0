"""Model elements built from offsets the parser computed itself.

A parsed story holds hundreds of spans, mentions and segments; building each through its
checking constructor costs several times what building it costs. The parser's offsets are
right by construction (non-negative, in order, each element's text sliced from the text at
its span), so these builders skip the per-element checks, and the parsed
:class:`~wirenews.model.Article` skips the check of every span against its text (the
property tests check that every span of a parse slices the input to its element's text).
Everything a caller builds, and everything read from JSON, goes through the checking
constructors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import attrs

from wirenews.model import Article, Cue, Mention, Quote, Segment, Span, Speaker, Statement

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["article", "cue", "mention", "quote", "segment", "span", "statement"]

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


def cue(text: str, start: int, end: int, lemma: str) -> Cue:
    """The cue ``text[start:end]`` of the verb (or phrase) ``lemma``."""
    built: Cue = _new(Cue)
    _set(built, "span", span(start, end))
    _set(built, "text", text[start:end])
    _set(built, "lemma", lemma)
    return built


def quote(  # noqa: PLR0913 (one argument for each field of a Quote)
    text: str,
    start: int,
    end: int,
    *,
    paragraph: int,
    speaker: Speaker | None,
    source: Mention | None,
    cue: Cue | None,
    partial: bool,
    inferred: bool,
) -> Quote:
    """The quotation whose marks span ``[start, end)``."""
    built: Quote = _new(Quote)
    _set(built, "span", span(start, end))
    _set(built, "text_span", span(start + 1, end - 1))
    _set(built, "text", text[start + 1 : end - 1])
    _set(built, "paragraph", paragraph)
    _set(built, "speaker", speaker)
    _set(built, "source", source)
    _set(built, "cue", cue)
    _set(built, "partial", partial)
    _set(built, "inferred", inferred)
    return built


def statement(  # noqa: PLR0913 (one argument for each field of a Statement)
    *,
    speaker: Speaker | None,
    source: Mention | None,
    cue: Cue | None,
    content: Segment,
    kind: str,
    quote: Quote | None,
    paragraph: int | None,
) -> Statement:
    """The statement of these values; ``kind`` is one of the statement kinds."""
    built: Statement = _new(Statement)
    _set(built, "speaker", speaker)
    _set(built, "source", source)
    _set(built, "cue", cue)
    _set(built, "content", content)
    _set(built, "kind", kind)
    _set(built, "quote", quote)
    _set(built, "paragraph", paragraph)
    return built


_ARTICLE_FIELDS = [
    (field.name, cast("Callable[[Any], Any] | None", field.converter))
    for field in attrs.fields(Article)
]
"""Each field of an article, with the converter (``tuple``) its constructor applies."""


def article(**values: Any) -> Article:
    """The article of these values, one for each field, converted as the constructor does."""
    built: Article = _new(Article)
    for name, converter in _ARTICLE_FIELDS:
        value = values[name]
        _set(built, name, value if converter is None else converter(value))
    return built
