"""The founding article against its hand-labelled expectation (layout, speakers, quotes)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import wirenews

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xinhua-2021-01-26-china-belarus.txt"
SHARED = ROOT.parent / "shared" / "corpora" / "seed"


@pytest.fixture(scope="module")
def text() -> str:
    """The founding article as shipped in examples/."""
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(text: str) -> wirenews.Article:
    """The founding article, parsed."""
    return wirenews.parse_article(text)


@pytest.fixture(scope="module")
def expected() -> dict[str, Any]:
    """The expectation, from the shared corpora when present, else the values it holds."""
    path = SHARED / "xinhua-2021-01-26-china-belarus.expected.json"
    if path.exists():
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data
    return {
        "headline": (
            "Xi calls for high-quality development of China-Belarus Belt and Road cooperation"
        ),
        "headline_span": [0, 80],
        "source": "Xinhua",
        "published": "2021-01-27T01:27:25+08:00",
        "editor": "huaxia",
        "dateline": {
            "text": "BEIJING, Jan. 26 (Xinhua) --",
            "span": [134, 162],
            "locations": ["BEIJING"],
            "month": 1,
            "day": 26,
            "date": "2021-01-26",
            "agency": "Xinhua",
        },
        "paragraphs": 11,
        "first_paragraph_starts": "BEIJING, Jan. 26 (Xinhua) -- Chinese President Xi Jinping",
        "last_paragraph_ends": "a happy New Year, prosperity and health.",
        "end_marker": {"text": "Enditem", "span": [3025, 3032]},
        "trailer_lines": [
            "KEY WORDS:",
            "EXPLORE XINHUANET",
            "010020070750000000000000011100001396997181",
        ],
        "keywords": [],
        "speakers": [
            {"name": "Xi Jinping", "title": "Chinese President", "aliases": ["Xi"]},
            {
                "name": "Alexander Lukashenko",
                "title": "Belarusian President",
                "aliases": ["Lukashenko"],
            },
        ],
        "quotes": [
            {
                "text": (
                    "I believe that as long as the two sides can uphold the spirit of mutual"
                    " trust and win-win cooperation, the China-Belarus comprehensive strategic"
                    " partnership will surely achieve greater development,"
                ),
                "text_span": [1359, 1556],
                "speaker": "Xi Jinping",
                "cue": "said",
                "source": "he",
            }
        ],
    }


def test_example_is_the_shared_seed(text: str) -> None:
    """The shipped example is byte for byte the founding article."""
    shared = SHARED / "xinhua-2021-01-26-china-belarus.txt"
    if not shared.exists():
        pytest.skip("shared corpora not present")
    assert text == shared.read_text(encoding="utf-8")


def test_header(article: wirenews.Article, expected: dict[str, Any]) -> None:
    """Headline, source, published time (Beijing time) and editor are as labelled."""
    assert article.headline is not None
    assert article.headline.text == expected["headline"]
    assert list(article.headline.span) == expected["headline_span"]
    assert article.source == expected["source"]
    assert article.published is not None
    assert article.published.isoformat() == expected["published"]
    assert article.published.utcoffset() == dt.timedelta(hours=8)
    assert article.editor == expected["editor"]
    assert article.byline == ()


def test_dateline(article: wirenews.Article, expected: dict[str, Any]) -> None:
    """Every labelled dateline field comes out exactly."""
    dateline = article.dateline
    labelled = expected["dateline"]
    assert dateline is not None
    assert dateline.text == labelled["text"]
    assert list(dateline.span) == labelled["span"]
    assert list(dateline.locations) == labelled["locations"]
    assert dateline.location == labelled["locations"][0]
    assert (dateline.month, dateline.day) == (labelled["month"], labelled["day"])
    assert dateline.date is not None
    assert dateline.date.isoformat() == labelled["date"]
    assert dateline.agency == labelled["agency"]
    assert dateline.separator == "--"


def test_paragraphs(article: wirenews.Article, expected: dict[str, Any]) -> None:
    """Eleven paragraphs, the first opening with the dateline, the last before Enditem."""
    assert len(article.paragraphs) == expected["paragraphs"]
    assert article.paragraphs[0].text.startswith(expected["first_paragraph_starts"])
    assert article.paragraphs[-1].text.endswith(expected["last_paragraph_ends"])


def test_end_marker_and_trailer(article: wirenews.Article, expected: dict[str, Any]) -> None:
    """Enditem with its span; the trailer lines and (no) keywords."""
    assert article.end_marker is not None
    assert article.end_marker.text == expected["end_marker"]["text"]
    assert list(article.end_marker.span) == expected["end_marker"]["span"]
    assert [line.text for line in article.trailer] == expected["trailer_lines"]
    assert [line.kind for line in article.trailer] == ["keywords", "chrome", "page-id"]
    assert list(article.keywords) == expected["keywords"]


def test_no_warnings(article: wirenews.Article) -> None:
    """The founding article parses without a warning."""
    assert article.warnings == ()


def test_body_has_no_dateline_or_marker(article: wirenews.Article) -> None:
    """The derived body drops the dateline and the end marker."""
    assert article.body.startswith("Chinese President Xi Jinping on Tuesday")
    assert article.body.endswith("prosperity and health.")
    assert "Enditem" not in article.body


def test_speakers(article: wirenews.Article, expected: dict[str, Any]) -> None:
    """Xi Jinping and Alexander Lukashenko, each with the title and short form the story uses."""
    got = [
        {"name": speaker.name, "title": speaker.title, "aliases": list(speaker.aliases)}
        for speaker in article.speakers
    ]
    assert got == expected["speakers"]
    assert [speaker.kind for speaker in article.speakers] == ["person", "person"]


def test_quotes(article: wirenews.Article, expected: dict[str, Any]) -> None:
    """The one quotation, said by Xi Jinping through ``he``, with its cue and spans."""
    got = [
        {
            "text": quote.text,
            "text_span": list(quote.text_span),
            "speaker": quote.speaker.name if quote.speaker else None,
            "cue": quote.cue.text if quote.cue else None,
            "source": quote.source.text if quote.source else None,
        }
        for quote in article.quotes
    ]
    assert got == expected["quotes"]
    (quote,) = article.quotes
    assert article.text[quote.span.start] == article.text[quote.span.end - 1] == '"'
    assert not quote.partial
    assert not quote.inferred


def test_every_mention_is_attached_to_the_right_speaker(article: wirenews.Article) -> None:
    """Names, short forms and pronouns outside the quotation, each with its offset."""
    mentions = {
        speaker.name: [(mention.text, mention.span.start) for mention in speaker.mentions]
        for speaker in article.speakers
    }
    assert mentions == {
        "Xi Jinping": [
            ("Xi", 0),
            ("Chinese President Xi Jinping", 163),
            ("his", 309),
            ("Xi", 384),
            ("Xi", 490),
            ("Xi", 923),
            ("He", 1171),
            ("he", 1558),
            ("Xi", 1568),
            ("Xi", 2007),
        ],
        "Alexander Lukashenko": [
            ("Belarusian President Alexander Lukashenko", 341),
            ("his", 2022),
            ("Lukashenko", 2032),
            ("his", 2053),
            ("he", 2273),
            ("his", 2383),
            ("he", 2499),
            ("He", 2669),
            ("his", 2687),
            ("he", 2955),
        ],
    }
    for speaker in article.speakers:
        for mention in speaker.mentions:
            assert article.text[mention.span.start : mention.span.end] == mention.text
