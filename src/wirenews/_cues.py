"""Reporting cues in running text: the verbs (and ``according to``) that attribute speech.

One regular expression built from :mod:`wirenews.data.cues` finds every written form of
every reporting verb, particle included (``said``, ``points out``, ``calling on``). A match
is a cue unless the grammar around it says otherwise: a passive (``was told``), a modal
chain that ends elsewhere, or an adjective (``the said company``).

The forms are compiled into a trie (``s(?:a(?:id|y(?:ing|s)?)|...)``), so that the engine
looks at one branch per letter instead of trying several hundred words at every position;
it runs on the standard library's ``re``, which is over twice as fast as ``regex`` on this
pattern of plain letters (the letters are ASCII; the first may be a capital).

Trying that expression at every character was still the slowest part of the search, so
it is tried only where a cue may begin. The sentence is first drawn as a *sketch*, one byte
per character: ASCII letters in lower case, the other characters a word may hold as ``_``,
everything else as a blank. In the sketch, a pattern that opens with a blank finds the
first words of the forms (``re`` skips from blank to blank as fast as it can scan, where a
look-behind or a character class costs it a test per character). Every cue is among these
candidates, and the expression decides which of them are cues, unless the candidate is
plainly one: a form of one word that begins no longer form, between Latin-1 characters.
"""

from __future__ import annotations

import re
from typing import Any, Final, final

import regex

from wirenews.data.cues import REPORTING_VERBS, ReportingVerb, verb_forms
from wirenews.data.headers import WEEKDAYS
from wirenews.data.months import MONTHS
from wirenews.data.sources import EVIDENCE_NOUNS
from wirenews.data.words import FUNCTION_WORDS

__all__ = ["FIRST_WORDS", "CueMatch", "find_cues", "sketch", "trie"]

_FORMS: Final[dict[str, tuple[ReportingVerb, str]]] = {
    form.casefold(): (verb, role)
    for verb in REPORTING_VERBS
    for form, role in verb_forms(verb).items()
}
_ACCORDING: Final = "according to"


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


_WRITTEN_FORMS: Final = _first_letter_either_case([*_FORMS, _ACCORDING])
_IN_WORD: Final = r"[\w'’\-]"
"""A character a cue may neither follow nor precede."""
_CUE: Final = re.compile(rf"(?<!{_IN_WORD})(?:{trie(_WRITTEN_FORMS)})(?!{_IN_WORD})")
_BE: Final = frozenset("was were is are be been being am get got gets".split())
_BETWEEN_BE: Final = frozenset("not also then later being".split())
_ARTICLES: Final = frozenset("the a an".split())
_ANONYMITY: Final = regex.compile(
    r"(?i)\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|that\s+\w+\s+name)"
)
_ANONYMITY_HINT: Final = re.compile(
    rb" +(?:not +to +be +(?:name|.dent|quot)|for +anonym|that .{0,40}name)"
)
"""What a match of ``_ANONYMITY`` looks like in a sketch (see :func:`sketch`), and more.

Its blanks are blanks there, and its letters are as they are here: in a match that ignores
case, they equal no character but their two ASCII cases. Where this does not match,
``_ANONYMITY`` cannot, and it is cheaper to try first: after most cues it fails at once.
"""


def _may_hint_anonymity(drawn: bytes, at: int) -> bool:
    """Whether :data:`_ANONYMITY_HINT` may match at byte ``at`` of a sketch.

    Its every match is blanks, then ``n`` (not), ``f`` (for) or ``t`` (that): a look at a
    few bytes spares a call of the pattern after most cues.
    """
    size = len(drawn)
    if at >= size or drawn[at] != 32:  # a blank
        return False
    while at < size and drawn[at] == 32:
        at += 1
    return at < size and (drawn[at] == 110 or drawn[at] == 102 or drawn[at] == 116)  # n f t


# What must follow a form that is more often a noun for it to be a verb: that, a colon, a quote.
_COMPLEMENT: Final = re.compile(r"\s*(?:that\b|:|[\"“”‘'])", re.IGNORECASE)

_OPENING_MARKS: Final = re.compile("[" + re.escape(" \t\n\u00a0\"“‘'(") + "]*")
"""The blanks and opening marks that may stand before a sentence's first word."""


@final
class CueMatch:
    """A cue found in text: its offsets, the verb's entry and the form's grammatical role.

    ``role`` is ``base``, ``third``, ``past``, ``participle``, ``gerund``, or
    ``preposition`` for ``according to``; ``lemma`` is the cue's dictionary form: ``say``,
    ``point out``, ``according to``.
    """

    __slots__ = ("end", "lemma", "role", "start", "verb")

    def __init__(self, start: int, end: int, verb: ReportingVerb | None, role: str) -> None:
        self.start = start
        self.end = end
        self.verb = verb
        self.role = role
        self.lemma = verb.lemma if verb is not None else _ACCORDING


_ACCORDING_CUE: Final = (None, "preposition")


@final
class _Form:
    """What the grammar checks of :func:`find_cues` need to know about a written form.

    ``capital``: whether it is capitalised, and so a cue only at the start of a sentence.
    ``noun``: whether it is more often a noun, and so a cue only before a complement.
    """

    __slots__ = ("capital", "noun", "role", "verb")

    def __init__(self, verb: ReportingVerb | None, role: str, capital: bool, noun: bool) -> None:
        self.verb = verb
        self.role = role
        self.capital = capital
        self.noun = noun


def _form(written: str) -> _Form:
    """The entry and the role of ``written``, a match of ``_CUE``, and what they imply."""
    verb, role = _FORMS.get(" ".join(written.casefold().split()), _ACCORDING_CUE)
    noun = verb is not None and written.casefold() in verb.noun_forms
    return _Form(verb, role, written[0].isupper(), noun)


_WRITTEN: Final[dict[str, _Form]] = {written: _form(written) for written in _WRITTEN_FORMS}
"""Each form as ``_CUE`` matches it with single spaces: the forms :func:`find_cues` meets."""

_OPENERS: Final = frozenset(form.split()[0].casefold() for form in _WRITTEN_FORMS if " " in form)
"""The first words of the forms that go on: ``pointed`` (``pointed out``), ``according``."""
_LONE: Final[dict[str, _Form]] = {
    written: form
    for written, form in _WRITTEN.items()
    if " " not in written and written.casefold() not in _OPENERS
}
"""The forms of one word that begin no longer form (``said``, ``Noting``, not ``called``).

Where one stands whole in the text, between characters that are not in a word, ``_CUE``
matches it and nothing longer.
"""


def _sketch_table() -> bytes:
    """The byte that each Latin-1 character becomes in a sketch (see :func:`sketch`)."""
    in_word = re.compile(_IN_WORD)
    table = bytearray()
    for code in range(256):
        character = chr(code)
        if character.isascii() and character.isalpha():
            table += character.lower().encode("ascii")
        else:
            table += b"_" if in_word.fullmatch(character) else b" "
    return bytes(table)


_SKETCH_TABLE: Final = _sketch_table()


def sketch(text: str, start: int, end: int) -> bytes:
    """``text[start:end]`` drawn one byte per character, after one blank.

    ASCII letters become lower case, the other characters that a word may hold (``\\w``,
    apostrophes, hyphens) ``_``, everything else a blank. A character beyond Latin-1 becomes
    a blank whatever it is, which only makes the sketch show more candidates.

    >>> sketch("“Xi SAID,” Brandt’s aide-de-camp noted.", 0, 40)
    b'  xi said   brandt s aide_de_camp noted '
    """
    return b" " + text[start:end].encode("latin-1", "replace").translate(_SKETCH_TABLE)


FIRST_WORDS: Final = frozenset(form.split()[0] for form in [*_FORMS, _ACCORDING])
"""The first word of every form, lowercased: where a cue may begin in a sketch."""
_CANDIDATE: Final = re.compile(f" (?:{trie(sorted(FIRST_WORDS))})(?![a-z_])".encode())
"""In a sketch, a blank then the first word of a form, lowercased, then no more word.

Wherever ``_CUE`` matches, this matches one byte earlier: the character before a cue is a
blank in the sketch (it is none of ``_IN_WORD``, or there is none and the sketch's own
blank stands for it), the cue's first word is its lowercased letters, and what follows that
word (the end, a blank, or a character that is not in a word) is no letter and no ``_``.
"""


def _after_evidence(text: str, start: int, cue_start: int) -> bool:
    """Whether a noun of evidence stands right before a cue: ``a poll shows``, ``records show``.

    Its subject makes a form that is also a noun (``show``, ``shows``) the verb.
    """
    before = text[(cue_start - 24 if cue_start - 24 > start else start) : cue_start].rsplit(
        maxsplit=1
    )
    return bool(before) and before[-1].casefold() in EVIDENCE_NOUNS


_CLAUSE_ONLY: Final = frozenset({"state"})
"""Verbs whose third-person noun form is no verb before an object, as the verb reports a
clause (``the report states that``): ``Western states Sanders is counting on``."""
_THIRD_PERSON_SUBJECTS: Final = frozenset({"he", "she", "it", "who"})
"""The pronouns that are subjects of a third-person verb."""
_DETERMINERS: Final = frozenset("the a an his her their its this these those our my your".split())
"""Determiners and possessives: what opens a noun phrase (``the Paris attacks``)."""
_OBJECT_OPENERS: Final = _DETERMINERS | {"him", "them", "me", "us", "you", "it"}
"""The words that may open a verb's object: object pronouns, determiners, possessives."""
_TIME_NAMES: Final = frozenset(MONTHS) | {day.casefold() for day in WEEKDAYS}
"""Months and weekdays: a capitalised word after a noun that is no object (``attacks
Monday``)."""


def _between_subject_and_object(
    text: str, start: int, cue_start: int, cue_end: int, end: int
) -> bool:
    """Whether a third-person form that is also a noun stands between a subject and an object.

    ``Trump attacks Clinton``, ``he backs the plan``: a name or a subject pronoun before it,
    and a name, an object pronoun or a determiner after it. Not ``the Paris attacks`` (a
    determiner before the name makes it a modifier), nor ``attacks on``, ``attacks Monday``.
    """
    before = text[(cue_start - 40 if cue_start - 40 > start else start) : cue_start].rsplit(
        maxsplit=2
    )
    after = text[cue_end : (cue_end + 24 if cue_end + 24 < end else end)].split(maxsplit=1)
    if not before or not after:
        return False
    subject, following = before[-1], after[0]
    folded = subject.casefold()
    if folded in _THIRD_PERSON_SUBJECTS:
        named = True
    else:
        modified = len(before) > 1 and (
            before[-2].casefold() in _DETERMINERS or before[-2][0].isdigit()
        )
        named = (
            subject[0].isupper()
            and subject.isalpha()
            and folded not in FUNCTION_WORDS
            and not modified
        )
    if not named:
        return False
    object_word = following.casefold().rstrip(".,;:!?")
    return (
        following[0].isupper() and object_word not in _TIME_NAMES
    ) or object_word in _OBJECT_OPENERS


def _opening(text: str, start: int) -> int:
    """Where the first word of a sentence from ``start`` begins, past blanks and opening marks.

    A position ``p`` in the sentence is at its opening when ``p <= _opening(text, start)``,
    and finding it once keeps a sentence of many capitalised cues linear.
    """
    first = start if start >= 0 else max(len(text) + start, 0)  # as ``text[start:]`` reads it
    found = _OPENING_MARKS.match(text, first)
    return found.end() if found is not None else first


_TITLED_ROLES: Final = frozenset({"third", "past"})
"""The roles of a capitalised form that a headline in title case writes after its subject:
``Trump Says He Won``, ``Clinton Warned Of Risks``."""
_TITLE_CASE_WORDS: Final = 4


def _after_subject(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether a capitalised cue in title case stands between its subject and its content.

    Right after a word and before a blank: ``Trump Says He Won``, not ``..., Says
    McConnell`` or ``He Said,``.
    """
    return (
        cue_start > 1
        and text[cue_start - 1] == " "
        and text[cue_start - 2].isalpha()
        and cue_end < len(text)
        and text[cue_end] == " "
    )


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written in title case: a headline's capitalised words.

    At least :data:`_TITLE_CASE_WORDS` words, and no word that starts with a lower-case letter
    but short ones (``of``, ``a``, ``to``, ``in``), which title case may leave alone.
    """
    words = text[start:end].split(maxsplit=40)
    if len(words) < _TITLE_CASE_WORDS:
        return False
    return all(not word[0].islower() or len(word) <= 3 for word in words)


def find_cues(
    text: str,
    start: int,
    end: int,
    drawn: bytes | None = None,
    spots: list[tuple[int, int]] | None = None,
) -> list[CueMatch]:
    """Every reporting cue in ``text[start:end]`` (a sentence), in order.

    A capitalised form is a cue only when it opens the sentence (``Noting that ...``).
    ``drawn`` may hand in ``sketch(text, start, end)`` where the caller has it already (the
    bounds then lie inside the text), and ``spots`` the spans in ``drawn`` where
    ``_CANDIDATE`` matches, in order, where the caller has found them in a search of its own.

    >>> text = "He was told the news. Xi pointed out that ties grew, adding that trade rose."
    >>> [(text[c.start : c.end], c.lemma, c.role) for c in find_cues(text, 0, len(text))]
    [('pointed out', 'point out', 'past'), ('adding', 'add', 'gerund')]
    """
    # Where ``re`` starts and stops searching with these bounds: it clamps them. Conditional
    # expressions here and below, as min() and max() would cost more than the rest.
    size = len(text)
    low = start if start > 0 else 0
    high = size if end > size else end if end > 0 else 0
    if drawn is None:
        drawn = sketch(text, low, high)  # byte i stands for text[low + i - 1]
    opening: int | None = None
    titled = False  # whether the sentence is written in title case, looked at with opening
    cues: list[CueMatch] = []
    cue_end = low
    if spots is None:
        spots = [candidate.span() for candidate in _CANDIDATE.finditer(drawn)]
    for lead, tail in spots:
        cue_start, word_end = low + lead, low + tail - 1
        if cue_start < cue_end:
            continue  # the particle of the last cue
        form = _LONE.get(text[cue_start:word_end])
        if (
            form is not None
            # The sketch's blanks around the word stand for characters outside words (unless
            # they stand for nothing before the sentence, or for characters beyond Latin-1).
            and (cue_start == 0 or (cue_start > low and text[cue_start - 1] <= "\xff"))
            and (word_end == high or text[word_end] <= "\xff")
        ):
            cue_end = word_end
        else:
            found = _CUE.match(text, cue_start, high)
            if found is None:
                continue
            cue_end = found.end()
            written = found.group()
            form = _WRITTEN.get(written) or _form(written)  # several blanks before a particle
        if form.capital:
            if opening is None:
                opening = _opening(text, start)
                titled = _title_case(text, low, high)
            if cue_start > opening and not (
                titled and form.role in _TITLED_ROLES and _after_subject(text, cue_start, cue_end)
            ):
                continue  # "the United States", "Call of Duty" (but "Trump Says He Won")
        if form.role in {"past", "participle"}:
            before = text[(cue_start - 24 if cue_start - 24 > start else start) : cue_start]
            words = before.rsplit(maxsplit=2)[-2:]
            last = words[-1].casefold() if words else ""
            if last in _BE or (
                last in _BETWEEN_BE and len(words) > 1 and words[0].casefold() in _BE
            ):
                continue  # he was told, it is said, it was also said
            if form.role == "past" and last in _ARTICLES:
                continue  # the said company, a noted author
        verb = form.verb
        if verb is not None and verb.not_before:
            after = text[cue_end : (cue_end + 24 if cue_end + 24 < end else end)].split(maxsplit=1)
            if after and after[0].casefold().rstrip(".,;:!?") in verb.not_before:
                continue  # should continue to support, added to the pressure
        if (
            form.noun
            and form.role != "base"
            and not _COMPLEMENT.match(text, cue_end, cue_end + 8 if cue_end + 8 < end else end)
            and not _after_evidence(text, start, cue_start)
            and not (
                form.role == "third"
                and not form.capital
                and verb is not None
                and verb.lemma not in _CLAUSE_ONLY
                and _between_subject_and_object(text, start, cue_start, cue_end, end)
            )
        ):
            continue  # six states voted, his remarks (a base form is left to its subject)
        hint = cue_end - low + 1
        if (
            _may_hint_anonymity(drawn, hint)
            and _ANONYMITY_HINT.match(drawn, hint)
            and _ANONYMITY.match(text, cue_end, cue_end + 40 if cue_end + 40 < end else end)
        ):
            continue  # who asked not to be named
        cues.append(CueMatch(cue_start, cue_end, verb, form.role))
    return cues
