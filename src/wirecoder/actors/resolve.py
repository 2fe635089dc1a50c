"""Finding actor mentions in an article and resolving them, in context, against the knowledge base.

Order of work for one article (``Resolver.__call__``):

1. named mentions: KB aliases (normalised n-gram lookup, longest match wins) and named entities;
2. acronyms defined in the text ("National Security Committee (NSC)") and their near-miss variants;
3. country and capital names: acting ("Pakistan accused", "Kabul said" -> GOV) or a place ("in Pakistan");
4. one-word person names -> the full name used elsewhere in the article;
5. in text order: agent-noun phrases ("40 Pakistani soldiers", "the spokesman for the IEA"), their
   appositions and titles ("..., Zabihullah Mujahid"), definite descriptions ("the group") and pronouns.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..article import Actor, Article, Mention
from .coref import (
    DESCRIPTIONS,
    GROUP_PRONOUNS,
    IT_PRONOUNS,
    PERSON_PRONOUNS,
    SPEAKER_PRONOUNS,
    UNRESOLVED_PRONOUNS,
    Candidate,
    acronym_variant,
    copy_actor,
    description_antecedent,
    group_antecedent,
    person_antecedent,
    subject_of,
    surname_antecedent,
)
from .kb import _HIT_ORDER, Hit, KnowledgeBase, compose_code, normalise, parse_date
from .syntax import (
    DATELINE,
    DETERMINERS,
    LEFT_DEPS,
    SPEECH_VERBS,
    abbreviates,
    core_right,
    is_definite,
    is_place,
    quoted_tokens,
    singular,
    slug,
)

NER_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
GROUP_NOUN_ORG_TAKEOVER = {
    "government",
    "leadership",
    "regime",
    "administration",
    "authority",
    "official",
    "government official",
    "militant",
    "fighter",
    "insurgent",
    "rebel",
    "member",
    "force",
}
# Nouns that name a country's government as a whole: they resolve to its governing KB entry, if any.
GOVERNMENT_NOUNS = {
    "government",
    "leadership",
    "regime",
    "administration",
    "authority",
    "official",
    "government official",
    "cabinet",
}
# State bodies that, unnamed ("the defence ministry said"), belong to the country the sentence or story is about.
# A group noun modified by one of these participles names protesters ("students protesting in X",
# "workers demonstrating outside the ministry"): the sector is PRO.
PROTEST_PARTICIPLES = frozenset({"protest", "demonstrate", "rally", "march", "picket", "riot"})
# Sectors whose group nouns stand as actors even when no country is in sight (as "gunmen" do): incident
# reports name "police", "protesters", "a mob", "villagers" without the country the dataset row gives.
CONTEXT_STATE_NOUNS = {
    "ministry",
    "parliament",
    "court",
    "senate",
    "judiciary",
    "cabinet",
    "supreme court",
    "national assembly",
}
# ``Mention.via`` of a name conjoined to the owner of a PETRARCH agent noun, retyped as that agent's
# ("the envoys of A and B": B is B's envoys); the coder takes it as one more participant of the noun's role.
CONJOINED_OWNER = "conjoined-owner"
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}


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


# Sectors of state office: a bare title of one ("President X") types a KB person of that country.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "toppled", "exiled", "late"})


def _indefinite(doc: Any, i: int, last: int | None = None) -> bool:
    """Whether the name at tokens ``i..last`` follows "a"/"an" as the head of its noun phrase, naming a
    kind ("an Islamic Emirate"), not an actor; as a modifier ("a UN envoy") it still names the actor."""
    if i == 0 or doc[i - 1].lower_ not in ("a", "an"):
        return False
    end = doc[last if last is not None else i]
    return end.dep_ not in ("compound", "amod", "nmod", "poss")


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


# Words after a name that make it an area whatever the entity tagger said ("Kebbi state").
_AREA_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate", "oblast"})


class Resolver:
    """Resolves the mentions of one article after another against one knowledge base.

    Alias matching is a longest-match lookup of normalised token n-grams in the KB's alias index (no
    per-alias pattern objects: building stays instant with tens of thousands of aliases). One-token
    matches must be capitalised ("US" is not "us"), longer ones must start or end with a capital.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        nlp: Any = None,
        state_sector: str | None = "GOV",
        place_country: Callable[[str], str | None] | None = None,
    ) -> None:
        """``state_sector``: the sector of a country or capital name acting ("Pakistan accused ...");
        "GOV" (the default: PAKGOV) or None (the bare country code PAK, as PETRARCH and the CAMEO manual do).
        ``place_country``: the country (ISO-3) of a place name the KB does not know ("Benue", "Kharkiv"),
        from the gazetteer; it types the place as a location and gives nearby nominals their country."""
        self.kb = kb
        self.state_sector = state_sector
        self.place_country = place_country
        self.max_words = min(10, max((len(k.split()) for k in kb.index), default=1))

    def __call__(self, article: Article) -> list[Mention]:
        doc = article.doc
        if doc is None:
            return []
        run = _Run(self, article, doc)
        return run.resolve()

    def matches(self, doc: Any) -> dict[tuple[int, int], list[Hit]]:
        """(start, end) token spans whose text is a KB alias -> what they name; the longest per start."""
        toks = list(doc)
        norms = [normalise(t.text) if not (t.is_space or "\n" in t.text) else None for t in toks]
        found: dict[tuple[int, int], list[Hit]] = {}
        n_tok = len(toks)
        index = self.kb.index
        starts = self.kb.alias_starts()
        stop = n_tok  # first index >= i where a line break or space token cuts phrases
        for i in range(n_tok - 1, -1, -1):
            if norms[i] is None:
                stop = i
            first = toks[i]
            if not norms[i] or norms[i].split(" ", 1)[0] not in starts or first.is_punct or first.lower_ in DETERMINERS:
                continue
            for n in range(min(self.max_words, stop - i), 0, -1):
                last = toks[i + n - 1]
                if not norms[i + n - 1] or last.is_punct:
                    continue  # never end on punctuation or on a possessive "'s"
                if n == 1:
                    if not first.text[:1].isupper():
                        continue
                elif not (first.text[:1].isupper() or last.text[:1].isupper()):
                    continue
                key = " ".join(w for w in norms[i : i + n] if w)
                hits = index.get(key)
                if hits:
                    found[(i, i + n)] = list(hits)
                    break
        return found


_MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
}


class _Run:
    """The resolution of one article (holds its per-article state; never shared)."""

    def __init__(self, resolver: Resolver, article: Article, doc: Any) -> None:
        self.r = resolver
        self.kb = resolver.kb
        self.article = article
        self.doc = doc
        self.day = reference_date(article)
        self.found: list[Found] = []
        self.by_token: dict[int, Found] = {}
        self.acronyms: dict[str, Actor] = {}  # defined or used in this article
        self.sent_starts = [s.start for s in article.sentences] or [0]
        self.quote_tokens = quoted_tokens(doc)

    # ------------------------------------------------------------------ helpers

    def sentence_of(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def add(self, first: int, last: int, kind: str, **kw: Any) -> Found:
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

    def named_at(self, i: int) -> Found | None:
        return self.by_token.get(i)

    def with_head(self, i: int) -> Found | None:
        """The mention whose head is token ``i`` (the widest, when several are)."""
        heads = [f for f in self.found if f.mention.head == i and not f.consumed]
        return max(heads, key=lambda f: f.last - f.first) if heads else None

    def country_actor(self, iso3: str, sector: str | None, role: str | None = None, governing: bool = True) -> Actor:
        return self.kb.country_actor(iso3, sector, self.day, role, governing)

    # ------------------------------------------------------------------ the passes

    def resolve(self) -> list[Mention]:
        self.named_mentions()
        self.acronym_definitions()
        self.type_places_and_countries()
        self.surnames()
        self.dateline()
        self.in_order()
        mentions = [f.mention for f in self.found if not f.consumed]
        mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        return mentions

    def named_mentions(self) -> None:
        from spacy.util import filter_spans

        doc = self.doc
        groups = self.r.matches(doc)
        ents = list(doc.ents)
        persons = [e for e in ents if e.label_ == "PERSON"]
        chosen = filter_spans(
            [
                doc[s:e]
                for s, e in groups
                if not any(
                    p.start <= s and e <= p.end and (e - s) < len(p) and groups[(s, e)][0].kind != "entry"
                    for p in persons
                )
            ]
        )
        taken: set[int] = set()
        for span in chosen:
            hits = sorted(
                groups[(span.start, span.end)],
                key=lambda h: (not h.overlay, _HIT_ORDER.get(h.kind, 9), h.key in self.kb.secondary_ids),
            )
            if _indefinite(doc, span.start, span.end - 1) and hits and hits[0].kind == "entry":
                continue  # "an Islamic Emirate", "a Hezbollah": a kind of thing, not the named actor
            ent_label = next((e.label_ for e in ents if e.start <= span.start and span.end <= e.end), None)
            self._add_named(span.start, span.end - 1, hits, ent_label)
            taken.update(range(span.start, span.end))
        for ent in ents:
            if ent.label_ not in NER_LABELS:
                continue
            first, last = ent.start, ent.end - 1
            while first <= last and doc[first].lower_ in ("the", "a", "an"):
                first += 1
            while last >= first and doc[last].dep_ == "case" or (last >= first and doc[last].is_punct):
                last -= 1
            if first > last or any(i in taken for i in range(first, last + 1)):
                continue
            if any(doc[k].text[-1:] in "-\u2013\u2014" and len(doc[k]) > 1 for k in range(first, last + 1)):
                continue  # glued to a dateline dash ("Quetta- Security"): not a real entity
            text = doc[first : last + 1].text
            hits = self.kb.lookup(text)
            after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
            if (
                not hits and self.r.place_country is not None and (ent.label_ in ("GPE", "LOC") or after in _AREA_WORDS)
            ):  # "Kebbi state" tagged NORP
                iso3 = self.r.place_country(text)
                hits = [Hit("place", iso3)] if iso3 else []
            if _indefinite(doc, first, last) and hits and hits[0].kind == "entry":
                continue
            self._add_named(first, last, hits, ent.label_)
            taken.update(range(first, last + 1))

    def _add_named(self, first: int, last: int, hits: list[Hit], label: str | None) -> None:
        text = self.doc[first : last + 1].text
        kind = "acronym" if text.isupper() and len(text) <= 8 and text.replace(".", "").isalpha() else "name"
        f = self.add(first, last, kind, hits=hits, label=label)
        hit = hits[0] if hits else None
        if hit is None:
            f.is_person = label == "PERSON"
            f.is_group = label in ("ORG", "NORP")
            return
        if hit.kind == "entry":
            entry = self.kb.entries[hit.key]
            f.mention.actor = entry.at(self.day, self.kb.sectors)
            f.mention.via = "kb"
            f.is_person = entry.type == "person"
            f.is_group = entry.type == "org"
            if kind == "acronym":
                self.acronyms[text] = f.mention.actor
        elif hit.kind == "place":
            f.mention.kind, f.mention.via = "place", "place"
            f.mention.actor = self.country_actor(hit.key, None)
            f.mention.actor.name = text
        elif hit.kind in ("adjective", "people"):
            f.mention.kind = "demonym"
            f.mention.via = "demonym"
            sector = "CVL" if hit.kind == "people" else None
            f.mention.actor = self.country_actor(hit.key, sector)
            f.is_group = hit.kind == "people"
        # countries and capitals are typed by syntax in type_places_and_countries

    def acronym_definitions(self) -> None:
        """ "Long Name (ABC)": ABC names the same actor for the rest of the article; unknown long names become
        article-local actors. Then unknown acronyms close to a defined one ("IAE" for "IEA") follow it."""
        doc = self.doc
        for i in range(1, len(doc) - 2):
            if doc[i].text != "(" or doc[i + 2].text != ")":
                continue
            acr = doc[i + 1].text
            if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 8):
                continue
            long_form = self.named_at(i - 1)
            if long_form is None or long_form.mention.kind == "acronym":
                long_form = self._long_form_nominal(i - 1)
            if long_form is None or not abbreviates(acr, long_form.mention.text):
                continue
            if long_form.mention.actor is None:
                long_form.mention.actor = self._local_org(long_form)
                long_form.mention.via = "local"
                long_form.is_group = True
            actor = long_form.mention.actor
            assert actor is not None
            self.acronyms[acr] = actor
            short = self.named_at(i + 1)
            if short is None:
                short = self.add(i + 1, i + 1, "acronym")
            short.mention.actor = copy_actor(actor)
            short.mention.via = "acronym"
            short.is_group, short.is_person = long_form.is_group, long_form.is_person
            for f in self.found:
                if f.first > i + 2 and f.mention.text == acr:
                    f.mention.actor, f.mention.via = copy_actor(actor), "acronym"
                    f.is_group, f.is_person = long_form.is_group, long_form.is_person
            for j in range(i + 3, len(doc)):
                if doc[j].text == acr and self.named_at(j) is None:
                    g = self.add(j, j, "acronym")
                    g.mention.actor, g.mention.via = copy_actor(actor), "acronym"
                    g.is_group, g.is_person = long_form.is_group, long_form.is_person
        for tok in doc:
            text = tok.text
            f = self.named_at(tok.i)
            if f is not None and (f.mention.actor is not None or f.first != f.last):
                continue
            variant = acronym_variant(text, self.acronyms)
            if variant is None:
                continue
            if f is None:
                f = self.add(tok.i, tok.i, "acronym")
            f.mention.actor, f.mention.via = copy_actor(variant), "acronym-variant"
            f.is_group = True

    def _long_form_nominal(self, last: int) -> Found | None:
        """An unknown capitalised name just before "(ABC)" that NER missed: "Joint Border Council (JBC)"."""
        first = last
        while first - 1 >= 0 and (self.doc[first - 1].is_title or self.doc[first - 1].lower_ in ("of", "for", "and")):
            first -= 1
        while first <= last and not self.doc[first].is_title:
            first += 1
        if last - first < 1 or any(self.named_at(k) for k in range(first, last + 1)):
            return None
        return self.add(first, last, "name", label="ORG")

    def _local_org(self, f: Found) -> Actor:
        """An article-local organisation: country from a country named in it, sector from an agent noun in it."""
        span = self.doc[f.first : f.last + 1]
        country, sector = None, None
        for tok in span:
            for hit in self.kb.lookup(tok.text):
                if hit.kind in ("country", "adjective", "capital") and country is None:
                    country = hit.key
            agent = self.kb.agent((tok.lemma_.casefold(),)) or self.kb.agent((tok.lower_,))
            if agent and sector is None:
                sector = agent.sector
        if country is None and sector is not None:
            country = self.context_country()
        name = span.text
        return Actor(f"local:{slug(name)}", name, country, sector, (country or "") + (sector or "") or None, None)

    def type_places_and_countries(self) -> None:
        for f in self.found:
            hit = f.hits[0] if f.hits else None
            if hit is None or hit.kind not in ("country", "capital"):
                continue
            head = self.doc[f.mention.head]
            if f.mention.kind == "acronym":
                f.mention.kind = "name"
            if is_place(head, self.kb):
                f.mention.kind = "place"
                f.mention.actor = self.country_actor(hit.key, None)
                if hit.kind == "capital":
                    f.mention.actor.name = f.mention.text
                f.mention.via = "place"
            else:
                f.mention.actor = self.kb.state_actor(hit.key, self.r.state_sector, self.day)
                f.mention.via = "capital" if hit.kind == "capital" else "country"
                f.is_group = True

    def surnames(self) -> None:
        persons = [self.candidate(f) for f in self.found if f.is_person]
        for f in self.found:
            if (
                f.first != f.last
                or f.label not in ("PERSON", "ORG", "GPE", "NORP")
                or f.hits
                or not f.mention.text[:1].isupper()
            ):
                continue
            if f.label != "PERSON" and f.mention.text.isupper():
                continue
            if f.mention.actor is not None and f.mention.via == "kb" and " " in (f.mention.actor.name or ""):
                # a one-word KB alias; still prefer a full name used in this article
                pass
            ante = surname_antecedent(
                f.mention.text, [p for p in persons if p.mention is not f.mention], f.mention.start
            )
            if ante is not None:
                f.mention.actor, f.mention.via = copy_actor(ante.mention.actor), "coref"
                f.is_person = True
                f.derived = False  # a surname is as good as the name for later pronouns
            elif f.label == "PERSON" and (entry_id := self.kb.surname(f.mention.text, self.day)) is not None:
                f.mention.actor, f.mention.via = self.kb.entry_actor(entry_id, self.day), "kb-surname"
                f.is_person = True

    def dateline(self) -> None:
        """ "Islamabad- In a statement ...", "KABUL, Afghanistan (Reuters) — ..." or the cleaner's
        ``article.dateline``: the names there are places, and the story's default country."""
        text = self.article.text
        region: tuple[int, int] | None = None
        name: str | None = None
        for s in self.article.sentences[:4]:
            m = DATELINE.match(text[s.start : s.end])
            if m:
                region, name = (s.start + m.start(1), s.start + m.end()), m.group(1)
                break
        if self.article.dateline:
            name = self.article.dateline
            pos = text.find(name, 0, 300)
            if region is None and pos >= 0:
                region = (pos, pos + len(name))
        if not name:
            return
        hits = [h for h in self.kb.lookup(name) if h.kind in ("capital", "country", "place")]
        if hits:
            self._dateline_country = hits[0].key
        if region is None:
            return
        covered = False
        for f in self.found:
            if (
                region[0] <= f.mention.start < region[1]
                and f.hits
                and f.hits[0].kind in ("capital", "country", "place")
            ):
                f.mention.kind, f.mention.via = "place", "dateline"
                f.mention.actor = self.country_actor(f.hits[0].key, None)
                f.mention.actor.name = f.mention.text
                f.is_group = False
                covered = covered or f.mention.start == region[0]
        if covered or not hits or any(f.mention.start <= region[0] < f.mention.end for f in self.found):
            return
        start, end = region[0], region[0] + len(name)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return
        actor = self.country_actor(hits[0].key, None)
        actor.name = name
        mention = Mention(name, start, end, self.sentence_of(start), "place", actor, "dateline", span.root.i)
        self.found.append(Found(mention, span.start, span.end - 1, hits=hits))

    def context_country(self) -> str | None:
        """The country of the story: the one named most often (its names, places, demonyms and the countries
        of its named actors), the dateline counting double and breaking ties."""
        if hasattr(self, "_context"):
            return self._context
        counts: Counter[str] = Counter()
        dl = getattr(self, "_dateline_country", None)
        if dl:
            counts[dl] += 2
        for f in self.found:
            hit = f.hits[0] if f.hits else None
            if hit is not None and hit.kind in ("country", "capital", "adjective", "people", "place"):
                counts[hit.key] += 1
            elif hit is not None and hit.kind == "entry" and f.mention.actor and f.mention.actor.country:
                counts[f.mention.actor.country] += 1
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != dl))
        self._context: str | None = best[0][0] if best else None
        return self._context

    def local_country(self, f: Found) -> str | None:
        """The country a nominal is about: a place in its own phrase ("rebels in eastern Congo"), else the
        country named most in its sentence (names of who weigh more than places), else the story's."""
        counts: dict[str, float] = {}
        near: dict[str, int] = {}
        head = self.doc[f.mention.head] if f.mention.head is not None else None
        for g in self.found:
            if g.mention.sentence_index != f.mention.sentence_index or not g.hits or g is f:
                continue
            hit = g.hits[0]
            if hit.kind not in ("country", "capital", "place", "adjective", "people"):
                continue
            gh = self.doc[g.mention.head] if g.mention.head is not None else None
            if head is not None and gh is not None and gh.head.head.i == head.i and gh.head.dep_ == "prep":
                weight = 2.0  # its own "in X" / "from X"
            elif g.mention.kind == "place":
                weight = 0.5
            else:
                weight = 1.0
            counts[hit.key] = counts.get(hit.key, 0.0) + weight
            near[hit.key] = min(near.get(hit.key, 10**9), abs(g.mention.start - f.mention.start))
        story = self.context_country()
        if story is not None and max(counts.values(), default=0.0) < 1.0:
            counts[story] = counts.get(story, 0.0) + 0.75  # only places nearby: the story's country may win
            near.setdefault(story, 10**9)
        if counts:
            return sorted(counts, key=lambda k: (-counts[k], near[k]))[0]
        return story

    def candidate(self, f: Found) -> Candidate:
        head = self.doc[f.mention.head] if f.mention.head is not None else None
        return Candidate(
            f.mention,
            f.is_person,
            f.is_group,
            bool(head is not None and subject_of(head)),
            f.derived,
            in_quote=f.first in self.quote_tokens,
        )

    def candidates(self) -> list[Candidate]:
        """Antecedent candidates in text order (rebuilt only when mentions were added or changed)."""
        state = (
            len(self.found),
            sum(1 for f in self.found if f.consumed),
            sum(1 for f in self.found if f.mention.actor is not None),
        )
        if getattr(self, "_cands_state", None) != state:
            self._cands = [
                self.candidate(f) for f in sorted(self.found, key=lambda f: f.mention.start) if not f.consumed
            ]
            self._cands_state = state
        return self._cands

    # ------------------------------------------------------------------ nominals and pronouns, in text order

    def in_order(self) -> None:
        doc = self.doc
        max_len = self.kb.max_agent_len()
        deferred: list[Any] = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if tok.pos_ == "PRON" and self.named_at(i) is None:
                if tok.lower_ in SPEAKER_PRONOUNS:
                    deferred.append(tok)  # needs the speaker, who may be named after the quote
                else:
                    self.pronoun(tok)
                i += 1
                continue
            match = self._agent_at(i, max_len)
            if match is None:
                if (
                    tok.lemma_.casefold() in DESCRIPTIONS
                    and tok.pos_ == "NOUN"
                    and is_definite(tok)
                    and self.named_at(i) is None
                ):
                    self.description(tok)
                i += 1
                continue
            last, agent = match
            if self._modifies_a_thing(last):
                i = last + 1  # "police compound", "army base": a modifier, not an actor
                continue
            self.nominal(i, last, agent)
            i = last + 1
        for tok in deferred:
            self.pronoun(tok)

    @staticmethod
    def _blocks(f: Found | None) -> bool:
        """A mention that an agent noun inside it must not override (unresolved NER names do not block)."""
        if f is None or f.mention.kind == "demonym":
            return False
        if (
            f.mention.kind != "nominal"
            and f.label is not None
            and not f.hits
            and f.mention.actor is None
            and f.label != "PERSON"
        ):
            f.consumed = True  # "Interior Ministry" (ORG, unknown): typed as an agent-noun phrase instead
            return False
        return True

    def _modifies_a_thing(self, last: int) -> bool:
        tok = self.doc[last]
        if tok.dep_ != "compound" or tok.head.i <= last:
            return False
        head = tok.head
        if head.ent_type_ == "PERSON" or self.named_at(head.i) is not None:
            return False
        return self._agent_at(head.i, 1) is None and not any(
            self._agent_at(k, self.kb.max_agent_len()) for k in range(last + 1, head.i + 1)
        )

    def _agent_at(self, i: int, max_len: int) -> tuple[int, Any] | None:
        doc = self.doc
        tok = doc[i]
        starts = self.kb.agent_starts()
        if tok.lemma_.casefold() not in starts and tok.lower_ not in starts and singular(tok.lower_) not in starts:
            return None
        for n in range(min(max_len, len(doc) - i), 0, -1):
            toks = doc[i : i + n]
            if toks[-1].pos_ not in ("NOUN", "PROPN"):
                continue
            options = [
                tuple(t.lemma_.casefold() for t in toks),
                tuple(t.lower_ for t in toks),
                tuple(t.lower_ for t in toks[:-1]) + (singular(toks[-1].lower_),),
            ]
            for key in options:
                agent = self.kb.agent(key)
                if agent is None:
                    continue
                if agent.plural_only and toks[-1].tag_ not in ("NNS", "NNPS") and not toks[-1].lower_.endswith("s"):
                    continue
                if any(self._blocks(self.named_at(k)) for k in range(i, i + n)):
                    return None  # part of a name: "Pakistan Army", "National Security Committee"
                return i + n - 1, agent
        return None

    def nominal(self, first: int, last: int, agent: Any) -> None:
        """An agent-noun phrase (tokens ``first``..``last`` are the noun): its span, its owner (country,
        organisation or person) or context, and the person it titles or is in apposition to."""
        doc = self.doc
        toks = list(range(first, last + 1))
        head = next((doc[k] for k in toks if not (first <= doc[k].head.i <= last) or doc[k].head.i == k), doc[last])
        modifier, used_prep = self._modifier(toks, head, petrarch=bool(agent.code))
        if modifier is None and agent.code and head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
            # "the Zorland press and government": a PETRARCH agent shares its first conjunct's owner
            modifier, _ = self._modifier([head.head.i], head.head, petrarch=True)
        if modifier is None and agent.code and first > 0:  # "Zorland Prime Minister X": the parser hung
            prev = self.named_at(first - 1)  # Zorland on X; PETRARCH reads the words
            if prev is not None and prev.last == first - 1 and prev.mention.actor is not None:
                modifier = (prev, "org")
        lemma = " ".join(agent.lemmas)
        if (
            agent.kind == "group"
            and agent.sector != "PRO"
            and any(
                c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in PROTEST_PARTICIPLES for c in head.children
            )
        ):
            agent = replace(agent, sector="PRO")  # "students protesting in X": protesters, whatever their trade
        left = first
        for k in toks:
            for child in doc[k].children:
                if child.i < first and child.dep_ in LEFT_DEPS:
                    left = min(left, child.left_edge.i)
        for k in range(first - 1, left - 1, -1):  # "8 March 2023 - Pakistani officials": stop at a dash or date
            spaced_dash = doc[k].text[-1:] in "-\u2013\u2014" and (doc[k].whitespace_ or doc[k - 1].whitespace_)
            if (
                spaced_dash
                or "\n" in doc[k].text
                or (doc[k].ent_type_ in ("DATE", "TIME") and (doc[k].like_num or doc[k].text in _MONTHS))
            ):
                left = k + 1
                break
        while left < first and (doc[left].is_punct or doc[left].is_space):
            left += 1
        right = last
        if used_prep is not None:
            right = max(right, core_right(used_prep))
        elif head.text[:1].isupper():  # a name-like body: "Ministry of External Affairs"
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > last), None)
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None and pobj.text[:1].isupper() and self.named_at(pobj.i) is None:
                right = max(right, core_right(of))
        f = self.add(left, right, "nominal")
        f.mention.head = head.i
        f.is_person = agent.kind == "person"
        f.is_group = agent.kind == "group"
        actor: Actor | None = None
        via = "nominal"
        if modifier is not None:
            mf, what = modifier
            if what == "country":
                mf.consumed = bool(mf.hits and mf.hits[0].kind in ("country", "capital", "adjective"))
                iso3 = mf.hits[0].key if mf.hits else (mf.mention.actor.country if mf.mention.actor else None)
                if iso3:
                    actor = self.country_actor(iso3, agent.sector, governing=lemma in GOVERNMENT_NOUNS)
                    if agent.kind == "person":
                        country = self.kb.countries.get(iso3)
                        actor = Actor(
                            None,
                            f"{country.name if country else iso3} {agent.role or lemma}",
                            iso3,
                            agent.sector,
                            self.kb.country_actor(iso3, agent.sector).cameo,
                            agent.role,
                        )
                    via = "demonym" if mf.hits and mf.hits[0].kind == "adjective" else "nominal"
                    if agent.kind == "group":
                        self._conjoined_owners(mf, agent, lemma)
            elif what == "person":  # "his spokesman", "Sharif's adviser": the person's side
                boss = mf.mention.actor
                assert boss is not None
                if agent.kind == "person":
                    actor = Actor(
                        None, f"{boss.name} {agent.role or lemma}", boss.country, boss.sector, boss.cameo, agent.role
                    )
                elif lemma in GOVERNMENT_NOUNS and boss.country and boss.sector in ("GOV", "MIL"):
                    actor = self.country_actor(boss.country, "GOV")
            else:  # an organisation or group
                org = mf.mention.actor
                assert org is not None
                if agent.kind == "group" and (
                    lemma in GROUP_NOUN_ORG_TAKEOVER
                    or agent.sector == org.sector
                    or org.sector in ("REB", "SEP", "INS", "IGO")
                    or not org.country
                ):
                    actor = copy_actor(org)
                elif agent.kind == "person":
                    actor = Actor(
                        None, f"{org.name} {agent.role or lemma}", org.country, org.sector, org.cameo, agent.role
                    )
                else:
                    actor = self.country_actor(org.country, agent.sector) if org.country else None
        elif head.dep_ == "appos" and self._appos_named(head) is not None:
            named = self._appos_named(head)
            assert named is not None
            actor, via = copy_actor(named.mention.actor), "apposition"
            f.is_person, f.is_group = named.is_person, named.is_group
        elif (
            agent.sector in ("REB", "SEP")
            and agent.kind == "group"
            and is_definite(head)
            and (
                ante := description_antecedent(
                    "armed-group",
                    f.mention.start,
                    f.mention.sentence_index,
                    [c for c in self.candidates() if c.mention is not f.mention],
                )
            )
        ):
            actor, via = copy_actor(ante.mention.actor), "coref"  # "the militants" after "the TTP"
            f.derived = True
        elif lemma.split()[-1] in DESCRIPTIONS and is_definite(head):
            ante = description_antecedent(
                DESCRIPTIONS[lemma.split()[-1]],
                f.mention.start,
                f.mention.sentence_index,
                [c for c in self.candidates() if c.mention is not f.mention],
            )
            if ante is not None:
                actor, via = copy_actor(ante.mention.actor), "coref"
                f.derived = True
                f.is_group, f.is_person = True, False
        elif agent.sector == "IGO":
            actor, via = Actor(None, lemma, None, "IGO", "IGO", None), "nominal"
        elif (agent.kind == "group" or agent.local) and (
            agent.sector not in ("GOV", "JUD", "LEG", "PTY") or lemma in CONTEXT_STATE_NOUNS
        ):
            iso3 = self.local_country(f)
            if iso3 and agent.sector not in ("UAF",):
                actor = self.country_actor(iso3, agent.sector, governing=lemma in GOVERNMENT_NOUNS)
                via = "context"
            elif agent.sector == "UAF" or (agent.kind == "group" or agent.local) and self._placeless(agent.sector):
                # no country in sight: the group by its sector alone ("police fired tear gas at protesters")
                sector = self.kb.sectors.get(agent.sector)
                actor = Actor(None, None, None, agent.sector, sector.cameo if sector else agent.sector, None)
                via = "nominal"
        if agent.code and modifier is not None:
            actor = self._petrarch_agent(modifier[0], agent, lemma, actor)
        elif agent.code and (actor is None or via == "context"):  # PETRARCH: an agent of no one is "---GOV"
            actor, via = Actor(None, lemma, None, agent.sector, compose_code(None, agent.code), agent.role), "nominal"
        f.mention.actor, f.mention.via = actor, via if actor else None
        self._link_person(f, head, agent)

    def _placeless(self, code: str) -> bool:
        """Group nouns of this sector stand as actors when no country is in sight (``placeless`` in sectors.yaml)."""
        sector = self.kb.sectors.get(code)
        return bool(sector and sector.placeless)

    def _petrarch_agent(self, owner: Found, agent: Any, lemma: str, actor: Actor | None) -> Actor | None:
        """A PETRARCH agent noun (it carries an agent code) owned by ``owner``: the owner's code with the
        agent code added, as PETRARCH composes them ("Calenardhon government": CAL + ~GOV = CALGOV)."""
        base = owner.mention.actor
        if base is None:
            return actor
        hit = owner.hits[0] if owner.hits else None
        owner_code = base.cameo
        if (
            hit is not None
            and hit.kind in ("country", "capital", "adjective", "people")
            and hit.key in self.kb.countries
        ):
            owner_code = self.kb.countries[hit.key].cameo or hit.key
        cameo = compose_code(owner_code, agent.code)
        name = f"{base.name or owner.mention.text} {agent.role or lemma}"
        if owner.mention.head is not None:  # "the envoys of A, B and C": each owner has its own envoys
            for tok in [
                *self.doc[owner.mention.head].conjuncts,
                *self._misattached_owners(self.doc[owner.mention.head]),
            ]:
                other = self.named_at(tok.i)
                if other is not None and other is not owner and other.mention.actor is not None:
                    o = other.mention.actor
                    other.mention.actor = Actor(
                        None,
                        f"{o.name} {agent.role or lemma}",
                        o.country,
                        agent.sector,
                        compose_code(o.cameo, agent.code),
                        agent.role,
                    )
                    other.mention.via = CONJOINED_OWNER
        return Actor(None, name, base.country, agent.sector, cameo, agent.role)

    def _misattached_owners(self, owner_tok: Any) -> list[Any]:
        """Names the parser conjoined to the agent noun instead of to its owner ("lawmakers in A and B",
        B read as a second subject): bare names right after the owner, joined to it by "and" or commas."""
        if owner_tok.dep_ != "pobj" or owner_tok.head.dep_ != "prep":
            return []
        out = []
        last = owner_tok.i
        for tok in sorted(owner_tok.head.head.conjuncts, key=lambda t: t.i):
            if tok.i < owner_tok.i:  # "lawmakers and officials in A": an agent noun, not an owner
                continue
            between = self.doc[last + 1 : tok.i]
            if (
                tok.i <= last
                or not all(t.dep_ in ("cc", "punct") for t in between)
                or any(c.dep_ not in ("cc", "punct", "conj", "compound") for c in tok.children)
            ):
                break
            out.append(tok)
            last = tok.i
        return out

    def description(self, tok: Any) -> None:
        """ "the group", "the movement" (nouns that are not agent nouns): only ever resolved by coreference."""
        if any(c.dep_ in ("amod", "compound", "poss") for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children
        ):
            return
        left = min([tok.i] + [c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in LEFT_DEPS])
        f = self.add(left, tok.i, "nominal")
        f.mention.head = tok.i
        f.is_group, f.derived = True, True
        ante = description_antecedent(
            DESCRIPTIONS[tok.lemma_.casefold()],
            f.mention.start,
            f.mention.sentence_index,
            [c for c in self.candidates() if c.mention is not f.mention],
        )
        if ante is not None:
            f.mention.actor, f.mention.via = copy_actor(ante.mention.actor), "coref"

    def _nominal_ending_at(self, tok: Any) -> None:
        max_len = self.kb.max_agent_len()
        for k in range(max(tok.left_edge.i, tok.i - max_len + 1), tok.i + 1):
            match = self._agent_at(k, max_len)
            if match is not None and match[0] == tok.i:
                self.nominal(k, match[0], match[1])
                return

    def _conjoined_owners(self, owner: Found, agent: Any, lemma: str) -> None:
        """ "Pakistani and Afghan officials": the second demonym names a second group of the same kind."""
        for tok in self.doc[owner.mention.head].conjuncts:
            other = self.named_at(tok.i)
            if (
                other is None
                or other is owner
                or not other.hits
                or other.hits[0].kind not in ("adjective", "country", "capital")
            ):
                continue
            other.mention.actor = self.country_actor(
                other.hits[0].key, agent.sector, governing=lemma in GOVERNMENT_NOUNS
            )
            other.mention.kind, other.mention.via = "demonym", "demonym"
            other.is_group = True

    def _appos_named(self, head: Any) -> Found | None:
        """ "the TTP, a militant group": the resolved name this nominal is in apposition to."""
        named = self.named_at(head.head.i)
        if named is None or named.mention.actor is None or named.mention.kind in ("place", "demonym"):
            return None
        return named

    def _modifier(self, toks: list[int], head: Any, petrarch: bool = False) -> tuple[tuple[Found, str] | None, Any]:
        """The country or organisation a nominal belongs to: possessor, compound/adjective, or "of/for X"
        (for a PETRARCH agent noun also "in X": "lawmakers in Zorland")."""
        doc = self.doc
        children = [c for k in toks for c in doc[k].children if not (toks[0] <= c.i <= toks[-1])]
        direct = [got for c in children if c.dep_ in MODIFIER_DEPS and (got := self._as_modifier(c))]
        if direct:  # "Afghanistan's Taliban rulers": the organisation says more than the country
            return sorted(direct, key=lambda g: g[1] != "org")[0], None
        for c in children:
            if c.dep_ == "prep" and c.lower_ == "in" and head.lemma_.casefold() not in ("embassy", "consulate"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                seat = self.named_at(pobj.i) if pobj is not None else None
                if (
                    seat is not None
                    and seat.hits
                    and seat.hits[0].kind == "capital"
                    and self.kb.agent((head.lemma_.casefold(),)) is not None
                    and self.kb.agent((head.lemma_.casefold(),)).sector == "GOV"
                ):
                    return (seat, "country"), None  # "the Defense Ministry in Kabul"
        for c in children:
            if c.dep_ == "prep" and (c.lower_ in ("of", "for", "from") or (petrarch and c.lower_ == "in")):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    got = self._as_modifier(pobj)
                    if got:
                        return got, c
        return None, None

    def _as_modifier(self, tok: Any) -> tuple[Found, str] | None:
        f = self.named_at(tok.i)
        if f is None and tok.pos_ in ("NOUN", "PROPN"):
            self._nominal_ending_at(tok)  # "the spokesman for the Afghan army": type "the Afghan army" first
            f = self.named_at(tok.i)
        if f is None or f.mention.actor is None:
            return None
        if f.is_person and f.mention.kind != "nominal":
            return (f, "person") if (f.mention.actor.country or f.mention.actor.sector) else None
        hit = f.hits[0] if f.hits else None
        if hit is not None and hit.kind in ("country", "capital", "adjective", "people", "place"):
            return f, "country"
        return f, "org"

    def _former(self, f: Found) -> bool:
        """The title is qualified as past: "former", "ex-", "ousted", "deposed", "late" before its noun."""
        first = max(0, f.first - 1)
        return any(self.doc[k].lower_ in _FORMER_WORDS for k in range(first, f.last + 1))

    def _link_person(self, f: Found, head: Any, agent: Any) -> None:
        """Apposition or title: the role noun and a person's name are one actor."""
        if agent.kind != "person":
            return
        doc = self.doc
        person: Found | None = None
        # "the minister ..., Khawaja Asif" / "the spokesman for the IEA, Zabihullah Mujahid"
        for k in range(f.first, f.last + 1):
            for child in doc[k].children:
                if child.dep_ == "appos":
                    p = self.named_at(child.i)
                    if p is not None and (p.label == "PERSON" or p.is_person):
                        person = p
        # "Pakistan's defence minister Khawaja Asif" (title) / "Khawaja Asif, Pakistan's defence minister"
        if person is None and head.dep_ in ("compound", "appos"):
            p = self.named_at(head.head.i)
            if p is not None and (p.label == "PERSON" or p.is_person):
                person = p
        # "the Minister of Defense of Pakistan, Khawaja Asif," however the parser attached it
        if person is None and f.last + 2 < len(doc) and doc[f.last + 1].text == ",":
            nxt = self.named_at(f.last + 2)
            if (
                nxt is not None
                and (nxt.label == "PERSON" or nxt.is_person)
                and nxt.first == f.last + 2
                and (nxt.last + 1 >= len(doc) or doc[nxt.last + 1].is_punct)
            ):
                person = nxt
        if person is None and f.first >= 2 and doc[f.first - 1].text == ",":
            prev = self.named_at(f.first - 2)
            if (
                prev is not None
                and (prev.label == "PERSON" or prev.is_person)
                and prev.last == f.first - 2
                and (f.last + 1 >= len(doc) or doc[f.last + 1].is_punct)
            ):
                person = prev
        if person is None and f.last + 1 < len(doc):  # a title right before a name: "Secretary of State Mike Pompeo"
            nxt = self.named_at(f.last + 1)
            if nxt is not None and (nxt.label == "PERSON" or nxt.is_person) and nxt.first == f.last + 1:
                person = nxt
        if person is None:
            return
        role_actor = f.mention.actor
        if person.mention.actor is None:
            name = person.mention.text
            if role_actor is not None:
                person.mention.actor = Actor(
                    f"local:{slug(name)}",
                    name,
                    role_actor.country,
                    role_actor.sector,
                    role_actor.cameo,
                    role_actor.role or agent.role,
                )
            else:  # a bare title ("President X"): the country the sentence (or story) is about
                iso3 = self.local_country(f) if agent.sector in ("GOV", "MIL", "OPP") else None
                cameo = self.kb.country_actor(iso3, agent.sector).cameo if iso3 else None
                person.mention.actor = Actor(
                    f"local:{slug(name)}", name, iso3, agent.sector if iso3 else None, cameo, agent.role
                )
            person.mention.via = "apposition"
        elif role_actor is not None and person.mention.via == "kb":
            kb_role = (
                self.kb.entries[person.mention.actor.actor_id].role_on(self.day)
                if person.mention.actor.actor_id in self.kb.entries
                else None
            )
            if (kb_role is None or kb_role.sector == "ELI") and not self._former(f):
                # the text knows a role the KB does not hold for this date (or only as a former holder)
                a = person.mention.actor
                person.mention.actor = Actor(
                    a.actor_id,
                    a.name,
                    role_actor.country or a.country,
                    role_actor.sector or a.sector,
                    role_actor.cameo or a.cameo,
                    role_actor.role or agent.role,
                )
        elif person.mention.via == "kb" and agent.sector in _STATE_SECTORS and person.mention.actor.country:
            # "President X" with no country in the title: a KB person the KB gives no role on this date
            # holds the titled office of their own country then
            entry = self.kb.entries.get(person.mention.actor.actor_id or "")
            held = entry.role_on(self.day) if entry is not None else None
            if entry is not None and (held is None or held.sector == "ELI") and not self._former(f):
                a = person.mention.actor
                person.mention.actor = self.kb.country_actor(a.country, agent.sector, None, agent.role, governing=False)
                person.mention.actor = Actor(
                    a.actor_id, a.name, a.country, agent.sector, person.mention.actor.cameo, agent.role
                )
        if self._former(f):  # "former President X", "ousted leader X": an ex-office holder ...
            a = person.mention.actor
            entry = self.kb.entries.get(a.actor_id or "") if a is not None else None
            held = entry.role_on(self.day) if entry is not None else None
            # ... unless the KB knows what they are now ("former prime minister Imran Khan" in 2024: OPP)
            if a is not None and a.country and (held is None or held.sector in (agent.sector, "ELI")):
                person.mention.actor = Actor(
                    a.actor_id,
                    a.name,
                    a.country,
                    "ELI",
                    self.kb.country_actor(a.country, "ELI").cameo,
                    f"former {agent.role or a.role or ''}".strip(),
                )
        person.is_person = True
        f.mention.actor, f.mention.via = copy_actor(person.mention.actor), "apposition"
        # every one-word use of this name elsewhere follows the now-resolved person
        for g in self.found:
            if (
                g.label in ("PERSON", "ORG", "GPE", "NORP")
                and g.first == g.last
                and g.mention.actor is None
                and not g.hits
                and g.mention.text in person.mention.text.split()[1:]
            ):
                g.mention.actor, g.mention.via = copy_actor(person.mention.actor), "coref"
                g.is_person = True

    def pronoun(self, tok: Any) -> None:
        word = tok.lower_
        if word in IT_PRONOUNS:
            it = self._it_antecedent(tok)
            if it is not None:  # an unresolved "it" is usually a thing: no mention at all
                g = self.add(tok.i, tok.i, "pronoun")
                g.derived, g.is_group = True, True
                g.mention.actor, g.mention.via = copy_actor(it.mention.actor), "coref"
            return
        if word not in PERSON_PRONOUNS | GROUP_PRONOUNS | SPEAKER_PRONOUNS:
            return
        kind_person = word in PERSON_PRONOUNS
        f = self.add(tok.i, tok.i, "pronoun")
        f.derived = True
        f.is_person, f.is_group = kind_person, not kind_person
        actor: Actor | None = None
        # "They [TTP]": the bracketed name says who
        doc = self.doc
        if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "[" and doc[tok.i + 3].text == "]":
            named = self.named_at(tok.i + 2)
            if named is not None and named.mention.actor is not None:
                f.mention.actor, f.mention.via = copy_actor(named.mention.actor), "bracket"
                f.derived = False
                named.consumed = False
                return
        cands = [c for c in self.candidates() if c.mention is not f.mention]
        if kind_person:
            ante = person_antecedent(f.mention, subject_of(tok) and tok.i == self._sentence_first(tok), cands)
            actor = ante.mention.actor if ante else None
        elif word in UNRESOLVED_PRONOUNS:
            ante = None
        elif word in GROUP_PRONOUNS:
            clause = self._clause_subject(tok)
            if clause is not None:  # "the rebels lost their base": the subject of the pronoun's own clause
                actor = clause.mention.actor if clause.is_group and not clause.is_person else None
            else:
                ante = group_antecedent(f.mention, cands)
                actor = ante.mention.actor if ante else None
        else:
            actor = self._speaker_side(tok, cands)
        if actor is not None:
            f.mention.actor, f.mention.via = copy_actor(actor), "coref"

    def _it_antecedent(self, tok: Any) -> Found | None:
        """ "Pakistan said it would respond", "the TTP denied its involvement": the state or organisation that
        is the (singular) subject of the pronoun's clause or of a clause above it; never a person, a place,
        a plural or another pronoun."""
        verb = tok.head if subject_of(tok) else tok
        for level in range(4):
            if subject_of(tok) and level == 0:
                if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
                    return None  # "when it comes to": a dummy subject
                verb = verb.head
            else:
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
            if subj is not None and subj.i != tok.i:
                found = self.with_head(subj.i) or self.named_at(subj.i)
                if (
                    found is not None
                    and found.mention.actor is not None
                    and not found.is_person
                    and found.mention.kind not in ("place", "pronoun", "demonym")
                    and subj.tag_ not in ("NNS", "NNPS")
                ):
                    return found
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _clause_subject(self, tok: Any) -> Found | None:
        """For a non-subject pronoun, the mention that is the subject of its clause (if any)."""
        if subject_of(tok):
            return None
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i == tok.i or subj.i > tok.i:
            return None
        found = self.with_head(subj.i) or self.named_at(subj.i)
        if found is None or found.mention.actor is None or found.mention.kind == "pronoun":
            return None
        return found

    def _sentence_first(self, tok: Any) -> int:
        first = tok.sent.start
        while first < tok.i and (self.doc[first].is_punct or self.doc[first].is_space):
            first += 1
        return first

    def _speaker_side(self, tok: Any, cands: list[Candidate]) -> Actor | None:
        """We/our inside a quote: the speaker's country government or organisation, when the speaker is known."""
        if tok.i not in self.quote_tokens:
            return None
        sent = tok.sent
        speaker = None
        for t in sent:
            if t.i in self.quote_tokens or t.lemma_ not in SPEECH_VERBS:
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj",) and c.i not in self.quote_tokens), None)
            if subj is not None:
                speaker = self.with_head(subj.i) or self.named_at(subj.i)
        if speaker is None or speaker.mention.actor is None:
            return None
        a = speaker.mention.actor
        if speaker.is_person:
            if a.country and a.sector in ("GOV", "MIL"):
                return self.country_actor(a.country, "GOV")
            return None
        return a
