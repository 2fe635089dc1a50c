"""The ``events`` stage: code events (CAMEO, PLOVER, ACLED) and quotes from the parse.

The coder's steps live in :mod:`.events`, its named rules in :mod:`.registry`; its data — ontologies
(:mod:`.ontology`) and the pattern set named by ``Settings.patterns`` (:mod:`.patterns`) — is loaded
once, when the stage is built.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from ..article import Article
from ..dates import mark_background
from ..settings import Settings
from ..stage import Stage
from . import asked_nouns as _asked_nouns  # noqa: F401  (registers targets.asked_of_noun.v1)
from . import border_partners as _border_partners  # noqa: F401  (registers targets.border_partner.v1)
from . import condition_targets as _condition_targets  # noqa: F401  (registers threat and protest targets)
from . import custody_places as _custody_places  # noqa: F401  (registers targets.custody_place.v1)
from . import from_counterparts as _from_counterparts  # noqa: F401  (registers targets.from_counterparts.v1)
from . import harmed_target as _harmed_target  # noqa: F401  (registers the harmed as an attack noun's target)
from . import judged_owners as _judged_owners  # noqa: F401  (registers targets.judged_owner.v1)
from . import judged_victims as _judged_victims  # noqa: F401  (registers targets.judged_victims.v1)
from . import mutual_subjects as _mutual_subjects  # noqa: F401  (registers targets.mutual_subjects.v1)
from . import named_process as _named_process  # noqa: F401  (registers targets.named_process.v1)
from . import participle_victims as _participle_victims  # noqa: F401  (registers targets.participle_victims.v1)
from . import purchase_recipients as _purchase_recipients  # noqa: F401  (registers targets.purchase_recipient.v1)
from . import sent_from as _sent_from  # noqa: F401  (registers targets.sent_from.v1)
from . import talks_topics as _talks_topics  # noqa: F401  (registers targets.talks_topic.v1)
from . import told_audiences as _told_audiences  # noqa: F401  (registers targets.told_audience.v1)
from . import trade_partners as _trade_partners  # noqa: F401  (registers targets.trade_partner.v1)
from . import unnamed_accused as _unnamed_accused  # noqa: F401  (registers targets.unnamed_accused.v1)
from .acled_modality import type_only_taken_acts, untype_history
from .attacker_deaths import fold_attacker_deaths
from .calibration import calibrate
from .claimed_attacks import drop_claims_of_told_attacks, drop_reports_of_unidentified_attackers
from .claimed_tolls import drop_claimed_tolls
from .conjoined_types import conjoined_types
from .crowd_property import crowds_on_property
from .disaster_story import drop_disaster_tolls
from .events import Helpers, code_article
from .fire_deaths import add_fire_deaths
from .follow_up_blasts import fold_follow_up_blasts
from .hidden_detentions import disappearances_of_detentions
from .lasting_campaigns import drop_lasting_campaigns
from .modal_tolls import drop_foreseen_tolls
from .more_victims import add_more_victims
from .note_tolls import one_more_dead, toll_sentences
from .offduty_victims import attacks_on_offduty
from .ongoing_violence import drop_ongoing_violence
from .ontology import load_ontology
from .outcome_participles import fold_outcome_participles
from .own_demands import own_country_demands
from .own_losses import add_own_losses
from .passing_history import drop_passing_history
from .patterns import load_patterns
from .protest_demands import keep_demands_of_untold_protests
from .protest_force import protest_met_with_force
from .protest_force_types import force_types_of_protests
from .protest_harm import type_protest_harm
from .protest_riots import riots_at_protests, violent_protests
from .raid_abductions import abductions_of_raids
from .raid_arrests import drop_raids_of_arrests
from .retold_claims import drop_retold_tolls
from .retold_own_deaths import drop_retold_own_deaths
from .risen_tolls import risen_tolls
from .rival_tolls import lowest_of_rival_tolls, toll_figure_of_uncounted_dead
from .same_attack import fold_into_graver_act
from .sentence_types import type_by_sentence
from .siege_attacks import siege_attacks
from .siege_ends import siege_ends
from .siege_tolls import siege_tolls
from .sports_story import drop_game_events
from .suicide_bomber_deaths import add_suicide_bomber
from .tally import fold_tallies
from .told_after import answered_targets
from .told_harm import attacks_by_told_harm
from .tolls import settle_tolls
from .unattributed import drop_unattributed
from .victim_losses import add_victim_losses
from .year_tolls import year_tolls_as_background

log = logging.getLogger(__name__)

__all__ = ["EventStage", "code_article", "load_ontology", "load_patterns"]


def _optional(module: str) -> Any:
    """A sibling coding module, or None while it is not there (it is written separately)."""
    try:
        return importlib.import_module(f"{__name__}.{module}")
    except ImportError:
        log.debug("wirecoder.coding.%s is not available; coding without it", module)
        return None


class EventStage(Stage):
    name = "events"
    requires = ("doc", "mentions", "times")
    assigns = ("events", "quotes")

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.ontology = load_ontology()
        self.patterns = load_patterns(settings.patterns)
        self.helpers = Helpers(_optional("quantities"), _optional("modality"), _optional("quotes"))

    def __call__(self, article: Article) -> Article:
        quotes_mod = self.helpers.quotes
        if quotes_mod is not None and hasattr(quotes_mod, "find_quotes"):
            article.quotes = list(quotes_mod.find_quotes(article))
        helpers = (
            self.helpers
            if quotes_mod is None or hasattr(quotes_mod, "quote_at")
            else Helpers(self.helpers.quantities, self.helpers.modality, None)
        )
        article.events = code_article(article, self.patterns, self.ontology, helpers)
        article.events = drop_disaster_tolls(article, article.events)  # a storm's dead are no attack's
        article.events = drop_game_events(article, article.events)  # "beat Mali 3-0": a match, no attack
        article.events = drop_claims_of_told_attacks(article, article.events)  # "said it carried out the attack"
        article.events = drop_reports_of_unidentified_attackers(article, article.events)  # "said gunmen stormed it"
        article.events = drop_raids_of_arrests(article, article.events)  # "raided the offices and detained 41"
        article.events = drop_unattributed(article, article.events)  # an interview's "I refused", "Why was X banned?"
        article.events = own_country_demands(article, article.events)  # "said Italy must cut its debt": 010
        article.events = calibrate(article)  # confidence as the chance the type is right (coding/calibration.py)
        settle_tolls(article)
        drop_foreseen_tolls(article)  # "an assault could kill thousands": a fear, no toll
        lowest_of_rival_tolls(article)  # "up to 40 dead, but officials confirmed 12": 12
        toll_figure_of_uncounted_dead(article)  # "dozens killed; an official put the toll at 27": 27
        drop_claimed_tolls(article)  # "claimed to have killed 40 soldiers. The army said four died.": 4
        drop_retold_tolls(article)  # "killed 12 at a market. Police said 12 people were killed.": 12
        add_more_victims(article, article.events)  # "Eleven soldiers died. Two civilians were also killed.": 13
        fold_follow_up_blasts(article)  # "A bomb killed nine. A second device killed five rescuers.": 14
        drop_retold_own_deaths(article)  # "blew himself up. The bomber was killed along with three": 4, not 5
        fold_attacker_deaths(article)  # "killing three before two of the assailants were shot dead": 5
        add_own_losses(article)  # "killing six officers. The guerrillas lost three of their fighters.": 9
        add_victim_losses(article)  # "Militants ambushed a patrol. Police lost three officers.": 3
        fold_outcome_participles(article)  # "The attack left one dead and two voters injured": the attack's 1
        add_suicide_bomber(article)  # "A woman detonated a suicide vest, killing six": the bomber too, 7
        add_fire_deaths(article)  # "set fire to a mosque. Five worshippers died in the blaze.": the arson's 5
        fold_tallies(article)  # "6 fatalities.": the note's count, restated, not added
        toll_sentences(article)  # "Several were killed. Police gave a toll of 5.": 5
        risen_tolls(article)  # "A bomb killed 12. The toll rose to 15 by evening.": 15
        one_more_dead(article)  # "Two were killed; a third died of injuries later": 3
        siege_tolls(article)  # "seized a hotel ... Commandos stormed it; 12 hostages died": the seizure's 12
        siege_ends(article)  # "stormed a hotel. The siege ended with 22 people dead": the attack's 22
        siege_attacks(article)  # "A siege at a hotel ended with 22 dead" (no attack told before): an attack of 22
        fold_into_graver_act(article)  # "set fire to houses and killed four": one attack
        attacks_by_told_harm(article)  # "stormed the town. Eleven residents were killed.": an attack on civilians
        abductions_of_raids(article)  # "stormed the town and abducted 17 people": an abduction
        disappearances_of_detentions(article)  # "arrested him and took him to an undisclosed place": a disappearance
        type_by_sentence(article)  # "attacked the camp and seized the town": the seizure's type
        conjoined_types(article)  # "violated the truce and shelled villages": the shelling
        attacks_on_offduty(article)  # "gunmen killed an off-duty policeman": an attack, not a clash
        riots_at_protests(article)  # "youths threw petrol bombs at police during a protest": a riot
        violent_protests(article)  # "violence erupted during a demonstration", "the protest turned violent": a riot
        crowds_on_property(article)  # "angry students attacked the vice-chancellor's residence": a riot
        type_only_taken_acts(article)  # "plans to hold a rally": no ACLED row
        keep_demands_of_untold_protests(article)  # "protesters demanded ...": the protest, unless told itself
        protest_met_with_force(article)  # "rallied in Multan. Police baton-charged the rally": an intervention
        type_protest_harm(article)  # "a marcher died after a tear gas canister hit his head": excessive force
        force_types_of_protests(article)  # "police fired tear gas at the marchers": COERCE, not ASSAULT
        mark_background(article)
        year_tolls_as_background(article)  # "1,200 were killed in attacks in 2024, the report said"
        drop_passing_history(article)  # "took power in 2017 after the army removed Mugabe": no removal now
        answered_targets(article)  # "shelled Armenia after Armenian forces opened fire": fire on Azerbaijan
        drop_ongoing_violence(article)  # "but attacks continue across the north-east": no incident
        drop_lasting_campaigns(article)  # "has carried out similar attacks for more than a decade": no incident
        untype_history(article)  # "Ten years ago, a car bomb killed 22": no ACLED row of this story
        return article
