"""Words that signal reported speech in French and English press copy.

The quote detector (quotes.py) looks these up token by token in the reporting clause
around a quotation, so every list here holds lower-case surface forms with the straight
apostrophe ("s'inquiète"); the detector folds ’ to ' before looking a token up.

French cue verbs are written once, as lemmas; their third-person forms are generated:

- présent, imparfait and passé simple, singular and plural ("déclare", "déclarent",
  "déclarait", "déclaraient", "déclara", "déclarèrent");
- the past participle in its four agreements, which the detector accepts after an
  auxiliary ("a déclaré", "a-t-elle déclaré", "s'est inquiétée", "se sont inquiétés");
- the inverted forms of an incise, with the euphonic -t- after a vowel ("déclare-t-elle",
  "dit-il", "ajoutent-ils", "a-t-il").

Only the third person is generated: press copy reports others. Future and conditional
simple tenses are left out ("déclarera" announces, it does not report). Regular -er verbs
follow the spelling rules (annonça, jugea, martèle, s'inquiète, rappelle); other verbs
conjugate by their ending (-dire, -crire, -mettre, -venir, -aître…, `_FRENCH_CLASSES`).
Locutions ("mettre en garde") are a verb's forms plus the words that must follow.
English verbs get their -s, past, past participle and -ing forms the same way.

The other lists name what surrounds a speaker: sources ("selon", "according to"),
pronouns, titles, roles ("la ministre", "chief executive"), spokespersons, nouns that
stand for an organisation ("the company"), heads and suffixes of organisation names, and
capitalised words that are no names.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- French ------------------------------------------------------------------------------

#: Lemmas of French verbs that introduce or close a quotation. Reflexive verbs keep their
#: pronoun ("s'inquiéter", "se plaindre"): their forms only count after "se"/"s'".
FRENCH_LEMMAS: tuple[str, ...] = (
    # say, state, write
    "déclarer", "dire", "affirmer", "indiquer", "préciser", "souligner", "estimer",
    "expliquer", "ajouter", "assurer", "résumer", "écrire", "annoncer", "confirmer",
    "raconter", "témoigner", "détailler", "commenter", "noter", "observer", "relever",
    "signaler", "mentionner", "décrire", "développer", "analyser", "compléter",
    # admit, confide, concede
    "reconnaître", "admettre", "confier", "avouer", "concéder", "confesser", "glisser",
    "souffler", "murmurer", "lâcher", "nuancer", "tempérer", "relativiser",
    # insist, warn, promise
    "insister", "marteler", "asséner", "clamer", "proclamer", "rappeler", "avertir",
    "prévenir", "menacer", "exhorter", "promettre", "jurer", "garantir", "certifier",
    "prédire", "exiger", "réclamer", "revendiquer", "plaider", "soutenir", "maintenir",
    # react, answer, continue
    "répondre", "rétorquer", "répliquer", "objecter", "réagir", "poursuivre", "reprendre",
    "conclure", "trancher", "lancer", "renchérir", "abonder", "corriger", "rectifier",
    "démentir", "contester", "réfuter", "interroger", "demander", "ironiser", "plaisanter",
    # blame, regret, worry
    "dénoncer", "regretter", "déplorer", "critiquer", "fustiger", "accuser", "juger",
    "s'inquiéter", "s'agacer", "s'indigner", "s'alarmer", "s'emporter", "s'étonner",
    "s'interroger", "s'exclamer", "s'écrier", "se réjouir", "se féliciter", "se défendre",
    "se plaindre", "se justifier",
)

# Third-group verbs conjugate by their ending. Each row: ending of the lemma → endings of
# (présent 3s, présent 3p, imparfait stem, passé simple 3s, passé simple 3p, participle).
# Rows are tried in order, so a longer ending ("prendre") comes before a shorter one ("endre").
_FRENCH_CLASSES: tuple[tuple[str, tuple[str, str, str, str, str, str]], ...] = (
    ("prendre", ("prend", "prennent", "pren", "prit", "prirent", "pris")),
    ("faire", ("fait", "font", "fais", "fit", "firent", "fait")),
    ("mettre", ("met", "mettent", "mett", "mit", "mirent", "mis")),
    ("crire", ("crit", "crivent", "criv", "crivit", "crivirent", "crit")),
    ("dire", ("dit", "disent", "dis", "dit", "dirent", "dit")),
    ("enir", ("ient", "iennent", "en", "int", "inrent", "enu")),
    ("aître", ("aît", "aissent", "aiss", "ut", "urent", "u")),
    ("clure", ("clut", "cluent", "clu", "clut", "clurent", "clu")),
    ("uivre", ("uit", "uivent", "uiv", "uivit", "uivirent", "uivi")),
    ("aindre", ("aint", "aignent", "aign", "aignit", "aignirent", "aint")),
    ("mentir", ("ment", "mentent", "ment", "mentit", "mentirent", "menti")),
    ("endre", ("end", "endent", "end", "endit", "endirent", "endu")),
    ("ondre", ("ond", "ondent", "ond", "ondit", "ondirent", "ondu")),
    ("ir", ("it", "issent", "iss", "it", "irent", "i")),  # second group: finir
)

# -er verbs that double their consonant instead of taking a grave accent ("rappelle").
_FRENCH_DOUBLING = frozenset({"appeler", "rappeler", "renouveler", "jeter", "rejeter"})
_VOWELS = "aeiouyéèêëàâîïôûù"
_OBSTRUENTS = "bcdfgptv"

_SINGULAR_PRONOUNS = ("il", "elle", "on")
_PLURAL_PRONOUNS = ("ils", "elles")


@dataclass(frozen=True)
class FrenchVerb:
    """The third-person forms of one French cue verb, inversions included."""

    lemma: str
    reflexive: bool
    finite: frozenset[str]        # conjugated forms, plain and inverted ("dit", "dit-elle")
    participles: frozenset[str]   # "déclaré", "déclarée", "déclarés", "déclarées"


def _grave_stem(stem: str, lemma: str) -> str:
    """The présent stem of an -er verb: e/é before a final consonant becomes è.

    "inquiét" → "inquièt", "martel" → "martèl", "révél" → "révèl"; a double consonant
    ("regrett", "interpell"), a cluster that is not consonant + l/r ("comment", "observ")
    or a doubled vowel ("tweet") keeps the stem; a few verbs double the consonant instead.
    """
    if lemma in _FRENCH_DOUBLING:
        return stem + stem[-1]
    i = len(stem) - 1
    while i >= 0 and stem[i] not in _VOWELS:
        i -= 1
    if i <= 0 or stem[i] not in "eé" or stem[i - 1] == "e":
        return stem
    tail = stem[i + 1:]
    single = len(tail) == 1
    liquid_cluster = len(tail) == 2 and tail[0] in _OBSTRUENTS and tail[1] in "lr"
    if single or liquid_cluster:
        return stem[:i] + "è" + tail
    return stem


def _first_group(lemma: str) -> tuple[str, str, str, str, str, str]:
    """Principal parts of a regular -er verb, with the ç/ge spelling before a and o."""
    stem = lemma[:-2]
    hard = stem
    if stem.endswith("c"):
        hard = stem[:-1] + "ç"          # annonça, lançait
    elif stem.endswith("g"):
        hard = stem + "e"               # jugea, interrogeait
    present = _grave_stem(stem, lemma)
    return (present + "e", present + "ent", hard, hard + "a", stem + "èrent", stem + "é")


def _principal_parts(lemma: str) -> tuple[str, str, str, str, str, str]:
    """(présent 3s, présent 3p, imparfait stem, passé simple 3s/3p, participle) of a lemma."""
    if lemma.endswith("er"):
        return _first_group(lemma)
    for ending, parts in _FRENCH_CLASSES:
        if lemma.endswith(ending):
            root = lemma[: -len(ending)]
            return tuple(root + p for p in parts)  # type: ignore[return-value]
    raise ValueError(f"no conjugation rule for {lemma!r}")


def invert(form: str, plural: bool) -> list[str]:
    """The inverted forms of an incise: "déclare-t-il", "dit-elle", "disent-ils".

    A singular form ending in a vowel takes the euphonic -t- ("a-t-il"); one ending in
    t or d does not ("dit-il", "répond-elle"). "-on" is generated but the detector never
    resolves it to a speaker.
    """
    if plural:
        return [f"{form}-{p}" for p in _PLURAL_PRONOUNS]
    joint = "-t-" if form[-1] in _VOWELS else "-"
    return [f"{form}{joint}{p}" for p in _SINGULAR_PRONOUNS]


def _agreements(participle: str) -> set[str]:
    """déclaré → déclaré, déclarée, déclarés, déclarées; admis → admis, admise, admises."""
    if participle.endswith("s"):
        return {participle, participle + "e", participle + "es"}
    return {participle, participle + "e", participle + "s", participle + "es"}


def french_verb(lemma: str) -> FrenchVerb:
    """All third-person cue forms of a French lemma ("s'inquiéter", "dire")."""
    reflexive = lemma.startswith(("s'", "se "))
    bare = lemma[2:] if lemma.startswith("s'") else lemma[3:] if reflexive else lemma
    p3s, p3p, imperfect, past3s, past3p, participle = _principal_parts(bare)
    singular = [p3s, imperfect + "ait", past3s]
    plural = [p3p, imperfect + "aient", past3p]
    finite = set(singular) | set(plural)
    for form in singular:
        finite.update(invert(form, plural=False))
    for form in plural:
        finite.update(invert(form, plural=True))
    return FrenchVerb(lemma, reflexive, frozenset(finite), frozenset(_agreements(participle)))


FRENCH_VERBS: tuple[FrenchVerb, ...] = tuple(french_verb(lemma) for lemma in
                                             dict.fromkeys(FRENCH_LEMMAS))

#: Conjugated forms of the non-reflexive verbs ("déclare", "a"-less forms, inversions).
FRENCH_FINITE: frozenset[str] = frozenset().union(
    *(v.finite for v in FRENCH_VERBS if not v.reflexive))
#: Conjugated forms of the reflexive verbs, without their pronoun ("inquiète-t-elle").
FRENCH_REFLEXIVE_FINITE: frozenset[str] = frozenset().union(
    *(v.finite for v in FRENCH_VERBS if v.reflexive))
#: Past participles in all agreements, accepted only right after an auxiliary.
FRENCH_PARTICIPLES: frozenset[str] = frozenset().union(*(v.participles for v in FRENCH_VERBS))


#: Cue locutions: a verb that reports only with its complement ("a mis en garde",
#: "fait valoir").
FRENCH_LOCUTIONS: tuple[str, ...] = ("mettre en garde", "faire valoir", "faire savoir",
                                     "tirer la sonnette d'alarme")


def _locution_forms() -> tuple[dict[str, tuple[tuple[str, ...], ...]],
                               dict[str, tuple[tuple[str, ...], ...]]]:
    """Finite forms and participles of the locutions' verbs → the words that follow."""
    finite: dict[str, set[tuple[str, ...]]] = {}
    participles: dict[str, set[tuple[str, ...]]] = {}
    for locution in FRENCH_LOCUTIONS:
        lemma, *words = locution.split()
        verb = french_verb(lemma)
        for form in verb.finite:
            finite.setdefault(form, set()).add(tuple(words))
        for form in verb.participles:
            participles.setdefault(form, set()).add(tuple(words))
    return ({k: tuple(v) for k, v in finite.items()},
            {k: tuple(v) for k, v in participles.items()})


#: Locution forms → the words that must follow them: "met" → (("en", "garde"),).
FRENCH_LOCUTION_FINITE, FRENCH_LOCUTION_PARTICIPLES = _locution_forms()


def _auxiliary(singular: tuple[str, ...], plural: tuple[str, ...]) -> frozenset[str]:
    forms = set(singular) | set(plural)
    for form in singular:
        forms.update(invert(form, plural=False))
    for form in plural:
        forms.update(invert(form, plural=True))
    return frozenset(forms)


#: "avoir" in the compound tenses of reported speech (passé composé, plus-que-parfait,
#: passé antérieur, conditionnel passé), plain and inverted: "a", "a-t-il", "avaient-elles".
FRENCH_AUXILIARIES = _auxiliary(("a", "avait", "eut", "aurait"),
                                ("ont", "avaient", "eurent", "auraient"))
#: "être" after "se"/"s'" for reflexive verbs: "s'est", "se sont", "s'est-elle".
FRENCH_REFLEXIVE_AUXILIARIES = _auxiliary(("est", "était", "fut", "serait"),
                                          ("sont", "étaient", "furent", "seraient"))
#: Elided words that may be glued to an auxiliary: "qu'a annoncé", "l'a rappelé".
FRENCH_ELISIONS = ("qu'", "l'", "n'")

#: Adverbs allowed between auxiliary and participle ("a-t-il également souligné"); any
#: word in -ment is allowed too.
FRENCH_ADVERBS = frozenset({
    "également", "aussi", "encore", "ainsi", "alors", "ensuite", "enfin", "déjà", "pourtant",
    "toutefois", "cependant", "donc", "bien", "même", "hier", "notamment", "d'ailleurs",
    "aussitôt", "plutôt", "longtemps", "souvent", "toujours", "jamais", "pas", "lui-même",
    "elle-même",
})

# --- English -----------------------------------------------------------------------------

ENGLISH_LEMMAS: tuple[str, ...] = (
    "say", "tell", "add", "explain", "note", "state", "write", "argue", "warn", "insist",
    "acknowledge", "admit", "claim", "declare", "announce", "assert", "maintain", "reply",
    "respond", "continue", "conclude", "recall", "remark", "observe", "comment", "confirm",
    "concede", "caution", "emphasise", "emphasize", "stress", "suggest", "predict", "promise",
    "vow", "complain", "lament", "tweet", "quip", "joke", "recount", "estimate", "testify",
    "reckon", "exclaim", "scoff", "boast", "deny", "retort", "counter", "allege", "contend",
    "underline", "reiterate", "pledge", "plead", "urge", "grumble",
)

_ENGLISH_IRREGULAR = {  # lemma: (past, past participle)
    "say": ("said", "said"),
    "tell": ("told", "told"),
    "write": ("wrote", "written"),
}
_ENGLISH_DOUBLING = frozenset({"admit", "quip", "regret", "commit"})

#: Plain-form cues where a plural subject is common ("analysts say", "critics argue");
#: other plain forms are too often nouns ("a note", "the state").
_ENGLISH_PLAIN = frozenset({"say", "tell", "warn", "argue", "insist", "claim", "explain",
                            "admit", "acknowledge", "write", "contend", "predict", "complain"})


def english_forms(lemma: str) -> frozenset[str]:
    """-s, past, past participle and -ing forms of an English reporting verb."""
    doubled = lemma + lemma[-1] if lemma in _ENGLISH_DOUBLING else lemma
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma in _ENGLISH_IRREGULAR:
        past, participle = _ENGLISH_IRREGULAR[lemma]
    elif lemma.endswith("e"):
        past = participle = lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past = participle = lemma[:-1] + "ied"
    else:
        past = participle = doubled + "ed"
    if lemma.endswith("e") and not lemma.endswith("ee"):
        gerund = lemma[:-1] + "ing"
    else:
        gerund = doubled + "ing"
    forms = {third, past, participle, gerund}
    if lemma in _ENGLISH_PLAIN:
        forms.add(lemma)
    return frozenset(forms)


#: Every English cue form except those of "tell", whose object is a listener, not a speaker.
ENGLISH_FINITE: frozenset[str] = frozenset().union(
    *(english_forms(lemma) for lemma in ENGLISH_LEMMAS if lemma != "tell"))
#: "X told Reuters": the speaker is always before the verb.
ENGLISH_TELL: frozenset[str] = english_forms("tell")

# --- Sources, pronouns, nouns ------------------------------------------------------------

#: Word sequences that name a source right after them: "selon X", "according to X".
FRENCH_SOURCES: tuple[tuple[str, ...], ...] = (("selon",), ("d'après",))
ENGLISH_SOURCES: tuple[tuple[str, ...], ...] = (("according", "to"), ("in", "the", "words", "of"),
                                                ("quoting",))

#: Subject pronouns and the gender they point to ("" when plural: never resolved).
PRONOUNS: dict[str, str] = {"il": "m", "elle": "f", "he": "m", "she": "f",
                            "ils": "", "elles": "", "they": ""}

#: Titles stripped from a name, with the gender they signal ("" when none).
TITLES: dict[str, str] = {
    "m.": "m", "mm.": "m", "monsieur": "m", "mr": "m", "mr.": "m",
    "mme": "f", "mmes": "f", "mlle": "f", "madame": "f", "mrs": "f", "mrs.": "f",
    "ms": "f", "ms.": "f", "miss": "f",
    "dr": "", "dr.": "", "pr": "", "pr.": "", "me": "",
}

#: Role nouns: they end a capitalised name ("Amazon CEO Andy Jassy" is two names) and may
#: follow a speaker in an incise ("a déclaré Élodie Martin, directrice de l'usine, ...").
ROLES = frozenset({
    "pdg", "p.-d.g.", "ceo", "cfo", "coo", "cto", "dg", "drh", "vp", "président",
    "présidente", "directeur", "directrice", "dirigeant", "dirigeante", "patron", "patronne",
    "ministre", "secrétaire", "porte-parole", "délégué", "déléguée", "responsable",
    "fondateur", "fondatrice", "chef", "cheffe", "député", "députée", "sénateur",
    "sénatrice", "maire", "avocat", "avocate", "économiste", "analyste", "représentant",
    "représentante", "conseiller", "conseillère", "salarié", "salariée", "employé", "employée",
    "syndicaliste", "élu", "élue", "chief", "executive", "president", "chairman",
    "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "minister",
    "secretary", "founder", "head", "leader", "analyst", "economist", "lawyer", "senator",
    "mayor", "representative", "official", "manager", "employee", "worker", "premier",
    "prime", "chercheur", "chercheuse", "commissaire", "commissioner", "juge", "judge",
    "gouverneur", "governor", "négociateur", "négociatrice", "militant", "militante",
    "cadre", "ingénieur", "ingénieure", "boss",
})
#: Roles that name a woman ("la dirigeante"); with "la"/"une" any role does.
FEMININE_ROLES = frozenset(r for r in ROLES if r.endswith(("trice", "ante", "ente", "ée", "euse",
                                                          "ère", "esse", "woman", "cheffe",
                                                          "élue", "avocate", "patronne",
                                                          "ingénieure", "militante")))
#: Who speaks for an organisation without a name: "un porte-parole du groupe",
#: "a spokesperson said". The speaker is the organisation.
SPOKESPERSONS = ("porte-parole", "spokesperson", "spokesman", "spokeswoman", "direction",
                 "représentant", "représentante")

#: Words of job titles written with capitals before a name ("Chief Financial Officer Mark
#: Dunn"): a capitalised name stops at them.
TITLE_WORDS = ROLES | frozenset({
    "officer", "financial", "operating", "technology", "vice", "deputy", "senior", "general",
    "managing", "national", "regional", "interim", "acting", "former", "assistant",
})

#: Last words of organisation names ("Crestline Partners", "Communication Workers Union").
ORGANISATION_SUFFIXES = frozenset({
    "partners", "group", "groupe", "capital", "systems", "technologies", "technology", "inc",
    "corp", "corporation", "ltd", "llc", "plc", "sa", "sas", "gmbh", "ag", "holdings", "bank",
    "associates", "entertainment", "logistics", "labs", "media", "ventures", "airlines",
    "motors", "consulting", "software", "solutions", "services", "networks", "energy",
    "pharma", "industries", "union", "council", "commission", "agency", "institute",
    "university", "party", "court", "board", "alliance", "federation", "association",
    "workers", "gestion", "conseil", "finance", "assurances", "international", "foundation",
    "trust", "fund", "times", "post", "journal", "news", "press", "tribune", "monde",
})

#: Nouns that stand for an organisation already named: "the company", "l'entreprise".
GENERIC_ORGANISATIONS_FR = (
    "entreprise", "société", "groupe", "firme", "géant", "constructeur", "enseigne",
    "compagnie", "équipementier", "fabricant", "banque", "direction", "syndicat", "ministère",
    "gouvernement", "organisation", "start-up", "plateforme", "opérateur", "assureur",
    "distributeur", "laboratoire", "intersyndicale", "collectif", "tribunal", "cour",
    "commission", "association", "fédération", "confédération", "agence", "autorité",
    "parquet", "studio", "éditeur", "cabinet",
)
GENERIC_ORGANISATIONS_EN = (
    "company", "firm", "group", "giant", "carmaker", "automaker", "retailer", "bank", "union",
    "ministry", "government", "organisation", "organization", "startup", "start-up",
    "platform", "operator", "insurer", "lab", "manufacturer", "conglomerate", "agency",
    "employer", "chipmaker", "court", "commission", "regulator", "studio", "publisher",
    "developer", "retailer", "association", "federation", "council", "board",
)

#: Heads of organisation names written with a complement: "le ministère de l'Économie".
ORGANISATION_HEADS = (
    "ministère", "syndicat", "fédération", "confédération", "commission", "mairie",
    "préfecture", "conseil", "cour", "tribunal", "agence", "autorité", "banque", "caisse",
    "chambre", "office", "institut", "observatoire", "association", "parti", "fondation",
    "assemblée", "université", "ministry", "department", "council", "court", "institute",
    "party", "university", "federation", "confederation", "commission", "union",
)

#: Capitalised words that are not names: sentence openers, days, months, pronouns.
NOT_NAMES = frozenset({
    # French
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "mon", "ma", "mes", "il",
    "elle", "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "c", "qu", "en", "au",
    "aux", "à", "dans", "pour", "par", "sur", "sous", "chez", "avec", "sans", "selon",
    "après", "avant", "depuis", "pendant", "lors", "alors", "ainsi", "enfin", "pourtant",
    "cependant", "toutefois", "mais", "et", "ou", "or", "donc", "car", "si", "quand",
    "lorsque", "comme", "contre", "entre", "malgré", "face", "outre", "plus", "moins", "tous",
    "tout", "toute", "toutes", "aucun", "aucune", "chaque", "certains", "plusieurs", "quelque",
    "dès", "vers", "parmi", "là", "ici", "oui", "non", "bref", "certes", "surtout", "déjà",
    "interrogé", "interrogée", "interrogés", "contacté", "contactée", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre", "monsieur", "madame",
    # English
    "the", "a", "an", "in", "at", "for", "of", "to", "by", "with", "from", "but", "and",
    "if", "when", "while", "after", "before", "since", "this", "that", "these", "those",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
    "according", "as", "so", "yet", "still", "however", "meanwhile", "last", "next", "asked",
    "speaking", "there", "then", "now", "today", "yesterday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
    "june", "july", "august", "september", "october", "november", "december", "mr", "mrs",
    "ms", "dr", "said", "says", "quoted", "also", "not", "no", "yes", "one", "some", "many",
    "most", "all", "both", "each", "every", "other", "another", "such", "what", "who", "how",
    "why", "where", "which",
    # acronyms that name no party
    "ai", "ia", "us", "uk", "hr", "ipo", "gdp", "pib", "pme", "tva", "cdi", "cdd", "pse", "cse",
    "rsa", "smic", "usa", "ue", "rh", "tv", "pc", "ok",
})

#: Words that present what follows as a label, not a statement: "baptisé « X »".
LABEL_WORDS = frozenset({
    "intitulé", "intitulée", "intitulés", "intitulées", "baptisé", "baptisée", "baptisés",
    "baptisées", "surnommé", "surnommée", "nommé", "nommée", "dénommé", "dénommée",
    "soi-disant", "prétendu", "prétendue", "titled", "entitled", "dubbed", "called", "named",
    "so-called", "nicknamed", "branded", "labelled", "labeled", "termed", "mot", "terme",
    "expression", "word", "term", "phrase", "slogan", "hashtag", "label", "étiquette",
})
#: Works and programmes named around a capitalised title: "le rapport « L'IA au service
#: du public »", "its 'Starfall' franchise" (a report's quoted words stay quotes).
WORK_NOUNS = frozenset({
    "rapport", "report", "livre", "book", "ouvrage", "film", "série", "series", "émission",
    "show", "programme", "program", "opération", "campagne", "campaign", "projet", "project",
    "plan", "initiative", "dispositif", "titre", "title", "album", "franchise", "jeu",
    "game", "étude", "study", "tribune", "manifeste", "manifesto", "mouvement", "movement",
})
