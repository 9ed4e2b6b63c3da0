"""Hypothesis strategies that build wire-story parts and render them as wire text.

Each ``*_specs`` strategy draws a small spec (what a dateline or story says) together with
the text an agency would print for it, so that properties can check that parsing the text
recovers the spec. ``wire_texts`` draws text made of the tokens wire copy is built from,
which reaches the parser's corners far more often than random Unicode does.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

__all__ = [
    "DatelineSpec",
    "StorySpec",
    "any_texts",
    "dateline_specs",
    "story_specs",
    "wire_texts",
]

_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}

# Places as agencies write them: capitals, several words, points, hyphens.
_PLACES = (
    "BEIJING",
    "WASHINGTON",
    "KUALA LUMPUR",
    "ST. PAUL",
    "DAR ES SALAAM",
    "KNOKKE-HEIST",
    "UNITED NATIONS",
    "RIO DE JANEIRO",
    "N'DJAMENA",
    "SÃO PAULO",
    "ZÜRICH",
)
_MIXED_PLACES = ("New Delhi", "Tallinn", "Jakarta", "Riyadh", "Chennai", "Havana", "Madrid")
_REGIONS = ("Minn.", "Calif.", "N.Y.", "Syria", "Taiwan", "British Columbia", "Japan")
_WORDS = (
    "the government said on talks would continue next week officials minister prices rose "
    "fell market analysts cooperation development plan agreed statement meeting city report "
    "economy trade growth country people council committee board"
).split()


@attrs.frozen(kw_only=True)
class DatelineSpec:
    """What a rendered dateline says, and the text it was rendered as."""

    text: str
    locations: tuple[str, ...]
    region: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None
    separator: str | None


@attrs.frozen(kw_only=True)
class StorySpec:
    """A rendered story: its parts as they should be found, and its full text."""

    text: str
    headline: str
    source: str | None
    editor: str | None
    published: dt.datetime | None
    dateline: DatelineSpec
    paragraphs: tuple[str, ...]
    end_marker: str | None
    trailer: tuple[str, ...]


def _date_text(draw: st.DrawFn, month: int, day: int, year: int | None) -> str:
    style = draw(st.sampled_from(["ap", "reuters", "full", "day-first", "upper", "ordinal"]))
    name = _MONTHS[month - 1]
    if style == "ap":
        text = f"{_AP_MONTHS.get(month, name)} {day}"
    elif style == "reuters":
        text = f"{name[:3]} {day}"
    elif style == "full":
        text = f"{name} {day}"
    elif style == "day-first":
        text = f"{day} {name}"
    elif style == "upper":
        text = f"{day} {name[:3].upper()}"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
        text = f"{day}{suffix} {name}"
    return f"{text}, {year}" if year is not None else text


@st.composite
def dateline_specs(draw: st.DrawFn) -> DatelineSpec:
    """A dateline in one of the agencies' styles, with what it says."""
    style = draw(st.sampled_from(["paren", "paren", "tass", "ansa", "spa", "bare"]))
    mixed = style in {"paren", "spa"} and draw(st.booleans())
    places = tuple(
        draw(st.lists(st.sampled_from(_MIXED_PLACES if mixed else _PLACES), min_size=1, max_size=2))
    )
    region = draw(st.none() | st.sampled_from(_REGIONS)) if style in {"paren", "bare"} else None
    dated = style != "paren" or draw(st.booleans())
    month = draw(st.integers(1, 12)) if dated else None
    day = draw(st.integers(1, 28)) if dated else None
    year = draw(st.none() | st.integers(1990, 2030)) if dated and style != "tass" else None
    head = "/".join(places) + (f", {region}" if region else "")
    date = _date_text(draw, month, day, year) if month is not None and day is not None else None
    if style == "paren":
        agency = draw(st.sampled_from(["Xinhua", "Reuters", "AP", "AFP", "UPI", "Yonhap", "KUNA"]))
        separator = draw(st.sampled_from(["--", "-", "—", "–"]))
        text = f"{head}{', ' + date if date else ''} ({agency}) {separator}"
    elif style == "tass":
        agency, separator = "TASS", "."
        text = f"{head}, {date}. /TASS/."
    elif style == "ansa":
        agency, separator = "ANSA", "-"
        text = f"(ANSA) - {head}, {date} -"
    elif style == "spa":
        agency, separator = "SPA", "--"
        text = f"{head}, {date}, SPA --"
    else:
        agency, separator = None, "-"
        text = f"{head}, {date} -"
    return DatelineSpec(
        text=text,
        locations=places,
        region=region,
        month=month,
        day=day,
        year=year,
        agency=agency,
        separator=separator,
    )


def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=14))
    return " ".join(words).capitalize() + "."


def _paragraph(draw: st.DrawFn) -> str:
    return " ".join(_sentence(draw) for _ in range(draw(st.integers(1, 3))))


@st.composite
def story_specs(draw: st.DrawFn) -> StorySpec:
    """A whole story: headline, optional Xinhua header, dateline, paragraphs, end, trailer."""
    dateline = draw(dateline_specs())
    headline = _sentence(draw)[:-1]
    paragraphs = [_paragraph(draw) for _ in range(draw(st.integers(1, 5)))]
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    blank = newline * 2
    parts = [headline]
    published = editor = source = None
    if draw(st.booleans()):
        published = draw(st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 12, 31)))
        published = published.replace(microsecond=0)
        editor = draw(st.sampled_from(["huaxia", "Liangyu", "Shi Yinglun"]))
        parts.append(f"Source: Xinhua| {published:%Y-%m-%d %H:%M:%S}|Editor: {editor}")
        source = "Xinhua"
        published = published.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    body = [f"{dateline.text} {paragraphs[0]}", *paragraphs[1:]]
    end_marker = draw(st.sampled_from([None, "Enditem", "(END)", "-- BERNAMA"]))
    if end_marker is not None:
        body[-1] = f"{body[-1]} {end_marker}"
    trailer = tuple(
        draw(
            st.sampled_from(
                [
                    (),
                    ("KEY WORDS:", "EXPLORE XINHUANET"),
                    ("(Reporting by Jane Doe; Editing by John Roe)",),
                    ("___", "Associated Press writer Jane Doe contributed to this report."),
                ]
            )
        )
    )
    text = blank.join([*parts, *body]) + (blank + newline.join(trailer) if trailer else "")
    if source is None:
        source = dateline.agency or _MARKER_AGENCY[end_marker]
    return StorySpec(
        text=text,
        headline=headline,
        source=source,
        editor=editor,
        published=published,
        dateline=dateline,
        paragraphs=tuple(paragraphs),
        end_marker=end_marker,
        trailer=trailer,
    )


_MARKER_AGENCY = {None: None, "Enditem": "Xinhua", "(END)": None, "-- BERNAMA": "Bernama"}

_TOKENS = (
    "BEIJING",
    "ST. PAUL",
    ", ",
    ". ",
    "Jan. 26",
    "26 January",
    "2021",
    " (Xinhua) ",
    "(AP)",
    "/TASS/.",
    "(ANSA) - ",
    "--",
    " - ",
    "—",
    "_",
    ":",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "\n    ",
    "\u00a0",
    "\ufeff",
    "\x03",
    "\u2028",
    "Enditem",
    "Reuter",
    "(END)",
    "KEY WORDS:",
    "___",
    "By ",
    "Source: ",
    "Editor: ",
    "|",
    "2021-01-27 01:27:25",
    "10:11 AM EST",
    "(",
    ")",
    '"',
    "'",
    "“",
    "”",
    "«",
    "(Reporting by ",
    "The ",
    "said ",
    "a",
    " ",
    "0",
    "中文",
    "（完）",
)


def wire_texts() -> st.SearchStrategy[str]:
    """Text made of wire-copy tokens in any order: datelines, markers, breaks, marks."""
    return st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join)


def any_texts() -> st.SearchStrategy[str]:
    """Any str at all: every code point, lone surrogates included."""
    return st.text(st.characters(exclude_categories=()), max_size=300)
