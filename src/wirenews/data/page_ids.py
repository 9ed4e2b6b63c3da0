"""Article ids that agencies embed in the page-tracking ids printed after their stories.

A ``page-id`` trailer line is a long run of digits a web page prints below the story. Some
agencies build it from the article's own id, the one in the page's address; this table says,
agency by agency, where that id sits, so that exports can carry it (as a ninjs ``altid``).

Xinhua's English pages end with a 42-digit id such as
``010020070750000000000000011100001396997181``: ``111``, then the article id zero-padded to
13 digits (``0000139699718``), then one more digit. 139699718 is the id in that page's
address (``.../2021-01/27/c_139699718.htm``). This is a reading of several pages, not a
format Xinhua documents, so the pattern asks for exactly that shape and nothing looser.

Adding an agency is a change to this table only.
"""

from __future__ import annotations

import attrs

__all__ = ["PAGE_IDS", "PageIdPattern"]


@attrs.frozen(kw_only=True)
class PageIdPattern:
    """Where one agency's page-tracking id holds the article id."""

    agency: str
    """Canonical agency name, as :attr:`wirenews.Article.source` gives it (``"Xinhua"``)."""
    pattern: str
    """Regular-expression fragment matched against the whole page-id line; its ``id`` group
    is the article id, without padding."""


PAGE_IDS: tuple[PageIdPattern, ...] = (
    PageIdPattern(
        agency="Xinhua",
        # "111", then 14 digits: the zero-padded 13-digit article id and one last digit.
        pattern=r"\d*111(?=\d{14}$)0*(?P<id>[1-9]\d*)\d",
    ),
)
