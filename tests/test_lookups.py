"""The position lookups of attribution and statements against plain scans.

Attribution finds the anchor before or after a quotation in its sentence, and statements ask
whether a content holds a cue, by bisecting sorted lists: a sentence of many quotations and
many cues stays linear. Speakers find the fullest name a short form stands for once for
each pair of ends, and keep aliases in a set too: a story of many names stays linear. A
word's joined ending (``'s``, ``'ve``) is tested letter by letter. These properties check
each lookup against the scan it replaces, ties and ranks included.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirenews._attribution import Anchor, _Index, _left, _rank, _right
from wirenews._phrases import _CONTRACTED, Phrase, _bare, _uncontracted
from wirenews._speakers import _PERSONAL, Entity, NameRun, _pronoun_starts, _Resolver
from wirenews._statements import _Group, _Held

_SENTENCES = [(0, 100), (100, 200)]
_LEMMAS = ["say", "believe", "add"]  # speech, belief, speech
_ROLES = ["past", "noun", "participle"]


@st.composite
def anchors(draw: st.DrawFn) -> list[Anchor]:
    """Anchors of two sentences, in sentence order, with or without sources."""
    found = []
    for sentence in _SENTENCES:
        low, high = sentence
        for _ in range(draw(st.integers(0, 6))):
            cue_start = draw(st.integers(low, high - 10))
            cue_end = cue_start + draw(st.integers(1, 5))
            source = None
            if draw(st.booleans()):
                start = draw(st.integers(low, high - 10))
                end = start + draw(st.integers(1, 9))
                source = Phrase(start, end, "name", start, "x")
            lemma = draw(st.sampled_from(_LEMMAS))
            role = draw(st.sampled_from(_ROLES))
            found.append(Anchor(cue_start, cue_end, lemma, role, source, sentence, 0))
    return found


def _first_after_scan(anchors: list[Anchor], sentence: tuple[int, int], position: int) -> int:
    later = [
        number
        for number, anchor in enumerate(anchors)
        if anchor.sentence == sentence and _left(anchor) >= position
    ]
    return min(later, key=lambda number: _left(anchors[number])) if later else -1


def _last_before_scan(anchors: list[Anchor], sentence: tuple[int, int], position: int) -> int:
    before = [
        number
        for number, anchor in enumerate(anchors)
        if anchor.sentence == sentence and _right(anchor) <= position
    ]
    if not before:
        return -1
    best = min(_rank(anchors[number]) for number in before)
    chosen = [number for number in before if _rank(anchors[number]) == best]
    return max(chosen, key=lambda number: _right(anchors[number]))


@given(anchors(), st.integers(-5, 205))
def test_index_lookups_match_a_scan(found: list[Anchor], position: int) -> None:
    """The anchor first after and last before a position are the ones a scan finds."""
    index = _Index(found, [_SENTENCES])
    for sentence in _SENTENCES:
        assert index.first_after(sentence, position) == _first_after_scan(found, sentence, position)
        assert index.last_before(sentence, position) == _last_before_scan(found, sentence, position)


def test_last_before_prefers_speech_then_the_first_of_equal_ends() -> None:
    """A verb of speech outranks a belief; of two ending together, the first wins."""
    said = Anchor(10, 14, "say", "past", None, (0, 100), 0)
    believes = Anchor(20, 28, "believe", "past", None, (0, 100), 0)
    said_again = Anchor(10, 14, "say", "past", None, (0, 100), 0)
    index = _Index([said, believes, said_again], [[(0, 100)]])
    assert index.last_before((0, 100), 50) == 0
    assert index.last_before((0, 100), 9) == -1
    assert index.first_after((0, 100), 15) == 1


@given(st.lists(st.none() | st.tuples(st.integers(0, 50), st.integers(0, 50))), st.integers(-1, 52))
def test_held_covers_matches_a_scan(spans: list[tuple[int, int] | None], position: int) -> None:
    """A content holds a position when a scan of every content finds one holding it."""
    spans = [span if span is None else (min(span), max(span)) for span in spans]
    expected = any(span is not None and span[0] <= position < span[1] for span in spans)
    assert _Held(spans).covers(position) == expected


@given(st.lists(st.sampled_from(_LEMMAS), max_size=12))
def test_group_knows_the_speech_before_each_anchor(lemmas: list[str]) -> None:
    """Each anchor of a sentence knows the nearest anchor of speech before it."""
    found = [Anchor(n, n + 1, lemma, "past", None, (0, 100), 0) for n, lemma in enumerate(lemmas)]
    group = _Group(found, 0, len(found))
    for position in range(len(found)):
        speech = [earlier for earlier in range(position) if found[earlier].lemma != "believe"]
        assert group.speech_before[position] == (speech[-1] if speech else -1)


def _values(run: NameRun | None) -> tuple[int, int, int, tuple[str, ...]] | None:
    """A run's fields, which two runs of the same name share."""
    return None if run is None else (run.start, run.end, run.name_start, run.words)


def _fullest_scan(resolver: _Resolver, words: tuple[str, ...], position: int) -> NameRun | None:
    """The scan ``_Resolver._fullest`` replaced: every name with the same ends, compared."""
    if len(words) == 1:
        candidates = resolver.by_short.get(words[0], [])
    else:
        candidates = resolver.by_ends.get((words[0], words[-1]), [])
    best, best_key = None, (0, 0, 0)
    for run in candidates:
        if len(run.words) < max(2, len(words)):
            continue
        distance = position - run.start if run.start <= position else run.start
        key = (len(run.words), resolver.counts.get(run.words, 0), -distance)
        if key > best_key:
            best, best_key = run, key
    return best


_NAME_WORDS = st.lists(
    st.sampled_from(["John", "Xi", "A.", "B.", "Lee", "Smith", "Jinping"]), min_size=1, max_size=4
)


@given(
    st.lists(st.tuples(_NAME_WORDS, st.integers(0, 12)), max_size=12),
    _NAME_WORDS,
    st.integers(0, 130),
)
def test_fullest_name_is_the_scans(
    named: list[tuple[list[str], int]], wanted: list[str], position: int
) -> None:
    """The fullest name a form stands for, found once per pair of ends, is the scan's.

    Runs come in the text's order of their names, but a title moved back can make one start
    before the run listed before it, and two may start together.
    """
    runs = [NameRun(10 * at, 10 * at + 5, 10 * at, tuple(words)) for words, at in named]
    resolver = _Resolver(" " * 200, runs)
    words = tuple(wanted)
    for _ in range(2):  # the second time from what the first found
        assert _values(resolver._fullest(words, position)) == _values(
            _fullest_scan(resolver, words, position)
        )


def test_aliases_keep_their_order_and_the_old_name() -> None:
    """A speaker's aliases are kept in the order met, once each; a new name keeps the old."""
    entity = Entity("organization", "ministry", None, None)
    for form in ["the ministry", "Foreign Ministry", "the ministry", "ministry"]:
        entity.add_form(form)
    assert entity.aliases == ["the ministry", "Foreign Ministry"]
    entity.rename("Foreign Ministry")
    assert (entity.name, entity.aliases) == ("Foreign Ministry", ["the ministry", "ministry"])


_PRONOUN_WORDS = [
    *["he", "He", "HE", "hE", "her", "hers", "herself", "Him", "his", "she", "SHE"],
    *["the", "when", "he's", "he5", "Жhe", "héhe", "_he", "é", "x"],
    *[" ", "  ", ", ", ".", "’", "\n"],
]
_PRONOUN_TEXT = st.lists(st.sampled_from(_PRONOUN_WORDS), max_size=30).map("".join)


@given(_PRONOUN_TEXT, st.integers(-3, 40), st.integers(-3, 40))
@example("He he his, she", 0, 14)  # pronouns one blank apart
@example("Жhe he5 he", 0, 10)  # letters beyond ASCII and digits make no word's edge
def test_pronoun_starts_find_every_pronoun_the_pattern_finds(
    text: str, low: int, high: int
) -> None:
    """Matching the pattern at the candidate places finds what its search of the region finds."""
    low, high = sorted((max(low, 0), max(high, 0)))
    expected = [found.span() for found in _PERSONAL.finditer(text, low, high)]
    found = [
        match.span()
        for at in _pronoun_starts(text, low, high)
        for match in [_PERSONAL.match(text, at, high)]
        if match is not None
    ]
    assert found == expected


def _bare_scan(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``_bare`` as it read before: every ending tried with ``endswith``."""
    start, end = span
    while start < end and text[start] in "\"“”‘’'«»()[],.;:!?":
        start += 1
    while end > start and text[end - 1] in "\"“”‘’'«»()[],.;:!?":
        end -= 1
    if text.endswith(_CONTRACTED, start, end):
        end = max(text.rfind("'", start, end), text.rfind("’", start, end))
    return start, end


@given(st.text("'’sdmvelrxS.,", max_size=8), st.text("'’sdmvelrxS.,", max_size=8))
@example("x", "who'd")
@example("", "They've,")
def test_bare_word_drops_the_joined_ending_as_a_scan_does(before: str, word: str) -> None:
    """A word's bare offsets, joined ending dropped, are those the ``endswith`` scan gives."""
    text = f"{before} {word} tail"
    span = (len(before) + 1, len(before) + 1 + len(word))
    assert _bare(text, span) == _bare_scan(text, span)
    scanned = word[: max(word.rfind("'"), word.rfind("’"))] if word.endswith(_CONTRACTED) else word
    assert _uncontracted(word) == scanned
