"""Direct quotes and who said them.

:func:`find_quotes` pairs quotation marks in ``article.text`` (curly, straight, guillemets, and single
curly marks told apart from apostrophes; a quote left open at a paragraph end closes there, as in
multi-paragraph quotes) and attributes each quote:

- a speech verb after it: "“…,” X said", inverted "“…,” said X", "“…,” announced the spokesperson of
  the ministry, Y" (the appositive person Y is the speaker);
- a speech verb before it in the same sentence: "X said: “…”", "He added that “…”", partial quotes
  "X vowed not to allow any country “to …”", "…, demanding that they “…”" (a verb with no subject of
  its own takes its governor's subject); "according to X, “…”";
- a paragraph that is nothing but a quote takes the speech verb of a previous paragraph ending in a
  colon, or else continues the previous quote's speaker; so does an unattributed quote that follows
  the previous one's attribution in the same paragraph ("“…,” she said. “…”").

The speaker is the subject of the speech verb, turned into the actor mention that covers it
(:func:`wirecoder.mentions.mention_at`); an unresolved pronoun falls back to the previous quote's
speaker; with no mention at all the speaker is the named entity or noun phrase as written. A speaker
written as a document ("the statement issued by the council, which vowed …") is the document's author.

``Quote.verb`` is the speech verb *as written* ("tweeted", "told"), not its lemma. ``Quote.text`` is
the inner text, without the marks and without a trailing comma. Quotes of 1–3 words with no speech
verb next to them are scare quotes and are skipped. Speech verbs: ``data/lexicon/speech_verbs.yaml``.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..article import Article, Participant, Quote, stable_id
from ..dates import event_date
from ..mentions import mention_at
from ..nlp import entity_at
from .lexicon import load, word_set

OPEN_MARKS = frozenset("“«")
CLOSE_MARKS = frozenset("”»")
STRAIGHT = '"'
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
_QUOTE_CHARS = OPEN_MARKS | CLOSE_MARKS | {STRAIGHT, SINGLE_OPEN}
_SENTENCE_END = frozenset({".", "!", "?"})
_DEFINING_PREPS = frozenset({"of", "for", "at"})
_RELATIVE = frozenset({"which", "who", "that", "whom"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_SPEECH_DEPS = frozenset({"amod", "acl", "compound"})
SCARE_QUOTE_MAX_WORDS = 3
_WINDOW = 14  # tokens looked at after a quote for its speech verb
CONTINUATION_MAX_CHARS = 80  # attribution text between a quote and its unattributed continuation


@dataclass(frozen=True)
class _Lexicon:
    lemmas: frozenset[str]
    forms: frozenset[str]
    document_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load("speech_verbs")
    verbs = data["verbs"]
    forms = {str(f).lower() for fs in verbs.values() for f in (fs or ())}
    return _Lexicon(word_set(verbs), frozenset(forms), word_set(data["document_nouns"]))


@dataclass
class _Span:
    """A pair of quotation marks: ``open``/``close`` are the marks' offsets (``close`` may be a line end)."""

    open: int
    close: int
    closed: bool  # False when the quote ran to the end of its paragraph


def quote_spans(text: str) -> list[_Span]:
    """Pairs of quotation marks in ``text``, in order. A quote still open at a line break ends there."""
    spans: list[_Span] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and start is not None:
            end = i
            while end > start + 1 and text[end - 1].isspace():
                end -= 1
            spans.append(_Span(start, end, False))
            start = None
        elif ch in OPEN_MARKS:
            start = i  # an unclosed quote before this one is dropped: keep the newer
        elif ch in CLOSE_MARKS and start is not None:
            spans.append(_Span(start, i, True))
            start = None
        elif ch == STRAIGHT:
            if start is None:
                start = i
            else:
                spans.append(_Span(start, i, True))
                start = None
    if start is not None:
        end = len(text.rstrip())
        if end > start + 1:
            spans.append(_Span(start, end, False))
    singles = [q for q in _single_spans(text) if not any(d.open < q.open < d.close for d in spans)]
    return sorted(spans + singles, key=lambda q: q.open)


@lru_cache(maxsize=4)
def _has_quote_marks(text: str) -> bool:
    """Whether ``text`` holds any quotation (once per text: asked for every event of an article)."""
    return bool(quote_spans(text))


def _single_spans(text: str) -> list[_Span]:
    """Quotes in single curly marks (‘…’), told apart from apostrophes: an opening mark follows a space
    or line start; a closing one follows , . ? ! or precedes , . ; : ? ! ) or a line end. A quote with
    no such closing mark in its paragraph is dropped (it was a scare quote or an apostrophe)."""
    spans: list[_Span] = []
    i = 0
    while True:
        i = text.find(SINGLE_OPEN, i)
        if i < 0:
            return spans
        if i > 0 and not (text[i - 1].isspace() or text[i - 1] in '([—–-“"'):
            i += 1
            continue
        j = i + 1
        close = None
        while j < len(text) and text[j] != "\n":
            ch = text[j]
            if ch == SINGLE_OPEN and text[j - 1].isspace():
                break  # a new quote opens before this one closed
            if ch == SINGLE_CLOSE:
                after = text[j + 1] if j + 1 < len(text) else "\n"
                if text[j - 1] in ",.?!…" or after in ",.;:?!)\n":
                    close = j
                    break
            j += 1
        if close is not None:
            spans.append(_Span(i, close, True))
            i = close + 1
        else:
            i = j if j > i + 1 else i + 1


def _inner(text: str, span: _Span) -> tuple[int, int]:
    """Offsets of the quote's text without marks, surrounding space or a trailing comma."""
    start, end = span.open + 1, span.close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _token_at(doc: Any, char: int) -> int | None:
    """Index of the token that covers char ``char`` (or the next token after it)."""
    starts = doc.to_array("IDX").tolist()  # read in C: no Token object per token (this runs per quote mark)
    k = bisect_right(starts, char) - 1
    if k >= 0 and char < starts[k] + len(doc[k].text):
        return k
    return k + 1 if k + 1 < len(doc) else None


def _is_speech_verb(tok: Any, lex: _Lexicon) -> bool:
    if tok.pos_ not in {"VERB", "AUX"} and tok.tag_ not in {"VBD", "VBZ", "VBP", "VBG", "VBN", "VB"}:
        return False
    if tok.dep_ in _NOT_SPEECH_DEPS:
        return False
    return tok.lemma_.lower() in lex.lemmas or tok.lower_ in lex.forms


def _ends_clause(tok: Any) -> bool:
    return tok.text in _SENTENCE_END or "\n" in tok.text or tok.text in _QUOTE_CHARS


def _verb_after(doc: Any, close_tok: int, quote: tuple[int, int], lex: _Lexicon) -> Any | None:
    """A speech verb just after the quote ("“…,” X said"), before any other main verb."""
    for tok in doc[close_tok : min(close_tok + _WINDOW, len(doc))]:
        if tok.idx < quote[1]:
            continue
        if "\n" in tok.text or tok.text in OPEN_MARKS or tok.text == SINGLE_OPEN:
            return None
        if tok.text in _SENTENCE_END:
            return None
        if _is_speech_verb(tok, lex):
            # "…", saying he intends to leave: a verb with its own reported clause is not this quote's
            if any(
                c.dep_ in {"ccomp", "xcomp"} and c.i > tok.i and not _quoted_from(doc, tok, c) for c in tok.children
            ):
                return None
            return tok
        if tok.pos_ == "VERB" and tok.dep_ in {"ROOT", "conj", "ccomp"} and tok.idx > quote[1]:
            return None
    return None


def _quoted_from(doc: Any, verb: Any, clause: Any) -> bool:
    """A quotation mark opens between ``verb`` and its ``clause``: the clause is the next quote
    ("“…,” he said, “…”"), not a reported clause of the verb's own."""
    return any(
        t.text in OPEN_MARKS or t.text in {STRAIGHT, SINGLE_OPEN} for t in doc[verb.i + 1 : clause.left_edge.i + 1]
    )


def _introduces_next(doc: Any, verb: Any) -> bool:
    """``verb``'s own clause is the next quote."""
    return any(c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i and _quoted_from(doc, verb, c) for c in verb.children)


def _verb_before(doc: Any, open_tok: int, lex: _Lexicon) -> Any | None:
    """The speech verb nearest before the quote in its sentence ("He added that “…”")."""
    k = open_tok - 1
    while k >= 0 and not _ends_clause(doc[k]):
        if _is_speech_verb(doc[k], lex):
            return doc[k]
        k -= 1
    return None


def _verb_before_colon(doc: Any, text: str, span: _Span, lex: _Lexicon) -> Any | None:
    """The speech verb of a paragraph ending in a colon, for a quote that is the next paragraph:
    "The minister told parliament:" / "“…”"."""
    before = text[: span.open].rstrip()
    if not before.endswith(":"):
        return None
    colon = _token_at(doc, len(before) - 1)
    return _verb_before(doc, colon + 1, lex) if colon is not None else None


def _according_to(doc: Any, open_tok: int) -> Any | None:
    """The X of "according to X, “…”" in the quote's sentence."""
    k = open_tok - 1
    while k >= 1 and not _ends_clause(doc[k]):
        if doc[k].lower_ == "to" and doc[k - 1].lower_ == "according":
            objs = [c for c in doc[k].children if c.dep_ == "pobj"]
            return objs[0] if objs else None
        k -= 1
    return None


def _outside(tok: Any, quote: tuple[int, int]) -> bool:
    return not (quote[0] - 1 <= tok.idx < quote[1] + 1)


def _inside(tok: Any, quote: tuple[int, int]) -> bool:
    return quote[0] < tok.idx < quote[1]


def _subject_of(verb: Any, quote: tuple[int, int], lex: _Lexicon) -> Any | None:
    """Who speaks through ``verb``: its agent or subject, its governor's subject, or an inverted object."""
    for c in verb.children:  # "described by the minister as “…”"
        if c.dep_ == "agent":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and _outside(objs[0], quote):
                return objs[0]
    v = verb
    for _ in range(6):
        climbed = v is not verb
        # a clause inside the quote, or the reported content of another speech verb, is not the speaker's
        skip = _inside(v, quote) or (climbed and v.dep_ == "ccomp" and _is_speech_verb(v.head, lex))
        subjects = [] if skip else [c for c in v.children if c.dep_ in _SUBJECTS and _outside(c, quote)]
        if subjects:
            subj = subjects[0]
            if subj.lower_ in _RELATIVE and v.dep_ == "relcl":
                return v.head
            return subj
        if v.dep_ == "relcl" and v.head.pos_ in {"NOUN", "PROPN"} and not skip:
            return v.head
        if v.dep_ in {"advcl", "xcomp", "conj", "ccomp", "acl", "pcomp"} and v.head.i != v.i:
            v = v.head
            continue
        break
    # "“…,” announced the spokesperson": the parser may take the speaker for an object
    for c in verb.children:
        if c.dep_ in {"dobj", "obj", "attr", "dative"} and c.idx > quote[1] and c.pos_ in {"NOUN", "PROPN"}:
            return c
    return None


def _refine(tok: Any, lex: _Lexicon) -> Any:
    """The person behind a speaker token: an appositive name, or the author of a document."""
    for c in tok.children:
        if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN"):
            return c
    if tok.pos_ == "NOUN":  # "the spokeswoman of the Foreign Office, Maria Lopez" (appos hung on "Office")
        names = [t for t in tok.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON"]
        if names:
            return names[-1]
    if tok.lemma_.lower() in lex.document_nouns or tok.lower_ in lex.document_nouns:
        for c in tok.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ in {"acl", "relcl"}:
                for g in c.children:
                    if g.dep_ == "agent":
                        objs = [o for o in g.children if o.dep_ == "pobj"]
                        if objs:
                            return objs[0]
    return tok


def _phrase(doc: Any, tok: Any) -> tuple[str, int, int]:
    """The entity or noun phrase a speaker token heads, as text and char offsets."""
    ent = entity_at(doc, tok.i)
    if ent is not None:
        return ent.text, ent.start_char, ent.end_char
    start, end = tok.i, tok.i + 1
    for chunk in tok.sent.noun_chunks:
        if chunk.start <= tok.i < chunk.end:
            start, end = chunk.start, chunk.end if tok.dep_ != "poss" else tok.i + 1  # "the ministry['s statement]"
            break
    # "the head of the border police", "the spokesman for the ministry": keep the defining phrase
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _DEFINING_PREPS and prep.i >= end:
            right = prep.right_edge.i + 1
            stops = [t.i for t in doc[prep.i : right] if t.text in {",", "(", "—", ";"} or t.dep_ in {"relcl", "acl"}]
            right = min(stops) if stops else right
            if right > prep.i + 1:
                end = right
            break
    return doc[start:end].text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _participant(article: Article, tok: Any, previous: Participant | None) -> Participant:
    """The speaker token as a Participant: its actor mention, else the previous speaker for a pronoun."""
    doc = article.doc
    mention = mention_at(article, tok.idx, tok.idx + len(tok.text))
    if mention is not None:
        resolved = mention.actor is not None and bool(mention.actor.name or mention.actor.actor_id)
        if resolved or mention.kind != "pronoun":
            return Participant.from_mention(mention)
    if tok.pos_ == "PRON" and previous is not None:
        return dataclasses.replace(previous)
    text, start, end = _phrase(doc, tok)
    return Participant(text=text, start=start, end=end)


def _sentence_index(article: Article, char: int) -> int:
    best = 0
    for s in article.sentences:
        if s.start <= char:
            best = s.index
        if s.start <= char < s.end:
            return s.index
    return best


def _alone_in_paragraph(text: str, span: _Span) -> bool:
    """The quote is a paragraph by itself (a continuation of the previous speaker)."""
    line_start = text.rfind("\n", 0, span.open) + 1
    line_end = text.find("\n", span.close)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : span.open].strip() and len(text[span.close + 1 : line_end].strip()) <= 1


def _introduces(doc: Any, verb: Any | None, span: _Span, ends_open: bool) -> bool:
    """The speech verb frames a short quote directly ("“No,” he said", "He told reporters: “No.”"),
    rather than a word inside a sentence ("called the deal a “sellout”")."""
    if verb is None:
        return False
    if verb.idx > span.close:
        return ends_open
    between = [t for t in doc[verb.i + 1 :] if t.idx < span.open]
    return len(between) <= 2 and not any(t.pos_ == "DET" for t in between)


def _follows_closely(text: str, last_close: int | None, span: _Span) -> bool:
    """The quote comes right after the previous one's attribution in the same paragraph:
    "“…,” the minister said. “…”"."""
    if last_close is None or span.open <= last_close:
        return False
    between = text[last_close + 1 : span.open]
    return "\n" not in between and len(between) <= CONTINUATION_MAX_CHARS


def find_quotes(article: Article) -> list[Quote]:
    """Direct quotes in the article, in text order, each with its speaker, verb and date."""
    text, doc = article.text, article.doc
    lex = _lexicon()
    quotes: list[Quote] = []
    previous: Participant | None = None
    last_close: int | None = None
    for span in quote_spans(text):
        start, end = _inner(text, span)
        if end <= start:
            continue
        verb = speaker_tok = None
        ends_open = False
        if doc is not None:
            open_tok = _token_at(doc, span.open)
            close_tok = _token_at(doc, span.close)
            if open_tok is not None and close_tok is not None:
                after = _verb_after(doc, close_tok, (span.open, span.close), lex)
                before = _verb_before(doc, open_tok, lex)
                ends_open = text[span.close - 1] in ",?!—–" or text[span.close + 1 : span.close + 2] == ","
                if after is not None and before is not None and _introduces_next(doc, after):
                    after = None  # 'X said “…”, adding “…”': "adding" is the next quote's verb
                verb = (after or before) if ends_open else (before or after)
                if verb is None and _alone_in_paragraph(text, span):
                    verb = _verb_before_colon(doc, text, span, lex)
                if verb is not None:
                    speaker_tok = _subject_of(verb, (span.open, span.close), lex)
                else:
                    speaker_tok = _according_to(doc, open_tok)
        words = len(text[start:end].split())
        if words <= SCARE_QUOTE_MAX_WORDS and not _introduces(doc, verb, span, ends_open):
            last_close = span.close
            continue
        speaker: Participant | None = None
        if speaker_tok is not None:
            speaker = _participant(article, _refine(speaker_tok, lex), previous)
        elif (
            verb is None
            and previous is not None
            and (_alone_in_paragraph(text, span) or _follows_closely(text, last_close, span))
        ):
            speaker = dataclasses.replace(previous)
        last_close = span.close
        if speaker is not None:
            previous = speaker
        index = _sentence_index(article, start)
        quotes.append(
            Quote(
                id=stable_id(article.id, start),
                sentence_index=index,
                speaker=speaker,
                text=text[start:end],
                start=start,
                end=end,
                verb=verb.text if verb is not None else None,
                date=event_date(article, index)[0],
            )
        )
    return quotes


def quote_at(article: Article, start: int, end: int) -> Quote | None:
    """The quote whose text encloses ``[start, end)``: from ``article.quotes``, else computed."""
    quotes = article.quotes
    if not quotes and _has_quote_marks(article.text):  # not computed yet (or none found): cheap check first
        quotes = find_quotes(article)
    for q in quotes:
        if q.start <= start and end <= q.end:
            return q
    return None
