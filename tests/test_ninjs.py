"""The IPTC ninjs 2.2 export: valid against the schema, faithful to the article, stable."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given
from jsonschema import Draft202012Validator

import wirenews
from tests.strategies import StorySpec, any_texts, story_specs, wire_texts
from wirenews.data.page_ids import PAGE_IDS

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "ninjs-2.2.json").read_text("utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
FOUNDING = (ROOT / "examples" / "xinhua-2021-01-26-china-belarus.txt").read_text(encoding="utf-8")
CASES = json.loads((Path(__file__).parent / "cases" / "articles.json").read_text("utf-8"))

REUTERS = (
    "Oil falls as U.S. inventories swell\n\n"
    "By Jane Doe and John Roe\n\n"
    "NEW YORK, Jan 26 (Reuters) - Oil prices fell on Tuesday after data showed U.S. crude "
    "inventories rose more than expected last week.\n\n"
    '"The market is looking for direction," said Phil Flynn, senior analyst at Price '
    "Futures Group.\n\n"
    "(Reporting by Jane Doe in New York; Editing by Mark Potter)\n"
)
AP = (
    "Minnesota lawmakers approve budget deal\n\n"
    "By JOHN SMITH\nAssociated Press\n\n"
    "ST. PAUL, Minn. (AP) — Minnesota lawmakers approved a two-year budget early Saturday, "
    "ending a standoff that threatened a government shutdown.\n\n"
    "“We got it done,” Gov. Tim Walz told reporters.\n\n"
    "___\n\n"
    "Associated Press writer Jane Doe in Chicago contributed to this report.\n"
)
ANTARA = (
    "Indonesia steps up dengue checks\n\n"
    "Jakarta (ANTARA) - The health ministry said on Monday it would step up dengue checks.\n\n"
    "Translator: Andi Firdaus\nEditor: Rahmad Nasution\nCopyright © ANTARA 2024\n"
)


def errors(item: dict[str, Any]) -> list[str]:
    """Every way ``item`` breaks the ninjs 2.2 schema, formats included."""
    return [error.message for error in VALIDATOR.iter_errors(item)]


def empties(value: object, where: str = "") -> list[str]:
    """Where ``value`` holds an empty string, list or object, at any depth."""
    if value in ("", [], {}):
        return [where]
    if isinstance(value, dict):
        return [found for key, inner in value.items() for found in empties(inner, f"{where}.{key}")]
    if isinstance(value, list):
        return [found for n, inner in enumerate(value) for found in empties(inner, f"{where}[{n}]")]
    return []


def ninjs(text: str, uri: str | None = None) -> dict[str, Any]:
    """Parse ``text`` and export it, checking that the export is valid ninjs with no empties."""
    item = wirenews.parse_article(text).to_ninjs(uri)
    assert errors(item) == []
    assert empties(item) == []
    return item


def test_schema_copy_is_a_valid_schema() -> None:
    """The schema shipped with the tests is itself valid JSON Schema."""
    Draft202012Validator.check_schema(SCHEMA)


def test_validator_checks_formats() -> None:
    """The validator refuses a time without offset and a relative uri, so formats count."""
    assert errors({"uri": "urn:x:1", "firstcreated": "2021-01-27T01:27:25"})
    assert errors({"uri": "not a uri"})
    assert errors({"uri": "urn:x:1", "keywords": ["Mars"]})


def test_founding_article() -> None:
    """The founding article exports its headline, time, place, people, agency and ids."""
    item = ninjs(FOUNDING)
    assert item["type"] == "text"
    assert item["representationtype"] == "full"
    assert item["headlines"] == [
        {
            "role": "main",
            "value": "Xi calls for high-quality development of China-Belarus Belt and Road "
            "cooperation",
        }
    ]
    assert item["located"] == "BEIJING"
    assert item["places"] == [{"name": "BEIJING"}]
    assert item["firstcreated"] == "2021-01-27T01:27:25+08:00"
    assert item["people"] == [{"name": "Xi Jinping"}, {"name": "Alexander Lukashenko"}]
    assert "organisations" not in item
    assert [source["name"] for source in item["infosources"]] == ["Xinhua", "huaxia"]
    assert item["infosources"][0]["role"].endswith("/contentprodpartyrole/origcont")
    assert item["altids"] == [
        {"role": "page-id", "value": "010020070750000000000000011100001396997181"},
        {"role": "article-id", "value": "139699718"},
    ]
    (body,) = item["bodies"]
    assert body["contenttype"] == "text/plain"
    assert body["value"] == wirenews.parse_article(FOUNDING).body
    assert body["value"].startswith("Chinese President Xi Jinping on Tuesday")
    assert "by" not in item
    assert "subjects" not in item  # the page's KEY WORDS: line is empty
    assert "language" not in item


def test_default_uri_is_stable_and_content_derived() -> None:
    """Without a uri, the same text gets the same uri, another text another one."""
    first = ninjs(FOUNDING)["uri"]
    assert first == wirenews.parse_article(FOUNDING).to_ninjs()["uri"]
    assert first == "ni:///sha-256;8dsyqnQ8D5N6_goU1Tnrz5qGq9FALbuVC6PO8aX6clc"
    assert ninjs(FOUNDING + "\n")["uri"] != first
    assert ninjs(FOUNDING.replace("Tuesday", "Monday"))["uri"] != first


def test_given_uri_is_used() -> None:
    """A uri passed in identifies the item; the version is then the caller's to give."""
    item = ninjs(FOUNDING, "urn:example:xinhua:139699718")
    assert item["uri"] == "urn:example:xinhua:139699718"
    assert "version" not in item
    assert ninjs(FOUNDING)["version"] == "1"


def test_bad_uri_is_refused() -> None:
    """A uri that is no absolute URI, or no str, is refused with a clear error."""
    article = wirenews.parse_article(FOUNDING)
    with pytest.raises(wirenews.ModelError, match="absolute URI"):
        article.to_ninjs("139699718")
    with pytest.raises(wirenews.ModelError, match="absolute URI"):
        article.to_ninjs("urn:example: spaced")
    with pytest.raises(wirenews.InputTypeError, match="not bytes"):
        article.to_ninjs(b"urn:example:1")  # type: ignore[arg-type]


def test_reuters_story_with_byline() -> None:
    """Reuters copy: both byline names in `by`, the analyst among people."""
    item = ninjs(REUTERS)
    assert item["by"] == "Jane Doe and John Roe"
    assert item["located"] == "NEW YORK"
    assert item["people"] == [{"name": "Phil Flynn"}]
    assert item["infosources"][0]["name"] == "Reuters"
    assert "firstcreated" not in item
    assert "altids" not in item


def test_ap_story_with_byline() -> None:
    """AP copy: the byline as written, the place with its state, the governor quoted."""
    item = ninjs(AP)
    assert item["by"] == "JOHN SMITH"
    assert item["located"] == "ST. PAUL, Minn."
    assert item["places"] == [{"name": "ST. PAUL, Minn."}]
    assert item["people"] == [{"name": "Tim Walz"}]
    assert item["infosources"][0]["name"] == "AP"


def test_organisations_and_copyright() -> None:
    """An organisation that speaks is an organisation; a copyright line is the notice."""
    item = ninjs(ANTARA)
    assert item["organisations"] == [{"name": "health ministry"}]
    assert "people" not in item
    assert item["copyrightnotice"] == "Copyright © ANTARA 2024"


def test_several_places_and_a_region() -> None:
    """Several dateline places are written with slashes; a region then stands on its own."""
    item = ninjs("WASHINGTON/BEIJING, Jan 5 (Reuters) - Talks were held.")
    assert item["located"] == "WASHINGTON/BEIJING"
    assert item["places"] == [{"name": "WASHINGTON"}, {"name": "BEIJING"}]
    item = ninjs("Chandrapur (Maharashtra), Jan 5 (PTI) Talks were held.")
    assert item["located"] == "Chandrapur, Maharashtra"


def test_unnamed_speakers_are_left_out() -> None:
    """Anonymous speakers and groups are neither people nor organisations."""
    text = (
        "KUWAIT, Jan 5 (KUNA) -- Talks will go on, officials said on Monday.\n\n"
        "The talks went well, a government spokesman said."
    )
    article = wirenews.parse_article(text)
    assert [speaker.kind for speaker in article.speakers] == ["group", "anonymous"]
    item = ninjs(text)
    assert "people" not in item
    assert "organisations" not in item


def test_keywords_become_subjects() -> None:
    """Keywords (there is no ninjs `keywords`) are subjects; the page id gives the article id."""
    (case,) = [case for case in CASES if case["label"] == "xinhua-keywords"]
    item = ninjs(case["input"])
    assert item["subjects"] == [{"name": "Mars"}, {"name": "Tianwen-1"}]
    assert item["located"] == "WENCHANG, Hainan"
    assert {"role": "article-id", "value": "139293989"} in item["altids"]


def test_page_id_of_another_shape_gives_no_article_id() -> None:
    """A page id that is not in the agency's known shape is kept, and not read into."""
    text = FOUNDING.replace("010020070750000000000000011100001396997181", "123456789012345")
    assert ninjs(text)["altids"] == [{"role": "page-id", "value": "123456789012345"}]


def test_naive_published_time_is_left_out() -> None:
    """A time without zone cannot be an RFC 3339 date-time, so firstcreated is omitted."""
    text = (
        "Rebels claim control of Syrian town\n\n"
        "By Ed Adamczyk | Nov. 8, 2021 at 10:11 AM\n\n"
        "MAREA, Syria, Nov. 8 (UPI) -- Rebel forces said Monday they had taken the town.\n"
    )
    article = wirenews.parse_article(text)
    assert article.published == dt.datetime(2021, 11, 8, 10, 11)
    item = ninjs(text)
    assert "firstcreated" not in item
    assert item["by"] == "Ed Adamczyk"


def test_offset_with_seconds_is_given_in_utc() -> None:
    """RFC 3339 offsets are whole minutes; an odd offset is written as the same time in UTC."""
    zone = dt.timezone(dt.timedelta(hours=5, minutes=53, seconds=28))
    article = wirenews.Article(text="", published=dt.datetime(2021, 1, 2, 3, 4, 5, tzinfo=zone))
    item = article.to_ninjs()
    assert errors(item) == []
    assert item["firstcreated"] == "2021-01-01T21:10:37+00:00"


def test_empty_article() -> None:
    """An empty text exports only what every item has, as a partial representation."""
    assert empties({"a": [{"b": ""}]}) == [".a[0].b"]
    item = ninjs("")
    assert set(item) == {"uri", "version", "standard", "type", "representationtype"}
    assert item["representationtype"] == "partial"


@pytest.mark.parametrize("case", CASES, ids=[case["label"] for case in CASES])
def test_golden_articles_validate(case: dict[str, Any]) -> None:
    """Every golden article, from every agency, exports valid ninjs with no empty values."""
    ninjs(case["input"])


def test_page_id_patterns_compile() -> None:
    """Each agency's page-id pattern compiles and has an `id` group."""
    for entry in PAGE_IDS:
        assert "id" in regex.compile(entry.pattern).groupindex


@given(story_specs())
def test_generated_stories_validate(spec: StorySpec) -> None:
    """A rendered story exports valid ninjs with its headline, place and time."""
    item = ninjs(spec.text)
    assert item["headlines"] == [{"role": "main", "value": spec.headline}]
    located = "/".join(spec.dateline.locations)
    assert item["located"] == (
        f"{located}, {spec.dateline.region}" if spec.dateline.region else located
    )
    if spec.published is not None:
        assert dt.datetime.fromisoformat(item["firstcreated"]) == spec.published
    assert item["uri"] == ninjs(spec.text)["uri"]


@given(any_texts() | wire_texts())
def test_any_text_exports_valid_ninjs(text: str) -> None:
    """Whatever the text, its export is valid ninjs."""
    ninjs(text)
