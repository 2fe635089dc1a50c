"""Agent-noun phrases ("40 Pakistani soldiers", "the spokesman for the IEA", "police"): their span, their
owner (a country, organisation or person) or context, and the actor that makes them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ...article import Actor
from ..aimed_story import only_aimed, sector_actor
from ..coref import DESCRIPTIONS, SENTENCE_WINDOW, Candidate, copy_actor, description_antecedent
from ..destinations import aimed_at
from ..fronted_places import fronted_countries
from ..kb import AgentNoun, compose_code
from ..sectors import sector_group, sector_named
from ..state import COUNTRY_HITS, Found, ResolutionState
from ..syntax import LEFT_DEPS, core_right, is_definite
from .agents import agent_at
from .armed_names import armed_group_agent
from .owners import appos_named, conjoined_owners, petrarch_agent
from .reported_states import reporting_state
from .titles import link_person

# Group nouns that, owned by an organisation, are that organisation ("the Taliban leadership").
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
    "delegation",  # a body sent by X is X: "a delegation of Hamas leaders", "representatives of the army"
    "delegate",
    "representative",
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
# A group noun modified by one of these participles names protesters ("students protesting in X",
# "workers demonstrating outside the ministry"): the sector is PRO.
PROTEST_PARTICIPLES = frozenset({"protest", "demonstrate", "rally", "march", "picket", "riot"})
# State bodies that, unnamed ("the defence ministry said"), belong to the country the sentence or story is about.
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
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod", "npadvmod"}
# Person nouns whose possessor is the other side ("his Italian counterpart"): only a country word owns them.
OTHER_SIDE_NOUNS = frozenset({"counterpart"})
_MONTHS = {
    *("January", "February", "March", "April", "May", "June", "July", "August", "September", "October"),
    *("November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
}
Owner = tuple[Found, str]  # the owning mention and what it is: "country", "person" or "org"


def nominal(s: ResolutionState, first: int, last: int, agent: AgentNoun) -> None:
    """An agent-noun phrase (tokens ``first``..``last`` are the noun): its span, its owner (country,
    organisation or person) or context, and the person it titles or is in apposition to."""
    doc = s.doc
    toks = list(range(first, last + 1))
    head = next((doc[k] for k in toks if not (first <= doc[k].head.i <= last) or doc[k].head.i == k), doc[last])
    modifier, used_prep = _owner(s, toks, head, agent, first)
    lemma = " ".join(agent.lemmas)
    if lemma in OTHER_SIDE_NOUNS and modifier is not None and modifier[1] != "country":
        modifier = _country_modifier(s, toks)  # "his Italian counterpart": Italy's, never his
    agent = armed_group_agent(s, first, last, agent)  # "the Free Ruritanian Army": no state's army
    protesters = sector_named("protesters")
    if (
        agent.kind == "group"
        and agent.sector != protesters
        and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in PROTEST_PARTICIPLES for c in head.children)
    ):
        agent = replace(agent, sector=protesters)  # "students protesting in X": protesters, whatever their trade
    if _out_of_service(s, head, last, agent):
        agent = replace(agent, sector=sector_named("people"))  # "a former soldier was shot dead": a civilian
    left, right = _edges(s, first, last, toks, head, used_prep)
    f = s.add(left, right, "nominal")
    f.mention.head = head.i
    f.is_person = agent.kind == "person"
    f.is_group = agent.kind == "group"
    if modifier is not None:
        actor, via = _owned_actor(s, modifier, agent, lemma)
    else:
        actor, via = _unowned_actor(s, f, head, agent, lemma)
        if via == "context" and actor is not None and actor.country and only_aimed(s, f, agent, actor.country):
            actor, via = sector_actor(s, agent, lemma), "nominal"  # "The government criticised China": not China's
    if agent.code and modifier is not None:
        actor = petrarch_agent(s, modifier[0], agent, lemma, actor)
    elif agent.code and (actor is None or via == "context"):  # PETRARCH: an agent of no one is "---GOV"
        actor, via = Actor(None, lemma, None, agent.sector, compose_code(None, agent.code), agent.role), "nominal"
    f.mention.actor, f.mention.via = actor, via if actor else None
    link_person(s, f, head, agent)


_PAST_WORDS = frozenset({"former", "retired", "ex", "erstwhile"})


def _out_of_service(s: ResolutionState, head: Any, last: int, agent: AgentNoun) -> bool:
    """An unnamed soldier, policeman or agent qualified as past ("a former soldier", "a retired police
    officer", "an ex-serviceman") is a civilian now: ACLED's attack on a civilian, no battle."""
    if agent.sector not in sector_group("out_of_service") or any(c.dep_ == "appos" for c in head.children):
        return False
    if last + 1 < len(s.doc) and s.doc[last + 1].pos_ == "PROPN":
        return False  # "retired General X": a title of a named person (titles.py)
    return any(t.lower_ in _PAST_WORDS for t in head.lefts) or any(
        t.lower_ in _PAST_WORDS for c in head.lefts for t in c.lefts
    )


def _owner(s: ResolutionState, toks: list[int], head: Any, agent: AgentNoun, first: int) -> tuple[Owner | None, Any]:
    """Who the noun belongs to, and the preposition that says so ("the spokesman for X"), if any."""
    modifier, used_prep = modifier_of(s, toks, head, petrarch=bool(agent.code), envoy=agent.envoy)
    if modifier is None and agent.code and head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        # "the Zorland press and government": a PETRARCH agent shares its first conjunct's owner
        modifier, _ = modifier_of(s, [head.head.i], head.head, petrarch=True)
    if modifier is None and agent.code and first > 0:  # "Zorland Prime Minister X": the parser hung
        prev = s.named_at(first - 1)  # Zorland on X; PETRARCH reads the words
        if prev is not None and prev.last == first - 1 and prev.mention.actor is not None:
            modifier = (prev, "org")
    return modifier, used_prep


def _edges(s: ResolutionState, first: int, last: int, toks: list[int], head: Any, used_prep: Any) -> tuple[int, int]:
    """The phrase's first and last token: its left modifiers (up to a dash or date), its owner's "of X"."""
    doc = s.doc
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
        if pobj is not None and pobj.text[:1].isupper() and s.named_at(pobj.i) is None:
            right = max(right, core_right(of))
    return left, right


def _owned_actor(s: ResolutionState, owner: Owner, agent: AgentNoun, lemma: str) -> tuple[Actor | None, str]:
    """The actor of a noun with an owner: the country's sector, the person's side, the organisation itself."""
    mf, what = owner
    if what == "country":
        return _country_owned(s, mf, agent, lemma)
    if what == "person":  # "his spokesman", "Sharif's adviser": the person's side
        boss = mf.mention.actor
        assert boss is not None
        if agent.kind == "person":
            return Actor(
                None,
                f"{boss.name} {agent.role or lemma}",
                boss.country,
                boss.sector,
                boss.cameo,
                agent.role,
                boss.country_basis,
            ), "nominal"
        if lemma in GOVERNMENT_NOUNS and boss.country and boss.sector in sector_group("speaks_for_state"):
            return s.country_actor(boss.country, sector_named("government")), "nominal"
        return None, "nominal"
    org = mf.mention.actor  # an organisation or group
    assert org is not None
    if agent.kind == "group" and (
        lemma in GROUP_NOUN_ORG_TAKEOVER
        or agent.sector == org.sector
        or org.sector in sector_group("own_their_members")
        or not org.country
    ):
        return copy_actor(org), "nominal"
    if agent.kind == "person":
        return Actor(
            None, f"{org.name} {agent.role or lemma}", org.country, org.sector, org.cameo, agent.role, org.country_basis
        ), "nominal"
    return (s.country_actor(org.country, agent.sector) if org.country else None), "nominal"


def _country_owned(s: ResolutionState, mf: Found, agent: AgentNoun, lemma: str) -> tuple[Actor | None, str]:
    """ "Pakistani soldiers", "Afghanistan's foreign minister": the country's sector (or office)."""
    mf.consumed = bool(mf.hits and mf.hits[0].kind in ("country", "capital", "adjective"))
    iso3 = mf.hits[0].key if mf.hits else (mf.mention.actor.country if mf.mention.actor else None)
    if not iso3:
        return None, "nominal"
    actor = s.country_actor(iso3, agent.sector, governing=lemma in GOVERNMENT_NOUNS)
    if agent.kind == "person":
        country = s.kb.countries.get(iso3)
        actor = Actor(
            None,
            f"{country.name if country else iso3} {agent.role or lemma}",
            iso3,
            agent.sector,
            s.kb.country_actor(iso3, agent.sector).cameo,
            agent.role,
        )
    via = "demonym" if mf.hits and mf.hits[0].kind == "adjective" else "nominal"
    if agent.kind == "group":
        conjoined_owners(s, mf, agent, lemma in GOVERNMENT_NOUNS)
    return actor, via


def _unowned_actor(s: ResolutionState, f: Found, head: Any, agent: AgentNoun, lemma: str) -> tuple[Actor | None, str]:
    """The actor of a noun with no owner: the name it is in apposition to, an antecedent ("the militants"
    after "the TTP"), an IGO, the sentence's or story's country, or its sector alone."""
    named = appos_named(s, head) if head.dep_ == "appos" else None
    if named is not None:
        f.is_person, f.is_group = named.is_person, named.is_group
        return copy_actor(named.mention.actor), "apposition"
    if (
        agent.sector in sector_group("militants")
        and agent.kind == "group"
        and is_definite(head)
        and (
            ante := description_antecedent(
                "armed-group", f.mention.start, f.mention.sentence_index, s.candidates_besides(f)
            )
        )
    ):
        f.derived = True
        return copy_actor(ante.mention.actor), "coref"  # "the militants" after "the TTP"
    if lemma.split()[-1] in DESCRIPTIONS and is_definite(head):
        ante = description_antecedent(
            DESCRIPTIONS[lemma.split()[-1]], f.mention.start, f.mention.sentence_index, s.candidates_besides(f)
        )
        if ante is None and lemma in GOVERNMENT_NOUNS:
            return _story_government(s, f, agent)
        if ante is None and (" " not in lemma or agent.sector not in sector_group("militants")):
            return None, "nominal"  # "the rebel movement" with no antecedent is a rebel group, as "rebels" are
        if ante is not None and agent.ruling and _not_that_government(s, f, ante):
            return _story_government(s, f, agent)  # "Venezuela said ... The government asked Caracas": not Venezuela's
        if ante is not None:
            f.derived = True
            f.is_group, f.is_person = True, False
            return copy_actor(ante.mention.actor), "coref"
    if agent.sector in sector_group("intergovernmental"):
        return Actor(None, lemma, None, agent.sector, agent.sector, None), "nominal"
    if (agent.kind == "group" or agent.local) and (
        agent.sector not in sector_group("national_bodies")
        or lemma in CONTEXT_STATE_NOUNS
        or lemma.split()[-1] in CONTEXT_STATE_NOUNS  # "the foreign ministry"
    ):
        return _context_actor(s, f, agent, lemma)
    if agent.kind == "person" and is_definite(head) and head.tag_ in ("NN", "NNP"):
        named = _named_official(s, f, lemma)
        if named is not None:  # "Foreign Minister Abdoulaye Diop ... The minister also urged": Diop
            f.derived, f.is_person = True, True
            return copy_actor(named.mention.actor), "coref"
    if (
        agent.kind == "person"
        and agent.sector in sector_group("state_office")
        and is_definite(head)
        and head.tag_ in ("NN", "NNP")  # one official: "the foreign ministers" may be of several countries
    ):
        return _story_official(s, f, agent, lemma)
    if lemma in GOVERNMENT_NOUNS and is_definite(head):
        return _story_government(s, f, agent)
    if agent.kind == "group" and agent.sector in sector_group("national_bodies"):
        return _story_body(s, f, agent, lemma)
    return None, "nominal"


def _named_official(s: ResolutionState, f: Found, lemma: str) -> Any:
    """The person named in the last few sentences whose role ends with the noun ("the minister" after "Foreign
    Minister Abdoulaye Diop", "the general" after "General Denis N'Canha"), when all such persons are of one
    country; None when two countries' officials fit ("Kenya's president met Somalia's president. The
    president said ...": the story country rule decides, or no one)."""
    words = lemma.casefold().split()
    fits = [
        c
        for c in s.candidates_besides(f)
        if c.is_person
        and c.mention.actor is not None
        and c.mention.actor.country
        and c.mention.start < f.mention.start
        and f.mention.sentence_index - c.mention.sentence_index <= SENTENCE_WINDOW
        and (c.mention.actor.role or "").casefold().split()[-len(words) :] == words
    ]
    if not fits or len({c.mention.actor.country for c in fits if c.mention.actor is not None}) != 1:
        return None
    return fits[-1]


def _not_that_government(s: ResolutionState, f: Found, ante: Candidate) -> bool:
    """Is the antecedent found for a bare "the government" / "the authorities" the wrong one? So when it is a
    country its own clause acts on ("Venezuela said ... The government asked Caracas to ..."), or a country named
    only as a state ("India has not replied") in a story whose country is another: a bare "the government" of a
    news story is the story's own unless a named one is in the phrase."""
    country = ante.mention.actor.country if ante.mention.actor else None
    if country is None:
        return False
    if country in _aimed_countries(s, f) or fronted_countries(s, f) - {country}:
        return True  # "In New Delhi, the government rejected ..." after Pakistan's ministry: not Pakistan's
    story = s.story_country()
    return ante.mention.via in ("country", "capital") and story is not None and story != country


def _aimed_countries(s: ResolutionState, f: Found) -> set[str]:
    """The countries named (as states, capitals, demonyms, places) in what the act of ``f`` is aimed at."""
    if f.mention.head is None:
        return set()
    head = s.doc[f.mention.head]
    return {
        g.hits[0].key
        for g in s.in_sentence(f.mention.sentence_index)
        if g is not f
        and g.hits
        and g.hits[0].kind in COUNTRY_HITS
        and g.mention.head is not None
        and aimed_at(head, s.doc[g.mention.head])
    }


def _story_body(s: ResolutionState, f: Found, agent: AgentNoun, lemma: str) -> tuple[Actor | None, str]:
    """ "Lawmakers", "prosecutors", "officials" with no owner in a story about one country (and a sentence
    about no other): that country's body. A story or sentence that spans countries gives none."""
    iso3 = s.story_country()
    if iso3 is None or not _of_story(s, f, iso3):
        return None, "nominal"
    actor = s.country_actor(iso3, agent.sector, governing=lemma in GOVERNMENT_NOUNS)
    actor.country_basis = s.story_basis()
    return actor, "context"


def _story_government(s: ResolutionState, f: Found, agent: AgentNoun) -> tuple[Actor | None, str]:
    """ "The government said" in a story about one country (and a sentence about no other): its government.
    In a clause a state's official reports, the official's own government ("the minister said the government
    would ...")."""
    own, abroad = reporting_state(s, s.doc[f.mention.head]) if f.mention.head is not None else (None, False)
    if own is not None:
        actor = s.country_actor(own, agent.sector, governing=True)
        actor.country_basis = "sentence"
        return actor, "context"
    if abroad:  # "the French minister, visiting Lebanon, said the government ...": not France's, maybe Lebanon's
        return None, "nominal"
    iso3 = s.story_country()
    if iso3 is None or not _of_story(s, f, iso3, aimed_apart=agent.ruling):
        return None, "nominal"
    actor = s.country_actor(iso3, agent.sector, governing=True)
    actor.country_basis = s.story_basis()
    return actor, "context"


def _story_official(s: ResolutionState, f: Found, agent: AgentNoun, lemma: str) -> tuple[Actor | None, str]:
    """ "The interior minister urged calm" in a story about one country: that country's minister, when the
    sentence points to no other country (precision first: a story about two countries gives none)."""
    iso3 = s.story_country()
    if iso3 is None or not _of_story(s, f, iso3):
        return None, "nominal"
    country = s.kb.countries.get(iso3)
    name = f"{country.name if country else iso3} {agent.role or lemma}"
    cameo = s.kb.country_actor(iso3, agent.sector).cameo
    return Actor(None, name, iso3, agent.sector, cameo, agent.role, s.story_basis()), "context"


def _of_story(s: ResolutionState, f: Found, iso3: str, aimed_apart: bool = False) -> bool:
    """Is an unowned state body or official of the story's country? When its sentence points to no other
    country, or when the dateline names the story's country and the other is only another actor of the
    sentence ("ISLAMABAD - The prime minister accused India ...": Pakistan's; a place in its phrase, "the
    minister in Kabul", still decides). ``aimed_apart``: a ruling body, which is not of the country its act is
    aimed at, nor of that country's other names in the sentence ("The government asked Caracas to arrest rebels
    hiding in Venezuelan territory": the story's government, not Venezuela's)."""
    local, basis = s.local_country_basis(f, titled=aimed_apart)
    if aimed_apart and local is not None and local != iso3:
        aimed = _aimed_countries(s, f)
        if local in aimed and iso3 not in aimed:
            return True
    return local == iso3 or (basis == "sentence" and s.story_basis() == "dateline")


def _context_actor(s: ResolutionState, f: Found, agent: AgentNoun, lemma: str) -> tuple[Actor | None, str]:
    """A group noun typed with the country of its sentence or story ("police", "gunmen" in a story about
    Pakistan: Pakistan's), else by its sector alone."""
    # a drone with no owner flies from anywhere: the place it hit or a country named beside it is no owner
    # a ruling body ("the junta") is not of the country it acts on: "The junta accused Paris" is no French junta
    iso3, basis = (None, None) if agent.remote else s.local_country_basis(f, titled=agent.ruling)
    if iso3:  # "gunmen ... in Quetta": ACLED's "Unidentified Armed Group (Pakistan)"
        actor = s.country_actor(iso3, agent.sector, governing=lemma in GOVERNMENT_NOUNS)
        actor.country_basis = basis
        return actor, "context"
    if (agent.kind == "group" or agent.local) and _placeless(s, agent.sector):
        # no country in sight: the group by its sector alone ("police fired tear gas at protesters")
        sector = s.kb.sectors.get(agent.sector)
        return Actor(None, None, None, agent.sector, sector.cameo if sector else agent.sector, None), "nominal"
    return None, "nominal"


def _placeless(s: ResolutionState, code: str) -> bool:
    """Group nouns of this sector stand as actors when no country is in sight (``placeless`` in sectors.yaml)."""
    sector = s.kb.sectors.get(code)
    return bool(sector and sector.placeless)


def modifier_of(
    s: ResolutionState, toks: list[int], head: Any, petrarch: bool = False, envoy: bool = False
) -> tuple[Owner | None, Any]:
    """The country or organisation a nominal belongs to: possessor, compound/adjective, or "of/for X"
    (for a PETRARCH agent noun also "in X": "lawmakers in Zorland"). A state's envoy (``envoy``) belongs to
    the country that owns it ("China's UN envoy", "the French UN ambassador") before the body it sits at."""
    doc = s.doc
    children = [c for k in toks for c in doc[k].children if not (toks[0] <= c.i <= toks[-1])]
    found = [(c, got) for c in children if c.dep_ in MODIFIER_DEPS and (got := _as_modifier(s, c))]
    if envoy:
        sent = [got for c, got in found if got[1] == "country" and c.dep_ in ("poss", "amod")]
        if sent:
            return sent[0], None
    direct = [got for _, got in found]
    if direct:  # "Afghanistan's Taliban rulers": the organisation says more than the country
        return sorted(direct, key=lambda g: g[1] != "org")[0], None
    for c in children:
        if c.dep_ == "prep" and c.lower_ == "in" and head.lemma_.casefold() not in ("embassy", "consulate"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            seat = s.named_at(pobj.i) if pobj is not None else None
            office = s.kb.agent((head.lemma_.casefold(),))
            if (
                seat is not None
                and seat.hits
                and seat.hits[0].kind == "capital"
                and office is not None
                and office.sector in sector_group("government")
                and not (office.kind == "person" and head.tag_ in ("NNS", "NNPS"))  # ministers meeting there
            ):
                return (seat, "country"), None  # "the Defense Ministry in Kabul"
    for c in children:
        if c.dep_ == "prep" and (c.lower_ in ("of", "for", "from") or (petrarch and c.lower_ == "in")):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                got = _as_modifier(s, pobj)
                if got:
                    return got, c
    return None, None


def _country_modifier(s: ResolutionState, toks: list[int]) -> Owner | None:
    """The country word modifying the noun ``toks`` ("Italian" in "his Italian counterpart"), if any."""
    for k in toks:
        for c in s.doc[k].children:
            if c.dep_ in ("amod", "compound", "nmod") and (got := _as_modifier(s, c)) and got[1] == "country":
                return got
    return None


def _as_modifier(s: ResolutionState, tok: Any) -> Owner | None:
    f = s.named_at(tok.i)
    if f is None and tok.pos_ in ("NOUN", "PROPN"):
        nominal_ending_at(s, tok)  # "the spokesman for the Afghan army": type "the Afghan army" first
        f = s.named_at(tok.i)
    if f is None or f.mention.actor is None:
        return None
    if f.is_person and f.mention.kind != "nominal":
        return (f, "person") if (f.mention.actor.country or f.mention.actor.sector) else None
    hit = f.hits[0] if f.hits else None
    if hit is not None and hit.kind in ("country", "capital", "adjective", "people", "place"):
        return f, "country"
    return f, "org"


def nominal_ending_at(s: ResolutionState, tok: Any) -> None:
    """Type the agent-noun phrase whose noun ends at ``tok``, if there is one."""
    max_len = s.kb.max_agent_len()
    for k in range(max(tok.left_edge.i, tok.i - max_len + 1), tok.i + 1):
        match = agent_at(s, k, max_len)
        if match is not None and match[0] == tok.i:
            nominal(s, k, match[0], match[1])
            return
