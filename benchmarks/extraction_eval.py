"""Extraction quality of the web-page importer beside plain trafilatura, on the same pages.

    python benchmarks/extraction_eval.py [--json] [--page NAME ...] [--show]

Every top-level benchmarks/extraction/pages/NAME.html (not the NAME_files/ folders a
browser saves beside a page) is read by both extractors and scored against
benchmarks/extraction/expected/NAME.json:

- ours: `annotator.io.importers.extract(path)`, what the app's import stores;
- trafilatura: `trafilatura.bare_extraction(tree, with_metadata=True)` with default
  options, on the tree `trafilatura.load_html(raw_bytes)` builds (its own decoding), with
  title→title, author→byline, date→published, sitename→source, url→url,
  language→language, text→body.

Body: F1 of word 4-grams (lowercased \\w+ tokens, overlap counted as multisets). The mean
over pages is the macro average (each page weighs the same); the micro average, from
n-gram counts pooled over all pages, is given beside it.
Metadata, six fields a page: title exact once white space is collapsed; byline as a set
of names (split on "," ";" " et " " and ", casefolded); published on the date part (first
10 characters); source casefolded; url exact but for a trailing "/"; language on the
primary subtag. A field that is missing both in the expected file and in the result
counts as correct. An extractor that raises scores 0 on the body and on every field.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parent / "extraction"
PAGES = DATA / "pages"
EXPECTED = DATA / "expected"

FIELDS = ("title", "byline", "published", "source", "url", "language")
EXTRACTORS = ("ours", "trafilatura")
N = 4

_WORD = re.compile(r"\w+", re.UNICODE)
_NAME_SEPARATORS = re.compile(r"\s*[,;]\s*|\s+(?:et|and)\s+")


# ---- scoring -----------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    """Lowercased word tokens: "«\u00a0L’IA\u00a0»" → ["l", "ia"]."""
    return _WORD.findall((text or "").lower())


def ngrams(words: list[str], n: int = N) -> Counter:
    """The multiset of word n-grams; a text shorter than n words is one gram."""
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def ngram_counts(expected: str | None, got: str | None, n: int = N) -> tuple[int, int, int]:
    """(n-grams in common, n-grams extracted, n-grams expected), counted as multisets."""
    want, have = ngrams(tokens(expected), n), ngrams(tokens(got), n)
    return sum((want & have).values()), sum(have.values()), sum(want.values())


def f1_from_counts(overlap: int, n_got: int, n_expected: int) -> float:
    if n_got == 0 and n_expected == 0:
        return 1.0
    if overlap == 0:
        return 0.0
    precision, recall = overlap / n_got, overlap / n_expected
    return 2 * precision * recall / (precision + recall)


def body_f1(expected: str | None, got: str | None, n: int = N) -> float:
    """Word n-gram F1 of the extracted body against the expected one."""
    return f1_from_counts(*ngram_counts(expected, got, n))


def _blank(value: object) -> bool:
    return value is None or not str(value).strip()


def _one_line(value: str) -> str:
    return " ".join(value.split())


def byline_names(value: str) -> frozenset[str]:
    """"Jean Dupont et Marie Martin" → {"jean dupont", "marie martin"}."""
    parts = _NAME_SEPARATORS.split(_one_line(value).casefold())
    return frozenset(part.strip() for part in parts if part.strip())


def _primary_subtag(value: str) -> str:
    return re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()


def field_matches(field: str, expected: object, got: object) -> bool:
    """Whether `got` is right for this metadata field, by the rules in the module docstring."""
    if _blank(expected) or _blank(got):
        return _blank(expected) and _blank(got)
    want, have = str(expected).strip(), str(got).strip()
    if field == "title":
        return _one_line(want) == _one_line(have)
    if field == "byline":
        return byline_names(want) == byline_names(have)
    if field == "published":
        return want[:10] == have[:10]
    if field == "source":
        return _one_line(want).casefold() == _one_line(have).casefold()
    if field == "url":
        return want.rstrip("/") == have.rstrip("/")
    if field == "language":
        return _primary_subtag(want) == _primary_subtag(have)
    raise ValueError(f"unknown metadata field: {field}")


# ---- the two extractors ------------------------------------------------------------------


def extract_ours(path: Path) -> dict:
    """{"text": ..., and the six fields} from the app's importer."""
    from annotator.io.importers import extract

    article = extract(path)
    return {"text": article.text, **{field: getattr(article, field) for field in FIELDS}}


def extract_trafilatura(path: Path) -> dict:
    """The same from trafilatura alone, with its default options and its own decoding."""
    import trafilatura

    tree = trafilatura.load_html(path.read_bytes())
    document = None
    if tree is not None:
        document = trafilatura.bare_extraction(tree, with_metadata=True)
    if document is None:
        values = {}
    elif isinstance(document, dict):
        values = document
    else:
        values = document.as_dict()
    return {
        "text": values.get("text"),
        "title": values.get("title"),
        "byline": values.get("author"),
        "published": values.get("date"),
        "source": values.get("sitename"),
        "url": values.get("url"),
        "language": values.get("language"),
    }


_EXTRACT = {"ours": extract_ours, "trafilatura": extract_trafilatura}


# ---- evaluation --------------------------------------------------------------------------


def page_files(pages_dir: Path = PAGES, expected_dir: Path = EXPECTED) -> list[Path]:
    """The top-level .html pages; each must have its expected file, and the reverse."""
    pages = sorted(p for p in Path(pages_dir).glob("*.html") if p.is_file())
    names = {p.stem for p in pages}
    expected = {p.stem for p in Path(expected_dir).glob("*.json")}
    if names != expected:
        raise ValueError(
            "pages and expected results differ: "
            f"no expected file for {sorted(names - expected)}, "
            f"no page for {sorted(expected - names)}"
        )
    return pages


def score(expected: dict, extractor: str, path: Path, keep_output: bool = False) -> dict:
    """One extractor on one page: body F1 and the metadata fields it got right."""
    try:
        output = _EXTRACT[extractor](path)
        error = None
    except Exception as exc:  # any failure is a result to report, not a crash
        output, error = {}, f"{type(exc).__name__}: {exc}"
    counts = ngram_counts(expected["text"], output.get("text"))  # (0, 0, n) on error
    fields = {
        field: error is None and field_matches(field, expected.get(field), output.get(field))
        for field in FIELDS
    }
    result = {
        "body_f1": f1_from_counts(*counts),
        "ngrams": dict(zip(("common", "extracted", "expected"), counts, strict=True)),
        "metadata": fields,
        "metadata_correct": sum(fields.values()),
        "error": error,
    }
    if keep_output:
        result["output"] = output
    return result


def evaluate(pages_dir: Path = PAGES, expected_dir: Path = EXPECTED,
             only: list[str] | None = None, keep_output: bool = False) -> dict:
    """Both extractors on every page (or those named in `only`): per page and totals."""
    pages = page_files(pages_dir, expected_dir)
    if only:
        unknown = set(only) - {p.stem for p in pages}
        if unknown:
            raise ValueError(f"no such page: {', '.join(sorted(unknown))}")
        pages = [p for p in pages if p.stem in only]
    rows = []
    for path in pages:
        expected = json.loads((Path(expected_dir) / f"{path.stem}.json").read_text("utf-8"))
        row = {"page": path.stem}
        for extractor in EXTRACTORS:
            row[extractor] = score(expected, extractor, path, keep_output)
        if keep_output:
            row["expected"] = expected
        rows.append(row)
    return {"pages": rows, "totals": {e: _totals(rows, e) for e in EXTRACTORS}}


def _totals(rows: list[dict], extractor: str) -> dict:
    results = [row[extractor] for row in rows]
    count = len(results) or 1
    pooled = [sum(r["ngrams"][k] for r in results) for k in ("common", "extracted", "expected")]
    per_field = {f: sum(r["metadata"][f] for r in results) / count for f in FIELDS}
    correct = sum(r["metadata_correct"] for r in results)
    return {
        "pages": len(results),
        "errors": sum(r["error"] is not None for r in results),
        "body_f1_macro": sum(r["body_f1"] for r in results) / count,
        "body_f1_micro": f1_from_counts(*pooled),
        "metadata_accuracy": {**per_field, "overall": correct / (count * len(FIELDS))},
        "metadata_correct": correct,
    }


# ---- report ------------------------------------------------------------------------------


def format_table(results: dict) -> str:
    rows = results["pages"]
    width = max([len(r["page"]) for r in rows] + [4])
    lines = [
        f"{'page':<{width}}  {'ours F1':>8}  {'traf. F1':>8}  {'ours meta':>9}  {'traf. meta':>10}",
        f"{'-' * width}  {'-' * 8}  {'-' * 8}  {'-' * 9}  {'-' * 10}",
    ]

    def f1(result: dict) -> str:
        return "error" if result["error"] else f"{result['body_f1']:.3f}"

    def meta(result: dict) -> str:
        return "error" if result["error"] else f"{result['metadata_correct']}/{len(FIELDS)}"

    for row in rows:
        ours, traf = row["ours"], row["trafilatura"]
        lines.append(f"{row['page']:<{width}}  {f1(ours):>8}  {f1(traf):>8}  "
                     f"{meta(ours):>9}  {meta(traf):>10}")
    totals = results["totals"]
    lines += ["", f"{'':<24}{'ours':>10}{'trafilatura':>14}"]
    lines.append(f"{'body F1, macro mean':<24}{totals['ours']['body_f1_macro']:>10.3f}"
                 f"{totals['trafilatura']['body_f1_macro']:>14.3f}")
    lines.append(f"{'body F1, micro':<24}{totals['ours']['body_f1_micro']:>10.3f}"
                 f"{totals['trafilatura']['body_f1_micro']:>14.3f}")
    for field in (*FIELDS, "overall"):
        ours = totals["ours"]["metadata_accuracy"][field]
        traf = totals["trafilatura"]["metadata_accuracy"][field]
        lines.append(f"{'metadata ' + field:<24}{ours:>10.0%}{traf:>14.0%}")
    for extractor in EXTRACTORS:
        errors = [(r["page"], r[extractor]["error"]) for r in rows if r[extractor]["error"]]
        if errors:
            lines += ["", f"{extractor} failed on {len(errors)} page(s):"]
            lines += [f"  {page}: {error}" for page, error in errors]
    return "\n".join(lines)


def format_details(results: dict) -> str:
    """Each field and a diff of the body, expected against each extractor's result."""
    out = []
    for row in results["pages"]:
        expected = row["expected"]
        out.append(f"==== {row['page']}")
        for extractor in EXTRACTORS:
            result = row[extractor]
            out.append(f"-- {extractor}: body F1 {result['body_f1']:.3f}"
                       + (f" ({result['error']})" if result["error"] else ""))
            if result["error"]:
                continue
            output = result["output"]
            for field in FIELDS:
                mark = "ok " if result["metadata"][field] else "BAD"
                out.append(f"  {mark} {field}: {output.get(field)!r}"
                           + ("" if result["metadata"][field] else
                              f"  (expected {expected.get(field)!r})"))
            diff = difflib.unified_diff(
                expected["text"].splitlines(), (output.get("text") or "").splitlines(),
                "expected", extractor, n=0, lineterm="")
            out.extend("  " + line for line in diff)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--page", action="append", metavar="NAME",
                        help="evaluate only this page (repeatable)")
    parser.add_argument("--show", action="store_true",
                        help="also print each field and a diff of each body")
    args = parser.parse_args(argv)
    try:
        results = evaluate(only=args.page, keep_output=args.show)
    except ValueError as exc:
        parser.error(str(exc))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        if args.show:
            print(format_details(results), end="\n\n")
        print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
