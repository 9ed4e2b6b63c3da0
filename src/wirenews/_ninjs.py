"""Export an article as an IPTC ninjs 2.2 news item (News in JSON).

The result is plain data (dicts, lists, strings) that validates against the ninjs 2.2 JSON
schema. Only what the article gives is exported: a property the article has no value for is
left out rather than given an empty string or an empty list. What maps to what, and why, is
described in ``docs/ninjs.md``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from typing import TYPE_CHECKING, Any

import regex

from wirenews.data.page_ids import PAGE_IDS
from wirenews.errors import InputTypeError, ModelError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from wirenews.model import Article, Dateline

__all__ = ["content_uri", "to_ninjs"]

NINJS_STANDARD = {
    "name": "ninjs",
    "version": "2.2",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
}
"""The standard an exported item follows, as ninjs' own ``standard`` property states it."""

_ORIGINATOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/origcont"
"""IPTC Content Production Party Role: the party that originated the content (the agency)."""
_EDITOR = "http://cv.iptc.org/newscodes/contentprodpartyrole/editor"
"""IPTC Content Production Party Role: the party that edited the content."""

_PAGE_IDS = {entry.agency: regex.compile(entry.pattern, regex.ASCII) for entry in PAGE_IDS}
"""Each agency's page-id pattern, compiled once."""

_URI = regex.compile(
    r"""
    [A-Za-z][A-Za-z0-9+.\-]*:   # a scheme (RFC 3986, section 3.1)
    [^\s\p{Cc}]*                # then anything but whitespace and control characters
    """,
    regex.VERBOSE,
)
"""What a caller's ``uri`` must look like: an absolute URI, at least on its face."""


def to_ninjs(article: Article, uri: str | None = None) -> dict[str, Any]:
    """Return ``article`` as a ninjs 2.2 news item: plain, JSON-ready data.

    ``uri`` identifies the item; without one, the item gets a name derived from its exact
    text (:func:`content_uri`), the same on every machine.

    >>> import wirenews
    >>> article = wirenews.parse_article("Talks held\\n\\nMINSK, 3 April (BelTA) - Talks held.")
    >>> item = to_ninjs(article, "urn:example:talks")
    >>> item["uri"], item["headlines"], item["located"]
    ('urn:example:talks', [{'role': 'main', 'value': 'Talks held'}], 'MINSK')
    """
    if uri is None:
        item: dict[str, Any] = {"uri": content_uri(article.text), "version": "1"}
    else:
        item = {"uri": _checked_uri(uri)}
    item["standard"] = dict(NINJS_STANDARD)
    item["type"] = "text"
    body = article.body
    item["representationtype"] = "full" if body else "partial"
    if article.published is not None and article.published.utcoffset() is not None:
        item["firstcreated"] = _rfc3339(article.published)
    headline = article.headline.joined if article.headline is not None else ""
    if headline:
        item["headlines"] = [{"role": "main", "value": headline}]
    if article.byline:
        item["by"] = _names(article.byline)
    dateline = article.dateline
    if dateline is not None and dateline.locations:
        item["located"] = _located(dateline)
    if body:
        item["bodies"] = [{"role": "main", "contenttype": "text/plain", "value": body}]
    _put(item, "people", _speakers(article, "person"))
    _put(item, "organisations", _speakers(article, "organization"))
    if dateline is not None:
        _put(item, "places", _places(dateline))
    _put(item, "subjects", [{"name": keyword} for keyword in _unique(article.keywords)])
    _put(item, "infosources", _infosources(article))
    _put(item, "altids", _altids(article))
    notices = [" ".join(line.text.split()) for line in article.trailer if line.kind == "copyright"]
    if notices:
        item["copyrightnotice"] = " ".join(notices)
    return item


def content_uri(text: str) -> str:
    """Name ``text`` by its SHA-256 digest, as an RFC 6920 ``ni`` URI.

    The digest is of the text's UTF-8 bytes (lone surrogates encoded as they stand), so the
    same text gets the same URI everywhere, and any other text another one.

    >>> content_uri("BEIJING, Jan. 26 (Xinhua) -- Talks were held.")
    'ni:///sha-256;...'
    """
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
    return "ni:///sha-256;" + base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def _checked_uri(uri: object) -> str:
    if not isinstance(uri, str):
        msg = f"to_ninjs() takes uri as str or None, not {type(uri).__name__}"
        raise InputTypeError(msg)
    if _URI.fullmatch(uri) is None:
        msg = f"a ninjs uri is an absolute URI such as 'urn:example:1', not {uri!r:.60}"
        raise ModelError(msg)
    return uri


def _rfc3339(moment: dt.datetime) -> str:
    """An aware time as RFC 3339 wants it: an offset of whole minutes (UTC otherwise)."""
    offset = moment.utcoffset()
    if offset is not None and offset % dt.timedelta(minutes=1):
        moment = moment.astimezone(dt.timezone.utc)
    return moment.isoformat()


def _names(names: Iterable[str]) -> str:
    """Names as a sentence would list them: ``A``, ``A and B``, ``A, B and C``."""
    *rest, last = names
    return f"{', '.join(rest)} and {last}" if rest else last


def _located(dateline: Dateline) -> str:
    """The dateline's places as written (``WASHINGTON/BEIJING``), then its region."""
    places = "/".join(dateline.locations)
    return f"{places}, {dateline.region}" if dateline.region else places


def _places(dateline: Dateline) -> list[dict[str, str]]:
    """One place per dateline location; a region qualifies a lone place, else stands alone."""
    region = dateline.region
    if region and len(dateline.locations) == 1:
        return [{"name": f"{dateline.locations[0]}, {region}"}]
    names = [*dateline.locations, *([region] if region else [])]
    return [{"name": name} for name in _unique(names)]


def _speakers(article: Article, kind: str) -> list[dict[str, str]]:
    names = (speaker.name for speaker in article.speakers if speaker.kind == kind)
    return [{"name": name} for name in _unique(names)]


def _infosources(article: Article) -> list[dict[str, str]]:
    """The agency credited (header, dateline or end marker) and the page's editor."""
    agencies = [article.source, article.dateline.agency if article.dateline else None]
    sources = [{"name": name, "role": _ORIGINATOR} for name in _unique(agencies)]
    if article.editor:
        sources.append({"name": article.editor, "role": _EDITOR})
    return sources


def _altids(article: Article) -> list[dict[str, str]]:
    """The page ids after the story, and the article id an agency's page id holds."""
    pattern = _PAGE_IDS.get(article.source) if article.source else None
    ids: list[dict[str, str]] = []
    for line in article.trailer:
        if line.kind != "page-id":
            continue
        page_id = line.text.strip()
        ids.append({"role": "page-id", "value": page_id})
        found = pattern.fullmatch(page_id) if pattern is not None else None
        if found is not None:
            ids.append({"role": "article-id", "value": found["id"]})
    return ids


def _unique(values: Iterable[str | None]) -> list[str]:
    """The non-empty values, first occurrence of each, in order."""
    return list(dict.fromkeys(value for value in values if value))


def _put(item: dict[str, Any], key: str, values: list[Any]) -> None:
    """Set ``item[key]`` to ``values`` unless there are none."""
    if values:
        item[key] = values
