"""Page-header lines in the agencies' formats: times, zones, bylines, sources."""

from __future__ import annotations

import datetime as dt

import pytest

import wirenews

UTC = dt.timezone.utc


def _header(line: str) -> wirenews.Article:
    return wirenews.parse_article(f"Headline here\n\n{line}\n\nBEIJING (Xinhua) -- Body.")


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Source: Xinhua| 2021-01-27 01:27:25|Editor: huaxia", "2021-01-27T01:27:25+08:00"),
        ("(Xinhua) 19:11, December 31, 2022", "2022-12-31T19:11:00+08:00"),
        ("Updated 3:15 PM EST, January 26, 2021", "2021-01-26T15:15:00-05:00"),
        ("Thu, 17 Jun 2021 11:34:41 +0300", "2021-06-17T11:34:41+03:00"),
        ("May 7th, 2025, 01:01 PM", "2025-05-07T13:01:00+08:00"),
        ("posted on 29/11/2015", "2015-11-29T00:00:00+08:00"),
        ("April 23, 2013 / 6:26 PM / in 4 years", "2013-04-23T18:26:00+08:00"),
        ("2021-01-27T01:27:25Z", "2021-01-27T01:27:25+00:00"),
        ("Published: 12 March 2021 08:00 GMT", "2021-03-12T08:00:00+00:00"),
    ],
)
def test_published_times(line: str, published: str) -> None:
    """Each header time format gives its time, zoned as written or by the agency."""
    article = _header(line)
    assert article.published is not None
    assert article.published.isoformat() == published
    assert article.header[0].text == line


def test_ambiguous_zone_stays_naive_without_agency() -> None:
    """IST could be India, Ireland or Israel: the time stays naive when no agency fixes it."""
    article = wirenews.parse_article(
        "Headline\n\nUpdated: 20-10-2020 16:01 IST | Created: 20-10-2020 16:00 IST\n\nBody text."
    )
    assert article.published == dt.datetime(2020, 10, 20, 16, 0)


def test_created_time_wins_over_updated() -> None:
    """The publication time is the created one when both are given."""
    article = wirenews.parse_article(
        "Headline\n\n"
        "PTI | Dubai | Updated: 20-10-2020 16:01 IST | Created: 20-10-2020 15:00 IST\n\n"
        "Dubai, Oct 20 (PTI) Body."
    )
    assert article.source == "PTI"
    assert article.published == dt.datetime(
        2020, 10, 20, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))
    )


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By John Smith and Jane Doe", ["John Smith", "Jane Doe"]),
        ("By John Smith, Reuters", ["John Smith"]),
        (
            "By JASON DEAREN, MICHELLE R. SMITH and AARON KESSLER",
            ["JASON DEAREN", "MICHELLE R. SMITH", "AARON KESSLER"],
        ),
        ("By Ed Adamczyk | Nov. 8, 2021 at 10:11 AM", ["Ed Adamczyk"]),
        ("By Helen Maguire, dpa  =", ["Helen Maguire"]),
        ("By Jan de Vries, AP Business Writer", ["Jan de Vries"]),
        ("By Reuters Staff", []),
    ],
)
def test_bylines(line: str, names: list[str]) -> None:
    """Bylines give people's names, not agencies or roles, each with its span."""
    article = _header(line)
    assert list(article.byline) == names
    fields = [field for field in article.fields if field.name == "byline"]
    assert [field.text for field in fields] == names


def test_sentence_starting_with_by_is_no_byline() -> None:
    """'By the way, ...' after a headline is body text."""
    article = wirenews.parse_article("Headline\n\nBy the way, this is a sentence.\n\nMore.")
    assert article.byline == ()
    assert article.paragraphs[0].text == "By the way, this is a sentence."


def test_source_canonical_name() -> None:
    """A source written in another spelling takes the agency's canonical name."""
    article = _header("Source: XINHUA NEWS AGENCY")
    assert article.source == "Xinhua"


def test_unknown_source_kept_as_written() -> None:
    """A source that is not in the agency table is kept as the page writes it."""
    article = wirenews.parse_article("Headline\n\nSource: Global Times\n\nBody text here.")
    assert article.source == "Global Times"


def test_reading_time_is_a_field() -> None:
    """Reuters' reading time is recognised header chrome with its own field."""
    article = _header("3 Min Read")
    assert [(field.name, field.text) for field in article.fields] == [
        ("reading-time", "3 Min Read")
    ]


def test_two_line_ap_byline() -> None:
    """AP's byline with the agency on the next line: both are header."""
    article = wirenews.parse_article(
        "Headline\n\nBy KIM TONG-HYUNG\nAssociated Press\n\nSEOUL, South Korea (AP) — Body."
    )
    assert article.byline == ("KIM TONG-HYUNG",)
    assert article.source == "AP"
    assert [segment.text for segment in article.header] == ["By KIM TONG-HYUNG", "Associated Press"]
