"""Verdicts on hand-built claims: what several sources say about one subject and predicate."""

from __future__ import annotations

from datetime import date

from dossier.model import Range, TimeSpan, Value
from dossier.model.records import ClaimRecord, DocumentSummary, EntityRecord, Evidence, Verdict
from dossier.reconcile.relations import verdict_about
from dossier.reconcile.sources import document_sources, source_names
from dossier.reconcile.verdicts import reconcile_claims

GROUP = "organization:river-front"
SPOKESMAN = "person:amadou-kone"
PUBLISHERS = {
    "d1": "Coast Courier",
    "d2": "Daily Ledger",
    "d3": "Harbor News",
    "d4": "Coast Courier",
}
ENTITIES = [
    EntityRecord(GROUP, "organization", "River Front", ("RF",), None),
    EntityRecord(SPOKESMAN, "person", "Amadou Kone", (), None),
    EntityRecord("organization:united-nations", "organization", "United Nations", ("UN",), None),
]


def claim(
    document: str,
    predicate: str,
    *,
    subject: str = GROUP,
    target: str | None = None,
    value: Value | None = None,
    when: TimeSpan | None = None,
    qualifier: str | None = None,
    attributed_to: str | None = None,
    negated: bool = False,
) -> ClaimRecord:
    quote = f"a sentence of {document}"
    return ClaimRecord(
        id=f"c:{document}-{predicate}-{target or value}-{negated}",
        subject_id=subject,
        predicate=predicate,
        object_id=target,
        via_id=None,
        value=value,
        value_text=None,
        qualifier=qualifier,
        time_scope=when,
        hedged=False,
        attributed_to=attributed_to,
        negated=negated,
        confidence=0.8,
        evidence=Evidence(document, 0, 0, len(quote), quote),
    )


def verdict_on(
    claims: list[ClaimRecord],
    *,
    single_valued: bool = False,
    founding: list[TimeSpan] | None = None,
) -> Verdict:
    """The verdict on ``claims``; ``founding``: the dates the subject is said to be founded at."""
    documents = [
        DocumentSummary(doc, None, publisher, None, "en", 100, f"story-{doc}", None)
        for doc, publisher in PUBLISHERS.items()
    ]
    first = claims[0]
    return reconcile_claims(
        first.subject_id,
        first.predicate,
        claims,
        single_valued=single_valued,
        canonical={},
        sources=document_sources(documents),
        named=source_names(ENTITIES),
        founding=founding or [],
    )


def year(number: int) -> TimeSpan:
    return TimeSpan(date(number, 1, 1), date(number, 12, 31), "year", str(number))


def month(number: int, of: int) -> TimeSpan:
    end = date(number + (of == 12), of % 12 + 1, 1)
    return TimeSpan(date(number, of, 1), date.fromordinal(end.toordinal() - 1), "month")


def test_different_details_from_two_sources_are_corroborated_each_with_its_source() -> None:
    found = verdict_on(
        [
            claim("d1", "operates_in", target="place:ML"),
            claim("d2", "operates_in", target="place:NE"),
            claim("d2", "operates_in", target="place:BF"),
        ]
    )
    assert (found.verdict, found.independent_sources) == ("corroborated", 2)
    assert [len(position.sources) for position in found.positions] == [1, 1, 1]


def test_one_publisher_saying_different_things_is_still_one_source() -> None:
    found = verdict_on(
        [claim("d1", "ideology", value="Marxist"), claim("d4", "ideology", value="Maoist")]
    )
    assert found.verdict == "single-source"


def test_a_denial_does_not_corroborate_a_different_assertion() -> None:
    found = verdict_on(
        [
            claim("d1", "designated_by", target="place:GB"),
            claim("d2", "designated_by", target="place:IN", negated=True),
        ]
    )
    assert found.verdict == "single-source"


def test_sizes_dated_differently_still_conflict_and_keep_their_dates() -> None:
    found = verdict_on(
        [
            claim(
                "d1", "member_count", value=Range(2500, 2500, approx=True), qualifier="at its peak"
            ),
            claim("d2", "member_count", value=Range(1500, 2200), when=year(2021)),
            claim("d3", "member_count", value=Range(400, 400), when=year(2012)),
        ],
        single_valued=True,
    )
    assert found.verdict == "conflicting"
    assert found.best_estimate is None
    assert {position.claims[0].time_scope for position in found.positions} == {
        None,
        year(2021),
        year(2012),
    }


def test_a_lower_bound_and_a_figure_above_it_agree() -> None:
    found = verdict_on(
        [
            claim("d1", "member_count", value=Range(10, None, bound="at least")),
            claim("d2", "member_count", value=Range(13, 13)),
        ],
        single_valued=True,
    )
    assert (found.verdict, found.best_estimate) == ("corroborated", Range(13, 13))


def test_counts_of_different_things_do_not_conflict() -> None:
    found = verdict_on(
        [
            claim("d1", "attack_count", value=Range(40, 40), qualifier="raids on villages"),
            claim("d2", "attack_count", value=Range(12, 12), qualifier="ambushes on convoys"),
        ],
        single_valued=True,
    )
    assert found.verdict == "corroborated"


def test_a_year_and_a_month_inside_it_agree_but_two_months_of_it_do_not() -> None:
    agreeing = verdict_on(
        [
            claim("d1", "founded", value=year(2014), when=year(2014)),
            claim("d2", "founded", value=month(2014, 6), when=month(2014, 6)),
        ],
        single_valued=True,
    )
    assert (agreeing.verdict, agreeing.best_estimate) == ("corroborated", month(2014, 6))
    disagreeing = verdict_on(
        [
            claim("d2", "founded", value=year(2014)),
            claim("d1", "founded", value=month(2014, 6)),
            claim("d3", "founded", value=month(2014, 9)),
        ],
        single_valued=True,
    )
    assert disagreeing.verdict == "conflicting"


def test_one_article_dating_a_founding_twice_tells_stages_not_a_dispute() -> None:
    stages = verdict_on(
        [
            claim("d1", "founded", value=year(2009), when=year(2009)),  # its first form
            claim("d1", "founded", value=month(2012, 4), when=month(2012, 4)),
            claim("d2", "founded", value=year(2012), when=year(2012)),
        ],
        single_valued=True,
    )
    assert (stages.verdict, stages.independent_sources) == ("corroborated", 2)
    # a source none of whose dates fits the other's disputes it
    dispute = verdict_on(
        [
            claim("d1", "founded", value=year(2009), when=year(2009)),
            claim("d1", "founded", value=month(2012, 4), when=month(2012, 4)),
            claim("d2", "founded", value=year(2010), when=year(2010)),
        ],
        single_valued=True,
    )
    assert dispute.verdict == "conflicting"


def test_dates_of_death_a_year_apart_conflict() -> None:
    found = verdict_on(
        [
            claim("d1", "died", subject=SPOKESMAN, value=year(2009), when=year(2009)),
            claim("d2", "died", subject=SPOKESMAN, value=year(2010), when=year(2010)),
        ],
        single_valued=True,
    )
    assert found.verdict == "conflicting"


def test_two_articles_quoting_one_named_report_are_one_source() -> None:
    found = verdict_on(
        [
            claim("d1", "based_in", target="place:ML", attributed_to="United Nations"),
            claim("d2", "based_in", target="place:ML", attributed_to="UN"),
        ]
    )
    assert (found.verdict, found.independent_sources) == ("single-source", 1)
    assert found.note == "2 articles cite United Nations: one underlying source"


def test_an_article_crediting_a_named_source_is_not_a_second_voice_on_it() -> None:
    found = verdict_on(
        [
            claim("d1", "member_count", value=Range(800, 800), attributed_to="United Nations"),
            claim("d1", "member_count", value=Range(800, 800, approx=True)),
        ],
        single_valued=True,
    )
    assert (found.verdict, found.independent_sources) == ("single-source", 1)
    assert list(found.positions[0].sources.values()) == ["United Nations"]
    # another article saying it on its own account is a second voice
    again = verdict_on(
        [
            claim("d1", "member_count", value=Range(800, 800), attributed_to="United Nations"),
            claim("d2", "member_count", value=Range(800, 800, approx=True)),
        ],
        single_valued=True,
    )
    assert (again.verdict, again.independent_sources) == ("corroborated", 2)


def test_what_a_subject_is_quoted_saying_of_itself_is_each_article_s_report() -> None:
    statement = verdict_on(
        [
            claim("d1", "targets", value="civilians", attributed_to="River Front", negated=True),
            claim("d2", "targets", value="civilians", attributed_to="River Front", negated=True),
        ]
    )
    assert statement.independent_sources == 2
    office = verdict_on(
        [
            claim(
                "d1",
                "holds_office",
                subject=SPOKESMAN,
                value="spokesman",
                attributed_to="Amadou Kone",
            ),
            claim("d3", "holds_office", subject=SPOKESMAN, value="spokesman"),
        ]
    )
    assert (office.verdict, office.independent_sources) == ("corroborated", 2)


def test_a_verdict_about_one_object_counts_only_the_sources_that_name_it() -> None:
    allies = verdict_on(
        [
            claim("d1", "ally_of", target="organization:hill-brigade"),
            claim("d2", "ally_of", target="organization:lake-movement"),
            claim("d3", "ally_of", target="organization:lake-movement"),
            claim("d3", "ally_of", target="organization:hill-brigade", negated=True),
        ]
    )
    assert allies.verdict == "conflicting"
    lake = verdict_about(allies, "organization:lake-movement")
    assert lake is not None
    assert (lake.verdict, lake.independent_sources, lake.best_estimate) == (
        "corroborated",
        2,
        "organization:lake-movement",
    )
    hill = verdict_about(allies, "organization:hill-brigade")
    assert hill is not None and hill.verdict == "conflicting"
    assert verdict_about(allies, "organization:river-front") is None


def test_the_strength_at_formation_and_a_later_figure_are_growth_not_rivals() -> None:
    founding = [month(1972, 3)]
    formed = claim("d1", "member_count", value=Range(60, 60), when=month(1972, 3))
    later = claim("d2", "member_count", value=Range(2000, 2000, approx=True), when=year(2010))
    grown = verdict_on([formed, later], single_valued=True, founding=founding)
    assert (grown.verdict, len(grown.positions)) == ("corroborated", 2)
    assert grown.best_estimate == Range(2000, 2000, approx=True)
    # an undated figure speaks for its article's time, long after the founding
    undated = claim("d3", "member_count", value=Range(1500, 1500))
    assert (
        verdict_on([formed, undated], single_valued=True, founding=founding).verdict
        == "corroborated"
    )
    # later figures that disagree are still rival estimates
    rival = claim("d3", "member_count", value=Range(900, 900), when=year(2011))
    assert (
        verdict_on([formed, later, rival], single_valued=True, founding=founding).verdict
        == "conflicting"
    )
    # without a founding date nothing says the first figure is from the formation
    assert verdict_on([formed, later], single_valued=True).verdict == "conflicting"


def test_two_figures_from_the_founding_year_still_conflict() -> None:
    found = verdict_on(
        [
            claim("d1", "member_count", value=Range(60, 60), when=month(1972, 3)),
            claim("d2", "member_count", value=Range(400, 400), when=month(1972, 9)),
        ],
        single_valued=True,
        founding=[year(1972)],
    )
    assert found.verdict == "conflicting"


def test_an_assertion_and_a_denial_dated_apart_tell_a_change() -> None:
    ties = claim(
        "d1",
        "affiliate_of",
        target="organization:hill-brigade",
        when=TimeSpan(date(2009, 1, 1), date(2014, 12, 31), "year", "from 2009 to 2014"),
    )
    broke = claim(
        "d2", "affiliate_of", target="organization:hill-brigade", when=year(2016), negated=True
    )
    assert verdict_on([ties, broke]).verdict == "single-source"
    undated = claim("d2", "affiliate_of", target="organization:hill-brigade", negated=True)
    assert verdict_on([ties, undated]).verdict == "conflicting"


def test_a_denied_value_conflicts_with_its_assertion_but_not_with_another_value() -> None:
    targets = verdict_on(
        [
            claim("d1", "targets", value="civilians"),
            claim("d2", "targets", value="civilians", negated=True),
        ]
    )
    assert targets.verdict == "conflicting"
    founded = verdict_on(
        [
            claim("d1", "founded", value=year(2015), when=year(2015)),
            claim("d2", "founded", value=year(2014), negated=True),
            claim("d3", "founded", value=year(2013), negated=True),
        ],
        single_valued=True,
    )
    assert founded.verdict == "single-source"
