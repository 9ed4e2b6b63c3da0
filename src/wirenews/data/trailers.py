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


_CREDIT_WORDS = (
    r"(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|Compiled|Translated|Research"
    r"|Graphics?|Produced|Edited)\s+by"
)

TRAILER_LINES: tuple[TrailerPattern, ...] = (
    TrailerPattern(
        kind="keywords",
        pattern=r"(?:KEY\s?WORDS|Key\s?words|Keywords|Tags)\s*:[ \t]*(?P<value>[^.!?]{0,200})",
    ),
    TrailerPattern(kind="chrome", pattern=r"EXPLORE\s+XINHUANET"),
    TrailerPattern(kind="page-id", pattern=r"\d{12,}"),
    # Credits in parentheses or after an asterisk, or a short line of them that is no sentence:
    # "(Reporting by A; Editing by B)", "*Writing by A", "Reporting by A, editing by B".
    TrailerPattern(kind="credits", pattern=rf"\(\s*{_CREDIT_WORDS}\b[^()]{{1,300}}\)\.?"),
    TrailerPattern(kind="credits", pattern=rf"\*+\s*{_CREDIT_WORDS}\b.{{1,300}}"),
    TrailerPattern(
        kind="credits",
        pattern=rf"{_CREDIT_WORDS}\b(?:[^.;]|;\s|\.(?=\s*\p{{Lu}})){{1,160}}",
    ),
    TrailerPattern(kind="credits", pattern=r".{1,300}\bcontributed\s+to\s+this\s+report\.?"),
    TrailerPattern(kind="contact", pattern=r"\({2}.{1,300}\){2}"),
    TrailerPattern(
        kind="contact",
        pattern=r"[(<]?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[)>]?",
    ),
    TrailerPattern(kind="chrome", pattern=r"Our\s+Standards\s*:.{0,200}"),
    TrailerPattern(kind="rule", pattern=r"_{3,}"),
    TrailerPattern(kind="slug", pattern=r"AP-[A-Z]{2}-\d\d-\d\d-\d\d\s+\d{4}\s*GMT"),
    # A name, not a sentence: "Editor: Rahmad Nasution".
    TrailerPattern(
        kind="editor",
        pattern=r"Editor\s*:\s*(?P<value>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})",
    ),
    TrailerPattern(
        kind="credits",
        pattern=(
            r"(?:Translator|Reporter|Writer|Correspondent)\s*:\s*"
            r"\p{Lu}[\p{L}.'’,-]*(?:\s+\p{L}[\p{L}.'’,-]*){0,8}"
        ),
    ),
    TrailerPattern(kind="chrome", pattern=r"(?:Related\s+news|Read\s+more)\s*:.{0,200}"),
    TrailerPattern(
        kind="chrome",
        pattern=r"\(This story has not been edited by .{1,200}\)|Sign up here\.?|Thomson Reuters",
    ),
    TrailerPattern(
        kind="copyright",
        pattern=(
            r"(?:Copyright\s*(?:©|\(c\))?\s*(?:\d{4}|[A-Z]{2,})|©|\(c\)\s*\d{4}).{0,200}"
            r"|(?i:all\s+rights\s+reserved)\.?"
        ),
    ),
)
