"""The one search for where cues, reporting nouns and views may begin in a sentence's sketch.

Attribution searches each sentence's sketch once for the first words of cues, the reporting
nouns and the verbs of a view together. These properties check that search against a
search of its own for each kind, and that no cue or noun is missed.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from wirenews._attribution import _NOUN, _VIEW_WORDS, _spots
from wirenews._cues import _CANDIDATE, _CUE, sketch, trie
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
