"""The one reading of a sentence's sketch for where cues, reporting nouns and views may begin.

Attribution looks each word of a sentence's sketch up once, for the first words of cues, the
reporting nouns and the verbs of a view together. These properties check that reading
against a regular-expression search of its own for each kind, and that no cue or noun is
missed; and that the tests of a sentence's last characters that spare a search backwards
before a quotation never skip a match.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from wirenews._attribution import (
    _CHARACTERIZED,
    _COLON_VERB,
    _NOUN,
    _SPOTS,
    _VIEW_WORDS,
    _as_ends,
    _colon_ends,
    _spots,
)
from wirenews._cues import (
    _ANONYMITY_HINT,
    _CANDIDATE,
    _CUE,
    _may_hint_anonymity,
    sketch,
    trie,
)
from wirenews.data.cues import REPORTING_NOUNS

_NOUNS_ALONE = re.compile(
    f" (?:{trie(sorted({noun.lower() for noun in REPORTING_NOUNS}))})(?![a-z_])".encode()
)
_VIEWS_ALONE = re.compile((" (?:" + "|".join(sorted(_VIEW_WORDS)) + ")(?= )").encode())

_WORDS = [
    "said", "Said", "SAID", "pointed", "out", "according", "to", "claim", "claims",
    "remarks", "expected", "asked", "seems", "believed", "is", "the", "Xi", "noting",
    "Noting", "statement", "said_", "é", "’s", "-", "told", "warning", "warnings",
]  # fmt: skip
_GLUE = ["", " ", "  ", ", ", ".", "'", "’", "-", "\u00a0", "\n", '"', "“", "_", "é", "3"]

sentences = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GLUE)), max_size=24).map(
    lambda pairs: "".join(word + glue for word, glue in pairs)
)


@given(sentences)
def test_one_search_finds_what_each_kind_finds(text: str) -> None:
    """The spots of each kind are where a search for that kind alone matches."""
    drawn = sketch(text, 0, len(text))
    cues, nouns, views = _spots(drawn)
    assert cues == [found.span() for found in _CANDIDATE.finditer(drawn)]
    assert nouns == [found.start() for found in _NOUNS_ALONE.finditer(drawn)]
    assert views == [found.span() for found in _VIEWS_ALONE.finditer(drawn)]


@given(sentences)
def test_every_cue_and_noun_is_at_a_spot(text: str) -> None:
    """Wherever a cue or a reporting noun begins in the text, its sketch has a spot."""
    drawn = sketch(text, 0, len(text))
    cues, nouns, _ = _spots(drawn)
    # Byte i of the sketch stands for character i - 1 of the text.
    assert {found.start() for found in _CUE.finditer(text)} <= {start for start, _ in cues}
    assert {found.start() for found in _NOUN.finditer(text)} <= set(nouns)


def test_every_word_of_the_table_is_a_spot_wherever_it_stands() -> None:
    """No word of the table is passed over for its shape, first, last or among others."""
    for word, kinds in _SPOTS.items():
        if not set(word) <= set(b"_abcdefghijklmnopqrstuvwxyz"):
            continue  # no sketch holds it
        for before, after in ((b" ", b""), (b" ", b" said"), (b"  the ", b"  x")):
            drawn = before + word + after
            blank, end = len(before) - 1, len(before) + len(word)
            cues, nouns, views = _spots(drawn)
            assert ((blank, end) in cues) == bool(kinds & 1), (word, drawn)
            assert (blank in nouns) == bool(kinds & 2), (word, drawn)
            assert ((blank, end) in views) == bool(kinds & 4 and after), (word, drawn)


_BEFORE_QUOTES = [
    "dismissed", "him", "as", "a", "an", "the", "being", "in", "said", "concluded", "Was",
    "China", "has", "been", "pounding", "Trump",
]  # fmt: skip
_BEFORE_GLUE = ["", " ", "  ", "\t", "\u00a0", "\n", ":", ": ", ":\n", ",", "\x1c", '"']
before_quotes = st.lists(
    st.tuples(st.sampled_from(_BEFORE_QUOTES), st.sampled_from(_BEFORE_GLUE)), max_size=12
).map(lambda pairs: "".join(word + glue for word, glue in pairs))


@given(before_quotes, st.integers(0, 4))
@example("He concluded: ", 0)
@example("dismissed him as being in the\u00a0", 0)
def test_ending_tests_never_skip_a_search_that_matches(text: str, low: int) -> None:
    """Where a colon's verb or a label's ``as`` ends the text before a quote, the tests see it."""
    end = len(text)
    if _COLON_VERB.search(text, low, end) is not None:
        assert _colon_ends(text, low, end)
    if _CHARACTERIZED.search(text, low, end) is not None:
        assert _as_ends(text, low, end)


def test_ending_tests_pass_what_the_searches_match_and_skip_the_rest() -> None:
    """The tests let through the endings the searches match, and little else."""
    assert _COLON_VERB.search("He concluded: ") is not None
    assert _colon_ends("He concluded: ", 0, 14)
    assert _CHARACTERIZED.search("dismissed him as a ") is not None
    assert _as_ends("dismissed him as a ", 0, 19)
    assert not _colon_ends("he said ", 0, 8)
    assert not _as_ends("he said ", 0, 8)


@given(
    st.lists(
        st.sampled_from(
            [
                " ",
                "  ",
                "not",
                "to",
                "be",
                "named",
                "for",
                "anonymity",
                "that",
                "he",
                "x",
                "_",
                "t",
                "n",
                "f",
            ]
        ),
        max_size=10,
    ).map("".join),
    st.integers(0, 12),
)
@example(" not to be named", 0)
@example("  for anonymity", 0)
@example(" that he not be named", 0)
def test_the_look_before_the_anonymity_hint_skips_no_match(drawn: str, at: int) -> None:
    """Where the look at a sketch's next bytes spares the hint's pattern, it would not match."""
    encoded = drawn.encode()
    if _ANONYMITY_HINT.match(encoded, at) is not None:
        assert _may_hint_anonymity(encoded, at)
