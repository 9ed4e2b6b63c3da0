"""The cheap checks of the content stage agree with the expressions they stand in front of."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirenews._statements import (
    _COORDINATED_VERB,
    _THAT_AFTER_SETTING,
    _THAT_AHEAD,
    _THAT_REACH,
    _TIME,
    _TIME_OPENINGS,
    _WORD_CHARACTER,
    _conjunction_after,
    _has_break,
    _may_open_time,
)
from wirenews.data.words import SETTING_LEADS

_PIECES = st.sampled_from(
    [
        *_TIME_OPENINGS,
        "That",
        "THAT",
        "that",
        "thatcher",
        "and",
        "but",
        "And",
        "warned",
        "said",
        "the",
        "Tueſday",
        "\u212aelvin",
        "İn",
        "Monday2",
        "week_",
        "wééк",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\u00a0",
        "\u2009",
        ",",
        ", ",
        ".",
        ";",
        "?",
        "-",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=24).map("".join)


@given(_TEXTS, st.data())
def test_time_is_tried_wherever_it_may_match(text: str, data: st.DataObject) -> None:
    """Where the check says no time phrase may open, the expression finds none."""
    position = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(position, len(text)))
    if not _may_open_time(text, position, stop):
        assert _TIME.match(text, position, stop) is None


def test_time_check_examples() -> None:
    """Time phrases in any case, after a comma, or with a letter outside ASCII, are tried."""
    for text in (" on Monday", ", last week", " TODAY", "\u2009Tueſday", " \u212a", ",\tnight"):
        assert _may_open_time(text, 0, len(text))
    for text in (" that he", " the week", " 2 weeks", "", " ,", " Mondays"[:4]):
        assert not _may_open_time(text, 0, len(text))


@given(_TEXTS, st.data())
def test_coordinated_verb_is_tried_wherever_it_may_match(text: str, data: st.DataObject) -> None:
    """Where no ``and`` or ``but`` follows a comma and blanks, the expression finds nothing."""
    text = ", " + text
    stop = data.draw(st.integers(0, len(text)))
    if not _conjunction_after(text, 0, stop):
        assert _COORDINATED_VERB.match(text, 0, stop) is None


def test_coordinated_verb_check_examples() -> None:
    """The comma's conjunction must follow blanks, in lower case, as the expression has it."""
    assert _conjunction_after(", but warned", 0, 12)
    assert _conjunction_after(",\u00a0and said", 0, 10)
    assert not _conjunction_after(",but warned", 0, 11)
    assert not _conjunction_after(", And warned", 0, 12)


@given(_TEXTS)
def test_no_that_before_a_break_means_no_match(text: str) -> None:
    """Without ``that`` before a mark of punctuation, neither expression for it matches."""
    ahead = text[:_THAT_REACH].lower()
    if "that" not in ahead and (len(text) <= _THAT_REACH or _has_break(ahead)):
        assert _THAT_AHEAD.match(text) is None
        assert _THAT_AFTER_SETTING.match(text) is None


@given(st.characters())
def test_word_character_is_alphanumeric(character: str) -> None:
    """A word's character, to the expression, is exactly an alphanumeric one."""
    assert bool(_WORD_CHARACTER.match(character)) == character.isalnum()


def test_setting_leads_are_case_folded() -> None:
    """The leads are compared with case-folded words, so that their openings can be too."""
    for lead in SETTING_LEADS:
        assert lead == lead.casefold()
