"""Abbreviations whose point does not end a sentence.

Honorifics and titles (``Mr.``, ``Sen.``, ``Gov.``), month abbreviations (``Jan.``,
``Sept.``), company and place abbreviations (``Inc.``, ``Corp.``, ``St.``, ``Mt.``), Latin
(``e.g.``, ``etc.``, ``vs.``), and the US state abbreviations of :mod:`wirenews.data.regions`.
Initials (``Michelle R. Smith``) and letters with points (``U.S.``) are recognised by shape,
not listed.
"""

from __future__ import annotations

from wirenews.data.regions import REGION_ABBREVIATIONS

__all__ = ["ABBREVIATIONS"]

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        word.casefold()
        for word in """
        Mr Mrs Ms Mx Dr Prof Sen Sens Rep Reps Gov Govs Gen Lt Col Maj Capt Sgt Cpl Adm Cmdr
        Rev Hon Pres Supt Det Insp St Ste Mt Ft Jr Sr Inc Corp Co Ltd Bros Dept Univ Assn
        No Nos Vol Op Fig Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed
        Thu Thur Thurs Fri Sat Sun vs etc approx est al
        """.split()
    }
    | REGION_ABBREVIATIONS
)
"""Casefolded abbreviations, without their final point."""
