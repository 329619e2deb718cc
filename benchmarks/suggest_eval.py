"""Suggestion engine quality on the hand-annotated articles of tests/data/suggest/.

    python benchmarks/suggest_eval.py [--json] [--lang fr|en] [--show]

Every tests/data/suggest/*.json article (conventions in the README there) goes through
`annotator.suggest.engine.suggest(text, lang)`, and its suggestions are scored against the
gold annotations, category by category:

- quotes are the suggestions of category "quote" whose kind is not "term"; figures those of
  category "figure"; parties those of category "party".
- A suggestion matches a gold span when their character overlap, |intersection| / |union|
  of the two spans, is at least 0.8. Matching is one-to-one and greedy by overlap: the
  best-overlapping pair first, then the best of what is left, and so on.
- precision = matched / suggested, recall = matched / gold, F1 their harmonic mean, from
  counts pooled over the articles. With nothing to find and nothing suggested all three
  are 1; otherwise a zero denominator gives 0.
- speaker accuracy: over matched quotes whose gold speaker is not "", the share whose
  suggested speaker is the gold one, compared casefolded, white space collapsed, ’ read as
  ', and a leading article (la, le, les, l', the) dropped.
- value accuracy: over matched figures, the share with the gold value: numbers equal within
  1e-9 relative, dates (unit "date") as equal strings, None for a vague quantity whose gold
  value is null ("plusieurs milliers").
- For information, without target: party kind accuracy and party name accuracy (over
  matched parties; names compared as speakers are) and figure unit accuracy (casefolded).

Targets are printed beside the scores, never asserted: the script exits 0 whatever the
scores. An engine that cannot be imported, or that raises on an article, is reported and
scored as suggesting nothing there.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "suggest"

THRESHOLD = 0.8
CATEGORIES = ("quotes", "figures", "parties")
_CATEGORY_OF = {"quote": "quotes", "figure": "figures", "party": "parties"}
# (category, measure) → target; measures: "f1" or an accuracy named in ACCURACIES.
TARGETS = {
    ("quotes", "f1"): 0.90,
    ("quotes", "speaker"): 0.85,
    ("figures", "f1"): 0.90,
    ("figures", "value"): 0.95,
    ("parties", "f1"): 0.85,
}
# The attribute checked on matched pairs, per category: (measure, gold key, suggestion key).
ACCURACIES = {
    "quotes": (("speaker", "speaker", "speaker"),),
    "figures": (("value", "value", "value"), ("unit", "unit", "unit")),
    "parties": (("kind", "kind", "kind"), ("name", "name", "name")),
}
KINDS = ("person", "organisation")
CURRENCIES = frozenset({"EUR", "USD", "GBP", "CHF", "JPY", "CAD"})
REQUIRED = {
    "quotes": ("start", "end", "text", "speaker"),
    "figures": ("start", "end", "text", "value", "unit"),
    "parties": ("start", "end", "text", "name", "kind"),
}
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ARTICLE = re.compile(r"^(?:(?:la|le|les|the)\s+|l')")

Span = tuple[int, int]
Suggest = Callable[[str, str], Iterable]


# ---- scoring ------------------------------------------------------------------------------


def span_overlap(a: Span, b: Span) -> float:
    """|intersection| / |union| of two spans [start, end), in characters (0 when disjoint)."""
    (s1, e1), (s2, e2) = a, b
    inter = max(0, min(e1, e2) - max(s1, s2))
    union = (e1 - s1) + (e2 - s2) - inter
    if union <= 0:
        return 1.0 if (s1, e1) == (s2, e2) else 0.0
    return inter / union


def match_spans(gold: list[Span], suggested: list[Span],
                threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """One-to-one (gold index, suggestion index, overlap) pairs with overlap >= threshold.

    Greedy by overlap: the best pair is taken first, ties broken by gold then suggestion
    order; a span already taken takes no other. Sorted by gold index.
    """
    pairs = []
    for i, g in enumerate(gold):
        for j, s in enumerate(suggested):
            overlap = span_overlap(g, s)
            if overlap > 0 and overlap >= threshold:
                pairs.append((-overlap, i, j))
    pairs.sort()
    taken_gold, taken_suggested, matches = set(), set(), []
    for neg_overlap, i, j in pairs:
        if i in taken_gold or j in taken_suggested:
            continue
        taken_gold.add(i)
        taken_suggested.add(j)
        matches.append((i, j, -neg_overlap))
    return sorted(matches)


def prf(matched: int, suggested: int, gold: int) -> dict:
    """Precision, recall and F1 from counts (see the module docstring for the edge cases)."""
    if suggested == 0 and gold == 0:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    precision = matched / suggested if suggested else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def normalize_name(name: object) -> str:
    """"La  CGT" → "cgt", "L’Unsa" → "unsa", "The Teamsters" → "teamsters"."""
    text = " ".join(str(name or "").replace("’", "'").split()).casefold()
    return _ARTICLE.sub("", text, count=1)


def same_speaker(gold: object, got: object) -> bool:
    return normalize_name(gold) == normalize_name(got)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def same_value(gold: object, got: object, unit: str = "") -> bool:
    """Numbers within 1e-9 relative; text (dates) equal once stripped; None only to None."""
    if gold is None or got is None:
        return gold is None and got is None
    if unit == "date" or isinstance(gold, str):
        return isinstance(got, str) and got.strip() == str(gold).strip()
    if not (_is_number(gold) and _is_number(got)):
        return False
    return math.isclose(gold, got, rel_tol=1e-9, abs_tol=0.0)


def same_unit(gold: object, got: object) -> bool:
    return str(gold or "").strip().casefold() == str(got or "").strip().casefold()


def _same(measure: str, gold: dict, got: dict) -> bool:
    if measure == "speaker" or measure == "name":
        return same_speaker(gold.get(measure), got.get(measure))
    if measure == "value":
        return same_value(gold.get("value"), got.get("value"), gold.get("unit", ""))
    if measure == "unit":
        return same_unit(gold.get("unit"), got.get("unit"))
    return gold.get(measure) == got.get(measure)


def plain(suggestion: object) -> dict:
    """The fields scored, from a Suggestion (or anything with those attributes) or a dict."""
    keys = ("category", "start", "end", "text", "kind", "speaker", "value", "unit", "name")
    if isinstance(suggestion, dict):
        return {k: suggestion.get(k) for k in keys}
    return {k: getattr(suggestion, k, None) for k in keys}


def split_suggestions(text: str, suggestions: Iterable) -> tuple[dict[str, list[dict]], list]:
    """({"quotes": [...], "figures": [...], "parties": [...]}, problems).

    Terms (kind "term") are not quotes. A suggestion whose offsets are not a span of the
    text, or whose category is unknown, is left out and reported; one whose `text` is not
    text[start:end] is kept (scored by its offsets) and reported.
    """
    by_category: dict[str, list[dict]] = {c: [] for c in CATEGORIES}
    problems = []
    for raw in suggestions:
        s = plain(raw)
        start, end = s["start"], s["end"]
        category = _CATEGORY_OF.get(s["category"])
        if category is None:
            problems.append({**s, "problem": f"unknown category {s['category']!r}"})
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
                <= len(text)):
            problems.append({**s, "problem": "offsets outside the text"})
            continue
        if s["text"] != text[start:end]:
            problems.append({**s, "problem": "text is not text[start:end]"})
        if category == "quotes" and s["kind"] == "term":
            continue
        by_category[category].append(s)
    return by_category, problems


def _brief(item: dict, *keys: str) -> dict:
    return {k: item.get(k) for k in ("start", "end", "text", *keys)}


def score_category(category: str, gold: list[dict], suggested: list[dict],
                   distractors: list[dict] = ()) -> dict:
    """Counts, accuracies and the details (misses, false positives, wrong attributes)."""
    matches = match_spans([(g["start"], g["end"]) for g in gold],
                          [(s["start"], s["end"]) for s in suggested])
    extra = {"quotes": ("speaker",), "figures": ("value", "unit"),
             "parties": ("name", "kind")}[category]
    result = {"gold": len(gold), "suggested": len(suggested), "matched": len(matches)}
    wrong = []
    for measure, _, _ in ACCURACIES[category]:
        correct = total = 0
        for i, j, _overlap in matches:
            if measure == "speaker" and not gold[i].get("speaker"):
                continue  # the text does not say who: nothing to score
            total += 1
            if _same(measure, gold[i], suggested[j]):
                correct += 1
            else:
                wrong.append({"field": measure, "gold": gold[i].get(measure),
                              "got": suggested[j].get(measure), "text": gold[i]["text"],
                              "suggested_text": suggested[j]["text"]})
        result[f"{measure}_correct"], result[f"{measure}_total"] = correct, total
    matched_gold = {i for i, _, _ in matches}
    matched_suggested = {j for _, j, _ in matches}
    result["misses"] = [_brief(g, *extra) for i, g in enumerate(gold) if i not in matched_gold]
    own = {"quotes": "quote", "figures": "figure", "parties": "party"}[category]
    false_positives = []
    for j, s in enumerate(suggested):
        if j in matched_suggested:
            continue
        item = _brief(s, *extra)
        item["distractor"] = any(d["category"] == own and d["start"] < s["end"]
                                 and s["start"] < d["end"] for d in distractors)
        false_positives.append(item)
    result["false_positives"] = false_positives
    result["wrong"] = wrong
    return result


def score_article(article: dict, suggestions: Iterable) -> dict:
    """One article's scores, from the engine's suggestions for its text."""
    by_category, problems = split_suggestions(article["text"], suggestions)
    row = {"id": article["id"], "lang": article["lang"], "error": None,
           "invalid": problems}
    for category in CATEGORIES:
        row[category] = score_category(category, article[category], by_category[category],
                                       article.get("distractors", []))
    return row


# ---- the evaluation set -------------------------------------------------------------------


def load_articles(data_dir: Path = DATA, lang: str | None = None) -> list[dict]:
    """The articles, sorted by id; only those in `lang` when given."""
    articles = []
    for path in sorted(Path(data_dir).glob("*.json")):
        article = json.loads(path.read_text("utf-8"))
        if lang is None or article.get("lang") == lang:
            articles.append(article)
    return articles


def check_article(article: dict) -> list[str]:
    """What is wrong with one data file's content, as sentences (nothing when valid)."""
    problems = []
    for key in ("id", "lang", "text", *CATEGORIES):
        if key not in article:
            problems.append(f"no {key!r}")
    if problems:
        return problems
    text = article["text"]
    if article["lang"] not in ("fr", "en"):
        problems.append(f"unknown language {article['lang']!r}")
    for category in CATEGORIES:
        for item in article[category]:
            missing = [k for k in REQUIRED[category] if k not in item]
            if missing:
                problems.append(f"{category}: {item.get('text')!r} lacks {missing}")
                continue
            start, end = item["start"], item["end"]
            if not (isinstance(start, int) and isinstance(end, int)
                    and 0 <= start < end <= len(text)):
                problems.append(f"{category}: bad offsets {start}, {end}")
            elif text[start:end] != item["text"]:
                problems.append(f"{category}: text[{start}:{end}] is "
                                f"{text[start:end]!r}, not {item['text']!r}")
    for party in article["parties"]:
        if party.get("kind") not in KINDS:
            problems.append(f"parties: kind {party.get('kind')!r} of {party.get('text')!r}")
        if not str(party.get("name", "")).strip():
            problems.append(f"parties: no name for {party.get('text')!r}")
    for figure in article["figures"]:
        unit, value, span = figure.get("unit"), figure.get("value"), figure.get("text", "")
        if not isinstance(unit, str):
            problems.append(f"figures: unit {unit!r} of {span!r}")
            continue
        if unit == "date":
            if not (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
                problems.append(f"figures: date {span!r} has value {value!r}, not ISO 8601")
        elif value is not None and not _is_number(value):
            problems.append(f"figures: value {value!r} of {span!r} is not a number")
        if not (unit in ("", "%", "date") or unit in CURRENCIES or unit in span):
            problems.append(f"figures: unit {unit!r} of {span!r} is neither '', '%', "
                            f"'date', a currency code nor the counted noun")
    for quote in article["quotes"]:
        if not isinstance(quote.get("speaker"), str):
            problems.append(f"quotes: speaker {quote.get('speaker')!r}")
    return problems


# ---- evaluation ---------------------------------------------------------------------------


def load_engine() -> Suggest:
    from annotator.suggest.engine import suggest

    return suggest


def evaluate(articles: list[dict], suggest: Suggest | None = None) -> dict:
    """Scores of `suggest` (the engine when None) on the articles: per article and totals."""
    engine_error = None
    if suggest is None:
        try:
            suggest = load_engine()
        except Exception as exc:  # a missing or broken engine is a result to report
            engine_error = f"{type(exc).__name__}: {exc}"
    rows = []
    started = time.perf_counter()
    for article in articles:
        error, suggestions = engine_error, []
        if suggest is not None:
            try:
                suggestions = list(suggest(article["text"], article["lang"]))
            except Exception as exc:  # one failing article must not stop the others
                error, suggestions = f"{type(exc).__name__}: {exc}", []
        row = score_article(article, suggestions)
        row["error"] = error
        rows.append(row)
    seconds = time.perf_counter() - started
    languages = sorted({row["lang"] for row in rows})
    totals = {"all": totals_of(rows)}
    if len(languages) > 1:
        totals.update({lang: totals_of([r for r in rows if r["lang"] == lang])
                       for lang in languages})
    return {"articles": rows, "totals": totals, "engine_error": engine_error,
            "seconds": seconds, "threshold": THRESHOLD,
            "targets": {f"{c}.{m}": t for (c, m), t in TARGETS.items()}}


def totals_of(rows: list[dict]) -> dict:
    """Counts pooled over the rows, with P/R/F1 and accuracies (None when nothing to count)."""
    totals = {"articles": len(rows), "errors": sum(r["error"] is not None for r in rows),
              "invalid": sum(len(r["invalid"]) for r in rows)}
    for category in CATEGORIES:
        counts = {k: sum(r[category][k] for r in rows)
                  for k in ("gold", "suggested", "matched")}
        entry = {**counts, **prf(counts["matched"], counts["suggested"], counts["gold"])}
        for measure, _, _ in ACCURACIES[category]:
            correct = sum(r[category][f"{measure}_correct"] for r in rows)
            total = sum(r[category][f"{measure}_total"] for r in rows)
            entry[measure] = {"correct": correct, "total": total,
                              "accuracy": correct / total if total else None}
        entry["false_positives_on_distractors"] = sum(
            fp["distractor"] for r in rows for fp in r[category]["false_positives"])
        totals[category] = entry
    return totals


# ---- report -------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _verdict(value: float | None, target: float) -> str:
    if value is None:
        return "n/a"
    return "ok" if value >= target else "below"


def format_report(results: dict) -> str:
    rows = results["articles"]
    totals = results["totals"]
    all_ = totals["all"]
    by_lang = {}
    for row in rows:
        by_lang[row["lang"]] = by_lang.get(row["lang"], 0) + 1
    langs = ", ".join(f"{n} {lang}" for lang, n in sorted(by_lang.items()))
    lines = [f"Suggestion engine on {len(rows)} articles ({langs}) in "
             f"{results['seconds']:.1f} s; spans match at overlap >= {results['threshold']}"]
    if results["engine_error"]:
        lines.append(f"ENGINE NOT AVAILABLE, scored as suggesting nothing: "
                     f"{results['engine_error']}")
    lines += ["",
              f"{'':<9}{'gold':>6}{'sugg.':>7}{'match':>7}{'prec.':>8}{'recall':>8}"
              f"{'F1':>8}   target"]
    for category in CATEGORIES:
        t = all_[category]
        target = TARGETS.get((category, "f1"))
        lines.append(f"{category:<9}{t['gold']:>6}{t['suggested']:>7}{t['matched']:>7}"
                     f"{t['precision']:>8.3f}{t['recall']:>8.3f}{t['f1']:>8.3f}"
                     f"   >= {target:.2f} {_verdict(t['f1'], target)}")
    lines.append("")
    labels = {("quotes", "speaker"): "speaker accuracy (quotes)",
              ("figures", "value"): "value accuracy (figures)",
              ("figures", "unit"): "unit accuracy (figures)",
              ("parties", "kind"): "kind accuracy (parties)",
              ("parties", "name"): "name accuracy (parties)"}
    for (category, measure), label in labels.items():
        m = all_[category][measure]
        count = f"({m['correct']}/{m['total']})"
        target = TARGETS.get((category, measure))
        beside = (f">= {target:.2f} {_verdict(m['accuracy'], target)}" if target is not None
                  else "information")
        lines.append(f"{label:<27}{_fmt(m['accuracy']):>6} {count:<11}   {beside}")
    if len(totals) > 1:
        lines += ["", "F1 by language: " + "; ".join(
            f"{lang} " + ", ".join(f"{c} {totals[lang][c]['f1']:.3f}" for c in CATEGORIES)
            for lang in sorted(k for k in totals if k != "all"))]
    fp_distractors = {c: all_[c]["false_positives_on_distractors"] for c in CATEGORIES}
    if any(fp_distractors.values()):
        lines.append("false positives on distractors: " + ", ".join(
            f"{c} {n}" for c, n in fp_distractors.items()))
    failed = [(r["id"], r["error"]) for r in rows if r["error"] and not results["engine_error"]]
    if failed:
        lines += ["", f"the engine failed on {len(failed)} article(s):"]
        lines += [f"  {article_id}: {error}" for article_id, error in failed]
    if all_["invalid"]:
        lines += ["", f"{all_['invalid']} suggestion(s) with bad offsets, text or category "
                      "(see --show)"]
    return "\n".join(lines)


def _span(item: dict) -> str:
    return f"[{item['start']}:{item['end']}] {item['text']!r}"


def format_details(results: dict) -> str:
    """Per article: misses, false positives and wrong attributes of matched spans."""
    out = []
    for row in results["articles"]:
        out.append(f"==== {row['id']} ({row['lang']})"
                   + (f"  ERROR {row['error']}" if row["error"] else ""))
        for category in CATEGORIES:
            result = row[category]
            out.append(f"-- {category}: {result['matched']}/{result['gold']} found, "
                       f"{result['suggested']} suggested")
            for miss in result["misses"]:
                extra = {k: v for k, v in miss.items() if k not in ("start", "end", "text")}
                out.append(f"  missed  {_span(miss)}  {extra}")
            for fp in result["false_positives"]:
                extra = {k: v for k, v in fp.items()
                         if k not in ("start", "end", "text", "distractor")}
                mark = "  (a distractor)" if fp["distractor"] else ""
                out.append(f"  extra   {_span(fp)}  {extra}{mark}")
            for wrong in result["wrong"]:
                out.append(f"  wrong {wrong['field']}: {wrong['got']!r} for {wrong['text']!r}"
                           f" (gold {wrong['gold']!r})")
        for problem in row["invalid"]:
            out.append(f"  invalid {problem['problem']}: {problem}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--lang", choices=("fr", "en"), help="only the articles in this language")
    parser.add_argument("--show", action="store_true",
                        help="also list misses and false positives, article by article")
    parser.add_argument("--data", type=Path, default=DATA,
                        help="folder of articles (default: the development set; "
                        "tests/data/suggest-heldout is the held-out set)")
    args = parser.parse_args(argv)
    articles = load_articles(args.data, lang=args.lang)
    results = evaluate(articles)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        if args.show:
            print(format_details(results), end="\n\n")
        print(format_report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
