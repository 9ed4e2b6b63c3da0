"""The typed, immutable result of parsing a wire story.

Every element found in the text carries a :class:`Span`: half-open ``[start, end)``
character offsets into :attr:`Article.text`, the exact input. ``article.text[span.start:
span.end]`` is always that element's raw text; nothing is normalised away. The classes are
frozen, slotted and keyword-only; they hold results and check invariants, and never parse.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import attrs

from wirenews.errors import InputTypeError, ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = [
    "Article",
    "Cue",
    "Dateline",
    "Field",
    "Mention",
    "ParseWarning",
    "Quote",
    "Segment",
    "Span",
    "Speaker",
    "Statement",
    "TrailerLine",
]


def _tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable for a tuple field (attrs converter; element types are the field's)."""
    return tuple(values)


def _offset(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"span {attribute.name} must be an int, not {type(value).__name__}"
        raise InputTypeError(msg)
    if value < 0:
        msg = f"{attribute.name} must be >= 0, got {value}"
        raise ModelError(msg)


@attrs.frozen(kw_only=True, order=True)
class Span:
    """Half-open ``[start, end)`` character offsets into a text.

    >>> span = Span(start=0, end=7)
    >>> span.slice("BEIJING, Jan. 26")
    'BEIJING'
    >>> len(span)
    7
    """

    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_offset)

    @end.validator
    def _end_not_before_start(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            msg = f"span end {value} is before its start {self.start}"
            raise ModelError(msg)

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[int]:
        """Yield start then end, so ``start, end = span`` works."""
        yield self.start
        yield self.end


def _text_fits_span(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    span: Span = instance.span
    if len(value) != span.end - span.start:
        msg = f"{type(instance).__name__} text has {len(value)} characters, its span {len(span)}"
        raise ModelError(msg)


def _short(text: str) -> str:
    return repr(text) if len(text) <= 60 else repr(text[:57] + "...")


@attrs.frozen(kw_only=True)
class Segment:
    """A stretch of the input: a headline, a paragraph, an end marker.

    ``text`` is exactly the input between the span's offsets (wrapped lines keep their line
    breaks); :attr:`joined` gives the same words on one line.
    """

    span: Span
    text: str = attrs.field(validator=_text_fits_span, repr=_short)

    @property
    def joined(self) -> str:
        """The text with each run of whitespace, line breaks included, made one space.

        >>> Segment(text="the Bahia\\n    cocoa zone", span=Span(start=0, end=24)).joined
        'the Bahia cocoa zone'
        """
        return " ".join(self.text.split())

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class TrailerLine:
    """A line after (or closing) the story that is not part of it, with what kind it is.

    ``kind`` is one of ``keywords``, ``credits``, ``contact``, ``chrome``, ``page-id``,
    ``rule``, ``slug``, ``editor``, ``copyright``, or ``other`` (any line after an end
    marker or a rule that no pattern names).
    """

    span: Span
    text: str = attrs.field(validator=_text_fits_span, repr=_short)
    kind: str


@attrs.frozen(kw_only=True)
class Field:
    """Where a metadata value was read: its name and its raw text in the input.

    ``name`` is ``source``, ``published``, ``editor``, ``byline``, ``keyword`` or
    ``reading-time``; the typed value is on the :class:`Article` (``published`` as a
    datetime, ``byline`` as names).
    """

    name: str
    span: Span
    text: str = attrs.field(validator=_text_fits_span, repr=_short)


@attrs.frozen(kw_only=True)
class ParseWarning:
    """Something in the text the parser could not make full sense of.

    ``code`` is stable and machine-readable (``dateline.invalid-date``); ``message`` is for
    people; ``span`` points at the text concerned, when there is one.
    """

    code: str
    message: str
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Dateline:
    """The place, date and agency credit that open a wire story.

    ``BEIJING, Jan. 26 (Xinhua) --`` has ``locations=("BEIJING",)``, ``month=1``,
    ``day=26``, ``agency="Xinhua"`` and ``separator="--"``. ``year`` is as written or resolved
    from a reference date, and ``date`` is set when month, day and year make a valid date.
    ``text`` runs from the first place (or the agency, or the date) through the separator.
    """

    span: Span
    text: str = attrs.field(validator=_text_fits_span)
    locations: tuple[str, ...] = attrs.field(converter=_tuple, default=())
    region: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    date: dt.date | None = None
    agency: str | None = None
    separator: str | None = None

    @property
    def location(self) -> str | None:
        """The first place, as written (``"BEIJING"``), or None for a date-only dateline."""
        return self.locations[0] if self.locations else None


@attrs.frozen(kw_only=True)
class Mention:
    """Where a speaker is named or referred to: ``Chinese President Xi Jinping``, ``Xi``, ``he``."""

    span: Span
    text: str = attrs.field(validator=_text_fits_span)


@attrs.frozen(kw_only=True)
class Speaker:
    """Someone (or something) the story reports as speaking.

    ``name`` is the fullest form in the text (``"Xi Jinping"``, ``"Foreign Ministry"``,
    ``"a spokesman"``); ``kind`` is ``person``, ``organization``, ``group`` or ``anonymous``;
    ``title`` the title written before the name (``"Chinese President"``); ``aliases`` the
    other forms the text uses (``"Xi"``); ``mentions`` every place the text names or refers to
    the speaker, pronouns included, in text order.
    """

    name: str
    kind: str
    title: str | None = None
    aliases: tuple[str, ...] = attrs.field(converter=_tuple, default=())
    mentions: tuple[Mention, ...] = attrs.field(converter=_tuple, default=())


@attrs.frozen(kw_only=True)
class Cue:
    """The reporting expression: ``said``, ``told reporters``, ``according to``, ``:``.

    ``lemma`` is its dictionary form (``"say"``, ``"tell"``, ``"point out"``).
    """

    span: Span
    text: str = attrs.field(validator=_text_fits_span)
    lemma: str


def _quote_text_fits(instance: Quote, attribute: attrs.Attribute[str], value: str) -> None:
    if len(value) != len(instance.text_span):
        msg = f"quote text has {len(value)} characters, its text_span {len(instance.text_span)}"
        raise ModelError(msg)


@attrs.frozen(kw_only=True)
class Quote:
    """A direct quotation: the words between quote marks, and who said them.

    ``span`` covers the marks, ``text_span`` the words inside them (``text``). A quote that
    runs over several paragraphs is one quote. ``speaker`` is who said it (None when the text
    does not say); ``source`` the mention naming the speaker at this quote (``he``), None when
    the speaker is carried over from context (then ``inferred`` is true); ``cue`` the
    reporting expression; ``paragraph`` the index of the paragraph it starts in; ``partial``
    marks a fragment embedded in a sentence (``called them "deplorables"``).
    """

    span: Span
    text_span: Span
    text: str = attrs.field(validator=_quote_text_fits, repr=_short)
    paragraph: int
    speaker: Speaker | None = None
    source: Mention | None = None
    cue: Cue | None = None
    partial: bool = False
    inferred: bool = False


STATEMENT_KINDS = ("direct", "indirect", "mixed")
"""What a statement's content is: a quotation, reported speech, or reported speech that
quotes some words (``said the mood was "grim"``)."""


def _statement_kind(instance: Statement, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in STATEMENT_KINDS:
        msg = f"a statement's kind is one of {', '.join(STATEMENT_KINDS)}, not {value!r:.40}"
        raise ModelError(msg)


@attrs.frozen(kw_only=True)
class Statement:
    """One reported statement: who, through which cue, said what.

    ``content`` is what was said: the words of a quotation (``kind="direct"``, with ``quote``
    the :class:`Quote`), the reported clause without its ``that`` (``"indirect"``), or a
    clause that quotes some words (``"mixed"``). ``source`` is the mention naming the speaker
    in this statement (None when implicit: ``..., adding that ...``; or carried over from
    context); ``cue`` the reporting expression (None only for a quotation whose speaker is
    carried over). ``paragraph`` is the index of the body paragraph, or None for a statement
    of the headline.
    """

    speaker: Speaker | None = None
    source: Mention | None = None
    cue: Cue | None = None
    content: Segment
    kind: str = attrs.field(validator=_statement_kind)
    quote: Quote | None = None
    paragraph: int | None = None


_TEXT_ELEMENTS = ("headline", "header", "dateline", "paragraphs", "end_marker", "trailer", "fields")
"""The Article fields whose elements carry a span and the text it slices."""


def _check_spans(article: Article) -> None:
    """Raise ModelError unless every element's span slices the article's text to its text."""
    text = article.text
    size = len(text)

    def check(where: str, span: Span, element_text: str) -> None:
        # Lengths agree already (each element checks its own), so this compares in place.
        if span.end > size or not text.startswith(element_text, span.start):
            msg = (
                f"{where} span [{span.start}, {span.end}) does not slice the article text "
                f"({size} characters) to the element's text {element_text[:40]!r}"
            )
            raise ModelError(msg)

    for name in _TEXT_ELEMENTS:
        value = getattr(article, name)
        elements = value if isinstance(value, tuple) else (value,) if value is not None else ()
        for index, element in enumerate(elements):
            where = f"{name}[{index}]" if isinstance(value, tuple) else name
            check(where, element.span, element.text)
    for index, speaker in enumerate(article.speakers):
        for number, mention in enumerate(speaker.mentions):
            check(f"speakers[{index}].mentions[{number}]", mention.span, mention.text)
    for index, warning in enumerate(article.warnings):
        if warning.span is not None and warning.span.end > size:
            msg = f"warnings[{index}] span ends at {warning.span.end}, past the text ({size})"
            raise ModelError(msg)
    listed = {id(speaker) for speaker in article.speakers}
    for index, quote in enumerate(article.quotes):
        check(f"quotes[{index}].text", quote.text_span, quote.text)
        if not quote.span.start <= quote.text_span.start <= quote.text_span.end <= quote.span.end:
            msg = f"quotes[{index}]: text_span lies outside the quote's span"
            raise ModelError(msg)
        check(f"quotes[{index}]", quote.span, text[quote.span.start : quote.span.end])
        if quote.source is not None:
            check(f"quotes[{index}].source", quote.source.span, quote.source.text)
        if quote.cue is not None:
            check(f"quotes[{index}].cue", quote.cue.span, quote.cue.text)
        said_by = quote.speaker
        if said_by is not None and id(said_by) not in listed and said_by not in article.speakers:
            msg = f"quotes[{index}]: its speaker is not one of the article's speakers"
            raise ModelError(msg)
    quoted = {id(quote) for quote in article.quotes}
    for name in ("statements", "headline_statements"):
        for index, statement in enumerate(getattr(article, name)):
            where = f"{name}[{index}]"
            check(f"{where}.content", statement.content.span, statement.content.text)
            if statement.source is not None:
                check(f"{where}.source", statement.source.span, statement.source.text)
            if statement.cue is not None:
                check(f"{where}.cue", statement.cue.span, statement.cue.text)
            said_by = statement.speaker
            if (
                said_by is not None
                and id(said_by) not in listed
                and said_by not in article.speakers
            ):
                msg = f"{where}: its speaker is not one of the article's speakers"
                raise ModelError(msg)
            quote = statement.quote
            if quote is not None and id(quote) not in quoted and quote not in article.quotes:
                msg = f"{where}: its quote is not one of the article's quotes"
                raise ModelError(msg)


def _repr_text(text: str) -> str:
    return f"<{len(text)} characters>"


@attrs.frozen(kw_only=True)
class Article:
    """A parsed wire story: its parts, each with its span in :attr:`text`.

    Build one with :func:`wirenews.parse_article`; :meth:`from_dict` rebuilds one from
    :meth:`to_dict`'s output, checking that every span still slices the text to its element.
    """

    headline: Segment | None = None
    header: tuple[Segment, ...] = attrs.field(converter=_tuple, default=())
    """Page-header lines between headline and story (``Source: Xinhua| ...``), as written."""
    source: str | None = None
    """Canonical name of the agency (``"Xinhua"``), from the header, dateline or end marker."""
    published: dt.datetime | None = None
    """When the page says the story was published: aware where the zone is known."""
    editor: str | None = None
    byline: tuple[str, ...] = attrs.field(converter=_tuple, default=())
    dateline: Dateline | None = None
    paragraphs: tuple[Segment, ...] = attrs.field(converter=_tuple, default=())
    """Body paragraphs in order; the first holds the dateline, the last stops before the
    end marker."""
    end_marker: Segment | None = None
    trailer: tuple[TrailerLine, ...] = attrs.field(converter=_tuple, default=())
    keywords: tuple[str, ...] = attrs.field(converter=_tuple, default=())
    fields: tuple[Field, ...] = attrs.field(converter=_tuple, default=())
    """Where each metadata value (source, published, editor, byline, keywords) was read."""
    speakers: tuple[Speaker, ...] = attrs.field(converter=_tuple, default=())
    """Who speaks in the story, in order of first mention, each with all its mentions."""
    quotes: tuple[Quote, ...] = attrs.field(converter=_tuple, default=())
    """Every direct quotation in the body, in text order."""
    statements: tuple[Statement, ...] = attrs.field(converter=_tuple, default=())
    """Every reported statement of the body, direct or indirect, in text order."""
    headline_statements: tuple[Statement, ...] = attrs.field(converter=_tuple, default=())
    """Statements the headline makes (``Xi calls for ...``), kept apart from the body's."""
    warnings: tuple[ParseWarning, ...] = attrs.field(converter=_tuple, default=())
    text: str = attrs.field(repr=_repr_text)
    """The exact input (last, so that serialised articles read from the parts down)."""

    def __attrs_post_init__(self) -> None:
        text: object = self.text  # attrs does not check types; a caller may pass anything
        if not isinstance(text, str):
            msg = f"an Article's text must be a str, not {type(text).__name__}"
            raise InputTypeError(msg)
        _check_spans(self)

    @property
    def body(self) -> str:
        """The story's text: its paragraphs, without dateline or end marker, blank-line joined.

        Wrapped lines inside a paragraph are kept as written.
        """
        parts = [paragraph.text for paragraph in self.paragraphs]
        dateline = self.dateline
        if dateline is not None:
            for index, paragraph in enumerate(self.paragraphs):
                start, end = paragraph.span
                if start <= dateline.span.start < end:
                    before = paragraph.text[: dateline.span.start - start].rstrip()
                    after = paragraph.text[dateline.span.end - start :].lstrip()
                    parts[index] = f"{before} {after}" if before and after else before or after
                    break
        return "\n\n".join(part for part in parts if part)

    def to_dict(self) -> dict[str, Any]:
        """Return the article as JSON-ready data: spans as ``[start, end]``, times as ISO 8601.

        Derived values (:attr:`body`, :attr:`Dateline.location`) are left out;
        :meth:`from_dict` restores an equal article.
        """
        from wirenews._serialize import unstructure_article  # noqa: PLC0415 (import cycle)

        return unstructure_article(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict`'s output.

        Raises :class:`~wirenews.errors.ModelError` when the data does not describe a valid
        article (a missing field, a span that does not slice the text to its element).
        """
        from wirenews._serialize import structure_article  # noqa: PLC0415 (import cycle)

        return structure_article(data)

    def to_ninjs(self, uri: str | None = None) -> dict[str, Any]:
        """Return the article as an IPTC ninjs 2.2 news item (JSON-ready data).

        ``uri`` identifies the item; without one it is named by a SHA-256 digest of
        :attr:`text` (``ni:///sha-256;...``), the same for the same text on every machine.
        Properties the article has no value for are left out. See ``docs/ninjs.md``.
        """
        from wirenews._ninjs import to_ninjs  # noqa: PLC0415 (import cycle)

        return to_ninjs(self, uri)

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict`'s output as a JSON string (non-ASCII kept as is)."""
        import json  # noqa: PLC0415 (only needed here)

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
