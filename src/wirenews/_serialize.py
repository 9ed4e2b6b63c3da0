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
from wirenews.model import Article, Span, Speaker

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
    # A quote's speaker arrives already built, the very object in the article's speakers.
    speaker = make_dict_structure_fn(Speaker, converter, _cattrs_forbid_extra_keys=True)
    converter.register_structure_hook(
        Speaker, lambda value, kind: value if isinstance(value, Speaker) else speaker(value, kind)
    )
    return converter


_CONVERTER = _make_converter()


def unstructure_article(article: Article) -> dict[str, Any]:
    """The article as plain data (dicts, lists, strings, numbers, None).

    A quote's ``speaker`` is written as the index of its speaker in ``speakers``, so that
    each speaker and its mentions appear once.
    """
    data: dict[str, Any] = _lists(_CONVERTER.unstructure(article))
    positions = {id(speaker): number for number, speaker in enumerate(article.speakers)}
    for quote, written in zip(article.quotes, data["quotes"], strict=True):
        speaker = quote.speaker
        if speaker is not None:
            number = positions.get(id(speaker))
            written["speaker"] = number if number is not None else article.speakers.index(speaker)
    return data


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(item) for item in value]
    return value


def _with_speakers(data: dict[str, Any]) -> dict[str, Any]:
    """The data with speakers built, and each quote's speaker index replaced by its speaker."""
    quotes = data.get("quotes")
    speakers = data.get("speakers")
    if not isinstance(quotes, list) or not isinstance(speakers, list):
        return data
    built = list(_CONVERTER.structure(speakers, tuple[Speaker, ...]))
    resolved = []
    for quote in quotes:
        if not isinstance(quote, dict) or quote.get("speaker") is None:
            resolved.append(quote)
            continue
        number = quote["speaker"]
        if (
            not isinstance(number, int)
            or isinstance(number, bool)
            or not (0 <= number < len(speakers))
        ):
            msg = f"a quote's speaker must index the speakers, got {number!r:.40}"
            raise TypeError(msg)
        resolved.append({**quote, "speaker": built[number]})
    return {**data, "speakers": built, "quotes": resolved}


def structure_article(data: object) -> Article:
    """An article from plain data; :class:`ModelError` if it does not describe a valid one."""
    if not isinstance(data, dict):
        message = f"not a valid article: expected a dict, got {type(data).__name__}"
        raise ModelError(message)
    try:
        return _CONVERTER.structure(_with_speakers(data), Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        detail = (
            "; ".join(cattrs.transform_error(error))
            if isinstance(error, cattrs.BaseValidationError)
            else str(error)
        )
        message = f"not a valid article: {detail}"
        raise ModelError(message) from error
