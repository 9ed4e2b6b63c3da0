"""Reporting cues in running text: the verbs (and ``according to``) that attribute speech.

One regular expression built from :mod:`wirenews.data.cues` finds every written form of
every reporting verb, particle included (``said``, ``points out``, ``calling on``). A match
is a cue unless the grammar around it says otherwise: a passive (``was told``), a modal
chain that ends elsewhere, or an adjective (``the said company``).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from wirenews._patterns import alternation
from wirenews.data.cues import REPORTING_VERBS, ReportingVerb, verb_forms

__all__ = ["CueMatch", "find_cues"]

_FORMS: dict[str, tuple[ReportingVerb, str]] = {
    form.casefold(): (verb, role)
    for verb in REPORTING_VERBS
    for form, role in verb_forms(verb).items()
}
_ACCORDING = "according to"
_CUE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?i:{alternation([*_FORMS, _ACCORDING])})(?![\p{{L}}\p{{N}}'’\-])"
)
_PASSIVE = regex.compile(
    r"(?ri)\b(?:was|were|is|are|be|been|being|am|get|got|gets)(?:\s+(?:not|also|then|later|being))?\s+\Z"
)
_ARTICLE_BEFORE = regex.compile(r"(?ri)\b(?:the|a|an)\s+\Z")
_ANONYMITY = regex.compile(
    r"(?i)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+\w+\s+name)"
)


class CueMatch(NamedTuple):
    """A cue found in text: its offsets, the verb's entry and the form's grammatical role.

    ``role`` is ``base``, ``third``, ``past``, ``participle``, ``gerund``, or
    ``preposition`` for ``according to``.
    """

    start: int
    end: int
    verb: ReportingVerb | None
    role: str

    @property
    def lemma(self) -> str:
        """The cue's dictionary form: ``say``, ``point out``, ``according to``."""
        return self.verb.lemma if self.verb is not None else _ACCORDING


_ACCORDING_CUE = (None, "preposition")


def _opens_sentence(text: str, start: int, position: int) -> bool:
    """Whether only blanks and opening marks stand between ``start`` and ``position``."""
    return not text[start:position].strip(" \t\n\u00a0\"“‘'(")


def find_cues(text: str, start: int, end: int) -> list[CueMatch]:
    """Every reporting cue in ``text[start:end]`` (a sentence), in order.

    A capitalised form is a cue only when it opens the sentence (``Noting that ...``).

    >>> text = "He was told the news. Xi pointed out that ties grew, adding that trade rose."
    >>> [(text[c.start : c.end], c.lemma, c.role) for c in find_cues(text, 0, len(text))]
    [('pointed out', 'point out', 'past'), ('adding', 'add', 'gerund')]
    """
    cues: list[CueMatch] = []
    for found in _CUE.finditer(text, start, end):
        if found.group()[0].isupper() and not _opens_sentence(text, start, found.start()):
            continue  # "the United States", "Call of Duty"
        word = found.group().casefold()
        verb, role = _FORMS.get(" ".join(word.split()), _ACCORDING_CUE)
        window = max(start, found.start() - 24)
        if role in {"past", "participle"} and _PASSIVE.search(text, window, found.start()):
            continue  # he was told, it is said
        if role == "past" and _ARTICLE_BEFORE.search(text, window, found.start()):
            continue  # the said company, a noted author
        if _ANONYMITY.match(text, found.end(), min(end, found.end() + 40)):
            continue  # who asked not to be named
        cues.append(CueMatch(found.start(), found.end(), verb, role))
    return cues
