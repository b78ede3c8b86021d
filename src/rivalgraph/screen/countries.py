"""Country names as the lists write them ('Korea, North', 'Burma', 'Hong Kong') -> ISO 3166-1 alpha-2."""

from __future__ import annotations

import functools
import re
import unicodedata

from babel import Locale

__all__ = ["country_code", "country_name"]

# Spellings the OFAC and OpenSanctions files use that CLDR's English names do not.
_EXTRA = {
    "burma": "MM",
    "czech republic": "CZ",
    "korea north": "KP",
    "north korea": "KP",
    "korea south": "KR",
    "south korea": "KR",
    "turkey": "TR",
    "hong kong": "HK",
    "macau": "MO",
    "macao": "MO",
    "palestinian": "PS",
    "west bank": "PS",
    "region gaza": "PS",
    "region west bank": "PS",
    "gaza": "PS",
    "bahamas the": "BS",
    "the gambia": "GM",
    "virgin islands british": "VG",
    "congo democratic republic of the": "CD",
    "congo republic of the": "CG",
    "cote d ivoire": "CI",
    "north macedonia the republic of": "MK",
    "man isle of": "IM",
    "saint kitts and nevis": "KN",
    "saint vincent and the grenadines": "VC",
    "trinidad and tobago": "TT",
    "bosnia and herzegovina": "BA",
    "netherlands antilles": "AN",
    "region crimea": "UA",
    "region russia": "RU",
    "usa": "US",
    "united states of america": "US",
    "uk": "GB",
    "great britain": "GB",
    "iran islamic republic of": "IR",
    "russian federation": "RU",
    "prc": "CN",
    "people s republic of china": "CN",
    "taiwan province of china": "TW",
    "uae": "AE",
}


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded.replace("&", " and ")).split())


@functools.cache
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            table[_key(name)] = code
            table[code.casefold()] = code
    table.update(_EXTRA)
    return table


def country_code(text: str | None) -> str | None:
    """The ISO alpha-2 code of a country name or code as written in a list, or None."""
    if not text:
        return None
    key = _key(text)
    if not key:
        return None
    return _table().get(key)


def country_name(code: str) -> str:
    """The English name of an ISO alpha-2 code ('CN' -> 'China'); the code itself if unknown."""
    return str(Locale("en").territories.get(code.upper(), code.upper()))
