"""End-of-story markers: the tokens agencies put where a story ends.

Seen in the agencies' copy: Xinhua's ``Enditem`` closing the last paragraph and ``（完）`` in
its Chinese service; ``Reuter``/``REUTER`` on its own line in old Reuters wire copy
(Reuters-21578 has ``Reuter...``, ``REUTER^M`` too); Yonhap's ``(END)``; KUNA's ``(end)``
followed by the editor's initials (``(end) hb``); Bernama's ``-- BERNAMA``; Kyodo's ``==Kyodo``;
PTI's initials line (``PTI ABA SJK NB``); IANS's ``--IANS`` with initials (``--IANS ab/cd``);
dpa's initials line (``dpa grj rmo``); SPA's ``--SPA 20:14 LOCAL TIME 17:14 GMT``; WAM's
``– Emirates News Agency, WAM``; ANI's closing ``(ANI)``; the desk initials that close AFP and
IANS copy (``bur/jh``, ``ms/vd``); and the newsroom marks ``-30-``,
``###``, ``-0-`` and ``MORE`` (another take follows).

``pattern`` is a regular-expression fragment matched against the whole marker text;
``inline`` says whether the marker may close the last paragraph (``... health. Enditem``)
rather than stand on a line of its own.
"""

from __future__ import annotations

import attrs

__all__ = ["END_MARKERS", "EndMarker"]


@attrs.frozen(kw_only=True)
class EndMarker:
    """One way of marking the end of a story."""

    name: str
    """A short name for the marker."""
    pattern: str
    """Regular-expression fragment matching the marker's text."""
    agency: str | None = None
    """Canonical name of the agency that uses it (None for newsroom-wide marks)."""
    inline: bool = False
    """Whether it may end the last paragraph instead of standing on its own line."""


_INITIALS = r"(?:\s+[a-z]{1,5}(?:/[a-z]{1,5})*){0,4}"

END_MARKERS: tuple[EndMarker, ...] = (
    EndMarker(name="Enditem", pattern=r"(?i:end\s?item)", agency="Xinhua", inline=True),
    EndMarker(name="完", pattern=r"[（(]完[）)]", agency="Xinhua", inline=True),
    EndMarker(
        name="Reuter",
        pattern=r"(?i:reuters?)(?:\s*\.{2,3})?(?:\s*\^M)?",
        agency="Reuters",
        inline=True,
    ),
    EndMarker(name="(END)", pattern=r"\((?i:end)\)" + _INITIALS, inline=True),
    EndMarker(
        name="-- BERNAMA", pattern=r"(?:-{1,2}|[—–])\s*BERNAMA", agency="Bernama", inline=True
    ),
    EndMarker(name="==Kyodo", pattern=r"={2}\s*(?i:kyodo)", agency="Kyodo"),
    EndMarker(name="PTI initials", pattern=r"PTI(?:\s+[A-Z]{2,4}){1,6}", agency="PTI"),
    EndMarker(name="--IANS", pattern=r"-{1,2}\s*IANS" + _INITIALS, agency="IANS"),
    EndMarker(
        name="dpa initials", pattern=r"dpa(?:\s+[a-z]{2,4}(?:/[a-z]{2,4})*){1,4}", agency="dpa"
    ),
    EndMarker(
        name="--SPA",
        pattern=r"-{1,2}\s*SPA(?:\s+\d{1,2}:\d{2}\s+LOCAL\s+TIME\s+\d{1,2}:\d{2}\s+GMT)?",
        agency="SPA",
    ),
    EndMarker(
        name="Emirates News Agency, WAM",
        pattern=r"[-–—]\s*Emirates\s+News\s+Agency,?\s*WAM",
        agency="WAM",
        inline=True,
    ),
    EndMarker(name="(ANI)", pattern=r"\(ANI\)", agency="ANI", inline=True),
    EndMarker(name="initials", pattern=r"[a-z]{2,5}(?:/[a-z]{2,5}){1,6}"),
    EndMarker(name="-30-", pattern=r"-\s?30\s?-"),
    EndMarker(name="-0-", pattern=r"-\s?0\s?-"),
    EndMarker(name="###", pattern=r"\#{3}"),
    EndMarker(name="MORE", pattern=r"(?:MORE|More|more)"),
)
