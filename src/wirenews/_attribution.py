"""Attribution: which cue and source each quotation (and, later, each statement) hangs on.

For every paragraph the stage finds its sentences (quotations kept whole) and its *anchors*:
points of attribution made of a cue and the phrase naming its source
(:mod:`wirenews._phrases`). Anchors come from

- reporting verbs and ``according to`` (:mod:`wirenews._cues`), with the subject before the
  verb, the subject of the sentence after ``and`` (``outlined his plan and vowed``), or,
  for speech verbs in inverted order, the phrase after it (``"...," said John Smith``);
- participles (``..., adding that``), which take the speaker of the clause they hang on or,
  failing a cue there, the sentence's subject (``Dean poked at Trump, tweeting ...``);
- reporting nouns with their owner (``Trump's claim that``, ``her remarks``);
- word order around a quotation, whatever the verb: an inverted source and verb right after
  it (``"...?" Vitter demanded``), a verb and colon right before it (``He concluded: "``),
  a dash and a name after it (``"..." ― Sonya Herridge``);
- a colon introducing speech without a verb (``And from Chairwoman Rosenworcel:``) and a
  transcript's ``PENCE:``.

A quotation is then attributed, in this order, to:

1. the anchor right after it in its sentence (a few modifiers may come first: ``"...,"
   panel Chairman Jason Chaffetz said``); after a quotation ending in ``?`` or ``!`` the
   attribution may open the next sentence;
2. the last anchor before it in its sentence, a verb before a noun (``Smith said: "..."``,
   ``"A," she said, "B."``, ``Trump says voter fraud "would be ..."``), or, when it opens
   its sentence, the first anchor after it (``"..." to drive up the price, she said``);
3. a sentence ending in a colon just before it;
4. the quotation before it, when it opens its sentence with nothing after but the end of
   the paragraph, and follows an attributed quotation in its paragraph or the one above (a
   floating quote continues its speaker: ``inferred``).

A quotation embedded in a sentence it does not begin is ``partial``; one with no anchor is
left without a speaker, so a scare quote or a nickname is never forced onto someone.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Final, NamedTuple, final

import regex

from wirenews._cues import FIRST_WORDS, CueMatch, find_cues, sketch, trie
from wirenews._phrases import (
    Phrase,
    is_number,
    is_quantity,
    noun_phrase_after,
    phrase_after,
    phrase_before,
)
from wirenews._sentences import split_sentences
from wirenews.data.cues import (
    AUDIENCE,
    BELIEF_LEMMAS,
    EVIDENTIAL_VERBS,
    REPORTING_NOUNS,
)
from wirenews.data.regions import is_region
from wirenews.data.sources import ANONYMOUS_NOUNS, GROUP_NOUNS, PEOPLE_ENDINGS, SOURCE_NOUNS
from wirenews.data.words import AUXILIARIES, FUNCTION_WORDS, SENTENCE_ADVERBS

if TYPE_CHECKING:
    from wirenews._quotes import RawQuote

__all__ = [
    "QUESTION_WORDS",
    "WHEN_ASKED",
    "Anchor",
    "Attribution",
    "QuoteLink",
    "attribute",
    "inherit",
]

Sentence = tuple[int, int]


@final
class Anchor:
    """A cue and its source: one point of attribution in the text.

    ``cue_start``/``cue_end`` may reach past the verb to its audience (``told reporters``).
    ``role`` is the cue's grammatical role (``past``, ``third``, ``gerund``, ...), or
    ``participle``, ``noun``, ``dash``, ``colon``. A participle has no ``source``: it takes
    the speaker of ``governor`` (the index of the anchor whose clause it hangs on), or of
    ``subject``, the subject of its sentence.
    """

    __slots__ = (
        "cue_end",
        "cue_start",
        "governor",
        "lemma",
        "paragraph",
        "role",
        "sentence",
        "source",
        "subject",
    )

    def __init__(  # noqa: PLR0913, PLR0917 (one argument for each field, as the tuple had)
        self,
        cue_start: int,
        cue_end: int,
        lemma: str,
        role: str,
        source: Phrase | None,
        sentence: Sentence,
        paragraph: int,
        governor: int = -1,
        subject: Phrase | None = None,
    ) -> None:
        self.cue_start = cue_start
        self.cue_end = cue_end
        self.lemma = lemma
        self.role = role
        self.source = source
        self.sentence = sentence
        self.paragraph = paragraph
        self.governor = governor
        self.subject = subject

    def governed_by(self, governor: int) -> Anchor:
        """This anchor, governed by the anchor at index ``governor``."""
        return self._speaking_for(governor, self.subject)

    def with_subject(self, subject: Phrase) -> Anchor:
        """This anchor, its speaker the subject ``subject`` of its sentence."""
        return self._speaking_for(self.governor, subject)

    def _speaking_for(self, governor: int, subject: Phrase | None) -> Anchor:
        """This anchor with ``governor`` and ``subject``, which say whose words it reports."""
        return Anchor(
            self.cue_start,
            self.cue_end,
            self.lemma,
            self.role,
            self.source,
            self.sentence,
            self.paragraph,
            governor,
            subject,
        )

    def shifted(self, offset: int) -> Anchor:
        """This anchor, its governor (if it has one) counted ``offset`` later in a longer list."""
        return self.governed_by(self.governor + offset) if self.governor >= 0 else self


@final
class QuoteLink:
    """How a quotation is attributed: its anchor (-1 for none), and how it was found."""

    __slots__ = ("anchor", "inferred", "partial")

    def __init__(self, anchor: int, partial: bool, inferred: bool) -> None:
        self.anchor = anchor
        self.partial = partial
        self.inferred = inferred


class Attribution(NamedTuple):
    """The anchors of a text, each quotation's link to one, and each paragraph's sentences."""

    anchors: list[Anchor]
    links: list[QuoteLink]
    sentences: list[list[Sentence]]


_SPACE: Final = r"[ \t\u00a0]"
_AUDIENCE: Final = regex.compile(rf"{_SPACE}+{AUDIENCE}\b", regex.IGNORECASE)
_BEFORE_GAP: Final = regex.compile(r"(?r)[\s,:]*(?:\bthat\s*)?\Z")
_ASKS: Final = regex.compile(r"[?!]")
# "..." ― Sonya Herridge
_DASH: Final = regex.compile(rf"{_SPACE}*[―—–-]{{1,2}}{_SPACE}*(?=\p{{Lu}})")
# A verb after an inverted source ("Vitter demanded", "Blige sings"): lower case, -ed or -s.
_VERB: Final = regex.compile(
    rf"{_SPACE}*(?P<verb>(?!(?:is|was|has|does|this|his|its|as|us|yes|less|unless)\b)"
    r"\p{Ll}{2,}(?:ed|s))\b(?![\p{L}'’])"
)
# A verb and a colon right before a quotation: "He concluded: "...".
_COLON_VERB: Final = regex.compile(rf"(?r)\b(?P<verb>\p{{Ll}}{{2,}}(?:ed|s)){_SPACE}*:\s*\Z")
# A verb that characterises someone with a quoted label: "dismissed Estonia as being in the
# "suburbs"", "has been pounding Trump as a "con artist"".
_CHARACTERIZED: Final = regex.compile(
    rf"(?r)\b(?P<verb>\p{{Ll}}{{2,}}(?:ed|s|ing)){_SPACE}+(?:[^\s,.;:!?\"“”]+{_SPACE}+){{0,6}}"
    rf"as{_SPACE}+(?:(?:a|an|the|being|being{_SPACE}+in{_SPACE}+the){_SPACE}+)?\Z"
)
# A sentence ending in a colon that introduces speech: "And from Chairwoman Rosenworcel:".
_COLON_END: Final = regex.compile(r"(?r):[\s\"“”']*\Z")
# A preposition of place or time before the phrase ending such a sentence.
_PLACE_BEFORE: Final = regex.compile(
    r"(?ri)\b(?:in|at|on|near|inside|outside|into|during|before|after|over|across)\s+(?:the\s+)?\Z"
)
_NON_SPACE: Final = re.compile(r"\S")
# A verb right before a name that has no title: the name is its object ("tagged Elon Musk:").
_OBJECT_BEFORE: Final = regex.compile(rf"(?r)\b\p{{Ll}}{{2,}}(?:ed|s){_SPACE}+\Z")
_NEAR: Final = 40
"""How far back a pattern anchored at a quotation or a phrase looks for what leads to it."""
# Any preposition (and a determiner) before a phrase: the phrase is no subject or object.
_PREPOSITION: Final = regex.compile(
    r"(?ri)\b(?:in|at|on|near|inside|outside|into|during|before|after|over|across|among|of|"
    r"for|with|from|to|by|about|against|toward|towards|between|like)\s+"
    r"(?:(?:the|some|many|all|most|other|fellow)\s+)?\Z"
)
_TRANSCRIPT: Final = regex.compile(
    rf"(\p{{Lu}}[\p{{Lu}}'’.\-]+(?:{_SPACE}\p{{Lu}}[\p{{Lu}}'’.\-]+){{0,2}}){_SPACE}*:{_SPACE}"
)
# What follows a noun more often than a verb: "support for", "support;", "plan would".
_NOUN_FOLLOWERS: Final = re.compile(r"\s*(?:[,;.)]|for\b|of\b|would\b|will\b|is\b|was\b)")
# A verb or "from" right after a present-tense cue: the cue is a noun ("report was").
_VERB_AFTER: Final = re.compile(r"\s*(?:is|was|were|are|has|have|had|would|will|could|from)\b")
# What follows a plural noun rather than a verb of stance: "attacks on", "rules, ".
_NOUN_THEN: Final = re.compile(r"\s*(?:[,.;:)]|(?:on|and|or|against|at|using|from|over)\b)")
# A plural possessive: "Sanders' attacks", not a closing quote mark after a name.
_SENTENCE_END: Final = re.compile(r"[\s.!?\"”’')]*")
"""Nothing but the end of a sentence."""
_PLURAL_POSSESSIVE: Final = re.compile(r"s['’][ \t]+[a-z]")
_VIEW_WORDS: Final = frozenset([*EVIDENTIAL_VERBS, "asked"])
"""Verbs of a view with no holder, and of a question put: ``is expected to``, ``was asked``."""
_RAISING: Final = frozenset({"seems", "seemed", "appears", "appeared"})
"""The verbs of a view that need no ``to be`` before them (``X seems to``)."""
_BE_BEFORE: Final = regex.compile(
    r"(?ri)\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|also|now|still|generally)\s+)?\Z"
)
_TO_AFTER: Final = re.compile(r"\s+to\b")
_QUESTION_AFTER: Final = re.compile(r"\s+(?:about|whether|if|why|how|what|when|where|who)\b")
_UNSOURCED: Final = frozenset({"question", "evidential"})
"""Roles of anchors whose source the story does not name, which no clause's speaker fills."""
_COORDINATED: Final = regex.compile(
    r"(?ri)\b(?:and|but|or|then)"
    r"(?:\s+(?:also|later|then|again|now|still|even|instead|never|since|\p{Ll}{3,}ly))?\s+\Z"
)
_PROGRESSIVE: Final = regex.compile(
    r"(?ri)(?:\b(?:is|was|are|were|been|be|am)|['’](?:s|re|m))"
    r"(?:\s+(?:also|now|still|not|then))?\s+\Z"
)
_JOINED_NAME: Final = regex.compile(
    r"(?r)(?<!\b(?:of|in|from|with|between|for|to|at|on|by|and)\s+)"
    r"\b\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:and|&)\s+\Z"
)
"""A name and ``and`` right before a source that is a name: the last of names joined
(``Jeb Bush and Chris Christie say``), unless a preposition governs them (``Voters in Iowa
and New Hampshire say``)."""
_PLURALS: Final = frozenset("people police media staff public children men women crowd".split())
_AUXILIARY: Final = regex.compile(
    r"(?i)\b(?:will|would|can|could|may|might|shall|should|must|did|do|does|to)\b"
)
# A sentence opening with "Asked" and the question's first word.
QUESTION_WORDS: Final = "if|whether|about|what|why|how|who|whom|whose|when|where|which|to"
"""The words a question put opens with (``asked whether``, ``asked about``, ``asked to``)."""
_ASKED: Final = regex.compile(
    r"[\s\"“]*(?:[Ww]hen\s+|[Aa]fter\s+|[Oo]nce\s+)?(?:being\s+)?(?P<cue>[Aa]sked)\s+"
    rf"(?:[\w'’.]+\s+){{0,5}}?(?P<question>{QUESTION_WORDS})\b"
)
"""``Asked`` opening a sentence or a clause of time, and the question's first word a few
words on (``Asked on Fox News who leads the party``, ``Asked by Stephanopoulos to
respond``, ``... Christie said when asked whether ...``)."""
WHEN_ASKED: Final = re.compile(r"\b(?:when|after)[ \t\n\u00a0]+(?:being[ \t\n\u00a0]+)?\Z")
"""``when`` or ``after`` right before a cue: a clause of time the cue opens (not ``once``,
an adverb there: ``was once asked``)."""
_PEOPLE_NOUNS: Final = GROUP_NOUNS | ANONYMOUS_NOUNS
"""Nouns of people, who call something what they think it is rather than name it."""
_ASKED_REACH: Final = 60
"""How far after ``Asked`` the question's first word may come, in characters."""
_INFINITIVE: Final = regex.compile(r"(?ri)\bto\s+(?:\w+ly\s+)?\Z")
# Verbs after which an infinitive of speech is the subject speaking: "went on to say".
_GOING_ON: Final = regex.compile(
    r"(?ri)\b(?:(?:went|goes|go|going)\s+on|proceeded|hastened"
    r"|(?:was|were|is|are|be|been)\s+(?:quick|careful|eager|willing|prompted)"
    r"|(?:his|her|their)\s+way)\s+to\s+\Z"
)
# What polls say people are more likely to say: the subject says it.
_LIKELY: Final = regex.compile(r"(?ri)\b(?:more|most)\s+likely\s+to\s+\Z")
# An introductory phrase before the subject: "During a speech, ...", "On Tuesday, ...".
_INTRODUCTION: Final = regex.compile(
    r"(?i:during|in|on|at|after|before|earlier|later|last|since|while|when|from|with|"
    r"asked|pressed|questioned|challenged|contacted|reached|confronted|interviewed|"
    r"meanwhile|still|however|but|and|so|yet|\p{L}+ing"  # ..., "Following the test,"
    r"|(?:\p{L}+ly|soon|just|long|right|even)\s+(?:after|before|since|when|as|while)"
    r"|back\s+(?:in|on|when|then)"  # "Back in September, he wrote ..."
    r"|(?:\p{L}+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)"
    r"\s+(?:later|earlier|after|before|ago))\b"  # "Hours later,", "Two weeks after ...,"
)
# In an introduction, a place's state after its town ("In Ames, Iowa,") and the time after
# them ("on Sunday,"): both still introduce the subject.
_TOWN_BEFORE: Final = regex.compile(
    r"(?r)\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]utside)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}"
    r"\p{Lu}[\p{L}.'’-]*\Z"
)
_STATE_AFTER: Final = regex.compile(r"\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),")
_TIME_AFTER: Final = regex.compile(r"\s*(?:on|last|this|early|late|earlier|later)\b[^,.;:]{0,30},")
# A sentence's first word (after a degree word: "More recently,") and a comma right after it.
_OPENER: Final = regex.compile(
    r"[\s\"“]*(?:(?i:more|most|even|much|very|less|but|and)\s+)?(\p{L}+),"
)
_MODIFIERS: Final = regex.compile(rf"(?:\p{{Ll}}[\p{{Ll}}-]*{_SPACE}+){{0,3}}")
_NOUN: Final = re.compile(rf"(?<![\w'’-])(?:{trie(sorted(REPORTING_NOUNS))})(?![\w'’-])")
_CUE_SPOT, _NOUN_SPOT, _VIEW_SPOT = 1, 2, 4


def _spots_table() -> dict[bytes, int]:
    kinds = (
        (FIRST_WORDS, _CUE_SPOT),
        ({noun.lower() for noun in REPORTING_NOUNS}, _NOUN_SPOT),
        (_VIEW_WORDS, _VIEW_SPOT),
    )
    table: dict[bytes, int] = {}
    for words, kind in kinds:
        for word in words:
            key = word.encode()
            table[key] = table.get(key, 0) | kind
    return table


_SPOTS: Final = _spots_table()
"""Each word a sentence is searched for, with the bits of what it may begin: a cue
(:data:`~wirenews._cues.FIRST_WORDS`), a reporting noun, a view (:data:`_VIEW_WORDS`).

A sketch of a sentence (:func:`~wirenews._cues.sketch`) holds nothing but lower-case ASCII
letters, ``_`` and blanks, so its words are what lies between blanks, and each is looked up
here whole. Wherever ``_NOUN`` matches, a word of this table stands in the sketch one byte
after a blank (the nouns are ASCII words); ``_NOUN`` is tried only there, which spares it a
look-behind at every character. The same holds of ``_CUE`` and the first words of cues.
"""
_OWNER: Final = {"his": "he", "her": "she", "their": "they", "its": "it"}
_SENTENCE_GAP: Final = regex.compile(r"[^\"“”]{0,120}?[.!?][\s\u00a0]+")
_NEXT_SENTENCE: Final = regex.compile(r"[\s\u00a0]+[\"“]?\p{Lu}")


def attribute(
    text: str,
    paragraphs: list[tuple[int, int]],
    quotes: list[RawQuote],
    body_start: int,
) -> Attribution:
    """Find the anchors of ``text``'s paragraphs and attribute each quotation to one.

    ``body_start`` is where the story's own words begin (after the dateline).
    """
    spans = [(quote.start, quote.end) for quote in quotes]
    starts = [start for start, _ in spans]
    anchors: list[Anchor] = []
    sentences: list[list[Sentence]] = []
    first = 0
    for number, (low, high) in enumerate(paragraphs):
        start = max(low, body_start) if number == 0 else low
        while first < len(spans) and spans[first][1] <= start:
            first += 1
        inside = spans[first : bisect_left(starts, high, first)]
        paragraph_sentences = split_sentences(text, start, high, inside)
        sentences.append(paragraph_sentences)
        paragraph = _Paragraph(text, number, high, _Quotes(inside))
        offset = len(anchors)  # a participle's governor is counted within its paragraph
        anchors.extend(
            anchor.shifted(offset)
            for anchor in _paragraph_anchors(paragraph, start, paragraph_sentences)
        )
    index = _Index(anchors, sentences)
    links = [_link(text, quote, index) for quote in quotes]
    inherit(text, quotes, links, paragraphs)
    return Attribution(anchors, links, sentences)


_NOT_SPEECH: Final = BELIEF_LEMMAS


def _rank(anchor: Anchor) -> int:
    """How strongly an anchor claims a quotation: speech, then belief or stance, then a noun."""
    if anchor.role == "noun":
        return 2
    return 1 if anchor.lemma in _NOT_SPEECH else 0


def _left(anchor: Anchor) -> int:
    return min(anchor.cue_start, anchor.source.start) if anchor.source else anchor.cue_start


def _right(anchor: Anchor) -> int:
    return max(anchor.cue_end, anchor.source.end) if anchor.source else anchor.cue_end


class _Index:
    """Anchors by where they start and by sentence; sentences by position.

    Each sentence keeps its anchors sorted by left edge, and by right edge for each rank
    (:func:`_rank`), so that a lookup bisects instead of scanning the sentence: a sentence
    of many quotations and many cues stays linear.
    """

    def __init__(self, anchors: list[Anchor], sentences: list[list[Sentence]]) -> None:
        self.anchors = anchors
        self.sentences = sentences
        self.all_sentences = [sentence for paragraph in sentences for sentence in paragraph]
        self.by_left: dict[int, int] = {}
        self.by_sentence: dict[Sentence, list[int]] = {}
        self.sentence_ends = [anchor.sentence[1] for anchor in anchors]
        for number, anchor in enumerate(anchors):
            if anchor.role != "participle":
                self.by_left.setdefault(_left(anchor), number)
            self.by_sentence.setdefault(anchor.sentence, []).append(number)
        # Built for a sentence when a quotation there first asks.
        self.lefts: dict[Sentence, tuple[list[int], list[int]]] = {}
        self.rights: dict[Sentence, list[tuple[list[int], list[int]]]] = {}

    def _sorted_lefts(self, sentence: Sentence) -> tuple[list[int], list[int]]:
        """The left edges of the sentence's anchors in order, and the anchors."""
        found = self.lefts.get(sentence)
        if found is None:
            anchors = self.anchors
            numbers = self.by_sentence.get(sentence, [])
            ordered = sorted((_left(anchors[number]), number) for number in numbers)
            found = ([left for left, _ in ordered], [number for _, number in ordered])
            self.lefts[sentence] = found
        return found

    def _sorted_rights(self, sentence: Sentence) -> list[tuple[list[int], list[int]]]:
        """For each rank, the right edges of the sentence's anchors in order, and the anchors.

        Among anchors ending at the same place the first comes last, where a lookup of the
        last one ending before a position meets it first.
        """
        found = self.rights.get(sentence)
        if found is None:
            anchors = self.anchors
            numbers = self.by_sentence.get(sentence, [])
            found = []
            for rank in range(3):
                edges = sorted(
                    (_right(anchors[number]), -number)
                    for number in numbers
                    if _rank(anchors[number]) == rank
                )
                found.append(([right for right, _ in edges], [-number for _, number in edges]))
            self.rights[sentence] = found
        return found

    def first_after(self, sentence: Sentence, position: int) -> int:
        """The anchor of ``sentence`` starting first at or after ``position``, or -1."""
        lefts, numbers = self._sorted_lefts(sentence)
        at = bisect_left(lefts, position)
        return numbers[at] if at < len(numbers) else -1

    def last_before(self, sentence: Sentence, position: int) -> int:
        """The anchor of ``sentence`` ending last at or before ``position``, or -1.

        A verb of speech outranks one of belief or stance, and any verb a reporting noun: in
        ``Politifact ruled that Trump's statement was "true"`` the quote hangs on ``ruled``,
        in ``they said they want "justice"`` on ``said``. Between anchors ending at the same
        place, the first wins.
        """
        for rights, numbers in self._sorted_rights(sentence):
            at = bisect_right(rights, position)
            if at:
                return numbers[at - 1]
        return -1


class _Quotes:
    """The quotations of one paragraph, sorted, for lookups by position."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def touching(self, low: int, high: int) -> list[tuple[int, int]]:
        """The quotations that start or end inside ``[low, high)``, or hold it."""
        return self.spans[bisect_right(self.ends, low) : bisect_left(self.starts, high)]

    def covers(self, position: int) -> bool:
        found = bisect_right(self.starts, position) - 1
        return found >= 0 and position < self.spans[found][1]

    def last_end_before(self, position: int, default: int) -> int:
        found = bisect_right(self.ends, position)
        return max(default, self.ends[found - 1]) if found else default

    def first_start_after(self, position: int, default: int) -> int:
        found = bisect_right(self.starts, position - 1)
        return min(default, self.starts[found]) if found < len(self.starts) else default


@final
class _Paragraph:
    """What the anchor finders share about the paragraph they read."""

    __slots__ = ("high", "number", "quotes", "text")

    def __init__(self, text: str, number: int, high: int, quotes: _Quotes) -> None:
        self.text = text
        self.number = number
        self.high = high
        self.quotes = quotes


def _paragraph_anchors(paragraph: _Paragraph, low: int, sentences: list[Sentence]) -> list[Anchor]:
    text, number, high = paragraph.text, paragraph.number, paragraph.high
    dashes = _dash_anchors(paragraph, sentences)
    anchors: list[Anchor] = []
    # (most paragraphs have no colon, which costs less to look for than the pattern to try)
    transcript = _TRANSCRIPT.match(text, low, high) if text.find(":", low, high) >= 0 else None
    if transcript is not None and sentences:
        start, end = transcript.span(1)
        mark = text.index(":", end)
        name = Phrase(start, end, "name", start, text[start:end].casefold())
        anchors.append(Anchor(mark, mark + 1, ":", "colon", name, sentences[0], number))
    for sentence in sentences:
        sentence_start, sentence_end = sentence  # spread by hand: a star call is generic
        drawn = sketch(text, sentence_start, sentence_end)  # for the verbs, nouns and views
        cue_spots, noun_spots, view_spots = _spots(drawn)
        found = (
            [
                anchor
                for cue in find_cues(text, sentence_start, sentence_end, drawn, cue_spots)
                if not paragraph.quotes.covers(cue.start)
                for anchor in [_cue_anchor(paragraph, cue, sentence)]
                if anchor is not None
            ]
            if cue_spots
            else []
        )
        if noun_spots:
            found.extend(_nominal_anchors(paragraph, sentence, noun_spots))
        views = _evidential_anchors(paragraph, sentence, view_spots) if view_spots else []
        if views:
            # "Turnout is widely believed to": a view with no holder, not Turnout's belief.
            starts = {view.cue_start for view in views}
            found = [anchor for anchor in found if anchor.cue_start not in starts]
            found.extend(views)
        found.extend(dashes.get(sentence, ()))
        found.extend(_word_order_anchors(paragraph, sentence, found))
        if not found:
            has_colon = text.find(":", sentence_start, sentence_end) >= 0
            colon = _colon_anchor(paragraph, sentence) if has_colon else None
            if colon is None:
                continue
            found.append(colon)
        found.sort(key=_cue_start)
        first = len(anchors)
        anchors.extend(found)
        _govern_participles(text, anchors, first)
    return anchors


_cue_start = attrgetter("cue_start")


def _spots(drawn: bytes) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int]]]:
    """Where a sentence's sketch may hold a cue, a reporting noun, and a view.

    Cues and views as spans of a blank and a word, nouns as the blank's position; a view's
    verb has a blank after it too. Each word of the sketch is looked up in :data:`_SPOTS`,
    which costs a fraction of a regular expression tried at every blank.
    """
    cues: list[tuple[int, int]] = []
    nouns: list[int] = []
    views: list[tuple[int, int]] = []
    size = len(drawn)
    blank = -1  # where the blank before the next word stands (the sketch opens with one)
    for word in drawn.split(b" "):
        kinds = _SPOTS.get(word, 0) if word else 0
        end = blank + 1 + len(word)
        if kinds:
            if kinds & _CUE_SPOT:
                cues.append((blank, end))
            if kinds & _NOUN_SPOT:
                nouns.append(blank)
            if kinds & _VIEW_SPOT and end < size:
                views.append((blank, end))
        blank = end
    return cues, nouns, views


def _cue_anchor(paragraph: _Paragraph, cue: CueMatch, sentence: Sentence) -> Anchor | None:
    """The anchor of a reporting verb or ``according to``, or None if it has no source."""
    text, quotes = paragraph.text, paragraph.quotes
    low, high = sentence
    before = quotes.last_end_before(cue.start, low)
    after = quotes.first_start_after(cue.end, high)
    cue_end = cue.end
    if cue.verb is not None and cue.verb.object:
        audience = _AUDIENCE.match(text, cue.end, after)
        if audience is not None:
            cue_end = audience.end()
    window = max(low, cue.start - 40)
    source: Phrase | None
    if cue.role == "preposition":
        source = phrase_after(text, cue.end, after) or noun_phrase_after(text, cue.end, after)
    elif cue.lemma == "ask" and _asked_opens(text, low, cue):
        # "Asked whether he would run, Ryan said ...": a question put by someone unnamed.
        return Anchor(cue.start, cue_end, cue.lemma, "question", None, sentence, paragraph.number)
    elif cue.role == "gerund" and not _PROGRESSIVE.search(text, window, cue.start):
        source = _gerund_subject(text, before, cue.start) or _quoted_as(text, before, cue.start)
        if source is None:
            # "..., adding that": the clause's speaker says it.
            return Anchor(
                cue.start, cue_end, cue.lemma, "participle", None, sentence, paragraph.number
            )
    elif cue.role == "base" and _INFINITIVE.search(text, window, cue.start):
        going_on = _GOING_ON.search(text, window, cue.start)
        if going_on is None and cue.lemma == "say":
            going_on = _LIKELY.search(text, window, cue.start)  # "more likely to say that"
        if going_on is None:
            return None  # "too early to tell", "wants to say": no subject of its own
        # "He went on to say ...", "Trump was quick to add ...": the subject says it.
        source = phrase_before(text, before, going_on.start())
    else:
        source = phrase_before(text, before, cue.start)
        if source is not None and _PLURAL_POSSESSIVE.match(text, source.end - 1, cue.start + 1):
            source = None  # "Bernie Sanders' attacks on her": a possessive owns a noun
        if cue.lemma == "call" and source is not None and _naming(text, source, cue.start):
            return None  # "a group called Black Votes Matter": a name given, not words said
        if (
            source is not None
            and cue.role == "base"
            and not _plural(text, source, cue.start, joined=not _noun_form(text, cue))
        ):
            source = None  # "Kim's mental state is ...": a noun, not "officials state"
        if (
            source is not None
            and cue.role == "base"
            and cue.lemma not in _NOT_SPEECH
            and _noun_form(text, cue)
            and _counts_only(source)
            and _modifies_noun(text, cue.end, after)
        ):
            return None  # "three state primaries", "most state parties": a noun's modifier
        if (
            source is not None
            and cue.role == "third"
            and cue.lemma in _NOT_SPEECH
            and source.kind != "pronoun"
            and _NOUN_THEN.match(text, cue.end, min(cue.end + 12, after))
        ):
            return None  # "the Paris terror attacks highlight", "Sanders' attacks on her"
        if (
            source is not None
            and cue.role in {"base", "third"}
            and source.kind == "description"
            and source.head not in SOURCE_NOUNS
            and text[source.start : source.end].islower()
            and _VERB_AFTER.match(text, cue.end, min(cue.end + 8, after))
        ):
            return None  # "the jobs report was released", "recent attacks from": nouns
        if _noun_form(text, cue) and (
            source is None
            or _NOUN_FOLLOWERS.match(text, cue.end, min(cue.end + 8, after))
            or _VERB_AFTER.match(text, cue.end, min(cue.end + 8, after))
        ):
            return None  # "their support", "Sanders' plan", "Rust Belt states have": nouns
        if (
            source is None
            and cue.lemma not in _NOT_SPEECH
            and _COORDINATED.search(text, window, cue.start)
        ):
            # "The nominee outlined his plan and vowed to ...": the sentence's subject speaks.
            source = _subject(text, low, cue.start)
        if source is None and _invertible(text, low, cue):
            source = phrase_after(text, cue_end, after)
            if source is not None and _verb_follows(text, source):
                # "The group, due to be privatised, said it was planning ...", "The official,
                # speaking on condition of anonymity, said the deal was close": the words
                # after the verb are the subject of what was said; the sentence's says it.
                source = _subject(text, low, cue.start) or source
    if source is None:
        return None
    if (
        cue.role == "gerund"
        and _SENTENCE_END.fullmatch(text, cue_end, high)
        and not _AS_BEFORE.search(text, max(low, cue.start - 16), cue.start)
    ):
        # "the talks were continuing.", "he was joking.": nothing reported (but "C, Smith
        # was quoted as saying." reports C)
        return None
    return Anchor(cue.start, cue_end, cue.lemma, cue.role, source, sentence, paragraph.number)


_QUOTED: Final = re.compile(r"\b(?:quot|cit)(?:ed|es|ing|e)\b", re.IGNORECASE)
"""A verb that reports someone's words as a medium carried them: ``quoted``, ``cited``."""
_AS_BEFORE: Final = re.compile(r"\sas\s+\Z")
_PASSIVE_BEFORE: Final = re.compile(r"\b(?:was|were|is|are|been|being)\s+\Z", re.IGNORECASE)
_QUOTED_REACH: Final = 120
"""How far before ``as saying`` the verb ``quoted`` may stand (the person is between)."""


def _quoted_as(text: str, before: int, cue_start: int) -> Phrase | None:
    """The person a medium quoted: ``Yonhap quoted an unnamed official as saying``.

    The phrase between ``quoted`` (or ``cited``) and ``as`` right before the gerund, the
    verb at most :data:`_QUOTED_REACH` characters before it; in the passive, the subject
    (``The official was quoted by Interfax as saying``). None where there is none.
    """
    low = max(before, cue_start - _QUOTED_REACH)
    as_before = _AS_BEFORE.search(text, max(low, cue_start - 16), cue_start)
    if as_before is None:
        return None
    quoted = None
    for found in _QUOTED.finditer(text, low, as_before.start()):
        quoted = found  # the last one before "as"
    if quoted is None:
        return None
    passive = _PASSIVE_BEFORE.search(text, max(before, quoted.start() - 12), quoted.start())
    if passive is not None:
        # "Smith was quoted (by Interfax) as saying": the subject is quoted.
        return phrase_before(text, before, passive.start())
    person = phrase_after(text, quoted.end(), as_before.start())
    if person is None or person.end != as_before.start():
        return None
    return person


def _gerund_subject(text: str, before: int, cue_start: int) -> Phrase | None:
    """The noun right before a gerund that it qualifies: ``staff members suggesting``.

    Only with nothing between them: after a comma the gerund hangs on its clause.
    """
    position = cue_start
    while position > before and text[position - 1] in " \t\u00a0":
        position -= 1
    if position == before or not (text[position - 1].isalnum() or text[position - 1] in ".)"):
        return None
    source = phrase_before(text, before, cue_start)
    if source is None:
        return None
    preposition = _PREPOSITION.search(text, max(before, source.start - _NEAR), source.start)
    if preposition is not None and not preposition.group().casefold().startswith("with"):
        return None  # "wrote a letter to Zucker asking", but "ended with Maddow asking"
    if source.kind == "name" or source.head in SOURCE_NOUNS:
        return source
    return None  # "released a statement saying", "spent her time responding": the subject's


_COUNT_WORDS: Final = frozenset("some most many several few all both each every".split())


def _counts_only(source: Phrase) -> bool:
    """Whether a source is headed by a word that only counts or dates (``three``, ``1995``).

    ``Some`` and ``at least three`` count too. Before a noun form such a word rather counts
    what the form modifies (``three state primaries``, ``Some state officials``) than speaks;
    ``others`` and ``half`` speak.
    """
    return source.head in _COUNT_WORDS or is_number(source.head)


_NEXT_WORD: Final = re.compile(r"[ \t\u00a0]+([a-z][a-z-]*)\b")


def _modifies_noun(text: str, end: int, stop: int) -> bool:
    """Whether a lower-case word other than a function word follows ``end`` straight away.

    After a verb of speech that is also a noun (``state``, ``comment``) such a word is the
    noun it modifies (``state primaries``); the verb would take ``that``, a pronoun, a
    quotation or a preposition (``they state that``, ``they state their goal``).
    """
    found = _NEXT_WORD.match(text, end, min(end + 40, stop))
    return found is not None and found.group(1) not in FUNCTION_WORDS


def _noun_form(text: str, cue: CueMatch) -> bool:
    """Whether the cue is written as its verb's common noun (``support``, ``plan``)."""
    return cue.verb is not None and text[cue.start : cue.end].casefold() in cue.verb.noun_forms


def _naming(text: str, source: Phrase, cue_start: int) -> bool:
    """Whether ``called`` gives the name of what an indefinite description right before it is.

    ``a group called Black Votes Matter``, ``a firm called Cambridge Analytica``; but a
    person or a group of people calls something what they think it is (``A spokesman called
    the plan a disaster``).
    """
    first = text[source.start : source.start + 3].casefold()
    return (
        source.kind == "description"
        and first.startswith(("a ", "an "))
        and not text[source.end : cue_start].strip()
        and source.head not in _PEOPLE_NOUNS
        and not source.head.endswith(PEOPLE_ENDINGS)
    )


def _asked_opens(text: str, low: int, cue: CueMatch) -> bool:
    """Whether the cue is the ``Asked`` that opens its sentence with a question.

    Only a cue near the sentence's start can open it; matching from there for every later
    ``asking`` would read the sentence again and again.
    """
    reach = cue.end + _ASKED_REACH
    found = _ASKED.match(text, low, reach) if cue.start - low <= _NEAR else None
    if found is None or found.start("cue") != cue.start:
        # "Christie said when asked whether ...": a clause of time opens with the question.
        when = WHEN_ASKED.search(text, max(low, cue.start - _NEAR), cue.start)
        found = _ASKED.match(text, when.start(), reach) if when is not None else None
        if found is not None and found.group("question") == "to":
            return False  # "leaving his car when asked to do so": a request, within C
    return (
        found is not None
        and found.start("cue") == cue.start
        and not text[found.end() : found.end() + 1].isalnum()  # a word cut by the reach
    )


def _plural(text: str, source: Phrase, cue_start: int, *, joined: bool = True) -> bool:
    """Whether a source can take a verb's base form (``officials say``, ``they say``).

    A plural pronoun or noun, names joined by ``and`` (when ``joined``: not before a form
    more often a noun, as in ``Texas and Florida state officials``), or an auxiliary before
    the verb (``he did say``, ``she will tell``).
    """
    if _AUXILIARY.search(text, source.end, cue_start):
        return True
    if source.kind == "pronoun":
        return source.head in {"they", "we", "i", "you"}
    words = text[source.start : source.end].split()
    last = words[-1].casefold() if source.kind != "description" else source.head
    return (
        last.endswith("s")
        or last in _PLURALS
        or is_quantity(last)
        or " and " in text[source.start : source.end]
        or (
            joined
            and source.kind == "name"
            and _JOINED_NAME.search(text, max(0, source.start - _NEAR), source.start) is not None
        )
    )


def _verb_follows(text: str, phrase: Phrase) -> bool:
    """Whether a verb may follow a phrase after a cue, which makes it a clause's subject.

    After a pronoun, any word (``said it was planning``); after another phrase, an
    auxiliary or a past in ``-ed`` (``said the deal was close``, ``said the Republican base
    was angry``; not ``said the ministry in a statement``, ``said Republican party boss
    Reince Priebus``).
    """
    word = _WORD_AFTER.match(text, phrase.end, min(len(text), phrase.end + 40))
    if word is None:
        return False
    if phrase.kind == "pronoun":
        return True
    found = word.group(1)
    return found in AUXILIARIES or (len(found) > 4 and found.endswith("ed"))


_WORD_AFTER: Final = re.compile(r"[ \t\u00a0]+(\w+)")


def _invertible(text: str, low: int, cue: CueMatch) -> bool:
    """Whether a speech verb stands where an inverted attribution puts it.

    After a quotation or a comma (``"...," said X``, ``C, said X``) or first in its
    sentence. ``told`` never inverts: in ``..., told The Huffington Post`` the paper is the
    audience.
    """
    if cue.verb is None or not cue.verb.quotes or cue.lemma == "tell":
        return False
    position = cue.start
    while position > low and text[position - 1] in " \t\n\u00a0":
        position -= 1
    return position == low or text[position - 1] in ",\"”’'—–-"


def _nominal_anchors(paragraph: _Paragraph, sentence: Sentence, spots: list[int]) -> list[Anchor]:
    """Reporting nouns with their owner: ``Trump's claim that ...``, ``her remarks``.

    The owner is a possessive (or ``his``, ``her``, ``their``, ``its``) at most two
    modifiers before the noun. ``spots`` are where the sentence's sketch has a blank then a
    reporting noun (see :data:`_SPOTS`).
    """
    text = paragraph.text
    low, high = sentence
    anchors = []
    for spot in spots:
        found = _NOUN.match(text, low + spot, high)  # sketch byte i stands for text[low + i - 1]
        if found is None:
            continue
        start, end = found.span()
        if paragraph.quotes.covers(start):
            continue
        owner = _owner(text, low, start)
        if owner is not None:
            lemma = found.group().casefold()
            anchors.append(Anchor(start, end, lemma, "noun", owner, sentence, paragraph.number))
    return anchors


def _owner(text: str, low: int, noun_start: int) -> Phrase | None:
    """The possessor a few words before a reporting noun, if there is one."""
    position = noun_start
    for _ in range(3):
        space = text.rfind(" ", low, position - 1)
        word_start = space + 1 if space >= low else low
        word = text[word_start : position - 1] if position - 1 > word_start else ""
        if not word:
            return None
        folded = word.casefold()
        if folded in _OWNER:
            return Phrase(word_start, word_start + len(word), "pronoun", word_start, _OWNER[folded])
        if word.endswith(("'s", "’s")):
            owner = phrase_before(text, low, word_start + len(word) - 2)
            return owner if owner is not None and owner.kind != "pronoun" else None
        if not word.islower() or not word.isalpha():
            return None
        position = word_start
    return None


def _evidential_anchors(
    paragraph: _Paragraph, sentence: Sentence, spots: list[tuple[int, int]]
) -> list[Anchor]:
    """Views the story gives no holder for: ``X is expected to``, ``X seems to``.

    Attribution corpora count these as attributions without a source (PolNeAR's
    ``Attribution-no-source``): the content is what follows the verb, ``to`` included. A
    question put in the passive (``X was asked whether``) is one too. ``spots`` are the
    spans where the sentence's sketch has a blank, one of the verbs, and a blank after it
    (see :data:`_SPOTS`).
    """
    text = paragraph.text
    low = sentence[0]
    anchors = []
    for lead, tail in spots:
        start, end = low + lead, low + tail - 1  # sketch byte i stands for text[low + i - 1]
        verb = text[start:end].casefold()
        if paragraph.quotes.covers(start):
            continue
        passive = verb not in _RAISING
        if passive and not _BE_BEFORE.search(text, max(low, start - _NEAR), start):
            continue  # "Trump expected to win" has a subject who expects
        if verb == "asked":
            if _QUESTION_AFTER.match(text, end, end + 12):
                # "Clinton was asked about her emails": a question put to her
                anchors.append(
                    Anchor(start, end, "ask", "question", None, sentence, paragraph.number)
                )
            continue
        if _TO_AFTER.match(text, end, end + 8):
            lemma = EVIDENTIAL_VERBS[verb]
            anchors.append(
                Anchor(start, end, lemma, "evidential", None, sentence, paragraph.number)
            )
    return anchors


def _word_order_anchors(
    paragraph: _Paragraph, sentence: Sentence, found: list[Anchor]
) -> list[Anchor]:
    """Attributions that word order makes around a quotation, whatever the verb.

    A verb and colon right before it (``He concluded: "...``), or an inverted source and verb
    right after it (``"...?" Vitter demanded``, ``"...," the announcer said``, ``"...,"
    sings Blige``): the verb need not be in the lexicon.
    """
    text, quotes = paragraph.text, paragraph.quotes
    low, high = sentence
    touching = quotes.touching(low, high)
    if not touching:
        return []  # most sentences quote nothing
    taken = {_left(anchor) for anchor in found}
    ends = {_right(anchor) for anchor in found} | {anchor.cue_end for anchor in found}
    anchors = []
    first_right = min((_right(anchor) for anchor in found), default=high)  # the first to end
    for start, end in touching:
        if low <= start < high:
            window = max(low, start - 60)
            colon = (
                _COLON_VERB.search(text, window, start)
                if _colon_ends(text, window, start)
                else None
            )
            if colon is not None and colon.end("verb") not in ends:
                source = phrase_before(text, low, colon.start("verb"))
                if source is not None and is_quantity(source.head):
                    source = None  # "The agenda lists three items:" -- a noun, not a verb
                if source is not None:
                    anchors.append(_verb_anchor(paragraph, colon, source, sentence))
            window = max(low, start - 120)
            characterized = (
                _CHARACTERIZED.search(text, window, start)
                if _as_ends(text, window, start)
                else None
            )
            if characterized is not None and characterized.end("verb") not in ends:
                source = phrase_before(text, low, characterized.start("verb"))
                if source is not None:
                    anchors.append(_verb_anchor(paragraph, characterized, source, sentence))
            elif colon is None and start < first_right:
                introduced = _introducing_colon(paragraph, sentence, start)
                if introduced is not None:
                    anchors.append(introduced)
        if not low < end <= high:
            continue
        gap = _skip_gap(text, end, high)
        if gap in taken or gap >= high or quotes.covers(gap):
            continue
        limit = quotes.first_start_after(gap, high)
        source = phrase_after(text, gap, limit)
        if source is not None and source.start == gap:
            verb = _verb(text, source.end, limit)
            if verb is not None:
                anchors.append(_verb_anchor(paragraph, verb, source, sentence))
            continue
        verb = _verb(text, gap, limit)
        if verb is not None and verb.start("verb") == gap:
            source = phrase_after(text, verb.end(), limit)
            if source is not None and source.kind != "pronoun":
                anchors.append(_verb_anchor(paragraph, verb, source, sentence))
    return anchors


def _colon_ends(text: str, low: int, end: int) -> bool:
    """Whether ``text[low:end]`` ends in a colon and blanks, as :data:`_COLON_VERB` needs.

    A test of the last characters spares the search backwards in most sentences.
    """
    while end > low and text[end - 1].isspace():
        end -= 1
    return end > low and text[end - 1] == ":"


_AS_ENDINGS: Final = ("as", "a", "an", "the", "being")
"""The words that may end what :data:`_CHARACTERIZED` matches, before its blanks."""


def _as_ends(text: str, low: int, end: int) -> bool:
    """Whether ``text[low:end]`` ends in one of :data:`_AS_ENDINGS` and a blank.

    As :data:`_CHARACTERIZED` needs: a test of the last characters spares the search
    backwards in most sentences.
    """
    if end <= low or text[end - 1] not in " \t\u00a0":
        return False
    while end > low and text[end - 1] in " \t\u00a0":
        end -= 1
    return text.endswith(_AS_ENDINGS, low, end)


def _verb(text: str, position: int, limit: int) -> regex.Match[str] | None:
    """A word at ``position`` that may be a verb by its ending (:data:`_VERB`), or None.

    Function words that end the same way are none (``across the nation``, ``perhaps``).
    """
    verb = _VERB.match(text, position, limit)
    if verb is None or verb.group("verb").casefold() in FUNCTION_WORDS:
        return None
    return verb


def _introducing_colon(paragraph: _Paragraph, sentence: Sentence, start: int) -> Anchor | None:
    """A colon right before a quotation, in a sentence that names a person before it.

    ``... doesn't surprise pollster Daron Shaw: "Historically, ..."`` (the name before the
    colon) and ``He also played up his strength: "Who gives us the best chance?"`` (the
    sentence's subject): the person speaks. Descriptions (``The agenda lists: "..."``) do not,
    nor does a name with no title right after a verb, which is the verb's object (``The
    tweet tagged Elon Musk: "..."``).
    """
    text = paragraph.text
    low = sentence[0]
    colon = _COLON_END.search(text, max(low, start - _NEAR), start)
    if colon is None:
        return None
    mark = colon.start()
    source = phrase_before(text, low, mark)
    if (
        source is None
        or source.kind != "name"
        or _PREPOSITION.search(text, max(low, source.start - _NEAR), source.start)
        or (
            source.name_start == source.start
            and _OBJECT_BEFORE.search(text, max(low, source.start - _NEAR), source.start)
        )
    ):
        source = _subject(text, low, mark)  # not "in New York:", "among some Catholics:"
    if source is None or source.kind not in {"name", "pronoun"} or source.head in {"i", "we"}:
        return None
    return Anchor(mark, mark + 1, ":", "colon", source, sentence, paragraph.number)


def _verb_anchor(
    paragraph: _Paragraph, verb: regex.Match[str], source: Phrase, sentence: Sentence
) -> Anchor:
    start, end = verb.span("verb")
    lemma = verb.group("verb").casefold()
    return Anchor(start, end, lemma, "past", source, sentence, paragraph.number)


def _dash_anchors(paragraph: _Paragraph, sentences: list[Sentence]) -> dict[Sentence, list[Anchor]]:
    """Names after a dash after a quotation (``"..." ― Sonya Herridge``), by sentence."""
    text, high = paragraph.text, paragraph.high
    anchors: dict[Sentence, list[Anchor]] = {}
    for _, end in paragraph.quotes.spans:
        dash = _DASH.match(text, end, high)
        if dash is None:
            continue
        sentence = _sentence_of(sentences, end)
        source = phrase_after(text, dash.end(), high)
        if sentence is None or source is None or source.kind == "pronoun":
            continue
        start = dash.start() + len(dash.group()) - len(dash.group().lstrip())
        stop = start + len(dash.group().strip())
        anchor = Anchor(start, stop, "—", "dash", source, sentence, paragraph.number)
        anchors.setdefault(sentence, []).append(anchor)
    return anchors


def _colon_anchor(paragraph: _Paragraph, sentence: Sentence) -> Anchor | None:
    """A sentence with no cue that ends in a colon introducing speech names its speaker."""
    text = paragraph.text
    low, high = sentence
    colon = _COLON_END.search(text, low, high)
    if colon is None or paragraph.quotes.covers(colon.start()) or text[colon.start() - 1] == ")":
        return None  # "(all times EDT):" introduces a list, not a speaker
    source = phrase_before(text, low, colon.start())
    if source is not None and _PLACE_BEFORE.search(text, low, source.start):
        # "Lavrov addressed the assembly in New York:" -- the subject speaks, not the place.
        source = phrase_after(text, low, source.start)
        if source is not None and text[low : source.start].strip(" \"“”'"):
            source = None
    if source is None or source.kind == "pronoun":
        return None
    start = colon.start()
    return Anchor(start, start + 1, ":", "colon", source, sentence, paragraph.number)


def _govern_participles(text: str, anchors: list[Anchor], first: int) -> None:
    """Give each participle in a sentence the anchor of its main clause, or its subject.

    The main clause is the nearest verb with a source before the participle (the first one
    after it when none comes before). A reporting noun governs only when the sentence has
    neither such a verb nor a subject: in ``Ryan's campaign shrugged off Trump's comments,
    telling reporters ...`` the campaign tells, not Trump.
    """
    finite: list[int] | None = None  # the anchors with a source, listed at the first participle
    subject: Phrase | None = None
    read = False  # whether ``subject`` has been looked for: the anchors share a sentence
    governors: list[int] = []
    previous = -1  # the index in ``governors`` of the last governor before the participle
    for number in range(first, len(anchors)):
        anchor = anchors[number]
        if anchor.source is not None or anchor.role in _UNSOURCED:
            continue  # a question put, or a view held, by someone the story does not name
        if finite is None:
            finite = [other for other in range(first, len(anchors)) if anchors[other].source]
            governors = [other for other in finite if anchors[other].role != "noun"]
        if not governors:
            if not read:
                subject, read = _subject(text, anchor.sentence[0], anchor.sentence[1]), True
            if subject is not None and not (subject.start <= anchor.cue_start < subject.end):
                anchors[number] = anchor.with_subject(subject)
                continue
            governors = finite
            if not governors:
                continue
        while previous + 1 < len(governors) and governors[previous + 1] < number:
            previous += 1
        governor = governors[previous] if previous >= 0 else governors[0]
        anchors[number] = anchor.governed_by(governor)


def _subject(text: str, low: int, high: int) -> Phrase | None:
    """The subject that opens a sentence, after an introductory phrase if there is one.

    ``Dean, a former chairman, poked at Trump, tweeting ...`` and ``During a speech, Trump
    attacked Clinton, saying ...``.
    """
    introduced = _INTRODUCTION.match(text, low, min(high, low + _NEAR)) is not None
    if not introduced:
        opener = _OPENER.match(text, low, min(high, low + _NEAR))
        # "Likewise, Trump went after Clinton and called for ..."
        introduced = opener is not None and opener.group(1).casefold() in SENTENCE_ADVERBS
    subject = phrase_after(text, low, high)
    if not introduced and subject is not None and not text[low : subject.start].strip(' \t\n"“'):
        return subject
    comma = text.find(",", low, min(high, low + 120))
    if comma < 0 or not introduced:
        return None
    start = comma + 1
    if _TOWN_BEFORE.search(text, low, comma):
        state = _STATE_AFTER.match(text, start, min(high, start + _NEAR))
        if state is not None and is_region(state.group(1)):
            start = state.end()  # "At an event in Ames, Iowa, Clinton said"
            time = _TIME_AFTER.match(text, start, min(high, start + _NEAR))
            start = time.end() if time is not None else start  # ", on Sunday,"
    subject = phrase_after(text, start, high)
    if subject is not None and not text[start : subject.start].strip(" \t\n\"“”’'"):
        return subject
    return None


def _sentence_of(sentences: list[Sentence], position: int) -> Sentence | None:
    """The sentence holding ``position`` (or ending right at it)."""
    found = bisect_right(sentences, (position, 1 << 62)) - 1
    if found >= 0 and position <= sentences[found][1]:
        return sentences[found]
    return None


def _skip_gap(text: str, position: int, high: int) -> int:
    """Where the words after ``position`` start, past blanks and commas."""
    while position < high and (text[position] == "," or text[position].isspace()):
        position += 1
    return position


def _modifiers(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a few lower-case modifiers (``panel``), no clause."""
    if not _MODIFIERS.fullmatch(text, start, end):
        return False
    return not any(word.casefold() in FUNCTION_WORDS for word in text[start:end].split())


def _link(text: str, quote: RawQuote, index: _Index) -> QuoteLink:
    after = _anchor_after(text, quote, index)
    if after >= 0:
        return QuoteLink(after, partial=False, inferred=False)
    paragraph = index.sentences[quote.paragraph] if quote.paragraph < len(index.sentences) else []
    sentence = _sentence_of(paragraph, quote.start)
    if sentence is not None:
        before = index.last_before(sentence, quote.start)
        if before >= 0:
            right = _right(index.anchors[before])
            between = _BEFORE_GAP.match(text, right, quote.start)  # (?r): ends at the quote
            partial = between is None or between.start() != right
            return QuoteLink(before, partial=partial, inferred=False)
        if _NON_SPACE.search(text, sentence[0], quote.start):
            return QuoteLink(-1, partial=True, inferred=False)
        # A sentence that opens with the quotation and names its source later:
        # "“You squeezed employees” to drive up the stock price, she said."
        later = index.first_after(sentence, quote.end)
        if later >= 0 and index.anchors[later].role != "participle":
            return QuoteLink(later, partial=True, inferred=False)
    return QuoteLink(_colon_before(text, quote, index), partial=False, inferred=False)


def _anchor_after(text: str, quote: RawQuote, index: _Index) -> int:
    """The anchor right after a quotation in its sentence (see rule 1), or -1."""
    anchors = index.anchors
    gap = _skip_gap(text, quote.end, len(text))
    after = index.by_left.get(gap, -1)
    if after < 0:
        sentence = _sentence_of(index.all_sentences, quote.end)
        nearest = index.first_after(sentence, gap) if sentence is not None else -1
        if nearest >= 0 and _modifiers(text, gap, _left(anchors[nearest])):
            after = nearest
    if after < 0 or anchors[after].role == "participle":
        return -1
    if anchors[after].sentence[0] < quote.end:
        return after
    # Not the next sentence's "Trump told ...", unless the quotation asked or exclaimed.
    if _ASKS.match(text, quote.end - 2) and anchors[after].sentence[0] == gap:
        return after
    return -1


def _colon_before(text: str, quote: RawQuote, index: _Index) -> int:
    """The anchor of a sentence ending in a colon right before the quotation, or -1."""
    # Anchors come sentence by sentence, so their sentences' ends never decrease.
    number = bisect_right(index.sentence_ends, quote.start) - 1
    if number < 0:
        return -1
    sentence = index.anchors[number].sentence
    ending = max(sentence[0], sentence[1] - _NEAR)
    if _COLON_END.search(text, ending, sentence[1]) and not _NON_SPACE.search(
        text, sentence[1], quote.start
    ):
        return number
    return -1


def inherit(
    text: str, quotes: list[RawQuote], links: list[QuoteLink], paragraphs: list[tuple[int, int]]
) -> None:
    """An unattributed quotation that opens its sentence continues the quotation before it.

    In ``"A," she said. "B."`` and in a quote paragraph after an attributed quote, the
    speaker goes on; only the quotation just before, in the same or the previous
    paragraph, and with nothing but the end of a sentence between, passes it on.
    """
    for number in range(1, len(quotes)):
        quote, link = quotes[number], links[number]
        if link.anchor != -1 or link.partial:
            continue
        previous, before = links[number - 1], quotes[number - 1]
        if previous.anchor == -1 or before.paragraph < quote.paragraph - 1:
            continue
        low, high = paragraphs[quote.paragraph]
        if before.paragraph == quote.paragraph:
            if not _SENTENCE_GAP.fullmatch(text, before.end, quote.start):
                continue
        elif _NON_SPACE.search(text, low, quote.start):
            continue
        if _NEXT_SENTENCE.match(text, quote.end, high):
            continue  # more story follows in its paragraph
        links[number] = QuoteLink(previous.anchor, partial=False, inferred=True)
