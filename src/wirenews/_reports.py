"""Who said what: quotations, statements and speakers, built into the model.

The stages run in order: quote marks are paired (:mod:`wirenews._quotes`), anchors of
attribution found and quotations linked to them (:mod:`wirenews._attribution`), each
anchor's content read (:mod:`wirenews._statements`), sources resolved to speakers
(:mod:`wirenews._speakers`). The headline is read as a paragraph of its own, so that its
statements (``Xi calls for ...``) share the story's speakers but stay apart from the body's.

Statements and quotations fit together so that every attributed quotation is part of
exactly one statement: a statement whose content is nothing but quotations becomes one
``direct`` statement per quotation; a content that quotes some words among others is one
``mixed`` statement holding them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Final, NamedTuple, final

from wirenews import _build as build
from wirenews._attribution import Anchor, Attribution, QuoteLink, attribute, inherit
from wirenews._phrases import Phrase, phrase_before
from wirenews._quotes import RawQuote, pair_quotes
from wirenews._speakers import Entity, NameRun, attach_pronouns, find_names, resolve
from wirenews._statements import RawStatement, contents
from wirenews.data.words import COPY_LABELS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirenews._quotes import QuoteWarning
    from wirenews.model import Cue, Mention, Quote, Speaker, Statement


__all__ = ["Report", "report"]

_WORD_CHARACTER: Final = re.compile(r"[^\W_]")
_CONTENT_TRAILING: Final = " \t\n\r\u00a0,;:"


class Report(NamedTuple):
    """Everything said in a story, ready for the :class:`~wirenews.model.Article`."""

    speakers: list[Speaker]
    quotes: list[Quote]
    statements: list[Statement]
    headline_statements: list[Statement]
    warnings: list[QuoteWarning]
    counts: dict[str, int]


def report(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    headline: tuple[int, int] | None,
    body_start: int,
) -> Report:
    """Quotations, statements and speakers of the body ``paragraphs`` and the ``headline``.

    ``body_start`` is where the story's own words begin (after the dateline).
    """
    paragraphs = list(paragraphs)
    raw, warnings, counts = pair_quotes(text, paragraphs)
    body = attribute(text, paragraphs, raw, body_start)
    head_anchors = _headline_anchors(text, headline) if headline is not None else []
    regions = [headline, *paragraphs] if headline is not None else paragraphs
    names = find_names(text, regions)
    quoted = [(quote.start, quote.end) for quote in raw]
    quoting = {  # anchors after the quotation they attribute: '"...," he said on Monday'
        link.anchor
        for quote, link in zip(raw, body.links, strict=True)
        if link.anchor >= 0
        and not link.inferred
        and quote.end <= body.anchors[link.anchor].cue_start
    }
    body_contents = contents(text, body.anchors, quoting)
    links = _embedded(raw, body.links, body_contents)
    inherit(text, raw, links, paragraphs)  # a quotation may go on from one just embedded
    body = body._replace(links=links)
    head_contents = contents(text, head_anchors)
    offset = len(head_anchors)
    used = {found.anchor for found in head_contents}
    used.update(offset + found.anchor for found in body_contents)
    used.update(offset + link.anchor for link in body.links if link.anchor >= 0)
    anchors = [  # one list, the body's governors counted in it
        *head_anchors,
        *(anchor.shifted(offset) for anchor in body.anchors),
    ]
    mentions = _Mentions(text)
    speakers, head_speaker = _resolve(mentions, anchors, used, names, _Spans(paragraphs, quoted))
    body_speaker = head_speaker.shifted(offset)

    quotes = [
        _quote(mentions, quote, link, body.anchors, body_speaker)
        for quote, link in zip(raw, body.links, strict=True)
    ]
    statements = _statements(mentions, body, body_contents, quotes, body_speaker)
    headline_statements = [
        _indirect(mentions, head_anchors[found.anchor], found, head_speaker(found.anchor), None)
        for found in head_contents
    ]
    return Report(speakers, quotes, statements, headline_statements, warnings, counts)


def _embedded(
    quotes: list[RawQuote], links: list[QuoteLink], found: list[RawStatement]
) -> list[QuoteLink]:
    """Links in which a quotation with no anchor takes that of a content holding it.

    In ``Obama "felt a moral obligation" to act, Axelrod said`` the quoted words are part of
    what Axelrod said: the quotation is partial, and his.
    """
    ordered = sorted(found, key=lambda content: (content.start, -content.end))
    starts = [content.start for content in ordered]
    linked = list(links)
    for number, (quote, link) in enumerate(zip(quotes, links, strict=True)):
        if link.anchor >= 0:
            continue
        # Contents do not overlap, so only the last one starting before may hold the quote.
        holder = bisect_right(starts, quote.start) - 1
        if holder >= 0 and quote.end <= ordered[holder].end:
            linked[number] = QuoteLink(ordered[holder].anchor, partial=True, inferred=False)
    return linked


_HEADLINE_COLON: Final = re.compile(r"[^:\n]{1,60}?:[ \t\u00a0]+(?=\S)")


def _headline_anchors(text: str, headline: tuple[int, int]) -> list[Anchor]:
    """The headline's anchors; a headline that names a source before a colon has one.

    ``Trump: 'I'm the worst thing that ever happened to the establishment'`` and ``Clinton
    camp: Trump's rhetoric threatens security`` say who speaks, and then what.
    """
    anchors = attribute(text, [headline], [], 0).anchors
    low, high = headline
    colon = _HEADLINE_COLON.match(text, low, high)
    if colon is None or any(anchor.cue_start < colon.end() for anchor in anchors):
        return anchors
    mark = text.index(":", colon.start())
    source = phrase_before(text, low, mark)
    if source is None or source.start != low or _labels_copy(text[low:mark]):
        return anchors
    anchor = Anchor(mark, mark + 1, ":", "colon", source, (low, high), 0)
    return [anchor, *anchors]


def _labels_copy(words: str) -> bool:
    """Whether the words before a headline's colon label the copy (``UPDATE 2``, ``Live``)."""
    return any(word.strip(".'’").casefold() in COPY_LABELS for word in words.split())


class _Spans(NamedTuple):
    """The body paragraphs and the quotations, for pronouns to be looked for outside these."""

    paragraphs: list[tuple[int, int]]
    quoted: list[tuple[int, int]]


def _resolve(
    mentions: _Mentions,
    anchors: list[Anchor],
    used: set[int],
    names: list[NameRun],
    spans: _Spans,
) -> tuple[list[Speaker], _SpeakerOf]:
    """The speakers of the story, and a lookup of each anchor's speaker.

    ``anchors`` are the headline's then the body's; only the anchors in ``used`` (those that
    attribute a statement or a quotation) make their sources speakers.
    """
    text = mentions.text
    sourced = [
        (index, anchor.source or anchor.subject)
        for index, anchor in enumerate(anchors)
        if anchor.source is not None or anchor.subject is not None
    ]
    sources = [(phrase, anchors[index].cue_start) for index, phrase in sourced if phrase]
    entities, resolved = resolve(text, sources, names)
    attach_pronouns(text, entities, names, spans.paragraphs, spans.quoted)
    entity_of = {index: entity for (index, _), entity in zip(sourced, resolved, strict=True)}
    for found in entities:
        found.speaks = False
    for anchor in used:
        number = _entity(anchors, entity_of, anchor)
        if number >= 0:
            entities[number].speaks = True
    speakers, by_entity = _speakers(mentions, entities)
    return speakers, _SpeakerOf(anchors, entity_of, by_entity, 0)


def _entity(anchors: list[Anchor], entity_of: dict[int, int], anchor: int) -> int:
    """The index of the entity that speaks at the anchor with this index; -1 for none."""
    if anchor >= 0 and anchors[anchor].source is None and anchors[anchor].subject is None:
        anchor = anchors[anchor].governor  # a participle speaks for its clause
    return entity_of.get(anchor, -1) if anchor >= 0 else -1


@final
class _SpeakerOf:
    """The speaker of the anchor with an index (-1: none), if it has one.

    The index counts from ``offset`` in the story's anchors: the headline's come first. A
    class rather than a closure, whose environment would hold every anchor in a cycle that
    only the garbage collector frees.
    """

    __slots__ = ("anchors", "by_entity", "entity_of", "offset")

    def __init__(
        self,
        anchors: list[Anchor],
        entity_of: dict[int, int],
        by_entity: dict[int, Speaker],
        offset: int,
    ) -> None:
        self.anchors = anchors
        self.entity_of = entity_of
        self.by_entity = by_entity
        self.offset = offset

    def __call__(self, anchor: int) -> Speaker | None:
        if anchor < 0:
            return None
        return self.by_entity.get(_entity(self.anchors, self.entity_of, anchor + self.offset))

    def shifted(self, offset: int) -> _SpeakerOf:
        """The same lookup, its indices counted from ``offset`` further on."""
        return _SpeakerOf(self.anchors, self.entity_of, self.by_entity, self.offset + offset)


@final
class _Mentions:
    """The story's mentions by their offsets, each built once.

    A speaker's mentions hold the sources of its statements and quotations: these are the
    same elements, not copies (a mention and its span cost more to build than a lookup).
    """

    __slots__ = ("built", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.built: dict[tuple[int, int], Mention] = {}

    def at(self, start: int, end: int) -> Mention:
        """The mention of ``text[start:end]``."""
        key = (start, end)
        found = self.built.get(key)
        if found is None:
            found = self.built[key] = build.mention(self.text, start, end)
        return found


def _source(mentions: _Mentions, phrase: Phrase) -> Mention:
    """The mention a cue has for its source: the phrase, or the relative pronoun for it."""
    start, end = phrase.relative if phrase.relative is not None else (phrase.start, phrase.end)
    return mentions.at(start, end)


def _cue(text: str, anchor: Anchor) -> Cue:
    return build.cue(text, anchor.cue_start, anchor.cue_end, anchor.lemma)


def _speakers(
    mentions: _Mentions, entities: list[Entity]
) -> tuple[list[Speaker], dict[int, Speaker]]:
    """The speakers (entities that speak), in order of first mention, by entity index."""
    speaking = [
        (min(entity.mentions), index, entity)
        for index, entity in enumerate(entities)
        if entity.speaks and entity.mentions
    ]
    speaking.sort()
    speaker_of: dict[int, Speaker] = {}
    for _, index, entity in speaking:
        speaker_of[index] = build.speaker(
            name=entity.name,
            kind=entity.kind,
            title=entity.title,
            aliases=entity.aliases,
            mentions=[mentions.at(start, end) for start, end in sorted(entity.mentions)],
        )
    return [speaker_of[index] for _, index, _ in speaking], speaker_of


def _quote(
    mentions: _Mentions,
    quote: RawQuote,
    link: QuoteLink,
    anchors: list[Anchor],
    speaker: _SpeakerOf,
) -> Quote:
    text = mentions.text
    anchor = anchors[link.anchor] if link.anchor >= 0 else None
    source = cue = None
    if anchor is not None and not link.inferred:
        cue = _cue(text, anchor)
        if anchor.source is not None:
            source = _source(mentions, anchor.source)
    return build.quote(
        text,
        quote.start,
        quote.end,
        paragraph=quote.paragraph,
        speaker=speaker(link.anchor),
        source=source,
        cue=cue,
        partial=link.partial,
        inferred=link.inferred,
    )


def _statements(
    mentions: _Mentions,
    attribution: Attribution,
    raw: list[RawStatement],
    quotes: list[Quote],
    speaker: _SpeakerOf,
) -> list[Statement]:
    """The body's statements in text order: indirect and mixed ones, and one per quotation.

    A content made of nothing but quotations gives way to the quotations themselves; a
    quotation inside a mixed content of its own anchor is part of that statement.
    """
    text = mentions.text
    anchors = attribution.anchors
    links = attribution.links
    spans = [(quote.span.start, quote.span.end) for quote in quotes]
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    held: set[int] = set()  # quotations that a mixed statement holds
    found: list[Statement] = []
    for content in raw:
        # Quotations are sorted and apart, so those overlapping the content are a run.
        inside = range(bisect_right(ends, content.start), bisect_left(starts, content.end))
        if inside:
            if _only_quotes(text, content, [spans[number] for number in inside]):
                continue
            held.update(number for number in inside if links[number].anchor == content.anchor)
        anchor = anchors[content.anchor]
        kind = "mixed" if inside else "indirect"
        found.append(
            _indirect(mentions, anchor, content, speaker(content.anchor), anchor.paragraph, kind)
        )
    for number, (quote, link) in enumerate(zip(quotes, links, strict=True)):
        if link.anchor < 0 or number in held:
            continue
        found.append(_direct(text, quote))
    found.sort(key=lambda statement: statement.content.span.start)
    return found


def _only_quotes(text: str, content: RawStatement, spans: list[tuple[int, int]]) -> bool:
    """Whether ``content`` holds nothing but the quotations at ``spans`` (and punctuation)."""
    position = content.start
    for start, end in spans:
        if _WORD_CHARACTER.search(text, position, start):
            return False
        position = max(position, end)
    return not _WORD_CHARACTER.search(text, position, content.end)


def _indirect(  # noqa: PLR0913, PLR0917 (the kind, as built, saves rebuilding a mixed one)
    mentions: _Mentions,
    anchor: Anchor,
    content: RawStatement,
    speaker: Speaker | None,
    paragraph: int | None,
    kind: str = "indirect",
) -> Statement:
    text = mentions.text
    source = anchor.source
    start, end = content.start, content.end
    return build.statement(
        speaker=speaker,
        source=_source(mentions, source) if source is not None else None,
        cue=_cue(text, anchor),
        content=build.segment(text, start, end),
        kind=kind,
        quote=None,
        paragraph=paragraph,
    )


def _direct(text: str, quote: Quote) -> Statement:
    start, end = quote.text_span
    while end > start and text[end - 1] in _CONTENT_TRAILING:
        end -= 1
    return build.statement(
        speaker=quote.speaker,
        source=quote.source,
        cue=quote.cue,
        content=build.segment(text, start, end),
        kind="direct",
        quote=quote,
        paragraph=quote.paragraph,
    )
