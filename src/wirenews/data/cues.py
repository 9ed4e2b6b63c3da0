"""Reporting verbs: the words that introduce what someone said.

The verbs are those of news reporting as style guides and attribution corpora describe it
(PARC and PolNeAR list ``said``, ``says``, ``told``, ``according to``, ``wrote``,
``added``, ``asked``, ``noted``, ``announced``, ``argued``, ``tweeted`` among the commonest
cues), together with those that agency copy uses for diplomacy (Xinhua's ``stressed``,
``pointed out``, ``called on``, ``urged``, ``expressed``). Every inflection is generated
from the entry, so ``point out`` gives ``points out``, ``pointed out`` and ``pointing
out``.

Each entry says how the verb takes its content:

- ``object``: a person comes between the verb and the content (``told reporters that``,
  ``urged the two sides to``, ``asked the court to``);
- ``quotes``: the verb attributes direct speech in the inverted form (``"...," he said``);
- ``particle``: the word that completes a phrasal verb (``point out``, ``call on``);
- ``not_before``: words after the verb that make it no report (``continue to grow``,
  ``added to the pressure``).
"""

from __future__ import annotations

import attrs

__all__ = [
    "AUDIENCE",
    "BELIEF_LEMMAS",
    "EVIDENTIAL_VERBS",
    "REPORTING_NOUNS",
    "REPORTING_VERBS",
    "ReportingVerb",
    "verb_forms",
]


@attrs.frozen(kw_only=True)
class ReportingVerb:
    """A reporting verb with the forms it takes in copy."""

    lemma: str
    """Dictionary form, particle included: ``say``, ``point out``, ``call on``."""
    past: str | None = None
    """Irregular past tense (``said``, ``told``); regular forms are derived."""
    participle: str | None = None
    """Irregular past participle, when it differs from the past (``written``)."""
    object: bool = False
    """Whether a person may stand between verb and content (``told reporters``)."""
    quotes: bool = False
    """Whether it attributes quotes in the inverted form (``"...," she said``)."""
    not_before: frozenset[str] = frozenset()
    """Words that, right after the verb, make it no reporting verb (``continue to``)."""
    speech: bool = True
    """Whether it reports words (``said``) rather than a belief or stance (``believes``):
    a quotation hangs on a verb of speech before any other."""
    noun_forms: frozenset[str] = frozenset()
    """Forms that are more often a noun (``states``): a cue only before ``that``, a colon or
    a quotation (``the report states that``, not ``six states voted``), or, for the base
    form, after a subject that takes it (``Millennials support``, not ``broad support``)."""


def _entries() -> tuple[ReportingVerb, ...]:
    speech = {
        "say": "said",
        "add": None,
        "note": None,
        "explain": None,
        "continue": None,
        "recall": None,
        "reply": None,
        "respond": None,
        "tweet": None,
        "declare": None,
        "insist": None,
        "argue": None,
        "claim": None,
        "warn": None,
        "stress": None,
        "emphasize": None,
        "emphasise": None,
        "observe": None,
        "remark": None,
        "comment": None,
        "quip": None,
        "joke": None,
        "shout": None,
        "yell": None,
        "chant": None,
        "scream": None,
        "whisper": None,
        "sigh": None,
        "grumble": None,
        "complain": None,
        "admit": None,
        "concede": None,
        "contend": None,
        "assert": None,
        "acknowledge": None,
        "confirm": None,
        "deny": None,
        "predict": None,
        "announce": None,
        "state": None,
        "reiterate": None,
        "promise": None,
        "vow": None,
        "pledge": None,
        "insist on": None,
        "wonder": None,
        "boast": None,
        "cry": None,
        "laugh": None,
        "muse": None,
        "counter": None,
        "retort": None,
        "testify": None,
    }
    # Verbs that also have a sense that reports nothing, told apart by the next word.
    other_sense = {
        "continue": frozenset({"to", "with", "as", "until", "in", "on", "for"}),
        "add": frozenset({"to"}),
        "state": frozenset({"of"}),
        "cry": frozenset({"for", "over"}),
        "laugh": frozenset({"at", "off"}),
    }
    # Forms more often nouns than verbs in news copy.
    nouns = {
        "state": frozenset({"state", "states"}),
        "remark": frozenset({"remark", "remarks"}),
        "comment": frozenset({"comment", "comments"}),
        "counter": frozenset({"counter", "counters"}),
        "promise": frozenset({"promise", "promises"}),
        "cry": frozenset({"cry", "cries"}),
        "joke": frozenset({"joke", "jokes"}),
        "laugh": frozenset({"laugh", "laughs"}),
        "sigh": frozenset({"sigh", "sighs"}),
        "shout": frozenset({"shout", "shouts"}),
        "chant": frozenset({"chant", "chants"}),
        "tweet": frozenset({"tweet", "tweets"}),
        "claim": frozenset({"claims"}),
        "pledge": frozenset({"pledge", "pledges"}),
        "vow": frozenset({"vow", "vows"}),
    }
    entries = [
        ReportingVerb(
            lemma=lemma,
            past=past,
            quotes=True,
            not_before=other_sense.get(lemma, frozenset()),
            noun_forms=nouns.get(lemma, frozenset()),
        )
        for lemma, past in speech.items()
    ]
    entries.extend(
        [
            ReportingVerb(lemma="tell", past="told", object=True, quotes=True),
            ReportingVerb(lemma="write", past="wrote", participle="written", quotes=True),
            ReportingVerb(lemma="ask", object=True, quotes=True),
            ReportingVerb(lemma="urge", object=True),
            ReportingVerb(lemma="call on", object=True),
            ReportingVerb(lemma="call upon", object=True),
            ReportingVerb(lemma="call for"),
            ReportingVerb(lemma="point out"),
            ReportingVerb(lemma="underline"),
            ReportingVerb(lemma="underscore"),
            ReportingVerb(lemma="express"),
            ReportingVerb(lemma="describe"),
            ReportingVerb(lemma="propose"),
            ReportingVerb(lemma="suggest"),
            ReportingVerb(lemma="report"),
            ReportingVerb(lemma="reveal"),
            ReportingVerb(lemma="disclose"),
            ReportingVerb(lemma="indicate"),
            ReportingVerb(lemma="estimate"),
            ReportingVerb(lemma="accuse", object=True),
            ReportingVerb(lemma="criticize"),
            ReportingVerb(lemma="criticise"),
            ReportingVerb(lemma="praise"),
            ReportingVerb(lemma="blast"),
            ReportingVerb(lemma="slam"),
            ReportingVerb(lemma="reaffirm"),
            # Naming verbs, which attribute the words they quote: called them "deplorables".
            ReportingVerb(lemma="call"),
            ReportingVerb(lemma="refer to"),
            ReportingVerb(lemma="label"),
            ReportingVerb(lemma="dub"),
            ReportingVerb(lemma="brand"),
            ReportingVerb(lemma="term"),
            ReportingVerb(lemma="demand"),
            ReportingVerb(lemma="question"),
            ReportingVerb(lemma="recount"),
            ReportingVerb(lemma="read", past="read"),
            ReportingVerb(lemma="rule", noun_forms=frozenset({"rule", "rules"})),
            ReportingVerb(lemma="agree"),
            ReportingVerb(lemma="conclude"),
            ReportingVerb(lemma="condemn"),
            ReportingVerb(lemma="hail"),
            ReportingVerb(lemma="laud"),
            ReportingVerb(lemma="liken"),
            ReportingVerb(lemma="compare"),
            ReportingVerb(lemma="characterize"),
            ReportingVerb(lemma="characterise"),
            ReportingVerb(lemma="dismiss"),
            ReportingVerb(lemma="exhort", object=True),
            ReportingVerb(lemma="proclaim"),
            ReportingVerb(lemma="mock"),
            ReportingVerb(lemma="attack", noun_forms=frozenset({"attacks"})),
            ReportingVerb(lemma="assure", object=True),
            ReportingVerb(lemma="inform", object=True),
            ReportingVerb(lemma="remind", object=True),
            ReportingVerb(lemma="advise", object=True),
            ReportingVerb(lemma="encourage", object=True),
            ReportingVerb(lemma="appeal to", object=True),
        ]
    )
    entries.extend(_beliefs_and_stances())
    return tuple(entries)


def _beliefs_and_stances() -> list[ReportingVerb]:
    """Verbs that attribute a belief, a finding or a stance rather than words.

    Attribution corpora count these as attributions alongside speech (PARC 3.0 and PolNeAR
    annotate ``believes that``, ``the poll found``, ``endorsed``, ``declined to comment``):
    verbs of thought and intention, of evidence, and of support, opposition, praise and
    blame, as grammars of English group them. A form that is also a common noun counts only
    before ``that``, a colon or a quotation (``a show``, ``the polls show that``), or, for a
    base form, after a plural subject (``Republicans support``, not ``their support``).
    """
    irregular = {
        "think": ("thought", None),
        "know": ("knew", "known"),
        "feel": ("felt", None),
        "see": ("saw", "seen"),
        "understand": ("understood", None),
        "find": ("found", None),
        "show": ("showed", "shown"),
        "seek": ("sought", None),
        "foresee": ("foresaw", "foreseen"),
        "speak about": ("spoke", "spoken"),
        "speak of": ("spoke", "spoken"),
        "take aim at": ("took", "taken"),
    }
    regular = """
        believe hope fear expect doubt worry suspect want wish plan intend prefer consider
        realize realise recognize recognise learn decide favor favour
        demonstrate prove project document
        endorse support back oppose reject defend welcome embrace applaud thank congratulate
        blame denounce decry lament bemoan assail tout highlight cite mention discuss
        address challenge dispute threaten offer recommend refuse decline commit echo
        repeat deem lambaste ridicule brag protest react
        talk about focus on point to push for weigh in
        """.split()
    # Phrasal lemmas arrive split above; join each particle to its verb.
    lemmas: list[str] = []
    for word in regular:
        if word in {"about", "on", "to", "for", "in"} and lemmas:
            lemmas[-1] = f"{lemmas[-1]} {word}"
        else:
            lemmas.append(word)
    takes_object = {"thank", "congratulate", "blame", "challenge", "recommend"}
    nouns = {
        "show": frozenset({"show", "shows"}),
        "support": frozenset({"support"}),
        "back": frozenset({"back", "backs"}),
        "plan": frozenset({"plan"}),
        "offer": frozenset({"offer"}),
        "address": frozenset({"address"}),
        "fear": frozenset({"fear", "fears"}),
        "hope": frozenset({"hope", "hopes"}),
        "wish": frozenset({"wish", "wishes"}),
        "doubt": frozenset({"doubt", "doubts"}),
        "worry": frozenset({"worry", "worries"}),
        "protest": frozenset({"protest", "protests"}),
        "document": frozenset({"document", "documents"}),
        "project": frozenset({"project", "projects"}),
        "echo": frozenset({"echo", "echoes"}),
        "favor": frozenset({"favor", "favors"}),
        "favour": frozenset({"favour", "favours"}),
        "decline": frozenset({"decline", "declines"}),
        "challenge": frozenset({"challenge", "challenges"}),
        "dispute": frozenset({"dispute", "disputes"}),
        "mention": frozenset({"mention"}),
        "repeat": frozenset({"repeat"}),
        "see": frozenset({"saw"}),
        "find": frozenset({"find"}),
    }
    other_sense = {
        "see": frozenset({"you", "the", "a", "also", "below", "above", "page", "how"}),
        "know": frozenset({"you", "what"}),
        "find": frozenset({"out", "himself", "herself", "themselves", "itself"}),
        "want": frozenset({"for"}),
        "address": frozenset({"the", "a"}),
        "back": frozenset("down off away up out into in to on from home then".split()),
        # "proved difficult", "proved to be popular": a linking verb, not a finding
        "prove": frozenset(
            "to the a an more most less so too very particularly especially difficult wrong "
            "right popular costly crucial decisive elusive successful fatal futile effective "
            "useful".split()
        ),
    }
    entries = [
        ReportingVerb(
            lemma=lemma,
            past=past,
            participle=participle,
            speech=False,
            noun_forms=nouns.get(lemma, frozenset()),
            not_before=other_sense.get(lemma, frozenset()),
        )
        for lemma, (past, participle) in irregular.items()
    ]
    entries.extend(
        ReportingVerb(
            lemma=lemma,
            object=lemma in takes_object,
            speech=False,
            noun_forms=nouns.get(lemma, frozenset()),
            not_before=other_sense.get(lemma, frozenset()),
        )
        for lemma in lemmas
    )
    return entries


REPORTING_VERBS: tuple[ReportingVerb, ...] = _entries()
"""Every reporting verb wirenews knows."""

_DOUBLED = frozenset({"admit", "quip", "slam", "refer", "commit", "regret", "plan", "dub"})
"""Verbs that double their last consonant before -ed and -ing."""


def verb_forms(verb: ReportingVerb) -> dict[str, str]:
    """Each written form of the verb (particle included) and the grammatical role it has.

    Roles are ``base``, ``third`` (says), ``past`` (said), ``participle`` (written),
    ``gerund`` (saying).

    >>> verb_forms(REPORTING_VERBS[0])["said"], verb_forms(REPORTING_VERBS[0])["saying"]
    ('past', 'gerund')
    >>> sorted(verb_forms(ReportingVerb(lemma="point out")))
    ['point out', 'pointed out', 'pointing out', 'points out']
    """
    head, _, particle = verb.lemma.partition(" ")
    tail = f" {particle}" if particle else ""
    if head.endswith("e"):
        stem_ed, stem_ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and head[-2] not in "aeiou":
        stem_ed, stem_ing = head[:-1] + "ied", head + "ing"
    elif head in _DOUBLED:
        stem_ed, stem_ing = head + head[-1] + "ed", head + head[-1] + "ing"
    else:
        stem_ed, stem_ing = head + "ed", head + "ing"
    if head.endswith(("s", "sh", "ch", "x", "z")):
        third = head + "es"
    elif head.endswith("y") and head[-2] not in "aeiou":
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    past = verb.past or stem_ed
    participle = verb.participle or past
    return {
        head + tail: "base",
        third + tail: "third",
        past + tail: "past",
        participle + tail: "participle" if participle != past else "past",
        stem_ing + tail: "gerund",
    }


REPORTING_NOUNS: frozenset[str] = frozenset(
    """
    claim claims statement statements remark remarks comment comments assertion assertions
    promise pledge warning warnings description accusation accusations charge charges
    argument suggestion prediction insistence call calls tweet tweets words message
    announcement admission denial complaint criticism question reply response vow view
    """.split()
)
"""Nouns that attribute what a possessor said: ``Trump's claim that ...``, ``her remark``."""

AUDIENCE = (
    r"(?:reporters|journalists|correspondents|the\s+(?:press|media)"
    r"|(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|(?:a|the)\s+briefing)"
)
"""The audiences that become part of a cue: ``told reporters``, ``told a news conference``."""


EVIDENTIAL_VERBS: dict[str, str] = {
    "expected": "expect",
    "believed": "believe",
    "thought": "think",
    "rumored": "rumor",
    "rumoured": "rumour",
    "projected": "project",
    "predicted": "predict",
    "estimated": "estimate",
    "seems": "seem",
    "seemed": "seem",
    "appears": "appear",
    "appeared": "appear",
}
"""Verbs of a view whose holder goes unnamed, with their lemmas: the passives ``is expected
to``, ``are believed to`` and the raising verbs ``seems to``, ``appeared to``. PolNeAR
annotates them as attributions without a source (``Attribution-no-source``); each is a
belief, not speech."""

BELIEF_LEMMAS: frozenset[str] = frozenset(
    verb.lemma for verb in REPORTING_VERBS if not verb.speech
) | frozenset(EVIDENTIAL_VERBS.values())
"""Lemmas of the cues that attribute a belief, a finding or a stance rather than words: a
quotation hangs on a verb of speech before them, and a content holding one keeps it."""
