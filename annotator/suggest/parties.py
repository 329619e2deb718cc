"""Named parties (people and organisations): the gazetteer, spaCy when installed, and rules.

Order of trust, for overlapping finds: the project's gazetteer (an editor said so), then
spaCy's PER/ORG entities (French model, when the `nlp` extra is installed), then rules:
  - a title before a capitalised name ("M.", "Mme", "Dr", "PDG de", "CEO") → a person;
  - two or three capitalised words (with de, du, van, von…) → a person, unless one of them
    says organisation ("Groupe", "Ministère", "Union", "Times"…) → an organisation;
  - an acronym (CGT, AFP) or a known news organisation → an organisation;
  - one capitalised word after "la société", "le groupe", "chez", "the company"… → an
    organisation; other single capitalised words are left out (sentence starts, places).
A person's surname alone, after the full name in the same text, is that person again
("Jassy" → "Andy Jassy"). Places are not parties and are left out.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator

from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.model import Suggestion

_UPPER = "A-ZÀ-ÖØ-ÝŒ"
_LOWER = "a-zß-öø-ÿœ"
# One capitalised word: "Élodie", "Jean-Pierre", "O’Neill", "McDonald"; or an acronym.
_WORD = (rf"(?:[{_UPPER}][{_LOWER}]+(?:[-’'][{_UPPER}]?[{_LOWER}]+)*(?:\.(?:com|fyi|io))?"
         rf"|[{_UPPER}]{{2,6}}\b)")
_PARTICLE = r"(?:de|du|des|de la|d’|d'|van|von|der|den|da|di|del|bin|ben|al|le|la|of|for|&)"
# Words of a name are joined by spaces on one line (never across a line break).
_NAME = re.compile(rf"(?<![\w-]){_WORD}(?:(?:[ \u00a0]+{_PARTICLE}[ \u00a0]*|[ \u00a0]+|-)"
                   rf"{_WORD}){{0,4}}(?![\w-])")
_POSSESSIVE = re.compile(r"[’']s$")
_CAPITALISED = re.compile(rf"(?<![\w-])[{_UPPER}][\w.]*(?![\w-])")

_TITLES = re.compile(
    r"(?:\b(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lord|"
    r"président(?:e)?|PDG|directeur|directrice|ministre|porte-parole|secrétaire|"
    r"député(?:e)?|sénat(?:eur|rice)|maire|patron(?:ne)?|fondat(?:eur|rice)|"
    r"chief executive|CEO|President|Senator|Minister|Judge|juge|avocat(?:e)?|"
    r"spokes(?:man|woman|person)|founder|chairman|chairwoman)\s+(?:de\s+\w+\s+)?)$")
_ORG_CUES = re.compile(
    r"(?:\b(?:la société|l[ae]? groupe|l’entreprise|l'entreprise|le syndicat|la banque|"
    r"le constructeur|le géant|l’éditeur|l'éditeur|la start-up|chez|"
    r"the company|the firm|the group|the union|the bank|the startup|giant|at|"
    r"(?:PDG|patron(?:ne)?|direct(?:eur|rice)|salariés?|CEO|head|boss|employees|staff)"
    r"\s+(?:de|du|d’|d'|of|at))\s*)$",
    re.IGNORECASE)
_ORG_AFTER = re.compile(r"^\s+(?:union|group|company|syndicat|groupe|bank)\b", re.IGNORECASE)
# Institutions named by a head noun, capitalised or not, its adjectives and complements:
# "tribunal judiciaire de Nanterre", "la Cour des comptes", "Confédération paysanne",
# "Agence régionale de santé", "Department for Science, Innovation and Technology".
_HEADS_FR = ("ministère syndicat tribunal conseil banque cour université préfecture agence "
             "autorité commission assemblée confédération fédération caisse office institut "
             "parquet chambre inspection observatoire comité haut-commissariat "
             "direction").split()
_ADJECTIVES_FR = (
    "nationale national paysanne constitutionnel générale général régionale régional "
    "centrale central européenne européen supérieure supérieur judiciaire administratif "
    "administrative pénal départementale départemental municipale municipal fédérale fédéral "
    "internationale international mondiale mondial économique sociale social française "
    "français publique public interministérielle interministériel financier financière "
    "nationaux régionaux").split()
_COMPLEMENTS_FR = (
    "santé comptes travail concurrence cassation appel commerce finances ministres recherche "
    "l’emploi l'emploi sécurité statistique sûreté défense prud’hommes prud'hommes "
    "l’ordre l'ordre l’énergie l'énergie l’environnement l'environnement l’information "
    "l'information agriculture l’informatique l'informatique libertés").split()


def _either_case(word: str) -> str:
    return f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"


_CAP_WORDS = rf"[{_UPPER}][\w’'-]+(?:[ \u00a0][{_UPPER}][\w’'-]+)*"
_OF = r"(?:de la |de l’|de l'|des |du |de |d’|d')"
_FR_TAIL = (rf"(?:[ \u00a0](?:{'|'.join(_ADJECTIVES_FR)})(?![\w-])){{0,2}}"
            rf"(?:[ \u00a0](?:et )?{_OF}(?:{_CAP_WORDS}|(?:{'|'.join(_COMPLEMENTS_FR)})(?![\w-]))"
            rf"(?:[ \u00a0](?:{'|'.join(_ADJECTIVES_FR)})(?![\w-]))?){{0,2}}")
_HAS_COMPLEMENT = re.compile(rf"[ \u00a0]{_OF}")
_HEADED_ORG = re.compile(
    # One pass over the text: a head word in either case (the article a lower-case head
    # needs is checked on the match, not by a look-behind at every character).
    rf"(?<![\w-])(?:{'|'.join(_either_case(w) for w in _HEADS_FR)}){_FR_TAIL}"
    # English: "Department for Levelling Up, Housing and Communities".
    rf"|(?<![\w-])(?:Department|Ministry|Office|Bureau|Agency|Board|Commission|Council)"
    rf" (?:of the |of |for ){_CAP_WORDS}(?:, {_CAP_WORDS})*(?:,? and {_CAP_WORDS})?")
_ORG_WORDS = frozenset(
    "Groupe Group Inc Corp Corporation Ltd SA SAS SARL GmbH AG PLC LLC Co Company Compagnie "
    "Banque Bank Ministère Ministry Ministre Union Syndicat Association Fondation Foundation "
    "Institut Institute Université University Agence Agency Conseil Council Commission Parti "
    "Party Assemblée Sénat Senate Congress Cour Court Tribunal Parlement Parliament Fédération "
    "Federation Confédération Confederation Office Autorité Authority Caisse Fonds Fund "
    "Times Post Journal Monde Figaro News Presse Press Tribune Herald Gazette Courrier "
    "Express Echos Libération Guardian Telegraph Reuters Bloomberg Associated Technologies "
    "Systems Labs Motors Airlines Holdings Partners Capital Services Solutions Software "
    "Research Analytics Consulting Insights Media Entertainment Logistics Semiconductor "
    "Semiconductors Games Studios Studio Energy Networks Telecom Robotics Industries Pharma "
    "Health Ventures Data Digital Cloud Technologies Technology Electronics Retail Workers "
    "Stores Mobility Aerospace Automotive Foods Brands Interactive Trust Board Ministry "
    "Department Treasury Commission Collectif Coalition Alliance".split())
_LEGAL_SUFFIXES = ("Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "PLC", "LLC", "SA",
                   "SAS", "GmbH", "AG", "NV", "SE", "Co.")
_KNOWN_ORGS = frozenset(
    "AFP Reuters Bloomberg AP Associated Press Le Monde Les Echos Le Figaro Libération "
    "Mediapart Amazon Google Alphabet Meta Microsoft Apple Twitter Facebook Tesla Nvidia IBM "
    "Intel Salesforce Netflix Uber Airbnb OpenAI Renault Stellantis Airbus Orange".split())
# Capitalised words that start sentences or name places, months, days: not parties alone.
_NOT_NAMES = frozenset(
    "Le La Les L Un Une Des Du De Il Elle Ils Elles On Nous Vous Je Tu Ce Cette Ces Cet Mais "
    "Et Ou Donc Or Ni Car Pour Par Sur Sous Dans Avec Sans Selon Après Avant Depuis Pendant "
    "Quand Si Comme Alors Ainsi Aussi Enfin Puis Lors Entre Chez Vers Contre Malgré Plus "
    "Moins Tout Tous Toutes Chaque Aucun Aucune Certains Plusieurs Son Sa Ses Leur Leurs "
    "Mon Ma Mes Notre Nos Votre Vos Cela Ceci Ça Voici Voilà Oui Non Lundi Mardi Mercredi "
    "Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août "
    "Septembre Octobre Novembre Décembre The A An It Its He She They We You I This That "
    "These Those But And Or So If When While After Before Since During In On At For From "
    "With Without By Of To As Than Then There Here What Who Why How Some Many Most All Each "
    "Every No Not Yes Our Your Their His Her Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October "
    "November December Mr Mrs Ms Dr M Mme PDG CEO Lire Read Photo Source Sources "
    "France Paris Lyon Marseille Bruxelles Londres London Berlin Europe Allemagne Germany "
    "Espagne Spain Italie Italy Chine China Japon Japan Inde India Russie Russia Ukraine "
    "États-Unis Etats-Unis Amérique America Washington Seattle Californie California "
    "Wall Street Royaume-Uni Britain Canada Québec Afrique Africa Asie Asia "
    "Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec Reporting Editing Writing Additional "
    "Updated Published Photo Photos Image Video Lire Voir Read See Share Partager "
    "En Au Aux À Outre Face Fin Début Officer Financial Secretary".split())
_PLACES = frozenset({"United States", "United Kingdom", "New York", "San Francisco",
                     "Los Angeles", "Hong Kong", "Silicon Valley", "Wall Street"})
# "à Lyon", "in Seattle": places, not parties.
_PLACE_CUE = re.compile(r"(?:\b(?:à|en|in|near|vers|outside|dans l[ae]s?|au large de)\s+)$",
                        re.IGNORECASE)
# "ministre du Travail": the portfolio, not a party.
_PORTFOLIO_CUE = re.compile(r"\b(?:ministre|ministère|secrétaire d’État|secrétaire d'État|"
                            r"minister|secretary)\s+(?:du|de la|de l’|de l'|des|of|for)\s*$",
                            re.IGNORECASE)
# Capitalised nouns that name texts and ideas, not people or organisations.
_NOT_PARTIES = frozenset("Constitution Code Charte Bourse Brexit Covid Internet Web".split())
_STREET_WORDS = frozenset("Street St Avenue Ave Boulevard Blvd Road Rd Lane Drive Square "
                          "Way Highway Parkway Plaza Terrace".split())
_PLACE_PREFIXES = frozenset("San Santa Saint Sainte St Los Las New Fort Port Mount Lake "
                            "Puerto Porto".split())
_STREET_CUE = re.compile(r"\b(?:rue|avenue|boulevard|bd|quai|place|allée|impasse|cours|"
                         r"chemin|square)\s+(?:de la |de l’|de l'|du |des |de |d’|d')?$")
_UNITS = frozenset("USD EUR GBP CHF JPY CNY PIB GDP TVA VAT CAC SBF PDG CEO CFO COO IA AI HR RH "
                   "US UK USA IT PR TV OS PC CV DRH QE PME PMI TPE ETI SMIC RSA CDI CDD "
                   "BTP".split())
# "une agence de notation" is no institution: a lower-case head needs a definite article.
_DEFINITE_BEFORE = re.compile(r"(?:\b(?:[Ll]e|[Ll]a|[Dd]u|[Aa]u|[Dd]es|[Aa]ux) |\b[Ll][’'])$")


def find_parties(text: str, lang: str, gazetteer: Gazetteer | None = None,
                 use_spacy: bool | None = None) -> list[Suggestion]:
    """Party mentions, sorted and not overlapping, each with its canonical name and kind."""
    found: list[Suggestion] = []
    if gazetteer:
        found += [Suggestion("party", m.start, m.end, text[m.start:m.end], 0.95,
                             kind=_party_kind(m.party.kind), name=m.party.name)
                  for m in gazetteer.mentions(text)]
    found += _headed_orgs(text)
    if use_spacy is not False and lang == "fr":
        found += _spacy_parties(text, required=use_spacy is True)
    found += _rule_parties(text)
    chosen = _without_overlaps(found)
    return _link_acronyms(text, _link_short_forms(text, _link_surnames(text, chosen)))


# ---- rules -------------------------------------------------------------------------------


def _headed_orgs(text: str) -> list[Suggestion]:
    """Institutions by their head noun. A head alone ("le tribunal", "Conseil") is not a
    name; a lower-case one needs a complement ("le tribunal administratif" is any such
    court, "le tribunal administratif de Lyon" one of them)."""
    out = []
    for match in _HEADED_ORG.finditer(text):
        name = match.group()
        if " " not in name and "\u00a0" not in name:
            continue
        if name[0].islower() and not (_HAS_COMPLEMENT.search(name) and _DEFINITE_BEFORE.search(
                text, max(0, match.start() - 4), match.start())):
            continue
        name = name.rstrip(" ,")
        out.append(Suggestion("party", match.start(), match.start() + len(name), name, 0.7,
                              kind="organisation", name=name))
    return out



def _rule_parties(text: str) -> list[Suggestion]:
    counts = Counter(_CAPITALISED.findall(text))
    out = []
    for match in _NAME.finditer(text):
        name = match.group()
        if name in _NOT_NAMES:  # "Le", "Selon", "Mardi": the most common capitalised words
            continue
        start = match.start()
        if name[-1] == "s":
            name = _POSSESSIVE.sub("", name)
        if " " in name:
            start, name = _strip_leading_article(start, name)
            # "AFP Franck Le Goff", "CGT Marie Roux": an acronym run into a person's name.
            first, _, rest = name.partition(" ")
            if (first.isupper() and len(first) >= 2 and first not in _UNITS
                    and rest.count(" ") >= 1 and not rest.split()[0].isupper()):
                out += filter(None, [_rule_party(text, start, first, counts)])
                start, name = start + len(first) + 1, rest
        party = _rule_party(text, start, name, counts) if name else None
        if party is not None:
            out.append(party)
    return out


def _rule_party(text: str, start: int, name: str, counts: Counter) -> Suggestion | None:
    if _is_dateline(text, start, name):
        return None
    before = text[max(0, start - 40):start]
    kind, confidence = _kind_by_rules(
        name, before, start == 0 or _sentence_start(text, start),
        lambda word: counts[word] > 1)
    if kind == "person" and _ORG_AFTER.match(text[start + len(name):start + len(name) + 12]):
        kind = "organisation"
    if not kind:
        return None
    return Suggestion("party", start, start + len(name), name, confidence, kind=kind,
                      name=_canonical(name))


_WORDS_OF = re.compile(r"[\w’'-]+")


def _kind_by_rules(name: str, before: str, at_sentence_start: bool,
                   repeated=lambda word: True) -> tuple[str, float]:
    words = _WORDS_OF.findall(name)
    if not words or (len(words) == 1 and words[0] in _NOT_NAMES) or name in _PLACES:
        return "", 0.0
    if any(w in _ORG_WORDS for w in words) or name in _KNOWN_ORGS:
        return "organisation", 0.7
    if _TITLES.search(before):
        return "person", 0.8
    if len(words) == 1:
        word = words[0]
        if word in _UNITS:
            return "", 0.0
        if word.isupper() and len(word) >= 2:
            return "organisation", 0.6
        if _ORG_CUES.search(before):
            return "organisation", 0.6
        if (at_sentence_start or _PLACE_CUE.search(before) or word in _TITLE_WORDS
                or _PORTFOLIO_CUE.search(before) or word in _NOT_PARTIES):
            return "", 0.0
        # A capitalised word inside a sentence is a name; a lone one, most often a company,
        # and a company an article names is named again (a one-off is a heading's word).
        return ("organisation", 0.45) if repeated(word) else ("", 0.0)
    if words[-1] in _TITLE_WORDS or words[0] in _TITLE_WORDS:
        return "", 0.0
    # Addresses and towns: "Howard Street", "rue Victor Hugo", "San Jose", "New Bedford".
    if (words[-1] in _STREET_WORDS or words[0] in _PLACE_PREFIXES
            or _STREET_CUE.search(before)):
        return "", 0.0
    capitalised = [w for w in words if w[:1].isupper()]
    if words[0] in _NOT_NAMES:
        return "", 0.0
    if len(words) >= 4:
        return "organisation", 0.5
    if len(capitalised) >= 2 and not all(w.isupper() for w in capitalised):
        return "person", 0.55 if at_sentence_start else 0.6
    return "", 0.0


def _strip_leading_article(start: int, name: str) -> tuple[int, str]:
    """Leading words that are not names go: "PDG de Nuvia" → "Nuvia", "La CGT" → "CGT",
    "District Judge Maria Delgado" → "Maria Delgado"; "Le Monde" and "The Guardian" stay
    (an article before one word names a title)."""
    words = name.split(" ")
    titles = [i for i, w in enumerate(words[:-1]) if w in _TITLE_WORDS]
    if titles and len(words) - titles[-1] - 1 >= 2:
        cut = titles[-1] + 1
        start += len(" ".join(words[:cut])) + 1
        name = " ".join(words[cut:])
    while True:
        first, _, rest = name.partition(" ")
        if not rest:
            return start, name
        if first in ("La", "Le", "Les", "The") and " " not in rest and not rest.isupper():
            return start, name
        if (first not in _NOT_NAMES and first not in _UNITS and first not in _TITLE_WORDS
                and not _IS_PARTICLE.match(first)):
            return start, name
        start, name = start + len(first) + 1, rest


_IS_PARTICLE = re.compile(rf"^{_PARTICLE}$")
# Capitalised job titles before a name: "Chief Executive Rachel Okafor" → "Rachel Okafor".
_TITLE_WORDS = frozenset(
    "Chief Executive Officer President Vice Senator Minister Prime Judge Director Secretary "
    "General Professor Chairman Chairwoman Chair Governor Mayor Commissioner Spokesman "
    "Spokeswoman Founder Manager Analyst Economist Président Présidente Ministre Premier "
    "Première Directeur Directrice Secrétaire Générale Général Maître Me Sir Dame Lord "
    "Mr Mrs Ms Dr Pr M Mme".split())


def _is_dateline(text: str, start: int, name: str) -> bool:
    """"PARIS (AFP) —", "LOS ANGELES, Jan 5": a capitalised place opening a paragraph."""
    return name.isupper() and (start == 0 or text[start - 1] == "\n") and len(name) > 3


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \u00a0\u202f«“\"")
    return not before or before[-1] in ".!?\n:"


def _canonical(name: str) -> str:
    """"Kestrel Systems Inc" → "Kestrel Systems": the legal form is not the name."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(",") in _LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


def _party_kind(kind: str) -> str:
    return "organisation" if kind == "organisation" else "person"


# ---- spaCy ------------------------------------------------------------------------------


@functools.cache
def french_pipeline():
    """spaCy's French model, loaded once (about 3 s); None when the extra is not installed."""
    try:
        import spacy

        return spacy.load("fr_core_news_sm", exclude=["lemmatizer"])
    except (ImportError, OSError):
        return None


def spacy_available() -> bool:
    try:
        import importlib.util

        return (importlib.util.find_spec("spacy") is not None
                and importlib.util.find_spec("fr_core_news_sm") is not None)
    except (ImportError, ValueError):
        return False


_ELIDED = re.compile(r"^(?:[dlDL][’']|(?:le|la|les|du|des|Le|La|Les)\s+)")
_TITLE_WORD = re.compile(r"^(?:M\.|MM\.|Mme|Mlle|Me|Dr|Pr|Mr\.?|Mrs\.?|Ms\.?)\s+")


def _spacy_parties(text: str, required: bool = False) -> list[Suggestion]:
    nlp = french_pipeline()
    if nlp is None:
        if required:
            raise RuntimeError("spaCy and its French model are not installed "
                               "(pip install 'newsroom-annotator[nlp]')")
        return []
    out = []
    for offset, doc in _paragraph_docs(nlp, text):
        for ent in doc.ents:
            if ent.label_ not in ("PER", "ORG"):
                continue
            start, name = offset + ent.start_char, ent.text
            elided = _ELIDED.match(name) or _TITLE_WORD.match(name)
            if elided:
                start, name = start + elided.end(), name[elided.end():]
            name = name.rstrip(" ,.;:")
            if not name or not name[:1].isupper() or name in _NOT_NAMES:
                continue
            kind = "person" if ent.label_ == "PER" else "organisation"
            if kind == "person" and (name.isupper() or name in _KNOWN_ORGS
                                     or any(w in _ORG_WORDS for w in name.split())):
                kind = "organisation"
            if kind == "person" and " " not in name and not _TITLES.search(
                    text[max(0, start - 40):start]):
                continue  # a lone capitalised word tagged PER is as often a company
            out.append(Suggestion("party", start, start + len(name), name, 0.8, kind=kind,
                                  name=_canonical(name)))
    return out


def _paragraph_docs(nlp, text: str) -> Iterator[tuple[int, object]]:
    """spaCy docs of the paragraphs (spaCy refuses texts over 1,000,000 characters)."""
    starts, pieces = [], []
    position = 0
    for piece in text.split("\n\n"):
        if piece.strip():
            starts.append(position)
            pieces.append(piece)
        position += len(piece) + 2
    yield from zip(starts, nlp.pipe(pieces, batch_size=64), strict=True)


# ---- merging ----------------------------------------------------------------------------


def _without_overlaps(found: list[Suggestion]) -> list[Suggestion]:
    """First come, first kept (the list is in order of trust), then sorted by position."""
    kept: list[Suggestion] = []
    taken = _Spans()
    for s in found:
        if taken.add(s.start, s.end):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)


class _Spans:
    """Non-overlapping spans, sorted: an overlap test is a bisection, not a scan (a 2 MB
    text holds tens of thousands of names)."""

    def __init__(self, spans=()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> bool:
        """Take the span unless it overlaps one taken; whether it was taken."""
        if self.overlaps(start, end):
            return False
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


def _link_surnames(text: str, parties: list[Suggestion]) -> list[Suggestion]:
    """"Jassy" after "Andy Jassy": the same person, by name; also found where rules missed."""
    people: dict[str, str] = {}
    for s in parties:
        surname = s.name.split()[-1] if " " in s.name else ""
        # "Nuvia France" named as a person must not make every "France" that person.
        if s.kind == "person" and surname and surname not in _NOT_NAMES:
            people.setdefault(surname, s.name)
    if not people:
        return parties
    # A surname alone is the person, whatever the rules took it for ("Okafor" is no company).
    out = [s if s.name not in people else
           Suggestion("party", s.start, s.end, s.text, s.confidence, kind="person",
                      name=people[s.name]) for s in parties]
    taken = _Spans((s.start, s.end) for s in out)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, people)) + r")(?![\w-])")
    first_seen: dict[str, int] = {}
    for s in out:
        first_seen.setdefault(s.name, s.start)
    for match in pattern.finditer(text):
        full = people[match.group()]
        if match.start() < first_seen[full]:
            continue
        if not taken.add(match.start(), match.end()):
            continue
        out.append(Suggestion("party", match.start(), match.end(), match.group(), 0.6,
                              kind="person", name=full))
    return sorted(out, key=lambda s: s.start)


_DEFINED_ACRONYM = re.compile(rf"[ \u00a0]\(([{_UPPER}][{_UPPER}\d&]{{1,7}})\)")
_SMALL_WORDS = frozenset("de du des la le les l d of the and for et & à au aux".split())


def _link_acronyms(text: str, parties: list[Suggestion]) -> list[Suggestion]:
    """"Communication Workers Union (CWU)": every "CWU" is that organisation, by name."""
    ends = {s.end: s for s in parties if s.kind == "organisation"}
    full_names: dict[str, str] = {}
    for match in _DEFINED_ACRONYM.finditer(text):
        defined = ends.get(match.start())
        acronym = match.group(1)
        if defined is not None and _initials_fit(acronym, defined.name):
            full_names.setdefault(acronym, defined.name)
    if not full_names:
        return parties
    return [Suggestion("party", s.start, s.end, s.text, s.confidence, kind="organisation",
                       name=full_names[s.text]) if s.text in full_names else s
            for s in parties]


def _initials_fit(acronym: str, name: str) -> bool:
    """CWU for Communication Workers Union, ARS for Agence régionale de santé, CNIL for
    Commission nationale de l'informatique et des libertés: the acronym's letters are
    the initials of the name's words, in order (small words may be skipped)."""
    words = [w for w in re.split(r"[\s’'-]+", name) if w]
    letters = acronym.replace("&", "")
    i = 0
    for word in words:
        if i < len(letters) and word[0].upper() == letters[i]:
            i += 1
        elif word.lower() not in _SMALL_WORDS:
            return False
    return i == len(letters) and letters[0] == words[0][0].upper()


def _link_short_forms(text: str, parties: list[Suggestion]) -> list[Suggestion]:
    """"Kestrel" after "Kestrel Systems", and a company named mid-sentence once, are found
    again wherever they stand (a sentence start included)."""
    forms: dict[str, str] = {}
    for s in parties:
        if s.kind != "organisation":
            continue
        words = s.name.split()
        if len(words) == 1 and words[0][:1].isupper():
            forms.setdefault(words[0], s.name)
        elif (len(words) > 1 and words[0] not in _NOT_NAMES and len(words[0]) > 2
              and words[0][0].isupper()):
            forms.setdefault(words[0], s.name)
    forms = {form: name for form, name in forms.items() if form not in _NOT_NAMES}
    if not forms:
        return parties
    # A mention already found under the short form takes the full name.
    out = [Suggestion("party", s.start, s.end, s.text, s.confidence, kind="organisation",
                      name=forms[s.name]) if s.name in forms and s.name != forms[s.name]
           else s for s in parties]
    taken = _Spans((s.start, s.end) for s in out)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    for match in pattern.finditer(text):
        if not taken.add(match.start(), match.end()):
            continue
        out.append(Suggestion("party", match.start(), match.end(), match.group(), 0.5,
                              kind="organisation", name=forms[match.group()]))
    return sorted(out, key=lambda s: s.start)
