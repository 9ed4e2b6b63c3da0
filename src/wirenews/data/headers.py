"""Words of the page-header lines between a headline and the story.

Seen on the agencies' web pages when copied as text: Xinhua's ``Source: Xinhua|
2021-01-27 01:27:25|Editor: huaxia`` (and, on newer pages, ``Source: Xinhua``, ``Editor:
huaxia`` and the time on lines of their own); UPI's ``By Ed Adamczyk | Nov. 8, 2021 at 10:11
AM``; AP's ``Updated 3:15 PM EST, January 26, 2021``; Reuters' ``April 23, 2013 / 6:26 PM``,
``Reuters Staff`` and ``1 Min Read``; Yonhap's ``All News 13:44 September 23, 2020``; PTI
pages' ``PTI | Dubai | Updated: 20-10-2020 16:01 IST``; people.cn's ``(Xinhua) 19:11, December
31, 2022``; WAM's ``posted on 29/11/2015``; RSS dates such as ``Thu, 17 Jun 2021 11:34:41
+0300``.
"""

from __future__ import annotations

__all__ = ["BYLINE_ROLE_WORDS", "FIELD_LABELS", "TIME_PREFIXES", "WEEKDAYS"]

FIELD_LABELS: dict[str, str] = {
    "source": "source",
    "editor": "editor",
    "editors": "editor",
    "by": "byline",
    "author": "byline",
    "authors": "byline",
    "reporter": "byline",
    "writer": "byline",
    "published": "published",
    "updated": "updated",
    "last updated": "updated",
    "posted": "published",
    "created": "published",
    "date": "published",
    "filed": "published",
    "time": "published",
    "release time": "published",
}
"""A header label (casefolded, before its colon) to the field it fills."""

TIME_PREFIXES: tuple[str, ...] = (
    "Published",
    "Updated",
    "Last updated",
    "Posted",
    "Posted on",
    "Created",
    "Released",
    "All News",
    "All Headlines",
)
"""Words that may precede a header's time without a colon."""

WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
    "Sun",
)
"""Day names that may open a header's date (``Thu, 17 Jun 2021``)."""

BYLINE_ROLE_WORDS: frozenset[str] = frozenset(
    """
    staff writer writers correspondent correspondents reporter reporters editor editors
    bureau chief desk contributor columnist producer analyst press agency news service
    """.split()
)
"""Words that mark a byline part as a role or an organisation rather than a person's name
(``AP Business Writer``, ``Reuters Staff``)."""
