"""A batch is stored with one insert a table, and stores exactly what writing its documents
one by one stores: copies, near copies, new versions and re-read files inside one batch
included, on both backends."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select

from dossier.model import AnnotatedDocument, Claim, Document, EntityRef, Evidence, Mention
from dossier.read.documents import make_document
from dossier.read.fingerprint import NearDuplicates
from dossier.store import KnowledgeBase, schema
from tests.store.test_knowledge_base import annotated

GUILD = EntityRef("organization", "Marrow Bay Weavers Guild")
PERSON = EntityRef("person", "Odile Fenwright")
OTHER = EntityRef("organization", "Tallis Reach Cooperative")

HARBOUR = (
    "Odile Fenwright leads the Marrow Bay Weavers Guild, which opened a mill on the harbour. "
    "The guild said the mill would employ four hundred people by the spring of next year. "
    "Local traders welcomed the plan and asked the council to widen the harbour road soon. "
    "The council is expected to decide on the road before the end of the summer session."
)
VALLEY = (
    "The Tallis Reach Cooperative bought the old grain store in the valley on Monday. "
    "Its members said the Marrow Bay Weavers Guild would rent half of the building. "
    "The sale ends a dispute that kept the store empty for more than six years."
)


def _document(body: str, document_id: str, **fields: Any) -> AnnotatedDocument:
    """A hand-made annotation: a mention of each known name, and a claim in the first
    sentence that names the guild."""
    item = annotated(make_document(body, origin=fields.pop("origin", document_id), id=document_id))
    if fields:
        values = {name: getattr(item.document, name) for name in Document.__dataclass_fields__}
        item.document = Document(**{**values, **fields})
    text = item.document.text
    for ref in (PERSON, GUILD, OTHER):
        start = text.find(ref.name)
        if start != -1:
            sentence = next(s for s in item.sentences if s.start <= start < s.end)
            mention = Mention(start, start + len(ref.name), "ORG", sentence.index, ref.name, ref)
            item.mentions.append(mention)
    first = item.sentences[0]
    evidence = Evidence(item.document.id, 0, first.start, first.end, text[: first.end])
    if GUILD.name in text[: first.end]:
        item.claims = [Claim(PERSON, "leader_of", evidence, object=GUILD)]
    return item


def _batch() -> list[AnnotatedDocument]:
    return [
        _document(HARBOUR, "harbour"),
        _document(HARBOUR, "harbour-copy"),  # the same text under another id
        _document(HARBOUR.replace("four hundred", "three hundred"), "harbour-near"),
        _document(VALLEY, "valley"),  # names the guild stored by the first
        _document(VALLEY + " The deal was signed at noon.", "valley"),  # a new version
        _document(VALLEY, "/in/a.txt", origin="/in/a.txt", whole_file=True, id_given=False),
        _document(
            VALLEY + " Rain fell.", "/in/b.txt", origin="/in/a.txt", whole_file=True, id_given=False
        ),
        _document(HARBOUR, "harbour"),  # unchanged
    ]


def _contents(kb: KnowledgeBase) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (timestamps left out), in a backend-neutral order."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with kb.engine.connect() as connection:
        for table in schema.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in ("ingested_at", "applied_at")]
            rows = connection.execute(select(*columns).order_by(*columns))
            tables[table.name] = [tuple(row) for row in rows]
    return tables


def test_a_batch_stores_what_its_documents_written_one_by_one_store(
    kb: KnowledgeBase, tmp_path: Any
) -> None:
    batch = _batch()
    together = kb.write_documents(batch, same_story=NearDuplicates())
    with KnowledgeBase(tmp_path / "one-by-one.db") as alone:
        one_by_one = [alone.write_document(item, same_story=NearDuplicates()) for item in batch]
        expected = _contents(alone)
    assert [o.status for o in together] == [
        "added",
        "duplicate",
        "duplicate",
        "added",
        "replaced",
        "duplicate",  # of the new version of 'valley'
        "replaced",
        "unchanged",
    ]
    assert together == one_by_one
    found = _contents(kb)
    for table in ("sentences", "mentions"):  # their ids are the database's own (identity)
        found[table] = [row[1:] for row in found[table]]
        expected[table] = [row[1:] for row in expected[table]]
    assert found == expected


def test_a_batch_of_new_documents_is_one_insert_a_table(kb: KnowledgeBase) -> None:
    batch = [_document(f"{HARBOUR} Report {n} ends here.", f"r{n}") for n in range(3)]
    batch += [_document(f"{VALLEY} Note {n} ends here.", f"v{n}") for n in range(3)]
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(kb.engine, "before_cursor_execute", seen)
    try:
        outcomes = kb.write_documents(batch)  # no near-duplicate rule: six stories
    finally:
        event.remove(kb.engine, "before_cursor_execute", seen)
    assert [o.status for o in outcomes] == ["added"] * 6
    inserts = [s.split("(")[0].split()[-1] for s in statements if s.startswith("INSERT")]
    assert sorted(inserts) == sorted(set(inserts))  # each table once
    assert {"documents", "sentences", "mentions", "entities", "claims"} <= set(inserts)
    assert kb.revision()[0] == 6  # one change counted per document, as before
