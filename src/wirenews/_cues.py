"""Reporting cues in running text: the verbs (and ``according to``) that attribute speech.

One regular expression built from :mod:`wirenews.data.cues` finds every written form of
every reporting verb, particle included (``said``, ``points out``, ``calling on``). A match
is a cue unless the grammar around it says otherwise: a passive (``was told``), a modal
chain that ends elsewhere, or an adjective (``the said company``).

The forms are compiled into a trie (``s(?:a(?:id|y(?:ing|s)?)|...)``), so that the engine
looks at one branch per letter instead of trying several hundred words at every position;
it runs on the standard library's ``re``, which is over twice as fast as ``regex`` on this
pattern of plain letters (the letters are ASCII; the first may be a capital).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import regex

from wirenews.data.cues import REPORTING_VERBS, ReportingVerb, verb_forms

__all__ = ["CueMatch", "find_cues", "trie"]

_FORMS: dict[str, tuple[ReportingVerb, str]] = {
    form.casefold(): (verb, role)
    for verb in REPORTING_VERBS
    for form, role in verb_forms(verb).items()
}
_ACCORDING = "according to"


def trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, factored into a trie."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"[ \t]+" if character == " " else re.escape(character)) + build(child)
            for character, child in sorted(node.items())
            if character
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(root)


def _first_letter_either_case(words: list[str]) -> list[str]:
    return sorted({form for word in words for form in (word, word[0].upper() + word[1:])})


_CUE = re.compile(
    r"(?<![\w'’\-])(?:" + trie(_first_letter_either_case([*_FORMS, _ACCORDING])) + r")(?![\w'’\-])"
)
_BE = frozenset("was were is are be been being am get got gets".split())
_BETWEEN_BE = frozenset("not also then later being".split())
_ARTICLES = frozenset("the a an".split())
_ANONYMITY = regex.compile(
    r"(?i)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+\w+\s+name)"
)


# What must follow a form that is more often a noun for it to be a verb: that, a colon, a quote.
_COMPLEMENT = re.compile(r"\s*(?:that\b|:|[\"“”‘'])", re.IGNORECASE)


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
        cue_start, cue_end = found.span()
        written = found.group()
        if written[0].isupper() and not _opens_sentence(text, start, cue_start):
            continue  # "the United States", "Call of Duty"
        verb, role = _FORMS.get(" ".join(written.casefold().split()), _ACCORDING_CUE)
        before = text[max(start, cue_start - 24) : cue_start].split()[-2:]
        last = before[-1].casefold() if before else ""
        if role in {"past", "participle"} and (
            last in _BE or (last in _BETWEEN_BE and len(before) > 1 and before[0].casefold() in _BE)
        ):
            continue  # he was told, it is said, it was also said
        if role == "past" and last in _ARTICLES:
            continue  # the said company, a noted author
        if _ANONYMITY.match(text, cue_end, min(end, cue_end + 40)):
            continue  # who asked not to be named
        if verb is not None and verb.not_before:
            after = text[cue_end : min(end, cue_end + 24)].split(maxsplit=1)
            if after and after[0].casefold() in verb.not_before:
                continue  # should continue to support, added to the pressure
        if (
            verb is not None
            and written.casefold() in verb.noun_forms
            and not _COMPLEMENT.match(text, cue_end, min(end, cue_end + 8))
        ):
            continue  # six states voted, his remarks
        cues.append(CueMatch(cue_start, cue_end, verb, role))
    return cues
