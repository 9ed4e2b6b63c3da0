"""Sentence boundaries: abbreviations, quotations, headings, and runs of points."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from wirenews._patterns import scan
from wirenews._sentences import _BOUNDARY, _ENDS, _LINE_BREAK, _may_break, _may_end, split_sentences

_GREEDY = regex.compile(
    r"""[.!?…]+ ["“”’'»)\]]* (?= \s+ ["“‘'«(\[]? [\p{Lu}\p{N}] )""", regex.VERBOSE
)
"""The boundary as a plain greedy pattern: what a search from every point would find."""


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, 0, len(text))]


def test_sentences_end_at_points_not_at_abbreviations() -> None:
    """A point ends a sentence, unless it ends an abbreviation or an initial."""
    text = "Sen. Smith spoke in the U.S. on Jan. 26. Michelle R. Jones agreed! Why? It rained."
    assert _sentences(text) == [
        "Sen. Smith spoke in the U.S. on Jan. 26.",
        "Michelle R. Jones agreed!",
        "Why?",
        "It rained.",
    ]


def test_a_run_of_points_ends_a_sentence_whole() -> None:
    """Several points, and the marks that close with them, end a sentence together."""
    text = 'He paused... Then: "Really?!" She left.'
    assert _sentences(text) == ["He paused...", 'Then: "Really?!"', "She left."]


def test_a_long_run_of_points_is_read_once() -> None:
    """A run of points is matched from its start only, so a long one costs its length.

    Matched from each of its points, as a greedy pattern does, 100,000 points would take
    minutes rather than a fraction of a second.
    """
    text = "." * 100_000 + " End."
    assert split_sentences(text, 0, len(text)) == [(0, 100_000), (100_001, 100_005)]
    assert _BOUNDARY.match(text, 1) is None  # not from inside the run


@given(st.text(alphabet=".!?…”)' Aa1\n", max_size=40))
def test_boundaries_are_those_of_the_greedy_pattern(text: str) -> None:
    """Taking runs whole, from their start, finds the boundaries a greedy search finds."""
    found = scan(_BOUNDARY, text, _ENDS, 0, len(text), _may_end)
    assert found == [match.span() for match in _GREEDY.finditer(text)]


@given(st.text(alphabet=".!?…”)'\"]“ \t\u00a0\u2003Aa1É\u1c89\n", max_size=40))
def test_the_tests_before_the_patterns_skip_no_match(text: str) -> None:
    """Where the look at the next character spares a pattern, the pattern would not match."""
    end = len(text)
    for at, character in enumerate(text):
        if character in _ENDS and _BOUNDARY.match(text, at, end) is not None:
            assert _may_end(text, at, end)
        if character == "\n" and _LINE_BREAK.match(text, at, end) is not None:
            assert _may_break(text, at, end)


def test_the_tests_before_the_patterns_spare_numbers_and_wrapped_lines() -> None:
    """A point inside a number, a dotted word or a run, and a line going on in lower case."""
    text = "up 1.5 pct in the U.S. and\nrising. Then\nMore"
    assert not _may_end(text, text.index("."), len(text))
    assert not _may_end(text, text.index("U.") + 1, len(text))
    assert _may_end(text, text.index(". Then"), len(text))
    assert _may_end("... Then", 0, 8)
    assert not _may_end("... Then", 1, 8)  # inside a run: only its first point is tried
    assert not _may_break(text, text.index("\nrising"), len(text))
    assert _may_break(text, text.index("\nMore"), len(text))


_SCANNED = {
    "\n": r"\n\s*(?=a)",
    "\n.": r"(?:\n|\.)\s*(?=a)|\.+",
    "a.\n": r"a\.|\.+\n?|\n(?=b)",
}
"""Patterns whose every match begins with one of the characters of its key."""


@given(st.text(alphabet="\n ab.", max_size=30), st.sampled_from(sorted(_SCANNED)))
def test_scan_finds_what_finditer_finds(text: str, firsts: str) -> None:
    """Searching from the first characters finds the matches a search of every position does."""
    pattern = regex.compile(_SCANNED[firsts])
    spans = scan(pattern, text, firsts, 0, len(text))
    assert spans == [match.span() for match in pattern.finditer(text)]
