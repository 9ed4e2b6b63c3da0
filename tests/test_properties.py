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
