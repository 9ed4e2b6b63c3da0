"""Properties: parsing is total, exact about spans, deterministic, recovers what was rendered."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from hypothesis import example, given
from hypothesis import strategies as st

import wirenews
from tests.strategies import (
    DatelineSpec,
    StorySpec,
    any_texts,
    dateline_specs,
    story_specs,
    wire_texts,
)
from wirenews.data.quote_marks import DOUBLE_MARKS, SINGLE_MARKS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wirenews import Span


def _elements(article: wirenews.Article) -> Iterator[tuple[str, Span, str]]:
    if article.headline is not None:
        yield "headline", article.headline.span, article.headline.text
    for segment in article.header:
        yield "header", segment.span, segment.text
    if article.dateline is not None:
        yield "dateline", article.dateline.span, article.dateline.text
    for paragraph in article.paragraphs:
        yield "paragraph", paragraph.span, paragraph.text
    if article.end_marker is not None:
        yield "end_marker", article.end_marker.span, article.end_marker.text
    for line in article.trailer:
        yield "trailer", line.span, line.text
    for field in article.fields:
        yield "field", field.span, field.text


texts = any_texts() | wire_texts()

_QUOTE_TOKENS = [
    *"\"“”„«»'‘’",
    " ",
    ", ",
    ". ",
    ": ",
    "\n\n",
    " -- ",
    "said",
    " he said",
    " she told reporters",
    "John Smith",
    "Mr. Smith",
    "the ministry",
    "according to",
    "We will win",
    "don't",
    "12",
]
quote_texts = st.lists(st.sampled_from(_QUOTE_TOKENS), max_size=60).map("".join)
"""Texts dense in quote marks, names and reporting verbs."""


@given(texts)
@example("")
@example("\ufeffBEIJING, Jan. 26 (Xinhua) -- X.\r\n\r\nEnditem")
@example("\u00a0\u2028\r\r\n\x03")
@example('"' * 200)
def test_parse_never_raises_and_spans_slice(text: str) -> None:
    """Any str parses, and every element's span slices the input to its text."""
    article = wirenews.parse_article(text)
    assert article.text is text
    for name, span, element_text in _elements(article):
        assert 0 <= span.start <= span.end <= len(text), name
        assert text[span.start : span.end] == element_text, name
    for warning in article.warnings:
        if warning.span is not None:
            assert warning.span.end <= len(text)


@given(texts)
def test_parts_do_not_overlap(text: str) -> None:
    """Headline, header, paragraphs, end marker and trailer lines follow one another."""
    article = wirenews.parse_article(text)
    spans = sorted(
        span
        for name, span, _ in _elements(article)
        if name in {"headline", "header", "paragraph", "end_marker", "trailer"}
    )
    for before, after in pairwise(spans):
        assert before.end <= after.start


@given(texts)
def test_deterministic(text: str) -> None:
    """The same input gives an equal result."""
    assert wirenews.parse_article(text) == wirenews.parse_article(text)


@given(texts)
def test_json_round_trip(text: str) -> None:
    """from_dict(to_dict(a)) == a for any parsed article."""
    article = wirenews.parse_article(text)
    assert wirenews.Article.from_dict(article.to_dict()) == article


@given(dateline_specs())
def test_dateline_recovered(spec: DatelineSpec) -> None:
    """A rendered dateline parses back to what it says."""
    text = f"{spec.text} The ministry said on Monday that talks would continue."
    dateline = wirenews.parse_dateline(text)
    assert dateline is not None, spec.text
    assert dateline.text == spec.text
    assert dateline.locations == spec.locations
    assert dateline.region == spec.region
    assert (dateline.month, dateline.day, dateline.year) == (spec.month, spec.day, spec.year)
    assert dateline.agency == spec.agency
    assert dateline.separator == spec.separator


@given(story_specs())
def test_story_recovered(spec: StorySpec) -> None:
    """A rendered story parses back into its headline, header, dateline, paragraphs and end."""
    article = wirenews.parse_article(spec.text)
    assert article.headline is not None
    assert article.headline.text == spec.headline
    assert article.source == spec.source
    assert article.editor == spec.editor
    assert article.published == spec.published
    assert article.dateline is not None
    assert article.dateline.text == spec.dateline.text
    assert article.dateline.locations == spec.dateline.locations
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts == [f"{spec.dateline.text} {spec.paragraphs[0]}", *spec.paragraphs[1:]]
    assert (article.end_marker.text if article.end_marker else None) == spec.end_marker
    assert tuple(line.text for line in article.trailer) == spec.trailer
    if spec.dateline.year is not None and spec.dateline.month is not None:
        assert article.dateline.date is not None
        assert article.dateline.date.year == spec.dateline.year
    assert article.warnings == ()


@given(story_specs())
def test_strategy_renders_what_it_says(spec: StorySpec) -> None:
    """The story strategy puts each part into the text exactly once, in order."""
    position = 0
    for part in (spec.headline, spec.dateline.text, *spec.paragraphs, *spec.trailer):
        found = spec.text.find(part, position)
        assert found >= position
        position = found + len(part)


@given(dateline_specs())
def test_dateline_strategy_is_consistent(spec: DatelineSpec) -> None:
    """The dateline strategy's text names its places, and its date is a real one."""
    assert all(place in spec.text for place in spec.locations)
    if spec.month is not None and spec.day is not None:
        dt.date(spec.year or 2000, spec.month, spec.day)


@given(st.sampled_from(["\n", "\r\n", "\r"]), story_specs())
def test_line_break_style_does_not_matter(newline: str, spec: StorySpec) -> None:
    """Swapping the line-break style gives the same parts."""
    unix = spec.text.replace("\r\n", "\n").replace("\r", "\n")
    one = wirenews.parse_article(unix)
    other = wirenews.parse_article(unix.replace("\n", newline))
    assert [p.text.replace(newline, "\n") for p in other.paragraphs] == [
        p.text for p in one.paragraphs
    ]
    assert other.dateline == one.dateline or (
        other.dateline is not None
        and one.dateline is not None
        and other.dateline.text == one.dateline.text
    )


@given(texts | quote_texts)
@example('"A," he said. "B" \u201cC\u201d \u2018d\u2019 \u00abE\u00bb "unclosed')
@example('"' + "'\"" * 300)
def test_quotes_are_marked_spans_that_do_not_overlap(text: str) -> None:
    """Each quotation opens and closes with a quote mark, holds its text, overlaps no other."""
    article = wirenews.parse_article(text)
    marks = DOUBLE_MARKS + SINGLE_MARKS
    for quote in article.quotes:
        span = quote.span
        assert text[span.start] in marks
        assert text[span.end - 1] in marks
        assert text[quote.text_span.start : quote.text_span.end] == quote.text
        assert span.start < quote.text_span.start <= quote.text_span.end < span.end
    spans = [quote.span for quote in article.quotes]
    assert spans == sorted(spans)
    for before, after in pairwise(spans):
        assert before.end <= after.start


@given(texts | quote_texts)
def test_attributions_point_into_the_text(text: str) -> None:
    """Sources, cues and mentions slice the input; a quote's speaker is one of the article's."""
    article = wirenews.parse_article(text)
    for quote in article.quotes:
        for part in (quote.source, quote.cue):
            if part is not None:
                assert text[part.span.start : part.span.end] == part.text
        if quote.speaker is not None:
            assert any(quote.speaker is speaker for speaker in article.speakers)
        if quote.inferred:
            assert quote.cue is None
    for speaker in article.speakers:
        assert speaker.mentions
        for mention in speaker.mentions:
            assert text[mention.span.start : mention.span.end] == mention.text


@given(texts | quote_texts)
def test_find_quotes_is_total(text: str) -> None:
    """find_quotes takes any text and returns ordered, disjoint spans that open with a mark."""
    spans = wirenews.find_quotes(text)
    for span in spans:
        assert text[span.start] in DOUBLE_MARKS + SINGLE_MARKS
    for before, after in pairwise(spans):
        assert before.end <= after.start


@given(quote_texts)
def test_json_round_trip_keeps_speakers_shared(text: str) -> None:
    """After a JSON round trip a quote's speaker is still the very speaker in the list."""
    article = wirenews.Article.from_dict(wirenews.parse_article(text).to_dict())
    for quote in article.quotes:
        if quote.speaker is not None:
            assert any(quote.speaker is speaker for speaker in article.speakers)
