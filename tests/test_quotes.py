"""Direct quotes: quote marks, attribution forms and speaker resolution."""

from __future__ import annotations

import pytest

import wirenews
from wirenews import Quote


def _quotes(body: str) -> list[Quote]:
    return list(wirenews.parse_article(f"Headline here\n\n{body}").quotes)


def _who(body: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker name, source text, cue text) of each quote."""
    return [
        (
            quote.speaker.name if quote.speaker else None,
            quote.source.text if quote.source else None,
            quote.cue.text if quote.cue else None,
        )
        for quote in _quotes(body)
    ]


# ----------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "we agree" today.', ['"we agree"']),
        ("He said “we agree” today.", ["“we agree”"]),
        ("He said «nous sommes d'accord» today.", ["«nous sommes d'accord»"]),
        ("Sie sagte „wir schaffen das“ heute.", ["„wir schaffen das“"]),
        ("Sie sagte »wir schaffen das« heute.", ["»wir schaffen das«"]),
        ("He said \"I told them 'no' twice\" today.", ["\"I told them 'no' twice\""]),
        ('He said "I said “no” to him," she said.', ['"I said “no” to him,"']),
    ],
)
def test_quote_marks(text: str, quoted: list[str]) -> None:
    """Straight, curly, guillemet and low-high marks; single and mixed quotes nest."""
    assert [text[span.start : span.end] for span in wirenews.find_quotes(text)] == quoted


@pytest.mark.parametrize(
    "text",
    [
        "Belarus's economy isn't weak, and they don't say so.",
        "The '90s were good for rock 'n' roll.",
        'He is 5\'11" tall and owns a 12" pipe.',
        "The shouldn‘t-be-here case stays an apostrophe.",
    ],
)
def test_apostrophes_and_inches_are_no_quotes(text: str) -> None:
    """Apostrophes, decades, 'n', and inch and foot marks never make a quote."""
    assert wirenews.find_quotes(text) == ()


def test_quote_over_paragraphs_is_one_quote() -> None:
    """A quote reopened in the next paragraph, never closed before, is one quote."""
    body = '"The first part goes on\n\n"and the second part ends it," she said.'
    (quote,) = _quotes(body)
    assert quote.text == 'The first part goes on\n\n"and the second part ends it,'
    assert quote.speaker is None or quote.cue is not None
    assert quote.cue is not None
    assert quote.cue.text == "said"


def test_unclosed_quote_warns_and_swallows_nothing() -> None:
    """An unbalanced mark is a warning; the next paragraph's quote is still found."""
    article = wirenews.parse_article(
        'Headline\n\n"This quote never closes.\n\nA plain paragraph.\n\n"Here is one," he said.'
    )
    assert [quote.text for quote in article.quotes] == ["Here is one,"]
    assert [warning.code for warning in article.warnings].count("quote.unclosed") == 1
    assert len(article.paragraphs) == 3


def test_many_unpaired_marks_give_a_bounded_number_of_warnings() -> None:
    """A flood of stray marks is summarised, not listed one by one."""
    article = wirenews.parse_article("Title\n\nText " + "” x " * 500)
    codes = [warning.code for warning in article.warnings]
    assert codes.count("quote.unopened") == 20
    assert "quote.unopened.more" in codes


# ------------------------------------------------------------------------- attribution


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Jane Doe spoke last.\n\n"We will win," she said.', ("she", "said")),
        ('"We will win," said John Smith, a spokesman for the ministry.', ("John Smith", "said")),
        ('John Smith, a Labour MP, said: "We will win."', ("John Smith", "said")),
        ('Smith told reporters: "We will win."', ("Smith", "told reporters")),
        ('"We will win," Smith told Reuters on Tuesday.', ("Smith", "told")),
        ('According to Smith, "we will win."', ("Smith", "According to")),
        ('"We will win," the ministry said in a statement.', ("the ministry", "said")),
        ('"We will win." – Commissioner Geoffrey Starks', ("Commissioner Geoffrey Starks", "–")),
        ('"Why would we lose?" Vitter demanded.', ("Vitter", "demanded")),
    ],
)
def test_attribution_forms(body: str, expected: tuple[str, str]) -> None:
    """Each attribution form of wire copy gives the quote its source and cue."""
    (quote,) = _quotes(body)
    assert quote.source is not None
    assert quote.cue is not None
    assert (quote.source.text, quote.cue.text) == expected
    assert quote.speaker is not None
    assert not quote.partial


def test_a_pronoun_with_no_antecedent_has_no_speaker() -> None:
    """A ``he`` with nobody named before it stays a source with no speaker, not a guess."""
    (quote,) = _quotes('"We will win," he said.')
    assert quote.source is not None
    assert quote.source.text == "he"
    assert quote.speaker is None


def test_colon_paragraph_introduces_the_quote() -> None:
    """``And from Chairwoman Rosenworcel:`` speaks the quote paragraph after it."""
    body = 'And from Chairwoman Rosenworcel:\n\n"This is a good day for consumers."'
    (quote,) = _quotes(body)
    assert quote.speaker is not None
    assert quote.speaker.name == "Rosenworcel"
    assert quote.cue is not None
    assert quote.cue.text == ":"


def test_speaker_named_in_the_sentence_before_a_colon() -> None:
    """A speaker named in a sentence that ends with a colon speaks the quote after it."""
    body = (
        "Foreign Minister Sergei Lavrov addressed the assembly in New York:\n\n"
        '"We will not accept this."'
    )
    (quote,) = _quotes(body)
    assert quote.speaker is not None
    assert quote.speaker.name == "Sergei Lavrov"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'The surge does not surprise pollster Daron Shaw: "Lesser-known candidates gain."',
            "Daron Shaw",
        ),
        ('Kaine has adopted the stance common among Catholics: "I am pro-life."', "Kaine"),
        ('Lavrov addressed the assembly in New York: "We will not accept this."', "Lavrov"),
    ],
)
def test_colon_inside_a_sentence_introduces_a_persons_quote(body: str, speaker: str) -> None:
    """The name before the colon, or else the sentence's subject, speaks the quote after it."""
    (quote,) = _quotes(body)
    assert quote.speaker is not None
    assert quote.speaker.name == speaker
    assert quote.cue is not None
    assert quote.cue.text == ":"


@pytest.mark.parametrize(
    "body",
    [
        'The tweet tagged Elon Musk: "Fix this."',
        'The ad features Joe Biden: "Where is the money?"',
    ],
)
def test_colon_after_a_verbs_object_introduces_no_speaker(body: str) -> None:
    """A name with no title right after a verb is its object: the colon gives it no quote."""
    (quote,) = _quotes(body)
    assert quote.speaker is None


def test_colon_after_a_titled_object_introduces_its_quote() -> None:
    """With a title the name is introduced to speak: ``quoted Prime Minister Modi: "..."``."""
    (quote,) = _quotes('The statement quoted Prime Minister Narendra Modi: "India stands ready."')
    assert quote.speaker is not None
    assert quote.speaker.name == "Narendra Modi"


def test_colon_after_a_counted_noun_introduces_no_speaker() -> None:
    """``lists three items: "jobs"``: ``items`` is no verb of speech, the agenda no speaker."""
    quotes = _quotes('The agenda lists three items: "jobs", "schools" and "roads".')
    assert [quote.speaker for quote in quotes] == [None, None, None]


def test_floating_quote_inherits_its_speaker() -> None:
    """A quote paragraph with no cue after an attributed one keeps the speaker (inferred)."""
    body = '"We will win," said Jane Doe.\n\n"And we will win again."'
    first, second = _quotes(body)
    assert first.speaker is not None
    assert second.speaker == first.speaker
    assert second.inferred
    assert second.source is None


def test_interrupted_quote_has_one_speaker_for_both_parts() -> None:
    """``"A," she said, "B."`` gives both parts her, with the same cue."""
    body = 'Mary Smith spoke. "We came," she said, "and we stayed."'
    first, second = _quotes(body)
    assert first.speaker == second.speaker
    assert first.cue == second.cue


def test_scare_quote_is_partial_and_unattributed() -> None:
    """A nickname inside a sentence is a partial quote with no speaker."""
    (quote,) = _quotes('A man who goes by the name "Shorty" was arrested on Monday.')
    assert quote.partial
    assert quote.speaker is None


def test_embedded_quote_takes_the_sentence_speaker() -> None:
    """A fragment quoted inside reported speech belongs to that speech's speaker."""
    (quote,) = _quotes('Donald Trump says voter fraud "would be one hell of a way to lose."')
    assert quote.partial
    assert quote.speaker is not None
    assert quote.speaker.name == "Donald Trump"


def test_first_person_inside_a_quote_is_never_its_speaker() -> None:
    """'I' and 'we' inside a quote do not speak it; the attribution does."""
    (quote,) = _quotes('"I said we would win," Smith said.')
    assert quote.speaker is not None
    assert quote.speaker.name == "Smith"


# --------------------------------------------------------------------------- speakers


def test_organisations_with_the_same_last_word_are_two_speakers() -> None:
    """``McDonnell Douglas Corp`` and ``Alpha Health Systems Corp``: two companies.

    A description (``the ministry``) still stands for the organisation named before it.
    """
    article = wirenews.parse_article(
        "Headline\n\nMcDonnell Douglas Corp said it was not approached. Alpha Health Systems"
        " Corp said it made an offer.\n\nThe Chinese Foreign Ministry said talks would go on."
        " The ministry said they would be held in Beijing."
    )
    names = [statement.speaker.name for statement in article.statements if statement.speaker]
    assert names == [
        "McDonnell Douglas Corp",
        "Alpha Health Systems Corp",
        "Chinese Foreign Ministry",
        "Chinese Foreign Ministry",
    ]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            (
                "The Joint Chiefs of Staff (JCS) said two missiles flew 400 km. The JCS added"
                " that it was analysing the launch."
            ),
            "Joint Chiefs of Staff",
        ),
        (
            (
                "The Shanghai Cooperation Organization (SCO) said it was ready. The SCO also"
                " said talks would go on."
            ),
            "Shanghai Cooperation Organization",
        ),
        (
            (
                "The Ministry of Foreign Affairs (MFA) said it was ready. The MFA said talks"
                " would go on."
            ),
            "Ministry of Foreign Affairs",
        ),
    ],
)
def test_acronym_in_brackets_names_the_same_speaker(body: str, name: str) -> None:
    """``the Joint Chiefs of Staff (JCS) said ... The JCS added``: one speaker."""
    article = wirenews.parse_article(f"Headline\n\n{body}")
    names = [statement.speaker.name for statement in article.statements if statement.speaker]
    assert names == [name, name]


def test_titles_and_short_forms() -> None:
    """The fullest name with its title; a later surname joins it as an alias."""
    body = (
        "U.S. Secretary of State Antony Blinken met his Russian counterpart on Monday.\n\n"
        '"We had a frank exchange," Blinken said.'
    )
    article = wirenews.parse_article(f"Talks held\n\n{body}")
    (speaker,) = article.speakers
    assert (speaker.name, speaker.title, speaker.aliases) == (
        "Antony Blinken",
        "U.S. Secretary of State",
        ("Blinken",),
    )
    assert [mention.text for mention in speaker.mentions] == [
        "U.S. Secretary of State Antony Blinken",
        "his",
        "Blinken",
    ]


def test_pronouns_outside_quotes_are_mentions() -> None:
    """``his`` and ``her`` outside quotations join the person they stand for."""
    body = (
        "Prime Minister Jane Roe met President John Doe on Monday.\n\n"
        '"We agreed," she said of her talks with him. "He is a friend of his country."\n\n'
        "For his part, Doe said he was pleased."
    )
    article = wirenews.parse_article(f"Talks held\n\n{body}")
    mentions = {
        speaker.name: [mention.text for mention in speaker.mentions] for speaker in article.speakers
    }
    assert mentions == {
        "Jane Roe": ["Prime Minister Jane Roe", "she", "her"],
        "John Doe": ["President John Doe", "him", "his", "Doe", "he"],
    }


def test_sentence_opening_phrase_points_ahead() -> None:
    """In ``For his part, Lukashenko said``, ``his`` is Lukashenko, not the man before."""
    body = (
        "Xi Jinping spoke first, Xi said.\n\n"
        "For his part, Alexander Lukashenko said ties were strong."
    )
    article = wirenews.parse_article(f"Talks held\n\n{body}")
    lukashenko = next(s for s in article.speakers if s.name == "Alexander Lukashenko")
    assert [mention.text for mention in lukashenko.mentions] == ["his", "Alexander Lukashenko"]


@pytest.mark.parametrize(
    ("full", "short"),
    [("Moon Jae-in", "Moon"), ("Xi Jinping", "Xi"), ("Nguyen Xuan Phuc", "Nguyen")],
)
def test_family_name_first(full: str, short: str) -> None:
    """Chinese, Korean and Vietnamese names shorten to the family name, written first."""
    body = f'President {full} spoke on Monday.\n\n"We are ready," {short} said.'
    (quote,) = _quotes(body)
    assert quote.speaker is not None
    assert quote.speaker.name == full
    assert quote.speaker.aliases == (short,)


def test_honorific_joins_the_full_name() -> None:
    """``Mr. Trump`` is Donald Trump."""
    body = 'Donald Trump held a rally.\n\n"We will win," Mr. Trump said.'
    (quote,) = _quotes(body)
    assert quote.speaker is not None
    assert quote.speaker.name == "Donald Trump"


def test_apposition_names_the_speaker() -> None:
    """``Sergei Lavrov, Russia's foreign minister, said`` names Sergei Lavrov."""
    (quote,) = _quotes('Sergei Lavrov, Russia\'s foreign minister, said: "No deal."')
    assert quote.speaker is not None
    assert quote.speaker.name == "Sergei Lavrov"


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ('"No comment," the Foreign Ministry said.', "Foreign Ministry", "organization"),
        ('"No comment," the White House said.', "White House", "organization"),
        ('"No comment," a spokesman said.', "a spokesman", "anonymous"),
        ('"No comment," officials said.', "officials", "group"),
        ('Officials said: "No comment."', "Officials", "group"),
        ('Spokesmen said: "No comment."', "Spokesmen", "group"),
        ('"No comment," two spokeswomen said.', "two spokeswomen", "group"),
        ('Police said: "No comment."', "Police", "group"),
        ('Spokeswoman Jen Psaki said: "No comment."', "Jen Psaki", "person"),
        (
            'An official who spoke on condition of anonymity said: "No comment."',
            "An official who spoke on condition of anonymity",
            "anonymous",
        ),
        ('"No comment," said an official who was at the talks.', "an official", "anonymous"),
        (
            '"No comment," said a senior diplomat who asked not to be named.',
            "a senior diplomat who asked not to be named",
            "anonymous",
        ),
    ],
)
def test_speaker_kinds(body: str, name: str, kind: str) -> None:
    """Organisations, groups and anonymous sources are speakers of their kind."""
    (quote,) = _quotes(body)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == (name, kind)


def test_later_description_joins_the_organisation() -> None:
    """``the ministry`` after ``the Foreign Ministry`` is the same speaker."""
    body = '"We protest," the Foreign Ministry said.\n\n"We protest again," the ministry said.'
    first, second = _quotes(body)
    assert first.speaker == second.speaker
    assert first.speaker is not None
    assert first.speaker.name == "Foreign Ministry"


def test_pronouns_follow_gender() -> None:
    """'she' goes to the woman, 'he' to the man, whoever spoke last."""
    body = (
        "Hillary Clinton and Donald Trump met on stage.\n\n"
        '"I am ready," she said.\n\n"I am readier," he said.'
    )
    first, second = _quotes(body)
    assert first.speaker is not None
    assert second.speaker is not None
    assert (first.speaker.name, second.speaker.name) == ("Hillary Clinton", "Donald Trump")


def test_speakers_in_order_of_first_mention() -> None:
    """Article.speakers lists speakers by where the text first names them."""
    body = 'Jane Roe met John Doe.\n\n"Good," John Doe said.\n\n"Fine," Jane Roe said.'
    article = wirenews.parse_article(f"Headline\n\n{body}")
    assert [speaker.name for speaker in article.speakers] == ["Jane Roe", "John Doe"]
