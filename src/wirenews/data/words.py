"""Words that never begin a name or a place, and labels that head copy without placing it.

Function words of English (articles, prepositions, pronouns, conjunctions) start sentences
with a capital, so a capital alone does not make ``The survey`` or ``In an email`` a place;
newsroom labels (``EDITOR'S NOTE:``, ``UPDATE:``, ``Q:``) look like datelines but say what
the copy is, not where it was filed.
"""

from __future__ import annotations

__all__ = [
    "AUXILIARIES",
    "COPY_LABELS",
    "FUNCTION_WORDS",
    "IRREGULAR_PAST",
    "NOT_PAST",
    "SENTENCE_ADVERBS",
    "SETTING_LEADS",
    "SETTING_NOUNS",
]

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the this that these those there here it its he she they we i you his her their our
    my your him them us me who whom whose which what when where why how while after before
    since until as at by for from in into of off on onto out over to under up upon with
    without within and but or nor so yet if then than though although because unless
    whether all any both each every few many more most much no not none some such only also
    even just still again already once now today yesterday tomorrow meanwhile however
    instead indeed perhaps maybe why yes about against among around between during through
    across along behind below beside beyond despite except inside outside toward towards
    like unlike
    """.split()
)
"""Casefolded function words."""

SENTENCE_ADVERBS: frozenset[str] = frozenset(
    """
    likewise similarly additionally moreover furthermore besides separately otherwise
    nonetheless nevertheless regardless overall ultimately finally eventually initially
    currently recently previously earlier later afterwards elsewhere specifically notably
    importantly ironically interestingly surprisingly unsurprisingly fortunately
    unfortunately clearly obviously apparently thus therefore hence consequently
    alternatively instead meanwhile indeed still however now then today yesterday again
    """.split()
)
"""Casefolded adverbs that open a sentence before a comma (``Likewise, Trump said``).

The connectives and stance adverbs of English grammars' sentence adverbials, with the time
adverbs that wire copy opens sentences with; the subject comes after the comma.
"""

COPY_LABELS: frozenset[str] = frozenset(
    """
    editor's editors note update updated breaking exclusive analysis correction corrected
    refile refiled advisory factbox explainer watch video photos photo q a question answer
    opinion comment editorial urgent flash bulletin alert repeat rpt lead live review
    podcast listen read
    """.split()
)
"""Casefolded words that label copy (``EDITOR'S NOTE:``, ``UPDATE 2:``, ``Q:``)."""

SETTING_NOUNS: frozenset[str] = frozenset(
    """
    statement statements interview interviews speech speeches tweet tweets post posts email
    emails letter letters conference briefing briefings call calls rally rallies meeting
    meetings hearing hearings message messages video videos broadcast broadcasts podcast
    column op-ed editorial address remarks testimony debate debates event events appearance
    television radio twitter facebook instagram
    """.split()
)
"""Casefolded nouns of the occasion or medium of a report, which ``in``, ``on`` or ``at``
introduce after its source (``said the ministry in a statement``, ``said Smith on Twitter``):
the setting, not part of the source. Written from the attribution phrases of English wire
copy: the occasions a report is given at (statement, interview, briefing, hearing, rally)
and the media it goes out on (letter, post, television, the social networks), with their
plurals."""

SETTING_LEADS: frozenset[str] = frozenset("on in at during".split())
"""The prepositions that open a phrase of where, when or how something was said, not what:
``said in a statement``, ``said on Monday``, ``said at a briefing``."""

AUXILIARIES: frozenset[str] = frozenset(
    "did does do has have had is was are were will would could can may might should must "
    "shall".split()
)
"""The auxiliary and modal verbs of English (a learner's grammar): after a subject they open
its verb phrase, so they end a source (``The minister did not ...``) and mark the words
before them as a clause's subject (``said the deal was close``)."""

IRREGULAR_PAST: tuple[str, ...] = tuple(
    """
    said told made took won lost ran went came gave left met became kept held led got put
    saw sent spent stood brought thought wrote spoke knew began sought fought paid built felt
    """.split()
)
"""Verbs in the simple past that do not end in ``-ed``, the commonest of English (the
irregular verbs of a learner's grammar that news reports actions with): with the ``-ed``
forms, what tells a sentence's own verb after a clause it holds (``McConnell, who said C,
voted no``; ``Sandoval said C, but cautioned ...``)."""

NOT_PAST: tuple[str, ...] = tuple(
    """
    indeed need needs speed seed feed exceed proceed succeed breed bleed greed creed deed weed
    """.split()
)
"""Words ending in ``-ed`` that are no verb in the past: adverbs, nouns and the base forms of
verbs in ``-eed`` (``, but indeed``, ``, and proceed``)."""
