"""Lines that follow a story but are not part of it: credits, contacts and page chrome.

Seen in the agencies' copy: Xinhua's ``KEY WORDS:`` (with its keywords), ``EXPLORE XINHUANET``
and the numeric page-tracking id on its web pages; Reuters' ``(Reporting by ...; Editing by
...)``, ``((name@thomsonreuters.com; ...))`` and ``Our Standards: The Thomson Reuters Trust
Principles.``; AP's ``___`` rule followed by ``Associated Press writer ... contributed to this
report.``, and its raw-wire slug ``AP-WF-02-20-16 0337GMT``; Anadolu's ``*Writing by ...``;
Antara's ``Translator: ...``, ``Editor: ...`` and ``Copyright © ANTARA 2023``; Yonhap's reporter
address (``name@yna.co.kr``).

``pattern`` is a regular-expression fragment matched against a whole line (surrounding
space excluded); a ``(?P<value>...)`` group, where present, is the line's payload (the
keywords, the editor's name). ``kind`` names what the line is, for callers who keep some
and drop others.
"""

from __future__ import annotations

import attrs

__all__ = ["TRAILER_LINES", "TrailerPattern"]


@attrs.frozen(kw_only=True)
class TrailerPattern:
    """One recognisable kind of trailer line."""

    kind: str
    """What the line is: ``keywords``, ``credits``, ``contact``, ``chrome``, ``page-id``,
    ``rule``, ``slug``, ``editor`` or ``copyright``."""
    pattern: str
    """Regular-expression fragment matching the whole line."""


TRAILER_LINES: tuple[TrailerPattern, ...] = (
    TrailerPattern(kind="keywords", pattern=r"(?i:key\s?words|tags)\s*:[ \t]*(?P<value>.*)"),
    TrailerPattern(kind="chrome", pattern=r"EXPLORE\s+XINHUANET"),
    TrailerPattern(kind="page-id", pattern=r"\d{12,}"),
    TrailerPattern(
        kind="credits",
        pattern=(
            r"[(*]*\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|"
            r"translated|research|graphics?|produced|edited)\s+by)\b.*"
        ),
    ),
    TrailerPattern(kind="credits", pattern=r".{1,300}\bcontributed\s+to\s+this\s+report\.?"),
    TrailerPattern(kind="contact", pattern=r"\({2}.{1,300}\){2}"),
    TrailerPattern(
        kind="contact",
        pattern=r"[(<]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[)>]?",
    ),
    TrailerPattern(kind="chrome", pattern=r"Our\s+Standards\s*:.*"),
    TrailerPattern(kind="rule", pattern=r"_{3,}|-{5,}|={5,}|\*{3,}"),
    TrailerPattern(kind="slug", pattern=r"AP-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}\s*GMT"),
    TrailerPattern(kind="editor", pattern=r"(?i:editor)\s*:\s*(?P<value>[^|]{1,80})"),
    TrailerPattern(
        kind="credits",
        pattern=r"(?i:translator|reporter|writer|correspondent)\s*:\s*(?P<value>[^|]{1,80})",
    ),
    TrailerPattern(kind="chrome", pattern=r"(?i:related\s+news|read\s+more)\s*:.*"),
    TrailerPattern(
        kind="copyright",
        pattern=r"(?:(?i:copyright)|©|\(c\)).{0,200}|(?i:all\s+rights\s+reserved)\.?",
    ),
)
