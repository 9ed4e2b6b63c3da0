"""Countries and the states of the United States, by the names news copy gives them.

A country that speaks is no person, and a state follows a town (``In Ames, Iowa, ...``). The
names of countries are the English short names of the UN member and observer states (after
ISO 3166-1), with the forms wire copy uses besides (``Britain``, ``U.S.``, ``South Korea``,
``Ivory Coast``). ``Russia rejects sanctions`` makes Russia a speaker of kind
``organization``: the state, through its government.
"""

from __future__ import annotations

__all__ = ["COUNTRIES", "NATIONALITIES", "STATES"]

COUNTRIES: frozenset[str] = frozenset(
    line.strip()
    for line in """
    Afghanistan
    Albania
    Algeria
    Andorra
    Angola
    Antigua and Barbuda
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahamas
    Bahrain
    Bangladesh
    Barbados
    Belarus
    Belgium
    Belize
    Benin
    Bhutan
    Bolivia
    Bosnia
    Bosnia and Herzegovina
    Botswana
    Brazil
    Britain
    Brunei
    Bulgaria
    Burkina Faso
    Burma
    Burundi
    Cambodia
    Cameroon
    Canada
    Cape Verde
    Central African Republic
    Chad
    Chile
    China
    Colombia
    Comoros
    Congo
    Costa Rica
    Croatia
    Cuba
    Cyprus
    Czech Republic
    Czechia
    Denmark
    Djibouti
    Dominica
    Dominican Republic
    East Timor
    Ecuador
    Egypt
    El Salvador
    Equatorial Guinea
    Eritrea
    Estonia
    Eswatini
    Ethiopia
    Fiji
    Finland
    France
    Gabon
    Gambia
    Georgia
    Germany
    Ghana
    Greece
    Grenada
    Guatemala
    Guinea
    Guinea-Bissau
    Guyana
    Haiti
    Honduras
    Hungary
    Iceland
    India
    Indonesia
    Iran
    Iraq
    Ireland
    Israel
    Italy
    Ivory Coast
    Jamaica
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kiribati
    Kosovo
    Kuwait
    Kyrgyzstan
    Laos
    Latvia
    Lebanon
    Lesotho
    Liberia
    Libya
    Liechtenstein
    Lithuania
    Luxembourg
    Madagascar
    Malawi
    Malaysia
    Maldives
    Mali
    Malta
    Marshall Islands
    Mauritania
    Mauritius
    Mexico
    Micronesia
    Moldova
    Monaco
    Mongolia
    Montenegro
    Morocco
    Mozambique
    Myanmar
    Namibia
    Nauru
    Nepal
    Netherlands
    New Zealand
    Nicaragua
    Niger
    Nigeria
    North Korea
    North Macedonia
    Norway
    Oman
    Pakistan
    Palau
    Palestine
    Panama
    Papua New Guinea
    Paraguay
    Peru
    Philippines
    Poland
    Portugal
    Qatar
    Romania
    Russia
    Rwanda
    Saint Lucia
    Samoa
    San Marino
    Saudi Arabia
    Senegal
    Serbia
    Seychelles
    Sierra Leone
    Singapore
    Slovakia
    Slovenia
    Solomon Islands
    Somalia
    South Africa
    South Korea
    South Sudan
    Spain
    Sri Lanka
    Sudan
    Suriname
    Sweden
    Switzerland
    Syria
    Taiwan
    Tajikistan
    Tanzania
    Thailand
    Togo
    Tonga
    Trinidad and Tobago
    Tunisia
    Turkey
    Turkmenistan
    Tuvalu
    U.K.
    U.S.
    UK
    US
    Uganda
    Ukraine
    United Arab Emirates
    United Kingdom
    United States
    Uruguay
    Uzbekistan
    Vanuatu
    Vatican
    Venezuela
    Vietnam
    Yemen
    Zambia
    Zimbabwe
    """.strip().splitlines()
)
"""Country names as written in English-language copy."""

NATIONALITIES: frozenset[str] = frozenset(
    """
    Dutch Swiss Greek French Spanish Polish Danish Finnish Irish Welsh Scottish Filipino
    Yugoslav Soviet Arab Kurdish Basque Catalan Flemish Walloon Turkish Thai Lao Khmer
    """.split()
)
"""Nationalities whose first four letters are not their country's (``Dutch``, ``Swiss``),
as the nationality adjectives of English name them; the others begin as their country
does (``Iranian``, ``Chinese``), which :data:`COUNTRIES` tells."""

STATES: frozenset[str] = frozenset(
    line.strip()
    for line in """
    Alabama
    Alaska
    Arizona
    Arkansas
    California
    Colorado
    Connecticut
    Delaware
    Florida
    Georgia
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    New York
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas
    Utah
    Vermont
    Virginia
    Washington
    West Virginia
    Wisconsin
    Wyoming
    D.C.
    """.strip().splitlines()
)
"""The fifty states of the United States (and ``D.C.``), by their full names: the names that
follow a town in ``Ames, Iowa``. The subdivisions of ISO 3166-2:US, the District of Columbia
as copy writes it; their abbreviations are in :mod:`wirenews.data.regions`."""
