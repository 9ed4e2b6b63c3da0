"""The character tests of source phrases against the string methods they stand for.

Phrases tell punctuation and capitals by a character's code before asking the string
methods. These properties check each test against the method it replaces, and the last words
of a stretch against ``str.rsplit`` called with a keyword.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from wirenews._phrases import (
    _TITLE_STEMS,
    _TRIM,
    _is_capital,
    _is_trim,
    last_words,
)
from wirenews.data.titles import TITLES

# Every kind of whitespace, the characters around the ASCII tests' bounds, and some of a word.
_ALPHABET = "ab’é.,( \t\n\x0b\x1c\x1f\x00\x08\x0e\x1b\x7f\x85\xa0\u1680\u2000\u200b\u3000"


def _last_words_scan(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """``last_words`` as written with a keyword: the words cut by ``rsplit``, found by ``rfind``."""
    spans = []
    position = end
    for word in reversed(text[start:end].rsplit(maxsplit=count)[-count:]):
        position = text.rfind(word, start, position)
        spans.append((position, position + len(word)))
    spans.reverse()
    return spans


@given(
    st.text(_ALPHABET, max_size=30),
    st.integers(-35, 35),
    st.integers(-35, 35),
    st.integers(1, 6),
)
@example(" a  b ", 0, 6, 1)
@example("a\u3000b", -3, 40, 5)
def test_last_words_are_those_rsplit_gives(text: str, start: int, end: int, count: int) -> None:
    """The last words of a slice are those ``str.rsplit`` cuts, at the same offsets."""
    assert last_words(text, start, end, count) == _last_words_scan(text, start, end, count)


def test_character_tests_agree_with_the_string_methods() -> None:
    """Trimmed punctuation and capitals are told as the methods tell them."""
    for code in range(0x3100):
        character = chr(code)
        assert _is_trim(character, 0) == (character in _TRIM), hex(code)
        assert _is_capital(character + "x") == character.isupper(), hex(code)
    assert not _is_capital("")


@given(st.characters())
def test_character_tests_agree_on_any_character(character: str) -> None:
    """The same, on characters of the whole range."""
    assert _is_trim(character, 0) == (character in _TRIM)
    assert _is_capital(character) == character.isupper()


@given(st.sampled_from(sorted(TITLES)) | st.text("GovSenDr.", max_size=6))
@example("Gov")
@example("Gov..")
def test_title_stems_are_the_titles_with_a_point(word: str) -> None:
    """A word is a stem of a title exactly when it is a title once a point is added."""
    bare = word.rstrip(".")
    assert (bare in _TITLE_STEMS) == (bare + "." in TITLES)
