"""Founders in joined clauses that each have their own subject (the parse lists the second
subject with the first clause's object), a surname the model took for a nationality, the
name set off after 'the firm he founded', and 'the brainchild of P'. Sentences and names
are invented for the tests."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs


def founders(text: str, annotate: Annotate) -> set[tuple[str, str | None]]:
    return pairs(annotate(text).claims, "founded_by")


def test_a_joined_clause_with_its_own_subject(annotate: Annotate) -> None:
    text = "Ada Pell founded Corvane Systems and Tom Rusk founded Helix Partners."
    found = founders(text, annotate)
    assert ("Corvane Systems", "Ada Pell") in found
    assert ("Helix Partners", "Tom Rusk") in found
    assert ("Helix Partners", "Ada Pell") not in found
    assert not any(body == "Tom Rusk" for body, _ in found)


def test_a_joined_clause_with_an_adverb_before_its_verb(annotate: Annotate) -> None:
    text = "Ada Pell founded Corvane Systems and later Tom Rusk founded Helix Partners."
    found = founders(text, annotate)
    assert ("Helix Partners", "Tom Rusk") in found
    assert ("Helix Partners", "Ada Pell") not in found


def test_joined_verbs_sharing_a_subject_still_share_it(annotate: Annotate) -> None:
    text = "Ada Pell founded Corvane Systems and Helix Partners."
    assert founders(text, annotate) >= {
        ("Corvane Systems", "Ada Pell"),
        ("Helix Partners", "Ada Pell"),
    }


def test_a_surname_taken_for_a_nationality_is_the_person(annotate: Annotate) -> None:
    text = (
        "Lena Tashjian is an engineer. "
        "Before founding Orvel Dynamics, Tashjian worked at a mill in Fresno."
    )
    assert ("Orvel Dynamics", "Lena Tashjian") in founders(text, annotate)


def test_the_name_set_off_after_the_firm_he_founded(annotate: Annotate) -> None:
    text = (
        "Corvin Malek joined Ostrava Holdings after it acquired the studio he founded, "
        "Pellar Works."
    )
    assert ("Pellar Works", "Corvin Malek") in founders(text, annotate)


def test_the_brainchild_of_a_person(annotate: Annotate) -> None:
    assert ("Tarnwell Arts Trust", "Ruth Olsen") in founders(
        "The Tarnwell Arts Trust was the brainchild of Ruth Olsen.", annotate
    )
    assert ("Tarnwell Arts Trust", "Ruth Olsen") in founders(
        "Ruth Olsen's brainchild, the Tarnwell Arts Trust, moved to York.", annotate
    )


def test_a_brainchild_that_is_no_body_founds_nothing(annotate: Annotate) -> None:
    assert not founders("The scheme was the brainchild of Ruth Olsen.", annotate)


def test_its_in_a_joined_clause_is_the_first_clauses_subject(annotate: Annotate) -> None:
    # 'its' is the town's, so the page's charity gains no founder
    text = (
        "The Marl Trust is a charity in Wales. "
        "Kelford is a town in Wales, and one of its founders was Amos Venn."
    )
    assert ("Marl Trust", "Amos Venn") not in founders(text, annotate)


def test_its_of_a_named_body_in_a_joined_clause(annotate: Annotate) -> None:
    text = "Kelford Rowing Club is a club in Wales, and one of its founders was Hugh Orrin."
    assert ("Kelford Rowing Club", "Hugh Orrin") in founders(text, annotate)
