"""Abbreviated regions that follow a place in a dateline (``ST. PAUL, Minn.``).

The abbreviations of US states in AP style (``Ala.``, ``Calif.``, ``N.Y.``, ``W.Va.``), the
longer forms Reuters-21578 also uses (``Dela.``, ``Tex.``, ``Penn.``), and the Canadian
provinces' abbreviations (``Ont.``, ``B.C.``). Datelines write them with or without points
and in any case (``MINN.``, ``Va``); lookup ignores both. A point after one of these belongs to
the abbreviation, so it is kept in the region; a point after any other word is punctuation.
"""

from __future__ import annotations

from wirenews.data.places import COUNTRIES, STATES

__all__ = ["REGION_ABBREVIATIONS", "is_region", "is_region_abbreviation"]

REGION_ABBREVIATIONS: frozenset[str] = frozenset(
    # US states and district, AP style (states of five letters or fewer are not abbreviated
    # by AP, but copy abbreviates some of them anyway: Tex., Ida., Ore.).
    """
    Ala Ariz Ark Calif Colo Conn Del Dela DC D.C Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich
    Minn Miss Mo Mont Neb Nebr Nev N.H N.J N.M N.Y N.C N.D Okla Ore Oreg Pa Penn R.I S.C S.D
    Tenn Tex Vt Va Wash W.Va Wis Wisc Wyo Ida
    """
    # Canadian provinces and territories.
    """
    Alta B.C Man Nfld N.B N.S N.W.T Ont P.E.I Que Sask
    """
    # Nations often abbreviated after a place.
    """
    U.S U.K U.A.E
    """.casefold().split()
)


def is_region_abbreviation(word: str) -> bool:
    """Whether ``word`` is a region abbreviation whose trailing point belongs to it.

    >>> is_region_abbreviation("Minn.")
    True
    >>> is_region_abbreviation("MOSCOW.")
    False
    """
    return word.rstrip(".").casefold() in REGION_ABBREVIATIONS


def is_region(name: str) -> bool:
    """Whether a name that follows a town is its state or country, written whole or short.

    >>> [is_region(name) for name in ["Iowa", "New York", "Calif.", "France", "Smith"]]
    [True, True, True, True, False]
    """
    return name in STATES or name in COUNTRIES or is_region_abbreviation(name)
