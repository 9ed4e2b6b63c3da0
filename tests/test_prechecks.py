"""The layout stage's cheap tests against the patterns they spare.

A dateline's anchor, a header line's start, a field label and a plain ISO stamp are tested
cheaply before (or instead of) a slower pattern or parser; a place name of plain letters is
taken without its pattern; lines are found from ``\\n`` alone when a text has no other line
break. A cheap test may say "maybe" where the pattern finds nothing, never "no" where it
finds something; the ISO reading must give what ``isoparse`` gives, and the lines what
stripping the pieces of ``str.splitlines`` gives. These properties draw text from the
characters and words that matter.
"""

from __future__ import annotations

import regex
from dateutil.parser import isoparse
from hypothesis import example, given
from hypothesis import strategies as st

from wirenews._dateline import _ANCHOR, _NAME, _all_letters, _anchor_search_start
from wirenews._header import (
    _LABEL,
    _START,
    _TIME,
    _may_hold_label,
    _may_start,
    _plain_iso,
    parse_time,
)
from wirenews._lines import _RARE_BREAKS, Line, _split_any_breaks, _split_newlines, split_lines
from wirenews.data.agencies import AGENCIES
from wirenews.data.headers import FIELD_LABELS

_CREDITS = [spelling for agency in AGENCIES for spelling in (agency.name, *agency.spellings)]
_PIECES = st.one_of(
    st.sampled_from(
        [" ", "  ", "\t", "\u00a0", "-", "--", "—", "–", "_", "(", ")", "/", ":", ",", ".", "1"]
    ),
    st.sampled_from([*_CREDITS, *(c.upper() for c in _CREDITS), *(c.lower() for c in _CREDITS)]),
    st.sampled_from(["high", "quality", "China", "BEIJING", "Jan", "x", "Kyodo News", "ſ", "K"]),
    st.text(max_size=3),
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)


def _anchors(text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[str, ...]]]:
    return [(found.span(), found.groups()) for found in _ANCHOR.finditer(text, start, end)]


@given(_TEXTS, st.integers(0, 3), st.integers(0, 3))
@example("Xi calls for high-quality development of China-Belarus Belt and Road cooperation", 0, 0)
@example("TOKYO, SPA-Reuters", 0, 0)
@example("ROME, Kyodo News-X", 0, 0)
@example("March 3-", 0, 0)
@example("x  (Xinhua) --", 1, 0)
def test_anchor_search_start(text: str, cut_start: int, cut_end: int) -> None:
    """A search from where the cheap test says finds what one from the stretch's start does."""
    start, end = min(cut_start, len(text)), max(0, len(text) - cut_end)
    if start > end:
        return
    begin = _anchor_search_start(text, start, end)
    expected = _anchors(text, start, end)
    if begin < 0:
        assert not expected
    else:
        assert start <= begin <= end
        assert _anchors(text, begin, end) == expected


_HEAD_WORDS = st.sampled_from(
    [
        *["Source", "SOURCE", "By ", "BY ", "Tue", "March", "Updated", "an hour ago", "a day"],
        *["AP", "Ap", "apx", "Xinhua", "XI", "BEIJING", "U.S.", "(", "7", "ſource", "Kyodo"],
    ]
)


@given(st.lists(st.one_of(_HEAD_WORDS, st.text(max_size=3)), max_size=4).map("".join))
@example("Xi calls")
@example("BEIJING, Jan. 26")
@example("Last  updated: 3")
def test_may_start_never_misses(text: str) -> None:
    """Where a header line's start matches, the cheap test says it may."""
    if text and _START.match(text) is not None:
        assert _may_start(text, 0)


_DIGITS = st.text("0123456789", min_size=2, max_size=2)


@given(
    st.text("0123456789", min_size=4, max_size=4),
    _DIGITS,
    _DIGITS,
    st.sampled_from(["", " ", "T"]),
    _DIGITS,
    _DIGITS,
    _DIGITS,
)
@example("2021", "01", "27", " ", "24", "00", "00")
def test_plain_iso_as_isoparse(  # noqa: PLR0917 (the parts of a stamp)
    year: str, month: str, day: str, sep: str, hour: str, minute: str, second: str
) -> None:
    """A plain stamp reads as ``isoparse`` reads it, impossible dates and hour 24 included."""
    iso = f"{year}-{month}-{day}" + (f"{sep}{hour}:{minute}:{second}" if sep else "")
    stamp = _TIME.fullmatch(iso)
    if stamp is None:
        return
    try:
        expected: object = isoparse(iso.replace(" ", "T", 1))
    except ValueError:
        expected = None
    assert parse_time(stamp) == expected
    if sep and hour == "24":
        assert _plain_iso(iso) is None  # left to isoparse: the next day's midnight


@given(st.sampled_from(["2021-01-27T01:27+03", "2021-1-27 01:27:25", "2021-01-27 01:27:25.5"]))
def test_plain_iso_leaves_other_shapes(iso: str) -> None:
    """Stamps with a zone, a fraction or a one-digit month are not read as plain ones."""
    assert _plain_iso(iso) is None


def test_rare_breaks_are_all_other_breaks() -> None:
    """Every character ``str.splitlines`` breaks at is ``\\n`` or one of the rare breaks."""
    breaks = {chr(code) for code in range(0x110000) if len(f"a{chr(code)}b".splitlines()) > 1}
    assert breaks == {"\n", *_RARE_BREAKS}


_LINE_PIECES = st.one_of(
    st.sampled_from(["\n", "\n\n", " ", "\t", "\u00a0", "\u200b", "\ufeff", "\x03", "\x7f"]),
    st.sampled_from(["\u3000", "\u2060", "\x1f", "Title", "é", "a.", "\r\n", "\u2028", "\x85"]),
    st.text(max_size=3),
)


@given(st.lists(_LINE_PIECES, max_size=16).map("".join))
def test_split_lines_as_splitlines(text: str) -> None:
    """Lines found from ``\\n`` alone are those found by stripping ``splitlines`` pieces."""

    def spans(lines: list[Line]) -> list[tuple[int, int, int, bool]]:
        return [(line.start, line.text_start, line.text_end, line.after_blank) for line in lines]

    assert spans(split_lines(text)) == spans(_split_any_breaks(text))
    plain = "".join(c for c in text if c not in _RARE_BREAKS)
    assert spans(_split_newlines(plain)) == spans(_split_any_breaks(plain))


def test_letters_are_letters_for_the_pattern() -> None:
    """Every character ``str.isalpha`` takes opens a word of a place name's pattern."""
    opening = regex.compile(r"[\p{L}\p{M}]")
    assert not [c for c in map(chr, range(0x110000)) if c.isalpha() and not opening.match(c)]


@given(st.lists(st.text(min_size=1, max_size=33), min_size=1, max_size=4))
@example(["ST.", "PAUL"])
@example(["Bahia"])
def test_all_letters_are_a_name(words: list[str]) -> None:
    """Words of letters only, none too long, match the place name's pattern."""
    if _all_letters(words):
        assert _NAME.fullmatch(" ".join(words)) is not None


_LABEL_TEXTS = st.lists(
    st.one_of(
        st.sampled_from([*FIELD_LABELS, *(label.upper() for label in FIELD_LABELS)]),
        st.sampled_from([":", " :", ": ", "2021", "01:27", "x", "\u00a0", "é", "ſ"]),
        st.text(max_size=2),
    ),
    max_size=6,
).map("".join)


@given(_LABEL_TEXTS)
@example("2021-01-27 01:27:25")
@example("Source: Xinhua")
def test_may_hold_label_never_misses(text: str) -> None:
    """Where a field label is found, the cheap test says one may be there."""
    if _LABEL.search(text) is not None:
        assert _may_hold_label(text, 0, len(text))
