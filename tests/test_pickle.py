"""Parsed articles pickle to equal articles, speakers and quotes still shared, at every protocol.

Process pools and Dask's workers send articles between processes with pickle.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import wirenews
from tests.strategies import StorySpec, story_specs, wire_texts

ROOT = Path(__file__).parent.parent
FOUNDING = ROOT / "examples" / "xinhua-2021-01-26-china-belarus.txt"
CASES = ROOT / "tests" / "cases"

PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)

_NAMES = ("John Smith", "Maria Lopez", "Wang Yi", "Ahmed Hassan")
_TITLES = ("", "Foreign Minister ", "spokeswoman ", "Senator ")
_CUES = ("said", "told reporters", "added", "stressed")


def _case_inputs() -> list[tuple[str, str]]:
    return [
        (f"{name}/{case['label']}", case["input"])
        for name in ("articles", "datelines", "not-datelines")
        for case in json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))
    ]


CASE_INPUTS = _case_inputs()


def _links(article: wirenews.Article) -> list[tuple[str, int | None, int | None]]:
    """Which listed speaker (by identity) each quote and statement names, and which quote."""

    def index(item: object, among: tuple[object, ...]) -> int | None:
        return next((number for number, other in enumerate(among) if other is item), None)

    links: list[tuple[str, int | None, int | None]] = [
        ("quote", index(quote.speaker, article.speakers), None) for quote in article.quotes
    ]
    for statement in (*article.statements, *article.headline_statements):
        speaker = index(statement.speaker, article.speakers)
        links.append(("statement", speaker, index(statement.quote, article.quotes)))
    return links


def _assert_pickles(article: wirenews.Article) -> None:
    for protocol in PROTOCOLS:
        copy = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert copy == article, protocol
        assert _links(copy) == _links(article), protocol


@st.composite
def quoted_stories(draw: st.DrawFn) -> str:
    """A rendered story with quotations attributed to named, titled speakers after its dateline."""
    spec: StorySpec = draw(story_specs())
    body = list(spec.paragraphs[1:])
    for _ in range(draw(st.integers(1, 3))):
        name = draw(st.sampled_from(_NAMES))
        title = draw(st.sampled_from(_TITLES))
        cue = draw(st.sampled_from(_CUES))
        words = " ".join(draw(st.lists(st.sampled_from(spec.paragraphs), min_size=1, max_size=2)))
        if draw(st.booleans()):
            quoted = f'"{words[:-1]}," {title}{name} {cue}.'
        else:
            quoted = f'{title}{name} {cue}: "{words}"'
        body.insert(draw(st.integers(0, len(body))), quoted)
    opening = f"{spec.dateline.text} {spec.paragraphs[0]}"
    return "\n\n".join([spec.headline, opening, *body, "Enditem"])


def test_founding_article_pickles() -> None:
    """The founding article pickles to an equal article whose quote speaks as speakers[0]."""
    article = wirenews.parse_article(FOUNDING.read_text(encoding="utf-8"))
    assert article.quotes[0].speaker is article.speakers[0]
    _assert_pickles(article)
    copy = pickle.loads(pickle.dumps(article))
    assert copy.quotes[0].speaker is copy.speakers[0]
    assert all(s.speaker is copy.speakers[0] for s in copy.statements[:4])


@pytest.mark.parametrize("text", [text for _, text in CASE_INPUTS], ids=[i for i, _ in CASE_INPUTS])
def test_cases_pickle(text: str) -> None:
    """Every golden case's article pickles at every protocol, links kept."""
    _assert_pickles(wirenews.parse_article(text))


@given(story_specs())
def test_generated_stories_pickle(spec: StorySpec) -> None:
    """Any rendered story's article pickles at every protocol."""
    _assert_pickles(wirenews.parse_article(spec.text))


@given(quoted_stories() | wire_texts())
def test_quoted_stories_pickle(text: str) -> None:
    """Articles dense in quotes and speakers pickle with every link to a speaker kept."""
    _assert_pickles(wirenews.parse_article(text))


@given(quoted_stories())
def test_quoted_stories_have_attributed_quotes(text: str) -> None:
    """The quoted-story strategy gives quotations, and speakers for the parser to link."""
    article = wirenews.parse_article(text)
    assert article.quotes
    assert article.speakers
    assert any(quote.speaker is not None for quote in article.quotes)
