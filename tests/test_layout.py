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


def test_inline_marker_is_the_one_ending_the_line() -> None:
    """Marker words earlier in the line's last characters are words; the one at its end closes."""
    text = "BEIJING, Jan. 5 (Xinhua) -- The end item was, Reuters said, the (END) of it. Enditem  "
    article = wirenews.parse_article(text)
    assert article.end_marker is not None
    assert article.end_marker.text == "Enditem"
    assert text[article.end_marker.span.start : article.end_marker.span.end] == "Enditem"
    assert article.paragraphs[-1].text.endswith("the (END) of it.")


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


@pytest.mark.parametrize(
    "paragraph",
    [
        "The survey was conducted September 16-19, using a panel of 600 respondents.",
        "In an email dated Feb. 12, 2012 \u2014 seven months before the attack \u2014 he wrote.",
    ],
)
def test_dated_sentence_in_a_later_paragraph_is_no_dateline(paragraph: str) -> None:
    """Below the first body line only a credited dateline counts."""
    article = wirenews.parse_article(f"Headline\n\nA poll shows a shift.\n\n{paragraph}")
    assert article.dateline is None
    assert [warning.code for warning in article.warnings] == ["dateline.missing"]


@pytest.mark.parametrize(
    "line",
    [
        "EDITOR'S NOTE: This story contains graphic descriptions.",
        "Q: What are your plans?",
        "NATO - the Western military alliance - said on Tuesday it would raise spending.",
        "The Associated Press (AP) has learned of the plan.",
        "Jan. 26, 2020 - China locks down Wuhan.",
        "Tuesday, Jan. 26 - The markets opened.",
    ],
)
def test_labels_and_sentences_are_no_datelines(line: str) -> None:
    """Copy labels, sentences with dashes and timeline entries do not open a story."""
    assert wirenews.parse_article(f"Headline\n\n{line}\n\nMore text.").dateline is None


def test_scene_break_is_not_a_trailer() -> None:
    """A row of stars between sections keeps the story after it in the body."""
    story = (
        "Life in the camps\n\nKUTUPALONG, Bangladesh (AP) \u2014 The camp is home to many.\n\n"
        '***\n\nAt night, the camp falls silent.\n\n"We have nowhere to go," said one mother.'
    )
    article = wirenews.parse_article(story)
    assert article.trailer == ()
    assert article.paragraphs[-1].text == '"We have nowhere to go," said one mother.'


def test_wrapped_continuation_is_no_credit_line() -> None:
    """A wrapped line "produced by ..." before Reuter stays in its paragraph."""
    story = (
        "EAGLE ENTERTAINMENT ISSUES BONDS\n\n    LOS ANGELES, March 18 - Eagle said its\n"
        "subsidiary issued completion bonds.\n    Both films, Green Monkey and Street Justice,"
        " are being\nproduced by Sandy Howard.\n Reuter\n"
    )
    article = wirenews.parse_article(story)
    assert article.paragraphs[-1].text.endswith("are being\nproduced by Sandy Howard.")
    assert article.trailer == ()


@pytest.mark.parametrize(
    "last",
    [
        "Research by the university showed similar effects for tea.",
        "Copyright law has not kept pace with technology, the justices wrote.",
        "Produced by Shonda Rhimes, the show stars several newcomers.",
        "Editor: the newspaper's editor said he would resign.",
    ],
)
def test_sentences_are_not_trailer_lines(last: str) -> None:
    """A closing paragraph that merely starts like a credit or label stays in the body."""
    article = wirenews.parse_article(
        f"Headline\n\nLONDON (Reuters) - Something happened.\n\n{last}"
    )
    assert article.paragraphs[-1].text == last
    assert article.editor is None


def test_headline_ending_in_a_point_above_a_dateline() -> None:
    """A first line ending "U.S." above a dateline is still the headline."""
    story = (
        "JAPAN TO CUT TARIFFS ON IMPORTS FROM U.S.\n\n"
        "TOKYO, March 3 - Japan will cut tariffs.\nReuter"
    )
    article = wirenews.parse_article(story)
    assert article.headline is not None
    assert article.headline.text == "JAPAN TO CUT TARIFFS ON IMPORTS FROM U.S."


def test_title_cased_headline_ending_in_a_point() -> None:
    """A title-cased first line ending in a point is a headline (PolNeAR's copies)."""
    article = wirenews.parse_article(
        "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nA poll shows it."
    )
    assert article.headline is not None
    assert article.headline.text.startswith("Poll: Wealthy Voters")


def test_quoted_first_paragraph_is_no_headline() -> None:
    """A first paragraph ending in '."' is a sentence, not a headline."""
    article = wirenews.parse_article(
        'He said: "We will win the war, whatever it takes."\n\nThe president spoke.'
    )
    assert article.headline is None


def test_colon_headline_right_above_the_dateline() -> None:
    """A headline with a colon directly above a credited dateline is the headline."""
    article = wirenews.parse_article(
        "WHO: Covid cases rise in Europe\nGENEVA, Jan 26 (Reuters) - The WHO said."
    )
    assert article.headline is not None
    assert article.headline.text == "WHO: Covid cases rise in Europe"
    assert article.dateline is not None
    assert article.dateline.text == "GENEVA, Jan 26 (Reuters) -"


def test_caption_before_the_dateline_stays_in_the_body() -> None:
    """A caption line above the dateline is its own paragraph, and the body keeps it."""
    story = (
        "Shares fall\n\nPhoto: A man walks past a screen\nLONDON (Reuters) - Shares fell.\n\nMore."
    )
    article = wirenews.parse_article(story)
    assert article.paragraphs[0].text == "Photo: A man walks past a screen"
    assert "Photo: A man walks past a screen" in article.body
    assert "(Reuters)" not in article.body


def test_one_sentence_lines_are_paragraphs() -> None:
    """Web copy with a short paragraph a line keeps each line a paragraph."""
    story = (
        "Title\nLONDON (Reuters) - Shares fell on Tuesday as investors fretted about the economy.\n"
        "The FTSE 100 lost 1 percent.\nBanks led the losses."
    )
    assert len(wirenews.parse_article(story).paragraphs) == 3


def test_agency_formats_from_review() -> None:
    """Reuters Health credits, ANI's inline close, AP's role line, AFP's initials."""
    dateline = wirenews.parse_dateline("NEW YORK (Reuters Health) - People who drink coffee.")
    assert dateline is not None
    assert (dateline.agency, dateline.region) == ("Reuters", None)
    article = wirenews.parse_article(
        "CM reviews floods\n\nMumbai, Nov 02 (ANI): The CM reviewed floods.\n\n"
        "He directed officials to provide relief. (ANI)"
    )
    assert article.end_marker is not None
    assert article.end_marker.text == "(ANI)"
    article = wirenews.parse_article(
        "Title\n\nBy MATTHEW LEE\nAP Diplomatic Writer\n\nWASHINGTON (AP) — x."
    )
    assert article.paragraphs[0].text == "WASHINGTON (AP) — x."
    article = wirenews.parse_article("Title\n\nPARIS (AFP) - Talks ended.\n\nbur/jh")
    assert article.end_marker is not None
    assert article.end_marker.text == "bur/jh"
