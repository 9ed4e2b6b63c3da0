"""Words that name a source without a personal name: organisations, groups, anonymous people.

Taken from attribution in news copy: organisations speak (``the ministry said``, ``the White
House said in a statement``), groups speak (``officials said``, ``analysts say``), and
people go unnamed (``a spokesman said``, ``a senior diplomat who asked not to be named``,
``sources said``). The head noun decides the kind of speaker.
"""

from __future__ import annotations

__all__ = [
    "AGENT_ENDINGS",
    "ANONYMOUS_NOUNS",
    "COMPANY_NAME_WORDS",
    "COMPANY_NOUNS",
    "EVIDENCE_NOUNS",
    "GROUP_NOUNS",
    "MEDIA_NOUNS",
    "NOT_PEOPLE",
    "ORGANIZATION_NAME_WORDS",
    "ORGANIZATION_NOUNS",
    "PEOPLE_ENDINGS",
    "PERSONAL_PRONOUNS",
    "PRONOUNS",
    "SOURCE_LINKS",
    "SOURCE_NOUNS",
]

ORGANIZATION_NOUNS: frozenset[str] = frozenset(
    """
    ministry government administration department agency office committee council
    commission court police military army navy party campaign company firm bank group
    union embassy consulate parliament congress senate house cabinet presidency kremlin
    pentagon newspaper network paper magazine station broadcaster channel website
    organization organisation association federation foundation institute university
    board authority authorities regulator bureau service center centre secretariat
    coalition alliance team club league court tribunal prosecutor's prosecutors' lab
    laboratory hospital school church mission delegation camp poll survey study report
    polls surveys studies reports data figures statistics numbers estimates results records
    documents research findings
    """.split()
)
"""Head nouns of organisations (``the Foreign Ministry``, ``the campaign``)."""

EVIDENCE_NOUNS: frozenset[str] = frozenset(
    """
    poll polls polling survey surveys study studies report reports data figures statistics
    numbers estimates results records documents research findings filings analysis review
    audit census video footage
    """.split()
)
"""Nouns of evidence: what a story cites as showing something (``a poll shows``, ``records
show``, ``new filings show``), as grammars of English list the subjects of evidential verbs.
Each heads a source phrase, and after one a verb that is also a noun (``show``) is the verb.
The most common are organisations' head nouns too; the others (``polling``, ``review``,
``video``) are not, so that a name ending in one (``Business and Society Review``) stays a
name."""

ORGANIZATION_NAME_WORDS: frozenset[str] = frozenset(
    """
    Ministry Department House Office Agency Committee Council Commission Court Party
    Campaign Government Administration Parliament Congress Senate Kremlin Pentagon Bank
    Corp Corp. Inc Inc. Co Co. Ltd Group Association Union University Institute Foundation
    Times Post Journal News Press Tribune Herald Gazette Daily Network Broadcasting Center
    Centre Bureau Board Service Authority Organization Organisation Federation Police Army
    Navy Force Forces Embassy Reuters Xinhua Politifact PolitiFact Street City County State
    States Republic Kingdom Act Club League Church School College Hospital Airport Station
    Exchange Corporation Company Holdings Trust Fund Reserve Ltd Ltd. Plc PLC plc AG SA NV
    LLC Bancorp Airlines Industries Partners Securities International Systems
    """.split()
)
"""Capitalised words that end the names of organisations and places (``The New York Times``,
``Foreign Ministry``, ``Wall Street``, ``Summit Energy Inc``): a name ending in one is no
person's."""

COMPANY_NOUNS: frozenset[str] = frozenset("company firm concern group".split())
"""Common nouns by which copy refers again to a company named before (``the company said``)."""

COMPANY_NAME_WORDS: frozenset[str] = frozenset(
    """
    inc inc. corp corp. co co. ltd ltd. plc llc ag sa nv corporation company companies
    holdings group bancorp industries airlines
    """.split()
)
"""Casefolded last words of company names (``Inc``, ``Corp``, ``Holdings``), as registered
names and Reuters-21578's copy write them."""

MEDIA_NOUNS: frozenset[str] = frozenset(
    """
    agency newspaper paper daily weekly magazine radio television broadcaster channel
    network station website outlet tabloid
    """.split()
)
"""Casefolded nouns of news outlets, which wire copy names by a description first and by
their name after (``the official Tanjug news agency said ... Tanjug said``)."""

GROUP_NOUNS: frozenset[str] = frozenset(
    """
    officials analysts experts lawmakers legislators critics supporters opponents
    protesters demonstrators residents economists traders investors diplomats sources
    witnesses observers leaders ministers members voters people democrats republicans
    activists scientists researchers doctors police officers authorities aides advisers
    advisors campaigners organizers organisers executives managers workers employees
    students parents families victims survivors rebels militants insurgents troops
    soldiers forces prosecutors lawyers attorneys judges pollsters participants
    respondents americans citizens farmers spokesmen spokeswomen spokespeople
    spokespersons representatives insiders staffers men women
    """.split()
)
"""Plural nouns for groups that speak together (``officials said``)."""

AGENT_ENDINGS: tuple[str, ...] = ("ist", "ian", "ant", "er", "or")
"""The English suffixes of nouns of people by what they do or hold: ``-ist``, ``-ian``,
``-ant``, ``-er``, ``-or`` (``strategist``, ``historian``, ``consultant``, ``banker``,
``donor``, ``front-runner``)."""

PEOPLE_ENDINGS: tuple[str, ...] = tuple(f"{ending}s" for ending in AGENT_ENDINGS)
"""Endings of plural nouns of people (:data:`AGENT_ENDINGS` with the plural ``-s``): with
these, a group needs no list of its own (``Democratic strategists say``)."""

NOT_PEOPLE: frozenset[str] = frozenset(
    """
    numbers papers letters orders matters powers centers centres headquarters offers
    answers others errors factors sectors colors colours doors floors borders quarters
    filters markers chambers barriers corners layers towers waters chapters dollars
    figures plants grants restaurants computers monitors motors tractors registers
    rumors rumours remainders shelters reminders containers characters parameters
    """.split()
)
"""Plural nouns with an ending of :data:`PEOPLE_ENDINGS` that name things, not people."""

ANONYMOUS_NOUNS: frozenset[str] = frozenset(
    """
    spokesman spokeswoman spokesperson official source diplomat aide adviser advisor
    analyst expert witness resident person insider observer officer employee
    representative member staffer lawmaker executive man woman
    """.split()
)
"""Singular nouns for an unnamed person (``a spokesman``, ``one official``)."""

SOURCE_LINKS: frozenset[tuple[str, ...]] = frozenset(
    tuple(link.split())
    for link in """
    familiar with | close to | closer to | knowledgeable about | knowledgeable of | briefed on
    involved in | aware of | privy to | acquainted with | allied with | loyal to
    with knowledge of | with direct knowledge of | with firsthand knowledge of
    with access to | with ties to | in the room | on the call
    """.replace("\n", "|").split("|")
    if link.strip()
)
"""Words that join an unnamed source to what it knows or whom it is near, as wire copy
describes its sources (``people familiar with the matter``, ``a source close to the talks``,
``two people with knowledge of the plan``): the source is the noun before them, not the
matter, the talks or the plan."""

SOURCE_NOUNS: frozenset[str] = ORGANIZATION_NOUNS | GROUP_NOUNS | ANONYMOUS_NOUNS
"""Head nouns of a description that names who speaks (``officials``, ``a spokesman``, ``the
ministry``): organisations, groups and unnamed people."""

PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "it": "neuter",
    "i": "first",
    "we": "first",
}
"""Subject pronouns that may stand for a speaker, with what they can refer to. ``I`` and
``we`` are sources in first-person copy (``I said``) but never resolved to a speaker: the
writer is not named, and inside a quote they are the quoted person speaking."""

PERSONAL_PRONOUNS: dict[str, str] = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
"""Third-person singular pronouns in every case, with the gender they refer to: each one
outside a quotation becomes a mention of the person it stands for (``his part``)."""
