"""Round 22 on short attack summaries: a doer named in a later sentence whose name the parser split ("Sources
suspected the Islamic State in the Greater Sahara"), a countryless group's branch named by a region ("al-Qaida in
the Islamic Maghreb"), the attackers' own losses told by a verb of loss ("the guerrillas lost three of their
fighters") and a dateline date the parser made the verb's subject ("07/23/1999: ELN rebels kidnapped ...").
Every sentence here was written for these tests (none is from a dataset); each rule has a look-alike that must
not fire."""

from __future__ import annotations

from wirecoder.article import Article
from wirecoder.coding.main_event import is_violent, main_event


def _main(short, text: str):
    events = short(Article(raw=text, source="t", published="2026-03-04")).events
    return main_event([e for e in events if is_violent(e)]) or main_event(events)


def _source(short, text: str) -> str:
    main = _main(short, text)
    return (main.source.text or "") if main is not None and main.source is not None else ""


def _dead(short, text: str) -> int:
    main = _main(short, text)
    return int(main.fatalities or 0) if main is not None else 0


# a doer's name the parser split at its preposition


def test_suspected_group_whose_name_goes_on_with_in(short):
    text = (
        "04/11/2021: Gunmen raided a hamlet near Tera, Niger, killing at least nine herders. "
        "Local officials suspected the Islamic State in the Greater Sahara."
    )
    assert "Islamic State in the Greater Sahara" in _source(short, text)


def test_suspected_group_plain(short):
    text = (
        "03/02/2016: A bomb exploded at a taxi rank in Yola, Nigeria, killing four people. Police suspected Boko Haram."
    )
    assert "Boko Haram" in _source(short, text)


def test_suspected_of_other_plots_is_no_blame_for_this_attack(short):
    text = (
        "03/02/2016: A bomb exploded at a taxi rank in Yola, Nigeria, killing four people. "
        "Police suspected Boko Haram in Maiduguri of other plots."
    )
    assert "Boko Haram" not in _source(short, text)


# a countryless group's branch named by a region


def test_branch_named_by_region_after_the(short):
    text = (
        "09/14/2012: A landmine struck a lorry near Kidal, Mali, killing three traders. "
        "Officials blamed al-Qaida in the Islamic Maghreb."
    )
    assert "al-Qaida in the Islamic Maghreb" in _source(short, text)


def test_branch_named_by_continent(short):
    text = "A parcel bomb wounded two clerks in Hamburg, Germany. Al-Qaeda in Europe claimed responsibility."
    assert "Al-Qaeda in Europe" in _source(short, text)


def test_group_in_a_town_is_no_branch_name(short):
    text = "Al-Qaeda in Kabul attacked a checkpoint, killing four guards."
    assert "Kabul" not in _source(short, text)


# the attackers' own losses told by a verb of loss


def test_guerrillas_lost_fighters_in_the_next_sentence(short):
    text = (
        "06/08/2003: FARC guerrillas stormed a police post in Huila, Colombia, killing five officers. "
        "The guerrillas lost four of their fighters."
    )
    assert _dead(short, text) == 9


def test_attackers_lost_their_own_in_the_same_sentence(short):
    text = (
        "10/12/1996: Militants attacked an army picket in Doda, India, killing three soldiers; the attackers lost "
        "two of their own. Harkat-ul-Ansar was suspected."
    )
    assert _dead(short, text) == 5


def test_named_doer_lost_fighters(short):
    text = "Taliban insurgents overran a checkpoint in Kunduz, Afghanistan, killing seven policemen. The Taliban lost 12 fighters."
    assert _dead(short, text) == 19


def test_a_party_losing_seats_adds_nothing(short):
    text = "Gunmen shot dead four officers at a roadblock in Cauca, Colombia. The ruling party lost three seats in the vote."
    assert _dead(short, text) == 4


def test_the_victims_side_losing_men_later_adds_nothing(short):
    text = "Rebels ambushed a convoy near Beni, DR Congo, killing six soldiers. The army lost two men in a separate clash later."
    assert _dead(short, text) == 6


def test_an_unnumbered_loss_adds_nothing(short):
    text = "Gunmen attacked a police post in Cauca, Colombia, killing six officers. The attackers lost several of their men."
    assert _dead(short, text) == 6


# a dateline date the parser made a second subject


def test_dateline_date_is_no_subject(short):
    text = "07/23/1999: National Liberation Army (ELN) rebels kidnapped 30 churchgoers in Cali, Colombia."
    assert "National Liberation Army" in _source(short, text)


def test_date_in_the_sentence_stays_what_it_was(short):
    text = "On 07/23/1999 rebels kidnapped 30 churchgoers in Cali, Colombia."
    assert "07/23/1999" not in _source(short, text)


# the attack told again in the loss's clause; a lower-case "al-Qaida" branch named by a country


def test_fighting_in_the_loss_clause_is_the_attack_told_again(short):
    text = (
        "02/17/2000: Rebels of the National Liberation Army (ELN) raided the town of Tame, Colombia, killing three "
        "policemen. The rebels lost two of their men in the fighting."
    )
    main = _main(short, text)
    assert main is not None and "National Liberation Army" in (main.source.text or "") and main.fatalities == 5


def test_soldiers_losing_men_in_other_fighting_keep_it_apart(short):
    text = (
        "Rebels attacked the town of Tame, Colombia, killing four policemen. "
        "Soldiers lost two men in fighting with ELN guerrillas the same night."
    )
    events = short(Article(raw=text, source="t", published="2026-03-04")).events
    assert any(e.trigger.get("text") == "fighting" for e in events)


def test_lower_case_al_qaida_branch_named_by_country(short):
    text = "A bomb exploded at a bus station in Ramadi, Iraq, killing nine people. Officials blamed al-Qaida in Iraq."
    assert "al-Qaida in Iraq" in _source(short, text)


def test_lower_case_al_qaida_alone_stays_itself(short):
    text = "A bomb exploded at a bus station in Ramadi, Iraq, killing nine people. Officials blamed al-Qaida."
    assert _source(short, text) == "al-Qaida"
