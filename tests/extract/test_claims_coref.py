"""Who 'it', 'its' and 'the group' are: salience of organisations within an article,
with the group the title names as the default. Invented groups and sentences."""

from __future__ import annotations

from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.model import Claim
from dossier.read.documents import make_document


def _claims(nlp: Language, text: str, title: str | None = None) -> list[Claim]:
    document = make_document(text, origin="test", title=title)
    [annotated] = annotate_documents(nlp, [document])
    return annotated.claims


def _facts(claims: list[Claim]) -> set[tuple[str, str, str]]:
    facts = set()
    for claim in claims:
        if claim.object is not None:
            other = claim.object.name
        else:
            other = str(getattr(claim.value, "text", claim.value))
        facts.add((claim.subject.name, claim.predicate, other))
    return facts


def test_it_and_its_are_the_paragraphs_group(nlp: Language) -> None:
    facts = _facts(
        _claims(
            nlp,
            "The Crimson Valley Front is an armed group active in the hills of Zarkovia. "
            "It was founded in 2009 by Omar Belkas. "
            "Its leader, Tarik Vonn, was killed in an air strike in 2015.",
        )
    )
    assert ("Crimson Valley Front", "founded", "in 2009") in facts
    assert ("Crimson Valley Front", "founded_by", "Omar Belkas") in facts
    assert ("Tarik Vonn", "leader_of", "Crimson Valley Front") in facts


def test_a_group_named_as_object_does_not_take_it(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Crimson Valley Front pledged allegiance to the Northern Brotherhood in 2014. "
        "It was founded in 2009.",
    )
    founded = {claim.subject.name for claim in claims if claim.predicate == "founded"}
    assert founded == {"Crimson Valley Front"}


def test_a_named_subject_takes_the_group_from_the_previous_one(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "Officials said the Crimson Valley Front had attacked a convoy near Dalmar.\n\n"
        "The Northern Brotherhood, a rival movement, denied any role. "
        "The group was founded in 2011.",
    )
    founded = {claim.subject.name for claim in claims if claim.predicate == "founded"}
    assert founded == {"Northern Brotherhood"}


def test_the_title_names_the_group_a_new_paragraph_falls_back_to(nlp: Language) -> None:
    text = (
        "Officials in Zarkovia said the Northern Brotherhood had trained hundreds of "
        "fighters for the Crimson Valley Front.\n\n"
        "The group was founded in 2009 by Omar Belkas."
    )
    claims = _claims(nlp, text, title="Profile: the Crimson Valley Front")
    founded = {claim.subject.name for claim in claims if claim.predicate == "founded_by"}
    assert founded == {"Crimson Valley Front"}


def test_a_bare_group_noun_is_never_an_organisation(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Crimson Valley Front, or the Group for the Defence of Zarkovia, "
        "has about 800 fighters. The Group pledged allegiance to the Northern Brotherhood.",
    )
    names = {claim.subject.name for claim in claims} | {
        claim.object.name for claim in claims if claim.object is not None
    }
    assert "Group" not in names


def test_a_parent_named_beside_the_group_does_not_take_it(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Crimson Valley Front operates in the hills of Zarkovia. "
        "Its parent, the Northern Brotherhood, sent advisers in 2012. "
        "It was established in 2015.",
    )
    founded = {claim.subject.name for claim in claims if claim.predicate == "founded"}
    assert founded == {"Crimson Valley Front"}


def test_founders_named_as_people_stay_people(nlp: Language) -> None:
    claims = _claims(
        nlp,
        "The Crimson Valley Front is an armed group. "
        "It was founded in 2009 by Omar Belkas and Tarik Vonn.",
    )
    founders = {
        (claim.object.name, claim.object.type)
        for claim in claims
        if claim.predicate == "founded_by" and claim.object is not None
    }
    assert founders and all(kind == "person" for _, kind in founders)


def test_he_and_she_are_the_person_a_page_is_about(nlp: Language) -> None:
    facts = _facts(
        _claims(
            nlp,
            "Ingrid Solberg (born 4 March 1958) is a Norwegian trade unionist. "
            "She joined the Fjord Workers Union in 1979. "
            "In 1990 she became a member of the Coastal Progress Party.",
        )
    )
    assert ("Ingrid Solberg", "member_of", "Fjord Workers Union") in facts
    assert ("Ingrid Solberg", "member_of", "Coastal Progress Party") in facts


def test_he_means_no_one_in_a_story_that_does_not_open_on_a_person(nlp: Language) -> None:
    facts = _facts(
        _claims(
            nlp,
            "Gunmen attacked a market in the town of Orvik on Monday. "
            "He joined the Orvik Defence League after the attack, a witness said.",
        )
    )
    assert not [fact for fact in facts if fact[1] == "member_of"]


def test_a_gerund_after_a_time_word_is_done_by_the_main_subject(nlp: Language) -> None:
    facts = _facts(
        _claims(
            nlp,
            "Marek Holub coached in Brno for two years before joining the Danube Cycling Club. "
            "The board praised Lena Kral for joining the Tatra Alpine Society.",
        )
    )
    assert ("Marek Holub", "member_of", "Danube Cycling Club") in facts
    assert ("Lena Kral", "member_of", "Tatra Alpine Society") not in facts
    assert not [fact for fact in facts if fact[2] == "Tatra Alpine Society"]


def test_a_countrys_initials_are_a_place_that_it_never_means(nlp: Language) -> None:
    from dossier.extract.context import DocContext
    from dossier.knowledge.ontology import load_ontology

    doc = nlp("The DRC's communications ministry blamed the Red Dawn Front for the attack.")
    context = DocContext.build(doc, load_ontology(), None)
    refs = {ent.text: context.ref(ent) for ent in doc.ents if ent.label_ == "ORG"}
    drc = refs.get("DRC")
    assert drc is not None and drc.type == "place"


def test_a_name_a_relative_clause_describes_is_that_clauses_subject(nlp: Language) -> None:
    from dossier.extract.context import opens_relative_clause

    doc = nlp("Police blamed the Red Dawn Front, which was formed in 2012, for the attack.")
    described = [ent.text for ent in doc.ents if opens_relative_clause(ent)]
    assert described == ["the Red Dawn Front"] or described == ["Red Dawn Front"]


def test_a_group_named_in_an_adverbial_clause_may_be_the_main_clauses_group(
    nlp: Language,
) -> None:
    facts = _facts(
        _claims(
            nlp,
            "As the army steps up its campaign against the Red Dawn Front, a new report "
            "shows the radical group has doubled in size to 4,000 fighters.",
        )
    )
    assert ("Red Dawn Front", "member_count", "4,000") in facts
