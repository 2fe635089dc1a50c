"""Accuracy and speed of the language detectors on short English reports and on real web pages.

    .venv/bin/python benchmarks/language_detect.py [--shared ../shared]

Two sets, read in place from ``../shared/gold``: the sentences of the PLOVER gold set (short English
reports, one or two sentences each) and the main text (``expected.html``) of the readability pages whose
metadata names a language (English or not). For each detector installed (py3langid, and langdetect or
lingua when present, as baselines of the same run) it prints how many short reports it calls English,
how many non-English pages it calls not English and how many it names exactly, and the milliseconds per
short report and per page; then the same for the project's own check (``clean.language.detect_language``: detector plus the
English stopword share and the short-text function-word rule). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import html

from wirecoder.clean.language import detect_language

ROOT = Path(__file__).resolve().parents[1]


def short_reports(shared: Path) -> list[str]:
    """The sentence of each PLOVER gold record (skipping the documentation record without one)."""
    records = json.loads((shared / "gold" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt").read_text(encoding="utf-8"))
    return [r["text"] for r in records if r.get("text")]


def pages(shared: Path) -> list[tuple[str, str]]:
    """(language tag's primary subtag, main text) of each readability page whose metadata names a language."""
    out = []
    for meta_path in sorted((shared / "gold" / "boilerplate" / "readability_pages").glob("*/expected-metadata.json")):
        lang = json.loads(meta_path.read_text(encoding="utf-8")).get("lang")
        expected = meta_path.parent / "expected.html"
        if not lang or not expected.exists():
            continue
        text = " ".join(html.fromstring(expected.read_bytes()).text_content().split())
        out.append((lang.split("-")[0].lower(), text))
    return out


def detectors() -> dict[str, Callable[[str], str | None]]:
    """The raw detectors importable here, each as text -> ISO 639-1 code."""
    found: dict[str, Callable[[str], str | None]] = {}
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE)
        found["py3langid"] = lambda text: str(ident.classify(text)[0])
    except ImportError:
        pass
    try:
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException

        DetectorFactory.seed = 0

        def _langdetect(text: str) -> str | None:
            try:
                return str(detect(text))
            except LangDetectException:
                return None

        found["langdetect"] = _langdetect
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().build()

        def _lingua(text: str) -> str | None:
            got = lingua.detect_language_of(text)
            return got.iso_code_639_1.name.lower() if got else None

        found["lingua"] = _lingua
    except ImportError:
        pass
    found["wirecoder check"] = detect_language
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not (args.shared / "gold").is_dir():
        print(f"{args.shared / 'gold'}: not found; give the shared data directory with --shared", file=sys.stderr)
        return 2
    short = short_reports(args.shared)
    paged = pages(args.shared)
    foreign = [(lang, text) for lang, text in paged if lang != "en"]
    english_pages = [text for lang, text in paged if lang == "en"]
    print(f"{len(short)} short English reports; {len(paged)} pages ({len(foreign)} not English)")
    head = f"{'detector':<16} {'short en':>9} {'en pages':>9} {'not en':>7} {'exact':>6} {'ms/short':>9} {'ms/page':>8}"
    print(head)
    page_texts = english_pages + [t for _, t in foreign]
    for name, detect in detectors().items():
        detect(foreign[0][1] if foreign else short[0])  # load the model outside the clock
        started = time.perf_counter()
        got_short = [detect(t) for t in short]
        ms_short = (time.perf_counter() - started) * 1000 / len(short)
        started = time.perf_counter()
        got_pages = [detect(t) for t in page_texts]
        ms_page = (time.perf_counter() - started) * 1000 / len(page_texts)
        short_ok = sum(g == "en" for g in got_short)
        pages_ok = sum(g == "en" for g in got_pages[: len(english_pages)])
        foreign_got = got_pages[len(english_pages) :]
        not_en = sum(g != "en" for g in foreign_got)
        exact = sum(
            g is not None and g.split("-")[0] == lang for g, (lang, _) in zip(foreign_got, foreign, strict=True)
        )
        print(
            f"{name:<16} {short_ok:>5}/{len(short):<3} {pages_ok:>5}/{len(english_pages):<3} "
            f"{not_en:>3}/{len(foreign):<3} {exact:>2}/{len(foreign):<3} {ms_short:>9.2f} {ms_page:>8.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
