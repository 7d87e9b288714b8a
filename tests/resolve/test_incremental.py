"""Resolution that grows with what is added: adding documents updates only the groups
they touch, and the result equals resolving everything again (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from dossier import KnowledgeBase, ingest
from dossier.annotate.pipeline import annotate_documents
from dossier.cli import app
from dossier.evaluation.news import read_news_doc
from dossier.model import AnnotatedDocument
from dossier.read.documents import make_document
from dossier.resolve.incremental import event_region
from dossier.resolve.refresh import refresh, remove_document, resolve_all, why_merged
from tests.corpus import write_jsonl
from tests.helpers import shared_path

Rows = tuple[dict[str, str], list[tuple[str, ...]], dict[str, str], list[tuple[str, ...]]]


def stored_resolution(kb: KnowledgeBase) -> Rows:
    return (
        kb.canonical_ids(),
        sorted(kb.entity_links()),
        kb.event_clusters(),
        sorted(kb.event_links()),
    )


def assert_same_as_full(kb: KnowledgeBase, step: str = "") -> None:
    """What incremental resolution stored equals what `resolve --all` stores."""
    before = stored_resolution(kb)
    resolve_all(kb)
    assert stored_resolution(kb) == before, step


@pytest.fixture(scope="module")
def news(nlp: Language) -> list[AnnotatedDocument]:
    """The news development articles, annotated once for the module."""
    folder = shared_path("eval/news/docs")
    documents = []
    for path in sorted(folder.glob("*.txt")):
        article = read_news_doc(path)
        documents.append(
            make_document(
                article.text,
                origin=str(path),
                id=article.id,
                title=article.title,
                url=article.url,
                published_at=article.published_at,
            )
        )
    return list(annotate_documents(nlp, documents))


def test_adding_in_batches_equals_resolving_everything(
    kb: KnowledgeBase, news: list[AnnotatedDocument]
) -> None:
    """Three batches (half the articles, most of the rest, then one) resolved as they are
    added; then everything resolved again from scratch changes nothing."""
    odd = news[1::2]
    for batch in (news[0::2], odd[:-1], odd[-1:]):
        for annotated in batch:
            kb.write_document(annotated)
        summary = refresh(kb)
        assert not summary.full  # only the added region was resolved
        assert not kb.resolution_pending()
    incremental = stored_resolution(kb)
    assert incremental[1] and incremental[3], "the corpus links entities and events"

    assert resolve_all(kb).full
    assert stored_resolution(kb) == incremental


def test_a_later_article_joins_an_existing_group_with_its_reason(
    kb: KnowledgeBase, nlp: Language, tmp_path: Path
) -> None:
    first = write_jsonl(
        tmp_path / "first.jsonl",
        {"id": "a", "text": "The Ravine Liberation Front (RLF) attacked a depot in Tarsk."},
    )
    second = write_jsonl(
        tmp_path / "second.jsonl",
        {"id": "b", "text": "RLF fighters burned three trucks near the border on Friday."},
    )
    ingest(kb, [first])
    ingest(kb, [second])
    canonical = kb.canonical_ids()
    assert canonical.get("organization:rlf") == "organization:ravine-liberation-front"
    reasons = why_merged(kb, "organization:ravine-liberation-front", "organization:rlf")
    assert reasons and "RLF" in reasons[0]
    assert_same_as_full(kb)


def test_an_acronym_joins_its_expansion_once_an_article_defines_it(
    kb: KnowledgeBase, nlp: Language, tmp_path: Path
) -> None:
    """'NUM' alone and a group whose initials spell it, in unrelated articles, stay apart;
    an article that writes 'National Uprising Movement (NUM)' links them, resolved as a
    region exactly as a full run resolves it."""
    first = write_jsonl(
        tmp_path / "first.jsonl",
        {"id": "a", "text": "The National Uprising Movement held a rally in the capital."},
        {"id": "b", "text": "NUM said on Monday that it would boycott the vote."},
    )
    second = write_jsonl(
        tmp_path / "second.jsonl",
        {
            "id": "c",
            "text": "The National Uprising Movement (NUM) marched through the old town.",
        },
    )
    ingest(kb, [first])
    assert kb.canonical_ids().get("organization:num", "organization:num") == "organization:num"
    ingest(kb, [second])
    assert kb.canonical_ids()["organization:num"] == "organization:national-uprising-movement"
    assert_same_as_full(kb)


def test_the_users_decisions_resolve_only_their_groups_as_a_full_run_would(
    kb: KnowledgeBase, news: list[AnnotatedDocument]
) -> None:
    """A split of two linked organisations, then a merge of two groups that events name:
    each is resolved as a region, and resolving everything again changes nothing."""
    for annotated in news:
        kb.write_document(annotated)
    refresh(kb)
    linked = sorted(
        (a, b) for a, b, _reason, _origin in kb.entity_links() if a.startswith("organization:")
    )
    perpetrators = sorted(
        {p for event in kb.events() for p in event.perpetrator_ids if p.startswith("organization:")}
    )
    heads = list(dict.fromkeys(kb.canonical_ids().get(p, p) for p in perpetrators))
    assert linked and len(heads) >= 2, "the corpus links organisations and names perpetrators"
    for decision in (("split", *linked[0]), ("merge", heads[0], heads[-1])):
        kb.record_decision(*decision)
        assert not kb.pending().full
        assert not refresh(kb).full
        decided = stored_resolution(kb)
        assert resolve_all(kb).full
        assert stored_resolution(kb) == decided, decision
    canonical = kb.canonical_ids()
    assert canonical.get(linked[0][0], linked[0][0]) != canonical.get(linked[0][1], linked[0][1])
    assert canonical.get(heads[0], heads[0]) == canonical.get(heads[-1], heads[-1])


def test_a_removal_resolves_only_what_it_can_change(
    kb: KnowledgeBase, nlp: Language, tmp_path: Path
) -> None:
    """The acronym's only expansion goes with its document: the acronym stands alone
    again, resolved as a region; a removal without its region resolves everything."""
    corpus = write_jsonl(
        tmp_path / "corpus.jsonl",
        {"id": "a", "text": "The Ravine Liberation Front (RLF) attacked a depot in Tarsk."},
        {"id": "b", "text": "RLF fighters burned three trucks near the border on Friday."},
        {"id": "c", "text": "The Ravine Liberation Front (RLF) raided a bank in Orvel."},
    )
    ingest(kb, [corpus])
    assert kb.canonical_ids()["organization:rlf"] == "organization:ravine-liberation-front"
    remove_document(kb, "c")  # the expansion is still named by 'a'
    assert not kb.pending().full
    assert not refresh(kb).full
    assert kb.canonical_ids()["organization:rlf"] == "organization:ravine-liberation-front"
    remove_document(kb, "a")
    assert not refresh(kb).full
    assert kb.canonical_ids().get("organization:rlf", "organization:rlf") == "organization:rlf"
    ingest(kb, [corpus])
    kb.remove_document("a")  # the store alone cannot tell what the removal changes
    assert kb.pending().full
    assert refresh(kb).full


def test_removals_resolved_as_regions_equal_resolving_everything(
    kb: KnowledgeBase, news: list[AnnotatedDocument]
) -> None:
    """Articles removed one at a time from the news corpus (those whose events or
    entities are linked with other articles' first), each resolved as a region: every
    resolution row is what a full run leaves."""
    for annotated in news:
        kb.write_document(annotated)
    refresh(kb)
    linked_events = {i for a, b, _reason, _origin in kb.event_links() for i in (a, b)}
    linked_entities = {i for a, b, _reason, _origin in kb.entity_links() for i in (a, b)}
    by_events = {e.document_id for e in kb.events(ids=sorted(linked_events))}
    by_entities = {
        d.document.id for d in news if kb.entity_ids_named_by(d.document.id) & linked_entities
    }
    chosen = sorted(by_events)[:3] + sorted(by_entities - by_events)[:2]
    assert len(chosen) == 5, "the corpus links events and entities across articles"
    for document_id in chosen:
        remove_document(kb, document_id)
        assert not refresh(kb).full
        removed = stored_resolution(kb)
        assert resolve_all(kb).full
        assert stored_resolution(kb) == removed, document_id


def test_the_resolve_command_says_what_it_did(tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "kb.db"
    corpus = write_jsonl(
        tmp_path / "corpus.jsonl",
        {"id": "a", "text": "The Ravine Liberation Front (RLF) attacked a depot in Tarsk."},
    )
    with KnowledgeBase(db) as kb:
        ingest(kb, [corpus])
    runner = CliRunner()
    up_to_date = runner.invoke(app, ["resolve", "--db", str(db)])
    assert up_to_date.exit_code == 0 and "up to date" in up_to_date.output
    everything = runner.invoke(app, ["resolve", "--all", "--db", str(db)])
    assert everything.exit_code == 0 and "resolved all" in everything.output
    with KnowledgeBase(db) as kb:
        assert "organization:ravine-liberation-front" in kb.canonical_ids()
        assert not kb.resolution_pending()


def test_tellings_of_one_name_link_when_the_second_arrives(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    """Two articles, each dating the bombing of the ferry Ocean Queen only to 2011: the
    second finds the first through the name index (migration 12), as a full run does."""
    first = write_jsonl(
        tmp_path / "first.jsonl",
        {
            "id": "a",
            "text": "The rebels were behind the bombing of the ferry Ocean Queen in 2011, "
            "which killed 40 passengers.",
        },
    )
    second = write_jsonl(
        tmp_path / "second.jsonl",
        {
            "id": "b",
            "text": "Investigators reopened the file on the bombing of the ferry Ocean Queen "
            "in 2011.",
        },
    )
    ingest(kb, [first])
    ingest(kb, [second])
    clusters = kb.event_clusters()
    assert len(clusters) == 2 and len(set(clusters.values())) == 1
    assert_same_as_full(kb)


@pytest.mark.parametrize("dated_first", [True, False])
def test_a_year_dated_telling_of_a_city_joins_its_incident_in_either_order(
    kb: KnowledgeBase, tmp_path: Path, dated_first: bool
) -> None:
    """'The bombing in Peshawar in 2019' is a leaf of the one dated bombing there that year,
    whichever article comes first: the city's tellings dated to a year are in the region."""
    dated = write_jsonl(
        tmp_path / "dated.jsonl",
        {
            "id": "dated",
            "text": "A car bomb killed 12 people at a market in Peshawar, Pakistan, on "
            "March 3, 2019, police said.",
        },
    )
    background = write_jsonl(
        tmp_path / "background.jsonl",
        {
            "id": "background",
            "text": "Investigators said the bombing in Peshawar in 2019 was planned abroad.",
        },
    )
    for batch in [dated, background] if dated_first else [background, dated]:
        ingest(kb, [batch])
    clusters = kb.event_clusters()
    assert len(clusters) == 2 and len(set(clusters.values())) == 1
    assert_same_as_full(kb)


@pytest.mark.parametrize("in_order", [True, False])
def test_coarse_tellings_of_one_province_link_in_either_order(
    kb: KnowledgeBase, tmp_path: Path, in_order: bool
) -> None:
    """'The 2009 Aceh bombing' in two articles, neither giving a day or a town: linked
    whichever comes first, since a province's coarse tellings are in each other's region."""
    first = write_jsonl(
        tmp_path / "first.jsonl",
        {
            "id": "first",
            "text": "A court in Indonesia jailed a man on Tuesday for his part in the 2009 "
            "Aceh bombing.",
        },
    )
    second = write_jsonl(
        tmp_path / "second.jsonl",
        {
            "id": "second",
            "text": "Indonesian investigators said the 2009 Aceh bombing had been planned "
            "by a small cell.",
        },
    )
    for batch in [first, second] if in_order else [second, first]:
        ingest(kb, [batch])
    clusters = kb.event_clusters()
    assert len(clusters) == 2 and len(set(clusters.values())) == 1
    assert_same_as_full(kb)


def test_an_unanchored_report_means_no_incident_among_several_days_of_its_city(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    """'The bombing in Peshawar' in a report with no date is a leaf of the city's one dated
    bombing, and of none once a bombing of another day is told there (nothing dates it
    among them); each step as a full run leaves it. Its region stays itself alone
    however many incidents its city holds."""
    articles = [
        {
            "id": "may",
            "text": "A suicide bomber killed nine people at a bus station in Peshawar, "
            "Pakistan, on 4 May 2022, police said.",
        },
        {
            "id": "undated",
            "text": "The provincial government condemned the bombing in Peshawar and "
            "promised to rebuild the station.",
        },
        {
            "id": "august",
            "text": "A roadside bomb wounded three policemen in Peshawar, Pakistan, on 19 "
            "August 2022.",
        },
        {
            "id": "september",
            "published_at": "2022-09-02",
            "text": "A bomb exploded outside a school in Peshawar, Pakistan, wounding two guards.",
        },
        {
            "id": "october",
            "published_at": "2022-10-11",
            "text": "A bomb blast damaged a power station in Peshawar, Pakistan, officials said.",
        },
    ]
    joined_after: dict[str, bool] = {}
    for article in articles:
        ingest(kb, [write_jsonl(tmp_path / f"{article['id']}.jsonl", article)])
        assert_same_as_full(kb, article["id"])
        if article["id"] != "may":
            [telling] = kb.events(document_id="undated")
            clusters = kb.event_clusters()
            joined_after[article["id"]] = list(clusters.values()).count(clusters[telling.id]) > 1
    assert joined_after == {"undated": True, "august": False, "september": False, "october": False}
    [unanchored] = kb.events(document_id="undated")
    assert [event.id for event in event_region(kb, {unanchored.id})] == [unanchored.id]


def test_two_dated_attacks_on_one_name_reach_each_other_only_through_a_loose_telling(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    """Attacks on the ferry Ocean Star on two days in two towns: neither can mean the
    other, so neither's region takes the other; 'the 2023 attack on the ferry Ocean Star'
    could mean either, joins neither, and puts all three in one region."""
    articles = [
        {
            "id": "march",
            "text": "Gunmen attacked the ferry Ocean Star in Mombasa, Kenya, on 2 March "
            "2023, killing two crew members.",
        },
        {
            "id": "july",
            "text": "Pirates attacked the ferry Ocean Star in Kisumu, Kenya, on 9 July 2023, "
            "wounding a guard.",
        },
        {
            "id": "later",
            "text": "Nobody was ever charged over the 2023 attack on the ferry Ocean Star.",
        },
    ]

    def region_of(document_id: str) -> list[str]:
        seeds = {event.id for event in kb.events(document_id=document_id)}
        return sorted(event.document_id for event in event_region(kb, seeds))

    for article in articles[:2]:
        ingest(kb, [write_jsonl(tmp_path / f"{article['id']}.jsonl", article)])
    assert region_of("march") == ["march"]
    ingest(kb, [write_jsonl(tmp_path / "later.jsonl", articles[2])])
    assert region_of("march") == ["july", "later", "march"]
    assert len(set(kb.event_clusters().values())) == 3
    assert_same_as_full(kb)
