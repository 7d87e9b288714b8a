"""Parent organisations said by composition, a "parent company" phrase, a listed set of
parts, or a part's name NER cut short (invented names throughout)."""

from __future__ import annotations

from tests.extract.conftest import Annotate, pairs

AFFILIATE = "affiliate_of"


def test_comprises_lists_the_parts_of_the_body_it_means(annotate: Annotate) -> None:
    doc = annotate(
        "The Harwick Health Trust is an English hospital trust. It comprises Harwick General "
        "Hospital, the Lorne Eye Hospital and the Ostby Children's Hospital."
    )
    assert pairs(doc.claims, AFFILIATE) >= {
        ("Harwick General Hospital", "Harwick Health Trust"),
        ("Lorne Eye Hospital", "Harwick Health Trust"),
        ("Ostby Children's Hospital", "Harwick Health Trust"),
    }


def test_consists_of_named_companies(annotate: Annotate) -> None:
    doc = annotate(
        "Velmont Group consists of Arden Bank, the Corvis Insurance Company and Telda Media."
    )
    assert pairs(doc.claims, AFFILIATE) >= {
        ("Arden Bank", "Velmont Group"),
        ("Telda Media", "Velmont Group"),
    }


def test_a_coalition_made_up_of_groups_has_members_not_parts(annotate: Annotate) -> None:
    doc = annotate("The Sarn Alliance is made up of the Kovan Front and the Tessa Brigade.")
    assert not {pair for pair in pairs(doc.claims, AFFILIATE) if pair[1] == "Sarn Alliance"}


def test_parts_that_comprise_a_whole_are_not_its_parents(annotate: Annotate) -> None:
    doc = annotate("Arden Bank and Telda Media comprise the Velmont Group.")
    assert not {pair for pair in pairs(doc.claims, AFFILIATE) if pair[0] == "Velmont Group"}


def test_parent_company_as_copula_and_apposition(annotate: Annotate) -> None:
    copula = annotate("Brenwick Holdings is the parent company of Tovar Corporation.")
    set_off = annotate(
        "Brenwick Holdings, the parent company of Tovar Corporation, reported a loss."
    )
    owned = annotate("Tovar Corporation's parent company, Brenwick Holdings, reported a loss.")
    for doc in (copula, set_off, owned):
        assert ("Tovar Corporation", "Brenwick Holdings") in pairs(doc.claims, AFFILIATE)


def test_parent_company_said_by_it(annotate: Annotate) -> None:
    doc = annotate(
        "Lenmark Inc. is an American software firm. It is the parent company of Tovar Corporation."
    )
    assert ("Tovar Corporation", "Lenmark Inc.") in pairs(doc.claims, AFFILIATE)


def test_subsidiaries_listed_by_include_and_including(annotate: Annotate) -> None:
    its = annotate(
        "Lenmark Inc. is an American software firm. Its subsidiaries include Tovar "
        "Corporation and Keller Airways Inc."
    )
    has = annotate(
        "Brenwick Holdings has several subsidiaries, including Tovar Corporation and "
        "Keller Airways Inc."
    )
    assert pairs(its.claims, AFFILIATE) >= {
        ("Tovar Corporation", "Lenmark Inc."),
        ("Keller Airways Inc.", "Lenmark Inc."),
    }
    assert pairs(has.claims, AFFILIATE) >= {
        ("Tovar Corporation", "Brenwick Holdings"),
        ("Keller Airways Inc.", "Brenwick Holdings"),
    }


def test_clients_listed_are_no_parts(annotate: Annotate) -> None:
    doc = annotate(
        "Lenmark Inc. is a big firm. Its clients include Tovar Corporation and Keller Airways Inc."
    )
    assert not pairs(doc.claims, AFFILIATE)


def test_part_name_cut_by_ner_after_the_parent(annotate: Annotate) -> None:
    channels = annotate(
        "The KVL is a Danish broadcaster. Its dramas air on KVL Two and the news airs on KVL One."
    )
    region = annotate(
        "Lanvex is a Finnish game publisher. Its titles are sold in Europe by Lanvex Europe."
    )
    assert pairs(channels.claims, AFFILIATE) >= {("KVL Two", "KVL"), ("KVL One", "KVL")}
    assert ("Lanvex Europe", "Lanvex") in pairs(region.claims, AFFILIATE)


def test_place_before_a_noun_is_no_part_of_the_name(annotate: Annotate) -> None:
    doc = annotate("The UN said nothing. The UN Syria envoy met officials.")
    assert not pairs(doc.claims, AFFILIATE)


def test_holding_company_for_a_body(annotate: Annotate) -> None:
    doc = annotate(
        "Tovar Corporation is an American software firm. Brenwick Holdings is the holding "
        "company for Tovar Corporation."
    )
    assert ("Tovar Corporation", "Brenwick Holdings") in pairs(doc.claims, AFFILIATE)


def test_a_company_named_with_its_owners_name(annotate: Annotate) -> None:
    set_off = annotate(
        "Lenmark Inc. is an American software firm. Lenmark Inc., a Brenwick Holdings "
        "company, released the album."
    )
    copula = annotate(
        "Lenmark Inc. is an American software firm. Lenmark Inc. is a Brenwick Holdings company."
    )
    for doc in (set_off, copula):
        assert ("Lenmark Inc.", "Brenwick Holdings") in pairs(doc.claims, AFFILIATE)


def test_a_company_named_with_a_place_has_no_parent(annotate: Annotate) -> None:
    doc = annotate("Lenmark Inc. is an American software firm. Lenmark Inc. is a Delaware company.")
    assert not pairs(doc.claims, AFFILIATE)


def test_an_institute_of_a_university(annotate: Annotate) -> None:
    copula = annotate(
        "Lenmark Inc. is an American software firm. The Kessler Institute is a research "
        "institute of Marsden University."
    )
    set_off = annotate(
        "Lenmark Inc. is an American software firm. The Orwell Institute, a research "
        "institute of Marsden University, opened in 1990."
    )
    assert ("Kessler Institute", "Marsden University") in pairs(copula.claims, AFFILIATE)
    assert ("Orwell Institute", "Marsden University") in pairs(set_off.claims, AFFILIATE)
