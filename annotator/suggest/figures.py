"""Figures in French and English press copy: amounts, percentages, counts, numbers, dates.

`find_figures(text, lang)` proposes what a fact-checker would highlight, sorted by start and
never overlapping. Offsets are code points of `text`; `text[start:end] == suggestion.text`.

Reading a number
- Digits. French groups thousands with a space, NBSP, U+202F, an apostrophe (Swiss) or a
  dot followed by exactly three digits ("14.000" is fourteen thousand) and writes decimals
  with a comma ("2,5"); any other dot ("49.3", "17.2") is no French number. English groups
  with a comma and writes decimals with a point.
- Words, when text2num is installed ("trois millions", "deux cents", "one thousand"), from
  ten up or with a magnitude; below ten only as a percentage or an amount ("cinq pour
  cent"): "deux années", "three years" are too common to check. A lone number word must
  count something ("dix salariés", not "les dix").
- Approximate groups take their lower bound: "plusieurs milliers de salariés" and
  "thousands of jobs" are 2000 ("several"), "une centaine de postes" is 100 ("about"),
  "des dizaines de milliers" is 20000.

What the span covers, around the number: a qualifier ("plus de", "about", in English in
`qualifier`), a sign, a currency before ("$", "US$", "EUR") or after ("€", "dollars",
"d'euros"), a magnitude ("milliard", "bn", "Md€": the value is multiplied out), a percent
("%", "pour cent", "points de pourcentage" → unit "pt") and a counted noun ("salariés",
"jobs", "job cuts"; "de"/"of" only after a magnitude: "2 millions de personnes", never
"3,6 milliards attendus"). "30-day" counts "day"; "75 cents" is 0.75 USD. Words after the
noun stay out ("30 000 euros en moyenne" → "30 000 euros").

Dates (kind "date", unit "date", value ISO 8601): day + month name (+ year), month name +
year, English month + day (+ year), dd/mm/yyyy in French, mm/dd/yyyy in English (dd/mm
when the first field is over 12), yyyy-mm-dd. A day and month without a year is
"--MM-DD" (ISO 8601's truncated form). A year alone is a date at low confidence, a little
higher after a preposition ("en 2025"), which gives the qualifier ("d'ici à 2027" → "by")
but stays out of the span, as weekdays do ("mercredi 15 mars 2023" → "15 mars 2023").
The patterns already hold day, month and year, so dateparser (about 1 ms a call) is not
needed and dates stay fast and deterministic.

Left out: ordinals ("1er", "2e", "3rd"); identifiers (a digit glued to letters: "A320",
"COVID-19", "5G"; a number after a name, an acronym or a keyword: "CAC 40", "iOS 17.2",
"Python 3.11", "article 49.3", "page 12", "n° 5"); versions ("v2.3.1"); phone numbers;
times ("10h05", "10:05", "16 h"); street numbers ("12 rue de la Paix", "10 Downing
Street"); postcodes before a city ("75008 Paris"); ranges, scores and fractions
("2019-2023", "3-1", "24/7"); numbers inside URLs and e-mail addresses.

Speed: patterns are compiled once; the work happens only around digit runs, number words
and group words, each candidate checked with a few anchored matches. Scans over the whole
text open with a character class, which the regex engine skips to quickly (lookarounds
first make it try every position). Before the patterns that rarely match (a date, a phone
number, a month or qualifier before the number...), a cheaper superset fails fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import MISSING, dataclass, fields, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter

from annotator.suggest.model import Suggestion

__all__ = ["KINDS", "find_figures"]

KINDS = ("amount", "percent", "count", "number", "date")

SPACES = " \t\u00a0\u202f"  # a space inside a figure: plain, tab, no-break, narrow no-break
SP = f"[{SPACES}]"
APOS = "['’]"


def _norm(words: str) -> str:
    """The key of a phrase in the tables: lower case, straight apostrophe, single spaces."""
    return " ".join(words.lower().replace("’", "'").split())


def _alt(phrases) -> str:
    """A regex alternation of literal phrases, longest first ("millions" before "million").

    A space in a phrase matches any run of figure spaces; an apostrophe matches ' or ’.
    """
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        words = [re.escape(w).replace("'", APOS) for w in phrase.split(" ")]
        parts.append(f"{SP}+".join(words))
    return "|".join(parts)


def _capitalised(phrases) -> set[str]:
    return set(phrases) | {p[:1].upper() + p[1:] for p in phrases}


def _first_word(phrases, lead: tuple[str, list[str]] | None = None) -> str:
    """`_alt` at the start of a word, also capitalised (as at the start of a sentence).

    `lead` is an optional pattern before the phrases, with the words it starts with.
    Patterns scanned over the whole text avoid re.IGNORECASE, which makes them several
    times slower; the lookahead on first letters lets the scan skip most positions.
    """
    phrases = _capitalised(phrases)
    firsts = {p[0] for p in phrases} | {w[0] for w in _capitalised(lead[1] if lead else [])}
    before = f"(?:{lead[0]})?" if lead else ""
    return (f"(?=[{re.escape(''.join(sorted(firsts)))}])(?<![\\w-])"
            f"{before}(?:{_alt(phrases)})")


def _word_start_alt(words, after_a: str | None = None) -> str:
    """`_first_word(words, ...)` for a pattern scanned over the whole text: faster, same matches.

    It reads a character class (the first letters), then branches on the second letter:
    the regex engine rejects most places at once. What a word is (its first letter, no
    letter or hyphen before it) is checked by a lookbehind, costly, once a whole word
    matched. `words` are words of letters (no space, no apostrophe). `after_a`: what may
    follow "a" and spaces ("a thousand").
    """
    branches: dict[str, list[str]] = {}  # by second letter, longest first as in `_alt`
    for word in sorted(set(words), key=len, reverse=True):
        first = re.escape(word[0] + word[0].upper())  # also capitalised
        branches.setdefault(re.escape(word[1]), []).append(
            rf"{re.escape(word[2:])}(?<=(?<![\w-])[{first}]{re.escape(word[1:])})")
    firsts = {c for word in _capitalised(words) for c in word[0]}
    if after_a:
        firsts |= {"a", "A"}
        branches[SP] = [rf"(?<=(?<![\w-])[aA].){SP}*{after_a}(?:{_alt(_capitalised(words))})"]
    alternatives = "|".join(f"{second}(?:{'|'.join(rests)})" for second, rests in branches.items())
    return f"[{re.escape(''.join(sorted(firsts)))}](?:{alternatives})"


def _month_alt(months: dict[str, int]) -> str:
    """Month names, and abbreviations with their optional dot ("janv.", "Sept.")."""
    full = [m for m in months if len(m) > 4 or m.lower() in ("mars", "mai", "juin", "août",
                                                               "aout", "may", "june", "july")]
    short = [m for m in months if m not in full]
    return rf"(?:{_alt(full)})|(?:{_alt(short)})\.?"


# Besides both cases, re.IGNORECASE matches these to an ASCII letter.
IGNORECASE_EXTRA = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _heads(phrases, ignorecase: bool = True) -> str:
    """How `phrases` start (two characters), as a regex: a superset, for a fail-fast gate.

    Under re.IGNORECASE an ASCII letter also stands for its other case and for
    IGNORECASE_EXTRA; any other letter, for any character outside ASCII (all it may match).
    """
    def fold(c: str) -> str:
        if c in "' ":
            return APOS if c == "'" else SP  # as in `_alt`
        if not ignorecase or not c.isalpha():
            return re.escape(c)
        if c.isascii():
            return f"[{re.escape(c.lower() + c.upper() + IGNORECASE_EXTRA.get(c.lower(), ''))}]"
        return "[^\\x00-\\x7f]"
    return "|".join(sorted({"".join(map(fold, phrase[:2])) for phrase in phrases}))


def _any_of(*patterns: re.Pattern) -> re.Pattern:
    """One pattern that matches wherever one of `patterns` (without back references) would.

    A gate: one failed match spares trying each pattern. Group names are dropped, as they
    would clash.
    """
    parts = []
    for pattern in patterns:
        source = re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
        parts.append(f"(?i:{source})" if pattern.flags & re.IGNORECASE else f"(?:{source})")
    return re.compile("|".join(parts))


def _last_words(phrases) -> dict[str, tuple[str, ...]]:
    """The last words of `_alt(phrases)` in lower case, by last character (see `_may_end`)."""
    words = {phrase.split(" ")[-1].lower() for phrase in phrases}
    words = {w.replace("'", a) for w in words for a in "'’"}
    return {c: tuple(w for w in words if w[-1] == c) for c in {w[-1] for w in words}}


def _before(text: str, pos: int) -> str | None:
    """What stands before `pos` (BEFORE characters, figure spaces aside), for `_may_end`.

    In lower case; None where that check is unsafe: after a newline, as "$" also matches
    before it, or with "İ", "ı", "ſ", which re.IGNORECASE matches to "i" and "s" but
    lower() does not.
    """
    if text[pos - 1:pos] == "\n":
        return None
    tail = text[max(0, pos - BEFORE):pos].rstrip(SPACES)
    lower = tail.lower()
    if len(lower) != len(tail) or "ſ" in lower or "ı" in lower:
        return None
    return lower


def _may_end(before: str | None, words: dict[str, tuple[str, ...]]) -> bool:
    """Whether `before` (from `_before`) may end with one of `words` (from `_last_words`).

    A fail-fast check ahead of a backward search (`...{SP}*$` over a window before a
    number), which tries every position of its window, while few numbers follow a
    qualifier, a month or a currency.
    """
    return before is None or before.endswith(words.get(before[-1:], ()))


# --- Tables shared by both languages -------------------------------------------------------

CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "US$": "USD", "$US": "USD", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₽": "RUB", "C$": "CAD", "CA$": "CAD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD",
    "S$": "SGD", "R$": "BRL", "NZ$": "NZD",
}
ISO_CODES = ("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "HKD", "SGD", "INR",
             "SEK", "NOK", "DKK", "RUB", "BRL", "KRW", "NZD")

FR_CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
    "dollars américains": "USD", "dollars us": "USD", "dollars canadiens": "CAD",
    "dollars australiens": "AUD", "dollars de hong kong": "HKD", "livre sterling": "GBP",
    "livres sterling": "GBP", "livres": "GBP", "livre": "GBP", "franc suisse": "CHF",
    "francs suisses": "CHF", "francs cfa": "XOF", "yen": "JPY", "yens": "JPY",
    "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY", "roubles": "RUB", "roupies": "INR",
    "couronnes suédoises": "SEK", "couronnes norvégiennes": "NOK",
    "couronnes danoises": "DKK",
}
EN_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "canadian dollars": "CAD",
    "australian dollars": "AUD", "hong kong dollars": "HKD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "swiss francs": "CHF",
    "swiss franc": "CHF", "rupees": "INR", "roubles": "RUB", "rubles": "RUB",
}
# "2 livres" are two books: the French word counts as pounds only after a magnitude.
AFTER_MAGNITUDE_ONLY = {"livre", "livres"}
# Hundredths of a currency: "75 cents" is 0.75 USD.
SUBUNITS = {"cents": ("USD", Decimal("0.01")), "cent": ("USD", Decimal("0.01")),
            "pence": ("GBP", Decimal("0.01")), "centimes": ("EUR", Decimal("0.01")),
            "centime": ("EUR", Decimal("0.01"))}

FR_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11,
    "nov": 11, "décembre": 12, "déc": 12, "decembre": 12,
}
EN_MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11,
    "Nov": 11, "December": 12, "Dec": 12,
}
DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

# A number right after one of these is a name or a reference, not a figure ("CAC 40",
# "Windows 11", "article 5", "page 12", "n° 3", "phase 3", "France 2").
NAMES = {
    "cac", "ftse", "sbf", "dax", "nikkei", "stoxx", "nasdaq", "russell", "s&p", "dow", "ibex",
    "mib", "smi", "seng", "kospi", "sensex", "aex", "bel", "top", "ligue", "division",
    "formula", "formule", "covid", "euro", "mondial", "france", "channel", "radio", "canal",
    "boeing", "airbus", "falcon", "apollo", "artemis", "ios", "android", "python", "windows",
    "macos", "linux", "java", "chrome", "firefox", "safari", "office", "excel", "ubuntu",
    "debian", "php", "perl", "ruby", "kotlin", "swift", "django", "node.js", "gpt", "llama",
    "gemini", "iphone", "ipad", "galaxy", "pixel", "xbox", "playstation", "ps",
    "version", "versions", "v", "v.", "article", "articles", "art", "art.", "alinéa",
    "alinéas", "al.", "section", "sections", "§", "chapitre", "chapitres", "chapter",
    "chapters", "paragraphe", "paragraph", "clause", "amendement", "amendment", "page",
    "pages", "p.", "pp.", "n°", "nº", "no.", "nos.", "numéro", "numéros", "num.", "tome",
    "vol.", "volume", "annexe", "annex", "figure", "fig.", "tableau", "table", "ligne",
    "line", "règle", "rule", "résolution", "resolution", "décret", "room", "salle",
    "terminal", "gate", "porte", "niveau", "level", "vol", "flight", "bus", "route",
    "highway", "exit", "sortie", "épisode", "episode", "saison", "season", "étape", "stage",
    "phase", "catégorie", "category", "classe", "class", "type", "zone", "tier", "step",
    "grade", "lot", "dossier", "case", "bill", "act",
}

STOPWORDS = {
    # French
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "à", "a", "au", "aux", "en",
    "et", "ou", "où", "mais", "donc", "or", "ni", "car", "que", "qu", "qui", "quoi", "dont",
    "par", "pour", "sur", "sous", "dans", "avec", "sans", "chez", "entre", "vers", "contre",
    "selon", "depuis", "pendant", "avant", "après", "est", "sont", "était", "étaient", "été",
    "être", "sera", "seront", "serait", "seraient", "ont", "avait", "avaient", "aura",
    "auront", "aurait", "auraient", "va", "vont", "doit", "doivent", "peut", "peuvent",
    "fait", "font", "soit", "se", "ce", "cette", "ces", "cet", "ses", "son", "sa", "leur",
    "leurs", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "ne", "pas", "plus",
    "moins", "très", "aussi", "encore", "déjà", "environ", "près", "fois", "comme", "ainsi",
    "alors", "si", "y", "tous", "toutes", "tout", "chaque", "autres", "autre", "seulement",
    "hier", "demain", "aujourd", "puis", "dès", "jusqu", "afin",
    # English
    "an", "the", "of", "to", "in", "at", "by", "for", "from", "with", "and", "but", "nor",
    "as", "than", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "being", "am", "has", "have", "had", "having", "will", "would", "shall", "should", "can",
    "could", "may", "might", "must", "do", "does", "did", "done", "said", "says", "say",
    "told", "per", "more", "less", "fewer", "most", "least", "times", "so", "too", "also",
    "only", "just", "each", "apiece", "ago", "earlier", "later", "before", "after", "out",
    "up", "down", "into", "over", "under", "about", "against", "between", "among", "while",
    "when", "who", "whom", "whose", "which", "where", "what", "why", "how", "it", "its",
    "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our", "you",
    "your", "i", "me", "my", "not", "no", "yes", "all", "both", "either", "still", "now",
    "then", "there", "here", "if", "because", "since", "until", "percent", "cent", "one",
    "other", "others", "new",
}
# Measures written after a number, whatever their case, spaced or glued ("5 MW", "20km").
UNITS = {"km", "kg", "t", "ha", "m", "m²", "m2", "km²", "km2", "cm", "mm", "mg", "MW", "GW",
         "kW", "kWh", "MWh", "GWh", "TWh", "Mt", "Gt", "GB", "TB", "Go", "To"}

EN_PLURALS = {"people", "staff", "personnel", "children", "men", "women", "police", "crew",
              "cattle", "sheep", "fish", "deer", "aircraft", "feet", "livestock"}
COMPOUND = re.compile(rf"{SP}+([^\W\d_]+)")  # the head of "job cuts" after "job"
HYPHEN_NOUN = re.compile(r"-([^\W\d_]+)")  # "30-day", "38-page"

# Glued after a number, these make an ordinal: "1er", "2e", "XXIe", "3rd".
ORDINAL = re.compile(r"(?:ers?|res?|ères?|i?[èe]mes?|[èe]s?|nde?s?|de?s?|ᵉʳ?|ʳᵉ|ᵉˢ"
                     r"|st|nd|rd|th|ST|ND|RD|TH)(?!\w)")

PHONE = re.compile(
    r"(?:(?:\+|00)[0-9]{1,3}[ \u00a0.-]?(?:\(0\)[ \u00a0]?)?[0-9]{1,4}"
    r"(?:[ \u00a0.-]?[0-9]{2,4}){2,5}"
    r"|0[1-9](?:[ \u00a0.-]?[0-9]{2}){4}"
    r"|\([0-9]{3}\)[ \u00a0]?[0-9]{3}[-. \u00a0][0-9]{4}"
    r"|[0-9]{3}[-.][0-9]{3}[-.][0-9]{4})(?![0-9])")
# "0 800 100 200", "0800 123 4567": a leading 0 and nine digits or more, in groups.
LOCAL_PHONE = re.compile(r"0[0-9]{0,4}(?:[ \u00a0.-]?[0-9]{2,4}){2,4}(?![0-9])")
TIME = re.compile(
    rf"[0-9]{{1,2}}{SP}?h{SP}?[0-9]{{2}}(?![0-9])|[0-9]{{1,2}}{SP}?h(?!\w)"
    r"|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])"
    rf"|[0-9]{{1,2}}(?:[.:][0-9]{{2}})?{SP}?[ap]\.?m\b\.?", re.IGNORECASE)
STREET_WORDS = ("rue", "avenue", "av.", "boulevard", "bd", "place", "quai", "allée", "impasse",
                "chemin", "route", "cours", "passage", "square", "villa", "faubourg",
                "rond-point", "esplanade", "parvis", "promenade")
STREET = re.compile(
    rf"[0-9]{{1,4}}(?:{SP}?(?:bis|ter|[A-Da-d]))?,?{SP}+"
    rf"(?:(?i:{'|'.join(map(re.escape, STREET_WORDS))})"
    rf"{SP}+(?:d[eu]s?\b|d['’]|l[ae]\b|l['’]|[A-ZÀ-Ý])"
    rf"|(?:[A-Z][\w'’.-]*{SP}+){{1,3}}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard"
    rf"|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Place|Square|Way|Court|Terrace|Row|Parkway)\b)")
POSTCODE = re.compile(rf"[0-9]{{5}}{SP}+(?:[A-ZÀ-Ý][\w'’-]*|CEDEX)")


def _special_head(day_month: str) -> str:
    """How a date, a phone number, a time, a street or a postcode starts at a number.

    Each pattern cut short, a word list standing for how its words start (`_heads`): a
    superset (when this fails, they all do) tried first at every number, where most are
    none of these. By the length of the run of digits, read once: what may follow it.
    `day_month`: what may follow a day (one or two digits) in a date.
    """
    street = rf"(?:{SP}?(?:bis|ter|[A-Da-d]))?,?{SP}+(?:[A-Z]|{_heads(STREET_WORDS)})"
    after = {1: rf"[/.:]|{SP}?[hHaApP]|{street}|{day_month}",  # dates, TIME, STREET
             3: rf"[-.]|{street}",  # PHONE ("555-123-4567"), STREET
             4: rf"-|{street}",  # ISO_DATE, STREET
             5: rf"{SP}+[A-ZÀ-Ý]"}  # POSTCODE
    after[2] = after[1]
    pattern = ""
    for digits in range(5, 0, -1):
        pattern = f"[0-9](?:{pattern}{'|' if pattern else ''}{after[digits]})"
    return f"0|{pattern}"  # "0…": PHONE, LOCAL_PHONE


SIGNS = "-−+"
DIGITS = re.compile(r"[0-9][0-9]*")  # not [0-9]+: a class first is what makes it fast
# "2019-2023", "3-1", "24/7", "L.1233-3": a digit run joined to another by - / : is no figure.
JOINED = re.compile(r"[-–/:][0-9]")
JOINED_RUN = re.compile(r"[0-9]*(?:[-–/:.][0-9]+)*")
NOT_DIGIT = re.compile(r"[^0-9]")  # thousands separators, dropped to read the value
ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9-])")
LEFT_WORD = re.compile(rf"([^\W\d_][\w&'’.°-]*){SP}$")
DOMAIN = re.compile(r"\.(?:com|org|net|fr|io|eu|gouv|edu|gov|uk|de|be|ch|info|html?|php"
                    r"|aspx?)\b", re.IGNORECASE)
CURRENCY_LAST_WORDS = _last_words([*CURRENCY_SYMBOLS, *ISO_CODES])
# After "March 14": an ordinal suffix and a year ("March 14th, 2025").
DAY_TAIL = re.compile(rf"(?:st|nd|rd|th)?(?:,?{SP}+(?P<y>[0-9]{{4}})(?![0-9]))?")
BEFORE = 24  # the longest window of a backward search before a number (`_before`)
LINK_LIMIT = 200  # how far to look for the edges of a URL around a number
MAX_DIGITS = 30  # longer digit runs (with their separators) are no figures
MAX_WORDS = 16  # number words read at once: "deux millions trois cent mille" is six


# --- Language tables -----------------------------------------------------------------------

FR_FACTORS = {"mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
              "milliards": 10**9, "billion": 10**12, "billions": 10**12, "Md": 10**9,
              "Mds": 10**9, "Mrd": 10**9, "Mrds": 10**9, "md": 10**9, "mds": 10**9, "M": 10**6,
              "k": 10**3, "K": 10**3}
EN_FACTORS = {"thousand": 10**3, "thousands": 10**3, "million": 10**6, "millions": 10**6,
              "billion": 10**9, "billions": 10**9, "trillion": 10**12, "trillions": 10**12,
              "bn": 10**9, "bln": 10**9, "b": 10**9, "B": 10**9, "mn": 10**6, "mln": 10**6,
              "m": 10**6, "M": 10**6, "tn": 10**12, "trn": 10**12, "k": 10**3, "K": 10**3}

FR_QUALIFIERS = {
    **dict.fromkeys(["plus de", "plus d'", "un peu plus de", "un peu plus d'", "bien plus de",
                     "au-delà de", "bien au-delà de"], "more than"),
    **dict.fromkeys(["moins de", "moins d'", "un peu moins de", "un peu moins d'",
                     "bien moins de"], "less than"),
    **dict.fromkeys(["près de", "près d'", "presque", "quasiment", "pratiquement",
                     "pas loin de"], "nearly"),
    **dict.fromkeys(["environ", "quelque", "autour de", "autour d'", "de l'ordre de",
                     "de l'ordre d'", "aux alentours de", "approximativement", "à peu près"],
                    "about"),
    **dict.fromkeys(["au moins", "pas moins de", "pas moins d'", "au minimum"], "at least"),
    **dict.fromkeys(["au plus", "tout au plus", "pas plus de", "pas plus d'", "au maximum"],
                    "at most"),
    "jusqu'à": "up to",
}
EN_QUALIFIERS = {
    **dict.fromkeys(["more than", "over", "just over", "well over", "upwards of", "in excess of",
                     "above", "just above", "well above", "far more than"], "more than"),
    **dict.fromkeys(["less than", "fewer than", "under", "just under", "well under", "below",
                     "just below", "well below", "far fewer than"], "less than"),
    **dict.fromkeys(["about", "around", "approximately", "roughly", "some", "an estimated",
                     "circa"], "about"),
    **dict.fromkeys(["nearly", "almost", "close to", "just shy of"], "nearly"),
    **dict.fromkeys(["at least", "no fewer than", "no less than", "a minimum of"], "at least"),
    **dict.fromkeys(["at most", "no more than", "a maximum of"], "at most"),
    **dict.fromkeys(["up to", "as many as", "as much as"], "up to"),
}
# Before a year alone, in the span; the qualifier they give the date.
FR_YEAR_PREPS = {"en": "", "depuis": "since", "avant": "before", "après": "after",
                 "au-delà de": "after", "d'ici": "by", "d'ici à": "by", "jusqu'en": "until",
                 "jusqu'à": "until", "dès": "from"}
EN_YEAR_PREPS = {"in": "", "since": "since", "before": "before", "after": "after",
                 "beyond": "after", "by": "by", "until": "until"}

FR_GROUPS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
             "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
             "millier": 1000, "million": 10**6, "milliard": 10**9}
FR_GROUPS.update({k + "s": v for k, v in list(FR_GROUPS.items())})
EN_GROUPS = {"dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100, "thousand": 1000,
             "thousands": 1000, "million": 10**6, "millions": 10**6, "billion": 10**9,
             "billions": 10**9}
# French magnitudes that are nouns: their counted noun takes "de" ("3 millions de personnes").
FR_NOUN_MAGNITUDES = {"million", "millions", "milliard", "milliards", "billion", "billions",
                      *FR_GROUPS}
FR_DETERMINERS = ["plusieurs", "quelques", "des", "les", "ces", "un", "une"]
EN_DETERMINERS = ["several", "a few", "few", "many", "a", "tens of", "hundreds of",
                  "dozens of"]

FR_NUMBER_WORDS = ("zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze "
                   "treize quatorze quinze seize vingt vingts trente quarante cinquante "
                   "soixante cent cents mille million millions milliard milliards").split()
EN_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve "
                   "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
                   "forty fifty sixty seventy eighty ninety hundred thousand million billion "
                   "trillion").split()
# Between a number and its noun: "2 000 nouveaux postes", "1,000 new jobs".
FR_ADJECTIVES = ("nouveaux nouvelles autres anciens anciennes jeunes premiers premières "
                 "derniers dernières prochains prochaines suivants suivantes précédents "
                 "précédentes").split()
EN_ADJECTIVES = ("new more other additional extra former current full-time part-time young "
                 "local further straight consecutive").split()


@dataclass(frozen=True)
class Rules:
    """Everything that differs between French and English, compiled once."""

    lang: str
    number: re.Pattern
    magnitude: re.Pattern
    factors: dict[str, Decimal]
    glued_only: frozenset[str]  # magnitudes never spaced ("3m" in English; "3 m" is metres)
    needs_currency: frozenset[str]  # "M", "k": a magnitude only beside a currency
    percent: re.Pattern
    currency_after: re.Pattern
    currency_words: dict[str, str]
    currency_before: re.Pattern
    noun: re.Pattern
    qualifier: re.Pattern
    qualifiers: dict[str, str]
    year_prep: re.Pattern
    year_preps: dict[str, str]
    day_month: re.Pattern
    month_before: re.Pattern
    months: dict[str, int]
    numeric_date: re.Pattern
    words: re.Pattern  # a run of number words (read by text2num)
    words_after: re.Pattern  # `words` after the character before it (see `_word_runs`)
    word: re.Pattern  # one number word in that run
    group: re.Pattern
    groups: dict[str, int]
    group_anchors: tuple[str, ...]  # every group word holds one: str.find spots groups
    determiner_words: int  # the most words a determiner has ("a few": 2)
    known: frozenset[str]  # words that may stand before a number, capitals or not
    special: re.Pattern  # see `_special_head`
    suffix: re.Pattern  # may a magnitude, percent or currency follow? (`_complete`)
    qualifier_last_words: dict[str, tuple[str, ...]]  # for `_may_end`
    year_prep_last_words: dict[str, tuple[str, ...]]
    month_last_words: dict[str, tuple[str, ...]]


def _french() -> Rules:
    month = f"(?i:{_month_alt(FR_MONTHS)})"
    return _compile(
        "fr",
        # "14 000", "14.000", "14’000" (Swiss), "2,5"
        number=(r"(?P<int>[0-9]{1,3}(?:[ \u00a0\u202f'’][0-9]{3})+|[0-9]{1,3}(?:\.[0-9]{3})+"
                r"|[0-9]+)(?:,(?P<frac>[0-9]+))?"),
        factors=FR_FACTORS, glued_only=set(), needs_currency={"M", "k", "K"},
        percent=(rf"{SP}*(?P<pct>%|pour{SP}?cent|pour-cent)(?!\w)"
                 rf"|{SP}+(?P<pt>points?{SP}+de{SP}+pourcentage|pts?{SP}+de{SP}+%)"
                 rf"|{SP}+(?P<bp>points?{SP}+de{SP}+base)(?!\w)"),
        currency_words=FR_CURRENCY_WORDS, subunits=["centimes", "centime"],
        linker=rf"de{SP}+|d{APOS}",
        qualifiers=FR_QUALIFIERS, year_preps=FR_YEAR_PREPS, months=FR_MONTHS,
        month=month,
        day_month=(rf"(?P<d>[0-9]{{1,2}})(?:er|ᵉʳ)?{SP}+(?P<mon>{month})(?!\w)"
                   rf"(?:{SP}+(?P<y>[0-9]{{4}})(?![0-9]))?"),
        day_month_head=rf"(?:er|ᵉʳ)?{SP}+(?:{_heads(FR_MONTHS)})",
        numeric_date=(r"(?P<a>[0-9]{1,2})([/.])(?P<b>[0-9]{1,2})\2(?P<y>[0-9]{4})"
                      r"(?![0-9]|[/.][0-9])"),
        number_words=FR_NUMBER_WORDS, a_one=None,
        joiner=rf"-et-|-|{SP}+et{SP}+(?=(?:un|une|onze)\b)|{SP}+",
        groups=FR_GROUPS, group_anchors=("aine", "illi"), determiners=FR_DETERMINERS,
        group=(rf"(?P<det>{_first_word(FR_DETERMINERS)}){SP}+(?P<g>{_alt(FR_GROUPS)})"
               rf"(?:{SP}+de{SP}+(?P<g2>milliers|millions|milliards))?(?!\w)"),
        adjectives=FR_ADJECTIVES,
    )


def _english() -> Rules:
    month = _month_alt(EN_MONTHS)
    firsts = "".join(sorted({w[0] for w in _capitalised(EN_DETERMINERS + list(EN_GROUPS))}))
    return _compile(
        "en",
        number=r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?",
        factors=EN_FACTORS, glued_only={"m", "b", "k", "K"}, needs_currency={"M", "B", "b"},
        percent=(rf"{SP}*(?P<pct>%|per{SP}?cent|percent|pct)(?!\w)"
                 rf"|{SP}*(?P<pt>percentage{SP}+points?|pp|ppts?)(?!\w)"
                 rf"|{SP}*(?P<bp>basis{SP}+points?|bps?)(?!\w)"),
        currency_words=EN_CURRENCY_WORDS, subunits=["cents", "cent", "pence"],
        linker=rf"of{SP}+",
        qualifiers=EN_QUALIFIERS, year_preps=EN_YEAR_PREPS, months=EN_MONTHS,
        month=month,
        day_month=(rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{SP}+(?:of{SP}+)?(?P<mon>{month})"
                   rf"(?!\w)(?:,?{SP}+(?P<y>[0-9]{{4}})(?![0-9]))?"),
        day_month_head=(rf"(?:st|nd|rd|th)?{SP}+(?:of{SP}+)?"
                        rf"(?:{_heads(EN_MONTHS, ignorecase=False)})"),
        numeric_date=r"(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})/(?P<y>[0-9]{4})(?![0-9]|/[0-9])",
        number_words=EN_NUMBER_WORDS,
        # "a thousand", "a million": text2num reads them as "one thousand".
        a_one=r"(?=(?:hundred|thousand|million|billion|trillion)\b)",
        joiner=rf"-|{SP}+and{SP}+|{SP}+",
        groups=EN_GROUPS, group_anchors=("ozen", "undred", "housand", "illion"),
        determiners=EN_DETERMINERS,
        group=(rf"(?=[{firsts}])(?<![\w-])"
               rf"(?:(?P<det>{_alt(_capitalised(EN_DETERMINERS))}){SP}+)?"
               rf"(?P<g>{_alt(_capitalised(EN_GROUPS))})"
               rf"(?:{SP}+of{SP}+(?P<g2>thousands|millions|billions))?(?!\w)"),
        adjectives=EN_ADJECTIVES,
    )


def _compile(lang: str, *, number: str, factors: dict, glued_only: set, needs_currency: set,
             percent: str, currency_words: dict, subunits: list, linker: str, qualifiers: dict,
             year_preps: dict, months: dict, month: str, day_month: str, day_month_head: str,
             numeric_date: str, number_words: list, a_one: str | None, joiner: str,
             groups: dict, group_anchors: tuple[str, ...], determiners: list, group: str,
             adjectives: list) -> Rules:
    """Compile one language's patterns around the shared ones (signs, currencies...)."""
    ignore = re.IGNORECASE
    word_alt = _alt(number_words)
    number_run = (rf"(?:{_word_start_alt(number_words, a_one)})"
                  rf"(?:(?:{joiner})(?:{word_alt})){{0,{MAX_WORDS - 1}}}(?!\w|-[^\W\d_])")
    symbols = _alt(list(CURRENCY_SYMBOLS) + list(ISO_CODES))
    words = _alt(list(currency_words) + subunits)
    currency_after = re.compile(rf"{SP}*(?P<sym>{symbols})(?![\w$])"
                                rf"|{SP}+(?P<de>{linker})?(?i:(?P<word>{words}))(?!\w)")
    magnitude = re.compile(rf"(?P<sp>{SP}*)(?P<mag>{_alt(factors)})(?!\w)")
    percent = re.compile(percent, ignore)
    day_month, numeric_date = re.compile(day_month), re.compile(numeric_date)
    noun = re.compile(rf"(?P<sp>{SP}*)(?P<link>{linker})?(?:(?P<adj>{_alt(adjectives)}){SP}+)?"
                      r"(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)", ignore)
    if not all(any(a in g for a in group_anchors) for g in _capitalised(groups)):
        raise ValueError(f"{lang}: a group word holds none of {group_anchors}")
    return Rules(
        lang=lang,
        # A sign only after a space or an opening mark; no digit right after a letter, a
        # dot, a slash... ("A320", "v2.3", "24/7", "COVID-19", "n°5", "?id=12").
        number=re.compile(r"(?=[-−+0-9])(?:(?<![^\s(\[«“\"])(?P<sign>[-−+])"
                          r"|(?<![\w.,/:@#&°+−=-]))" + number + r"(?![0-9]|[.,][0-9])"),
        magnitude=magnitude,
        factors={k: Decimal(v) for k, v in factors.items()},
        glued_only=frozenset(glued_only),
        needs_currency=frozenset(needs_currency),
        percent=percent,
        currency_after=currency_after,
        currency_words={_norm(k): v for k, v in currency_words.items()},
        currency_before=re.compile(rf"(?:(?P<sym>{_alt(CURRENCY_SYMBOLS)})"
                                   rf"|(?<!\w)(?P<code>{_alt(ISO_CODES)})){SP}?$"),
        noun=noun,
        # The lookahead rules out at once most places the search tries (`_heads`).
        qualifier=re.compile(rf"(?<![\w-])(?=(?:{_heads(qualifiers)}))(?P<q>{_alt(qualifiers)})"
                             rf"{SP}*$", ignore),
        qualifiers={_norm(k): v for k, v in qualifiers.items()},
        year_prep=re.compile(rf"(?<![\w-])(?P<p>{_alt(year_preps)}){SP}+$", ignore),
        year_preps={_norm(k): v for k, v in year_preps.items()},
        day_month=day_month,
        month_before=re.compile(rf"(?<!\w)(?P<mon>{month}){SP}+$"),
        months={_norm(k): v for k, v in months.items()},
        numeric_date=numeric_date,
        words=re.compile(number_run),
        words_after=re.compile(rf"[^a-zA-Z0-9_-]({number_run})"),
        word=re.compile(rf"a(?={SP})|{word_alt}" if a_one else word_alt, ignore),
        group=re.compile(group),
        groups=groups,
        group_anchors=group_anchors,
        determiner_words=max(len(d.split()) for d in determiners),
        known=frozenset(STOPWORDS | set(qualifiers) | {_norm(m) for m in months} | DAYS
                        | {c.lower() for c in ISO_CODES}),
        special=re.compile(_special_head(day_month_head)),
        suffix=_any_of(magnitude, percent, currency_after),
        qualifier_last_words=_last_words(qualifiers),
        year_prep_last_words=_last_words(year_preps),
        month_last_words=_last_words([*months, *(f"{m}." for m in months)]),
    )


RULES = {"fr": _french(), "en": _english()}


@lru_cache(maxsize=1)
def _text2num():
    """text2num's reader of numbers in words, or None: it is an optional extra (`nlp`)."""
    try:
        from text_to_num import text2num
    except ImportError:
        return None
    return text2num


# --- Public entry point --------------------------------------------------------------------

def find_figures(text: str, lang: str) -> list[Suggestion]:
    """Figures in `text` ("fr" or "en"), sorted by start and never overlapping."""
    rules = RULES.get((lang or "")[:2].lower())
    if rules is None:
        raise ValueError(f"figures: unsupported language {lang!r} (expected 'fr' or 'en')")
    found = _digit_figures(text, rules)
    found += _group_figures(text, rules)
    if _text2num() is not None:
        found += _word_figures(text, rules)
    return _without_overlaps(found)


def _without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    """Earliest first; of two that overlap, the one starting first (or longer) wins."""
    kept: list[Suggestion] = []
    # By start, the longest first: by end, then (stable) by start. attrgetter keys spare
    # a Python call per figure.
    found = sorted(found, key=attrgetter("end"), reverse=True)
    found.sort(key=attrgetter("start"))
    for s in found:
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
    return kept


# --- Numbers in digits ---------------------------------------------------------------------

def _digit_figures(text: str, r: Rules) -> list[Suggestion]:
    """Figures around digit runs; a date, a phone number... is skipped as a whole."""
    found: list[Suggestion] = []
    resume = 0  # candidates before this were part of a date, phone number, street...
    for m in _numbers(text, r):
        if m.start() < resume:
            continue
        special = _may_be_special(text, r, m)
        before = _before(text, m.start())
        figure = _date_at(text, r, m, special, before)
        if figure is None:
            skip_to = _excluded(text, r, m, special)
            if skip_to is not None:
                resume = skip_to
                continue
            figure = _digits_figure(text, r, m, before)
        if figure is not None:
            found.append(figure)
            resume = figure.end
    return found


def _numbers(text: str, r: Rules) -> Iterator[re.Match]:
    """`r.number.finditer(text)`, faster.

    `r.number` opens with lookarounds, which make the regex engine try it at every
    position. DIGITS opens with a character class the engine skips to directly; a number
    starts with a run of digits or with the sign just before it.
    """
    end = 0
    for digits in DIGITS.finditer(text):
        start = digits.start()
        m = None
        if start > end and text[start - 1] in SIGNS:
            m = r.number.match(text, start - 1)
        if m is None and start >= end:
            m = r.number.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def _may_be_special(text: str, r: Rules, m: re.Match) -> bool:
    """False when no date, phone number, time, street or postcode starts at this number.

    One match of how they start (`r.special`) spares trying each pattern at most numbers;
    after a sign or an opening parenthesis (where a phone number may start) they are tried.
    """
    start = m.start()
    if start != m.start("int") or start and text[start - 1] == "(":
        return True
    return r.special.match(text, start) is not None


def _excluded(text: str, r: Rules, m: re.Match, special: bool) -> int | None:
    """Where a non-figure around this number ends (a phone number, a time...), else None.

    `special`: False when `_may_be_special` ruled out the phone numbers, times...
    """
    start, end = m.start("int"), m.end()
    if end - start > MAX_DIGITS:
        return end  # a serial number or a table row glued by spaces, never a press figure
    if special:
        opener = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "(" else m.start()
        for pattern, at in ((PHONE, opener), (TIME, start), (STREET, start),
                            (POSTCODE, start)):
            found = pattern.match(text, at)
            if found:
                return found.end()
        local = LOCAL_PHONE.match(text, start)
        if local and sum(c.isdigit() for c in local.group()) >= 9:
            return local.end()
    if JOINED.match(text, end):
        return JOINED_RUN.match(text, end).end()
    if ORDINAL.match(text, end) or _after_name(text, r, m.start()):
        return end  # "1er", "3rd"; "CAC 40", "article 5"
    if _in_link(text, start, end):
        return end
    return None


def _after_name(text: str, r: Rules, start: int) -> bool:
    """True after a name, acronym or reference word: "CAC 40", "iOS 17", "article 5"."""
    if not start or text[start - 1] not in SPACES and text[start - 1] != "\n":
        return False  # LEFT_WORD ends on a space (or a space and a final newline)
    # The word holds no space: the search may start after the last one before it.
    lo = max(0, start - 24)
    m = LEFT_WORD.search(text, max(lo, text.rfind(" ", lo, start - 2) + 1), start)
    return m is not None and _is_name(m.group(1), r.lang)


@lru_cache(maxsize=4096)
def _is_name(word: str, lang: str) -> bool:
    """Whether `word` is a name or reference a number after it belongs to (few words stand
    before numbers: cached)."""
    r = RULES[lang]
    key = word.lower().replace("’", "'").rsplit("'", 1)[-1]
    if key in NAMES or key.rstrip(".") in NAMES:
        return True
    if key.rstrip(".") in r.known or word.islower():
        return False  # a word in lower case is no acronym and has no inner capital
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    acronym = 2 <= len(letters) <= 4 and capitals == len(letters)  # "CAC", "SBF", "JO"
    inner_capital = 0 < capitals and word[0].islower()  # "iOS", "macOS", "eBay"
    return acronym or inner_capital


def _in_link(text: str, start: int, end: int) -> bool:
    """True when the number is part of a URL, an e-mail address or a path."""
    if (not start or text[start - 1].isspace()) and (end == len(text) or text[end].isspace()):
        return False  # a number between spaces: the common case
    left = start
    while left > max(0, start - LINK_LIMIT) and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < min(len(text), end + LINK_LIMIT) and not text[right].isspace():
        right += 1
    if left == start and right == end:
        return False
    token = text[left:right]
    return ("@" in token or "://" in token or "www." in token.lower()
            or "/" in text[left:start] or DOMAIN.search(token) is not None)


@lru_cache(maxsize=4096)
def _number_value(integer: str, fraction: str | None, sign: str | None) -> Decimal:
    """The value of a number read in digits ("14 000", "2", "5", "-"): often the same."""
    digits = NOT_DIGIT.sub("", integer)
    value = Decimal(f"{digits}.{fraction}" if fraction else digits)
    return -value if sign in ("-", "−") else value


def _digits_figure(text: str, r: Rules, m: re.Match, before: str | None) -> Suggestion | None:
    """The figure around a number in digits, a year alone as a date, or None.

    `before`: `_before(text, m.start())`.
    """
    sign, integer, fraction = m.group("sign", "int", "frac")
    number_start, end = m.span()
    currency, start = _currency_before(text, r, number_start, before)
    figure = _complete(text, r, start, end, _number_value(integer, fraction, sign),
                       magnitude="", currency=currency, confidence=0.5,
                       before=_before(text, start) if currency else before)
    if figure.end == end and text[end:end + 1].isalnum():
        return None  # letters glued to the number that no rule reads: "5G", "3D", "1990s"
    plain_year = not sign and not fraction and len(integer) == 4 and integer.isdigit()
    if plain_year and figure.kind == "number":
        return _year(text, r, number_start, end, figure, before) or figure
    return figure


def _currency_before(text: str, r: Rules, start: int, before: str | None) -> tuple[str, int]:
    """The ISO code of a currency written just before `start` ("$", "US$ ", "EUR "), if any."""
    if not _may_end(before, CURRENCY_LAST_WORDS):
        return "", start
    m = r.currency_before.search(text, max(0, start - 5), start)
    if m is None:
        return "", start
    code = m.group("code") or CURRENCY_SYMBOLS.get(m.group("sym"), "")
    return (code, m.start()) if code else ("", start)


def _year(text: str, r: Rules, start: int, end: int, figure: Suggestion,
          before: str | None) -> Suggestion | None:
    """A year alone: a date, more likely after "en", "since", "d'ici à" (not in the span).

    The preposition gives the qualifier ("d'ici à 2027" → "by"); "plus de 2000" stays a
    number.
    """
    year = int(figure.value)
    prep = _may_end(before, r.year_prep_last_words) and r.year_prep.search(
        text, max(0, start - 20), start)
    if prep and 1000 <= year <= 2199:
        return _date(text, start, end, str(year), 0.5, r.year_preps.get(_norm(prep["p"]), ""))
    if 1900 <= year <= 2099 and not figure.qualifier:
        return _date(text, start, end, str(year), 0.3)
    return None


# --- What surrounds a number: magnitude, unit, qualifier -----------------------------------

def _complete(text: str, r: Rules, start: int, end: int, value: Decimal, *, magnitude: str,
              currency: str, confidence: float, before: str | None) -> Suggestion:
    """The figure around a number read from `start` to `end`, with what surrounds it.

    `magnitude`: the magnitude or group word already read ("millions", "milliers"), which
    decides whether "de"/"of" may link the counted noun; `currency`: an ISO code read
    before the number; `before`: `_before(text, start)`.
    """
    # Most numbers have no magnitude, percent or currency after them: one match says so.
    suffix = r.suffix.match(text, end) is not None
    if not magnitude and suffix:
        mag = _magnitude(text, r, end, currency)
        if mag is not None:
            value, end, magnitude = value * r.factors[mag[0]], mag[1], mag[0]
    kind, unit = "number", ""
    percent = None if currency or not suffix else r.percent.match(text, end)
    after = None if percent or not suffix else _currency_after(text, r, end, magnitude)
    noun = None
    if not (percent or after or currency):
        noun = _counted_noun(text, r, end, _link(r, magnitude), value) or _hyphenated(text, end)
    if percent:
        kind, end = "percent", percent.end()
        unit = "pt" if percent.group("pt") else "bp" if percent.group("bp") else "%"
        confidence += 0.4
    elif after or currency:
        kind, unit = "amount", after[0] if after else currency
        if after:
            value, end = value * after[2], after[1]
        confidence += 0.4
    elif noun:
        kind, unit, end = "count", noun[0], noun[1]
        confidence += 0.25
    elif magnitude:
        confidence += 0.2
    elif abs(value) < 10:
        confidence -= 0.2  # a lone small number ("3") is seldom worth checking
    qualifier = ""
    q = _may_end(before, r.qualifier_last_words) and r.qualifier.search(
        text, max(0, start - 24), start)
    if q:
        qualifier, start = r.qualifiers.get(_norm(q.group("q")), ""), q.start()
    return _figure(start, end, text[start:end], round(min(confidence, 0.95), 2), kind,
                   _plain(value), unit, qualifier)


def _figure(start: int, end: int, text: str, confidence: float, kind: str,
            value: int | float | str, unit: str, qualifier: str) -> Suggestion:
    """Suggestion("figure", start, end, text, confidence, kind=kind, value=value...).

    Built without the frozen dataclass's __init__, which sets each of its dozen fields
    through object.__setattr__: that took a fifth of the time spent on a figure. The
    instance is the same: every field set, the others at their defaults.
    """
    if not _PLAIN_SUGGESTION:
        return Suggestion("figure", start, end, text, confidence, kind=kind, value=value,
                          unit=unit, qualifier=qualifier)
    figure = object.__new__(Suggestion)
    object.__setattr__(figure, "__dict__", dict(
        _SUGGESTION_DEFAULTS, category="figure", start=start, end=end, text=text,
        confidence=confidence, kind=kind, value=value, unit=unit, qualifier=qualifier))
    return figure


_SUGGESTION_DEFAULTS = {f.name: f.default for f in fields(Suggestion)}
# Only for a plain dataclass: no __post_init__, no __slots__, a default for every field
# `_figure` does not set (a new field with a default_factory would fall back).
_PLAIN_SUGGESTION = (
    not hasattr(Suggestion, "__post_init__") and not hasattr(Suggestion, "__slots__")
    and all(v is not MISSING for k, v in _SUGGESTION_DEFAULTS.items()
            if k not in ("category", "start", "end", "text", "confidence")))


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _magnitude(text: str, r: Rules, pos: int, currency: str) -> tuple[str, int] | None:
    """("milliards", end) for " milliards", "bn", "Md" right after a number."""
    m = r.magnitude.match(text, pos)
    if m is None:
        return None
    mag = m.group("mag")
    if mag in r.glued_only and m.group("sp"):
        return None  # "3 m" is three metres
    if mag in r.needs_currency and not currency:
        after = r.currency_after.match(text, m.end())
        if not after or after.group("de"):
            return None  # "3M" is a company, "3 M€" three million euros
    return mag, m.end()


def _currency_after(text: str, r: Rules, pos: int,
                    magnitude: str) -> tuple[str, int, Decimal] | None:
    """(ISO code, end, factor) for "€", " USD", " d'euros", " cents" (0.01) at `pos`."""
    m = r.currency_after.match(text, pos)
    if m is None:
        return None
    if m.group("sym"):
        code = m.group("sym")
        return CURRENCY_SYMBOLS.get(code, code), m.end(), Decimal(1)
    word = _norm(m.group("word"))
    if not magnitude and word in AFTER_MAGNITUDE_ONLY:
        return None  # "2 livres" are books; "3 millions de livres", pounds
    if word in r.currency_words:
        return r.currency_words[word], m.end(), Decimal(1)
    if word in SUBUNITS and not magnitude:
        code, per_unit = SUBUNITS[word]
        return code, m.end(), per_unit
    return None


def _link(r: Rules, magnitude: str) -> str:
    """May "de"/"of" stand before the counted noun: "required", "allowed" or "no"?

    French "millions", "milliards" and groups are nouns: "3 millions de personnes", never
    "3,6 milliards attendus" (a participle); "deux mille salariés" takes no "de".
    """
    if not magnitude:
        return "no"
    if r.lang == "fr":
        return "required" if magnitude.lower() in FR_NOUN_MAGNITUDES else "no"
    return "allowed"


def _counted_noun(text: str, r: Rules, pos: int, link: str,
                  value: Decimal) -> tuple[str, int] | None:
    """("salariés", end) for the noun a number counts.

    Past one, the noun must look plural: "2024 compte" (a verb) and "the 2024 election" (a
    year as modifier) count nothing. Up to two English noun modifiers come along:
    "14,000 job cuts", "1,000 video game workers".
    """
    m = r.noun.match(text, pos)
    if m is None:
        return None
    spaces, linked, noun = m.group("sp", "link", "noun")
    if link == "required" and not linked or link == "no" and linked:
        return None
    if noun in UNITS:
        return noun, m.end()
    if not spaces or not _is_noun(noun, r.lang):
        return None  # no noun, or letters glued to the number: an identifier
    several = value >= 2 if r.lang == "fr" else value != 1
    if not several or _plural(r, noun.lower()):
        return noun.lower(), m.end()
    if r.lang == "en":
        words, end = [noun], m.end()
        while len(words) < 3 and (head := COMPOUND.match(text, end)):
            if not _is_noun(head.group(1), r.lang):
                break
            words.append(head.group(1))
            end = head.end()
            if _plural(r, head.group(1).lower()):
                return " ".join(words).lower(), end
    return None


def _hyphenated(text: str, pos: int) -> tuple[str, int] | None:
    """("day", end) for a compound adjective: "a 30-day consultation", "a 38-page ruling"."""
    m = HYPHEN_NOUN.match(text, pos)
    return (m.group(1).lower(), m.end()) if m and m.group(1)[0].islower() else None


@lru_cache(maxsize=4096)
def _is_noun(word: str, lang: str) -> bool:
    """Whether `word` may be a counted noun (cached: the same nouns follow numbers)."""
    r = RULES[lang]
    lower = word.lower()
    return (word[0].islower() and len(word) >= 2 and lower not in STOPWORDS
            and lower not in r.known and _norm(word) not in r.months and lower not in r.factors)


def _plural(r: Rules, noun: str) -> bool:
    if r.lang == "fr":
        return noun.endswith(("s", "x", "z"))
    return noun.endswith("s") or noun in EN_PLURALS


# --- Dates ---------------------------------------------------------------------------------

def _date(text: str, start: int, end: int, value: str, confidence: float,
          qualifier: str = "") -> Suggestion:
    return _figure(start, end, text[start:end], confidence, "date", value, "date", qualifier)


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    """"2023-01-18", "2023-01" or "--01-18" for a real calendar date, else None."""
    try:
        date(year or 2000, month, day or 1)  # 2000 is a leap year: "--02-29" is valid
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _date_at(text: str, r: Rules, m: re.Match, special: bool,
             before: str | None) -> Suggestion | None:
    """A date that starts at, or whose month stands just before, this number.

    `special`: False when `_may_be_special` ruled out a date starting at the number;
    `before`: `_before(text, m.start())`.
    """
    if m.group("sign"):
        return None
    if not special:
        return _month_first(text, r, m, before)
    start = m.start("int")
    iso = ISO_DATE.match(text, start)
    if iso:
        value = _iso(int(iso[1]), int(iso[2]), int(iso[3]))
        return _date(text, start, iso.end(), value, 0.95) if value else None
    numeric = r.numeric_date.match(text, start)
    if numeric:
        return _numeric_date(text, r, numeric)
    written = r.day_month.match(text, start)
    if written:
        year = int(written.group("y")) if written.group("y") else None
        value = _iso(year, _month(r, written.group("mon")), int(written.group("d")))
        if value:
            return _date(text, start, written.end(), value, 0.9 if year else 0.7)
    return _month_first(text, r, m, before)


def _month(r: Rules, name: str) -> int:
    key = _norm(name).rstrip(".")
    if key not in r.months:
        # The patterns ignore case, which also lets "ſ", "ı", "İ" and the Kelvin sign
        # stand for s, i, i and k: read them the same way here.
        key = key.casefold().replace("\u0307", "").replace("ı", "i")
    return r.months[key]


def _numeric_date(text: str, r: Rules, m: re.Match) -> Suggestion | None:
    first, second, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    day, month = (first, second) if r.lang == "fr" or first > 12 else (second, first)
    value = _iso(year, month, day)
    return _date(text, m.start(), m.end(), value, 0.85) if value else None


def _month_first(text: str, r: Rules, m: re.Match, before: str | None) -> Suggestion | None:
    """ "mars 2025", "March 2025", "March 14, 2025", "March 18" (English only)."""
    if m.group("frac") or not _may_end(before, r.month_last_words):
        return None
    month = r.month_before.search(text, max(0, m.start() - 16), m.start())
    if month is None:
        return None
    number = m.group("int")
    mon = _month(r, month.group("mon"))
    if len(number) == 4 and number.isdigit():
        value = _iso(int(number), mon, None)
        return _date(text, month.start(), m.end(), value, 0.85) if value else None
    if r.lang != "en" or len(number) > 2:
        return None
    rest = DAY_TAIL.match(text, m.end())
    year = int(rest.group("y")) if rest.group("y") else None
    value = _iso(year, mon, int(number))
    if value is None:
        return None
    return _date(text, month.start(), rest.end(), value, 0.9 if year else 0.7)


# --- Approximate groups: "plusieurs milliers", "thousands of", "une centaine" ---------------

def _group_figures(text: str, r: Rules) -> list[Suggestion]:
    """ "plusieurs milliers de salariés", "thousands of jobs": the lower bound, "several"."""
    found = []
    for m in _group_matches(text, r):
        read = _group_value(r, m)
        if read is None:
            continue
        value, qualifier = read
        figure = _complete(text, r, m.start(), m.end(), Decimal(value),
                           magnitude=m.group("g2") or m.group("g"), currency="", confidence=0.45,
                           before=_before(text, m.start()))
        if figure.kind == "number" and m.group("g").lower() == "quarantaine":
            continue  # "une quarantaine" alone is a quarantine
        found.append(figure if figure.qualifier else replace(figure, qualifier=qualifier))
    return found


def _group_matches(text: str, r: Rules) -> Iterator[re.Match]:
    """`r.group.finditer(text)`, without running `r.group` at every word of the text.

    That scan stops at each "des", "les", "un"... But every group word holds one of a few
    anchors ("aine", "illi"), which str.find spots far faster, and a group starts at its
    group word or at one of the few words before it (determiners are words of letters).
    Matching at those starts in order, each after the previous match, is what finditer does.
    """
    starts = set()
    for anchor in r.group_anchors:
        at = text.find(anchor)
        while at != -1:
            start = _word_start(text, at)
            starts.add(start)
            for _ in range(r.determiner_words):
                before = start
                while before and text[before - 1] in SPACES:
                    before -= 1
                if before == start:
                    break
                start = _word_start(text, before)
                starts.add(start)
            at = text.find(anchor, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (m := r.group.match(text, start)):
            end = m.end()
            yield m


def _word_start(text: str, pos: int) -> int:
    """The start of the run of word characters (regex \\w) that ends at `pos`."""
    while pos and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        pos -= 1
    return pos


def _group_value(r: Rules, m: re.Match) -> tuple[int, str] | None:
    """(lower bound, qualifier) for a group, or None when it is no group."""
    det = _norm(m.group("det") or "")
    g = m.group("g").lower()
    base = r.groups[g] * (r.groups[m.group("g2").lower()] if m.group("g2") else 1)
    plural = g.endswith("s")
    if det in ("un", "une", "a"):
        # "une centaine de", "a dozen"; "un million", "a thousand" are exact: words read them.
        exact = g in ("million", "milliard", "hundred", "thousand", "billion")
        return None if plural or exact else (base, "about")
    if det in ("tens of", "hundreds of", "dozens of"):
        factor = {"tens of": 20, "hundreds of": 200, "dozens of": 24}[det]
        return (base * factor, "several") if plural else None
    if not det and not plural:
        return None  # "thousand" alone: a number word, not a group
    if r.lang == "fr" and not plural:
        return None  # "des million"
    qualifier = "a few" if det in ("quelques", "a few", "few") else "several"
    return 2 * base, qualifier


# --- Numbers in words (text2num) -----------------------------------------------------------

MAGNITUDE_WORDS = {"million", "millions", "milliard", "milliards", "billion", "trillion",
                   "thousand", "hundred", "mille"}
SINGLE_WORDS_SKIPPED = {"un", "une", "one", "zéro", "zero", "million", "millions",
                        "milliard", "milliards", "billion", "trillion", "thousand", "hundred"}


def _word_figures(text: str, r: Rules) -> list[Suggestion]:
    """ "trois millions", "deux cents salariés", "one thousand" (needs text2num)."""
    found = []
    for start, run_end in _word_runs(text, r):
        if text[start:run_end].lower() in SINGLE_WORDS_SKIPPED:
            continue  # "un", "one": articles and pronouns far more often than figures
        tokens = list(r.word.finditer(text, start, run_end))
        read = _read_words(text, r, tokens)
        if read is None:
            continue
        value, end, last = read
        magnitude = last if last in MAGNITUDE_WORDS else ""
        if value < 10 and not magnitude and r.suffix.match(text, end) is None:
            continue  # neither a percentage nor an amount: skipped below, known already
        figure = _complete(text, r, start, end, Decimal(value), magnitude=magnitude,
                           currency="", confidence=0.4, before=_before(text, start))
        if value < 10 and not magnitude and figure.kind not in ("percent", "amount"):
            continue  # "deux années", "three years": too common to be worth checking
        if end == tokens[0].end() and figure.kind == "number":
            continue  # a lone word that counts nothing: "dix" in "les dix"
        found.append(figure)
    return found


def _word_runs(text: str, r: Rules) -> Iterator[tuple[int, int]]:
    """The spans of `r.words.finditer(text)`, faster.

    A run of number words starts the text or follows a character that is no letter, digit
    or hyphen. `r.words_after` opens with that character: a class of ASCII ranges the
    regex engine checks quickly, ahead of the branches on first letters, tried at fewer
    places (a non-ASCII letter goes through: `r.words` checks what stands before a run).
    """
    first = r.words.match(text)
    end = first.end() if first else 0
    if first:
        yield 0, end
    for m in r.words_after.finditer(text, end):
        yield m.span(1)


def _read_words(text: str, r: Rules, tokens: list[re.Match]) -> tuple[int, int, str] | None:
    """(value, end, last word) of the longest leading run text2num reads, else None."""
    start = tokens[0].start()
    for last in range(len(tokens), 0, -1):
        end = tokens[last - 1].end()
        words = _norm(text[start:end])
        if words.startswith("a "):
            words = "one " + words[2:]
        value = _words_value(words, r.lang)
        if value is None:
            continue
        if value >= 2 or last > 1:
            return value, end, _norm(tokens[last - 1].group())
        return None
    return None


@lru_cache(maxsize=4096)
def _words_value(words: str, lang: str) -> int | None:
    """text2num's value of number words, None when it reads none (cached: it is slow, and
    the same words come back: "deux", "trois millions")."""
    try:
        return _text2num()(words, lang)
    except (ValueError, TypeError):
        return None
