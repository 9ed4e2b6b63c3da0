"""Datelines of every agency, from the golden cases, and the year resolution rules."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import wirenews
from wirenews.data.agencies import AGENCIES

CASES = Path(__file__).resolve().parent / "cases"


def _load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((CASES / name).read_text(encoding="utf-8"))
    return cases


def _params(name: str) -> list[Any]:
    return [
        pytest.param(
            case,
            id=case["label"],
            marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [],
        )
        for case in _load(name)
    ]


@pytest.mark.parametrize("case", _params("datelines.json"))
def test_dateline_case(case: dict[str, Any]) -> None:
    """Each real dateline shape reads as labelled, and its span slices the input."""
    dateline = wirenews.parse_dateline(case["input"])
    assert dateline is not None, case["comment"]
    got = {key: getattr(dateline, key) for key in case["expected"]}
    got = {key: list(value) if isinstance(value, tuple) else value for key, value in got.items()}
    assert got == case["expected"], case["comment"]
    assert case["input"][dateline.span.start : dateline.span.end] == dateline.text


@pytest.mark.parametrize("case", _params("not-datelines.json"))
def test_not_a_dateline(case: dict[str, Any]) -> None:
    """Sentences, headlines and header lines are not read as datelines."""
    assert wirenews.parse_dateline(case["input"]) is None, case["comment"]


def test_every_agency_has_a_case() -> None:
    """The golden cases cover every agency in the agency table."""
    credited = {case["expected"].get("agency") for case in _load("datelines.json")}
    assert {agency.name for agency in AGENCIES} <= credited


def test_year_from_reference() -> None:
    """A dateline without a year takes the year nearest the reference date."""
    dateline = wirenews.parse_dateline(
        "SEOUL, Jan. 27 (Yonhap) -- Talks.", reference=dt.date(2021, 1, 28)
    )
    assert dateline is not None
    assert (dateline.year, dateline.date) == (2021, dt.date(2021, 1, 27))


def test_december_dateline_in_january() -> None:
    """A Dec. 31 dateline on a story of Jan. 1 belongs to the year before."""
    dateline = wirenews.parse_dateline(
        "WASHINGTON, Dec. 31 (UPI) -- Congress adjourned.",
        reference=dt.datetime(2021, 1, 1, 3, 0),
    )
    assert dateline is not None
    assert dateline.date == dt.date(2020, 12, 31)


def test_january_dateline_in_december() -> None:
    """A Jan. 1 dateline on a story stamped Dec. 31 (another zone) is the next year's."""
    dateline = wirenews.parse_dateline(
        "TOKYO, Jan. 1 (Kyodo) -- Bells.", reference=dt.date(2020, 12, 31)
    )
    assert dateline is not None
    assert dateline.date == dt.date(2021, 1, 1)


def test_written_year_wins_over_reference() -> None:
    """A year written in the dateline is kept whatever the reference says."""
    dateline = wirenews.parse_dateline(
        "Tallinn, March 22, 2018 (AFP) - Talks.", reference=dt.date(2021, 1, 1)
    )
    assert dateline is not None
    assert dateline.date == dt.date(2018, 3, 22)


def test_year_unknown_without_reference() -> None:
    """Without a reference or a header time, month and day stay and the date is None."""
    dateline = wirenews.parse_dateline("SEOUL, Jan. 27 (Yonhap) -- Talks.")
    assert dateline is not None
    assert (dateline.month, dateline.day, dateline.year, dateline.date) == (1, 27, None, None)


def test_published_time_is_the_default_reference() -> None:
    """A page header's time resolves the dateline's year when no reference is given."""
    story = (
        "Title\n\nSource: Xinhua| 2021-01-27 01:27:25|Editor: huaxia\n\n"
        "BEIJING, Jan. 26 (Xinhua) -- X."
    )
    dateline = wirenews.parse_dateline(story)
    assert dateline is not None
    assert dateline.date == dt.date(2021, 1, 26)


def test_impossible_date_warns() -> None:
    """Feb. 30 keeps month and day, has no date, and the article says why."""
    article = wirenews.parse_article(
        "BEIJING, Feb. 30 (Xinhua) -- X.", reference=dt.date(2021, 3, 1)
    )
    assert article.dateline is not None
    assert (article.dateline.month, article.dateline.day, article.dateline.date) == (2, 30, None)
    assert [warning.code for warning in article.warnings] == ["dateline.invalid-date"]


def test_reference_must_be_a_date() -> None:
    """A reference that is not a date or datetime is a TypeError that says so."""
    with pytest.raises(wirenews.InputTypeError, match="reference as a date or datetime"):
        wirenews.parse_dateline("BEIJING (Xinhua) -- X.", reference="2021-01-01")  # type: ignore[arg-type]


def test_headline_reading_as_dateline_is_a_headline() -> None:
    """A capitals headline with a date and a dash stays the headline above the real dateline."""
    story = (
        "SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE\n\n"
        "    LONDON, April 2 - Syria will hold a buying tender on April\n"
        "8 for 36,000 tonnes of white sugar, traders said.\n REUTER\n"
    )
    article = wirenews.parse_article(story)
    assert article.headline is not None
    assert article.headline.text == "SYRIA SEEKING WHITE SUGAR ON APRIL 8 - TRADE"
    assert article.dateline is not None
    assert article.dateline.locations == ("LONDON",)


def test_capitals_headline_with_dash_is_not_a_dateline() -> None:
    """A capitals headline with a dash but no date or credit is no dateline."""
    article = wirenews.parse_article("U.S. TRADE DEFICIT - OFFICIAL\n\nThe deficit narrowed.")
    assert article.headline is not None
    assert article.headline.text == "U.S. TRADE DEFICIT - OFFICIAL"
    assert article.dateline is None


def test_dateline_after_unrecognised_lines() -> None:
    """Lines the header does not know stay in the body; the credited dateline is still found."""
    story = "Oil falls\n\n* Brent down 1%\n\nLONDON, Jan 5 (Reuters) - Oil fell."
    article = wirenews.parse_article(story)
    assert article.dateline is not None
    assert article.dateline.location == "LONDON"
    assert article.paragraphs[0].text == "* Brent down 1%"
