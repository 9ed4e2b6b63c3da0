"""The model's invariants, errors and JSON form."""

from __future__ import annotations

import json
import pickle

import pytest

import wirenews
from wirenews import Article, Segment, Span

STORY = (
    "Title\n\nSource: Xinhua| 2021-01-27 01:27:25|Editor: huaxia\n\n"
    "BEIJING, Jan. 26 (Xinhua) -- X. Enditem"
)


def test_span_rejects_negative_start() -> None:
    """A span cannot start before the text."""
    with pytest.raises(wirenews.ModelError, match="start must be >= 0"):
        Span(start=-1, end=2)


def test_span_rejects_end_before_start() -> None:
    """A span cannot end before it starts."""
    with pytest.raises(ValueError, match="before its start"):
        Span(start=5, end=2)


def test_span_unpacks_and_orders() -> None:
    """Spans unpack to (start, end), have a length, and sort by position."""
    start, end = Span(start=3, end=8)
    assert (start, end, len(Span(start=3, end=8))) == (3, 8, 5)
    assert sorted([Span(start=4, end=5), Span(start=1, end=9)])[0] == Span(start=1, end=9)


def test_segment_text_must_fit_its_span() -> None:
    """A segment whose text is longer than its span is refused."""
    with pytest.raises(wirenews.ModelError, match="text has 3 characters, its span 2"):
        Segment(span=Span(start=0, end=2), text="abc")


def test_article_refuses_spans_that_do_not_slice() -> None:
    """An article's element must be the text its span slices."""
    with pytest.raises(wirenews.ModelError, match="headline span"):
        Article(text="Hello", headline=Segment(span=Span(start=0, end=4), text="Jell"))


def test_article_refuses_spans_past_the_end() -> None:
    """An element beyond the end of the text is refused."""
    with pytest.raises(wirenews.ModelError, match="does not slice"):
        Article(text="Hi", paragraphs=[Segment(span=Span(start=1, end=4), text="abc")])


def test_models_are_frozen() -> None:
    """Results cannot be changed after parsing."""
    article = wirenews.parse_article(STORY)
    with pytest.raises(AttributeError):
        article.source = "Reuters"  # type: ignore[misc]


def test_tuple_fields_accept_lists() -> None:
    """Sequence fields take any iterable and hold a tuple."""
    article = Article(text="", byline=["A B"])
    assert article.byline == ("A B",)


def test_json_round_trip() -> None:
    """to_dict gives JSON data; from_dict rebuilds an equal article."""
    article = wirenews.parse_article(STORY)
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert json.loads(article.to_json()) == data
    assert Article.from_dict(data) == article


def test_json_shape() -> None:
    """Spans are [start, end], times ISO 8601, derived values left out."""
    data = wirenews.parse_article(STORY).to_dict()
    assert data["headline"] == {"span": [0, 5], "text": "Title"}
    assert data["published"] == "2021-01-27T01:27:25+08:00"
    assert data["dateline"]["date"] == "2021-01-26"
    assert "body" not in data
    assert "location" not in data["dateline"]
    assert list(data)[-1] == "text"


def test_from_dict_refuses_bad_data() -> None:
    """Data that does not describe an article raises ModelError, a ValueError."""
    data = wirenews.parse_article(STORY).to_dict()
    data["headline"]["span"] = [0, 3]
    with pytest.raises(wirenews.ModelError, match="not a valid article"):
        Article.from_dict(data)
    with pytest.raises(ValueError, match="not a valid article"):
        Article.from_dict({"headline": None})


def test_to_json_keeps_non_ascii() -> None:
    """JSON output writes non-ASCII text as is."""
    article = wirenews.parse_article("中白两国元首通电话\n\n新华社北京1月26日电 通电话。（完）")
    assert "中白" in article.to_json()


def test_pickle_round_trip() -> None:
    """Articles pickle and unpickle to equal objects (for process pools)."""
    article = wirenews.parse_article(STORY)
    assert pickle.loads(pickle.dumps(article)) == article


def test_repr_is_short() -> None:
    """The repr shows the text's size, not the whole text."""
    article = wirenews.parse_article("x" * 1000)
    assert "<1000 characters>" in repr(article)
    assert len(repr(article)) < 1000


@pytest.mark.parametrize("value", [b"BEIJING", bytearray(b"x"), None, 42, ["a"]])
def test_wrong_types_raise_type_error(value: object) -> None:
    """Anything but a str is a TypeError (InputTypeError) that says what to pass."""
    with pytest.raises(TypeError, match=r"parse_article\(\) takes text as str"):
        wirenews.parse_article(value)  # type: ignore[arg-type]
    with pytest.raises(wirenews.InputTypeError, match=r"parse_dateline\(\) takes text as str"):
        wirenews.parse_dateline(value)  # type: ignore[arg-type]


def test_bytes_message_says_decode() -> None:
    """Bytes get a hint to decode first."""
    with pytest.raises(wirenews.InputTypeError, match="decode it first"):
        wirenews.parse_article(b"x")  # type: ignore[arg-type]


def test_exceptions_share_a_root() -> None:
    """Every wirenews exception is a WirenewsError."""
    assert issubclass(wirenews.InputTypeError, wirenews.WirenewsError)
    assert issubclass(wirenews.ModelError, wirenews.WirenewsError)


def test_public_surface_is_sorted() -> None:
    """The package exports a sorted __all__, each name present."""
    assert wirenews.__all__ == sorted(wirenews.__all__)
    assert all(hasattr(wirenews, name) for name in wirenews.__all__)


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ([], "expected a dict"),
        ({"text": 5}, "expected str"),
    ],
)
def test_from_dict_refuses_wrong_shapes(data: object, match: str) -> None:
    """Non-dict data and wrongly typed values raise ModelError."""
    with pytest.raises(wirenews.ModelError, match=match):
        Article.from_dict(data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("dateline", "locations"), "MINSK"),
        (("byline",), "Jane Doe"),
        (("headline", "span"), [0.0, 5.0]),
        (("warnings",), [{"code": "x", "message": "y", "span": [0, 10_000]}]),
    ],
)
def test_from_dict_is_strict(path: tuple[str, ...], value: object) -> None:
    """A string is not a list, a float not an offset, a span not past the text."""
    data = wirenews.parse_article(STORY).to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(wirenews.ModelError):
        Article.from_dict(data)


@pytest.mark.parametrize(("start", "end"), [("a", "b"), (None, None), (True, 2), (1.0, 2)])
def test_span_offsets_must_be_ints(start: object, end: object) -> None:
    """Offsets of another type raise InputTypeError, a TypeError."""
    with pytest.raises(wirenews.InputTypeError, match="must be an int"):
        Span(start=start, end=end)  # type: ignore[arg-type]


def test_article_text_must_be_a_str() -> None:
    """An Article holds text, not None."""
    with pytest.raises(wirenews.InputTypeError, match="must be a str"):
        Article(text=None)  # type: ignore[arg-type]
