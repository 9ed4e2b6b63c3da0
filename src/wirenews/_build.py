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
from typing import Any, Final, cast

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

_new: Final = object.__new__

_Setter = Callable[[Any, Any], None]


def _setter(cls: type, name: str) -> _Setter:
    """The setter of the field ``name`` of the slotted class ``cls``.

    The classes are frozen, so a field cannot be set as an attribute. A slot's own setter
    skips what :func:`object.__setattr__` does on every call (packing its arguments,
    checking that the class's ``__setattr__`` may be bypassed): it sets a field at about two
    thirds of the cost.
    """
    return cast("_Setter", cls.__dict__[name].__set__)


# The classes and setters are Final: the compiled build reads them as C globals, not from the
# module's dictionary, and a parse builds hundreds of elements.
_Span: Final = Span
_span_start: Final = _setter(Span, "start")
_span_end: Final = _setter(Span, "end")

_Mention: Final = Mention
_mention_span: Final = _setter(Mention, "span")
_mention_text: Final = _setter(Mention, "text")

_Segment: Final = Segment
_segment_span: Final = _setter(Segment, "span")
_segment_text: Final = _setter(Segment, "text")

_Cue: Final = Cue
_cue_span: Final = _setter(Cue, "span")
_cue_text: Final = _setter(Cue, "text")
_cue_lemma: Final = _setter(Cue, "lemma")

_Field: Final = Field
_field_name: Final = _setter(Field, "name")
_field_span: Final = _setter(Field, "span")
_field_text: Final = _setter(Field, "text")

_TrailerLine: Final = TrailerLine
_trailer_span: Final = _setter(TrailerLine, "span")
_trailer_text: Final = _setter(TrailerLine, "text")
_trailer_kind: Final = _setter(TrailerLine, "kind")

_Speaker: Final = Speaker
_speaker_name: Final = _setter(Speaker, "name")
_speaker_kind: Final = _setter(Speaker, "kind")
_speaker_title: Final = _setter(Speaker, "title")
_speaker_aliases: Final = _setter(Speaker, "aliases")
_speaker_mentions: Final = _setter(Speaker, "mentions")

_Quote: Final = Quote
_quote_span: Final = _setter(Quote, "span")
_quote_text_span: Final = _setter(Quote, "text_span")
_quote_text: Final = _setter(Quote, "text")
_quote_paragraph: Final = _setter(Quote, "paragraph")
_quote_speaker: Final = _setter(Quote, "speaker")
_quote_source: Final = _setter(Quote, "source")
_quote_cue: Final = _setter(Quote, "cue")
_quote_partial: Final = _setter(Quote, "partial")
_quote_inferred: Final = _setter(Quote, "inferred")

_Statement: Final = Statement
_statement_speaker: Final = _setter(Statement, "speaker")
_statement_source: Final = _setter(Statement, "source")
_statement_cue: Final = _setter(Statement, "cue")
_statement_content: Final = _setter(Statement, "content")
_statement_kind: Final = _setter(Statement, "kind")
_statement_quote: Final = _setter(Statement, "quote")
_statement_paragraph: Final = _setter(Statement, "paragraph")

_Article: Final = Article


def span(start: int, end: int) -> Span:
    """The span ``[start, end)``, for offsets with ``0 <= start <= end``.

    >>> span(3, 5) == Span(start=3, end=5)
    True
    """
    built: Span = _new(_Span)
    _span_start(built, start)
    _span_end(built, end)
    return built


def mention(text: str, start: int, end: int) -> Mention:
    """The mention of ``text[start:end]``."""
    built: Mention = _new(_Mention)
    _mention_span(built, span(start, end))
    _mention_text(built, text[start:end])
    return built


def segment(text: str, start: int, end: int) -> Segment:
    """The segment ``text[start:end]``."""
    built: Segment = _new(_Segment)
    _segment_span(built, span(start, end))
    _segment_text(built, text[start:end])
    return built


def cue(text: str, start: int, end: int, lemma: str) -> Cue:
    """The cue ``text[start:end]`` of the verb (or phrase) ``lemma``."""
    built: Cue = _new(_Cue)
    _cue_span(built, span(start, end))
    _cue_text(built, text[start:end])
    _cue_lemma(built, lemma)
    return built


def field(text: str, name: str, start: int, end: int) -> Field:
    """The field ``name`` whose value is written at ``text[start:end]``."""
    built: Field = _new(_Field)
    _field_name(built, name)
    _field_span(built, span(start, end))
    _field_text(built, text[start:end])
    return built


def trailer_line(text: str, start: int, end: int, kind: str) -> TrailerLine:
    """The trailer line ``text[start:end]`` of this ``kind``."""
    built: TrailerLine = _new(_TrailerLine)
    _trailer_span(built, span(start, end))
    _trailer_text(built, text[start:end])
    _trailer_kind(built, kind)
    return built


def speaker(
    *, name: str, kind: str, title: str | None, aliases: list[str], mentions: list[Mention]
) -> Speaker:
    """The speaker of these values, its lists made tuples as the constructor does."""
    built: Speaker = _new(_Speaker)
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
    built: Quote = _new(_Quote)
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
    built: Statement = _new(_Statement)
    _statement_speaker(built, speaker)
    _statement_source(built, source)
    _statement_cue(built, cue)
    _statement_content(built, content)
    _statement_kind(built, kind)
    _statement_quote(built, quote)
    _statement_paragraph(built, paragraph)
    return built


_ARTICLE_FIELDS: Final = [
    (
        field.name,
        _setter(Article, field.name),
        cast("Callable[[Any], Any] | None", field.converter),
    )
    for field in attrs.fields(Article)
]
"""Each field of an article, its setter, and the converter (``tuple``) its constructor applies."""


def article(**values: Any) -> Article:
    """The article of these values, one for each field, converted as the constructor does."""
    built: Article = _new(_Article)
    for name, setter, converter in _ARTICLE_FIELDS:
        value = values[name]
        setter(built, value if converter is None else converter(value))
    return built
