"""The suggestion benchmark's scoring (benchmarks/suggest_eval.py) and its evaluation set.

The engine's own scores are never asserted here: the benchmark reports them beside targets.
Engines below are stand-ins built from the gold annotations.
"""

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import pytest
from pytest import approx

from annotator.suggest.model import Suggestion

# benchmarks/ has no __init__.py: import it as a namespace package from the project root,
# which conftest.py puts on sys.path.
from benchmarks import suggest_eval as ev

DATA = ev.DATA


# ---- overlap -------------------------------------------------------------------------------


@pytest.mark.parametrize("a, b, expected", [
    ((0, 10), (0, 10), 1.0),
    ((0, 10), (2, 10), 0.8),          # 8 shared of 10
    ((0, 10), (5, 15), 5 / 15),
    ((0, 10), (10, 20), 0.0),         # adjacent: nothing shared
    ((0, 10), (20, 30), 0.0),
    ((3, 7), (0, 10), 0.4),           # nested
    ((0, 4), (0, 5), 0.8),
    ((5, 5), (5, 5), 1.0),            # the same empty span
    ((5, 5), (0, 10), 0.0),
])
def test_overlap_is_intersection_over_union(a, b, expected):
    assert ev.span_overlap(a, b) == approx(expected)
    assert ev.span_overlap(b, a) == approx(expected)


# ---- matching ------------------------------------------------------------------------------


def test_threshold_is_inclusive():
    assert ev.match_spans([(0, 10)], [(2, 10)]) == [(0, 0, approx(0.8))]
    assert ev.match_spans([(0, 10)], [(3, 10)]) == []           # 0.7
    assert ev.match_spans([(0, 10)], [(3, 10)], threshold=0.5) == [(0, 0, approx(0.7))]


def test_matching_is_one_to_one():
    # Two suggestions on one gold span: one match, the other is a false positive.
    assert ev.match_spans([(0, 10)], [(0, 10), (0, 9)]) == [(0, 0, 1.0)]
    # Two gold spans, one suggestion: one match.
    assert ev.match_spans([(0, 10), (0, 9)], [(0, 10)]) == [(0, 0, 1.0)]


def test_matching_is_greedy_by_overlap():
    gold = [(0, 10), (1, 10)]
    suggested = [(1, 10)]  # 0.9 with the first, 1.0 with the second: the second wins
    assert ev.match_spans(gold, suggested) == [(1, 0, 1.0)]
    gold = [(0, 10), (0, 12)]
    suggested = [(0, 11), (0, 10)]
    # (0,10)-(0,10) is exact and goes first; (0,12)-(0,11) follows with what is left.
    assert ev.match_spans(gold, suggested) == [(0, 1, 1.0), (1, 0, approx(11 / 12))]


def test_matching_empty_lists():
    assert ev.match_spans([], []) == []
    assert ev.match_spans([(0, 5)], []) == []
    assert ev.match_spans([], [(0, 5)]) == []


# ---- precision, recall, F1 ---------------------------------------------------------------


def test_prf_ordinary():
    assert ev.prf(3, 4, 6) == approx({"precision": 0.75, "recall": 0.5, "f1": 0.6})


@pytest.mark.parametrize("matched, suggested, gold, expected", [
    (0, 0, 0, (1.0, 1.0, 1.0)),   # nothing to find, nothing found
    (0, 0, 5, (0.0, 0.0, 0.0)),   # nothing suggested
    (0, 5, 0, (0.0, 0.0, 0.0)),   # nothing to find, five false positives
    (0, 5, 5, (0.0, 0.0, 0.0)),   # all wrong
    (5, 5, 5, (1.0, 1.0, 1.0)),
])
def test_prf_edge_cases(matched, suggested, gold, expected):
    result = ev.prf(matched, suggested, gold)
    assert (result["precision"], result["recall"], result["f1"]) == approx(expected)


# ---- speakers, values, units -------------------------------------------------------------


@pytest.mark.parametrize("gold, got", [
    ("CGT", "la CGT"),
    ("CGT", "La  CGT"),
    ("Unsa", "l’Unsa"),
    ("Unsa", "L'Unsa"),
    ("Teamsters", "the Teamsters"),
    ("Andy Jassy", "andy  jassy"),
    ("Andy Jassy", " Andy Jassy "),
    ("ministère de l’Économie", "Ministère de l'économie"),
    ("Les Échos", "Échos"),                      # an article is dropped on either side
])
def test_same_speaker(gold, got):
    assert ev.same_speaker(gold, got)


@pytest.mark.parametrize("gold, got", [
    ("Andy Jassy", "Jassy"),
    ("Andy Jassy", ""),
    ("", "Andy Jassy"),
    ("Lesley Stahl", "Stahl"),
    ("Theo Martin", "o Martin"),                 # "the" only as a word of its own
    ("Leclerc", "clerc"),
    ("CGT", "CFDT"),
])
def test_different_speakers(gold, got):
    assert not ev.same_speaker(gold, got)


def test_normalize_name_drops_one_leading_article_only():
    assert ev.normalize_name("la CGT") == "cgt"
    assert ev.normalize_name("L’AFP") == "afp"
    assert ev.normalize_name("The The") == "the"
    assert ev.normalize_name("Lesley") == "lesley"
    assert ev.normalize_name(None) == ""


@pytest.mark.parametrize("gold, got, unit, same", [
    (14000, 14000, "postes", True),
    (14000, 14000.0, "postes", True),
    (1500000000, 1.5e9, "EUR", True),
    (1500000000, 1.5e9 * (1 + 1e-12), "EUR", True),
    (1500000000, 1.5e9 * (1 + 1e-6), "EUR", False),
    (2.5, 2.5, "%", True),
    (2.5, 25, "%", False),
    (0.75, 75, "USD", False),
    (0, 0, "", True),
    (0, 1e-12, "", False),
    ("2023-01-18", "2023-01-18", "date", True),
    ("2023-01-18", " 2023-01-18", "date", True),
    ("2023-01-18", "2023-01", "date", False),
    ("2022", 2022, "date", False),           # a date is text
    (2022, "2022", "", False),               # a number is a number
    (None, None, "", True),                  # a vague quantity, left vague
    (None, 2000, "salariés", False),
    (2000, None, "salariés", False),
    (1, True, "", False),                    # booleans are not numbers
])
def test_same_value(gold, got, unit, same):
    assert ev.same_value(gold, got, unit) is same


def test_same_unit_is_casefolded():
    assert ev.same_unit("EUR", "eur")
    assert ev.same_unit("", None)
    assert not ev.same_unit("salariés", "postes")


# ---- one article ---------------------------------------------------------------------------

TEXT = "«\u00a0Nous partons\u00a0», a dit la CGT. Paul Roux parle de « casse ». 2,5\u00a0% en 2023."


def _find(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def _article() -> dict:
    def item(sub, **extra):
        start, end = _find(sub)
        return {"start": start, "end": end, "text": sub, **extra}

    return {
        "id": "t", "lang": "fr", "text": TEXT,
        "quotes": [item("Nous partons", speaker="CGT")],
        "figures": [item("2,5\u00a0%", value=2.5, unit="%"),
                    item("2023", value="2023", unit="date")],
        "parties": [item("CGT", name="CGT", kind="organisation"),
                    item("Paul Roux", name="Paul Roux", kind="person")],
        "distractors": [item("casse", category="quote")],
    }


def _suggestion(category, sub, **kw):
    start, end = _find(sub)
    return Suggestion(category, start, end, sub, 0.9, **kw)


def test_score_article_counts_and_accuracies():
    suggestions = [
        _suggestion("quote", "Nous partons", kind="direct", speaker="la CGT"),
        _suggestion("quote", "casse", kind="term"),                # a term: not a quote
        _suggestion("figure", "2,5\u00a0%", kind="percent", value=2.5, unit="%"),
        _suggestion("figure", "2023", kind="date", value="2023-01-01", unit="date"),
        _suggestion("party", "CGT", kind="organisation", name="CGT"),
        _suggestion("party", "Paul", kind="organisation", name="Paul"),   # 4/9: no match
    ]
    row = ev.score_article(_article(), suggestions)
    assert row["invalid"] == []
    quotes, figures, parties = row["quotes"], row["figures"], row["parties"]
    assert (quotes["gold"], quotes["suggested"], quotes["matched"]) == (1, 1, 1)
    assert (quotes["speaker_correct"], quotes["speaker_total"]) == (1, 1)
    assert (figures["matched"], figures["value_correct"], figures["value_total"]) == (2, 1, 2)
    assert figures["wrong"][0]["field"] == "value"
    assert (parties["gold"], parties["suggested"], parties["matched"]) == (2, 2, 1)
    assert [m["text"] for m in parties["misses"]] == ["Paul Roux"]
    assert [fp["text"] for fp in parties["false_positives"]] == ["Paul"]
    assert (parties["kind_correct"], parties["kind_total"]) == (1, 1)


def test_a_term_suggested_as_a_quote_is_a_false_positive_on_a_distractor():
    row = ev.score_article(_article(), [_suggestion("quote", "casse", kind="direct")])
    assert row["quotes"]["false_positives"] == [
        {"start": _find("casse")[0], "end": _find("casse")[1], "text": "casse",
         "speaker": "", "distractor": True}]


def test_speaker_accuracy_skips_quotes_whose_speaker_is_unknown():
    article = _article()
    article["quotes"][0]["speaker"] = ""
    suggestion = _suggestion("quote", "Nous partons", kind="direct", speaker="Paul Roux")
    row = ev.score_article(article, [suggestion])
    assert row["quotes"]["matched"] == 1
    assert row["quotes"]["speaker_total"] == 0


def test_bad_suggestions_are_reported():
    good = _suggestion("party", "CGT", kind="organisation")
    suggestions = [
        Suggestion("party", 0, len(TEXT) + 5, "x", 0.5),                # outside the text
        Suggestion("colour", 0, 3, TEXT[0:3], 0.5),                     # unknown category
        Suggestion("party", good.start, good.end, "cgt", 0.5, kind="organisation"),
        {"category": "party", "start": good.start, "end": good.end, "text": "CGT",
         "kind": "organisation"},                                       # dicts are read too
    ]
    row = ev.score_article(_article(), suggestions)
    problems = sorted(p["problem"] for p in row["invalid"])
    assert problems == ["offsets outside the text", "text is not text[start:end]",
                        "unknown category 'colour'"]
    # The mismatched text is still scored by its offsets; one match only (one-to-one).
    assert (row["parties"]["suggested"], row["parties"]["matched"]) == (2, 1)


# ---- the whole set, with stand-in engines --------------------------------------------------


def gold_suggestions(article: dict) -> list[Suggestion]:
    """What a perfect engine would suggest for an article."""
    out = [Suggestion("quote", q["start"], q["end"], q["text"], 1.0, kind="direct",
                      speaker=q["speaker"]) for q in article["quotes"]]
    out += [Suggestion("figure", f["start"], f["end"], f["text"], 1.0, value=f["value"],
                       unit=f["unit"]) for f in article["figures"]]
    out += [Suggestion("party", p["start"], p["end"], p["text"], 1.0, kind=p["kind"],
                       name=p["name"]) for p in article["parties"]]
    return out


@pytest.fixture(scope="module")
def articles():
    return ev.load_articles()


def test_a_perfect_engine_scores_one_everywhere(articles):
    by_text = {a["text"]: a for a in articles}
    results = ev.evaluate(articles, lambda text, lang: gold_suggestions(by_text[text]))
    totals = results["totals"]["all"]
    assert results["engine_error"] is None
    for category in ev.CATEGORIES:
        assert (totals[category]["precision"], totals[category]["recall"],
                totals[category]["f1"]) == (1.0, 1.0, 1.0)
    assert totals["quotes"]["speaker"]["accuracy"] == 1.0
    assert totals["figures"]["value"]["accuracy"] == 1.0
    assert totals["figures"]["unit"]["accuracy"] == 1.0
    assert totals["parties"]["kind"]["accuracy"] == 1.0
    assert totals["parties"]["name"]["accuracy"] == 1.0
    assert set(results["totals"]) == {"all", "fr", "en"}
    assert "ok" in ev.format_report(results) and "below" not in ev.format_report(results)


def test_the_language_is_passed_to_the_engine(articles):
    seen = []
    ev.evaluate(articles[:3], lambda text, lang: seen.append(lang) or [])
    assert seen == [a["lang"] for a in articles[:3]]


def test_an_engine_failing_on_one_article(articles):
    first = articles[0]["text"]

    def engine(text, lang):
        if text == first:
            raise RuntimeError("boom")
        return []

    results = ev.evaluate(articles, engine)
    rows = results["articles"]
    assert rows[0]["error"] == "RuntimeError: boom"
    assert all(row["error"] is None for row in rows[1:])
    assert results["totals"]["all"]["errors"] == 1
    assert results["totals"]["all"]["quotes"]["recall"] == 0.0
    assert "boom" in ev.format_report(results)


def test_main_exits_0_when_the_engine_cannot_be_imported(monkeypatch, capsys):
    def missing():
        raise ImportError("No module named 'annotator.suggest.engine'")

    monkeypatch.setattr(ev, "load_engine", missing)
    assert ev.main(["--lang", "fr", "--show"]) == 0
    out = capsys.readouterr().out
    assert "ENGINE NOT AVAILABLE" in out
    assert "below" in out  # every target missed, and said so


def test_main_json_output(monkeypatch, capsys, articles):
    by_text = {a["text"]: a for a in articles}
    monkeypatch.setattr(ev, "load_engine",
                        lambda: lambda text, lang: gold_suggestions(by_text[text]))
    assert ev.main(["--json", "--lang", "en"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert {row["lang"] for row in results["articles"]} == {"en"}
    assert results["totals"]["all"]["figures"]["f1"] == 1.0
    assert results["targets"]["quotes.f1"] == 0.90


# ---- the data files ------------------------------------------------------------------------


def test_at_least_24_articles_in_both_languages(articles):
    assert len(articles) >= 24
    langs = [a["lang"] for a in articles]
    assert langs.count("fr") >= 12 and langs.count("en") >= 12
    assert len({a["id"] for a in articles}) == len(articles)


@pytest.mark.parametrize("path", sorted(DATA.glob("*.json")), ids=lambda p: p.stem)
def test_data_file_is_valid(path):
    article = json.loads(path.read_text("utf-8"))
    assert ev.check_article(article) == []
    assert article["id"] == path.stem
    text = article["text"]
    assert unicodedata.normalize("NFC", text) == text and "\r" not in text
    assert 150 <= len(text.split()) <= 400
    for category, kinds in (("quotes", None), ("figures", None),
                            ("parties", {"person", "organisation"})):
        items = article[category]
        assert items, f"no {category}"
        for item in items:
            assert text[item["start"]:item["end"]] == item["text"]
            if kinds:
                assert item["kind"] in kinds
        spans = [(i["start"], i["end"]) for i in items]
        assert spans == sorted(spans)
        assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    names = {p["name"] for p in article["parties"]}
    for quote in article["quotes"]:
        assert quote["speaker"] == "" or quote["speaker"] in names
        assert quote["text"] == quote["text"].strip()
    for figure in article["figures"]:
        unit = figure["unit"]
        assert unit in {"", "%", "date"} | ev.CURRENCIES or unit in figure["text"]
    for item in article.get("distractors", []):
        assert text[item["start"]:item["end"]] == item["text"]
        assert item["category"] in {"quote", "figure", "party"}


def test_check_article_finds_problems():
    article = _article()
    article["figures"][0]["start"] += 1
    article["figures"][1]["value"] = 2023                 # a date must be ISO text
    article["parties"][0]["kind"] = "company"
    article["quotes"][0].pop("speaker")
    problems = " | ".join(ev.check_article(article))
    assert "figures: text[" in problems
    assert "not ISO 8601" in problems
    assert "kind 'company'" in problems
    assert "lacks ['speaker']" in problems
    assert ev.check_article({"id": "x"}) == ["no 'lang'", "no 'text'", "no 'quotes'",
                                             "no 'figures'", "no 'parties'"]


def _build_module(folder: Path):
    """A builder (tests/data/<set>/build.py), loaded from its path (tests/data is no package)."""
    name = f"suggest_eval_build_{folder.name.replace('-', '_')}"
    spec = importlib.util.spec_from_file_location(name, folder / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


@pytest.mark.parametrize("folder", [Path(DATA), Path(DATA).parent / "suggest-heldout"])
def test_the_files_are_what_build_py_writes(folder):
    build = _build_module(folder)
    from suggest_corpus import render_all

    files = render_all(build.ARTICLES)
    assert files == render_all(build.ARTICLES)  # deterministic
    on_disk = {p.name: p.read_text("utf-8") for p in folder.glob("*.json")}
    assert on_disk == files, f"run {folder}/build.py"
