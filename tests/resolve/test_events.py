"""Linking events across documents: only on day, place and kind; never through a chain."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dossier.model import Range, TimeSpan
from dossier.model.records import EventRecord
from dossier.resolve.events import NO_KIN, Days, EventLinker, event_links, family, resolve_events

CITY = "place:geonames:1"
OTHER_CITY = "place:geonames:2"
PROVINCE = "place:XX-P"
COUNTRY = "place:XX"


def told(
    document: str,
    day: date | None = None,
    *,
    span: tuple[date, date] | None = None,
    city: str | None = CITY,
    province: str | None = PROVINCE,
    kind: str = "bombing/explosion",
    perpetrators: tuple[str, ...] = (),
    number: int = 0,
    weekday: str | None = None,
    killed: int | None = None,
) -> EventRecord:
    when = None
    if weekday is not None:
        when = TimeSpan(None, None, "unknown", weekday)
    if day is not None:
        when = TimeSpan(day, day, "day")
    elif span is not None:
        when = TimeSpan(span[0], span[1], "month")
    return EventRecord(
        id=f"e:{document}:{number}",
        type=kind,
        date=when,
        country_id=COUNTRY,
        province_id=province,
        city_id=city,
        places={},
        perpetrator_ids=perpetrators,
        claimed=None,
        targets=(),
        killed=None if killed is None else Range(killed, killed),
        wounded=None,
        count=None,
        evidence=(),
        document_id=document,
    )


def clusters_of(events: list[EventRecord]) -> list[set[str]]:
    groups: dict[str, set[str]] = {}
    for event_id, head in resolve_events(events, event_links(events)).items():
        groups.setdefault(head, set()).add(event_id)
    return sorted((g for g in groups.values() if len(g) > 1), key=sorted)


def test_two_reports_of_one_day_and_city_are_one_event_with_a_reason() -> None:
    first, second = told("a", date(2024, 3, 4)), told("b", date(2024, 3, 4), kind="armed assault")
    [link] = event_links([first, second])
    assert {link.first, link.second} == {first.id, second.id}
    assert "same day" in link.reason and "same city" in link.reason


def test_different_days_cities_kinds_or_groups_stay_apart() -> None:
    base = told("a", date(2024, 3, 4), perpetrators=("organization:x",))
    others = [
        told("b", date(2024, 3, 5), perpetrators=("organization:x",)),
        told("c", date(2024, 3, 4), city=OTHER_CITY),
        told("d", date(2024, 3, 4), kind="surrender"),
        told("e", date(2024, 3, 4), perpetrators=("organization:y",)),
    ]
    assert event_links([base, *others]) == []


def test_two_incidents_of_one_article_are_never_merged() -> None:
    events = [told("a", date(2024, 3, 4), number=1), told("a", date(2024, 3, 4), number=2)]
    events.append(told("b", date(2024, 3, 4)))
    [group] = clusters_of(events)
    assert len(group) == 2  # the other article's report joins one of them, not both


def test_an_undated_report_joins_only_the_one_event_it_can_mean() -> None:
    dated = told("a", date(2024, 3, 4))
    undated = told("b")
    assert clusters_of([dated, undated]) == [{dated.id, undated.id}]
    # with two dated candidates in the city it could mean either: it joins neither
    later = told("c", date(2024, 3, 9))
    assert clusters_of([dated, later, undated]) == []


def test_undated_reports_never_chain_different_days_together() -> None:
    events = [told("a", date(2024, 3, 4)), told("b", date(2024, 3, 9))]
    events += [told(f"u{n}") for n in range(5)]
    for group in clusters_of(events):
        days = {e.date.start for e in events if e.id in group and e.date is not None}
        assert len(days) <= 1
    # two undated reports that could both mean the one dated event: neither is guessed
    dated = told("a", date(2024, 3, 4))
    assert clusters_of([dated, told("u1"), told("u2")]) == []
    # an undated report of another kind of attack than the dated one is not its leaf
    assert clusters_of([dated, told("u3", kind="armed assault")]) == []


def test_a_month_dated_report_is_a_leaf_of_the_one_event_in_that_month() -> None:
    march = (date(2024, 3, 1), date(2024, 3, 31))
    dated = told("a", date(2024, 3, 4))
    vague = told("b", span=march)
    assert clusters_of([dated, vague]) == [{dated.id, vague.id}]
    assert clusters_of([dated, told("c", date(2024, 3, 20)), vague]) == []


def test_many_records_of_one_city_on_different_days_stay_apart() -> None:
    events = [told(f"gtd-{n}", date(2024, 1, 1 + n % 28), number=n) for n in range(200)]
    for group in clusters_of(events):
        days = {e.date.start for e in events if e.id in group and e.date is not None}
        assert len(days) == 1


def test_adding_an_event_compares_it_with_its_block_only() -> None:
    linker = EventLinker()
    for n in range(2000):
        linker.add_firm(told(f"d{n}", date(2024, 1, 1 + n % 28), city=f"place:c{n}", number=n))
    newcomer = told("new", date(2024, 1, 1), city="place:c0")
    assert len(linker.by_key[("attack", date(2024, 1, 1), "city", "place:c0")]) == 1
    assert linker.add_firm(newcomer) is not None


def test_a_report_placed_only_in_its_province_keeps_to_its_own_key() -> None:
    precise = told("a", date(2024, 3, 4))
    province_only = told("b", date(2024, 3, 4), city=None)
    assert clusters_of([province_only, precise]) == []


def test_a_report_placed_only_in_its_country_joins_the_one_event_of_that_day() -> None:
    precise = told("a", date(2024, 3, 4))
    country_only = told("b", date(2024, 3, 4), city=None, province=None)
    links = event_links([country_only, precise])
    assert clusters_of([country_only, precise]) == [{precise.id, country_only.id}]
    assert any("names only its country" in link.reason for link in links)
    # two events that day in the country: the vague report could mean either
    other = told("c", date(2024, 3, 4), city=OTHER_CITY)
    assert clusters_of([country_only, precise, other]) == []


def test_a_dated_report_without_a_place_needs_a_shared_perpetrator() -> None:
    group = ("organization:x",)
    dated = told("a", date(2024, 3, 4), perpetrators=group)
    placeless = replace(told("b", date(2024, 3, 4), perpetrators=group), country_id=None)
    placeless = replace(placeless, city_id=None, province_id=None)
    assert clusters_of([dated, placeless]) == [{dated.id, placeless.id}]
    anonymous = replace(told("c", date(2024, 3, 4)), country_id=None, city_id=None)
    anonymous = replace(anonymous, province_id=None)
    assert clusters_of([dated, anonymous]) == []


def test_an_unresolved_weekday_picks_the_one_event_of_that_weekday() -> None:
    sunday = told("a", date(2024, 3, 3))
    thursday = told("b", date(2024, 3, 7))
    report = told("c", weekday="on Sunday")
    assert clusters_of([sunday, thursday, report]) == [{sunday.id, report.id}]
    (link,) = event_links([sunday, thursday, report])
    assert "on Sunday" in link.reason
    # a weekday that fits neither day joins nothing
    assert clusters_of([sunday, thursday, told("d", weekday="last Friday")]) == []


def test_weekday_reports_are_not_undated_rivals() -> None:
    dated = told("a", date(2024, 3, 7))
    # one undated report, one told as a Thursday: both can only mean the Thursday event
    events = [dated, told("b"), told("c", weekday="Thursday's")]
    assert clusters_of(events) == [{e.id for e in events}]


def test_undated_reports_that_give_one_toll_agree_among_themselves() -> None:
    dated = told("a", date(2024, 3, 4))
    same = [dated, told("b", killed=6), told("c", killed=6)]
    assert clusters_of(same) == [{e.id for e in same}]
    # two different tolls may be two different days: neither is guessed
    assert clusters_of([dated, told("b", killed=6), told("c", killed=30)]) == []


def test_an_undated_report_means_only_news_of_its_own_days() -> None:
    old = told("a", date(2019, 6, 2))
    background = replace(told("b"), published_on=date(2021, 10, 18))
    assert clusters_of([old, background]) == []
    follow_up = replace(told("c"), published_on=date(2019, 6, 5))
    assert clusters_of([old, follow_up]) == [{old.id, follow_up.id}]


def test_an_undated_report_of_a_city_with_another_dated_incident_joins_neither() -> None:
    dated = told("a", date(2015, 11, 12))
    other_year = told("b", span=(date(2020, 8, 1), date(2020, 8, 31)))
    undated = told("c")
    assert clusters_of([dated, other_year, undated]) == []
    assert clusters_of([dated, undated]) == [{dated.id, undated.id}]


def test_a_report_of_the_same_day_is_placed_by_its_publication() -> None:
    dated = told("a", date(2024, 5, 6), perpetrators=("org:x",))
    same_day = replace(told("b", killed=4), published_on=date(2024, 5, 6))
    undated = told("c", killed=9, perpetrators=("org:x",))
    # the same day's report is no undated rival of the one without any date
    assert clusters_of([dated, same_day, undated]) == [{dated.id, same_day.id, undated.id}]
    # a report of the next day may tell the next day's attack: both stay rivals
    next_day = replace(same_day, published_on=date(2024, 5, 7))
    assert clusters_of([dated, next_day, undated]) == []


def test_an_undated_report_naming_the_group_joins_despite_another_kind() -> None:
    dated = told("a", date(2024, 5, 6), kind="armed assault", perpetrators=("org:x",))
    grenades = told("b", kind="bombing/explosion", perpetrators=("org:x",))
    assert clusters_of([dated, grenades]) == [{dated.id, grenades.id}]
    stranger = told("c", kind="bombing/explosion")
    assert clusters_of([dated, stranger]) == []


def test_an_undated_report_naming_the_weekday_joins_despite_another_kind() -> None:
    wednesday = told("a", date(2024, 4, 10), kind="armed assault")
    hostages = told("b", kind="hostage taking (kidnapping)", weekday="on Wednesday")
    assert clusters_of([wednesday, hostages]) == [{wednesday.id, hostages.id}]
    # another weekday, or no weekday at all, says nothing of the day: no link
    friday = told("c", kind="hostage taking (kidnapping)", weekday="on Friday")
    assert clusters_of([wednesday, friday]) == []
    assert clusters_of([wednesday, told("d", kind="hostage taking (kidnapping)")]) == []


def test_undated_reports_of_one_city_link_when_they_agree_on_the_group() -> None:
    first = told("a", weekday="Sunday", perpetrators=("org:x",), killed=6)
    second = told("b", weekday="Sunday's", perpetrators=("org:x",))
    assert clusters_of([first, second]) == [{first.id, second.id}]
    # another weekday, another city or another group: apart
    assert clusters_of([first, told("c", weekday="Friday", perpetrators=("org:x",))]) == []
    assert clusters_of([first, told("d", city=OTHER_CITY, perpetrators=("org:x",))]) == []
    assert clusters_of([first, told("e", perpetrators=("org:y",), killed=6)]) == []


def test_undated_reports_link_on_one_toll_but_never_through_a_chain() -> None:
    first, second = told("a", killed=6), told("b", killed=6)
    assert clusters_of([first, second]) == [{first.id, second.id}]
    # 'c' (6 to 20) fits both; 'd' fits 'c' but not 'a' or 'b': it is not chained in
    ranged = replace(told("c"), killed=Range(6, 20))
    apart = told("d", killed=20)
    groups = clusters_of([first, second, ranged, apart])
    assert groups == [{first.id, second.id, ranged.id}]


def test_two_undated_reports_of_one_document_make_the_partner_ambiguous() -> None:
    first = told("a", perpetrators=("org:x",))
    twins = [told("b", perpetrators=("org:x",), number=n) for n in (1, 2)]
    assert clusters_of([first, *twins]) == []


YEAR = (date(2011, 1, 1), date(2011, 12, 31))


def test_tellings_dated_to_a_year_link_through_the_name_of_what_was_attacked() -> None:
    """'the sinking of the Northern Star in 2011' in two reports: one named ship, one year,
    one incident; a third report's bombing of another ship that year stays apart."""
    first = replace(told("a", span=YEAR, city=None), targets=("Northern Star",))
    second = replace(told("b", span=YEAR, city=None), targets=("the ferry Northern Star",))
    other = replace(told("c", span=YEAR, city=None), targets=("Southern Cross",))
    assert clusters_of([first, second, other]) == [{first.id, second.id}]


def test_a_named_victim_links_undated_tellings_of_an_assassination() -> None:
    """'the Colonel Mark T. Fenwick assassination' and 'they shot Mark "Red" Fenwick': one
    person, one killing, though neither report gives a day or a place."""
    first = replace(
        told("a", city=None, province=None, kind="assassination"),
        targets=("Colonel Mark T. Fenwick",),
    )
    second = replace(
        told("b", city=None, province=None, kind="assassination"),
        targets=('Mark "Red" Fenwick',),
    )
    namesake = replace(
        told("c", city=None, province=None, kind="assassination"),
        targets=("Mark Dalby",),
    )
    assert clusters_of([first, second, namesake]) == [{first.id, second.id}]


def test_a_name_two_clusters_could_mean_links_to_neither() -> None:
    """Two reports of the bombing of the Grand Palace on different days of 2011: a third
    report, dated only to 2011, could mean either, so it joins none (nor are the two
    joined through it)."""
    one = replace(told("a", date(2011, 3, 4)), targets=("Grand Palace",))
    two = replace(told("b", date(2011, 9, 9)), targets=("Grand Palace",))
    vague = replace(told("c", span=YEAR, city=None), targets=("the Grand Palace",))
    assert clusters_of([one, two, vague]) == []


def test_a_year_dated_telling_joins_the_one_dated_cluster_of_its_name() -> None:
    """'the 2011 bombing of the Grand Palace' joins the day-dated bombing of it, as a leaf;
    an air strike on the palace that year is another kind of event."""
    day = replace(told("a", date(2011, 3, 4)), targets=("Grand Palace",))
    vague = replace(told("b", span=YEAR, city=None), targets=("Grand Palace",))
    struck = replace(told("c", span=YEAR, kind="strike"), targets=("Grand Palace",))
    assert clusters_of([day, vague, struck]) == [{day.id, vague.id}]


def test_an_undated_telling_of_a_dated_report_joins_no_cluster_by_name() -> None:
    """A report of 20 March names the Grand Palace bombed on 12 March but gives no day: it
    may tell a later attack on the palace, so the name alone does not join them."""
    day = replace(told("a", date(2011, 3, 12)), targets=("Grand Palace",))
    later = replace(told("b", city=None), targets=("Grand Palace",), published_on=date(2011, 3, 20))
    assert clusters_of([day, later]) == []


def test_a_year_dated_telling_of_a_city_is_a_leaf_of_its_one_incident_that_year() -> None:
    year = (date(2019, 1, 1), date(2019, 12, 31))
    dated = told("a", date(2019, 6, 2))
    background = told("b", span=year, kind="attack")
    assert clusters_of([dated, background]) == [{dated.id, background.id}]
    # another incident of the city that year: 'the 2019 attack there' may mean either
    assert clusters_of([dated, told("c", date(2019, 9, 9)), background]) == []
    # a year with only a province or a country places it nowhere in particular
    assert clusters_of([dated, told("d", span=year, city=None)]) == []
    # and an incident of another year is not meant
    assert clusters_of([told("e", date(2020, 6, 2)), background]) == []


def test_a_weekday_telling_of_a_city_joins_the_one_incident_of_that_day_in_its_country() -> None:
    # 2024-04-12 was a Friday; the dated report places the raid only in the country
    friday = told("a", date(2024, 4, 12), city=None, province=None, kind="armed assault")
    told_in_city = told("b", weekday="on Friday", kind="armed assault")
    assert clusters_of([friday, told_in_city]) == [{friday.id, told_in_city.id}]
    # another weekday, or two such incidents of that weekday, and it joins none
    assert clusters_of([friday, told("c", weekday="on Monday", kind="armed assault")]) == []
    later = told("d", date(2024, 4, 19), city=None, province=None, kind="armed assault")
    assert clusters_of([friday, later, told_in_city]) == []
    # an incident of the city itself comes first
    in_city = told("e", date(2024, 4, 5), kind="armed assault")
    assert clusters_of([friday, in_city, told_in_city]) == [{in_city.id, told_in_city.id}]


def test_a_group_and_its_affiliate_can_be_told_as_doers_of_one_deed() -> None:
    parent, affiliate, stranger = "org:parent", "org:affiliate", "org:stranger"
    kin = {parent: frozenset({affiliate}), affiliate: frozenset({parent})}
    claimed = told("a", weekday="Sunday", perpetrators=(parent,), killed=9)
    blamed = told("b", weekday="Sunday", perpetrators=(affiliate,), killed=9)
    assert clusters_of([claimed, blamed]) == []  # without the kin known: two groups
    links = event_links([claimed, blamed], kin)
    assert {(link.first, link.second) for link in links} == {(claimed.id, blamed.id)}
    # a group with no tie to either stays apart, as does another weekday
    other = told("c", weekday="Sunday", perpetrators=(stranger,), killed=9)
    assert event_links([claimed, other], kin) == []
    monday = told("d", weekday="Monday", perpetrators=(affiliate,), killed=9)
    assert event_links([claimed, monday], kin) == []
    # a dated cluster admits its kin too
    dated = told("e", date(2024, 3, 4), perpetrators=(parent,))
    same_day = told("f", date(2024, 3, 4), perpetrators=(affiliate,))
    assert len(event_links([dated, same_day], kin)) == 1
    assert event_links([dated, same_day]) == []


def test_coarse_tellings_of_one_province_link_when_nothing_else_can_be_meant() -> None:
    """'last month's Aceh bombing' (a November report) and 'the 2009 Aceh bombing': the
    one bombing each report tells in the province that year."""
    october = (date(2009, 10, 1), date(2009, 10, 31))
    year = (date(2009, 1, 1), date(2009, 12, 31))
    month = told("a", span=october, city=None)
    background = told("b", span=year, city=None)
    assert clusters_of([month, background]) == [{month.id, background.id}]
    # a third report telling two bombings there that year: either could be meant
    two = [told("c", span=year, city=None, number=n) for n in (1, 2)]
    assert clusters_of([month, background, *two]) == []
    # a day-dated bombing of the province that year may be the one meant
    assert clusters_of([month, background, told("d", date(2009, 5, 2), city=None)]) == []
    # an arson and a shooting there that year are two incidents
    arson = told("h", span=year, city=None, kind="facility/infrastructure attack")
    shooting = told("i", span=october, city=None, kind="armed assault")
    assert clusters_of([arson, shooting]) == []
    # two tellings of one month may be two of that month's bombings there
    assert clusters_of([month, told("g", span=october, city=None)]) == []
    # another year, or another province, is another bombing
    later = told("e", span=(date(2010, 1, 1), date(2010, 12, 31)), city=None)
    elsewhere = told("f", span=year, city=None, province="place:XX-Q")
    assert clusters_of([month, later, elsewhere]) == []


def test_an_unanchored_report_means_no_incident_among_several_days_of_its_city() -> None:
    monday = told("a", date(2024, 6, 3), perpetrators=("org:x",))
    friday = told("b", date(2024, 6, 14), perpetrators=("org:y",))
    undated = told("c", perpetrators=("org:x",))
    # only Monday's bombing admits it, but nothing dates it among the city's two days
    assert clusters_of([monday, friday, undated]) == []
    assert clusters_of([monday, undated]) == [{monday.id, undated.id}]
    # a weekday that only one of those days has places it as a date would
    on_monday = told("d", weekday="on Monday")
    assert clusters_of([monday, friday, on_monday]) == [{monday.id, on_monday.id}]
    # a report published two days after Monday means the news of its own weeks
    recent = replace(told("e", perpetrators=("org:x",)), published_on=date(2024, 6, 5))
    assert clusters_of([monday, friday, recent]) == [{monday.id, recent.id}]


def test_days_of_a_city_known_beyond_the_linked_events_count_too() -> None:
    """An incremental resolution links a region: the city's other days come as known."""
    monday, undated = told("a", date(2024, 6, 3)), told("c")
    assert event_links([monday, undated]) != []
    known = {(family(monday.type), CITY): Days(firm=frozenset({date(2024, 6, 14)}))}
    assert event_links([monday, undated], NO_KIN, known) == []


def test_an_unanchored_report_pairs_with_no_report_of_a_dated_day_among_several() -> None:
    unanchored = told("t", perpetrators=("org:x",))
    june = replace(told("u1", perpetrators=("org:x",)), published_on=date(2024, 6, 5))
    assert clusters_of([unanchored, june]) == [{unanchored.id, june.id}]
    # reports of two days tell the group's attacks there on two days: it could mean either
    september = replace(told("u2", perpetrators=("org:x",)), published_on=date(2024, 9, 20))
    assert clusters_of([unanchored, june, september]) == []
