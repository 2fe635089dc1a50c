"""Score body extraction of the clean stage on the readability test pages.

Reads ``../shared/gold/boilerplate/readability_pages/*/`` (source.html, expected.html,
expected-metadata.json; Mozilla readability's test corpus, see its LICENSE.txt there) and reports
token-level precision / recall / F1 of the extracted text against the text of expected.html, and the
share of titles that match expected-metadata.json, both for trafilatura alone and for trafilatura plus
wirecoder's boilerplate rules. Nothing from the corpus is copied into the repository.

    .venv/bin/python scripts/eval_boilerplate.py [--pages DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import lxml.html

from wirecoder.clean.boilerplate import packaged_rules, strip_boilerplate
from wirecoder.clean.html import extract_html
from wirecoder.clean.normalize import join_paragraphs, normalize_text
from wirecoder.clean.structure import structure
from wirecoder.errors import InputError

DEFAULT_PAGES = Path(__file__).resolve().parents[2] / "shared" / "gold" / "boilerplate" / "readability_pages"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> Counter[str]:
    return Counter(t.casefold() for t in _TOKEN.findall(text))


def html_text(html: str) -> str:
    tree = lxml.html.fromstring(html)
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    return str(tree.text_content())


def prf(got: Counter[str], want: Counter[str]) -> tuple[float, float, float]:
    overlap = sum((got & want).values())
    p = overlap / sum(got.values()) if got else 0.0
    r = overlap / sum(want.values()) if want else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def norm_title(title: str | None) -> str:
    return " ".join((title or "").casefold().split())


def evaluate(pages_dir: Path, verbose: bool = False) -> dict[str, float]:
    """Scores over all pages under ``pages_dir``: macro/micro P, R, F1 per system, title accuracy."""
    pages = sorted(p for p in pages_dir.iterdir() if (p / "source.html").exists())
    rules = packaged_rules()
    macro = {"trafilatura": [0.0, 0.0, 0.0], "rules": [0.0, 0.0, 0.0]}
    micro = {"trafilatura": Counter(), "rules": Counter()}
    titles_exact = titles_contained = failures = 0
    for page in pages:
        source = (page / "source.html").read_text(encoding="utf-8", errors="replace")
        want = tokens(html_text((page / "expected.html").read_text(encoding="utf-8", errors="replace")))
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        try:
            found = extract_html(source, page.name, min_words=1)
            paras = structure(normalize_text(found.text))
            kept, _ = strip_boilerplate(paras, rules)
            outputs = {"trafilatura": join_paragraphs(paras), "rules": join_paragraphs(kept)}
            title = found.title
        except InputError:
            failures += 1
            outputs = {"trafilatura": "", "rules": ""}
            title = None
        for name, text in outputs.items():
            got = tokens(text)
            scores = prf(got, want)
            for i, s in enumerate(scores):
                macro[name][i] += s
            micro[name]["overlap"] += sum((got & want).values())
            micro[name]["got"] += sum(got.values())
            micro[name]["want"] += sum(want.values())
            if verbose and name == "rules":
                print(f"{page.name:45s} P={scores[0]:.2f} R={scores[1]:.2f} F1={scores[2]:.2f}")
        exact = norm_title(title) == norm_title(meta.get("title"))
        titles_exact += exact
        titles_contained += exact or bool(title and norm_title(title) in norm_title(meta.get("title")))
    n = max(len(pages), 1)
    result: dict[str, float] = {"pages": len(pages), "failures": failures}
    for name in macro:
        for key, value in zip(("p", "r", "f1"), macro[name], strict=True):
            result[f"{name}_macro_{key}"] = value / n
        m = micro[name]
        mp, mr = m["overlap"] / max(m["got"], 1), m["overlap"] / max(m["want"], 1)
        result[f"{name}_micro_p"], result[f"{name}_micro_r"] = mp, mr
        result[f"{name}_micro_f1"] = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    result["title_exact"] = titles_exact / n
    result["title_contained"] = titles_contained / n
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    if not args.pages.is_dir():
        print(f"no pages under {args.pages}", file=sys.stderr)
        return 2
    r = evaluate(args.pages, args.verbose)
    print(f"pages: {r['pages']:.0f}  (no article extracted: {r['failures']:.0f})")
    for name, label in (("trafilatura", "trafilatura"), ("rules", "+rules")):
        print(
            f"{label:12s} macro P={r[name + '_macro_p']:.3f} R={r[name + '_macro_r']:.3f} F1={r[name + '_macro_f1']:.3f}"
            f"   micro P={r[name + '_micro_p']:.3f} R={r[name + '_micro_r']:.3f} F1={r[name + '_micro_f1']:.3f}"
        )
    print(f"title exact: {r['title_exact']:.3f}   title exact or contained: {r['title_contained']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
