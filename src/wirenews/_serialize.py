"""JSON-ready (un)structuring of the model, with cattrs.

Spans become ``[start, end]`` lists, dates and datetimes ISO 8601 strings, tuples lists.
The converter is configured once, at import, and never changed afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import cattrs

from wirenews.errors import ModelError
from wirenews.model import Article, Span

__all__ = ["structure_article", "unstructure_article"]


def _structure_span(value: Any, _: type) -> Span:
    start, end = value
    return Span(start=int(start), end=int(end))


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    converter.register_structure_hook(Span, _structure_span)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_structure_hook(
        dt.datetime, lambda value, _: dt.datetime.fromisoformat(value)
    )
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook(dt.date, lambda value, _: dt.date.fromisoformat(value))
    return converter


_CONVERTER = _make_converter()


def unstructure_article(article: Article) -> dict[str, Any]:
    """The article as plain data (dicts, lists, strings, numbers, None)."""
    data: dict[str, Any] = _lists(_CONVERTER.unstructure(article))
    return data


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(item) for item in value]
    return value


def structure_article(data: dict[str, Any]) -> Article:
    """An article from plain data; :class:`ModelError` if it does not describe a valid one."""
    try:
        return _CONVERTER.structure(data, Article)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as error:
        detail = (
            "; ".join(cattrs.transform_error(error))
            if isinstance(error, cattrs.BaseValidationError)
            else str(error)
        )
        message = f"not a valid article: {detail}"
        raise ModelError(message) from error
