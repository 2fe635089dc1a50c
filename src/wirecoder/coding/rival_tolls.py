"""Two tolls of one incident told by rival sources are one toll, not two to add: "first reports spoke of up to
40 dead, but officials later confirmed 12 deaths", "residents said 30 were killed, while the army gave 18
deaths", "the villagers said 15 were killed, while the police put the toll at 9". Each count sits under a verb of its own telling (said, confirmed, reported, put, gave ...), the two
are set against each other ("but", "while", "whereas", "although"), and they count the same victims (the
same noun, or a bare toll noun: deaths, dead, toll, people). The event keeps the lowest, as a conservative
coder does, and the higher is no count of the article's dead (its distinct counts do not add it); counts of
different victims ("5 soldiers ..., while 3 civilians ...") are left added up. The story's own count and a toll
figure a source gives after a semicolon or a contrast word ("killing at least 12 civilians; local groups said the
toll was 16") are rivals too; a figure told as a later revision ("officials later put the toll at 16") is not.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Quantity
from .numbers import lexicon
from .quantities import FATAL_KINDS, count_root

TELLING = frozenset(
    {"say", "report", "confirm", "put", "give", "estimate", "claim", "tell", "state", "announce", "cite", "count"}
)
_AGAINST = frozenset({"but", "while", "whereas", "although", "though", "however"})
BARE = frozenset({"death", "dead", "toll", "people", "person", "fatality", "casualty", "victim", "body", "life"})
#: The verbs by which a side claims a toll of its own doing ("the militants claimed to have killed 40"), set
#: against another teller's count even across a semicolon: "...; the army said four died".
CLAIMING = frozenset({"claim"})


def _teller(tok: Any) -> Any:
    """The nearest verb of telling above the count, or None."""
    return next((a for a in tok.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in TELLING), None)


def victims(tok: Any) -> str:
    """The noun the count counts ("40 worshippers": worshipper), or the count's own head; a count standing
    alone as a verb's argument ("four died", "the group claimed 30") counts no named victims: "people"."""
    if tok.pos_ == "NUM" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.pos_ in {"VERB", "AUX"}:
        return "people"
    noun = tok if tok.pos_ in {"NOUN", "PROPN"} else tok.head
    return str(noun.lemma_.lower())


def _set_against(first: Any, second: Any, ta: Any, tb: Any) -> bool:
    """The two counts are set against each other: a contrast word between them, or a semicolon where one of
    the two tellers claims the toll ("claimed to have killed 40 soldiers; the army said four died")."""
    between = first.doc[first.i + 1 : second.i]
    if any(t.lower_ in _AGAINST for t in between):
        return True
    claimed = {ta.lemma_.lower(), tb.lemma_.lower()} & CLAIMING
    return bool(claimed) and any(t.text == ";" for t in between)


def _claimed_side(ta: Any, tb: Any) -> int | None:
    """Which of two tellers (0 or 1) claims the toll while the other only tells it, or None."""
    a, b = (t is not None and t.lemma_.lower() in CLAIMING for t in (ta, tb))  # a count told by no one: no claim
    return None if a == b else (0 if a else 1)


def _rivals(a: Any, b: Any) -> bool:
    """Two counts of one sentence told by different tellers, set against each other, of the same victims."""
    first, second = (a, b) if a.i < b.i else (b, a)
    ta, tb = _teller(first), _teller(second)
    if ta is not None and ta.i > first.i and any(t.text == ";" for t in first.doc[first.i + 1 : ta.i]):
        ta = None  # "killing 12; local groups said ...": a teller after the semicolon tells only what follows it
    if ta is None and tb is not None:
        return _told_figure_against(first, second, tb)
    if ta is None or tb is None or ta.i == tb.i:
        return False
    if not _set_against(first, second, ta, tb):
        return False
    va, vb = victims(first), victims(second)
    return va == vb or va in BARE or vb in BARE


def _told_figure_against(first: Any, second: Any, teller: Any) -> bool:
    """A count the story tells itself, then a toll figure another source gives, set against it by a contrast
    word or a semicolon ("killing at least 12 civilians; local groups said the toll was 16"): two estimates of
    one toll. Not a figure told as a later revision ("officials later put the toll at 16")."""
    figure = _toll_figure(second.sent)
    if figure is None or figure.i != second.i or not any(c.dep_ == "nsubj" for c in teller.children):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _LATER for c in teller.children):
        return False
    between = first.doc[first.i + 1 : second.i]
    return any(t.lower_ in _AGAINST or t.text == ";" for t in between)


_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "since"})


def _toll_figure(sent: Any) -> Any:
    """A toll given as a figure with no victims ("put the toll at 9", "gave a death toll of 12", "the toll was
    16"): its number."""
    for tok in sent:
        if tok.text.isdigit() and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            if any(c.dep_ == "nsubj" and c.lemma_.lower() == "toll" for c in tok.head.children):
                return tok  # "the toll was 16"
        prep = _misread_time_count(tok) if tok.text.isdigit() else tok.head
        if not tok.text.isdigit() or prep.lower_ not in {"at", "of"}:
            continue
        holder = prep.head
        if holder.lemma_.lower() == "toll" or any(c.lemma_.lower() == "toll" for c in holder.children):
            return tok
    return None


_TIME_NOUNS = frozenset({"hour", "day", "week", "month"})


def _misread_time_count(tok: Any) -> Any:
    """The preposition a figure belongs to when the parser hung it on a time phrase after it ("put the toll at 145
    two days later": 145 read as counting the days, beside "two"); ``tok``'s own head otherwise."""
    days = tok.head
    if tok.dep_ != "nummod" or days.lemma_.lower() not in _TIME_NOUNS:
        return tok.head
    if not any(c.dep_ == "nummod" and c.i > tok.i for c in days.children):
        return tok.head
    return next((a for a in list(days.ancestors)[:3] if a.dep_ == "prep"), tok.head)


@cache
def _vague_words() -> frozenset[str]:
    """The approx labels of vague counts ("dozens", "several"), read once."""
    return frozenset(str(v.get("approx")) for v in lexicon().vague.values())


def _lower_figure(event: Any, tok: Any, vague: bool = False) -> None:
    """The event's one count ``tok`` against a toll figure told by another source later in the sentence. A
    vague count ("dozens of villagers died ..., and the police put the toll at 31") takes the figure."""
    figure = _toll_figure(tok.sent)
    if figure is None or figure.i < tok.i:
        return
    if vague and _teller(figure) is not None and event.fatalities == lexicon().vague.get(tok.lower_, {}).get("value"):
        event.fatalities = int(figure.text)
        if not any(q.start == figure.idx for q in event.quantities):  # the figure is the event's one death count
            told = Quantity("killed", int(figure.text), None, figure.text, None, figure.idx, figure.idx + len(figure))
            event.quantities = [*(q for q in event.quantities if q.kind not in FATAL_KINDS), told]
        return
    if int(figure.text) >= (event.fatalities or 0):
        return
    teller = _teller(figure)
    if teller is None or teller.i == getattr(_teller(tok), "i", None):
        return
    if any(t.lower_ in _AGAINST for t in tok.doc[tok.i + 1 : figure.i]):
        event.fatalities = int(figure.text)


def _uncounted_kill(event: Any, doc: Any) -> Any:
    """The trigger token of a killing told with no count ("dozens of soldiers killed"), or None."""
    if event.fatalities is not None or event.background or event.cameo.get("root") not in {"18", "19", "20"}:
        return None
    start = (event.trigger or {}).get("start")
    tok = next((t for t in doc if t.idx == start), None) if start is not None else None
    return tok if tok is not None and tok.lemma_.lower() in {"kill", "die"} else None


def toll_figure_of_uncounted_dead(article: Article) -> None:
    """A killing told with no count takes the toll figure a source gives in its sentence: "dozens of soldiers
    were reported killed; a local official put the toll at 27" is 27 dead. Only where no event of the article
    has a toll yet (the figure is then no second count of dead already added up) and a verb of telling gives
    the figure."""
    doc = article.doc
    if doc is None or any(e.fatalities for e in article.events):
        return
    for event in article.events:
        tok = _uncounted_kill(event, doc)
        if tok is None:
            continue
        figure = _toll_figure(tok.sent)
        if figure is not None and _teller(figure) is not None:
            event.fatalities = int(figure.text)
            return


def _vague_and_figure(event: Any, spans: dict[Any, Any]) -> bool:
    """A vague count and a toll figure of one sentence that a source gives, added up: the figure alone.
    "Several civilians were killed ..., and the army later gave a toll of 12" is 12 dead, not 3 + 12; the figure
    says how many "several" were. Counts of other victims ("5 soldiers and several civilians") are left alone:
    only a figure with no victims of its own ("a toll of 12", "put the toll at 9") replaces the vague count."""
    vague_words = _vague_words()
    (qa, ta), (qb, tb) = sorted(spans.values(), key=lambda qt: qt[1].i)
    if ta.sent.start != tb.sent.start or qa.approx not in vague_words or qb.approx in vague_words:
        return False
    figure = _toll_figure(ta.sent)
    if figure is None or figure.i != tb.i or _teller(figure) is None:
        return False
    if event.fatalities != int(float(qa.value or 0) + float(qb.value or 0)):
        return False
    event.fatalities = int(figure.text)
    return True


def lowest_of_rival_tolls(article: Article) -> None:
    """An event whose fatalities add up two rival tolls of one sentence keeps the lowest of them; a vague count
    and the figure a source gives for it keep the figure."""
    doc = article.doc
    if doc is None:
        return
    for event in article.events:
        if not event.fatalities:
            continue
        spans = {
            (q.start, q.end): (q, tok)
            for q in event.quantities
            if q.kind in FATAL_KINDS and q.value is not None and (tok := count_root(doc, q)) is not None
        }
        if len(spans) == 1:
            q, tok = next(iter(spans.values()))
            _lower_figure(event, tok, vague=q.approx in _vague_words())
        if len(spans) != 2:
            continue
        if _vague_and_figure(event, spans):
            continue
        (qa, ta), (qb, tb) = spans.values()
        if ta.sent.start != tb.sent.start or not _rivals(ta, tb):
            continue
        if event.fatalities != int(float(qa.value or 0) + float(qb.value or 0)):
            continue
        claimed = _claimed_side(_teller(ta), _teller(tb))
        if claimed is None:
            event.fatalities = int(min(float(qa.value or 0), float(qb.value or 0)))
            if qa.value != qb.value:  # the higher estimate is no count of the note's dead either
                forget_count(article, qa if float(qa.value or 0) > float(qb.value or 0) else qb)
        else:  # a side's claim against another's count: the other's (officials', as a coder takes it)
            event.fatalities = int(float((qb if claimed == 0 else qa).value or 0))
            forget_count(article, qa if claimed == 0 else qb)


def forget_count(article: Article, q: Any) -> None:
    """No event of the article keeps the count ``q`` (a claimed toll a coder does not take) among its
    quantities, so that the article's distinct counts no longer add it."""
    for event in article.events:
        event.quantities = [x for x in event.quantities if (x.start, x.end, x.kind) != (q.start, q.end, q.kind)]
