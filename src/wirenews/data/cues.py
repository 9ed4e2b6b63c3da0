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

__all__ = ["AUDIENCE", "REPORTING_NOUNS", "REPORTING_VERBS", "ReportingVerb", "verb_forms"]


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
    entries = [
        ReportingVerb(
            lemma=lemma, past=past, quotes=True, not_before=other_sense.get(lemma, frozenset())
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
            ReportingVerb(lemma="rule"),
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
            ReportingVerb(lemma="attack"),
            ReportingVerb(lemma="assure", object=True),
            ReportingVerb(lemma="inform", object=True),
            ReportingVerb(lemma="remind", object=True),
            ReportingVerb(lemma="advise", object=True),
            ReportingVerb(lemma="encourage", object=True),
            ReportingVerb(lemma="appeal to", object=True),
        ]
    )
    return tuple(entries)


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
