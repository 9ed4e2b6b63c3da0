"""Reported statements: every form of reporting, the founding article, and their invariants."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import wirenews
from tests.strategies import any_texts, wire_texts
from wirenews import Statement

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "xinhua-2021-01-26-china-belarus.txt"
EXPECTED = (
    ROOT.parent / "shared" / "corpora" / "seed" / "xinhua-2021-01-26-china-belarus.expected.json"
)


def _statements(body: str) -> list[Statement]:
    return list(wirenews.parse_article(f"Headline here\n\n{body}").statements)


def _read(body: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, source, cue, content) of each statement of ``body``."""
    return [
        (
            statement.kind,
            statement.source.text if statement.source else None,
            statement.cue.text if statement.cue else None,
            statement.content.text,
        )
        for statement in _statements(body)
    ]


# ------------------------------------------------------------------------------ forms


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "John Smith said the talks would resume.",
            [("indirect", "John Smith", "said", "the talks would resume")],
        ),
        (
            "Sanders, in Vermont, is saying that he will win.",
            [("indirect", "Sanders", "saying", "he will win")],
        ),
        (
            "Smith went on to say the talks would resume.",
            [("indirect", "Smith", "say", "the talks would resume")],
        ),
        (
            "Smith was quick to add that the talks would resume.",
            [("indirect", "Smith", "add", "the talks would resume")],
        ),
        ("It is too early to tell whether the talks resume.", []),
        (
            "Aides to Clinton say she is shifting her tack.",
            [("indirect", "Aides to Clinton", "say", "she is shifting her tack")],
        ),
        (
            "John Smith said that the talks would resume.",
            [("indirect", "John Smith", "said", "the talks would resume")],
        ),
        (
            "Smith stressed that the talks would resume.",
            [("indirect", "Smith", "stressed", "the talks would resume")],
        ),
        (
            "Smith pointed out that the talks would resume.",
            [("indirect", "Smith", "pointed out", "the talks would resume")],
        ),
        (
            "Smith noted that the talks would resume.",
            [("indirect", "Smith", "noted", "the talks would resume")],
        ),
        (
            "Smith called on both sides to resume talks.",
            [("indirect", "Smith", "called on", "both sides to resume talks")],
        ),
        (
            "Smith urged both sides to resume talks.",
            [("indirect", "Smith", "urged", "both sides to resume talks")],
        ),
        (
            "The talks will resume next week, Smith added.",
            [("indirect", "Smith", "added", "The talks will resume next week")],
        ),
        (
            "The talks will resume next week, Smith said.",
            [("indirect", "Smith", "said", "The talks will resume next week")],
        ),
        (
            "Noting that the talks had stalled, Smith said both sides must return.",
            [
                ("indirect", None, "Noting", "the talks had stalled"),
                ("indirect", "Smith", "said", "both sides must return"),
            ],
        ),
        (
            "Smith praised the talks, adding that they would resume.",
            [
                ("indirect", "Smith", "praised", "the talks"),
                ("indirect", None, "adding", "they would resume"),
            ],
        ),
        (
            "Smith spoke for an hour, saying that the talks would resume.",
            [("indirect", None, "saying", "the talks would resume")],
        ),
        (
            "According to Smith, the talks will resume.",
            [("indirect", "Smith", "According to", "the talks will resume")],
        ),
        (
            "The talks will resume, according to Smith.",
            [("indirect", "Smith", "according to", "The talks will resume")],
        ),
        (
            "Smith told reporters the talks would resume.",
            [("indirect", "Smith", "told reporters", "the talks would resume")],
        ),
        (
            "Smith told Reuters on Tuesday that the talks would resume.",
            [("indirect", "Smith", "told", "the talks would resume")],
        ),
        (
            "In a statement, the ministry said the talks would resume.",
            [("indirect", "the ministry", "said", "the talks would resume")],
        ),
        (
            "The ministry said in a statement on Monday that the talks would resume.",
            [("indirect", "The ministry", "said", "the talks would resume")],
        ),
        (
            "Smith expressed his admiration for the negotiators.",
            [("indirect", "Smith", "expressed", "his admiration for the negotiators")],
        ),
    ],
)
def test_forms_of_reporting(body: str, expected: list[tuple[str, str, str, str]]) -> None:
    """Each form of reported speech gives its source, cue and content."""
    assert _read(body) == expected


def test_participles_speak_for_their_clause() -> None:
    """``..., adding that`` has no source of its own but the speaker of its clause."""
    (said, adding) = _statements("Xi Jinping said ties were strong, adding that trade rose.")
    assert said.speaker is not None
    assert adding.source is None
    assert adding.speaker is said.speaker


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The meeting ended with Maddow asking Clinton whether she would run.", "Maddow"),
        ("A new poll shows most voters saying that the economy matters most.", "most voters"),
        ("The crowd booed, with protesters warning that the plan would fail.", "protesters"),
        # A document, a time or a preposition's object before the gerund: the subject's.
        ("Obama released a statement saying that the talks failed.", None),
        ("Trump spent the day saying that he would win.", None),
        ("He wrote a letter to Zucker asking that the money go to charity.", None),
    ],
)
def test_gerund_right_after_a_person_is_theirs(body: str, source: str | None) -> None:
    """``with Maddow asking``: a person or group right before a gerund is its source."""
    gerund = _statements(body)[-1]
    assert gerund.cue is not None
    assert gerund.cue.text.endswith("ing")
    assert (gerund.source.text if gerund.source else None) == source


def test_participle_after_a_reporting_noun_is_the_subjects() -> None:
    """``Sanders shrugged off Trump's claim ..., adding``: Sanders adds, not Trump."""
    claim, adding = _statements(
        "Sanders shrugged off Trump's claim that he would quit, adding that he was staying."
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Trump"
    assert adding.speaker is not None
    assert adding.speaker.name == "Sanders"


@pytest.mark.parametrize(
    "subject",
    [
        "Ramil Carr, 31, a Philadelphia photographer,",
        "Ramil Carr, 31,",
        "A photographer, Ramil Carr,",
    ],
)
def test_apposition_after_an_age_is_the_names(subject: str) -> None:
    """``Ramil Carr, 31, a photographer, said``: an age stands between name and apposition."""
    (said,) = _statements(f"{subject} said the convention was the perfect opportunity.")
    assert said.speaker is not None
    assert said.speaker.name == "Ramil Carr"
    assert said.content.text == "the convention was the perfect opportunity"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The ministry, in a statement, said the talks failed.", "The ministry"),
        ("Powell's office, when contacted by Reuters, said the talks failed.", "Powell's office"),
        ("The company, after a long silence, said the talks failed.", "The company"),
    ],
)
def test_parenthetical_between_subject_and_verb(sentence: str, source: str) -> None:
    """``The ministry, in a statement, said C``: the phrase set off is no apposition."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == "the talks failed"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Prices rose, said the ministry in a statement.", "the ministry"),
        ("Prices rose, said the mayor on Monday.", "the mayor"),
        ("Prices rose, said the head of the bank at a briefing.", "the head of the bank"),
        ("Prices rose, said a narrator in the Clinton ad.", "a narrator in the Clinton ad"),
    ],
)
def test_inverted_source_ends_before_its_setting(sentence: str, source: str) -> None:
    """``said the ministry in a statement``: where it was said is no part of the source."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == "Prices rose"


@pytest.mark.parametrize(
    ("sentence", "source", "speaker"),
    [
        (
            "The U.S. side must stop, said Zhao Lijian, a spokesperson for the ministry.",
            "Zhao Lijian",
            "Zhao Lijian",
        ),
        (
            (
                "The U.S. side must stop, said Chinese Foreign Ministry spokesperson Zhao Lijian"
                " on Thursday."
            ),
            "Chinese Foreign Ministry spokesperson Zhao Lijian",
            "Zhao Lijian",
        ),
        (
            "The U.S. side must stop, said Li Keqiang, Chinese premier, on Monday.",
            "Li Keqiang",
            "Li Keqiang",
        ),
        (
            "The U.S. side must stop, said Jane Doe of the central bank.",
            "Jane Doe",
            "Jane Doe",
        ),
        (
            "The U.S. side must stop, said Goldman Sachs chief economist Jan Hatzius.",
            "Goldman Sachs chief economist Jan Hatzius",
            "Jan Hatzius",
        ),
        ("The U.S. side must stop, said U.S. officials.", "U.S. officials", "U.S. officials"),
        (
            "The U.S. side must stop, said a senior U.S. official.",
            "a senior U.S. official",
            "a senior U.S. official",
        ),
        (
            "The U.S. side must stop, said Goldman Sachs economists in a note.",
            "Goldman Sachs economists",
            "Goldman Sachs economists",
        ),
        ("The U.S. side must stop, said John Smith Tuesday.", "John Smith", "John Smith"),
        ("The U.S. side must stop, said Theresa May.", "Theresa May", "Theresa May"),
    ],
)
def test_inverted_source_and_what_follows_it(sentence: str, source: str, speaker: str) -> None:
    """``C, said X, a spokesperson``: the content comes before; the rest is about X."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    assert said.speaker is not None
    assert said.speaker.name == speaker
    assert said.content.text == "The U.S. side must stop"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # A verb after the words that follow the cue: they are the content's subject.
        (
            "American Express Co said Robert Stearns has joined the company.",
            "Robert Stearns has joined the company",
        ),
        # A quotation after the source goes on with what was said.
        ('"We won," said Smith, "and we will win again."', "We won"),
    ],
)
def test_words_after_an_inverted_cue_that_are_no_source(sentence: str, content: str) -> None:
    """What follows a cue is the content where a verb or a quotation follows it."""
    said = _statements(sentence)[0]
    assert said.content.text == content


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The group, due to be privatised, said it was planning a capital increase.",
            "The group",
        ),
        (
            "USX's subsidiary, Marathon Petroleum Co, said it will raise its prices.",
            "USX's subsidiary",
        ),
    ],
)
def test_pronoun_after_said_is_the_contents_subject(sentence: str, source: str) -> None:
    """``X, ..., said it was planning``: ``it`` opens what was said; X says it."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text.startswith("it ")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('"We must not lose time," the head of state stressed.', "the head of state"),
        ("The director of the agency said the plan failed.", "The director of the agency"),
        ("The leader of the opposition said the plan failed.", "The leader of the opposition"),
    ],
)
def test_role_of_something_is_the_source(sentence: str, source: str) -> None:
    """``the head of state``: the head speaks, not the state."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Yonhap quoted an unnamed official as saying the talks had stalled.",
            "an unnamed official",
        ),
        (
            "TASS quoted Kremlin spokesman Dmitry Peskov as saying that Moscow was ready.",
            "Dmitry Peskov",
        ),
        ("Reuters cited two sources as saying the talks had stalled.", "two sources"),
        # The medium after "quoted by" does not speak: the subject does.
        ("The official was quoted by Interfax as saying the talks had stalled.", "The official"),
    ],
)
def test_person_a_medium_quoted_as_saying(sentence: str, speaker: str) -> None:
    """``Yonhap quoted an official as saying C``: the official says C, not Yonhap."""
    (saying,) = _statements(sentence)
    assert saying.cue is not None
    assert saying.cue.text == "saying"
    assert saying.speaker is not None
    assert saying.speaker.name == speaker


def test_opening_according_to_reports_the_reports_after_it() -> None:
    """``According to X, the two sides agreed to C``: X reports the agreement, both found."""
    assert _read("According to the statement, the two sides agreed to strengthen cooperation.") == [
        (
            "indirect",
            "the statement",
            "According to",
            "the two sides agreed to strengthen cooperation",
        ),
        ("indirect", "the two sides", "agreed", "to strengthen cooperation"),
    ]
    # Set off after what it reports, it reports what comes before.
    (according, _) = _statements(
        "Sanders trails, according to a count by The Associated Press, but he has vowed to"
        " fight on."
    )
    assert according.content.text == "Sanders trails"


@pytest.mark.parametrize("hearer", ["Reuters", "AFP", "the BBC", "him", "Jones"])
def test_the_person_told_before_a_clause_is_no_content(hearer: str) -> None:
    """``told Reuters the deal was close``: Reuters hears; the deal was close."""
    (told,) = _statements(f"A source told {hearer} the deal was close.")
    assert told.content.text == "the deal was close"


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("The deal was close, Smith was quoted as saying.", "Smith", "The deal was close"),
        ("Smith was quoted as saying the deal was close.", "Smith", "the deal was close"),
        (
            "The deal was close, the official was quoted by Interfax as saying.",
            "the official",
            "The deal was close",
        ),
    ],
)
def test_quoted_as_saying_in_the_passive(sentence: str, source: str, content: str) -> None:
    """``X was quoted as saying``: X says it, before or after."""
    (saying,) = _statements(sentence)
    assert saying.source is not None
    assert saying.source.text == source
    assert saying.content.text == content


@pytest.mark.parametrize(
    "why",
    [
        " on condition of anonymity",
        " on condition of anonymity because he was not authorized to speak publicly",
        " on condition he not be named",
    ],
)
def test_why_a_source_is_unnamed_is_no_content(why: str) -> None:
    """``C, the official said on condition of anonymity because ...``: C is said."""
    (said,) = _statements(f"The deal is close, the official said{why}.")
    assert said.content.text == "The deal is close"
    setting = why.partition(" because")[0]
    (said,) = _statements(f"The official said{setting} that the deal was close.")
    assert said.content.text == "the deal was close"


def test_subject_of_the_content_after_a_set_off_verb() -> None:
    """``X, speaking on condition of anonymity, said the deal was close``: X says it."""
    (said,) = _statements(
        "The official, speaking on condition of anonymity, said the deal was close."
    )
    assert said.source is not None
    assert said.source.text == "The official"
    assert said.content.text == "the deal was close"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The ministry, however, said the talks failed.", "The ministry"),
        ("Officials, though, said the talks failed.", "Officials"),
        ("The company, based in Ohio, said it expects profits to rise.", "The company"),
        ("The minister, pressed on the issue, said the talks failed.", "The minister"),
    ],
)
def test_adverb_or_participle_set_off_after_the_subject(sentence: str, source: str) -> None:
    """``The ministry, however, said``: what the commas set off is no source."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source


def test_long_clause_after_a_comma_is_no_participle_set_off() -> None:
    """``its subsidiary, X Corp, purchased a maker for cash, notes and stock``: no cue."""
    statements = _statements(
        "Safeguard Scientific Inc said its subsidiary, Coherent Communications Systems Corp,"
        " purchased a telecommunications equipment maker for cash, notes and Coherent common"
        " stock."
    )
    assert [statement.cue.text for statement in statements if statement.cue] == ["said"]


def test_name_and_surname_may_before_a_cue() -> None:
    """``Theresa May said``: ``May`` is a surname, not a modal verb nor a month."""
    (said,) = _statements("Theresa May said the talks would go on.")
    assert said.source is not None
    assert said.source.text == "Theresa May"
    (said,) = _statements("The bill passed in May, Smith said.")
    assert said.content.text == "The bill passed in May"


@pytest.mark.parametrize("relative", ["who follow the market", "whose fund lost"])
def test_relative_clause_after_an_inverted_source_is_no_content(relative: str) -> None:
    """``C, said analysts who follow the market.``: the clause is about the analysts."""
    (said,) = _statements(f"Prices rose, said analysts {relative}.")
    assert said.content.text == "Prices rose"


@pytest.mark.parametrize(
    "sentence",
    [
        'Her campaign vowed "to break barriers" across the nation.',
        "The Rust Belt states have suffered intensely.",
    ],
)
def test_no_statement_from_words_that_only_look_like_verbs(sentence: str) -> None:
    """``across`` after a quotation and ``states have`` are no verbs of speech."""
    assert all(
        statement.cue is None or statement.cue.text not in {"across", "states", "plans"}
        for statement in _statements(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Cory James, 22, of Flint, Mich., said he had hope.", "Cory James"),
        ("Cory James, of Ames, Iowa, said he had hope.", "Cory James"),
        (
            "Peter Westmacott, who served in Iran, Turkey and France, said he had hope.",
            "Peter Westmacott",
        ),
        (
            "A White House official, who requested anonymity to discuss it, said he had hope.",
            "A White House official",
        ),
    ],
)
def test_apposition_with_commas_of_its_own(sentence: str, source: str) -> None:
    """A hometown with its state, or a relative clause with a list, sets off the subject."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == "he had hope"


@pytest.mark.parametrize("opening", ["Hours later,", "Two weeks after the vote,", "Back in May,"])
def test_time_opening_is_no_subject(opening: str) -> None:
    """``Hours later, Trump ..., telling``: the time opens the sentence, Trump tells."""
    telling = _statements(f"{opening} Donald Trump returned the compliment, telling them all.")[-1]
    assert telling.speaker is not None
    assert telling.speaker.name == "Donald Trump"


@pytest.mark.parametrize(
    "setting",
    [
        "in an interview with The Associated Press last week",
        "on Tuesday in a long speech to a crowd of supporters in Ohio",
        "in a talk with " + " ".join(["representatives-of-the-international-community"] * 5),
    ],
)
def test_long_setting_before_that(setting: str) -> None:
    """``said in an interview with The Associated Press last week that C``: C is the content."""
    (said,) = _statements(f"Ginsburg said {setting} that she would not retire.")
    assert said.content.text == "she would not retire"


@pytest.mark.parametrize("that", ["That", "THAT", "tHaT"])
@pytest.mark.parametrize("setting", ["", " on Tuesday"])
@pytest.mark.parametrize("rest", ["", " over the price of" + " grain and oil" * 20])
def test_that_in_any_case(that: str, setting: str, rest: str) -> None:
    """A complementiser in capitals is one too, in a short sentence or a long one."""
    (said,) = _statements(f"Smith said{setting} {that} the talks failed{rest}.")
    assert said.content.text == f"the talks failed{rest}"


@pytest.mark.parametrize(
    "source",
    [
        "Six in 10 voters",
        "Six in 10 Virginia Democratic primary voters",
        "About 40 percent of likely voters",
        "Nearly half",
    ],
)
def test_quantity_of_people_is_the_whole_source(source: str) -> None:
    """``Six in 10 Virginia voters said``: the quantity is part of the source."""
    (said,) = _statements(f"{source} said the economy is weak.")
    assert said.source is not None
    assert said.source.text == source
    assert said.speaker is not None
    assert said.speaker.name == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("A spokesman, Chad Smith, said the city would recover.", "Chad Smith"),
        ("Virginia Lopez, a lawyer, said the city would recover.", "Virginia Lopez"),
        ("Jones, of Albany, New York, said the city would recover.", "Jones"),
        ("The mayor, a Democrat, said the city would recover.", "The mayor"),
        (
            "Unlike Smith, who resigned Friday, Jane Doe, a Democrat, said the city would recover.",
            "Jane Doe",
        ),
        (
            "Asked about Smith, who resigned, the mayor, a Democrat, said the city would recover.",
            "the mayor",
        ),
    ],
)
def test_appositions_that_look_like_places_or_relatives(sentence: str, source: str) -> None:
    """Appositions read past what only looks like their end.

    A first name that is also a state and a relative clause before the subject end none;
    an apposition that describes (``a Democrat``) leaves its head the source.
    """
    said = _statements(sentence)[-1]
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == "the city would recover"


@pytest.mark.parametrize(
    "setting",
    ["in a note to clients", "in a memo to employees", "in response to questions"],
)
def test_to_of_a_setting_is_no_infinitive(setting: str) -> None:
    """``said in a note to clients that C``: the setting's ``to`` opens no relative clause."""
    (said,) = _statements(f"Analysts said {setting} that the bank would cut rates.")
    assert said.content.text == "the bank would cut rates"


def test_fraction_written_as_one_word_is_a_source() -> None:
    """``..., and three-quarters said the same of Sanders``: a second statement."""
    first, second = _statements(
        "Six in 10 voters said Clinton is honest, and three-quarters said the same of Sanders."
    )
    assert first.content.text == "Clinton is honest"
    assert second.source is not None
    assert second.source.text == "three-quarters"
    assert second.content.text == "the same of Sanders"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Florida Republican would only say that the plan failed.", "Florida Republican"),
        ("Jeb Bush and Chris Christie say that the plan failed.", "Chris Christie"),
        ("Economists, like their Republican counterparts, say that the plan failed.", "Economists"),
        ("Democratic voters are more likely to say that the plan failed.", "Democratic voters"),
        ("The senators were quick to say that the plan failed.", "The senators"),
    ],
)
def test_base_form_after_a_subject_that_takes_it(sentence: str, source: str) -> None:
    """``would only say``, ``X and Y say``, ``more likely to say``: the subject says it."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == "the plan failed"


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("Clinton Says Russians Hacked The DNC.", "Clinton", "Russians Hacked The DNC"),
        ("Bellwether County Says Trump Will Win.", "Bellwether County", "Trump Will Win"),
    ],
)
def test_headline_in_title_case_reports(sentence: str, source: str, content: str) -> None:
    """A line in title case (a headline in the body) writes its verb capitalised."""
    (said,) = _statements(f"Voters went to the polls.\n\n{sentence}\n\nThe count began.")
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == content


@pytest.mark.parametrize(
    "sentence",
    ["They played Call of Duty until dawn.", "He met officials of the United States Said Group."],
)
def test_capitalised_form_inside_a_sentence_is_no_cue(sentence: str) -> None:
    """Outside title case, a capitalised form inside a sentence is part of a name."""
    assert _statements(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose and Kim state media reported the test.",
        "He visited Texas and Florida state officials said.",
        "Voters in Iowa and New Hampshire say the race is close.",
        "Senate Votes To Repeal Obamacare, Says McConnell.",
        "He Said, She Said: A Look At The Debate.",
    ],
)
def test_no_base_form_or_title_case_cue_without_its_subject(sentence: str) -> None:
    """No base form or title-case verb here has the source those rules would give it.

    Names joined by ``and`` take a base form only as its subject, and a title-case verb
    counts only right after one.
    """
    for statement in _statements(sentence):
        assert statement.source is None or statement.source.text not in {
            "Kim", "Florida", "New Hampshire", "Says McConnell", "She",
        }  # fmt: skip


def test_less_likely_to_report_is_no_statement_of_its_subject() -> None:
    """``Women were less likely to report harassment, the study found``: the study's."""
    (found,) = _statements("Women were less likely to report harassment, the study found.")
    assert found.source is not None
    assert found.source.text == "the study"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Smith said the talks were continuing.", "the talks were continuing"),
        ("Trump said he was joking.", "he was joking"),
    ],
)
def test_progressive_at_the_end_reports_nothing(sentence: str, content: str) -> None:
    """``were continuing.``: a progressive with nothing after it cuts no content short."""
    (said,) = _statements(sentence)
    assert said.content.text == content


def test_pressed_opens_an_introduction() -> None:
    """``Pressed about it, Perez ..., saying``: a question put opens the sentence."""
    saying = _statements("Pressed about the chatter, Perez turned away, saying he liked it.")[-1]
    assert saying.cue is not None
    assert saying.cue.text == "saying"
    assert saying.speaker is not None
    assert saying.speaker.name == "Perez"


def test_coordinated_verb_after_a_relative_clause_has_the_subject() -> None:
    """``He called on X to attack the oil that funds it and proposed``: he proposes."""
    called, proposed = _statements(
        "Donald Trump flew to Ohio. He called on the United States to attack the oil that funds "
        "the Islamic State and proposed a safe zone inside Syria."
    )
    assert called.content.text.startswith("the United States to attack the oil that funds")
    assert proposed.speaker is not None
    assert proposed.speaker.name == "Donald Trump"
    assert proposed.source is not None
    assert proposed.source.text == "He"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "He urged Congress to pass a law that bans guns.",
            "Congress to pass a law that bans guns",
        ),
        ("He said to reporters that the plan failed.", "the plan failed"),
        ("He told them on Monday that the plan failed.", "the plan failed"),
    ],
)
def test_that_after_an_infinitive_is_relative(sentence: str, content: str) -> None:
    """A ``that`` after ``to`` and a verb opens a relative clause, not the content."""
    (said,) = _statements(sentence)
    assert said.content.text == content


@pytest.mark.parametrize(
    "opening",
    [
        "Shortly after the call ended,",
        "At a campaign event in Ames, Iowa, on Sunday,",
        "At a rally in Sacramento, Calif.,",
        "At a rally in Lyon, France,",
    ],
)
def test_introduction_with_a_town_and_a_time_before_the_subject(opening: str) -> None:
    """``In Ames, Iowa, on Sunday, Clinton ..., saying``: the state and time introduce too."""
    saying = _statements(f"{opening} Clinton took the stage, saying the plan would work.")[-1]
    assert saying.cue is not None
    assert saying.cue.text == "saying"
    assert saying.speaker is not None
    assert saying.speaker.name == "Clinton"


@pytest.mark.parametrize("opener", ["Likewise", "Similarly", "Separately", "More recently"])
def test_sentence_adverb_is_not_the_subject(opener: str) -> None:
    """``Likewise, Trump ... and called for``: the subject comes after the adverb's comma."""
    (called,) = _statements(f"{opener}, Trump went after Clinton and called for her to quit.")
    assert called.speaker is not None
    assert called.speaker.name == "Trump"


@pytest.mark.parametrize("adverb", ["now", "quickly", "still"])
def test_coordinated_verb_after_an_adverb_has_the_subject(adverb: str) -> None:
    """``... Rand Paul, but now said ...``: the sentence's subject says it."""
    (said,) = _statements(
        f"Thomas Massie used to back Rand Paul, but {adverb} said Trump had the opportunity."
    )
    assert said.speaker is not None
    assert said.speaker.name == "Thomas Massie"
    assert said.content.text == "Trump had the opportunity"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Millennials support background checks for all gun purchases.",
            [("indirect", "Millennials", "support", "background checks for all gun purchases")],
        ),
        (
            "Die-hard Sanders supporters plan to leave the Democratic Party.",
            [("indirect", "Die-hard Sanders supporters", "plan", "to leave the Democratic Party")],
        ),
        (
            "Three unions backed Clinton in the primary.",
            [("indirect", "Three unions", "backed", "Clinton in the primary")],
        ),
        ("He came back to Iowa, and Trump backed down.", []),
        # The same words as nouns: no subject before them, or a noun's words after them.
        ("Clinton wins with 38 percent support; Cruz comes in second.", []),
        ("Bernie Sanders' plan would end all the kinds of health care.", []),
        ("The bill has broad support in the Senate.", []),
        ("Jobs and support for families were on the agenda.", []),
    ],
)
def test_verb_that_is_also_a_noun_needs_a_subject(
    body: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """``Millennials support ...`` is a stance; ``38 percent support;`` is a noun."""
    assert _read(body) == expected


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "North Korea fired two missiles on Thursday, South Korea's military said.",
            "South Korea's military",
        ),
        ("The talks failed, the Kremlin's press service said.", "the Kremlin's press service"),
        (
            "The vote was delayed, New York Gov. Andrew Cuomo's office said.",
            "New York Gov. Andrew Cuomo's office",
        ),
    ],
)
def test_owner_of_a_described_source_is_named_whole(body: str, source: str) -> None:
    """``C, South Korea's military said``: the owner's whole name belongs to the source."""
    (said,) = _statements(body)
    assert said.source is not None
    assert said.source.text == source
    assert said.content.text == body.split(",", maxsplit=1)[0]


def test_according_to_a_pronoun_resolves_it() -> None:
    """``According to him, C``: the pronoun is the source, resolved to the person before."""
    told, according = _statements(
        "Russia is ready for talks, Kremlin Spokesman Dmitry Peskov told reporters. "
        "According to him, the next round will take place in Belarus."
    )
    assert according.source is not None
    assert according.source.text == "him"
    assert according.speaker is not None
    assert according.speaker is told.speaker
    assert according.speaker.name == "Dmitry Peskov"


@pytest.mark.parametrize(
    ("body", "cue", "name"),
    [
        (
            (
                "Talks will go on, Kremlin Spokesman Dmitry Peskov told reporters. "
                "The spokesman also noted that ties were strong."
            ),
            "noted",
            "Dmitry Peskov",
        ),
        (
            (
                "Belarusian President Alexander Lukashenko met the minister. "
                '"China is our strategic partner," the President emphasized.'
            ),
            "emphasized",
            "Alexander Lukashenko",
        ),
    ],
)
def test_the_title_stands_for_the_person_last_named_with_it(body: str, cue: str, name: str) -> None:
    """``the spokesman``, ``the President``: the person last named with that title."""
    (statement,) = [s for s in _statements(body) if s.cue is not None and s.cue.text == cue]
    assert statement.speaker is not None
    assert statement.speaker.name == name
    assert statement.speaker.kind == "person"


def test_a_title_nobody_had_stays_its_own_speaker() -> None:
    """``The spokesman said`` with no spokesman named before is an unnamed spokesman."""
    (said,) = _statements(
        "Belarusian President Alexander Lukashenko met the minister. "
        "The spokesman said that the talks went well."
    )
    assert said.speaker is not None
    assert said.speaker.name == "The spokesman"
    assert said.speaker.kind == "anonymous"


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            (
                "Britain's economy grew faster than expected in March, official data showed on"
                " Friday, easing fears of a recession."
            ),
            "official data",
            "Britain's economy grew faster than expected in March",
        ),
        ("The economy grew, officials said, as prices fell.", "officials", "The economy grew"),
        (
            "The economy grew in March, figures from the statistics office showed.",
            "figures from the statistics office",
            "The economy grew in March",
        ),
    ],
)
def test_cue_set_off_on_both_sides_reports_what_comes_before(
    body: str, source: str, content: str
) -> None:
    """``C, official data showed on Friday, easing fears``: C is what the data showed."""
    (statement,) = _statements(body)
    assert statement.source is not None
    assert statement.source.text == source
    assert statement.content.text == content


def test_the_company_is_the_company_named_before() -> None:
    """``The company said`` after ``Summit Energy Inc said``: one speaker, an organisation."""
    first, second = _statements(
        "Summit Energy Inc said it has extended its offer to exchange shares. "
        "The company said it had received 302,669 of the shares."
    )
    assert first.speaker is not None
    assert first.speaker.kind == "organization"
    assert second.speaker is first.speaker


def test_it_is_an_exchange_named_before() -> None:
    """A name ending in ``Exchange`` is an organisation, so a later ``it`` stands for it."""
    first, second = _statements(
        "The American Stock Exchange said the shares began trading today. "
        "It said they opened at nine."
    )
    assert first.speaker is not None
    assert first.speaker.name == "American Stock Exchange"
    assert second.speaker is first.speaker


def test_subject_description_ends_at_its_verbs_auxiliary() -> None:
    """``The minister did not specify ... but said``: the subject is ``The minister``."""
    (said,) = _statements("The minister did not specify the date but said the rules would change.")
    assert said.source is not None
    assert said.source.text == "The minister"


def test_noun_compound_before_a_verb_is_no_report() -> None:
    """``the jobs report was released``: ``report`` is a noun, ``jobs`` no source."""
    assert _read("After the jobs report was released, stocks rose.") == []


def test_relative_clause_report_keeps_its_source() -> None:
    """``a provision they say could exclude``: ``they`` say it, though a verb follows."""
    assert _read("The plan includes a provision they say could exclude many workers.") == [
        ("indirect", "they", "say", "could exclude many workers")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Bernie Sanders' attacks on her campaign continued.",
        "Florida's primary proved the most devastating.",
        "Mass shooting attacks and bombings rose.",
    ],
)
def test_plural_nouns_and_linking_verbs_are_no_reports(body: str) -> None:
    """``Sanders' attacks on``, ``shooting attacks and``, ``proved the most ...``."""
    assert _read(body) == []


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Trump attacks Clinton over trade.", "attacks"),
        ("The study proved that the drug works.", "proved"),
        ("Ramos believes in journalism that takes sides.", "believes"),
    ],
)
def test_the_same_verbs_used_as_verbs_still_report(body: str, cue: str) -> None:
    """``Trump attacks Clinton``, ``the study proved that``: verbs with their subjects."""
    assert [statement[2] for statement in _read(body)] == [cue]


@pytest.mark.parametrize(
    ("body", "source", "cue", "content"),
    [
        ("Obama backs Clinton for president.", "Obama", "backs", "Clinton for president"),
        ("Sanders challenges Clinton on trade.", "Sanders", "challenges", "Clinton on trade"),
        ("He claims his boss is fine.", "He", "claims", "his boss is fine"),
    ],
)
def test_noun_form_between_subject_and_object_is_a_verb(
    body: str, source: str, cue: str, content: str
) -> None:
    """``Obama backs Clinton``, ``he claims his boss``: a subject, the verb, its object."""
    assert _read(body) == [("indirect", source, cue, content)]


@pytest.mark.parametrize(
    "body",
    [
        "Two terrorist attacks in July shook the country.",
        "The Paris attacks, and the shootings, changed the race.",
        "The Western states Sanders is counting on vote next.",
        "He won the Rust Belt states Indiana and Ohio.",
        "Since the Paris attacks a year ago, fear grew.",
        "Student protests Sunday drew thousands.",
        "White House comments Tuesday angered Beijing.",
    ],
)
def test_noun_form_without_an_object_is_a_noun(body: str) -> None:
    """``attacks in July``, ``the Paris attacks a``, ``protests Sunday``, ``states Sanders``."""
    nouns = {"attacks", "states", "protests", "comments"}
    assert [statement for statement in _read(body) if statement[2] in nouns] == []


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("Clinton is expected to win the primary.", "expected", "to win the primary"),
        ("The senator seems to be losing ground.", "seems", "to be losing ground"),
        ("Turnout is widely believed to have risen.", "believed", "to have risen"),
    ],
)
def test_view_with_no_holder_is_a_statement_without_source(
    body: str, cue: str, content: str
) -> None:
    """``X is expected to``, ``X seems to``: a view nobody named holds, no source."""
    (statement,) = _statements(body)
    assert statement.source is None
    assert statement.speaker is None
    assert statement.cue is not None
    assert statement.cue.text == cue
    assert statement.content.text == content


def test_question_put_in_the_passive_has_no_source() -> None:
    """``Trump was asked whether ...``: a question someone unnamed put, up to the comma."""
    assert _read("Trump was asked whether he would accept the result, and he declined.") == [
        ("indirect", None, "asked", "whether he would accept the result")
    ]


def test_view_inside_a_report_is_part_of_it() -> None:
    """``He appeared to concede, aides said``: one statement, the aides'."""
    assert _read("He appeared to concede the race, aides said.") == [
        ("indirect", "aides", "said", "He appeared to concede the race")
    ]


def test_several_statements_in_one_sentence_stop_at_each_other() -> None:
    """A content ends where the next statement's clause begins, not inside its source."""
    body = "Smith said the talks would resume, while Jones warned that they could fail."
    smith, jones = _statements(body)
    assert smith.content.text == "the talks would resume"
    assert jones.content.text == "they could fail"
    assert jones.source is not None
    assert smith.content.span.end <= jones.source.span.start


def test_nested_report_without_comma_stays_inside() -> None:
    """``X said Y claimed Z``: X's content holds Y's report, and Y's is a statement too."""
    outer, inner = _statements("Smith said Jones claimed the vote was rigged.")
    assert outer.content.text == "Jones claimed the vote was rigged"
    assert inner.source is not None
    assert inner.cue is not None
    assert (inner.source.text, inner.cue.text) == ("Jones", "claimed")
    assert inner.content.text == "the vote was rigged"


def test_beliefs_and_stances_are_statements() -> None:
    """Thought, evidence and stance attribute too: ``believes that``, ``the poll found``."""
    body = (
        "Smith believes that the economy will recover.\n\n"
        "The poll found that most voters back the plan.\n\n"
        "The senator endorsed Jane Doe for governor."
    )
    assert [(source, cue) for _, source, cue, _ in _read(body)] == [
        ("Smith", "believes"),
        ("The poll", "found"),
        ("The senator", "endorsed"),
    ]


def test_belief_inside_a_report_is_not_a_statement_of_its_own() -> None:
    """``Xi stressed that China supports Belarus``: one statement, Xi's."""
    assert [cue for _, _, cue, _ in _read("Xi stressed that China supports Belarus.")] == [
        "stressed"
    ]


def test_nouns_report_only_that_clauses() -> None:
    """``his remarks were subdued`` reports nothing; ``Trump's claim that C`` does."""
    assert _read("His remarks were subdued and brief.") == []
    assert _read("Trump's claim that the vote was rigged drew criticism.") == [
        ("indirect", "Trump", "claim", "the vote was rigged drew criticism")
    ]


def test_an_anchor_that_says_nothing_makes_no_statement() -> None:
    """``by the time he said that`` and ``That is what Trump said`` report nothing."""
    assert _read("His voice broke by the time he said that.") == []
    assert _read("That is what Trump said.") == []


def test_first_person_source_has_no_speaker() -> None:
    """``I think`` in first-person copy is a statement whose speaker the text does not name."""
    (statement,) = _statements("I think the plan will fail.")
    assert statement.source is not None
    assert statement.source.text == "I"
    assert statement.speaker is None


# ------------------------------------------------------------------- direct and mixed


def test_a_quotation_is_a_direct_statement() -> None:
    """``"...," Smith said on Monday``: one direct statement, holding the quote."""
    (statement,) = _statements('"We will win," Smith said on Monday.')
    assert statement.kind == "direct"
    assert statement.quote is not None
    assert statement.quote.text == "We will win,"
    assert statement.content.text == "We will win"  # the comma that leads to the cue is not
    assert statement.cue is not None
    assert statement.cue.text == "said"


def test_each_part_of_an_interrupted_quotation_is_direct() -> None:
    """``"A," she said, "B."``: two direct statements with the same cue."""
    body = 'Jane Doe arrived.\n\n"We came to win," she said, "and we will."'
    first, second = _statements(body)
    assert (first.kind, second.kind) == ("direct", "direct")
    assert first.cue == second.cue
    assert first.speaker is not None
    assert first.speaker.name == "Jane Doe"


def test_quoted_words_in_a_clause_make_it_mixed() -> None:
    """``said the mood was "grim" but improving``: one mixed statement holds the quote."""
    (statement,) = _statements('Smith said the mood was "grim" but improving.')
    assert statement.kind == "mixed"
    assert statement.content.text == 'the mood was "grim" but improving'
    assert statement.quote is None


def test_quoted_words_before_an_inverted_cue_are_the_speakers() -> None:
    """``Obama "felt an obligation" to act, Axelrod said``: the partial quote is Axelrod's."""
    text = 'Headline here\n\nObama "felt a moral obligation" to act, Axelrod said. "It matters."'
    article = wirenews.parse_article(text)
    embedded, following = article.quotes
    assert embedded.partial
    assert embedded.speaker is not None
    assert embedded.speaker.name == "Axelrod"
    assert embedded.cue is not None
    assert embedded.cue.text == "said"
    assert following.inferred
    assert following.speaker is embedded.speaker
    mixed, direct = article.statements
    assert (mixed.kind, mixed.content.text) == ("mixed", 'Obama "felt a moral obligation" to act')
    assert direct.quote is following


def test_scare_quote_outside_any_statement_stays_unattributed() -> None:
    """Only quoted words inside a reported content take its speaker."""
    body = 'A man nicknamed "Shorty" was arrested'
    article = wirenews.parse_article(f"Headline\n\n{body}, police said.")
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.name == "police"
    article = wirenews.parse_article(f"Headline\n\n{body}.")
    assert article.quotes[0].speaker is None


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The economy grew, Hollande said Tuesday in Paris.", "The economy grew"),
        ("The economy grew, the minister said at a news conference.", "The economy grew"),
        ("The minister said in Paris the economy grew.", "in Paris the economy grew"),
    ],
)
def test_where_it_was_said_is_not_the_content(body: str, content: str) -> None:
    """A short phrase of place or time after an inverted cue leaves the content before it."""
    (statement,) = _statements(body)
    assert statement.content.text == content


def test_relative_pronoun_is_the_source_of_its_clause() -> None:
    """``Barkley, who said C1, said C2``: ``who`` is the first cue's source, and Barkley's."""
    first, second = _statements("Barkley, who said he votes Democratic, said he likes Kasich.")
    assert first.source is not None
    assert (first.source.text, first.content.text) == ("who", "he votes Democratic")
    assert second.source is not None
    assert (second.source.text, second.content.text) == ("Barkley", "he likes Kasich")
    assert first.speaker is second.speaker
    assert first.speaker is not None
    assert [mention.text for mention in first.speaker.mentions[:2]] == ["Barkley", "who"]


def test_a_question_put_by_nobody_named_has_no_speaker() -> None:
    """``Asked whether C, Ryan said ...``: the question is a statement of its own, unsourced."""
    question, answer = _statements("Asked whether he would run, Ryan said he had not decided.")
    assert (question.cue.text if question.cue else None) == "Asked"
    assert (question.speaker, question.source) == (None, None)
    assert question.content.text == "whether he would run"
    assert answer.speaker is not None
    assert answer.speaker.name == "Ryan"
    assert answer.content.text == "he had not decided"


@pytest.mark.parametrize(
    "between", ["on Fox News", "by Stephanopoulos on Monday", "during a January debate"]
)
def test_a_question_put_may_name_where_and_by_whom(between: str) -> None:
    """``Asked on Fox News whether C, Ryan said ...``: still a question put by nobody named."""
    question, answer = _statements(f"Asked {between} whether he would run, Ryan said no.")
    assert question.cue is not None
    assert question.cue.text == "Asked"
    assert (question.speaker, question.source) == (None, None)
    assert question.content.text == "whether he would run"  # from the question's first word
    assert answer.speaker is not None
    assert answer.speaker.name == "Ryan"


@pytest.mark.parametrize(
    ("sentence", "said", "question"),
    [
        (
            '"You bet I would," Christie said when asked whether he would act.',
            "You bet I would",
            "whether he would act",
        ),
        (
            "Le Pen said she was sure when asked which candidate she would back.",
            "she was sure",
            "which candidate she would back",
        ),
        (
            '"Absolutely," he said when asked by a reporter if that remains his view.',
            "Absolutely",
            "if that remains his view",
        ),
        ("When asked whom she supported, she said nothing.", "nothing", "whom she supported"),
    ],
)
def test_a_question_put_in_a_clause_of_time(sentence: str, said: str, question: str) -> None:
    """``X said C when asked whether Q``: Q is a question put by nobody named, C ends before it."""
    contents = {
        (statement.cue.text if statement.cue else None): statement.content.text
        for statement in _statements(sentence)
    }
    assert contents == {"said": said, "asked": question}
    asked = next(s for s in _statements(sentence) if s.cue is not None and s.cue.text == "asked")
    assert (asked.speaker, asked.source) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # "once" before "asked" is an adverb; the one asked is the subject.
        ("Reagan was once asked how the Cold War would end.", "how the Cold War would end"),
        # "when asked to" is a request, part of what was said.
        (
            "Bamberg said the video shows Scott leaving his car when asked to do so.",
            "the video shows Scott leaving his car when asked to do so",
        ),
    ],
)
def test_no_question_of_a_clause_of_time(sentence: str, content: str) -> None:
    """``was once asked`` and ``when asked to`` open no question put by nobody named."""
    (statement,) = _statements(sentence)
    assert statement.content.text == content
    assert statement.source is not None


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Calabrese told the National Post he had received emails.", "he had received emails"),
        ("She told him it was over.", "it was over"),
        ("He told the story of his life.", "the story of his life"),
    ],
)
def test_the_person_told_is_no_content(sentence: str, content: str) -> None:
    """``told the National Post he had ...``: the paper hears; what it hears is the content."""
    (told,) = _statements(sentence)
    assert told.content.text == content


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "For the first time, a poll shows Sanders leading Clinton nationally.",
            "a poll",
            "shows",
            "Sanders leading Clinton nationally",
        ),
        ("Records show the plane flew 216 hours.", "Records", "show", "the plane flew 216 hours"),
        (
            "New filings show it has less than $1.3 million.",
            "New filings",
            "show",
            "it has less than $1.3 million",
        ),
    ],
)
def test_evidence_shows_what_follows(sentence: str, source: str, cue: str, content: str) -> None:
    """``a poll shows C``: after a noun of evidence, ``shows`` is the verb, not a noun."""
    (shown,) = _statements(sentence)
    assert shown.source is not None
    assert shown.cue is not None
    assert (shown.source.text, shown.cue.text, shown.content.text) == (source, cue, content)


def test_shows_after_other_words_is_a_noun() -> None:
    """``He watched the shows on TV``, ``one of his shows to``: the noun reports nothing."""
    assert _statements("He watched the shows on TV. He devoted one of his shows to it.") == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "People familiar with the matter said the deal was close.",
            "People familiar with the matter",
        ),
        ("A source close to the talks said the deal was close.", "A source close to the talks"),
        (
            "Two people with knowledge of the plan said it was ready.",
            "Two people with knowledge of the plan",
        ),
        ("Sources close to Clinton said she would run.", "Sources close to Clinton"),
        ("Sources close to her campaign say she stands by Obama.", "Sources close to her campaign"),
        ("Officials briefed on the talks said they stalled.", "Officials briefed on the talks"),
    ],
)
def test_an_unnamed_source_is_not_what_it_knows(sentence: str, source: str) -> None:
    """``people familiar with the matter said``: the people speak, not the matter."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.speaker is not None
    assert said.source.text == source
    assert said.speaker.kind in {"group", "anonymous"}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The two ministers said the talks went well.", "The two ministers"),
        ("All five candidates said they would debate.", "All five candidates"),
        ("Many of his supporters said they would stay home.", "Many of his supporters"),
        ("Some of the officials said it was over.", "Some of the officials"),
        ("These voters say the economy comes first.", "These voters"),
        ("In one of those polls, voters said they approve.", "voters"),
        ("Hillary Clinton in 2008 questioned whether Obama was ready.", "Hillary Clinton"),
    ],
)
def test_a_description_keeps_all_its_determiners(sentence: str, source: str) -> None:
    """``The two ministers``, ``Many of his supporters``: the description's first words too.

    A year after ``in`` is a time, never a quantity that speaks (``Clinton in 2008 questioned``).
    """
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Smith arrived. He’d said that it was over.", "He"),
        ("Smith arrived. They've said it was over.", "They"),
        ("Collins, who’d previously endorsed Jeb Bush, represents Maine.", "who"),
    ],
)
def test_a_contracted_source_is_the_word_alone(sentence: str, source: str) -> None:
    """``He’d said``, ``who’d previously endorsed``: the pronoun is the source, not ``He’d``."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source
    if said.speaker is not None:
        assert "’" not in said.speaker.name
        assert "'" not in said.speaker.name


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinton has won at least three state primaries on Tuesday.",
        "Current rules allow only those who have won eight states.",
        "In 1995 state income tax filings rose.",
    ],
)
def test_a_noun_form_after_a_count_is_a_noun(sentence: str) -> None:
    """``three state primaries``, ``Current rules allow``: nouns, not ``state`` or ``rule``."""
    assert _statements(sentence) == []


def test_a_noun_form_is_still_a_verb_where_a_verb_stands() -> None:
    """``The court rules that``, ``They state their goal``, ``others vow consequences``."""
    found = _read(
        "The court rules that the law is void. They state their goal is to expand. "
        "World leaders are angry; others vow consequences."
    )
    assert [(source, cue) for _, source, cue, _ in found] == [
        ("The court", "rules"),
        ("They", "state"),
        ("others", "vow"),
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The union, which endorsed Hillary Clinton in November, is widely regarded.",
            "Hillary Clinton in November",
        ),
        (
            "Graham, who said the party was doomed, has since changed his mind.",
            "the party was doomed",
        ),
        (
            "Smith, who said the plan, which is costly, is doomed, won.",
            "the plan, which is costly, is doomed, won",
        ),
        # The sentence's verb in the past tense, or with an adverb before it.
        ("Mitch McConnell, who said the plan would fail, voted no.", "the plan would fail"),
        (
            "The senator, who said the deal was a mistake, later voted for it.",
            "the deal was a mistake",
        ),
        # A participle with its agent is part of C, not the sentence's verb.
        (
            "The mayor, who said the tax, approved by voters, hurt families, is gone.",
            "the tax, approved by voters, hurt families",
        ),
    ],
)
def test_a_relative_clause_set_off_ends_at_its_comma(sentence: str, content: str) -> None:
    """``Graham, who said C, has since ...``: C ends where the sentence's own verb comes back.

    The verb may be an auxiliary or a verb in the past tense (``Mitch McConnell, who said C,
    voted no``). A relative clause inside C keeps its commas (``the plan, which is costly,
    is doomed``).
    """
    (said,) = _statements(sentence)
    assert said.content.text == content


def test_carried_over_quotation_is_direct_without_cue() -> None:
    """A quote paragraph after an attributed one is the same speaker's, cue and source None."""
    first, second = _statements('"We will win," said Jane Doe.\n\n"And we will win again."')
    assert second.kind == "direct"
    assert (second.cue, second.source) == (None, None)
    assert second.speaker is first.speaker


def test_every_attributed_quote_is_in_exactly_one_statement() -> None:
    """Direct statements hold their quote; a mixed one holds the quotes inside its content."""
    body = (
        '"We will win," said Jane Doe. "And soon."\n\n'
        'Smith said the mood was "grim" but improving.\n\n'
        'A man who goes by the name "Shorty" was arrested.'
    )
    article = wirenews.parse_article(f"Headline here\n\n{body}")
    for quote in article.quotes:
        holders = [
            statement
            for statement in article.statements
            if statement.quote is quote
            or (
                statement.kind == "mixed"
                and statement.content.span.start <= quote.span.start
                and quote.span.end <= statement.content.span.end
            )
        ]
        assert len(holders) == (1 if quote.speaker is not None else 0), quote.text


# ------------------------------------------------------------------------ headlines


def test_headline_statements_are_kept_apart() -> None:
    """``Xi calls for ...`` is a headline statement, with no paragraph, not a body one."""
    article = wirenews.parse_article(
        "Xi calls for closer ties\n\nBEIJING, Jan. 26 (Xinhua) -- Chinese President Xi "
        "Jinping on Tuesday called on both sides to deepen ties."
    )
    (headline,) = article.headline_statements
    assert (headline.cue.text if headline.cue else None, headline.content.text) == (
        "calls for",
        "closer ties",
    )
    assert headline.paragraph is None
    assert headline.speaker is not None
    assert headline.speaker.name == "Xi Jinping"
    assert [statement.cue.text for statement in article.statements if statement.cue] == [
        "called on"
    ]


@pytest.mark.parametrize(
    ("headline", "source"),
    [("Trump: I'm the worst thing for the establishment", "Trump"), ("Update: Markets fall", None)],
)
def test_headline_naming_its_source_before_a_colon(headline: str, source: str | None) -> None:
    """``Trump: ...`` says who speaks; a copy label (``Update:``) does not."""
    article = wirenews.parse_article(f"{headline}\n\nWASHINGTON (AP) — Markets moved.")
    sources = [s.source.text for s in article.headline_statements if s.source is not None]
    assert sources == ([source] if source else [])


# ---------------------------------------------------------------------- founding article


def _dice(one: tuple[int, int], other: tuple[int, int]) -> float:
    overlap = max(0, min(one[1], other[1]) - max(one[0], other[0]))
    return 2 * overlap / ((one[1] - one[0]) + (other[1] - other[0]))


@pytest.fixture(scope="module")
def founding() -> wirenews.Article:
    """The founding article, parsed."""
    return wirenews.parse_article(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def expected_statements() -> list[dict[str, Any]]:
    """The hand-labelled statements of the founding article."""
    if not EXPECTED.exists():
        pytest.skip("the shared seed corpus is not next to the checkout")
    data: dict[str, Any] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    statements: list[dict[str, Any]] = data["statements"]
    return statements


def test_founding_article_statements(
    founding: wirenews.Article, expected_statements: list[dict[str, Any]]
) -> None:
    """The 16 statements in order: speaker, cue, source span exactly; content Dice >= 0.9."""
    assert len(founding.statements) == len(expected_statements) == 16
    for got, want in zip(founding.statements, expected_statements, strict=True):
        assert got.speaker is not None
        assert got.speaker.name == want["speaker"]
        assert got.cue is not None
        assert got.cue.text == want["cue"]
        assert list(got.cue.span) == want["cue_span"]
        if want["source"] is None:
            assert got.source is None
        else:
            assert got.source is not None
            assert list(got.source.span) == want["source_span"]
        assert got.kind == ("direct" if want["direct"] else "indirect")
        start, end = want["content_span"]
        assert _dice((got.content.span.start, got.content.span.end), (start, end)) >= 0.9


def test_founding_article_headline_statement(founding: wirenews.Article) -> None:
    """``Xi calls for high-quality development ...``: Xi Jinping, ``calls for``."""
    (statement,) = founding.headline_statements
    assert statement.speaker is founding.speakers[0]
    assert statement.cue is not None
    assert (statement.cue.text, statement.cue.lemma) == ("calls for", "call for")


# ------------------------------------------------------------------------ properties


@given(any_texts() | wire_texts())
def test_statement_spans_slice_and_do_not_overlap(text: str) -> None:
    """Source, cue and content lie in the text, slice to their text, and are apart."""
    article = wirenews.parse_article(text)
    for statement in (*article.headline_statements, *article.statements):
        parts = [statement.content.span]
        parts += [part.span for part in (statement.source, statement.cue) if part is not None]
        for part in parts:
            assert 0 <= part.start <= part.end <= len(text)
        assert text[statement.content.span.start : statement.content.span.end] == (
            statement.content.text
        )
        parts.sort()
        for before, after in pairwise(parts):
            assert before.end <= after.start


@given(any_texts() | wire_texts())
def test_find_statements_is_total(text: str) -> None:
    """find_statements takes any text and gives statements in text order."""
    statements = wirenews.find_statements(text)
    starts = [statement.content.span.start for statement in statements]
    assert starts == sorted(starts)


# --------------------------------------------------------------------- find_statements


def test_find_statements_with_given_paragraphs() -> None:
    """Callers may bring their own paragraphs, as pairs or spans."""
    text = "Smith said talks would resume. Jones said they would not."
    whole = wirenews.find_statements(text, [(0, len(text))])
    assert [statement.content.text for statement in whole] == [
        "talks would resume",
        "they would not",
    ]
    second = wirenews.find_statements(text, [wirenews.Span(start=31, end=len(text))])
    assert [statement.content.text for statement in second] == ["they would not"]


@pytest.mark.parametrize(
    ("paragraphs", "error"),
    [
        ("0-10", TypeError),
        ([(0, "10")], TypeError),
        ([(0, 100)], ValueError),
        ([(10, 20), (0, 5)], ValueError),
    ],
)
def test_find_statements_checks_paragraphs(paragraphs: Any, error: type[Exception]) -> None:
    """Paragraphs that are not ordered pairs inside the text are refused, with a message."""
    with pytest.raises(error):
        wirenews.find_statements("Smith said talks would resume.", paragraphs)


def test_find_statements_refuses_bytes() -> None:
    """Bytes are no text: the error says to decode them."""
    with pytest.raises(wirenews.InputTypeError, match="decode"):
        wirenews.find_statements(b"Smith said so.")  # type: ignore[arg-type]


def test_statements_survive_json() -> None:
    """A round trip keeps each statement's speaker and quote the very objects listed."""
    article = wirenews.parse_article(EXAMPLE.read_text(encoding="utf-8"))
    again = wirenews.Article.from_dict(json.loads(article.to_json()))
    assert again == article
    direct = next(statement for statement in again.statements if statement.kind == "direct")
    assert direct.quote is again.quotes[0]
    assert again.statements[0].speaker is again.speakers[0]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Sandoval said that he had voted for Rubio, but cautioned against haste.",
            "he had voted for Rubio",
        ),
        (
            "Trump joked Brooklyn was his answer, and then went on to Queens.",
            "Brooklyn was his answer",
        ),
        # Not after a list, whose last item may be a participle ("and repaired roads"), nor
        # before a participle with its agent.
        (
            "She vowed she would bring jobs, renovated schools, and repaired roads.",
            "she would bring jobs, renovated schools, and repaired roads",
        ),
        (
            "He said they were arrested, and charged with fraud.",
            "they were arrested, and charged with fraud",
        ),
        # Words in -ed that are no verb in the past.
        (
            "He said the plan was bold, but indeed it was needed.",
            "the plan was bold, but indeed it was needed",
        ),
        (
            "He said they would cut costs, and succeed in the end.",
            "they would cut costs, and succeed in the end",
        ),
    ],
)
def test_a_verb_joined_after_a_comma_ends_the_content(sentence: str, content: str) -> None:
    """``X said C, but cautioned ...``: C ends before the speaker's next act.

    A verb in the past with no subject after ``, and`` or ``, but`` is that act.
    """
    (said,) = _statements(sentence)
    assert said.content.text == content


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # A participle after a group asked what it thinks.
        ("By 58% to 33%, those surveyed said the funding should stay.", "those surveyed"),
        (
            "Some 56 percent of Cuban-Americans polled said they would stay home.",
            "Some 56 percent of Cuban-Americans polled",
        ),
        (
            "In her favor, all the experts I interviewed said the plan was clear.",
            "all the experts I interviewed",
        ),
        # A plural noun of people by its ending, with no determiner.
        ("Democratic strategists say the party would be wise to wait.", "Democratic strategists"),
        ("Hacking specialists say the files might not be genuine.", "Hacking specialists"),
        # A compound ending in a noun of an agent.
        ("On Sunday, the GOP front-runner said the plan was a disaster.", "the GOP front-runner"),
        # A name's suffix, an intensifying pronoun, a quantity of a pronoun.
        (
            "Vice President Joseph R. Biden Jr. said the remarks were dangerous.",
            "Vice President Joseph R. Biden Jr.",
        ),
        ("Cruz himself said the only way to win is to ask.", "Cruz"),
        ("Until the shutdown, most of them said they had loved working there.", "most of them"),
    ],
)
def test_subject_with_a_participle_an_agent_noun_or_a_suffix(sentence: str, source: str) -> None:
    """Subjects that a head noun list alone would miss."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Still, computers say little about the economy.",  # a plural noun of things
        "The short-term demands of labor were met.",  # a compound modifier, not an agent
        "He said nothing. Donors polled on Friday.",  # a participle with no cue after it
    ],
)
def test_no_subject_from_things_or_modifiers(sentence: str) -> None:
    """A plural noun of things, or a compound modifier, is no source."""
    assert [s.source.text for s in _statements(sentence) if s.source is not None] in ([], ["He"])


def test_a_name_with_a_suffix_is_one_speaker() -> None:
    """``Joseph R. Biden Jr.`` and a later ``Biden`` are one speaker."""
    first, second = _statements(
        "Vice President Joseph R. Biden Jr. said the remarks were dangerous. Biden said more."
    )
    assert first.speaker is second.speaker
    assert first.speaker is not None
    assert first.speaker.name == "Joseph R. Biden Jr."


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "He said the attacks had helped him and said that Trump was no conservative.",
            ("said", "the attacks had helped him"),
            ("said", "Trump was no conservative"),
        ),
        (
            "She declared victory and said that her campaign would go on.",
            ("declared", "victory"),
            ("said", "her campaign would go on"),
        ),
        (
            "Cruz urged Republicans to vote their conscience but then said he would not.",
            ("urged", "Republicans to vote their conscience"),
            ("said", "he would not"),
        ),
    ],
)
def test_a_verb_joined_to_the_subjects_ends_the_content_before_it(
    sentence: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """``He said C1 and said that C2``: C1 ends before ``and``, the subject's next act."""
    statements = _statements(sentence)
    assert [(s.cue.text if s.cue else None, s.content.text) for s in statements] == [
        first,
        second,
    ]
    assert statements[0].speaker is statements[1].speaker


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("the official Tanjug news agency", "Tanjug"),
        ("the authoritative Business Day newspaper", "Business Day"),
        ("the official IRNA news agency", "IRNA"),
        ("the Estado de Sao Paulo newspaper", "Estado de Sao Paulo"),
    ],
)
def test_an_outlet_described_then_named_is_one_speaker(description: str, name: str) -> None:
    """``the official Tanjug news agency said ... Tanjug said ... It said``: one speaker, Tanjug."""
    statements = _statements(
        f"Talks began, {description} said. The Western creditors and Kuwait agreed to"
        f" refinance the debt. {name} said the banks were favourable. It said a deal was near."
    )
    speakers = {s.speaker.name for s in statements if s.cue and s.cue.text == "said" and s.speaker}
    assert speakers == {name}
    outlet = next(s.speaker for s in statements if s.speaker and s.speaker.name == name)
    assert description.removeprefix("the ") in outlet.aliases


@pytest.mark.parametrize(
    "description",
    [
        "the Iranian news agency",  # a nationality
        "the Dutch news agency",
        "a Hong Kong newspaper",  # one of many
        "the New China News Agency",  # the noun is part of the name
        "an Energy Department agency",  # the body it belongs to
    ],
)
def test_no_outlet_name_from_a_nationality_or_a_body(description: str) -> None:
    """A nationality, an indefinite description or a name holding its noun keeps its words."""
    (said,) = _statements(f"Talks began, {description} said.")
    assert said.speaker is not None
    assert said.speaker.name.casefold().endswith(("agency", "newspaper"))


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The last man to mount a third-party race says he doubts it.",
            "The last man to mount a third-party race",
        ),
        (
            "Organizers of the push to boycott the speech said they were worried.",
            "Organizers of the push to boycott the speech",
        ),
    ],
)
def test_a_source_with_an_infinitive_after_it(sentence: str, source: str) -> None:
    """``The last man to mount a race says``: the man says, not the race."""
    (said,) = _statements(sentence)
    assert said.source is not None
    assert said.source.text == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith told reporters in Paris.",
        "The mayor said at a briefing.",
        "Renteria told reporters during a conference call.",
    ],
)
def test_a_setting_alone_reports_nothing(sentence: str) -> None:
    """``Smith told reporters in Paris.``: where it was said is no content of its own."""
    assert _statements(sentence) == []


def test_what_a_verb_is_about_is_no_setting() -> None:
    """``commented on the death``: ``on`` opens what the comment is about."""
    (commented,) = _statements("Trump commented on the death.")
    assert commented.content.text == "on the death"


@pytest.mark.parametrize(
    "sentence",
    [
        "Barden now helps lead a program called Sandy Hook Promise.",
        "A new group called Black Votes Matter formed last year.",
        "She worked for a firm called Cambridge Analytica, which is owned by a donor.",
    ],
)
def test_called_naming_a_thing_is_no_statement(sentence: str) -> None:
    """``a group called Black Votes Matter``: a name given, not words said."""
    assert [s.cue.text for s in _statements(sentence) if s.cue] == []


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("A spokesman called the plan a disaster.", "called", "the plan a disaster"),
        ("A rights group called for an inquiry.", "called for", "an inquiry"),
    ],
)
def test_a_person_who_calls_something_states_it(sentence: str, cue: str, content: str) -> None:
    """A person calls something what they think it is; ``call for`` is a call made."""
    (statement,) = _statements(sentence)
    assert statement.cue is not None
    assert (statement.cue.text, statement.content.text) == (cue, content)


def test_whom_and_where_told_is_no_content() -> None:
    """``C, Graham told The Huffington Post on Thursday.``: C is what was told."""
    (told,) = _statements(
        "Trump could embrace a clean energy policy, Sen. Lindsey Graham told The Huffington Post"
        " on Thursday."
    )
    assert told.content.text == "Trump could embrace a clean energy policy"
    assert _statements("Le Pen told CNN in an interview.") == []
