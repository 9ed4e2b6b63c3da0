"""Speakers: who the sources of a story are, with every mention that refers to each.

Sources found by the attribution stage are resolved in text order:

- a **name** joins the speaker it shortens: a later ``Xi`` is ``Xi Jinping`` (family name
  first for Chinese, Korean and Vietnamese names: :mod:`wirenews.data.names`), ``Mr. Trump``
  is ``Donald Trump``; the fullest form anywhere in the story, with the title written before
  it, names the speaker (``Chinese President`` ``Xi Jinping``);
- a **pronoun** is the most recent compatible speaker or named subject before it: ``he``
  and ``she`` a person of that gender or of unknown gender (gender comes from given names,
  titles and honorifics, and from pronouns already resolved), ``they`` a group or an
  organisation, ``it`` an organisation;
- a **description** joins an earlier one with the same head noun (``the ministry`` after
  ``the Foreign Ministry``).

Every name in the story (headline included) that names a speaker becomes one of its
mentions, as do the pronouns resolved to it: sources, and every ``he``, ``his``, ``her``
outside a quotation (the most recent person of that gender named before it, or the
subject a sentence-opening phrase points ahead to: ``For his part, Lukashenko``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Final, final

import regex

from wirenews.data.names import FAMILY_NAME_FIRST, GIVEN_NAMES
from wirenews.data.places import COUNTRIES, NATIONALITIES
from wirenews.data.sources import (
    ANONYMOUS_NOUNS,
    COMPANY_NAME_WORDS,
    COMPANY_NOUNS,
    GROUP_NOUNS,
    MEDIA_NOUNS,
    ORGANIZATION_NAME_WORDS,
    ORGANIZATION_NOUNS,
    PERSONAL_PRONOUNS,
    PRONOUNS,
)
from wirenews.data.titles import GENDERED, HONORIFICS, ROLE_WORDS, TITLES
from wirenews.data.words import FUNCTION_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wirenews._phrases import Phrase

__all__ = ["Entity", "NameRun", "attach_pronouns", "find_names", "resolve"]

_PARTICLE_WORDS: Final = "de van von bin ibn al da del la le du der"
_PARTICLES: Final = frozenset(_PARTICLE_WORDS.split())
"""Name particles, which a run of capitalised words may hold (``Ursula von der Leyen``)."""
# A run of capitalised words, joined by blanks and name particles; {upper} is a capital
# letter, {letter} any character of a word and {particles} the particles as alternatives.
_RUN_PATTERN: Final = r"""
    {upper}{letter}*
    ( (?: [ \t\u00a0]+ (?: (?:{particles}) [ \t\u00a0]+ )?
          {upper}{letter}* )+ )?
"""
_RUN: Final = regex.compile(
    _RUN_PATTERN.format(
        upper=r"\p{Lu}", letter=r"[\p{L}\p{M}'’.\-]", particles="|".join(_PARTICLE_WORDS.split())
    ),
    regex.VERBOSE,
)
"""A run of capitalised words; its group matches when there is more than one word."""
_WORD_CLASSES: Final = bytes(
    ord("A")
    if "A" <= character <= "Z"
    else ord("a")
    if "a" <= character <= "z" or character in "'.-"
    else ord(" ")
    for character in map(chr, range(256))
)
"""The byte each ASCII character becomes in a copy of a text that shows its words: a capital
is ``A``, another character of a word (:data:`_RUN`'s, in ASCII) ``a``, anything else a
blank."""
_TITLE_WORDS: Final = TITLES | {title[:-1] for title in TITLES if title.endswith(".")}
"""Words that are titles, written with or without their point (``Gov``, ``Gov.``)."""
_SUFFIXES: Final = frozenset("jr jr. sr sr. ii iii iv".split())


@final
class NameRun:
    """A capitalised name in the text: offsets, where the name starts after titles, words."""

    __slots__ = ("end", "name_start", "start", "words")

    def __init__(self, start: int, end: int, name_start: int, words: tuple[str, ...]) -> None:
        self.start = start
        self.end = end
        self.name_start = name_start
        self.words = words


def find_names(text: str, regions: list[tuple[int, int]]) -> list[NameRun]:
    """Every capitalised run in the regions that holds a name (titles split off).

    A capitalised function word ends a run (``Justice Against Sponsors of Terrorism Act`` is
    no person's name), and a leading one is dropped (``The``).

    >>> text = "Chinese President Xi Jinping met The Belarusian leader."
    >>> [(text[n.start : n.end], n.words) for n in find_names(text, [(0, len(text))])]
    [('Chinese President Xi Jinping', ('Xi', 'Jinping')), ('Belarusian', ('Belarusian',))]
    """
    runs: list[NameRun] = []
    for low, high in regions:
        # (a negative bound, which regex reads from the end, goes to regex as it is)
        if 0 <= low <= high:
            part = text[low:high]
            if part.isascii():
                _add_ascii_names(text, low, part, runs)
                continue
        for found in _RUN.finditer(text, low, high):
            written = found.group()
            if found.lastindex:  # several words
                _add_words(text, found.start(), found.end(), written, runs)
            elif written.casefold() not in FUNCTION_WORDS:
                _add_word(found.start(), written, runs)
    return runs


def _add_ascii_names(text: str, low: int, part: str, runs: list[NameRun]) -> None:
    """Add the names in ``part``, ASCII text that starts at ``low``, as :data:`_RUN` finds them.

    A copy of the part that shows its words (:data:`_WORD_CLASSES`) gives where each
    capital and each word's end is with a ``find``: a scan at C speed, where a pattern would
    be tried anew at each capital.
    """
    shown = part.encode("ascii").translate(_WORD_CLASSES).decode("ascii")
    function_words = FUNCTION_WORDS  # a local name: the loop runs for every capitalised word
    start = shown.find("A")
    while start >= 0:
        end = _word_end(shown, start)
        several = False
        while True:  # the next word of the run: blanks, maybe a particle and blanks, a capital
            after = _blanks_end(part, end)
            if after < 0:
                break
            if shown[after] != "A":
                particle = _word_end(shown, after)
                if particle - after > 3 or part[after:particle] not in _PARTICLES:
                    break
                after = _blanks_end(part, particle)
                if after < 0 or shown[after] != "A":
                    break
            end = _word_end(shown, after)
            several = True
        written = part[start:end]
        if several:
            _add_words(text, low + start, low + end, written, runs)
        elif written.lower() not in function_words:  # ASCII: lower() is casefold()
            _add_word(low + start, written, runs)
        start = shown.find("A", end)


def _word_end(shown: str, start: int) -> int:
    """Where the word at ``start`` of a copy made with :data:`_WORD_CLASSES` ends."""
    end = shown.find(" ", start)
    return end if end >= 0 else len(shown)


def _blanks_end(part: str, start: int) -> int:
    """Where the blanks (spaces and tabs: ASCII) from ``start`` of ``part`` end.

    -1 when there is no blank at ``start``, or nothing after the blanks.
    """
    end, size = start, len(part)
    while end < size and part[end] in (" ", "\t"):
        end += 1
    return end if start < end < size else -1


def _add_word(start: int, written: str, runs: list[NameRun]) -> None:
    """Add a run of one word, no function word, written at ``start``: a name unless a title.

    The common case: most capitalised words stand alone (``Xi``, not ``President``).
    """
    # Only a word that ends in "s" (a possessive), "." or "," may lose its ending.
    word = _last_word(written) if written[-1] in ("s", ".", ",") else written
    if word not in _TITLE_WORDS:
        runs.append(NameRun(start, start + len(word), start, (word,)))


def _add_words(text: str, start: int, end: int, written: str, runs: list[NameRun]) -> None:
    """Add the names in a run of several words, ``written`` from ``start`` to ``end``.

    A capitalised function word splits the run (``Xi And Lukashenko``) and is dropped.
    """
    words = written.split()
    if FUNCTION_WORDS.isdisjoint(map(str.casefold, words)):
        _add_run(text, start, end, words, runs)  # the common case: one name
        return
    piece: list[str] = []
    position = end = start
    for word in words:
        position = text.index(word, position)
        if word.casefold() in FUNCTION_WORDS:
            _add_run(text, start, end, piece, runs)
            piece = []
        else:
            if not piece:
                start = position
            piece.append(word)
            end = position + len(word)
        position += len(word)
    _add_run(text, start, end, piece, runs)


def _last_word(word: str) -> str:
    """A name's last word without a possessive (``Trump's``) or a sentence's full stop.

    The point of an initial (``J.``), of an abbreviation (``U.S.``) or of a title (``Gov.``)
    stays. A word of a run starts with a letter, so what is left is never empty.
    """
    if word[-2:] in ("'s", "’s"):
        word = word[:-2]
    if word[-1:] in (".", ","):
        bare = word[:-1]
        if len(bare) > 1 and "." not in bare and bare + "." not in TITLES:
            return bare
    return word


def _add_run(text: str, start: int, end: int, words: list[str], runs: list[NameRun]) -> None:
    """Add the name the ``words`` written from ``start`` to ``end`` hold, if any, to ``runs``.

    The titles before the name (``Chinese President``) are split off it; a title written
    across ``of`` (``Secretary of State``) joins them.
    """
    if not words:
        return
    last = _last_word(words[-1])
    end -= len(words[-1]) - len(last)
    words[-1] = last
    name_first = 0
    for position, word in enumerate(words):
        if word in _TITLE_WORDS:
            name_first = position + 1
    if name_first == len(words):
        return  # titles alone ("Foreign Minister")
    name_start = start
    if name_first:
        for word in words[:name_first]:
            name_start = text.index(word, name_start) + len(word)
        name_start = text.index(words[name_first], name_start)
        if text.endswith(_OF, max(0, start - 4), start):
            start = _title_start(text, start)
    runs.append(NameRun(start, end, name_start, tuple(words[name_first:])))


_TITLE_OF: Final = regex.compile(
    r"(?<![\p{L}\p{M}.])((?:\p{Lu}[\p{L}\p{M}.\-]*[ \t\u00a0]+)+)of[ \t\u00a0]+\Z"
)


_OF: Final = ("of ", "of\t", "of\u00a0")


def _title_start(text: str, start: int) -> int:
    """Where a title written across ``of`` before ``start`` begins (``Secretary of State``).

    ``start`` itself when the words before ``of`` end in no title.
    """
    found = _TITLE_OF.search(text, max(0, start - 60), start)
    if found is None or found.group(1).split()[-1] not in TITLES:
        return start
    return found.start(1)


def _short(words: tuple[str, ...]) -> str:
    """The form a later mention shortens a name to: the family name."""
    # (casefold() never makes a word shorter, and no suffix is longer than three characters)
    kept = [word for word in words if len(word) > 3 or word.casefold() not in _SUFFIXES]
    if not kept:
        kept = list(words)
    if len(kept) > 1 and _family_first(kept):
        return kept[0]
    return kept[-1]


def _family_first(words: Sequence[str]) -> bool:
    """Whether the name is written family name first (``Xi Jinping``, ``Moon Jae-in``)."""
    return len(words) > 1 and words[0] in FAMILY_NAME_FIRST and words[1] not in GIVEN_NAMES


class Entity:
    """A speaker being built: its kind, best name and title, forms, gender and mentions."""

    def __init__(self, kind: str, name: str, title: str | None, gender: str | None) -> None:
        self.kind = kind
        self.name = name
        self.title = title
        self.gender = gender
        self.forms: set[str] = set()
        self.aliases: list[str] = []
        self.alias_set: set[str] = set()  # the aliases, for lookups in constant time
        self.mentions: set[tuple[int, int]] = set()
        self.head = ""
        self.speaks = False
        self.named = False  # named by a proper name a description held (an outlet's)

    def add_form(self, form: str) -> None:
        """Record a form the text uses for this speaker (an alias unless it is the name)."""
        if form != self.name and form not in self.alias_set:
            self.aliases.append(form)
            self.alias_set.add(form)

    def rename(self, name: str) -> None:
        """Make ``name`` the speaker's name, and the old name an alias."""
        old, self.name = self.name, name
        if name in self.alias_set:
            self.aliases.remove(name)
            self.alias_set.discard(name)
        self.add_form(old)


_run_start = attrgetter("start")


class _Resolver:
    def __init__(self, text: str, names: list[NameRun]) -> None:
        self.text = text
        self.names = names
        self.counts: dict[tuple[str, ...], int] = {}
        self.by_short: dict[str, list[NameRun]] = {}
        self.by_ends: dict[tuple[str, str], list[NameRun]] = {}
        # (first word, last word), or ("", short form): the best of their names, see _fullest
        self.best: dict[tuple[str, str], tuple[list[NameRun], list[int]]] = {}
        for name in names:
            if len(name.words) > 1:  # only names of several words are ever ranked
                self.counts[name.words] = self.counts.get(name.words, 0) + 1
                self.by_short.setdefault(_short(name.words), []).append(name)
                self.by_ends.setdefault((name.words[0], name.words[-1]), []).append(name)
        self.entities: list[Entity] = []
        self.by_form: dict[str, int] = {}
        self.by_head: dict[str, int] = {}
        # Antecedents so far: (position, entity index, or a person's name not yet an entity).
        self.history: list[tuple[int, int | NameRun]] = []
        # Names of two or three words that may be a person's, for the pronoun fallback.
        self.person_names = [
            run
            for run in names
            if 2 <= len(run.words) <= 3
            and run.words[-1] not in ORGANIZATION_NAME_WORDS
            and not any(map(str.isdigit, "".join(run.words)))  # character by character
        ]
        self.person_names.sort(key=_run_start)
        self.person_starts = [run.start for run in self.person_names]

    def name(self, phrase: Phrase) -> int:
        text = self.text
        words = [
            word for word in text[phrase.name_start : phrase.end].split() if word not in HONORIFICS
        ] or text[phrase.name_start : phrase.end].split()
        form = " ".join(words)
        key = form.casefold()
        if key not in self.by_form and len(words) == 1 and key in ROLE_WORDS:
            titled = self.titled(key)  # "the President emphasized", after his full name
            if titled >= 0:
                self.entities[titled].add_form(form)
                return titled
        if key in self.by_form:
            entity = self.by_form[key]
            self.entities[entity].add_form(form)
            return entity
        full = self._fullest(words, phrase.start)
        if full is not None:
            key_full = " ".join(full.words).casefold()
            if key_full in self.by_form:
                entity = self.by_form[key_full]
                self.by_form[key] = entity
                self.entities[entity].add_form(form)
                return entity
            title = text[full.start : full.name_start].strip() or None
            return self._new_person(full.words, title, form)
        title = text[phrase.start : phrase.name_start].strip() or None
        return self._new_person(tuple(words), title, form)

    def _fullest(self, words: Sequence[str], position: int) -> NameRun | None:
        """The fullest name in the text that ``words`` may stand for, nearest first.

        One word stands for a name it is the family name of (``Xi`` for ``Xi Jinping``);
        several stand for a name with the same first and last words.
        """
        ends = ("", words[0]) if len(words) == 1 else (words[0], words[-1])
        best = self.best.get(ends)
        if best is None:
            best = self.best[ends] = self._best(ends)
        runs, starts = best
        if not runs or len(runs[0].words) < max(2, len(words)):
            return None
        # The nearest: the last one named before the position, or else the first after it.
        at = bisect_right(starts, position) - 1
        return runs[at] if at >= 0 else runs[0]

    def _best(self, ends: tuple[str, str]) -> tuple[list[NameRun], list[int]]:
        """The names with these ends (or this short form) that the story may mean, in order.

        The longest names; among equals (Hillary and Bill Clinton), the ones the story names
        most often. Found once for each pair of ends, so that a story of many names that
        share them (``John A. Smith``, ``John B. Smith``, ...) is read in linear time.
        """
        first, last = ends
        candidates = self.by_short.get(last, []) if not first else self.by_ends.get(ends, [])
        rank = max(
            ((len(run.words), self.counts.get(run.words, 0)) for run in candidates), default=None
        )
        # By start (a title moved back may put a run before an earlier one), the first of
        # runs that start together kept, as a scan in the text's order would keep it.
        runs: list[NameRun] = []
        for run in sorted(
            (run for run in candidates if (len(run.words), self.counts.get(run.words, 0)) == rank),
            key=_run_start,
        ):
            if not runs or runs[-1].start != run.start:
                runs.append(run)
        return runs, [run.start for run in runs]

    def _new_person(self, words: tuple[str, ...], title: str | None, form: str) -> int:
        name = " ".join(words)
        gender = GIVEN_NAMES.get(words[0]) if not _family_first(words) or len(words) == 1 else None
        for word in (title or "").split():
            gender = gender or GENDERED.get(word)
        kind = "organization" if name in COUNTRIES and not title else "person"
        entity = Entity(kind, name, title, gender)
        index = len(self.entities)
        self.entities.append(entity)
        for key in (name.casefold(), _short(words).casefold(), form.casefold()):
            self.by_form.setdefault(key, index)
        entity.add_form(form)
        return index

    def description(self, phrase: Phrase) -> int:
        text = self.text[phrase.start : phrase.end]
        head = phrase.head
        words = text.split()
        if 2 <= len(words) <= 3 and words[0] in {"the", "The"}:
            titled = self.titled(head)
            if titled < 0 and head in COMPANY_NOUNS and head not in self.by_head:
                titled = self.company()  # "The company said", after "Summit Energy Inc said"
            if titled >= 0:  # "The spokesman also noted", after "Spokesman Dmitry Peskov"
                self.entities[titled].add_form(text)
                return titled
        known = self.by_head.get(head, -1)
        bare = _strip_article(text)
        if known >= 0 and not _other_names(self.entities[known].name, bare):
            entity = self.entities[known]
            if (
                entity.kind == "organization"
                and not entity.named
                and len(bare.split()) > len(entity.name.split())
            ):
                entity.rename(bare)
            else:
                entity.add_form(bare if entity.kind == "organization" else text)
            return known
        if head in GROUP_NOUNS:
            kind = "group"
        elif head in ANONYMOUS_NOUNS:
            kind = "anonymous"
        else:
            kind = "organization"
        name = bare if kind == "organization" else text
        gender = next((GENDERED[word] for word in text.split() if word in GENDERED), None)
        entity = Entity(kind, name, None, gender)
        entity.head = head
        self.entities.append(entity)
        index = len(self.entities) - 1
        self.by_head[head] = index
        if head in MEDIA_NOUNS:
            # "the official Tanjug news agency said ... Tanjug said": the outlet's name
            outlet = _outlet_name(words, head)
            if outlet:
                entity.rename(outlet)  # its name, the description an alias
                entity.named = True
                self.by_form.setdefault(outlet.casefold(), index)
        return index

    def company(self) -> int:
        """The last company named before (``Summit Energy Inc``), or -1."""
        for _, reference in reversed(self.history[-_HISTORY:]):
            if isinstance(reference, NameRun):
                continue
            entity = self.entities[reference]
            if entity.kind == "organization" and entity.head in COMPANY_NAME_WORDS:
                return reference
        return -1

    def titled(self, head: str) -> int:
        """The last person named before with a title ending in ``head``, or -1.

        ``the President`` and ``the spokesman`` stand for the person last named with that
        title (``Belarusian President Alexander Lukashenko``, ``Kremlin Spokesman Dmitry
        Peskov``), as wire copy refers to them again.
        """
        for _, reference in reversed(self.history[-_HISTORY:]):
            if isinstance(reference, NameRun):
                title = self.text[reference.start : reference.name_start].split()
                if title and title[-1].casefold() == head:
                    return self.name(_phrase_of(reference))
                continue
            entity = self.entities[reference]
            if (
                entity.kind == "person"
                and entity.title
                and entity.title.split()[-1].casefold() == head
            ):
                return reference
        return -1

    def pronoun(self, phrase: Phrase) -> int:
        """The most recent compatible antecedent before the pronoun, made an entity if need be."""
        wanted = PRONOUNS[phrase.head]
        if wanted == "first":
            return -1  # "I said": the writer, whom the story does not name
        for _, reference in reversed(self.history[-_HISTORY:]):
            if isinstance(reference, NameRun):
                if wanted not in {"male", "female"}:
                    continue
                gender = _gender(self.text, reference)
                if gender not in {None, wanted}:
                    continue
                index = self.name(_phrase_of(reference))
            else:
                index = reference
            entity = self.entities[index]
            if wanted in {"male", "female"}:
                if entity.kind == "person" and entity.gender in {None, wanted}:
                    entity.gender = wanted
                    return index
            elif wanted == "plural":
                if entity.kind in {"group", "organization"}:
                    return index
            elif entity.kind == "organization":
                return index
        if wanted in {"male", "female"}:
            return self._nearest_name(phrase.start)
        return -1

    def _nearest_name(self, position: int) -> int:
        """The last name of two or three words before ``position`` that may be a person's.

        A fallback for ``he`` and ``she`` when no name reads as a person's by its given name
        or title: ``Tina Houchins had a question ... "...," she said``.
        """
        found = bisect_left(self.person_starts, position) - 1
        return self.name(_phrase_of(self.person_names[found])) if found >= 0 else -1


def _outlet_name(words: list[str], head: str) -> str:
    """The name of a media outlet its description holds, or ``""``.

    The capitalised words right before the outlet's noun, in lower case and last, or before
    ``news`` or ``press`` and the noun (``Tanjug`` in ``the official Tanjug news agency``,
    ``Business Day`` in ``the authoritative Business Day newspaper``); not a nationality
    (``the Iranian news agency``) nor a body the outlet belongs to (``an Energy Department
    agency``).
    """
    if words[-1] != head or words[0] in {"a", "A", "an", "An"}:
        return ""  # the noun is part of the name ("the New China News Agency"), or one of many
    end = len(words) - 1
    if end > 0 and words[end - 1] in {"news", "press"}:
        end -= 1
    first = 1 if words[0] in {"the", "The"} else 0
    start = end
    while start > first and _capitalised(words[start - 1]):
        start -= 1
        if start > first + 1 and words[start - 1] in _NAME_CONNECTORS:
            start -= 1  # "Estado de Sao Paulo"
    if start == end or words[end - 1].casefold() in ORGANIZATION_NOUNS:
        return ""
    if end - start == 1 and (
        words[start][:4] in _COUNTRY_PREFIXES or words[start] in NATIONALITIES
    ):
        return ""  # "Iranian", "Chinese", "Dutch": a nationality
    return " ".join(words[start:end])


def _capitalised(word: str) -> bool:
    """Whether each part of a word starts with a capital and it owns nothing.

    ``Tanjug``, ``IRNA``, ``Itar-Tass``; not ``English-language`` nor ``Tehran's``.
    """
    owner = word.endswith(("'s", "’s"))
    return not owner and all(part[:1].isupper() for part in word.split("-"))


_NAME_CONNECTORS: Final = frozenset("de do da di del della des du van von".split())
"""Lower-case words inside a proper name (``Estado de Sao Paulo``)."""


_COUNTRY_PREFIXES: Final = frozenset(country[:4] for country in COUNTRIES)
"""The first four letters of each country's name, which its nationality shares (``Iran``,
``Iranian``)."""


def _phrase_of(run: NameRun) -> Phrase:
    from wirenews._phrases import Phrase  # noqa: PLC0415 (import cycle with annotations)

    return Phrase(run.start, run.end, "name", run.name_start, run.words[-1].casefold())


def _gender(text: str, run: NameRun) -> str | None:
    """The gender a name implies by its given name or its title, if any."""
    if not _family_first(run.words) or len(run.words) == 1:
        gender = GIVEN_NAMES.get(run.words[0])
        if gender is not None:
            return gender
    for word in text[run.start : run.name_start].split():
        if word in GENDERED:
            return GENDERED[word]
    return None


def _person_like(text: str, run: NameRun) -> bool:
    """Whether a name reads as a person's: a known given name, or a title before it."""
    return run.name_start > run.start or run.words[0] in GIVEN_NAMES


def _other_names(name: str, other: str) -> bool:
    """Whether two names of organisations with the same head name different ones.

    ``McDonnell Douglas Corp`` and ``Alpha Health Systems Corp`` are two companies, ``the
    Foreign Ministry`` and ``the Defence Ministry`` two ministries; ``the Chinese Foreign
    Ministry`` and ``the Foreign Ministry`` are one, and so are a name and ``the ministry``.
    Both are names (two capitalised words at least, any other a function word: ``Byron
    Nimocks of E.F. Hutton Group``) and neither holds every capitalised word of the other.
    """
    words = _name_words(name)
    other_words = _name_words(other)
    if len(words) < 2 or len(other_words) < 2:
        return False
    return not (words <= other_words or other_words <= words)


def _name_words(name: str) -> frozenset[str]:
    """The capitalised words of a name, or none if it holds another lower-case word.

    Function words may stand between them (``of``); any other lower-case word makes it a
    description, not a name (``the ministry``, ``the Bass family``).
    """
    words = name.split()
    if any(not word[:1].isupper() and word not in FUNCTION_WORDS for word in words):
        return frozenset()
    return frozenset(word for word in words if word[:1].isupper())


def _strip_article(text: str) -> str:
    words = text.split()
    if len(words) > 1 and words[0].casefold() == "the":
        return " ".join(words[1:])
    return text


def resolve(
    text: str,
    sources: list[tuple[Phrase, int]],
    names: list[NameRun],
) -> tuple[list[Entity], list[int]]:
    """Resolve each source phrase to an entity; return the entities and each source's index.

    ``sources`` are the phrases in text order with the position that orders them. Names in
    the text that read as people's (a given name, a title) count as antecedents for a later
    ``he`` or ``she`` even when they are not sources.
    """
    resolver = _Resolver(text, names)
    people = [run for run in names if _person_like(text, run)]
    result: list[int] = []
    cursor = 0
    for phrase, position in sources:
        while cursor < len(people) and people[cursor].start < position:
            run = people[cursor]
            cursor += 1
            known = resolver.by_form.get(" ".join(run.words).casefold())
            resolver.history.append((run.start, run if known is None else known))
        if phrase.kind == "pronoun":
            index = resolver.pronoun(phrase)
        elif phrase.kind == "name":
            index = resolver.name(phrase)
        else:
            index = resolver.description(phrase)
        result.append(index)
        if phrase.kind != "pronoun" and index >= 0:
            acronym = _acronym_after(text, phrase)
            if acronym:  # "the Joint Chiefs of Staff (JCS) said ... The JCS added"
                resolver.by_form.setdefault(acronym.casefold(), index)
        if index >= 0:
            resolver.entities[index].speaks = True
            resolver.entities[index].mentions.add((phrase.start, phrase.end))
            if phrase.relative is not None:
                resolver.entities[index].mentions.add(phrase.relative)  # "who" stands for it
            resolver.history.append((position, index))
    _collect_mentions(resolver)
    return resolver.entities, result


_ACRONYM: Final = re.compile(r"[ \t\u00a0]*\(([A-Z][A-Z&]{1,7})\)")
"""An acronym in brackets right after a name: ``the Joint Chiefs of Staff (JCS)``."""


def _acronym_after(text: str, phrase: Phrase) -> str:
    """The acronym written in brackets right after the phrase, if it spells its initials.

    The initials are those of the phrase's capitalised words (``Shanghai Cooperation
    Organization (SCO)``, ``Organization of the Petroleum Exporting Countries (OPEC)``);
    an ampersand counts as one. The empty string if there is none.
    """
    found = _ACRONYM.match(text, phrase.end, min(len(text), phrase.end + 16))
    if found is None:
        return ""
    initials = "".join(
        word[0]
        for word in text[phrase.start : phrase.end].split()
        if word[0].isupper() and word.casefold() not in FUNCTION_WORDS  # (not "The")
    )
    acronym = found.group(1)
    return acronym if acronym.replace("&", "") == initials.replace("&", "") else ""


def _collect_mentions(resolver: _Resolver) -> None:
    """Add every name in the text that names a speaker to that speaker's mentions."""
    by_form, entities = resolver.by_form, resolver.entities
    for run in resolver.names:
        form = " ".join(run.words)
        index = by_form.get(form.casefold())
        if index is None and any(word in HONORIFICS for word in run.words):
            short = " ".join(word for word in run.words if word not in HONORIFICS)
            index = by_form.get(short.casefold())  # "Mr. Trump" names Trump
        if index is None:
            continue
        entity = entities[index]
        if entity.kind == "person":
            entity.mentions.add((run.start, run.end))
            entity.add_form(form)


def _pronoun_pattern(words: list[str]) -> re.Pattern[str]:
    """A pattern for ``words`` as written or in capitals, led by a character class.

    ``re`` skips fast to a character of a leading class; a look-behind at every position,
    or a leading word boundary, would make the scan several times slower.
    """
    firsts = sorted({word[0] for word in words})
    tails = []
    for first in firsts:
        rests = sorted(
            {form for word in words if word[0] == first for form in (word[1:], word[1:].upper())},
            key=len,
            reverse=True,
        )
        tails.append(f"(?<=[{first}{first.upper()}])(?:{'|'.join(rests)})")
    lead = "".join(first + first.upper() for first in firsts)
    return re.compile(rf"[{lead}]\B(?<=\b[{lead}])(?:{'|'.join(tails)})\b")


_PERSONAL: Final = _pronoun_pattern(list(PERSONAL_PRONOUNS))
_LETTERS: Final = bytes(
    ord(character.lower()) if character.isascii() and character.isalpha() else ord(" ")
    for character in map(chr, range(256))
)
"""The byte each Latin-1 character becomes in a copy of a text with only its ASCII letters,
in lower case: everything else is a blank."""


_PRONOUN_SPOTS: Final = tuple(sorted({" " + word[:2] for word in PERSONAL_PRONOUNS}))
"""A blank and the first two letters of each pronoun (``" he"``, ``" hi"``, ``" sh"``): where a
pronoun may start in a copy made with :data:`_LETTERS`."""


def _pronoun_starts(text: str, low: int, high: int) -> list[int]:
    """Where :data:`_PERSONAL` may match in ``text[low:high]``, in order: a few more places.

    Wherever a pronoun stands as a word, a copy of the text with only its ASCII letters (in
    lower case, all else blanks, one character for each character) holds the pronoun between
    blanks: a word's edge is no ASCII letter. ``find`` skips through that copy at C speed to
    each blank and first two letters of a pronoun (:data:`_PRONOUN_SPOTS`), rare enough that
    reading the word there costs little; the pattern then reads only the places found.
    """
    drawn = " " + text[low:high].encode("latin-1", "replace").translate(_LETTERS).decode() + " "
    # Character i + 1 of the copy stands for character low + i of the text.
    starts: list[int] = []
    for spot in _PRONOUN_SPOTS:
        at = drawn.find(spot)
        while at >= 0:
            end = drawn.find(" ", at + 1)  # found: the copy ends with a blank
            if drawn[at + 1 : end] in PERSONAL_PRONOUNS:
                starts.append(low + at)
            at = drawn.find(spot, end)
    starts.sort()
    return starts


# How far back (in person mentions) a pronoun looks for the person it stands for.
_LOOKBACK: Final = 12
# How far back (in sources and named people) a source pronoun looks for its antecedent.
_HISTORY: Final = 64


def attach_pronouns(
    text: str,
    entities: list[Entity],
    names: list[NameRun],
    regions: list[tuple[int, int]],
    quoted: list[tuple[int, int]],
) -> None:
    """Make every personal pronoun outside the quotations a mention of the person it means.

    ``he``, ``his``, ``him`` (and ``she``, ``her``) stand for the most recent person named or
    mentioned before them whose gender fits, unless a sentence opens with a phrase that
    points ahead to its subject (``For his part, Lukashenko expressed``). People who are no
    speaker take their pronouns too, so a pronoun is never handed past them.
    """
    people = _People(text, entities, names)
    quote_starts = [start for start, _ in quoted]
    found: list[tuple[int, int, int]] = []
    for low, high in regions:
        for at in _pronoun_starts(text, low, high):
            match = _PERSONAL.match(text, at, high)
            if match is None:
                continue  # "he5", "Жhe": no word of its own
            start, end = match.span()
            inside = bisect_right(quote_starts, start) - 1
            if (start, end) in people.taken or (inside >= 0 and start < quoted[inside][1]):
                continue
            wanted = PERSONAL_PRONOUNS[match.group().casefold()]
            index = people.ahead(start, low, wanted)
            if index is None:
                index = people.behind(start, wanted)
            if index >= 0:
                found.append((start, end, index))
    for start, end, index in found:
        entity = entities[index]
        entity.mentions.add((start, end))
        entity.gender = entity.gender or PERSONAL_PRONOUNS[text[start:end].casefold()]


# A sentence that opens with a prepositional phrase holding the pronoun: "For his part, ".
_OPENING: Final = re.compile(
    r"(?:for|in|during|after|before|at|on|with|upon|since|unlike|despite|like)\s+(?:\w+\s+)*",
    re.IGNORECASE,
)
_OPENING_CLAUSE: Final = re.compile(r"[^,.;:!?\"“”]{0,80}?,\s+")
_OPENING_REACH: Final = 40
"""How many characters an opening phrase may run before its pronoun."""


class _People:
    """Where each person is mentioned, for the pronouns to look back (or ahead) to."""

    def __init__(self, text: str, entities: list[Entity], names: list[NameRun]) -> None:
        self.text = text
        self.entities = entities
        # start -> (entity, or -1 for a person who is no speaker; the gender the name implies)
        self.timeline: dict[int, tuple[int, str | None]] = {}
        self.taken: set[tuple[int, int]] = set()
        for index, entity in enumerate(entities):
            if entity.kind != "person":
                continue
            for start, end in entity.mentions:
                self.timeline[start] = (index, None)
                self.taken.add((start, end))
        for run in names:
            if run.start not in self.timeline and _person_like(text, run):
                self.timeline[run.start] = (-1, _gender(text, run))
        self.starts = sorted(self.timeline)

    def _gender(self, start: int) -> tuple[int, str | None]:
        index, gender = self.timeline[start]
        return index, self.entities[index].gender if index >= 0 else gender

    def ahead(self, start: int, low: int, wanted: str) -> int | None:
        """The subject an opening phrase holding the pronoun points ahead to, if any."""
        text = self.text
        # An opening further back than 40 characters is none, so no search goes further back
        # than that: a search back to ``low`` would cost a paragraph per pronoun. (A bound
        # below 0, which str.rfind counts from the end, stays as it is.)
        near = max(low, start - _OPENING_REACH - 2) if low >= 0 else low
        opening = max(text.rfind(". ", near, start) + 2, text.rfind("\n", near, start) + 1)
        opening = max(opening, low)  # (two at a time: cheaper than one call with three)
        if start - opening > _OPENING_REACH or _OPENING.fullmatch(text, opening, start) is None:
            return None
        clause = _OPENING_CLAUSE.match(text, start)
        if clause is None or clause.end() not in self.timeline:
            return None
        index, gender = self._gender(clause.end())
        return index if index >= 0 and (gender is None or gender == wanted) else None

    def behind(self, start: int, wanted: str) -> int:
        """The most recent person before ``start`` whose gender fits (-1: none, or no speaker)."""
        position = bisect_left(self.starts, start)
        for earlier in reversed(self.starts[max(0, position - _LOOKBACK) : position]):
            index, gender = self._gender(earlier)
            if gender is None or gender == wanted:
                return index
        return -1
