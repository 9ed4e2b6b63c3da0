"""Layout of whole stories: the golden article cases, and paragraph and trailer rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import wirenews

CASES = Path(__file__).resolve().parent / "cases"


def _cases() -> list[Any]:
    cases: list[dict[str, Any]] = json.loads((CASES / "articles.json").read_text(encoding="utf-8"))
    return [
        pytest.param(
            case,
            id=case["label"],
            marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [],
        )
        for case in cases
    ]


def _summary(article: wirenews.Article) -> dict[str, Any]:
    return {
        "headline": article.headline.text if article.headline else None,
        "source": article.source,
        "editor": article.editor,
        "byline": list(article.byline),
        "published": article.published.isoformat() if article.published else None,
        "dateline": article.dateline.text if article.dateline else None,
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "end_marker": article.end_marker.text if article.end_marker else None,
        "trailer": [[line.kind, line.text] for line in article.trailer],
        "keywords": list(article.keywords),
        "warnings": [warning.code for warning in article.warnings],
    }


@pytest.mark.parametrize("case", _cases())
def test_article_case(case: dict[str, Any]) -> None:
    """Each agency's story shape comes apart into the labelled parts."""
    article = wirenews.parse_article(case["input"])
    summary = _summary(article)
    assert {key: summary[key] for key in case["expected"]} == case["expected"], case["comment"]


def test_empty_text() -> None:
    """An empty string is an empty article, without warnings."""
    article = wirenews.parse_article("")
    assert article == wirenews.Article(text="")
    assert article.body == ""


def test_blank_text() -> None:
    """Blanks only (spaces, no-break spaces, BOM, ETX) make no paragraph."""
    article = wirenews.parse_article(" \u00a0\ufeff\n\x03\r\n\t")
    assert article.paragraphs == ()
    assert article.headline is None


def test_single_line_is_a_paragraph_not_a_headline() -> None:
    """A one-line text is body, not headline."""
    article = wirenews.parse_article("Markets were calm on Monday")
    assert article.headline is None
    assert [paragraph.text for paragraph in article.paragraphs] == ["Markets were calm on Monday"]


def test_first_paragraph_ending_in_a_point_is_not_a_headline() -> None:
    """A first line ending a sentence, followed by a blank line, is a paragraph."""
    article = wirenews.parse_article("The board met today.\n\nIt approved the budget.")
    assert article.headline is None
    assert len(article.paragraphs) == 2


def test_crlf_and_cr_give_the_same_parts() -> None:
    """Windows and old Mac line breaks split exactly as Unix ones do."""
    story = "Title\n\nBEIJING, Jan. 26 (Xinhua) -- One.\n\nTwo. Enditem\n\nKEY WORDS:"
    parts = [
        _summary(wirenews.parse_article(story.replace("\n", newline)))
        for newline in ("\n", "\r\n", "\r")
    ]
    assert parts[0] == parts[1] == parts[2]


def test_hard_wrapped_paragraphs_keep_their_line_breaks() -> None:
    """Wrapped lines join into one paragraph whose text is the input, breaks and all."""
    story = "    NEW YORK, March 5 - Shares rose in\nbusy trading, dealers said.\n    Bonds fell.\n"
    article = wirenews.parse_article(story)
    first = article.paragraphs[0]
    assert first.text == "NEW YORK, March 5 - Shares rose in\nbusy trading, dealers said."
    assert first.joined == "NEW YORK, March 5 - Shares rose in busy trading, dealers said."
    assert story[first.span.start : first.span.end] == first.text


def test_unindented_wrapped_copy_breaks_after_short_sentence_lines() -> None:
    """Without indentation, a short line ending a sentence closes its paragraph."""
    story = (
        "LONDON, March 5 (Reuters) - Shares rose in busy trading on\n"
        "Thursday as investors bought banks, dealers said.\n"
        "Bonds fell.\n"
        "The pound was steady against the dollar and the euro in\n"
        "quiet trade."
    )
    article = wirenews.parse_article(story)
    assert [paragraph.joined for paragraph in article.paragraphs] == [
        (
            "LONDON, March 5 (Reuters) - Shares rose in busy trading on Thursday as investors "
            "bought banks, dealers said."
        ),
        "Bonds fell.",
        "The pound was steady against the dollar and the euro in quiet trade.",
    ]


def test_marker_mid_story_line_is_not_the_end() -> None:
    """A marker followed by long story lines is body, not the end of the story."""
    story = (
        "Title\n\nTOKYO (Kyodo) -- First paragraph here.\n\n==Kyodo\n\n"
        + "A long paragraph after the caption marker that keeps telling the story in full. " * 2
    )
    article = wirenews.parse_article(story)
    assert article.end_marker is None
    assert article.paragraphs[-1].text.startswith("A long paragraph")


def test_inline_marker_needs_a_sentence_end() -> None:
    """'told Reuters' ends a sentence's words, not the story."""
    article = wirenews.parse_article("LONDON, Jan 5 (Reuters) - The chief executive told Reuters")
    assert article.end_marker is None


def test_trailer_after_rule_is_kept_whole() -> None:
    """Everything after AP's closing rule is trailer, recognised or not."""
    story = (
        "Title\n\nWASHINGTON (AP) — Body.\n\n___\n\n"
        "Follow AP's coverage at https://apnews.com/hub/congress\n"
    )
    article = wirenews.parse_article(story)
    assert [(line.kind, line.text) for line in article.trailer] == [
        ("rule", "___"),
        ("other", "Follow AP's coverage at https://apnews.com/hub/congress"),
    ]
    assert [paragraph.text for paragraph in article.paragraphs] == ["WASHINGTON (AP) — Body."]


def test_keywords_carry_their_spans() -> None:
    """Each keyword is a field whose span slices the text to the keyword."""
    story = "T\n\nBEIJING, Jan. 2 (Xinhua) -- X. Enditem\n\nKEY WORDS: Mars; Tianwen-1 ,probe"
    article = wirenews.parse_article(story)
    assert article.keywords == ("Mars", "Tianwen-1", "probe")
    spans = [field for field in article.fields if field.name == "keyword"]
    assert [story[f.span.start : f.span.end] for f in spans] == ["Mars", "Tianwen-1", "probe"]


def test_header_fields_carry_their_spans() -> None:
    """Source, published and editor are fields whose spans slice to the raw header text."""
    story = "T\n\nSource: Xinhua| 2021-01-27 01:27:25|Editor: huaxia\n\nBEIJING (Xinhua) -- X."
    article = wirenews.parse_article(story)
    assert [(f.name, f.text) for f in article.fields] == [
        ("source", "Xinhua"),
        ("published", "2021-01-27 01:27:25"),
        ("editor", "huaxia"),
    ]
    assert [segment.text for segment in article.header] == [
        "Source: Xinhua| 2021-01-27 01:27:25|Editor: huaxia"
    ]


def test_unreadable_header_time_warns() -> None:
    """A header time that names no real time is kept as a field and warned about."""
    story = "T\n\nSource: Xinhua| 2021-02-30 01:27:25|Editor: huaxia\n\nBEIJING (Xinhua) -- X."
    article = wirenews.parse_article(story)
    assert article.published is None
    assert [warning.code for warning in article.warnings] == ["header.unreadable-time"]


def test_body_of_a_story_without_dateline() -> None:
    """Without a dateline, the body is the paragraphs as they are."""
    article = wirenews.parse_article("One.\n\nTwo.")
    assert article.body == "One.\n\nTwo."


def test_trailer_lines_before_marker_stay_in_order() -> None:
    """Yonhap's reporter address before (END) is trailer, in text order."""
    story = "T\n\nSEOUL, Jan. 2 (Yonhap) -- X.\n\nkim@yna.co.kr\n(END)\n\nKeywords"
    article = wirenews.parse_article(story)
    assert article.end_marker is not None
    assert article.end_marker.text == "(END)"
    assert [line.text for line in article.trailer] == ["kim@yna.co.kr", "Keywords"]
