"""Statements: what each anchor of attribution reports, direct or indirect.

Every anchor the attribution stage found (a cue with its source, or a participle that takes
the speaker of its clause) reports a content. The content is read from the grammar of
reporting, within the anchor's sentence:

- **after the cue** when words follow it: ``Xi stressed that C``, ``X said C``, ``X told
  reporters on Monday that C``, ``According to X, C``, ``..., adding that C``. A verb that
  takes a person and an infinitive keeps them (``urged the two sides to make progress``); a
  complementiser ``that``, and time or setting phrases before it (``on Tuesday``, ``in a
  statement``), are left out;
- **before the anchor** when nothing follows it: ``C, Xi added.``, ``C, according to X.``
  The content runs from the start of the sentence, or the end of the anchor before it.

A content ends at the end of its sentence, or where the next anchor of the sentence begins
a new clause (``, adding that``, ``, Xi said``, ``according to``); a report nested without a
comma (``X said Y claimed Z``) stays inside the outer content. A belief or stance inside
another statement's content is part of that statement, not one of its own (``Xi stressed
that China supports Belarus``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Final, final

from wirenews._attribution import QUESTION_WORDS, WHEN_ASKED
from wirenews.data.cues import BELIEF_LEMMAS, REPORTING_VERBS
from wirenews.data.quote_marks import DOUBLE_MARKS, SINGLE_MARKS
from wirenews.data.words import FUNCTION_WORDS, IRREGULAR_PAST, NOT_PAST, SETTING_LEADS

if TYPE_CHECKING:
    from collections.abc import Set

    from wirenews._attribution import Anchor

__all__ = ["RawStatement", "contents"]

_TAKES_OBJECT: Final = frozenset(verb.lemma for verb in REPORTING_VERBS if verb.object)
_NOT_SPEECH: Final = BELIEF_LEMMAS

# Words that may stand between a cue and its "that": when, where, to whom, how.
_SETTING: Final = frozenset(
    """
    on in at during last this earlier later also again repeatedly publicly privately recently
    previously then once today yesterday tonight monday tuesday wednesday thursday friday
    saturday sunday to of about before after while with separately flatly
    """.split()
)
_SETTING_WORDS: Final = 6
"""At most this many words make a setting phrase (``in an interview with CNN``)..."""
_SETTING_LENGTH: Final = 80
"""... in at most this many characters."""
_WORD: Final = re.compile(r"[^\s,;:.!?]+")
_WORD_CHARACTER: Final = re.compile(r"[^\W_]")
_THAT_AHEAD: Final = re.compile(
    r"""
    (?: [^\s,;:.!?]+ [ \t\n\u00a0]+ ){0,8}?   # at most eight words first, fewest first
    (?P<that> that ) (?![^\s,;:.!?])         # then "that" as a word of its own
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""A complementiser ``that`` among the first nine words, with only blanks between them.

A word cannot end before a blank does, nor blanks before a word, so each repetition takes
exactly one word and the blanks after it: the match never backtracks into a word.
"""
_THAT_AFTER_SETTING: Final = re.compile(
    r"""
    (?: [^\s,;:.!?]+ [ \t\n\u00a0]+ ){9,14}?   # nine to fourteen words of a setting phrase
    (?P<that> that ) (?![^\s,;:.!?])
    """,
    re.IGNORECASE | re.VERBOSE,
)
"""As :data:`_THAT_AHEAD`, after a longer phrase: tried only after a setting's first word."""
# A time phrase right after the cue, never part of the content: "said Monday", "said on
# Tuesday", "said last week".
_TIME_LEADS: Final = ("on", "last", "this", "early", "late")
_TIME_WORDS: Final = (
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight "
    "week month year morning afternoon evening night"
).split()
_TIME: Final = re.compile(
    rf"(?:\s*(?:,\s*)?(?:(?:{'|'.join(_TIME_LEADS)})\s+)?(?:{'|'.join(_TIME_WORDS)})\b)",
    re.IGNORECASE,
)
_TIME_OPENINGS: Final = frozenset((*_TIME_LEADS, *_TIME_WORDS))
"""The words a match of :data:`_TIME` opens with, after blanks and a comma."""
_PAST: Final = rf"(?!(?:{'|'.join(NOT_PAST)})\b)(?:[a-z]{{2,}}ed|{'|'.join(IRREGULAR_PAST)})\b"
"""A verb in the simple past (a participle too: what follows tells them apart)."""
_MAIN_VERB_BACK: Final = re.compile(
    r",[ \t\n\u00a0]+(?:(?:also|later|then|since|now|still|quickly|recently)[ \t\n\u00a0]+)?"
    r"(?:(?:is|was|are|were|has|have|had|will|would|can|could|may|might|should|must|does"
    rf"|did)\b|{_PAST}(?![ \t\n\u00a0]+by\b))"
)
"""A comma, then an auxiliary or a verb in the past (not a participle with its agent,
``approved by voters``): after a relative clause set off by commas, the verb of the
sentence it sits in (``Graham, who said C, has since changed his mind``, ``McConnell, who
said C, voted no``)."""
_COORDINATED_VERB: Final = re.compile(
    r",[ \t\n\u00a0]+(?:and|but)[ \t\n\u00a0]+(?:(?:also|later|then)[ \t\n\u00a0]+)?"
    rf"{_PAST}(?![ \t\n\u00a0]+(?:by|with)\b)"
)
"""``, but`` or ``, and``, then a verb in the past with no subject: the speaker's next act
(``Sandoval said C, but cautioned against ...``), not more of C. A participle with its
agent (``arrested, and charged with fraud``) stays in C."""
_QUESTION: Final = re.compile(rf"\b(?:{QUESTION_WORDS})\b", re.IGNORECASE)
"""The first word of a question put (``asked whether``, ``asked by a reporter if``)."""
_QUESTION_REACH: Final = 60
"""How far after ``asked`` the question's first word may come, in characters."""
_JOINED_VERB: Final = re.compile(
    r"[ \t\n\u00a0,]+(?:and|but)[ \t\n\u00a0]+(?:(?:also|then|later)[ \t\n\u00a0]+)?\Z"
)
"""``and`` or ``but`` right before a cue whose subject came before: a verb joined to the
sentence's own (``He said C1 and said that C2``, ``She declared victory and said C``)."""
_JOINED_REACH: Final = 20
"""How far before such a cue its ``and`` may start, in characters."""
_SETTING_START: Final = re.compile(r"(?:in|at|during)\b", re.IGNORECASE)
"""A place's or an occasion's opening preposition: an anchor followed by such a setting alone
reports nothing (``told reporters in Paris``). Not ``on``, which opens what some verbs are
about as often (``commented on the death``)."""
_SETTING_ALONE: Final = 4
"""The most words of a setting that reports nothing (``during a conference call``): with
more it may hold a clause (``said in Paris the economy grew``)."""
_WHEN_REACH: Final = 20
"""How far before ``asked`` its ``when`` may start, in characters."""
_FINITE: Final = frozenset({"past", "third", "base"})
"""The roles of a cue that is a sentence's finite verb, with a subject of its own."""
_NESTED_RELATIVE: Final = re.compile(r",[ \t\n\u00a0]+(?:who|which|whose|whom)\b")
_RELATIVE_REACH: Final = 300
"""How far a relative clause's content is searched for the comma that ends it."""
_TRAILING: Final = " \t\n\r\u00a0,;:.-–—"
_PERSON: Final = (
    r"(?:him|her|them|us|me|(?:the[ \t\u00a0]+)?[A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,3})"
    r"[ \t\u00a0]+"
)
"""The person told: a pronoun, or a name of up to four words, and the blanks after it."""
_HEARER: Final = re.compile(
    rf"{_PERSON}(?P<clause>(?:he|she|they|it|we|I|you|there"
    r"|the|a|an|this|these|those|his|its|their|our|some|many|most|no)\b)"
)
"""The person told (a pronoun, or a name of up to four words), then a clause's subject, a
pronoun or a determiner that opens one: ``told him it was over``, ``told the National Post
he had ...``, ``told Reuters the deal was close``."""
_HEARER_REACH: Final = 60
_PERSON_TOLD: Final = re.compile(_PERSON)
"""The person told before a setting (``told CNN in an interview``)."""
_THAT_REACH: Final = 300
"""How much of the rest of a sentence :func:`_that_ahead` first searches for the letters
``that``, in any case: where this stretch has none, and either holds the whole rest or a mark
of punctuation (which no match may cross), neither expression can match, and neither is
tried."""
_RELATIVE: Final = re.compile(r"(?:who|whom|whose|which)\b", re.IGNORECASE)
_INFINITIVE_BEFORE: Final = re.compile(
    r"\b[Tt]o\s+(?![A-Z0-9])(?!(?i:the|an?|his|her|their|its|our|my|your|this|these|those"
    r"|reporters|journalists|me|him|them|us|whom)\b)\w"
)
"""An infinitive's ``to`` (not the preposition of ``to reporters``, ``to the press``): a
``that`` after it opens a relative clause, not a report."""
_CLAUSE_BREAK: Final = re.compile(
    r"[,;:–—]\s*(?:(?:and|but|while|whereas|although|though|as|yet|or|so|even\s+as)\s+)?\Z",
    re.IGNORECASE,
)
_QUOTE_MARKS: Final = DOUBLE_MARKS + SINGLE_MARKS
# What sets an anchor off from a content before it: a comma, a dash, a closing quote mark.
_SET_OFF: Final = ",–—-" + DOUBLE_MARKS + SINGLE_MARKS


@final
class RawStatement:
    """An anchor's content: the anchor's index and the content's offsets."""

    __slots__ = ("anchor", "end", "start")

    def __init__(self, anchor: int, start: int, end: int) -> None:
        self.anchor = anchor
        self.start = start
        self.end = end


def contents(
    text: str, anchors: list[Anchor], quoting: Set[int] = frozenset()
) -> list[RawStatement]:
    """The content each anchor reports, in anchor order; anchors with none are left out.

    Anchors come sentence by sentence, in text order within each sentence. ``quoting`` holds
    the anchors that attribute a quotation: after such an anchor, only a ``that`` clause or
    another quotation is content (``"...," Adelson said during an interview in Macau``).
    """
    found: list[RawStatement] = []
    number = 0
    while number < len(anchors):
        sentence = anchors[number].sentence
        last = number
        while last + 1 < len(anchors) and anchors[last + 1].sentence == sentence:
            last += 1
        group = _Group(anchors, number, last + 1 - number)
        spans = [
            _content(text, anchors, group, position, number + position in quoting)
            for position in range(group.count)
        ]
        held: _Held | None = None  # built when an anchor of belief or stance asks
        for position in range(group.count):
            span = spans[position]
            if span is None:
                continue
            index = number + position
            if anchors[index].lemma in _NOT_SPEECH:
                held = held or _Held(spans)
                if held.covers(anchors[index].cue_start):
                    continue  # "Xi stressed that China supports Belarus": one statement, Xi's
            found.append(RawStatement(index, span[0], span[1]))
        number = last + 1
    return found


class _Group:
    """The anchors of one sentence, with, for each, the nearest anchor of speech before it."""

    def __init__(self, anchors: list[Anchor], first: int, count: int) -> None:
        self.first = first  # the index of the first anchor
        self.count = count
        self.speech_before: list[int] = []  # a position in the group, or -1
        last = -1
        for position in range(count):
            self.speech_before.append(last)
            if anchors[first + position].lemma not in _NOT_SPEECH:
                last = position


class _Held:
    """The contents of a sentence, to ask whether one of them holds a position."""

    def __init__(self, spans: list[tuple[int, int] | None]) -> None:
        ordered = sorted(span for span in spans if span is not None)
        self.starts = [start for start, _ in ordered]
        self.reach: list[int] = []  # the furthest end of the contents starting up to here
        furthest = -1
        for _, end in ordered:
            furthest = end if end > furthest else furthest
            self.reach.append(furthest)

    def covers(self, position: int) -> bool:
        found = bisect_right(self.starts, position)
        return found > 0 and self.reach[found - 1] > position


def _left(anchor: Anchor) -> int:
    return min(anchor.cue_start, anchor.source.start) if anchor.source else anchor.cue_start


def _right(anchor: Anchor) -> int:
    return max(anchor.cue_end, anchor.source.end) if anchor.source else anchor.cue_end


def _stop(text: str, anchors: list[Anchor], group: _Group, position: int) -> int:
    """Where the content after the group's anchor at ``position`` must stop.

    The next anchor that opens a clause, a verb joined to the subject's (``He said C1 and
    said that C2``), or the anchor that would nest reports too deep (``A said B told C that
    D said ...``); else the sentence's end.
    """
    first = group.first
    anchor = anchors[first + position]
    right = _right(anchor)
    nested = 0
    for number in range(position + 1, min(group.count, position + 1 + _LOOKAHEAD)):
        later = anchors[first + number]
        start = _left(later)
        if start < right:
            start = later.cue_start  # its source came first: "X, who said C, said"
            joined = _JOINED_VERB.search(text, max(right, start - _JOINED_REACH), start)
            if joined is not None:
                return joined.start()  # "He said C1 and said that C2": the subject's next act
        if start < right:
            continue
        if nested >= _NESTING or number == position + _LOOKAHEAD:
            return start
        if later.lemma in _NOT_SPEECH:
            continue  # a belief or stance nests in the content
        clause = _clause_start(text, right, start, later)
        if clause >= 0 and not (
            anchor.lemma == "according to"
            and not text[right:clause].strip()
            and _opens_sentence(text, anchor)
        ):
            return clause
        # (The comma right after an opening "According to X," sets the anchor off, and what
        # the sentence then says, reports in it included, is what X says.)
        nested += 1
    return anchor.sentence[1]


_OPENING_CONJUNCTIONS: Final = frozenset({"", "but", "and", "yet", "so"})


def _opens_sentence(text: str, anchor: Anchor) -> bool:
    """Whether the anchor's cue opens its sentence, after quote marks or a conjunction."""
    opening = text[anchor.sentence[0] : anchor.cue_start].strip(" \t\n\u00a0\"“‘'")
    return len(opening) <= 3 and opening.casefold() in _OPENING_CONJUNCTIONS


def _content(
    text: str, anchors: list[Anchor], group: _Group, position: int, quoting: bool
) -> tuple[int, int] | None:
    anchor = anchors[group.first + position]
    low = anchor.sentence[0]
    right = _right(anchor)
    stop = _stop(text, anchors, group, position)
    if anchor.role == "question":
        comma = text.find(",", right, stop)  # "Asked whether ..., Ryan said": the question
        stop = comma if comma >= 0 else stop
    source = anchor.source
    if (
        source is not None
        and source.relative is not None
        and _set_off(text, low, source.relative[0])
    ):
        # "The union, which endorsed Clinton in November, is ...": the clause set off by
        # commas ends where the sentence's own verb comes back.
        main = _MAIN_VERB_BACK.search(text, right, min(stop, right + _RELATIVE_REACH))
        if main is not None and _NESTED_RELATIVE.search(text, right, main.start()) is None:
            stop = main.start()  # (but "who said the plan, which is costly, is doomed")
    if anchor.role in _FINITE:
        # "Sandoval said C, but cautioned ...": C ends before the speaker's next act, at the
        # first comma of C: after a later one, the verb is the last of a list ("jobs,
        # renovated schools, and repaired roads").
        comma = text.find(",", right, stop)
        if (
            comma >= 0
            and _conjunction_after(text, comma, stop)
            and _COORDINATED_VERB.match(text, comma, stop)
        ):
            stop = comma
    left = _left(anchor)
    if anchor.lemma == "according to" and _set_off(text, low, left):
        before = _before(text, anchors, group, position)
        if before is not None:
            return before  # "Trump leads, according to a CNN tally, ..."
    if (
        source is not None
        and source.start >= anchor.cue_end
        and source.kind != "pronoun"
        and anchor.role not in _OWN_CLAUSE
        and _set_off(text, low, left)
        and _about_source(text, right, stop)
    ):
        # "C, said John Smith, an economist at the bank", "C, said Jane Doe of the central
        # bank": a verb set off after its content, its source after it, reports what comes
        # before; what follows the source is about the source or the setting. (Where a verb
        # follows, the words after the cue are the subject of its content: "X Corp, which
        # ..., said Robert Stearns has joined the company".)
        before = _before(text, anchors, group, position)
        if before is not None:
            return before
    after = _after(text, anchor, right, stop, quoting)
    if (
        after is not None
        and after[0] >= 0  # (not _NOTHING_AFTER)
        and anchor.role not in {"participle", "gerund"}
        and anchor.lemma not in _NOT_SPEECH
        and _setting_only(text, after[0], after[1])
        and after[0] - right <= _SETTING_LENGTH
        and _TIME.sub("", text[right : after[0]]).strip(_TRAILING) == ""  # no "that" between
    ):
        # "C, Hollande said Tuesday in Paris.": where it was said is no content.
        before = _before(text, anchors, group, position) if _set_off(text, low, left) else None
        if before is not None and len(text[before[0] : before[1]].split(maxsplit=3)) >= 3:
            return before
        if (
            _SETTING_START.match(text, after[0])
            and len(text[after[0] : after[1]].split(maxsplit=_SETTING_ALONE)) <= _SETTING_ALONE
        ):
            return None  # "Smith told reporters in Paris.": a setting alone reports nothing
    if (
        after is not None
        and after[0] >= 0
        and anchor.role not in {"participle", "gerund", "noun"}
        and text[after[0]] not in _QUOTE_MARKS
        and _set_off(text, low, left)
        and _comma_first(text, right, after[0])
        and _ADJUNCT.match(text, after[0], after[1])
    ):
        # "C, official data showed on Friday, easing fears": a clause set off on both sides
        # reports what comes before it.
        before = _before(text, anchors, group, position)
        if before is not None:
            return before
    if after is None or after[0] >= 0:
        return after  # a content, or None: the anchor reports nothing
    if anchor.role == "noun":
        return None  # "his remarks were subdued": a noun reports only "that" or a quotation
    # Nothing after: the content comes before, back to the anchor before it, when the anchor
    # is set off from it ("C, Xi added.", '"...," he said.').
    if not _set_off(text, low, left):
        return None
    return _before(text, anchors, group, position)


_OWN_CLAUSE: Final = frozenset({"participle", "gerund", "question"})
"""Roles of anchors that open a clause of their own, whose content never comes before them."""


def _about_source(text: str, position: int, stop: int) -> bool:
    """Whether what follows a source written after its verb is about it, up to ``stop``.

    Nothing, a comma (``, an economist at the bank``), the end of the sentence, a time, or a
    function word (``of the central bank``, ``in a statement``, ``as lead manager``); not a
    quotation, nor a verb whose subject the words after the cue are.
    """
    while position < stop and text[position] in " \t\n\u00a0":
        position += 1
    if position >= stop or text[position] in ",.;!?)–—":
        return True
    if _may_open_time(text, position, stop) and _TIME.match(text, position, stop) is not None:
        return True
    word = _WORD.match(text, position, stop)
    return word is not None and word.group().casefold() in FUNCTION_WORDS


_ADJUNCT: Final = re.compile(
    r"(?:\w+ing|as|while|after|before|because|when|although|though|despite|amid|with)\b",
    re.IGNORECASE,
)
"""A word that opens an adjunct clause, not a report's content: ``easing``, ``as``."""


def _conjunction_after(text: str, comma: int, stop: int) -> bool:
    """Whether blanks and then ``and`` or ``but`` may follow the comma at ``comma``.

    False only where :data:`_COORDINATED_VERB`, which needs both, cannot match there.
    """
    position = comma + 1
    while position < stop and text[position] in " \t\n\u00a0":
        position += 1
    return position > comma + 1 and text[position : position + 3] in ("and", "but")


def _comma_first(text: str, right: int, start: int) -> bool:
    """Whether a comma comes between a cue and its content after it, past time words."""
    if start - right > _SETTING_LENGTH or text.find(",", right, start) < 0:
        return False  # (the time words taken out leave only characters of the stretch)
    between = _TIME.sub("", text[right:start])
    return between.lstrip(" \t\n\u00a0").startswith(",")


_LEAD_OPENINGS: Final = frozenset(lead[0] for lead in SETTING_LEADS)
"""The first characters of the words that open a setting (case-folded, as the leads are)."""


def _setting_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short phrase of place or time (``in Paris``)."""
    if end - start > _SETTING_LENGTH or start >= end:
        return False
    # A word opening with an ASCII character folds to a word opening with its lower case,
    # which must open a lead for the word to be one.
    opening = text[start]
    if ord(opening) < 128 and opening.lower() not in _LEAD_OPENINGS:
        return False
    first = _WORD.match(text, start, end)
    if first is None or first.group().casefold() not in SETTING_LEADS:
        return False
    words = text[start:end].split(maxsplit=_SETTING_WORDS)
    return len(words) <= _SETTING_WORDS and not any(mark in text[start:end] for mark in ':"“')


def _set_off(text: str, low: int, left: int) -> bool:
    """Whether a comma, dash or quote mark sets the anchor at ``left`` off from words before."""
    while left > low and text[left - 1] in " \t\n\u00a0":
        left -= 1
    return left > low and text[left - 1] in _SET_OFF


def _before(
    text: str, anchors: list[Anchor], group: _Group, position: int
) -> tuple[int, int] | None:
    """The content before an anchor: back to the end of the anchor of speech before it.

    An anchor of speech that ends after this one begins (``X, who said C, said``) is passed
    over, for at most :data:`_LOOKAHEAD` anchors.
    """
    anchor = anchors[group.first + position]
    left = _left(anchor)
    begin = anchor.sentence[0]
    earlier = group.speech_before[position]
    for _ in range(_LOOKAHEAD):
        if earlier < 0:
            break
        end = _right(anchors[group.first + earlier])
        if end <= left:
            begin = end
            break
        earlier = group.speech_before[earlier]
    return _trim(text, begin, left)


_NESTING: Final = 3
"""How many reports a content may hold, one inside another, before the next one ends it."""
_LOOKAHEAD: Final = 12
"""How many later anchors of its sentence a content looks at for where it ends."""
_BREAK_REACH: Final = 32
"""How far before an anchor its clause break (a comma and a conjunction) may begin."""


def _clause_start(text: str, right: int, start: int, anchor: Anchor) -> int:
    """Where the clause of the anchor at ``start`` begins, or -1 if it begins none.

    A participle or ``according to`` begins its own clause; any other anchor when a comma,
    colon or dash (and a conjunction) comes before it: ``C1, while Jones warned C2``.
    """
    if anchor.role in {"participle", "gerund"} or anchor.lemma == "according to":
        return start
    if anchor.role == "question":
        # "Le Pen told CNN when asked which ...": the clause of time opens at "when".
        when = WHEN_ASKED.search(text, max(right, start - _WHEN_REACH), start)
        if when is not None:
            return when.start()
    found = _CLAUSE_BREAK.search(text, max(right, start - _BREAK_REACH), start)
    return found.start() if found is not None else -1


_ANONYMITY: Final = re.compile(
    r"(?:on|under)\s+(?:the\s+)?condition\s+(?:of\s+anonymity"
    r"|(?:that\s+)?(?:he|she|they|it)\s+(?:not\s+be|remain|was\s+not|were\s+not)\s+"
    r"(?:named|identified|anonymous))",
    re.IGNORECASE,
)
"""Why a source goes unnamed, after its verb: ``said on condition of anonymity``."""
_REASON: Final = re.compile(
    r"[\s,]*(?:\Z|[.;]|(?:because|as|since|to|so|in\s+order)\b)", re.IGNORECASE
)
"""The end of a clause, or a clause of reason or purpose, after the words of anonymity."""


_NOTHING_AFTER: Final = (-1, -1)
"""What :func:`_after` returns when no word follows the anchor: look before it."""


def _after(
    text: str, anchor: Anchor, right: int, stop: int, quoting: bool
) -> tuple[int, int] | None:
    """The content after the anchor up to ``stop``; None if the anchor reports nothing.

    :data:`_NOTHING_AFTER` when nothing follows but setting words, or, after a source
    written after its verb, a setting or a relative clause about the source (``C, said
    analysts who follow the market``): the content may then come before the anchor.
    """
    position = right
    time = _TIME.match(text, position, stop) if _may_open_time(text, position, stop) else None
    if time is not None:
        position = time.end()
    position = _skip_lead(text, position, stop)
    anonymity = (
        _ANONYMITY.match(text, position, stop)
        if position < stop and text[position] in "oOuU"  # (what the pattern opens with)
        else None
    )
    if anonymity is not None:
        # "C, the official said on condition of anonymity because he was not authorised to
        # speak": why the source is not named is no content.
        if _REASON.match(text, anonymity.end(), stop):
            return _NOTHING_AFTER
        position = _skip_lead(text, anonymity.end(), stop)
    source = anchor.source
    if source is not None and source.start >= anchor.cue_end:
        # "C, said analysts who follow the market", "C, said the ministry in a statement":
        # after an inverted source, a clause about it or the setting, not the content.
        if _RELATIVE.match(text, position):
            return _NOTHING_AFTER
        rest = _trim(text, position, stop)
        if rest is not None and _setting_only(text, rest[0], rest[1]):
            return _NOTHING_AFTER
    if anchor.role == "question":
        # "when asked by a reporter if that remains his view": the question from its word on
        question = _QUESTION.search(text, position, min(stop, position + _QUESTION_REACH))
        return _trim(text, question.start() if question else position, stop) or _NOTHING_AFTER
    that = _that_ahead(text, anchor, position, stop)
    if that is not None:
        return _trim(text, that, stop)  # "he said that." reports nothing
    if anchor.role == "noun" and (position >= stop or text[position] not in _QUOTE_MARKS):
        return None
    if quoting and position < stop and text[position] not in _QUOTE_MARKS:
        return _NOTHING_AFTER
    if anchor.lemma == "tell":
        position = _past_hearer(text, position, stop)
        person = _PERSON_TOLD.match(text, position, stop)
        if person is not None and _setting_only(text, person.end(), stop):
            return _NOTHING_AFTER  # "told CNN in an interview": whom and where, nothing more
    return _trim(text, position, stop) or _NOTHING_AFTER


def _may_open_time(text: str, position: int, stop: int) -> bool:
    """Whether :data:`_TIME` may match at ``position``: False only where it cannot.

    Every match is, past blanks and a comma with blanks, one of :data:`_TIME_OPENINGS`
    followed by a blank or the end of a word. Where that place holds a run of ASCII letters
    followed by neither an ASCII letter nor a character outside ASCII, the word must be that
    whole run, in any case: letters outside ASCII are left to the pattern, for which some
    stand for ASCII ones (``ſ`` for ``s``, the Kelvin sign for ``k``).
    """
    while position < stop and text[position].isspace():
        position += 1
    if position < stop and text[position] == ",":
        position += 1
        while position < stop and text[position].isspace():
            position += 1
    end = position
    while end < stop and 97 <= ord(text[end]) | 32 <= 122:  # an ASCII letter, in either case
        end += 1
    if end < stop and ord(text[end]) >= 128:
        return True
    return end > position and text[position:end].lower() in _TIME_OPENINGS


def _past_hearer(text: str, position: int, stop: int) -> int:
    """Past the person told, where a clause with a subject pronoun follows them.

    ``told the National Post he had received ...``: the paper hears, he had received.
    """
    hearer = _HEARER.match(text, position, min(stop, position + _HEARER_REACH))
    if hearer is None or text[hearer.end() : hearer.end() + 1].isalnum():
        return position  # none, or a word cut short by the reach ("he" of "help")
    return hearer.start("clause")


def _that_ahead(text: str, anchor: Anchor, position: int, stop: int) -> int | None:
    """Where the content starts after a complementiser ``that`` a few words ahead, if any.

    ``said that``, ``said on Tuesday that``, ``told Reuters that``, ``said in a statement
    that``: only setting words (or, for a verb that takes a person, the person) come first,
    and a setting may run longer than other words. A ``that`` after an infinitive outside a
    setting is relative (``urged Congress to pass a law that bans guns``).
    """
    end = position + 4
    if (
        end <= stop
        and text[position:end] == "that"
        and (end == stop or text[end].isspace() or text[end] in ",;:.!?")
    ):
        # "said that": both expressions find this "that", with no words before it for a
        # setting or an infinitive to account for.
        return _skip_lead(text, end, stop)
    reach = min(stop, position + _THAT_REACH)
    ahead = text[position:reach].lower()
    if "that" not in ahead and (reach == stop or _has_break(ahead)):
        return None  # the common case, at a tenth of the cost of the expressions
    that = _THAT_AHEAD.match(text, position, stop)
    first = _WORD.match(text, position, stop)
    lead = first.group().casefold() if first is not None else ""
    setting = lead in SETTING_LEADS
    if that is None:
        if not setting:
            return None
        # "said in an interview with The Associated Press last week that": a setting phrase
        # may run longer.
        that = _THAT_AFTER_SETTING.match(text, position, stop)
        if that is None:
            return None
    begin = that.start("that")
    if begin > position and anchor.lemma not in _TAKES_OBJECT and lead not in _SETTING:
        return None  # words before "that" open with setting words, or a verb's person
    if not setting and _INFINITIVE_BEFORE.search(text, position, begin):
        # "called on the US to attack the oil that funds it": a relative "that" (but "said
        # in a note to clients that" is a setting's "to")
        return None
    return _skip_lead(text, that.end(), stop)


def _has_break(words: str) -> bool:
    """Whether ``words`` hold a mark that ends the words before a ``that`` of a report."""
    return (
        "," in words or "." in words or ";" in words or ":" in words or "!" in words or "?" in words
    )


def _skip_lead(text: str, position: int, stop: int) -> int:
    """``position`` past spaces and clause punctuation."""
    while position < stop and text[position] in _TRAILING:
        position += 1
    return position


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``[start, end)`` without spaces and clause punctuation at its ends; None if no word."""
    while start < end and text[start] in _TRAILING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if end <= start:
        return None
    # A character is a word's (matches _WORD_CHARACTER) exactly when it is alphanumeric.
    if not text[start].isalnum() and not _WORD_CHARACTER.search(text, start, end):
        return None
    return start, end
