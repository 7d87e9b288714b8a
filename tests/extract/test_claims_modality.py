"""How a claim is stated: hedges, negation, attribution and time scope. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.model import Claim
from dossier.read.documents import make_document

OPENING = "The Red Dune Brigade is a militant group active in Chad. "


def _claims(nlp: Language, text: str) -> list[Claim]:
    document = make_document(OPENING + text, origin="test", title="Red Dune Brigade")
    [annotated] = annotate_documents(nlp, [document])
    return [claim for claim in annotated.claims if claim.evidence.sentence_index > 0]


def _one(claims: list[Claim], predicate: str) -> Claim:
    found = [claim for claim in claims if claim.predicate == predicate]
    assert found, f"no {predicate} claim in {claims}"
    return found[0]


def test_a_hedging_adjective_on_the_cue_hedges(nlp: Language) -> None:
    claims = _claims(nlp, "Omar Tell, the alleged leader of the Red Dune Brigade, was arrested.")
    assert _one(claims, "leader_of").hedged


def test_an_estimated_figure_is_hedged_and_dated(nlp: Language) -> None:
    claim = _one(_claims(nlp, "The group had an estimated 900 fighters in 2019."), "member_count")
    assert claim.hedged
    assert claim.time_scope is not None and claim.time_scope.start.year == 2019


def test_a_plain_figure_is_not_hedged(nlp: Language) -> None:
    claim = _one(_claims(nlp, "The group had 900 fighters in 2019."), "member_count")
    assert not claim.hedged


def test_ruling_out_negates(nlp: Language) -> None:
    claims = _claims(nlp, "Officials ruled out that the Red Dune Brigade was funded by Iran.")
    assert _one(claims, "funded_by").negated


def test_yet_to_negates(nlp: Language) -> None:
    claims = _claims(nlp, "The Red Dune Brigade has yet to pledge allegiance to al-Qaeda.")
    assert _one(claims, "pledged_allegiance_to").negated


def test_according_to_a_long_phrase_names_the_source(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "According to a confidential report by the United Nations monitoring team, the "
        "Red Dune Brigade has 2,000 fighters.",
    )
    assert _one(claims, "member_count").attributed_to == "United Nations"


def test_a_speaker_phrase_is_trimmed_to_the_named_source(nlp: Language) -> None:
    claims = _claims(nlp, "A new CIA report estimates the group has 3,000 fighters.")
    assert _one(claims, "member_count").attributed_to == "CIA"


def test_the_reporters_title_for_a_speaker_is_not_the_speakers_word(nlp: Language) -> None:
    claims = _claims(
        nlp, "“We will find them,” Chadian interior minister Dario Pell told reporters."
    )
    office = _one(claims, "holds_office")
    assert office.subject.name == "Dario Pell"
    assert office.attributed_to is None


def test_a_passive_report_has_no_speaker(nlp: Language) -> None:
    claims = _claims(nlp, "The group's strength was reported at around 400 fighters.")
    assert all(claim.attributed_to is None for claim in claims)


def test_a_state_until_a_dated_event_ends_then(nlp: Language) -> None:
    claims = _claims(nlp, "Omar Tell led the Red Dune Brigade until his death in 2019.")
    scope = _one(claims, "leader_of").time_scope
    assert scope is not None and scope.text.lower().startswith("until")


def test_a_bracketed_year_dates_a_figure(nlp: Language) -> None:
    claim = _one(_claims(nlp, "The Red Dune Brigade had 4,000 fighters (2016 estimate)."),
                 "member_count")  # fmt: skip
    assert claim.time_scope is not None and claim.time_scope.start.year == 2016


def test_denying_verbs_negate_only_what_they_deny(nlp: Language) -> None:
    denied = _claims(nlp, "The Red Dune Brigade denied being funded by Iran.")
    assert _one(denied, "funded_by").negated
    aside = _claims(
        nlp,
        "Five senior officers were dismissed, according to details later tweeted by army "
        "spokesperson Omar Tell.",
    )
    office = _one(aside, "holds_office")
    assert not office.negated
    assert office.attributed_to is None  # the title is the reporter's, not the source's


def test_a_title_on_a_name_is_neither_hedged_nor_denied_by_the_verb_around_it(
    nlp: Language,
) -> None:
    hedging = _claims(nlp, "Rebels are seeking to overthrow Chadian president Idriss Malloum.")
    assert not _one(hedging, "holds_office").hedged
    denying = _claims(nlp, "The delegation did not meet Chadian president Idriss Malloum.")
    assert not _one(denying, "holds_office").negated
    believed = _claims(
        nlp,
        "Officials believe the Red Dune Brigade, an affiliate of al-Qaeda, carried out the raid.",
    )
    assert not _one(believed, "affiliate_of").hedged
