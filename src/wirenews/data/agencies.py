"""News agencies: canonical names, the spellings seen in copy, and default time zones.

Each entry comes from the agency's own English-language copy: the credit in its datelines
(``BEIJING, Jan. 26 (Xinhua) --``, ``MINSK, February 4. /TASS/.``, ``KUALA LUMPUR, June 25
(NNN-BERNAMA) --``), the ``Source:`` field of its web pages, and the end-of-story credits it
prints. ``utc_offset`` is the fixed offset of the time stamps on the agency's pages where its
home zone keeps no daylight saving time (Beijing, Seoul, Tokyo, Moscow, Minsk, India, Kuala
Lumpur, Jakarta, Kuwait, Abu Dhabi, Riyadh, Ankara); it is ``None`` where the zone changes
with the seasons or the pages give no zone, so that wirenews never guesses an offset.

Adding an agency is a change to this table only: the dateline, header and end-marker
patterns are built from it.
"""

from __future__ import annotations

from datetime import timedelta

import attrs

__all__ = ["AGENCIES", "Agency", "lookup_agency"]


@attrs.frozen(kw_only=True)
class Agency:
    """A news agency as it appears in wire copy."""

    name: str
    """Canonical short name, as the agency credits itself (``"Xinhua"``, ``"AP"``)."""
    full_name: str
    """The agency's full name."""
    spellings: tuple[str, ...]
    """Credits seen in datelines and headers, matched without regard to case."""
    utc_offset: timedelta | None = None
    """Fixed offset of the agency's page time stamps, when its home zone has one."""
    bare_credit: bool = False
    """Whether its datelines may credit it without parentheses, before the separator:
    ``Riyadh, February 14, 2023, SPA --``, ``SAITAMA, Japan, Dec. 9 Kyodo -``."""


def _hours(hours: float) -> timedelta:
    return timedelta(hours=hours)


AGENCIES: tuple[Agency, ...] = (
    Agency(
        name="Xinhua",
        full_name="Xinhua News Agency",
        spellings=("Xinhua", "Xinhuanet", "Xinhua News Agency"),
        utc_offset=_hours(8),
    ),
    Agency(
        name="Reuters",
        full_name="Reuters",
        spellings=("Reuters", "Reuter", "Reuters Health", "Reuters Breakingviews"),
        bare_credit=True,
    ),
    Agency(
        name="AP",
        full_name="The Associated Press",
        spellings=("AP", "Associated Press", "The Associated Press"),
    ),
    Agency(name="AFP", full_name="Agence France-Presse", spellings=("AFP", "AFP-Jiji")),
    Agency(name="UPI", full_name="United Press International", spellings=("UPI",)),
    Agency(
        name="TASS",
        full_name="TASS Russian News Agency",
        spellings=("TASS", "ITAR-TASS"),
        utc_offset=_hours(3),
    ),
    Agency(
        name="BelTA",
        full_name="Belarusian Telegraph Agency",
        spellings=("BelTA",),
        utc_offset=_hours(3),
    ),
    Agency(name="Interfax", full_name="Interfax", spellings=("Interfax", "Interfax-Ukraine")),
    Agency(
        name="PTI",
        full_name="Press Trust of India",
        spellings=("PTI", "Press Trust of India"),
        utc_offset=_hours(5.5),
    ),
    Agency(
        name="IANS",
        full_name="Indo-Asian News Service",
        spellings=("IANS",),
        utc_offset=_hours(5.5),
    ),
    Agency(
        name="ANI",
        full_name="Asian News International",
        spellings=("ANI",),
        utc_offset=_hours(5.5),
    ),
    Agency(
        name="Kyodo",
        full_name="Kyodo News",
        spellings=("Kyodo", "Kyodo News"),
        utc_offset=_hours(9),
        bare_credit=True,
    ),
    Agency(
        name="Yonhap",
        full_name="Yonhap News Agency",
        spellings=("Yonhap", "Yonhap News Agency"),
        utc_offset=_hours(9),
    ),
    Agency(
        name="Anadolu",
        full_name="Anadolu Agency",
        spellings=("Anadolu", "Anadolu Agency", "AA"),
        utc_offset=_hours(3),
    ),
    Agency(name="dpa", full_name="Deutsche Presse-Agentur", spellings=("dpa", "dpa-AFX")),
    Agency(name="EFE", full_name="Agencia EFE", spellings=("EFE",)),
    Agency(name="ANSA", full_name="Agenzia Nazionale Stampa Associata", spellings=("ANSA",)),
    Agency(
        name="Bernama",
        full_name="Malaysian National News Agency",
        spellings=("Bernama", "NNN-BERNAMA"),
        utc_offset=_hours(8),
    ),
    Agency(
        name="Antara",
        full_name="Antara News Agency",
        spellings=("Antara", "ANTARA News"),
        utc_offset=_hours(7),
    ),
    Agency(
        name="KUNA",
        full_name="Kuwait News Agency",
        spellings=("KUNA",),
        utc_offset=_hours(3),
    ),
    Agency(
        name="WAM",
        full_name="Emirates News Agency",
        spellings=("WAM", "Emirates News Agency"),
        utc_offset=_hours(4),
    ),
    Agency(
        name="SPA",
        full_name="Saudi Press Agency",
        spellings=("SPA", "Saudi Press Agency"),
        utc_offset=_hours(3),
        bare_credit=True,
    ),
    Agency(name="MENA", full_name="Middle East News Agency", spellings=("MENA",)),
    Agency(name="CNN", full_name="Cable News Network", spellings=("CNN",)),
    Agency(name="Prensa Latina", full_name="Prensa Latina", spellings=("Prensa Latina", "PL")),
)

_BY_SPELLING: dict[str, Agency] = {
    spelling.casefold(): agency
    for agency in AGENCIES
    for spelling in (agency.name, agency.full_name, *agency.spellings)
}


def lookup_agency(credit: str) -> Agency | None:
    """Return the agency a credit names (``"XINHUA"``, ``"NNN-BERNAMA"``), or None.

    >>> lookup_agency("NNN-BERNAMA").name
    'Bernama'
    >>> lookup_agency("Gazette") is None
    True
    """
    return _BY_SPELLING.get(" ".join(credit.split()).casefold())
