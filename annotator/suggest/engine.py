"""One entry point: the suggestions for a text, every category, in reading order."""

from __future__ import annotations

from annotator.core.text import guess_language
from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.model import Suggestion

CATEGORIES = ("quote", "figure", "party")


def resolve_language(text: str, lang: str = "auto") -> str:
    """"fr" or "en": as asked, else guessed from the text (French when undecided)."""
    if lang in ("fr", "en"):
        return lang
    return guess_language(text) or "fr"


def suggest(text: str, lang: str = "auto", gazetteer: Gazetteer | None = None,
            use_spacy: bool | None = None,
            categories: tuple[str, ...] = CATEGORIES) -> list[Suggestion]:
    """Suggested quotes (with speakers), figures (with values) and parties (with names).

    use_spacy: None uses spaCy when it is installed, False never, True requires it.
    """
    from annotator.suggest.figures import find_figures
    from annotator.suggest.parties import find_parties
    from annotator.suggest.quotes import find_quotes

    lang = resolve_language(text, lang)
    parties = find_parties(text, lang, gazetteer, use_spacy)
    found: list[Suggestion] = []
    if "party" in categories:
        found += parties
    if "quote" in categories:
        names = [(p.start, p.end, p.name, p.kind) for p in parties]
        found += find_quotes(text, lang, names)
    if "figure" in categories:
        found += find_figures(text, lang)
    return sorted(found, key=lambda s: (s.start, -s.end, CATEGORIES.index(s.category)))
