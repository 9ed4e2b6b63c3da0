"""Assembling an :class:`~wirenews.model.Article` from a layout: the article stage's work.

Values are resolved here, in this order of trust. The agency comes from the page header's
``Source:``, then the dateline's credit, then the end marker's agency. The publication time
comes from the header; a time printed without a zone takes the agency's fixed zone when it
has one (Xinhua pages print Beijing time). A dateline without a year takes the year that puts
its date nearest the reference date: the caller's, else the publication date.

The entry points that check their arguments (:mod:`wirenews._article`) stay pure Python, so
that their errors read the same in every build; this module is compiled in the compiled
build.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import regex

from wirenews import _build as build
from wirenews._dateline import resolve_date
from wirenews._quotes import MAX_WARNINGS, QuoteWarning
from wirenews._reports import report
from wirenews.data.agencies import lookup_agency
from wirenews.model import (
    Article,
    Dateline,
    Field,
    ParseWarning,
    Segment,
    Span,
    TrailerLine,
)

if TYPE_CHECKING:
    from wirenews._dateline import DatelineMatch
    from wirenews._layout import Layout

__all__ = ["build_article"]

_KEYWORD: Final = regex.compile(r"[^,;，、]+")


def build_article(text: str, layout: Layout, reference: dt.date | None) -> Article:
    warnings: list[ParseWarning] = []
    fields = [_field(text, piece.name, piece.start, piece.end) for piece in layout.pieces]
    values: dict[str, list[object]] = {}
    for piece in layout.pieces:
        values.setdefault(piece.name, []).append(piece.value)
        if piece.value is None and piece.name in {"published", "updated"}:
            warnings.append(
                ParseWarning(
                    code="header.unreadable-time",
                    message=f"the header time {text[piece.start : piece.end]!r} is not a real time",
                    span=Span(start=piece.start, end=piece.end),
                )
            )
    editor = _first_str(values.get("editor"))
    trailer, keywords, trailer_editor = _read_trailer(text, layout, fields, editor is None)
    editor = editor or trailer_editor
    source = _first_str(values.get("source"))
    if source is None and layout.dateline is not None:
        source = _known_agency(layout.dateline.agency)
    if source is None and layout.end_marker is not None:
        source = layout.end_marker[2].agency
    published = _published(values, source)
    if reference is None and published is not None:
        reference = published.date()
    dateline = _dateline(text, layout.dateline, reference, warnings)
    paragraphs = [_segment(text, start, end) for start, end in layout.paragraphs]
    if dateline is None and paragraphs:
        warnings.append(
            ParseWarning(code="dateline.missing", message="no dateline opens the story")
        )
    marker = layout.end_marker
    said = report(
        text,
        layout.paragraphs,
        layout.headline,
        layout.dateline.end if layout.dateline is not None else 0,
    )
    _quote_warnings(said.warnings, said.counts, warnings)
    return build.article(
        text=text,
        headline=_segment(text, *layout.headline) if layout.headline is not None else None,
        header=[_segment(text, start, end) for start, end in layout.header],
        source=source,
        published=published,
        editor=editor,
        byline=[value for value in values.get("byline", ()) if isinstance(value, str)],
        dateline=dateline,
        paragraphs=paragraphs,
        end_marker=_segment(text, marker[0], marker[1]) if marker is not None else None,
        trailer=trailer,
        keywords=keywords,
        fields=fields,  # in text order: header pieces, then trailer values
        speakers=said.speakers,
        quotes=said.quotes,
        statements=said.statements,
        headline_statements=said.headline_statements,
        warnings=warnings,
    )


def _quote_warnings(
    found: list[QuoteWarning], counts: dict[str, int], warnings: list[ParseWarning]
) -> None:
    messages = {
        "quote.unclosed": "a quotation mark opens a quote that never closes",
        "quote.unopened": "a closing quotation mark has no opening one",
    }
    warnings.extend(
        ParseWarning(
            code=warning.code,
            message=messages.get(warning.code, warning.code),
            span=Span(start=warning.start, end=warning.end),
        )
        for warning in found
    )
    for code, count in sorted(counts.items()):
        if count > MAX_WARNINGS:
            warnings.append(
                ParseWarning(
                    code=f"{code}.more",
                    message=f"{count - MAX_WARNINGS} more of {code} are not listed",
                )
            )


def _segment(text: str, start: int, end: int) -> Segment:
    return build.segment(text, start, end)


def _field(text: str, name: str, start: int, end: int) -> Field:
    return build.field(text, name, start, end)


def _read_trailer(
    text: str, layout: Layout, fields: list[Field], want_editor: bool
) -> tuple[list[TrailerLine], list[str], str | None]:
    """The trailer lines, the keywords and an editor they name; their fields go to ``fields``.

    Antara names the editor in its trailer; that is read when the header named none.
    """
    trailer: list[TrailerLine] = []
    keywords: list[str] = []
    editor: str | None = None
    for item in layout.trailer:
        trailer.append(build.trailer_line(text, item.start, item.end, item.kind))
        if item.value is None:
            continue
        if item.kind == "keywords":
            for keyword in _KEYWORD.finditer(text, item.value[0], item.value[1]):
                start, end = _strip(text, keyword.start(), keyword.end())
                if start < end:
                    keywords.append(text[start:end])
                    fields.append(_field(text, "keyword", start, end))
        elif item.kind == "editor" and want_editor and editor is None:
            start, end = _strip(text, item.value[0], item.value[1])
            if start < end:
                editor = text[start:end]
                fields.append(_field(text, "editor", start, end))
    return trailer, keywords, editor


def _first_str(found: list[object] | None) -> str | None:
    for value in found or ():
        if isinstance(value, str):
            return value
    return None


def _known_agency(credit: str | None) -> str | None:
    agency = lookup_agency(credit) if credit is not None else None
    return agency.name if agency is not None else credit


def _published(values: dict[str, list[object]], source: str | None) -> dt.datetime | None:
    """The first readable publication time (an update time if that is all), zoned if known."""
    for name in ("published", "updated"):
        for value in values.get(name, ()):
            if isinstance(value, dt.datetime):
                return _zoned(value, source)
    return None


def _zoned(value: dt.datetime, source: str | None) -> dt.datetime:
    if value.tzinfo is not None or source is None:
        return value
    agency = lookup_agency(source)
    if agency is None or agency.utc_offset is None:
        return value
    return value.replace(tzinfo=dt.timezone(agency.utc_offset))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _dateline(
    text: str,
    found: DatelineMatch | None,
    reference: dt.date | None,
    warnings: list[ParseWarning],
) -> Dateline | None:
    if found is None:
        return None
    year, date = resolve_date(found.month, found.day, found.year, reference)
    span = build.span(found.start, found.end)
    if found.month is not None and found.day is not None and date is None and (year or reference):
        warnings.append(
            ParseWarning(
                code="dateline.invalid-date",
                message=f"no such date: month {found.month}, day {found.day}",
                span=span,
            )
        )
    return Dateline(
        span=span,
        text=text[found.start : found.end],
        locations=found.locations,
        region=found.region,
        month=found.month,
        day=found.day,
        year=year,
        date=date,
        agency=found.agency,
        separator=found.separator,
    )
