"""JSON-ready (un)structuring of the model, with cattrs.

Spans become ``[start, end]`` lists, dates and datetimes ISO 8601 strings, tuples lists.
The converter is configured once, at import, and never changed afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, get_args, get_origin

import cattrs
from cattrs.gen import make_dict_structure_fn

from wirenews.errors import ModelError
from wirenews.model import Article, Quote, Span, Speaker

__all__ = ["structure_article", "unstructure_article"]


def _structure_span(value: Any, _: type) -> Span:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        msg = f"a span is [start, end], not {value!r:.40}"
        raise TypeError(msg)
    start, end = value
    return Span(start=start, end=end)


def _strict(kind: type) -> Any:
    """A structure hook that takes only values of ``kind`` (no str from 5, no int from 5.9)."""

    def structure(value: Any, _: type) -> Any:
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            msg = f"expected {kind.__name__}, got {type(value).__name__} {value!r:.40}"
            raise TypeError(msg)
        return value

    return structure


def _is_tuple(kind: Any) -> bool:
    return get_origin(kind) is tuple


def _tuple_hook(converter: cattrs.Converter) -> Any:
    def factory(kind: Any) -> Any:
        (element, _) = get_args(kind)

        def structure(value: Any, _: type) -> tuple[Any, ...]:
            if not isinstance(value, (list, tuple)):
                msg = f"expected a list, got {type(value).__name__} {value!r:.40}"
                raise TypeError(msg)
            return tuple(converter.structure(item, element) for item in value)

        return structure

    return factory


def _built_or(kind: type, converter: cattrs.Converter) -> Any:
    """A structure hook that passes an already built ``kind`` through."""
    build: Any = make_dict_structure_fn(kind, converter, _cattrs_forbid_extra_keys=True)

    def structure(value: Any, _: type) -> Any:
        return value if isinstance(value, kind) else build(value, kind)

    return structure


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(str, _strict(str))
    converter.register_structure_hook(int, _strict(int))
    converter.register_structure_hook(bool, _strict(bool))
    converter.register_structure_hook_factory(_is_tuple, _tuple_hook(converter))
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(
        dt.datetime, lambda value, _: dt.datetime.fromisoformat(value)
    )
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    # Speakers and quotes arrive already built where they are referred to: the very objects
    # of the article's speakers and quotes.
    for kind in (Speaker, Quote):
        converter.register_structure_hook(kind, _built_or(kind, converter))
    return converter


_CONVERTER = _make_converter()


def unstructure_article(article: Article) -> dict[str, Any]:
    """The article as plain data (dicts, lists, strings, numbers, None).

    A quote's or statement's ``speaker`` is written as the index of its speaker in
    ``speakers``, and a statement's ``quote`` as the index of its quote in ``quotes``, so
    that each speaker and quote appears once.
    """
    data: dict[str, Any] = _lists(_CONVERTER.unstructure(article))
    speakers = _Positions(article.speakers)
    quotes = _Positions(article.quotes)
    for quote, written in zip(article.quotes, data["quotes"], strict=True):
        written["speaker"] = speakers.of(quote.speaker)
    for name in _STATEMENT_FIELDS:
        for statement, written in zip(getattr(article, name), data[name], strict=True):
            written["speaker"] = speakers.of(statement.speaker)
            written["quote"] = quotes.of(statement.quote)
    return data


_STATEMENT_FIELDS = ("statements", "headline_statements")


class _Positions:
    """Where each of a tuple's elements stands in it, by identity (by equality failing that)."""

    def __init__(self, elements: tuple[Any, ...]) -> None:
        self.elements = elements
        self.positions = {id(element): number for number, element in enumerate(elements)}

    def of(self, element: object) -> int | None:
        if element is None:
            return None
        number = self.positions.get(id(element))
        return number if number is not None else self.elements.index(element)


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(item) for item in value]
    return value


def _index(value: object, built: list[Any], what: str) -> Any:
    """The element of ``built`` that ``value`` indexes (None stays None)."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < len(built):
        msg = f"a {what} must index the {what}s, got {value!r:.40}"
        raise TypeError(msg)
    return built[value]


def _resolved(items: object, references: dict[str, tuple[list[Any], str]]) -> object:
    """``items`` (a list of dicts) with each reference field replaced by what it indexes."""
    if not isinstance(items, list):
        return items
    resolved = []
    for item in items:
        if isinstance(item, dict):
            item = {  # noqa: PLW2901 (each item is rebuilt with its references resolved)
                **item,
                **{
                    field: _index(item[field], built, what)
                    for field, (built, what) in references.items()
                    if field in item
                },
            }
        resolved.append(item)
    return resolved


def _with_references(data: dict[str, Any]) -> dict[str, Any]:
    """The data with speakers and quotes built, and the indexes into them replaced by them."""
    speakers = data.get("speakers")
    if not isinstance(speakers, list):
        return data
    built_speakers = list(_CONVERTER.structure(speakers, tuple[Speaker, ...]))
    quotes = _resolved(data.get("quotes"), {"speaker": (built_speakers, "speaker")})
    built_quotes = list(_CONVERTER.structure(quotes, tuple[Quote, ...]))
    references: dict[str, tuple[list[Any], str]] = {
        "speaker": (built_speakers, "speaker"),
        "quote": (built_quotes, "quote"),
    }
    resolved = {name: _resolved(data.get(name), references) for name in _STATEMENT_FIELDS}
    return {
        **data,
        "speakers": built_speakers,
        "quotes": built_quotes,
        **{name: value for name, value in resolved.items() if name in data},
    }


def structure_article(data: object) -> Article:
    """An article from plain data; :class:`ModelError` if it does not describe a valid one."""
    if not isinstance(data, dict):
        message = f"not a valid article: expected a dict, got {type(data).__name__}"
        raise ModelError(message)
    try:
        return _CONVERTER.structure(_with_references(data), Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        detail = (
            "; ".join(cattrs.transform_error(error))
            if isinstance(error, cattrs.BaseValidationError)
            else str(error)
        )
        message = f"not a valid article: {detail}"
        raise ModelError(message) from error
