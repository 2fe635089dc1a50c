"""What the resolution of one article knows: its mentions so far and the context the passes share.

``ResolutionState`` is made once per article by ``Resolver`` and handed to each pass in turn; a pass
reads and extends it (adds ``Found`` mentions, types them) and keeps no state of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..article import Actor, Article, Mention
from ..geo.not_places import compound_modifier
from .coref import LOOKBACK, Candidate, one_of_a_group, owner_of_subject, subject_of
from .destinations import aimed_at, is_across_border, is_counterpart, is_destination, spoken_of
from .foreign_actors import told_as_foreign
from .foreign_mentions import foreign_to_actor, reporter, told_by_reporter
from .kb import Hit, KnowledgeBase, parse_date
from .own_places import in_fronted_place, in_own_place_phrase
from .syntax import quoted_tokens

# Hit kinds that name a country (as a state, a capital, a demonym, its people or one of its places).
COUNTRY_HITS = frozenset({"country", "capital", "adjective", "people", "place"})
# How a mention typed as a country's forces by the force-makers pass was resolved ("a US drone strike").
FORCE_VIA = "force"
# How much more a name in the lead sentence weighs than one further down when the story's country is counted.
LEAD_WEIGHT = 2
_DATELINE_TAIL = re.compile(r"\([^)]*\)|\b[A-Z][a-z]{2}\.? \d{1,2}\b")  # "(AP)", "Dec 7" left after a dateline
_LEAD_WORD = re.compile(r"[A-Za-z]{2}")
# An envoy's country is the state they represent abroad: "Foreign Office summons Indian diplomat" is no story
# from India, and the Foreign Office is not India's.
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "embassy"})


@dataclass
class Found:
    """A mention under construction, with what the resolver knows about it."""

    mention: Mention
    first: int  # first token index
    last: int  # last token index (inclusive)
    hits: list[Hit] = field(default_factory=list)
    label: str | None = None  # NER label, if from NER
    is_person: bool = False
    is_group: bool = False
    derived: bool = False
    consumed: bool = False  # a country modifier folded into a nominal phrase: not reported on its own


def reference_date(article: Article) -> dt.date | None:
    """The date roles resolve at: publication date, else the latest resolved date in the text, else None."""
    for value in [article.published] + sorted((t.value for t in article.times if t.value), reverse=True):
        if not value:
            continue
        try:
            return parse_date(str(value)[:10])
        except ValueError:
            continue
    return None


@dataclass
class ResolutionState:
    """One article's resolution: the options of the resolver, the parse, and every mention found so far."""

    kb: KnowledgeBase
    article: Article
    doc: Any
    state_sector: str | None = "GOV"  # sector of a country or capital name acting (None: bare code)
    place_country: Callable[[str], str | None] | None = None  # gazetteer country of a place the KB lacks
    max_words: int = 1  # longest KB alias in words (at most 10)
    day: dt.date | None = None
    found: list[Found] = field(default_factory=list)
    by_token: dict[int, Found] = field(default_factory=dict)
    acronyms: dict[str, Actor] = field(default_factory=dict)  # defined or used in this article
    sent_starts: list[int] = field(default_factory=list)
    quote_tokens: set[int] = field(default_factory=set)
    dateline_country: str | None = None  # set by the dateline pass
    dateline_span: tuple[int, int] | None = None  # the dateline's characters, "KABUL (Reuters) -" (dateline pass)
    context: str | None = None  # the story's country, once asked for (see ``context_country``)
    context_known: bool = False
    context_clear: bool = False  # the story's country leads the others (or the dateline decides a tie)
    by_sentence: dict[int, list[Found]] = field(default_factory=dict, repr=False)  # see ``in_sentence``
    indexed: int = field(default=0, repr=False)  # how many of ``found`` are in ``by_sentence``
    by_head: dict[int | None, list[Found]] = field(default_factory=dict, repr=False)  # see ``with_head``
    head_indexed: int = field(default=0, repr=False)  # how many of ``found`` are in ``by_head``
    subjects: dict[int | None, bool] = field(default_factory=dict, repr=False)  # token -> is a subject

    def __post_init__(self) -> None:
        self.day = reference_date(self.article)
        self.sent_starts = [s.start for s in self.article.sentences] or [0]
        self.quote_tokens = quoted_tokens(self.doc)

    def mentions(self) -> list[Mention]:
        """The mentions to report (not consumed), in text order, widest first at one start."""
        mentions = [f.mention for f in self.found if not f.consumed]
        mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return mentions

    def sentence_of(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def add(self, first: int, last: int, kind: str, **kw: Any) -> Found:
        """A new mention over tokens ``first``..``last`` (inclusive); earlier mentions keep their tokens."""
        span = self.doc[first : last + 1]
        head = span.root.i
        text = span.text.rstrip("-\u2013\u2014 ")  # "Quetta-": a dateline glued to its dash
        mention = Mention(
            text, span.start_char, span.start_char + len(text), self.sentence_of(span.start_char), kind, head=head
        )
        f = Found(mention, first, last, **kw)
        self.found.append(f)
        for i in range(first, last + 1):
            self.by_token.setdefault(i, f)
        return f

    def in_sentence(self, index: int) -> list[Found]:
        """The mentions found so far in sentence ``index``, in the order found (``found`` only grows)."""
        for f in self.found[self.indexed :]:
            self.by_sentence.setdefault(f.mention.sentence_index, []).append(f)
        self.indexed = len(self.found)
        return self.by_sentence.get(index, [])

    def named_at(self, i: int) -> Found | None:
        return self.by_token.get(i)

    def with_head(self, i: int) -> Found | None:
        """The mention whose head is token ``i`` (the widest, when several are). Indexed by head as it is
        when first asked for (a pass sets a mention's head right after adding it), checked on each lookup."""
        for f in self.found[self.head_indexed :]:
            self.by_head.setdefault(f.mention.head, []).append(f)
        self.head_indexed = len(self.found)
        heads = [f for f in self.by_head.get(i, ()) if f.mention.head == i and not f.consumed]
        return max(heads, key=lambda f: f.last - f.first) if heads else None

    def country_actor(self, iso3: str, sector: str | None, role: str | None = None, governing: bool = True) -> Actor:
        return self.kb.country_actor(iso3, sector, self.day, role, governing)

    def context_country(self) -> str | None:
        """The country of the story: the one named most often (its names, places, demonyms and the countries
        of its named actors), the dateline counting double and breaking ties, and the lead sentence's names
        counting double (a news lead says where the story is; later paragraphs bring in neighbours, donors,
        mediators). Fixed once asked for."""
        if self.context_known:
            return self.context
        counts: defaultdict[str, float] = defaultdict(float)  # a seat ("London-based") counts half
        dl = self.dateline_country
        if dl:
            counts[dl] += 2
        lead = self.lead_sentence()
        for f in self.found:
            hit = f.hits[0] if f.hits else None
            if f.mention.via == "dateline":
                continue  # counted above, as the dateline, once
            if f.mention.via == FORCE_VIA or self.envoy(f) or self.destination(f) or self.partner(f):
                continue  # "Indian shelling": who fired, not where the story is; "flew to Paris": where they went
            if f.mention.head is not None and is_across_border(self.doc[f.mention.head]):
                continue  # "near the border with Mali": the other side of the story's border
            if self.agency(f):
                continue  # "YANGON (Reuters) -": the wire that sent the story, not where it is
            weight: float = LEAD_WEIGHT if f.mention.sentence_index == lead else 1
            if f.mention.kind == "place" and compound_modifier(self.doc.text, f.mention.end):
                weight /= 2  # "a London-based monitor", "US-backed forces": a seat or a sponsor, weak evidence
            if hit is not None and hit.kind in COUNTRY_HITS:
                counts[hit.key] += weight
            elif hit is not None and hit.kind == "entry" and f.mention.actor and f.mention.actor.country:
                counts[f.mention.actor.country] += weight
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != dl))
        self.context = best[0][0] if best else None
        self.context_clear = bool(best) and (len(best) == 1 or best[0][1] > best[1][1] or best[0][0] == dl)
        self.context_known = True
        return self.context

    def agency(self, f: Found) -> bool:
        """Whether ``f`` is the news agency in the dateline's brackets ("KABUL (Reuters) -")."""
        span = self.dateline_span
        if span is None or not span[0] <= f.mention.start < span[1]:
            return False
        return "(" in self.article.text[span[0] : f.mention.start]

    def envoy(self, f: Found) -> bool:
        """Whether ``f`` is a foreign envoy ("the Indian diplomat"): their country is not the story's."""
        if f.mention.head is None:
            return False
        tok = self.doc[f.mention.head]  # the envoy, or the demonym on one
        return tok.lemma_.lower() in ENVOY_NOUNS or (
            tok.dep_ in {"amod", "compound", "poss"} and tok.head.lemma_.lower() in ENVOY_NOUNS
        )

    def destination(self, f: Found) -> bool:
        """Whether ``f`` is a place visited or where talks are held (``destinations``): not whose it is."""
        if f.mention.head is None or not f.hits or f.hits[0].kind not in COUNTRY_HITS:
            return False
        return is_destination(self.doc[f.mention.head])

    def partner(self, f: Found) -> bool:
        """Whether ``f`` names the other side of talks ("talks with Russian officials"): not the story's."""
        return f.mention.head is not None and is_counterpart(self.doc[f.mention.head])

    def counterpart(self, f: Found, g: Found) -> bool:
        """Whether ``g`` names the other side of talks ``f`` holds (``destinations``), not ``f``'s own country."""
        if g.mention.head is None or f.mention.head is None or not is_counterpart(self.doc[g.mention.head]):
            return False
        return not (self.doc[f.mention.head].i == self.doc[g.mention.head].head.i)

    def lead_sentence(self) -> int:
        """The index of the story's lead: the first sentence with words beyond the dateline ("NAIROBI (AP) —"
        stands as a sentence of its own, the lead after it)."""
        if self.dateline_span is None:
            return 0
        for sent in self.article.sentences:
            rest = self.article.text[max(sent.start, self.dateline_span[1]) : sent.end]
            if _LEAD_WORD.search(_DATELINE_TAIL.sub(" ", rest)):
                return sent.index
        return 0

    def story_country(self) -> str | None:
        """The story's country only when it decides: it is named more than any other, or it is the
        dateline's. A story that spans countries equally has none (precision first)."""
        story = self.context_country()
        return story if self.context_clear else None

    def story_basis(self) -> str:
        """How the story's country is known: "dateline" when the dateline names it, else "story"."""
        return "dateline" if self.dateline_country and self.story_country() == self.dateline_country else "story"

    def local_country(self, f: Found) -> str | None:
        """The country a nominal is about (see ``local_country_basis``)."""
        return self.local_country_basis(f)[0]

    def local_country_basis(self, f: Found, titled: bool = False) -> tuple[str | None, str | None]:
        """The country a nominal is about and how it is known: a place in its own phrase ("rebels in eastern
        Congo": "place"), else the country named most in its sentence (names of who weigh more than places:
        "place" when only places name it, else "sentence"), else the story's when one country leads it.
        ``titled``: a person named by a bare title ("Interior Minister X"), whose country is not that of whom
        their act is aimed at (a group's may be: "militants from Afghanistan kill a Pakistani soldier")."""
        if f.mention.head is not None and told_as_foreign(self.doc[f.mention.head]):
            return None, None  # "accused foreign agents of ...": not the speaker's country, and no other is named
        apposed = self.apposed_country(f)
        if apposed is not None:  # "Rioters (Chile)", "Unidentified Armed Group (Mali)": stated by the text
            return apposed, "stated"
        counts: dict[str, float] = {}
        near: dict[str, int] = {}
        by_name: set[str] = set()  # countries some non-place mention of the sentence names
        head = self.doc[f.mention.head] if f.mention.head is not None else None
        aside = self.told_aside(f, head)
        for g in self.in_sentence(f.mention.sentence_index):
            if not g.hits or g is f or g in aside:
                continue
            gh = self.doc[g.mention.head] if g.mention.head is not None else None
            if g.mention.via == FORCE_VIA or self.envoy(g) or self.destination(g) or self.counterpart(f, g):
                continue  # "civilians killed by Indian shelling in Kotli": the shelling's country is not theirs
            if g.mention.kind == "place" and compound_modifier(self.doc.text, g.mention.end):
                continue  # "the Observatory, a UK-based group, said eight were killed": a seat, not their place
            if g.mention.head is not None and is_across_border(self.doc[g.mention.head]):
                continue  # "killed 22 soldiers near the border with Mali": the far side is not theirs
            if titled and head is not None and gh is not None and aimed_at(head, gh):
                continue  # "Interior Minister X accused Belgrade of ...": whom one acts on is not one's own
            if titled and head is not None and gh is not None and self._spoken_of(head, gh, g):
                continue  # "Foreign Minister X said Asmara was preparing ..." in a story of another country
            hit = g.hits[0]
            if hit.kind not in COUNTRY_HITS:
                continue
            if head is not None and gh is not None and gh.head.head.i == head.i and gh.head.dep_ == "prep":
                weight = 2.0  # its own "in X" / "from X"
            elif head is not None and gh is not None and g.mention.kind == "place" and in_own_place_phrase(head, gh):
                weight = 2.0  # "villages in Iraq's Duhok province": deeper in its own place phrase
            elif head is not None and gh is not None and g.mention.kind == "place" and in_fronted_place(head, gh):
                weight = 2.0  # "In New Delhi, the government rejected ...": where its clause is told from
            elif g.mention.kind == "place":
                weight = 0.5
            else:
                weight = 1.0
                by_name.add(hit.key)
            counts[hit.key] = counts.get(hit.key, 0.0) + weight
            near[hit.key] = min(near.get(hit.key, 10**9), abs(g.mention.start - f.mention.start))
        story = self.story_country()
        named = max(counts.values(), default=0.0)
        if story is not None and named < 1.0 and story not in {g.hits[0].key for g in aside}:
            counts[story] = counts.get(story, 0.0) + 0.75  # only places nearby: the story's country may win
            near.setdefault(story, 10**9)
        if not counts:
            return (story, self.story_basis()) if story else (None, None)
        best = sorted(counts, key=lambda k: (-counts[k], near[k]))[0]
        if best == story and near[best] == 10**9:
            return best, self.story_basis()
        return best, ("sentence" if best in by_name else "place")

    def _spoken_of(self, head: Any, gh: Any, g: Found) -> bool:
        """A country a titled speaker's reported clause tells of, in a story of another country (the dateline's
        or the one it names most): the story's country, not the one spoken of, is the speaker's best guess."""
        story = self.story_country()
        return story is not None and g.hits[0].key != story and spoken_of(head, gh)

    def told_aside(self, f: Found, head: Any) -> list[Found]:
        """The country words of ``f``'s sentence that tell of its victim or of who reports it, not of ``f``
        (``foreign_mentions``): only when a place of the sentence, not one of a reporter's nor of ``f``'s own phrase,
        says where it was."""
        if head is None:
            return []
        aside, placed = [], False
        for g in self.in_sentence(f.mention.sentence_index):
            if g is f or not g.hits or g.hits[0].kind not in COUNTRY_HITS or g.mention.head is None:
                continue
            gh = self.doc[g.mention.head]
            if g.mention.kind == "place":
                if head.left_edge.i <= gh.i <= head.right_edge.i or self.destination(g) or is_across_border(gh):
                    continue  # "militants operating from Afghanistan": where they come from, not where it was
                if reporter(head, gh) is None:
                    placed = True
                elif told_by_reporter(self.kb, head, gh):
                    aside.append(g)  # "..., a journalist in Madrid said": the reporter's seat
            elif foreign_to_actor(self.kb, head, gh):
                aside.append(g)
        return aside if placed else []

    def apposed_country(self, f: Found) -> str | None:
        """A country in brackets right after the nominal, as incident notes name a generic actor's
        country ("Protesters (Kenya)", "Rioters (Chile)"); None otherwise."""
        after = f.last + 1
        if after + 2 >= len(self.doc) or self.doc[after].text != "(":
            return None
        for g in self.in_sentence(f.mention.sentence_index):
            if g is f or not g.hits or g.hits[0].kind != "country" or g.first != after + 1:
                continue
            if g.last + 1 < len(self.doc) and self.doc[g.last + 1].text == ")":
                return g.hits[0].key
        return None

    def candidate(self, f: Found) -> Candidate:
        i = f.mention.head
        subject = self.subjects.get(i)
        if subject is None:  # a property of the head token alone: worked out once per token
            subject = self.subjects[i] = bool(i is not None and subject_of(self.doc[i]))
        return Candidate(
            f.mention,
            f.is_person or (f.mention.kind == "nominal" and i is not None and one_of_a_group(self.doc[i])),
            f.is_group,
            subject,
            f.derived,
            in_quote=f.first in self.quote_tokens,
            owns_subject=i is not None and owner_of_subject(self.doc[i]),
        )

    def candidates_besides(self, f: Found) -> list[Candidate]:
        """The antecedent candidates of ``f``: the mentions other than ``f`` (not consumed) in its sentence and
        the ``LOOKBACK`` sentences before it, in text order. No coreference rule looks further back, so
        the work per mention stays bounded however long the article is."""
        index = f.mention.sentence_index
        near = [g for k in range(max(0, index - LOOKBACK), index + 1) for g in self.in_sentence(k)]
        near.sort(key=lambda g: g.mention.start)  # stable: mentions at one start stay in the order found
        return [self.candidate(g) for g in near if not g.consumed and g.mention is not f.mention]
