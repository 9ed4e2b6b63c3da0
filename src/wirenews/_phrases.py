"""Noun phrases that name a source, found by walking words away from a cue.

News attribution puts its source right before the cue (``Chinese President Xi Jinping on
Tuesday called on``, ``a spokesman for the ministry said``) or right after it (``said John
Smith, a spokesman``, ``according to the ministry``). Between them stand only adverbs,
auxiliaries, time phrases and appositions, which are skipped. A source is then one of:

- a pronoun (``he``, ``she``, ``they``, ``it``);
- a name, with the titles and modifiers written before it (``Belarusian President
  Alexander Lukashenko``, ``Republican vice-presidential nominee Gov. Mike Pence``);
- a description headed by an organisation, group or person noun (``the Foreign Ministry``,
  ``U.S. officials``, ``a senior diplomat who asked not to be named``).

The walk looks at most :data:`REACH` words either way, so its cost per cue is bounded.
"""

from __future__ import annotations

import re
from typing import Final, final

from wirenews.data.headers import WEEKDAYS
from wirenews.data.months import MONTHS
from wirenews.data.regions import is_region
from wirenews.data.sources import (
    AGENT_ENDINGS,
    ANONYMOUS_NOUNS,
    EVIDENCE_NOUNS,
    GROUP_NOUNS,
    NOT_PEOPLE,
    ORGANIZATION_NAME_WORDS,
    ORGANIZATION_NOUNS,
    PEOPLE_ENDINGS,
    PRONOUNS,
    SOURCE_LINKS,
    SOURCE_NOUNS,
)
from wirenews.data.titles import ROLE_WORDS, TITLES
from wirenews.data.words import (
    AUXILIARIES,
    FUNCTION_WORDS,
    SENTENCE_ADVERBS,
    SETTING_LEADS,
    SETTING_NOUNS,
)

__all__ = [
    "REACH",
    "Phrase",
    "is_number",
    "is_quantity",
    "last_words",
    "noun_phrase_after",
    "phrase_after",
    "phrase_before",
    "words",
]

# The word lists read in the loops below, held in constants of this module's own: the
# compiled build reads such a constant directly, but a name imported from another module
# from this module's namespace at each use.
_AGENT_ENDINGS: Final = AGENT_ENDINGS
_ANONYMOUS_NOUNS: Final = ANONYMOUS_NOUNS
_FUNCTION_WORDS: Final = FUNCTION_WORDS
_GROUP_NOUNS: Final = GROUP_NOUNS
_NOT_PEOPLE: Final = NOT_PEOPLE
_ORGANIZATION_NAME_WORDS: Final = ORGANIZATION_NAME_WORDS
_ORGANIZATION_NOUNS: Final = ORGANIZATION_NOUNS
_PEOPLE_ENDINGS: Final = PEOPLE_ENDINGS
_PRONOUNS: Final = PRONOUNS
_ROLE_WORDS: Final = ROLE_WORDS
_SETTING_LEADS: Final = SETTING_LEADS
_SETTING_NOUNS: Final = SETTING_NOUNS
_SOURCE_LINKS: Final = SOURCE_LINKS
_SOURCE_NOUNS: Final = SOURCE_NOUNS
_TITLES: Final = TITLES

REACH: Final = 24
"""How many words a source may lie from its cue, appositions included."""

_WORD: Final = re.compile(r"\S+")  # the standard library's engine is faster on this
_TRIM: Final = "\"“”‘’'«»()[],.;:!?"

# Words that may stand between a subject and its verb: "Xi also urged", "he has said",
# "Smith on Tuesday told", "officials last week said".
_BETWEEN: Final = frozenset(
    """
    also has have had will would could can may might should must shall did does do not
    is was are were
    never later then again previously reportedly repeatedly recently earlier further once
    often publicly privately separately similarly yesterday today tonight now first
    initially subsequently ultimately finally already still meanwhile additionally
    explicitly specifically simply flatly openly bluntly angrily sharply quickly frequently
    only just even himself herself itself themselves myself ourselves
    """.split()
)
_TIME_NOUNS: Final = frozenset(
    {day.casefold() for day in WEEKDAYS}
    | set(MONTHS)
    | set("week month year morning afternoon evening night weekend".split())
)
_NAME_SUFFIXES: Final = frozenset({"jr", "sr"})
"""A name's last word whose point is no full stop (``Joseph R. Biden Jr. said``)."""
_POLLED: Final = frozenset("surveyed polled questioned interviewed sampled".split())
"""Participles after a group that was asked what it says (``those surveyed said``)."""
_OF_PRONOUNS: Final = frozenset({"them", "us", "those"})
"""What a quantity of a group may be of (``most of them``, ``some of those``)."""
_TIME_LEADS: Final = frozenset("on last this next early late in".split())
_CONNECTORS: Final = frozenset(
    "of de del della der des di du da van von la le bin ibn al el y".split()
)
_DETERMINERS: Final = frozenset(
    "the a an one two three four five several some many other another his her its their our "
    "my your both two-thirds most few".split()
)
_OPENERS: Final = _DETERMINERS | {"all", "these", "those"}
"""Words that may open a description walked back from its head (``all five states``, ``these
voters``): the determiners, and the words that stand before or for them."""
_PREPOSITIONS: Final = frozenset("for of at from with in to".split())
_RELATIVES: Final = frozenset("who which that".split())
_CONJUNCTIONS: Final = frozenset("and but or nor".split())
_WHO: Final = frozenset("who whose".split())
_PARENTHETICAL: Final = (
    frozenset(
        "in on at during after before when while if as though although like unlike including "
        "along alongside however meanwhile too also instead therefore thus".split()
    )
    | SENTENCE_ADVERBS
)
"""Words that open a phrase or clause set off between a subject and its verb, no apposition:
``The ministry, in a statement, said``, ``Powell's office, when contacted, said``, ``The
ministry, however, said``."""
_PRONOUN_RELATIVES: Final = _RELATIVES - {"that"}
# The relative clause that keeps a source anonymous belongs to the source's description.
_ANONYMOUS_RELATIVE: Final = re.compile(
    r"(?i)[ \t\u00a0]+who[ \t\u00a0]+(?:asked|requested|declined|spoke|was[ \t\u00a0]+not"
    r"|is[ \t\u00a0]+not|were[ \t\u00a0]+not|are[ \t\u00a0]+not)\b[^,.;:!?\"“”\n]{0,50}?"
    r"\b(?:named|identified|anonymity|publicly|record|name)\b"
)
_LY_NOUNS: Final = frozenset(
    "family rally ally supply assembly anomaly monopoly homily bully".split()
)
_AUXILIARIES: Final = AUXILIARIES
_CUE_STOPS: Final = frozenset("said says say told tells added adds asked asks wrote writes".split())


_HEADS: Final = SOURCE_NOUNS | ROLE_WORDS | EVIDENCE_NOUNS
"""Nouns that head a description of a source (``the ministry``, ``the businessman``,
``recent polling``)."""


@final
class Phrase:
    """A source phrase: its offsets, kind, and the offsets of its name without titles.

    ``kind`` is ``pronoun``, ``name`` or ``description``; ``name_start`` marks where the
    name proper begins after its titles (``Xi`` in ``Chinese President Xi Jinping``);
    ``head`` is the casefolded head word (``ministry``, ``officials``, ``he``).
    ``relative`` is the span of the relative pronoun that stands for the phrase before a cue
    (``who`` in ``Borges, who predicted``), if one does: it is the source the cue has.
    """

    __slots__ = ("end", "head", "kind", "name_start", "relative", "start")

    def __init__(  # noqa: PLR0913, PLR0917 (one argument for each field, as the tuple had)
        self,
        start: int,
        end: int,
        kind: str,
        name_start: int,
        head: str,
        relative: tuple[int, int] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.name_start = name_start
        self.head = head
        self.relative = relative

    def ending_at(self, end: int) -> Phrase:
        """This phrase, ending at ``end``."""
        return Phrase(self.start, end, self.kind, self.name_start, self.head, self.relative)

    def standing_for(self, relative: tuple[int, int]) -> Phrase:
        """This phrase, as the relative pronoun at ``relative`` stands for it."""
        return Phrase(self.start, self.end, self.kind, self.name_start, self.head, relative)


def words(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The offsets of the first ``count`` whitespace-separated words of ``text[start:end]``.

    ``str.split`` cuts the words at C speed, and a word is found again right where the one
    before it ended: there is nothing but whitespace between them.
    """
    spans = []
    position = start
    for word in text[start:end].split(maxsplit=count)[:count]:
        position = text.find(word, position, end)
        spans.append((position, position + len(word)))
        position += len(word)
    return spans


def last_words(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The offsets of the last ``count`` whitespace-separated words of ``text[start:end]``.

    ``count`` is at least one. (``rsplit`` is given its arguments by position: the compiled
    build calls it natively then, and through the generic protocol with a keyword.)
    """
    spans = []
    position = end
    for word in reversed(text[start:end].rsplit(None, count)[-count:]):
        position = text.rfind(word, start, position)
        spans.append((position, position + len(word)))
    spans.reverse()
    return spans


_CONTRACTED: Final = tuple(
    f"{mark}{ending}" for ending in ("s", "d", "ve", "ll", "re", "m") for mark in "'’"
)
"""The endings joined to a word by an apostrophe: a possessive or ``is`` (``'s``), ``had`` or
``would`` (``'d``), ``have``, ``will``, ``are``, ``am``."""


_LONG_ENDINGS: Final = frozenset({"ve", "ll", "re"})
"""The endings of :data:`_CONTRACTED` of two letters."""


def _uncontracted(word: str) -> str:
    """A word without an ending joined by an apostrophe (``who'd`` is ``who``).

    The ending is one of :data:`_CONTRACTED`, tested letter by letter here and in
    :func:`_bare`: ``endswith()`` with twelve endings costs several times more.
    """
    if len(word) >= 2 and word[-1] in "sdm" and word[-2] in "'’":
        return word[:-2]
    if len(word) >= 3 and word[-3] in "'’" and word[-2:] in _LONG_ENDINGS:
        return word[:-3]
    return word


def _bare(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A word's offsets without the punctuation around it."""
    start, end = span
    while start < end and _is_trim(text, start):
        start += 1
    while end > start and _is_trim(text, end - 1):
        end -= 1
    # "Trump's", "who'd", "They've": the word without what is joined to it
    if end - start >= 2 and text[end - 1] in "sdm" and text[end - 2] in "'’":
        end -= 2
    elif end - start >= 3 and text[end - 3] in "'’" and text[end - 2 : end] in _LONG_ENDINGS:
        end -= 3
    return start, end


def _is_trim(text: str, at: int) -> bool:
    """Whether ``text[at]`` is one of :data:`_TRIM`, none of which is an ASCII letter or digit.

    A word mostly starts and ends with a letter, which is told by its code alone.
    """
    code = ord(text[at])
    if 97 <= code <= 122 or 65 <= code <= 90 or 48 <= code <= 57:
        return False
    return text[at] in _TRIM


def _is_capital(word: str) -> bool:
    """Whether a word starts with an upper-case letter (an ASCII one is told by its code)."""
    if not word:
        return False
    code = ord(word[0])
    if code < 128:
        return 65 <= code <= 90
    return word[0].isupper()


def phrase_before(text: str, low: int, cue_start: int) -> Phrase | None:
    """The source phrase ending just before a cue at ``cue_start`` (not before ``low``).

    >>> text = "Chinese President Xi Jinping on Tuesday called on"
    >>> phrase = phrase_before(text, 0, 40)
    >>> text[phrase.start : phrase.end], text[phrase.name_start : phrase.end], phrase.kind
    ('Chinese President Xi Jinping', 'Xi Jinping', 'name')
    """
    spans = last_words(text, max(low, cue_start - 12 * REACH), cue_start, REACH)
    index = len(spans) - 1
    at_verb = True  # only auxiliaries and adverbs so far: "Sanders, in Vermont, is saying"
    at_participle = -1  # the participle after the subject: "those surveyed said"
    while index >= 0:
        word = text[spans[index][0] : spans[index][1]]
        bare = _uncontracted(word.strip(_TRIM).casefold())
        if at_verb and word[-1] in ",.;:" and bare not in _NAME_SUFFIXES:
            return _apposed(text, spans, index)
        if bare == "may" and _surname_may(text, spans, index):
            break  # "Theresa May said": a name, not "may" nor a month
        if bare in _BETWEEN or (at_verb and _adverb(word)):
            index -= 1  # "has also", "forcefully told"
            continue
        at_verb = False
        if bare in _PRONOUN_RELATIVES and index > 0:
            # "Mitch McConnell, who said ...": the relative's antecedent speaks.
            previous = text[spans[index - 1][0] : spans[index - 1][1]]
            if not previous.endswith(","):
                return None
            antecedent = _phrase_ending(text, spans[:index], index - 1)
            if antecedent is None:
                return None
            return antecedent.standing_for(_bare(text, spans[index]))
        if bare in _TIME_NOUNS and index > 0:
            lead = text[spans[index - 1][0] : spans[index - 1][1]].casefold()
            index -= 2 if lead in _TIME_LEADS else 1
        elif _is_year(bare) and index > 0 and _folded(text, spans[index - 1]) in {"in", "since"}:
            index -= 2  # "Clinton in 2008 questioned": a time, not a quantity
        elif word.startswith("(") and word.endswith(")"):
            index -= 1  # "Mike Pence (R-IN) said"
        elif bare in _POLLED and index > 0 and word.islower() and at_participle < 0:
            at_participle = index  # "those surveyed said", "voters polled say"
            index -= 1
        else:
            break
    if index < 0:
        return None
    if at_participle >= 0:
        if index != at_participle - 1:
            return None  # "those surveyed" is the whole subject
        head = _folded(text, spans[index])
        if head in _PRONOUNS and index > 0:
            index -= 1  # "all the experts I interviewed said"
            head = _folded(text, spans[index])
        if not (
            head == "those"
            or head.rpartition("-")[2] in _HEADS  # "Cuban-Americans polled"
            or _people(text, spans[index])
        ):
            return None
        start = _description_ending(text, spans, index, head).start
        end = _bare(text, spans[at_participle])[1]
        return Phrase(start, end, "description", start, head)
    found = _phrase_ending(text, spans, index)
    if found is None:
        return _relative(text, spans, index)
    if found.kind == "description":
        owner = _infinitive_owner(text, spans, found)
        if owner is not None:
            return owner
    if found.end < len(text) and text[found.end] == "." and found.head in _NAME_SUFFIXES:
        # "Joseph R. Biden Jr. said": the suffix keeps its point
        return Phrase(found.start, found.end + 1, found.kind, found.name_start, found.head)
    return found


def _surname_may(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether ``May`` at ``spans[index]`` is a surname: ``Theresa May``.

    Written with a capital right after a capitalised word that is no time lead (``in May``)
    and ends no clause, it is no modal verb (``may``) and no month.
    """
    if index == 0 or _word(text, spans[index]) != "May":
        return False
    start, end = spans[index - 1]
    previous = text[start:end]
    folded = previous.casefold()
    return (
        previous[-1] not in ',.;:!?"”'
        and _is_capital(previous)
        and folded not in _FUNCTION_WORDS
        and folded not in _TIME_LEADS
    )


def _infinitive_owner(text: str, spans: list[tuple[int, int]], found: Phrase) -> Phrase | None:
    """The subject a description is the object of an infinitive after, if any.

    ``The last man to mount a third-party race says``: the man says, not the race.
    """
    first = next(i for i, span in enumerate(spans) if span[1] > found.start)
    if first < 3 or _folded(text, spans[first - 2]) != "to":
        return None
    verb = text[spans[first - 1][0] : spans[first - 1][1]]
    if not (verb.isalpha() and verb.islower()):
        return None
    owner = _phrase_ending(text, spans, first - 3)
    if (
        owner is None
        or owner.kind != "description"
        or owner.relative is not None
        or not (owner.head in _HEADS or _people(text, spans[first - 3]))
    ):
        return None  # a person or group does ("The first woman to win ..."), not a thing
    return Phrase(owner.start, found.end, owner.kind, owner.name_start, owner.head)


def _is_year(word: str) -> bool:
    """Whether a word is a year of the last two centuries or this one (``2008``)."""
    return len(word) == 4 and word.isdecimal() and word[:2] in {"19", "20"}


def _word(text: str, span: tuple[int, int]) -> str:
    """The word at ``span`` without the punctuation around it (see :func:`_bare`)."""
    start, end = _bare(text, span)
    return text[start:end]


def _folded(text: str, span: tuple[int, int]) -> str:
    """The word at ``span`` without the punctuation around it (see :func:`_bare`), casefolded."""
    return _word(text, span).casefold()


def _adverb(word: str) -> bool:
    """Whether a word right before a verb is an adverb (``forcefully``), not ``family``."""
    return len(word) > 5 and word.endswith("ly") and word.islower() and word not in _LY_NOUNS


def _apposed(text: str, spans: list[tuple[int, int]], index: int) -> Phrase | None:
    """The subject of a sentence with an apposition before its verb.

    The name before the apposition (``Khalid Mahmood, a Labour MP, said``) or, when a
    description comes first, the name in apposition (``Another critic, Laurence H. Tribe,
    likened``). A head that opens its clause before a relative clause (``Westmacott, who
    served in Iran, Turkey and France, praised``), or before a phrase set off
    (``The ministry, in a statement, said``) or an indefinite description (``the mayor, a
    Democrat, said``), is the subject too. An age (``Ramil Carr, 31,``) and a town's state
    (``of Flint, Mich.,``) are passed over.
    """
    lowest = max(-1, index - REACH)
    for comma in range(index - 1, lowest, -1):
        # "A White House official, who requested anonymity to ..., said": the relative
        # clause may hold commas of its own ("serving in Iran, Turkey and France,").
        if (
            text[spans[comma][1] - 1] == ","
            and text[spans[comma + 1][0] : spans[comma + 1][1]].casefold() in _WHO
        ):
            head = _phrase_ending(text, spans[: comma + 1], comma)
            if head is not None and head.kind != "pronoun" and _opens_clause(text, spans, head):
                return head
            break  # "Unlike Smith, who resigned, Jane Doe, a Democrat, said": not the subject
    for comma in range(index - 1, lowest, -1):
        if text[spans[comma][1] - 1] == ",":
            if comma > 0 and text[spans[comma - 1][1] - 1] == "," and _is_age(text, spans[comma]):
                continue  # "Ramil Carr, 31, a photographer, said": the name is before the age
            if _is_region(text, spans, comma + 1):
                continue  # "Cory James, 22, of Flint, Mich., said": a town, then its state
            head = _phrase_ending(text, spans[: comma + 1], comma)
            if head is not None and head.kind == "name":
                return head
            opener = text[spans[comma + 1][0] : spans[comma + 1][1]].casefold().rstrip(",")
            if head is not None and head.kind != "pronoun" and opener in _PARENTHETICAL:
                return head  # "The ministry, in a statement, said", "X's office, when asked,"
            if (
                head is not None
                and head.kind != "pronoun"
                and index - comma <= _PARTICIPLE_WORDS
                and _participle_opener(opener)
                and not is_number(head.head)
            ):
                return head  # "The company, based in Ohio, said"
            if head is not None and head.kind != "pronoun" and opener in {"a", "an"}:
                return head  # "the mayor, a Democrat, said": what follows describes the head
            apposed = _phrase_ending(text, spans[: index + 1], index)
            if apposed is not None and apposed.kind == "name" and apposed.start > spans[comma][1]:
                return apposed
            return None
    return None


_PARTICIPLE_WORDS: Final = 5
"""The most words of a participle's phrase set off between a subject and its verb."""


def _participle_opener(word: str) -> bool:
    """Whether a word in lower case may open a participle's phrase: ``based``, ``owned``."""
    return len(word) > 4 and word.endswith("ed") and word.isalpha() and word.islower()


def _opens_clause(text: str, spans: list[tuple[int, int]], phrase: Phrase) -> bool:
    """Whether a phrase opens its clause: first of the words read, or right after a comma."""
    previous = -1  # where the word before the phrase ends
    for _, end in spans:
        if end > phrase.start:
            break
        previous = end
    return previous < 0 or text[previous - 1] == ","


def _is_region(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether the words from ``spans[index]`` to a comma name a state or country.

    After a town: ``Flint, Mich.,``, ``Albany, New York,``.
    """
    for last in range(index, min(index + 2, len(spans))):
        start, end = spans[index][0], spans[last][1]
        if text[end - 1] == ",":
            return is_region(" ".join(text[start : end - 1].split()))
    return False


def _setting_after(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether the words from ``spans[index]`` name a setting: ``a statement``, ``Monday``.

    A determiner and two modifiers may come first: ``in a written statement``, ``in his
    weekly radio address``.
    """
    for at in range(index, min(index + 4, len(spans))):
        word = _folded(text, spans[at])
        if word in _SETTING_NOUNS or word in _TIME_NOUNS:
            return True
        if text[spans[at][1] - 1] in ",.;:!?" or (at > index and not word.isalpha()):
            return False
    return False


def _is_age(text: str, span: tuple[int, int]) -> bool:
    """Whether a word set off by commas is a person's age (``31,``)."""
    start, end = span
    word = text[start : end - 1]
    return 0 < len(word) <= 3 and word.isascii() and word.isdecimal()


def _relative(text: str, spans: list[tuple[int, int]], index: int) -> Phrase | None:
    """The subject before a relative clause: "a diplomat who asked not to be named said"."""
    if text[spans[index][0] : spans[index][1]].casefold() in _CONJUNCTIONS:
        return None  # "attack the oil that funds the group and proposed": a coordinated verb
    for relative in range(index - 1, max(-1, index - 10), -1):
        word_start, word_end = spans[relative]
        if word_end - word_start > 5:
            continue  # casefolding never shortens a word, and "which" has five letters
        word = text[word_start:word_end].casefold()
        if word in _RELATIVES and relative > 0:
            found = _phrase_ending(text, spans, relative - 1)
            if found is not None and found.kind == "description":
                return found.ending_at(spans[index][1])
            return None
    return None


def _phrase_ending(text: str, spans: list[tuple[int, int]], index: int) -> Phrase | None:
    """The phrase whose last word is ``spans[index]``."""
    start, end = _bare(text, spans[index])
    word = text[start:end]
    if start >= end or (text[spans[index][1] - 1] in ",.;:" and index != len(spans) - 1):
        return None
    folded = word.casefold()
    if folded in _PRONOUNS:
        return Phrase(start, end, "pronoun", start, folded)  # "He's claiming": he is
    word_start, word_end = spans[index]
    if word_end - word_start >= 2 and text[word_end - 1] == "s" and text[word_end - 2] in "'’":
        return None  # a possessive modifies what follows: "Mr. Obama's remarks"
    if _is_capital(word) and folded not in _FUNCTION_WORDS:
        name = _name_ending(text, spans, index)
        if name is not None and name.start == start and folded in _SOURCE_NOUNS:
            return _description_ending(text, spans, index, folded)  # "Officials said"
        return name
    if folded in _HEADS or _people(text, spans[index]):
        return _description_ending(text, spans, index, folded)
    if folded in _OF_PRONOUNS and index >= 2 and _folded(text, spans[index - 1]) == "of":
        quantity = _folded(text, spans[index - 2])
        if is_quantity(quantity):  # "most of them said"
            start = _quantity_ending(text, spans, index - 2, quantity).start
            return Phrase(start, end, "description", start, quantity)
    if (
        (folded.isalpha() or _agent_compound(folded))
        and folded not in _FUNCTION_WORDS
        and _determined(text, spans, index)
    ):
        return _description_ending(text, spans, index, folded)  # "Gary Johnson's doctor"
    if is_quantity(folded):
        return _quantity_ending(text, spans, index, folded)  # "Six in 10 say"
    return None


_QUANTITY_HEADS: Final = frozenset(
    "percent half majority majorities plurality most many some few third thirds quarter "
    "quarters fifth fifths others".split()
)
"""Words that end a quantity standing for people (``Twenty-four percent said``)."""
_QUANTIFIERS: Final = frozenset(
    "in of than more less fewer about nearly almost roughly around over under just only at "
    "least a an the one".split()
)
_NUMBERS: Final = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred".split()
)


def is_quantity(word: str) -> bool:
    """Whether a casefolded word ends a quantity of people (``percent``, ``10``, ``half``).

    A fraction written as one word counts too (``three-quarters``, ``two-thirds``).
    """
    if word in _QUANTITY_HEADS or is_number(word):
        return True
    number, _, head = word.rpartition("-")
    return head in _QUANTITY_HEADS and is_number(number)


def is_number(word: str) -> bool:
    """Whether a word is a number: ``10``, ``6.5``, ``six``, ``twenty-four``."""
    if word.replace(".", "", 1).replace(",", "").isdigit():
        return True
    return all(part in _NUMBERS for part in word.split("-")) and bool(word)


def _quantity_ending(text: str, spans: list[tuple[int, int]], index: int, head: str) -> Phrase:
    """A quantity of people ending at ``index``: ``more than 4 in 10``, ``Nearly half``."""
    first = index
    while first > 0 and first > index - 6:
        previous = text[spans[first - 1][0] : spans[first - 1][1]]
        if previous.endswith((",", ".", ";", ":", '"', "”")):
            break
        folded = previous.strip(_TRIM).casefold()
        if folded == "in" and not (first >= 2 and is_number(_folded(text, spans[first - 2]))):
            break  # "Six in 10", but not "In one of those plans"
        if folded in _QUANTIFIERS or folded in _QUANTITY_HEADS or is_number(folded):
            first -= 1
        else:
            break
    start = _bare(text, spans[first])[0]
    return Phrase(start, _bare(text, spans[index])[1], "description", start, head)


def _agent_compound(word: str) -> bool:
    """Whether a hyphenated word ends in a noun of an agent (``front-runner``, ``co-founder``).

    Other compounds before a cue are mostly modifiers (``short-term demands``).
    """
    last = word.rpartition("-")[2]
    return last != word and last.isalpha() and last.rstrip("s").endswith(_AGENT_ENDINGS)


def _people(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` is a plural noun of people by its ending (``strategists``).

    Written in lower case: a capitalised word is a name or opens the sentence.
    """
    word = text[span[0] : span[1]].rstrip(_TRIM)
    return (
        len(word) > 5
        and word.endswith(_PEOPLE_ENDINGS)
        and word.isalpha()
        and word.islower()
        and word not in _NOT_PEOPLE
    )


def _determined(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether a determiner or a possessive opens the words just before ``spans[index]``."""
    for position in range(index - 1, max(-1, index - 4), -1):
        word = text[spans[position][0] : spans[position][1]]
        if word.endswith((",", ".", ";", ":")):
            return False
        if word.casefold() in _DETERMINERS or word.endswith(("'s", "’s")) or word[0].isdigit():
            return True  # "the announcer", "Gary Johnson's doctor", "63 percent"
    return False


def _name_ending(text: str, spans: list[tuple[int, int]], index: int) -> Phrase | None:
    """A name and the titles before it, ending with ``spans[index]``."""
    first = index
    while first > 0:
        previous = text[spans[first - 1][0] : spans[first - 1][1]]
        if previous[-1] in ',.;:"”' and not _abbreviated(previous):
            break
        bare = previous.strip(_TRIM)
        folded = bare.casefold()
        if _is_capital(bare) and folded not in _FUNCTION_WORDS:
            first -= 1
        elif folded in _CONNECTORS and first >= 2 and _is_capital(_word(text, spans[first - 2])):
            first -= 1  # "Secretary of State", "Bank of America"
        elif folded in _ROLE_WORDS:
            first -= 1
        else:
            break
    # The name proper starts after the last title word.
    bares = [_bare(text, span) for span in spans[first : index + 1]]  # each word, once
    end = bares[-1][1]
    name_first = first
    for offset, (word_start, word_end) in enumerate(bares):
        bare = text[word_start:word_end]
        if bare in _TITLES or bare.casefold() in _ROLE_WORDS or bare.rstrip(".") in _TITLE_STEMS:
            name_first = first + offset + 1
    if name_first > index:
        # Titles to the end: "the Ministry of Foreign Affairs" is an organisation's name.
        for word_start, word_end in bares:
            if text[word_start:word_end] in _ORGANIZATION_NAME_WORDS:
                start = _the_before(text, spans, first, bares[0][0])
                head = text[word_start:word_end].casefold()
                return Phrase(start, bares[-1][1], "description", start, head)
    name_first = min(name_first, index)  # "President said" alone: the title is all there is
    if first >= 2:
        # "a spokesman for Xinhua said": the name is inside a description of someone else.
        if _folded(text, spans[first - 1]) in _PREPOSITIONS:
            noun = _folded(text, spans[first - 2])
            if noun in _ANONYMOUS_NOUNS or noun in _GROUP_NOUNS:
                return _description_ending(text, spans[: first - 1], first - 2, noun).ending_at(end)
        linked = _linked_source(text, spans, first - 1)
        if linked >= 0:  # "sources close to Clinton said": the sources speak
            noun = _folded(text, spans[linked])
            return _description_ending(text, spans[: linked + 1], linked, noun).ending_at(end)
    head = text[bares[-1][0] : end]
    folded = head.casefold()
    kind = "name"
    start = bares[0][0]
    name_start = bares[name_first - first][0]
    if head in _ORGANIZATION_NAME_WORDS or folded in _ORGANIZATION_NOUNS:
        kind = "description"
        start = name_start = _the_before(text, spans, first, start)  # The New York Times
    return Phrase(start, end, kind, name_start, folded)


def _the_before(text: str, spans: list[tuple[int, int]], first: int, start: int) -> int:
    """Where an organisation's name at ``start`` (``spans[first]``) begins, ``The`` kept.

    ``The New York Times``, ``the Ministry of Foreign Affairs``; ``start`` where no ``The``
    stands just before it.
    """
    if first > 0:
        the_start, the_end = _bare(text, spans[first - 1])
        if text[the_start:the_end] in {"The", "the"}:
            return the_start
    return start


_TITLE_STEMS: Final = frozenset(title[:-1] for title in _TITLES if title.endswith("."))
"""The titles written with a point, without it (``Gov``, ``Sen``, ``Dr``)."""


def _abbreviated(word: str) -> bool:
    """Whether a word ends in an abbreviation's point rather than a sentence's (Gov., U.S.)."""
    bare = word.rstrip(".")
    return word.endswith(".") and (bare in _TITLE_STEMS or "." in bare or len(bare) == 1)


def _description_ending(text: str, spans: list[tuple[int, int]], index: int, head: str) -> Phrase:
    """A description headed by an organisation, group or person noun, ending at ``index``.

    A prepositional phrase attaches it to a noun before it: in ``a spokesman for the
    ministry`` the head is ``spokesman``. ``The`` before a capitalised name stays with it
    (``The New York Times``).
    """
    first = index
    while first > 0:
        previous = text[spans[first - 1][0] : spans[first - 1][1]]
        if previous.endswith((",", ";", ":", '"', "”")) or (
            previous.endswith(".") and not _abbreviated(previous)
        ):
            break
        folded = previous.strip(_TRIM).casefold()
        linked = _linked_source(text, spans, first - 1)
        if linked >= 0:
            first = linked  # "people familiar with the matter": the people speak
            head = _folded(text, spans[linked])
            continue
        if folded in _PREPOSITIONS and first >= 2:
            noun = _folded(text, spans[first - 2])
            if noun in _SOURCE_NOUNS or (folded == "of" and noun in _ROLE_WORDS):
                first -= 2  # "a spokesman for the ministry", "the head of state"
                head = noun
                continue
            if folded in {"in", "of"} and is_quantity(noun):
                # "Six in 10 Virginia voters", "about 40 percent of likely voters"
                start = _quantity_ending(text, spans, first - 2, noun).start
                return Phrase(start, _bare(text, spans[index])[1], "description", start, head)
            break
        if folded in _OPENERS or previous.endswith(("'s", "’s")):
            first -= 1
            if _is_capital(previous) and previous.endswith(("'s", "’s")):
                first = _owner_start(text, spans, first)  # "South Korea's military"
            while first > 0 and _determiner_before(text, spans, first):
                first -= 1  # "The two ministers", "all five states"
            if first >= 2:
                preposition = _folded(text, spans[first - 1])
                noun = _folded(text, spans[first - 2])
                if preposition in _PREPOSITIONS and (
                    noun in _SOURCE_NOUNS or (preposition == "of" and noun in _ROLE_WORDS)
                ):
                    first -= 2  # "the director of the agency"
                    head = noun
                    continue
                if preposition == "of" and is_quantity(noun):
                    # "Many of his supporters", "some of the officials"
                    start = _quantity_ending(text, spans, first - 2, noun).start
                    return Phrase(start, _bare(text, spans[index])[1], "description", start, head)
                linked = _linked_source(text, spans, first - 1)
                if linked >= 0:
                    first = linked  # "a source close to the talks"
                    head = _folded(text, spans[linked])
                    continue
            break
        if folded in _FUNCTION_WORDS or first <= index - 5:
            break
        first -= 1
    start = _bare(text, spans[first])[0]
    end = _bare(text, spans[index])[1]
    return Phrase(start, end, "description", start, head)


def _determiner_before(text: str, spans: list[tuple[int, int]], first: int) -> bool:
    """Whether the word before ``spans[first]`` is a determiner of the same phrase."""
    start, end = spans[first - 1]
    return text[end - 1] not in ',;:.!?"”' and text[start:end].casefold() in _OPENERS


_LINK_SIZES: Final = sorted({len(link) for link in _SOURCE_LINKS})
_LINK_ENDS: Final = frozenset(link[-1] for link in _SOURCE_LINKS)


def _linked_source(text: str, spans: list[tuple[int, int]], last: int) -> int:
    """The index of a source noun joined to what follows by words ending at ``spans[last]``.

    ``people familiar with``, ``a source close to``, ``two people with knowledge of``
    (:data:`~wirenews.data.sources.SOURCE_LINKS`); -1 if the words before ``spans[last]`` are
    no such link, or no source noun stands before it.
    """
    if _folded(text, spans[last]) not in _LINK_ENDS:
        return -1
    for size in _LINK_SIZES:
        noun = last - size
        if noun < 0:
            break
        if any(text[spans[at][1] - 1] in ",;:.!?" for at in range(noun, last)):
            continue  # a link runs unbroken from its noun
        words = tuple(_folded(text, spans[at]) for at in range(noun, last + 1))
        if words[1:] in _SOURCE_LINKS and words[0] in _SOURCE_NOUNS:
            return noun
    return -1


def _owner_start(text: str, spans: list[tuple[int, int]], owner: int) -> int:
    """Where the name owning a description starts: ``South Korea's``, ``the Kremlin's``."""
    first = owner
    while first > 0 and first > owner - 5:
        previous = text[spans[first - 1][0] : spans[first - 1][1]]
        if previous[-1] in ',.;:"”' and not _abbreviated(previous):
            break
        bare = previous.strip(_TRIM)
        if bare in {"the", "The"}:
            return first - 1
        if not _is_capital(bare) or bare.casefold() in _FUNCTION_WORDS:
            break
        first -= 1
    return first


_OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "them": "they", "me": "i", "us": "we"}
"""Object pronouns, with the subject pronoun a source is resolved as (``according to him``)."""
_NOUN_PHRASE_END: Final = re.compile(r"[,;:.!?\"“”()]|\s(?:that|who|which|and|but)\s")


def noun_phrase_after(text: str, start: int, high: int) -> Phrase | None:
    """Whatever noun phrase follows ``start``, up to a comma or a clause.

    The source of ``according to`` is any noun phrase: ``according to early results of the
    exit poll``, ``according to FEC filings``.
    """
    while start < high and text[start] in " \t\n\u00a0":
        start += 1
    limit = min(high, start + 160)
    stop = _NOUN_PHRASE_END.search(text, start, limit)
    end = stop.start() if stop is not None else limit
    spans = words(text, start, end, 12)
    if not spans:
        return None
    end = _bare(text, spans[-1])[1]
    head = _folded(text, spans[-1])
    if len(spans) == 1 and head in _OBJECT_PRONOUNS:
        return Phrase(start, end, "pronoun", start, _OBJECT_PRONOUNS[head])  # according to him
    return Phrase(start, end, "description", start, head) if end > start else None


def phrase_after(text: str, cue_end: int, high: int) -> Phrase | None:
    """The source phrase right after a cue (``said John Smith``, ``according to the ministry``).

    >>> text = '"We will win," said John Smith, a spokesman.'
    >>> phrase = phrase_after(text, 19, len(text))
    >>> text[phrase.start : phrase.end]
    'John Smith'
    """
    spans = words(text, cue_end, min(high, cue_end + 12 * REACH), REACH)
    index = 0
    while index < len(spans):
        bare = _folded(text, spans[index])
        if bare in _TIME_LEADS and index + 1 < len(spans):
            following = _folded(text, spans[index + 1])
            if following in _TIME_NOUNS:
                index += 2
                continue
        if bare in _TIME_NOUNS or bare in _BETWEEN or not bare:
            index += 1  # "said Monday", a lone quote mark
            continue
        break
    if index >= len(spans):
        return None
    lead = index
    index = _past_modifiers(text, spans, index)
    start, end = _bare(text, spans[index])
    word = text[start:end]
    folded = word.casefold()
    if folded in _PRONOUNS:
        return Phrase(start, end, "pronoun", start, folded)
    if _is_capital(word) and folded not in _FUNCTION_WORDS:
        return _name_after(text, spans, lead, index)
    if folded in _DETERMINERS or folded in _GROUP_NOUNS:
        return _description_after(text, spans, index, folded)
    return None


_DAY_NAMES: Final = frozenset(noun for noun in _TIME_NOUNS if noun.endswith("day"))
"""The names of the days of the week, which end a name after a cue: ``said Smith Tuesday``."""


def _name_after(text: str, spans: list[tuple[int, int]], lead: int, index: int) -> Phrase | None:
    """The source after a cue that opens with the capitalised word ``spans[index]``.

    ``lead`` is where the phrase opens, before any lower-case modifiers (``senior``).
    """
    last = index
    while last + 1 < len(spans) and (
        text[spans[last][1] - 1] not in ',.;:!?"”'
        or _abbreviated(text[spans[last][0] : spans[last][1]])  # "said Sen. Evan Bayh"
    ):
        following = _word(text, spans[last + 1])
        folded_next = following.casefold()
        if folded_next == "may" and _surname_may(text, spans, last + 1):
            last += 1  # "said Theresa May"
            continue
        if folded_next in _FUNCTION_WORDS or folded_next in _BETWEEN:
            break  # "CONGRESS HAS INVESTIGATED HIM" is a heading, not a name
        if folded_next in _DAY_NAMES:
            break  # "said John Smith Tuesday" (but "said Theresa May")
        if _is_capital(following) or folded_next in _CONNECTORS:
            last += 1
        elif folded_next in _ROLE_WORDS and _role_then_name(text, spans, last + 1):
            last += 1  # "said Foreign Ministry spokesperson Zhao Lijian"
        else:
            break
    noun = _people_noun_after(text, spans, last)
    if noun < 0:
        noun = _owned_noun_after(text, spans, last)
    if noun > last:  # "said U.S. officials", "USX's subsidiary, Marathon Petroleum, said"
        start = _bare(text, spans[lead])[0]
        end = _bare(text, spans[noun])[1]
        return Phrase(start, end, "description", start, _folded(text, spans[noun]))
    return _name_ending(text, spans[: last + 1], last)


def _owned_noun_after(text: str, spans: list[tuple[int, int]], last: int) -> int:
    """The index of the noun a possessive name at ``spans[last]`` owns, or -1.

    ``USX's subsidiary, Marathon Petroleum Co, said``, ``said Google's parent company.``:
    up to three lower-case words, the last of them the head, ending at a comma or the end
    of the sentence (a verb may follow words that are no phrase: ``Ryan's campaign
    shrugged``).
    """
    if not text.endswith(("'s", "’s"), spans[last][0], spans[last][1]):
        return -1
    for position in range(last + 1, min(len(spans), last + 4)):
        word = _word(text, spans[position])
        if not word.isalpha() or not word.islower() or word in _FUNCTION_WORDS:
            return -1
        if text[spans[position][1] - 1] in ",.;!?":
            return position
    return -1


def _description_after(
    text: str, spans: list[tuple[int, int]], index: int, folded: str
) -> Phrase | None:
    """The source after a cue that opens with a determiner or a noun of a group.

    A description runs to the next punctuation: ``a narrator in the Clinton ad``.
    """
    last = index
    while last + 1 < len(spans) and last < index + 8:
        word_start, word_end = spans[last]
        if text[word_end - 1] in ',.;:!?"”' and not (
            _abbreviated(text[word_start:word_end]) and _people_noun_after(text, spans, last) > last
        ):
            break  # (but "said a senior U.S. official")
        following = _folded(text, spans[last + 1])
        if following in _RELATIVES or following in _CUE_STOPS or following in _AUXILIARIES:
            break  # "The minister did not ...": the verb's auxiliary ends the subject
        if following in _SETTING_LEADS and _setting_after(text, spans, last + 2):
            break  # "said the ministry in a statement", "said the mayor on Monday"
        last += 1
    if last == index and folded not in _GROUP_NOUNS:
        return None
    start = _bare(text, spans[index])[0]
    end = _bare(text, spans[last])[1]
    anonymous = _ANONYMOUS_RELATIVE.match(text, end, min(len(text), end + 80))
    if anonymous is not None:
        end = anonymous.end()  # "a senior diplomat who asked not to be named"
    return Phrase(start, end, "description", start, _head(text, spans, index, last))


def _people_noun_after(text: str, spans: list[tuple[int, int]], last: int) -> int:
    """The index of a noun of people that ends a name's phrase after ``spans[last]``, or -1.

    ``U.S. officials``, ``Goldman Sachs economists``, ``Kremlin spokesman``: a lower-case
    noun (one of two words at most, ``chief economist``) after what names where the
    people work, with nothing after it but the end of the clause or a function word.
    """
    start, end = spans[last]
    if text[end - 1] in ',;:!?"”' or (text[end - 1] == "." and not _abbreviated(text[start:end])):
        return -1
    found = -1
    for position in range(last + 1, min(len(spans), last + 3)):
        word = _word(text, spans[position])
        folded = word.casefold()
        if not word.islower() or not (
            folded in _ROLE_WORDS
            or folded in _GROUP_NOUNS
            or folded in _ANONYMOUS_NOUNS
            or _people(text, spans[position])
        ):
            break
        found = position
        if text[spans[position][1] - 1] in ',.;:!?"”':
            break
    if found < 0 or text[spans[found][1] - 1] in ',.;:!?"”' or found + 1 >= len(spans):
        return found
    following = _word(text, spans[found + 1])
    return found if following.casefold() in _FUNCTION_WORDS or not following[:1].isalpha() else -1


def _role_then_name(text: str, spans: list[tuple[int, int]], index: int) -> bool:
    """Whether the role words from ``spans[index]`` on lead to a capitalised name.

    ``Foreign Ministry spokesperson Zhao Lijian``, ``White House chief strategist Steve
    Bannon``: at most three words of a role, none ending a clause, between what names the
    speaker's organisation and the speaker's own name.
    """
    for position in range(index, min(len(spans), index + 4)):
        word = _word(text, spans[position])
        folded = word.casefold()
        if position < index + 3 and folded in _ROLE_WORDS:
            if text[spans[position][1] - 1] in ',.;:!?"”':
                return False
            continue
        return position > index and _is_capital(word) and folded not in _FUNCTION_WORDS
    return False


def _past_modifiers(text: str, spans: list[tuple[int, int]], index: int) -> int:
    """Where a name starts after lower-case modifiers: "said 9/11 widow Terry Strada".

    Returns ``index`` unchanged unless up to three modifier words lead to a capitalised name.
    """
    for position in range(index, min(len(spans), index + 4)):
        word = _word(text, spans[position])
        if text[spans[position][1] - 1] in ",.;:!?" and not _abbreviated(
            text[spans[position][0] : spans[position][1]]  # "said former Sen. Evan Bayh"
        ):
            return index
        if _is_capital(word) and word.casefold() not in _FUNCTION_WORDS:
            return position if position > index else index
        folded = word.casefold()
        if (
            folded in _FUNCTION_WORDS
            or folded in _DETERMINERS
            or not (folded in _ROLE_WORDS or word[:1].isdigit() or word.islower())
        ):
            return index
    return index


def _head(text: str, spans: list[tuple[int, int]], first: int, last: int) -> str:
    """The head noun of a description: the last word before any prepositional phrase."""
    head = _folded(text, spans[first])
    for position in range(first + 1, last + 1):
        noun = _folded(text, spans[position])
        if noun in _PREPOSITIONS:
            break
        head = noun
    return head
