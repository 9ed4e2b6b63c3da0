"""Titles, honorifics and role words written around a speaker's name.

Titles come from news copy and the AP Stylebook's list of formal titles capitalised before a
name (``President``, ``Prime Minister``, ``Sen.``, ``Gov.``, ``Gen.``); honorifics are
those of English-language copy (``Mr.``, ``Ms.``, ``Sir``); role words are the lower-case
descriptions that precede or follow a name (``presidential nominee``, ``a spokesman for
the ministry``). ``GENDERED`` gives the gender a word implies, used to resolve ``he`` and
``she``.
"""

from __future__ import annotations

__all__ = ["GENDERED", "HONORIFICS", "ROLE_WORDS", "TITLES"]

TITLES: frozenset[str] = frozenset(
    """
    President Vice-President President-elect Premier Vice-Premier Chancellor Minister
    Secretary Secretary-General Senator Sen. Sens. Representative Rep. Reps. Congressman
    Congresswoman Governor Gov. Lt. Mayor Commissioner Chairman Chairwoman Chairperson Chair
    Director Director-General Spokesman Spokeswoman Spokesperson Ambassador Envoy General
    Gen. Col. Maj. Capt. Sgt. Cpl. Adm. Admiral Commander Cmdr. Judge Justice King Queen
    Prince Princess Emir Sheikh Sultan Pope Cardinal Bishop Archbishop Rev. Reverend Imam
    Rabbi Chief Leader Speaker Attorney Councillor Councilor Counselor Dr. Doctor Prof.
    Professor Mr. Mrs. Ms. Miss Mx. Sir Dame Lord Lady Detective Officer Inspector
    Superintendent Sheriff Coach CEO Chairman Founder Executive Deputy Acting Vice Assistant
    Associate Undersecretary Under-Secretary Comptroller Treasurer Auditor Prosecutor
    Solicitor Magistrate Marshal Colonel Major Captain Sergeant Lieutenant Corporal
    Brigadier Field Marshal Ayatollah Grand Crown Supreme Foreign Defense Defence Finance
    Affairs Interior Justice Trade Commerce Health Education Energy State Agriculture Labor Labour
    Home Economy Economic Culture Transport Environment Information Security Prime House
    Senate Majority Minority Whip Party Councilman Councilwoman Alderman Delegate Legislator
    """.split()
)
"""Capitalised words that make up a title before a name (``Chinese President``,
``Foreign Minister``, ``U.S. Secretary of State``). Multiword titles are sequences of these."""

HONORIFICS: frozenset[str] = frozenset(
    "Mr. Mrs. Ms. Miss Mx. Mr Mrs Ms Dr. Dr Prof. Sir Dame Lord Lady Rev.".split()
)
"""Words of courtesy before a surname: ``Mr. Trump`` is ``Trump``."""

ROLE_WORDS: frozenset[str] = frozenset(
    """
    president vice-president presidential vice-presidential nominee candidate former
    then acting deputy senior top chief spokesman spokeswoman spokesperson leader adviser
    advisor aide strategist analyst economist official minister secretary chairman
    chairwoman director lawyer attorney professor reporter correspondent host co-host
    anchor manager campaign commentator pollster activist critic author writer businessman
    businesswoman billionaire mogul executive founder coach player governor senator mayor
    ambassador envoy representative lawmaker legislator congressman congresswoman general
    commander judge justice researcher scientist expert head member chair counsel prosecutor
    diplomat premier chancellor editor columnist publisher pundit consultant organizer
    organiser singer actor actress rapper star economist investor trader banker rival
    challenger incumbent opponent
    """.split()
)
"""Lower-case words describing who someone is (``Republican vice-presidential nominee``)."""

GENDERED: dict[str, str] = {
    **dict.fromkeys(
        "Mr. Mr Sir Lord King Prince Emir Sheikh Sultan Congressman Councilman Chairman "
        "Spokesman Businessman Pope Cardinal Bishop Archbishop Ayatollah Imam Rabbi "
        "spokesman chairman businessman congressman king prince father son brother husband "
        "man boy".split(),
        "male",
    ),
    **dict.fromkeys(
        "Mrs. Mrs Ms. Ms Miss Dame Lady Queen Princess Congresswoman Councilwoman "
        "Chairwoman Spokeswoman Businesswoman spokeswoman chairwoman businesswoman "
        "congresswoman actress queen princess mother daughter sister wife woman girl".split(),
        "female",
    ),
}
"""Words that tell a person's gender."""
