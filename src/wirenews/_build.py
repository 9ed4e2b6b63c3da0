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

from collections.abc import Callable
from typing import Any, cast

import attrs

from wirenews.model import (
    Article,
    Cue,
    Field,
    Mention,
    Quote,
    Segment,
    Span,
    Speaker,
    Statement,
    TrailerLine,
)

__all__ = [
    "article",
    "cue",
    "field",
    "mention",
    "quote",
    "segment",
    "span",
    "speaker",
    "statement",
    "trailer_line",
]

_new = object.__new__

_Setter = Callable[[Any, Any], None]


def _setters(cls: type, *names: str) -> tuple[_Setter, ...]:
    """The setters of the fields ``names`` of the slotted class ``cls``, one for each.

    The classes are frozen, so a field cannot be set as an attribute. A slot's own setter
    skips what :func:`object.__setattr__` does on every call (packing its arguments,
    checking that the class's ``__setattr__`` may be bypassed): it sets a field at about two
    thirds of the cost.
    """
    return tuple(cast("_Setter", cls.__dict__[name].__set__) for name in names)


_span_start, _span_end = _setters(Span, "start", "end")
_mention_span, _mention_text = _setters(Mention, "span", "text")
_segment_span, _segment_text = _setters(Segment, "span", "text")
_cue_span, _cue_text, _cue_lemma = _setters(Cue, "span", "text", "lemma")
_field_name, _field_span, _field_text = _setters(Field, "name", "span", "text")
_trailer_span, _trailer_text, _trailer_kind = _setters(TrailerLine, "span", "text", "kind")
_speaker_name, _speaker_kind, _speaker_title, _speaker_aliases, _speaker_mentions = _setters(
    Speaker, "name", "kind", "title", "aliases", "mentions"
)
(
    _quote_span,
    _quote_text_span,
    _quote_text,
    _quote_paragraph,
    _quote_speaker,
    _quote_source,
    _quote_cue,
    _quote_partial,
    _quote_inferred,
) = _setters(
    Quote,
    "span",
    "text_span",
    "text",
    "paragraph",
    "speaker",
    "source",
    "cue",
    "partial",
    "inferred",
)
(
    _statement_speaker,
    _statement_source,
    _statement_cue,
    _statement_content,
    _statement_kind,
    _statement_quote,
    _statement_paragraph,
) = _setters(Statement, "speaker", "source", "cue", "content", "kind", "quote", "paragraph")


def span(start: int, end: int) -> Span:
    """The span ``[start, end)``, for offsets with ``0 <= start <= end``.

    >>> span(3, 5) == Span(start=3, end=5)
    True
    """
    built: Span = _new(Span)
    _span_start(built, start)
    _span_end(built, end)
    return built


def mention(text: str, start: int, end: int) -> Mention:
    """The mention of ``text[start:end]``."""
    built: Mention = _new(Mention)
    _mention_span(built, span(start, end))
    _mention_text(built, text[start:end])
    return built


def segment(text: str, start: int, end: int) -> Segment:
    """The segment ``text[start:end]``."""
    built: Segment = _new(Segment)
    _segment_span(built, span(start, end))
    _segment_text(built, text[start:end])
    return built


def cue(text: str, start: int, end: int, lemma: str) -> Cue:
    """The cue ``text[start:end]`` of the verb (or phrase) ``lemma``."""
    built: Cue = _new(Cue)
    _cue_span(built, span(start, end))
    _cue_text(built, text[start:end])
    _cue_lemma(built, lemma)
    return built


def field(text: str, name: str, start: int, end: int) -> Field:
    """The field ``name`` whose value is written at ``text[start:end]``."""
    built: Field = _new(Field)
    _field_name(built, name)
    _field_span(built, span(start, end))
    _field_text(built, text[start:end])
    return built


def trailer_line(text: str, start: int, end: int, kind: str) -> TrailerLine:
    """The trailer line ``text[start:end]`` of this ``kind``."""
    built: TrailerLine = _new(TrailerLine)
    _trailer_span(built, span(start, end))
    _trailer_text(built, text[start:end])
    _trailer_kind(built, kind)
    return built


def speaker(
    *, name: str, kind: str, title: str | None, aliases: list[str], mentions: list[Mention]
) -> Speaker:
    """The speaker of these values, its lists made tuples as the constructor does."""
    built: Speaker = _new(Speaker)
    _speaker_name(built, name)
    _speaker_kind(built, kind)
    _speaker_title(built, title)
    _speaker_aliases(built, tuple(aliases))
    _speaker_mentions(built, tuple(mentions))
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
    _quote_span(built, span(start, end))
    _quote_text_span(built, span(start + 1, end - 1))
    _quote_text(built, text[start + 1 : end - 1])
    _quote_paragraph(built, paragraph)
    _quote_speaker(built, speaker)
    _quote_source(built, source)
    _quote_cue(built, cue)
    _quote_partial(built, partial)
    _quote_inferred(built, inferred)
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
    _statement_speaker(built, speaker)
    _statement_source(built, source)
    _statement_cue(built, cue)
    _statement_content(built, content)
    _statement_kind(built, kind)
    _statement_quote(built, quote)
    _statement_paragraph(built, paragraph)
    return built


_ARTICLE_FIELDS = [
    (
        field.name,
        _setters(Article, field.name)[0],
        cast("Callable[[Any], Any] | None", field.converter),
    )
    for field in attrs.fields(Article)
]
"""Each field of an article, its setter, and the converter (``tuple``) its constructor applies."""


def article(**values: Any) -> Article:
    """The article of these values, one for each field, converted as the constructor does."""
    built: Article = _new(Article)
    for name, setter, converter in _ARTICLE_FIELDS:
        value = values[name]
        setter(built, value if converter is None else converter(value))
    return built
