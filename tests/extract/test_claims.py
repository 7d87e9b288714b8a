"""Claim frames on sentences written for the test (not taken from any corpus)."""

from __future__ import annotations

from datetime import date

from dossier.model import Claim, Money, Range, TimeSpan
from tests.extract.conftest import Annotate


def find(claims: list[Claim], predicate: str) -> list[Claim]:
    return [claim for claim in claims if claim.predicate == predicate]


def test_affiliation_through_a_relation_noun(annotate: Annotate) -> None:
    claims = annotate("Al-Shabaab is a Somali affiliate of al-Qaeda.").claims
    [claim] = find(claims, "affiliate_of")
    assert (claim.subject.name, claim.object and claim.object.name) == ("Al-Shabaab", "al-Qaeda")
    assert not claim.hedged and not claim.negated


def test_founding_date_of_a_participle_clause_goes_to_the_passage_subject(
    annotate: Annotate,
) -> None:
    text = (
        "Boko Haram is a jihadist group in Nigeria. Founded in mid-2002 by a preacher, "
        "the group later spread into Niger and Chad."
    )
    [claim] = find(annotate(text).claims, "founded")
    assert claim.subject.name == "Boko Haram"
    assert isinstance(claim.value, TimeSpan)
    assert (claim.value.start, claim.value.end) == (date(2002, 5, 1), date(2002, 8, 31))


def test_founders_and_founding_month(annotate: Annotate) -> None:
    text = "In March 2017, fighters of Ansar Dine and Al-Mourabitoun formed JNIM."
    claims = annotate(text).claims
    [founded] = find(claims, "founded")
    assert founded.subject.name == "Jamaat Nusrat al-Islam wal Muslimin"
    assert isinstance(founded.value, TimeSpan) and founded.value.precision == "month"
    sources = {c.object.name for c in find(claims, "formed_from") if c.object}
    assert sources == {"Ansar Dine", "Al-Mourabitoun"}


def test_membership_is_hedged_and_qualified(annotate: Annotate) -> None:
    text = (
        "Officials say the Houthis are believed to have numbered "
        "about 20,000 fighters at their peak."
    )
    [claim] = find(annotate(text).claims, "member_count")
    assert claim.subject.name == "Houthis"
    assert claim.value == Range(20000, 20000, approx=True, text="about 20,000")
    assert claim.hedged
    assert claim.qualifier is not None and "peak" in claim.qualifier


def test_attribution_names_the_source(annotate: Annotate) -> None:
    text = "According to the United Nations, ISWAP is a force of 3,500 to 5,000 fighters in Borno."
    claims = annotate(text).claims
    [count] = find(claims, "member_count")
    assert count.value == Range(3500, 5000, text="3,500 to 5,000")
    assert count.attributed_to == "United Nations"
    assert {c.object.name for c in find(claims, "based_in") if c.object} == {"Borno"}


def test_negation_is_kept(annotate: Annotate) -> None:
    [claim] = find(annotate("Hamas has not allied with the Islamic State.").claims, "ally_of")
    assert claim.negated
    assert claim.object is not None and claim.object.name == "Islamic State"


def test_funding_with_an_amount(annotate: Annotate) -> None:
    text = "Hezbollah has received funding of about $700 million a year from Iran's government."
    [claim] = find(annotate(text).claims, "funded_by")
    assert claim.subject.name == "Hezbollah"
    assert isinstance(claim.value, Money) and claim.value.amount == 700_000_000
    assert claim.value.currency == "USD"


def test_leadership_by_apposition(annotate: Annotate) -> None:
    text = "Abubakar Shekau, the leader of Boko Haram, died in 2021."
    [claim] = find(annotate(text).claims, "leader_of")
    assert (claim.subject.name, claim.object and claim.object.name) == (
        "Abubakar Shekau",
        "Boko Haram",
    )


def test_an_unnamed_role_holder_is_not_the_person_the_sentence_names(
    annotate: Annotate,
) -> None:
    text = (
        "A Green Party leader criticised Maria Lopez's budget. "
        "The chairman of the Green Party said the decision was a matter for Maria Lopez."
    )
    assert find(annotate(text).claims, "leader_of") == []
    named = annotate("Maria Lopez, a Green Party leader, resigned.").claims
    assert [c.subject.name for c in find(named, "leader_of")] == ["Maria Lopez"]


def test_targets_are_listed_and_places_left_out(annotate: Annotate) -> None:
    text = "The PKK has targeted police stations, army convoys and dams in southeastern Turkey."
    targets = {c.value for c in find(annotate(text).claims, "targets")}
    assert targets == {"police stations", "army convoys", "dams"}


def test_hostility_from_a_shared_relationship(annotate: Annotate) -> None:
    text = "Hayat Tahrir al-Sham and the Islamic State share a bitter rivalry."
    claims = find(annotate(text).claims, "hostile_to")
    assert [(c.subject.name, c.object and c.object.name) for c in claims] == [
        ("Hayat Tahrir al-Sham", "Islamic State")
    ]


def test_pronouns_resolve_to_the_passage_subject(annotate: Annotate) -> None:
    text = "Jaish-e-Mohammed is a militant group. They are based near Bahawalpur, in Punjab."
    [claim] = find(annotate(text).claims, "based_in")
    assert claim.subject.name == "Jaish-e-Mohammed"
    assert claim.object is not None and claim.object.name == "Bahawalpur"


def test_learned_acronym_is_the_same_entity(annotate: Annotate) -> None:
    text = (
        "The Free Syrian Sentinels (FSS) is a small militia. "
        "FSS is an offshoot of the Free Syrian Army."
    )
    [claim] = find(annotate(text).claims, "affiliate_of")
    assert claim.subject.name == "Free Syrian Sentinels"


def test_evidence_points_at_the_sentence(annotate: Annotate) -> None:
    text = "A quiet opening line. Al-Shabaab is an affiliate of al-Qaeda."
    annotated = annotate(text)
    [claim] = find(annotated.claims, "affiliate_of")
    evidence = claim.evidence
    assert evidence.quote == text[evidence.start : evidence.end]
    assert evidence.quote == "Al-Shabaab is an affiliate of al-Qaeda."
    assert evidence.sentence_index == 1


# ---- inputs that must not produce claims ----------------------------------------------


def test_questions_assert_nothing(annotate: Annotate) -> None:
    assert annotate("Is Al-Shabaab an affiliate of al-Qaeda?").claims == []


def test_sentences_without_entities_give_no_claims(annotate: Annotate) -> None:
    text = "It rained all week. Nobody knew when the market would open again."
    assert annotate(text).claims == []


def test_numbers_without_a_counted_noun_are_not_sizes(annotate: Annotate) -> None:
    text = "Al-Shabaab has 2,500. The group said 40 was the number."
    assert find(annotate(text).claims, "member_count") == []


def test_a_date_that_cannot_be_resolved_is_not_invented(annotate: Annotate) -> None:
    # No publication date: 'on Sunday' cannot become a calendar day.
    claims = annotate("Al-Shabaab was founded on Sunday, officials said.").claims
    assert find(claims, "founded") == []


def test_contradictory_statements_are_both_kept(annotate: Annotate) -> None:
    text = (
        "Al-Shabaab has about 7,000 fighters, the army said. "
        "Al-Shabaab has about 12,000 fighters, a UN report found."
    )
    values = sorted(c.value.min for c in find(annotate(text).claims, "member_count"))  # type: ignore[union-attr]
    assert values == [7000, 12000]


def test_a_very_long_sentence_is_handled(annotate: Annotate) -> None:
    filler = ", ".join(f"village number {n}" for n in range(400))
    text = f"Al-Shabaab is an affiliate of al-Qaeda and operates in {filler}."
    annotated = annotate(text)
    assert find(annotated.claims, "affiliate_of")


def test_non_english_documents_are_not_extracted(annotate: Annotate) -> None:
    text = "Al-Shabaab est une filiale d'Al-Qaïda et compte environ 7 000 combattants en Somalie."
    annotated = annotate(text)
    assert annotated.claims == [] and annotated.events == []
    assert any("language 'fr'" in note for note in annotated.document.notes)
