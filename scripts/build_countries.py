"""Build ``src/wirecoder/data/actors/countries.csv`` from public reference data.

Sources (read, converted, never copied verbatim into the package):

* ISO 3166-1 codes and English names: the Debian ``iso-codes`` JSON
  (``/usr/share/iso-codes/json/iso_3166-1.json``, LGPL-2.1+; codes and names are public facts).
* Country adjectives and spelling variants: PETRARCH2's ``Phoenix.Countries.actors.txt``
  (``../shared/reference/petrarch2/``, MIT, (c) 2014 Open Event Data Alliance).
* Other places (cities, provinces) of each country: the entries listed after the capital in the same file.
* Capitals and a few demonym corrections: general knowledge, in the tables below.

Run from the repository root: ``.venv/bin/python scripts/build_countries.py``.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHOENIX = ROOT.parent / "shared" / "reference" / "petrarch2" / "Phoenix.Countries.actors.txt"
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = ROOT / "src" / "wirecoder" / "data" / "actors" / "countries.csv"

# ISO-3 -> capital (general knowledge; seat of government where it differs from the formal capital).
CAPITALS = {
    "AFG": "Kabul",
    "ALB": "Tirana",
    "DZA": "Algiers",
    "AND": "Andorra la Vella",
    "AGO": "Luanda",
    "ATG": "St. John's",
    "ARG": "Buenos Aires",
    "ARM": "Yerevan",
    "AUS": "Canberra",
    "AUT": "Vienna",
    "AZE": "Baku",
    "BHS": "Nassau",
    "BHR": "Manama",
    "BGD": "Dhaka",
    "BRB": "Bridgetown",
    "BLR": "Minsk",
    "BEL": "Brussels",
    "BLZ": "Belmopan",
    "BEN": "Porto-Novo",
    "BTN": "Thimphu",
    "BOL": "La Paz",
    "BIH": "Sarajevo",
    "BWA": "Gaborone",
    "BRA": "Brasilia",
    "BRN": "Bandar Seri Begawan",
    "BGR": "Sofia",
    "BFA": "Ouagadougou",
    "BDI": "Gitega",
    "CPV": "Praia",
    "KHM": "Phnom Penh",
    "CMR": "Yaounde",
    "CAN": "Ottawa",
    "CAF": "Bangui",
    "TCD": "N'Djamena",
    "CHL": "Santiago",
    "CHN": "Beijing",
    "COL": "Bogota",
    "COM": "Moroni",
    "COG": "Brazzaville",
    "COD": "Kinshasa",
    "CRI": "San Jose",
    "CIV": "Yamoussoukro",
    "HRV": "Zagreb",
    "CUB": "Havana",
    "CYP": "Nicosia",
    "CZE": "Prague",
    "DNK": "Copenhagen",
    "DJI": "Djibouti",
    "DMA": "Roseau",
    "DOM": "Santo Domingo",
    "ECU": "Quito",
    "EGY": "Cairo",
    "SLV": "San Salvador",
    "GNQ": "Malabo",
    "ERI": "Asmara",
    "EST": "Tallinn",
    "SWZ": "Mbabane",
    "ETH": "Addis Ababa",
    "FJI": "Suva",
    "FIN": "Helsinki",
    "FRA": "Paris",
    "GAB": "Libreville",
    "GMB": "Banjul",
    "GEO": "Tbilisi",
    "DEU": "Berlin",
    "GHA": "Accra",
    "GRC": "Athens",
    "GRD": "St. George's",
    "GTM": "Guatemala City",
    "GIN": "Conakry",
    "GNB": "Bissau",
    "GUY": "Georgetown",
    "HTI": "Port-au-Prince",
    "HND": "Tegucigalpa",
    "HUN": "Budapest",
    "ISL": "Reykjavik",
    "IND": "New Delhi",
    "IDN": "Jakarta",
    "IRN": "Tehran",
    "IRQ": "Baghdad",
    "IRL": "Dublin",
    "ISR": "Jerusalem",
    "ITA": "Rome",
    "JAM": "Kingston",
    "JPN": "Tokyo",
    "JOR": "Amman",
    "KAZ": "Astana",
    "KEN": "Nairobi",
    "KIR": "Tarawa",
    "PRK": "Pyongyang",
    "KOR": "Seoul",
    "KWT": "Kuwait City",
    "KGZ": "Bishkek",
    "LAO": "Vientiane",
    "LVA": "Riga",
    "LBN": "Beirut",
    "LSO": "Maseru",
    "LBR": "Monrovia",
    "LBY": "Tripoli",
    "LIE": "Vaduz",
    "LTU": "Vilnius",
    "LUX": "Luxembourg",
    "MDG": "Antananarivo",
    "MWI": "Lilongwe",
    "MYS": "Kuala Lumpur",
    "MDV": "Male",
    "MLI": "Bamako",
    "MLT": "Valletta",
    "MHL": "Majuro",
    "MRT": "Nouakchott",
    "MUS": "Port Louis",
    "MEX": "Mexico City",
    "FSM": "Palikir",
    "MDA": "Chisinau",
    "MCO": "Monaco",
    "MNG": "Ulaanbaatar",
    "MNE": "Podgorica",
    "MAR": "Rabat",
    "MOZ": "Maputo",
    "MMR": "Naypyidaw",
    "NAM": "Windhoek",
    "NRU": "Yaren",
    "NPL": "Kathmandu",
    "NLD": "Amsterdam",
    "NZL": "Wellington",
    "NIC": "Managua",
    "NER": "Niamey",
    "NGA": "Abuja",
    "MKD": "Skopje",
    "NOR": "Oslo",
    "OMN": "Muscat",
    "PAK": "Islamabad",
    "PLW": "Ngerulmud",
    "PSE": "Ramallah",
    "PAN": "Panama City",
    "PNG": "Port Moresby",
    "PRY": "Asuncion",
    "PER": "Lima",
    "PHL": "Manila",
    "POL": "Warsaw",
    "PRT": "Lisbon",
    "QAT": "Doha",
    "ROU": "Bucharest",
    "RUS": "Moscow",
    "RWA": "Kigali",
    "KNA": "Basseterre",
    "LCA": "Castries",
    "VCT": "Kingstown",
    "WSM": "Apia",
    "SMR": "San Marino",
    "STP": "Sao Tome",
    "SAU": "Riyadh",
    "SEN": "Dakar",
    "SRB": "Belgrade",
    "SYC": "Victoria",
    "SLE": "Freetown",
    "SGP": "Singapore",
    "SVK": "Bratislava",
    "SVN": "Ljubljana",
    "SLB": "Honiara",
    "SOM": "Mogadishu",
    "ZAF": "Pretoria",
    "SSD": "Juba",
    "ESP": "Madrid",
    "LKA": "Colombo",
    "SDN": "Khartoum",
    "SUR": "Paramaribo",
    "SWE": "Stockholm",
    "CHE": "Bern",
    "SYR": "Damascus",
    "TWN": "Taipei",
    "TJK": "Dushanbe",
    "TZA": "Dodoma",
    "THA": "Bangkok",
    "TLS": "Dili",
    "TGO": "Lome",
    "TON": "Nuku'alofa",
    "TTO": "Port of Spain",
    "TUN": "Tunis",
    "TUR": "Ankara",
    "TKM": "Ashgabat",
    "TUV": "Funafuti",
    "UGA": "Kampala",
    "UKR": "Kyiv",
    "ARE": "Abu Dhabi",
    "GBR": "London",
    "USA": "Washington",
    "URY": "Montevideo",
    "UZB": "Tashkent",
    "VUT": "Port Vila",
    "VAT": "Vatican City",
    "VEN": "Caracas",
    "VNM": "Hanoi",
    "YEM": "Sanaa",
    "ZMB": "Lusaka",
    "ZWE": "Harare",
    "XKX": "Pristina",
}
# Other spellings of capitals seen in English news.
CAPITAL_VARIANTS = {
    "UKR": ["Kiev"],
    "YEM": ["Sana'a", "Sana"],
    "BRA": ["Brasília"],
    "COL": ["Bogotá"],
    "IND": ["Delhi"],
    "USA": ["Washington, D.C.", "Washington DC"],
    "MMR": ["Nay Pyi Taw"],
    "CMR": ["Yaoundé"],
    "TGO": ["Lomé"],
    "KAZ": ["Nur-Sultan"],
}
# Demonyms the reference gets wrong or lacks: ISO-3 -> (adjective, [people nouns]).
DEMONYMS = {
    "USA": ("American", ["Americans"]),
    "GBR": ("British", ["Briton", "Britons"]),
    "FRA": ("French", ["Frenchman", "Frenchmen"]),
    "CHN": ("Chinese", []),
    "NLD": ("Dutch", []),
    "ARE": ("Emirati", ["Emiratis"]),
    "PHL": ("Filipino", ["Filipinos"]),
    "CHE": ("Swiss", []),
    "NZL": ("New Zealand", ["New Zealanders"]),
    "KOR": ("South Korean", ["South Koreans"]),
    "PRK": ("North Korean", ["North Koreans"]),
    "ZAF": ("South African", ["South Africans"]),
    "SAU": ("Saudi", ["Saudis"]),
    "PSE": ("Palestinian", ["Palestinians"]),
    "ISR": ("Israeli", ["Israelis"]),
    "DEU": ("German", ["Germans"]),
    "RUS": ("Russian", ["Russians"]),
    "TUR": ("Turkish", ["Turks"]),
    "BGD": ("Bangladeshi", ["Bangladeshis"]),
    "AFG": ("Afghan", ["Afghans"]),
    "PAK": ("Pakistani", ["Pakistanis"]),
    "IRN": ("Iranian", ["Iranians"]),
    "ESP": ("Spanish", ["Spaniards"]),
    "POL": ("Polish", ["Poles"]),
    "DNK": ("Danish", ["Danes"]),
    "SWE": ("Swedish", ["Swedes"]),
    "FIN": ("Finnish", ["Finns"]),
    "IRL": ("Irish", []),
    "JPN": ("Japanese", []),
    "VNM": ("Vietnamese", []),
    "SDN": ("Sudanese", []),
    "SSD": ("South Sudanese", []),
    "COD": ("Congolese", []),
    "COG": ("Congolese", []),
    "LBN": ("Lebanese", []),
    "NPL": ("Nepali", ["Nepalis", "Nepalese"]),
    "LKA": ("Sri Lankan", ["Sri Lankans"]),
    "MMR": ("Myanmar", ["Burmese"]),
    "UKR": ("Ukrainian", ["Ukrainians"]),
    "IND": ("Indian", ["Indians"]),
    "IRQ": ("Iraqi", ["Iraqis"]),
    "SYR": ("Syrian", ["Syrians"]),
    "YEM": ("Yemeni", ["Yemenis"]),
    "EGY": ("Egyptian", ["Egyptians"]),
    "QAT": ("Qatari", ["Qataris"]),
    "TJK": ("Tajik", ["Tajiks"]),
    "UZB": ("Uzbek", ["Uzbeks"]),
    "TKM": ("Turkmen", []),
    "KAZ": ("Kazakh", ["Kazakhs", "Kazakhstani"]),
    "KGZ": ("Kyrgyz", []),
    "CZE": ("Czech", ["Czechs"]),
    "BEL": ("Belgian", ["Belgians"]),
    "PRT": ("Portuguese", []),
    "GRC": ("Greek", ["Greeks"]),
    "SRB": ("Serbian", ["Serbians", "Serbs"]),
    "SVN": ("Slovenian", ["Slovenians"]),
    "SGP": ("Singaporean", ["Singaporeans"]),
    "BFA": ("Burkinabe", []),
    "DJI": ("Djiboutian", ["Djiboutians"]),
    "MDG": ("Malagasy", []),
    "MNE": ("Montenegrin", ["Montenegrins"]),
    "SLE": ("Sierra Leonean", ["Sierra Leoneans"]),
    "XKX": ("Kosovar", ["Kosovars"]),
    "CAF": ("Central African", ["Central Africans"]),
    "TLS": ("Timorese", []),
    "THA": ("Thai", ["Thais"]),
    "SUN": ("Soviet", ["Soviets"]),
    "YUG": ("Yugoslav", ["Yugoslavs"]),
    "CSK": ("Czechoslovak", []),
    "DDR": ("East German", ["East Germans"]),
    "SOM": ("Somali", ["Somalis"]),
    "ETH": ("Ethiopian", ["Ethiopians"]),
}
# Short or alternative names in common English use, beyond the ISO name.
EXTRA_NAMES = {
    "USA": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
    "RUS": ["Russia"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "KOR": ["South Korea"],
    "PRK": ["North Korea"],
    "TWN": ["Taiwan"],
    "VNM": ["Vietnam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "COD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville", "Republic of Congo", "Congo Republic"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "CZE": ["Czech Republic"],
    "MMR": ["Burma"],
    "PSE": ["Palestine", "Palestinian territories"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "PAK": ["Pak"],  # South Asian press shorthand: "Pak forces", "militants killed in Pak"
    "NLD": ["Holland"],
    "MKD": ["North Macedonia", "Macedonia"],
    "SWZ": ["Swaziland"],
    "TUR": ["Turkiye", "Türkiye"],
    "XKX": ["Kosovo"],
    "VAT": ["Vatican", "Holy See"],
    "FSM": ["Micronesia"],
    "BRN": ["Brunei"],
    "CPV": ["Cape Verde"],
    "TLS": ["East Timor"],
    "SUN": ["USSR", "U.S.S.R.", "Soviet Russia"],
    "DDR": ["GDR"],
}
# Reference entries that are not names of the country (cities, streets, epithets): never aliases.
NOT_ALIASES = {
    "Leipzig",
    "Aurobinda Sarani",
    "The Graveyard of Empires",
    "Crown Jewel of the British Empire",
    "Celestial Empire",
    "Banda Jalal Khan",
    "Chaparhar",
    "Al Khartoum",
    "Soviet Occupied Afghanistan",
}
# Display names where the ISO name is not the one news uses.
NAMES = {
    "RUS": "Russia",
    "IRN": "Iran",
    "SYR": "Syria",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "TWN": "Taiwan",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "FSM": "Micronesia",
    "BRN": "Brunei",
    "VAT": "Vatican City",
    "CIV": "Ivory Coast",
    "TUR": "Turkey",
    "MKD": "North Macedonia",
    "CPV": "Cape Verde",
    "SWZ": "Eswatini",
    "TLS": "East Timor",
}
# Former states, with their ISO 3166-3 codes; no capital (it now belongs to a successor).
HISTORICAL = [
    {"alpha_3": "SUN", "name": "Soviet Union", "official_name": "Union of Soviet Socialist Republics"},
    {"alpha_3": "YUG", "name": "Yugoslavia", "official_name": "Federal Republic of Yugoslavia"},
    {"alpha_3": "CSK", "name": "Czechoslovakia", "official_name": "Czechoslovak Socialist Republic"},
    {"alpha_3": "DDR", "name": "East Germany", "official_name": "German Democratic Republic"},
]
# CAMEO country codes that differ from ISO-3.
CAMEO_CODES = {"XKX": "KSV", "ROU": "ROM", "SUN": "USR"}


def phoenix_countries(path: Path) -> dict[str, list[str]]:
    """ISO-3 -> the names of its country block in the PETRARCH2 file (first = block name)."""
    blocks: dict[str, list[str]] = {}
    names: list[str] = []
    codes: list[str] = []

    def close() -> None:
        for code in codes:
            if re.fullmatch(r"[A-Z]{3}", code) and code not in blocks and names:
                blocks[code] = names[:]

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith(("\t", " ")) or line.lstrip().startswith("["):
            for m in re.finditer(r"\[([A-Z]+)(?:\s+[^\]]*)?\]", line):
                codes.append(m.group(1))
            continue
        if line.startswith("+"):
            names.append(_clean(line[1:]))
            continue
        close()
        names, codes = [], []
        head = re.match(r"([^\[]+?)\s*(?:\[([A-Z]+)[^\]]*\])?\s*$", line)
        if head:
            names = [_clean(head.group(1))]
            if head.group(2):
                codes.append(head.group(2))
    close()
    return blocks


def _clean(token: str) -> str:
    return token.strip().strip("_").replace("_", " ").strip()


def titled(name: str) -> str:
    small = {"and", "of", "the", "de", "da", "al"}
    words = name.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def looks_like_adjective(word: str, country: str) -> bool:
    w = word.upper()
    return " " not in w and w != country.upper() and bool(re.search(r"(AN|I|ESE|ISH|CH|IC|EK|IK|AK|OT|ER|EN)$", w))


def people_forms(adjective: str) -> list[str]:
    if re.search(r"(an|i)$", adjective):
        return [adjective + "s"]
    return []


def build() -> list[dict[str, str]]:
    iso = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    iso.append({"alpha_3": "XKX", "name": "Kosovo"})  # not in ISO 3166-1; user-assigned code
    iso += HISTORICAL  # former states (ISO 3166-3 codes): still named in news and archives
    phoenix = phoenix_countries(PHOENIX)
    rows = []
    for entry in sorted(iso, key=lambda e: e["alpha_3"]):
        code = entry["alpha_3"]
        name = NAMES.get(code) or entry.get("common_name") or entry["name"]
        if ", " in name:  # "Virgin Islands, British" style: ISO's inverted names
            name = entry.get("official_name") or name
        aliases = [entry["name"], entry.get("official_name", ""), entry.get("common_name", "")] + EXTRA_NAMES.get(
            code, []
        )
        capital = CAPITALS.get(code, "")
        adjective, people, places = "", [], []
        block = phoenix.get(code) or phoenix.get(CAMEO_CODES.get(code, code)) or []
        if block:
            upper = [n.upper() for n in block]
            cut = upper.index(capital.upper()) if capital and capital.upper() in upper else 2
            if capital and capital.upper() in upper:
                names = {block[0].upper(), adjective.upper(), *(a.upper() for a in aliases if a)}
                places = [
                    titled(n)
                    for n in block[cut + 1 :]
                    if re.fullmatch(r"[A-Z][A-Z'-]+( [A-Z][A-Z'-]+){0,2}", n)
                    and len(n) > 3
                    and n.upper() not in names
                    and not any(w in n.upper() for w in names if len(w) > 3)
                    and titled(n) not in NOT_ALIASES
                    and not n.upper().startswith("THE ")
                ]
            for n in block[1:cut]:
                if looks_like_adjective(n, block[0]) and not adjective:
                    adjective = titled(n)
                else:
                    aliases.append(titled(n))
            aliases.insert(0, titled(block[0]))
        if code in DEMONYMS:
            adjective, people = DEMONYMS[code][0], list(DEMONYMS[code][1])
        elif adjective:
            people = people_forms(adjective)
        if code == "COG":  # plain "Congo" in the news is the DRC
            aliases = [a for a in aliases if a.casefold() != "congo"]
            if name.casefold() == "congo":
                name = "Republic of the Congo"
        seen: set[str] = {name.casefold()}
        uniq = []
        for a in aliases:
            if (
                a
                and a not in NOT_ALIASES
                and a.casefold() not in seen
                and a.casefold() != adjective.casefold()
                and a.casefold() not in {d.casefold() for d in people}
            ):
                seen.add(a.casefold())
                uniq.append(a)
        rows.append(
            {
                "iso3": code,
                "cameo": CAMEO_CODES.get(code, code),
                "name": name,
                "aliases": "|".join(uniq),
                "adjective": adjective,
                "demonyms": "|".join(people),
                "capital": capital,
                "capital_aliases": "|".join(CAPITAL_VARIANTS.get(code, [])),
                "places": "|".join(dict.fromkeys(p for p in places if p.casefold() != capital.casefold())),
            }
        )
    return rows


def main() -> int:
    if not PHOENIX.exists() or not ISO_JSON.exists():
        print(f"need {PHOENIX} and {ISO_JSON}", file=sys.stderr)
        return 1
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Countries for the wirecoder actor KB (kb.v1). Generated by scripts/build_countries.py:\n")
        fh.write("# ISO 3166-1 (Debian iso-codes), adjectives/variants from PETRARCH2 Phoenix.Countries (MIT,\n")
        fh.write("# (c) 2014 Open Event Data Alliance), capitals and demonym fixes from general knowledge.\n")
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} countries to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
