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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    pages = sorted(p for p in args.pages.iterdir() if (p / "source.html").exists())
    if not pages:
        print(f"no pages under {args.pages}", file=sys.stderr)
        return 2
    rules = packaged_rules()
    totals = {"trafilatura": [0.0, 0.0, 0.0], "+rules": [0.0, 0.0, 0.0]}
    micro = {"trafilatura": Counter(), "+rules": Counter()}
    titles_exact = titles_contained = failures = 0
    for page in pages:
        source = (page / "source.html").read_text(encoding="utf-8", errors="replace")
        want = tokens(html_text((page / "expected.html").read_text(encoding="utf-8", errors="replace")))
        meta = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        try:
            found = extract_html(source, page.name, min_words=1)
            paras = structure(normalize_text(found.text))
            kept, _ = strip_boilerplate(paras, rules)
            outputs = {"trafilatura": join_paragraphs(paras), "+rules": join_paragraphs(kept)}
            title = found.title
        except InputError:
            failures += 1
            outputs = {"trafilatura": "", "+rules": ""}
            title = None
        for name, text in outputs.items():
            got = tokens(text)
            scores = prf(got, want)
            for i, s in enumerate(scores):
                totals[name][i] += s
            micro[name]["overlap"] += sum((got & want).values())
            micro[name]["got"] += sum(got.values())
            micro[name]["want"] += sum(want.values())
            if args.verbose and name == "+rules":
                print(f"{page.name:45s} P={scores[0]:.2f} R={scores[1]:.2f} F1={scores[2]:.2f}")
        exact = norm_title(title) == norm_title(meta.get("title"))
        titles_exact += exact
        titles_contained += exact or bool(title and norm_title(title) in norm_title(meta.get("title")))
    n = len(pages)
    print(f"pages: {n}  (no article extracted: {failures})")
    for name in totals:
        p, r, f = (x / n for x in totals[name])
        m = micro[name]
        mp, mr = m["overlap"] / max(m["got"], 1), m["overlap"] / max(m["want"], 1)
        mf = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
        print(f"{name:12s} macro P={p:.3f} R={r:.3f} F1={f:.3f}   micro P={mp:.3f} R={mr:.3f} F1={mf:.3f}")
    print(f"title exact: {titles_exact / n:.3f}   title exact or contained: {titles_contained / n:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
