"""Everything extraction reads from one parsed document: claims, events and the
entity each named mention stands for. Pure functions over a spaCy ``Doc``; the
pipeline component that calls them lives in ``annotate``."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from dossier.extract.claims import ClaimFrames, Sentence, extract_claims
from dossier.extract.context import DocContext, opens_relative_clause
from dossier.extract.events import EventExtractor
from dossier.extract.qualities import governors
from dossier.extract.sentences import content_sentences
from dossier.extract.token_scan import dep_positions
from dossier.knowledge.ontology import Ontology
from dossier.model import Claim, EntityRef, Event

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(slots=True)
class Extraction:
    """What one document states: claims and events in reading order, and the entity
    each named mention (by its start offset in the Doc) refers to."""

    claims: list[Claim]
    events: list[Event]
    entity_refs: dict[int, EntityRef | None]


def extract_document(
    doc: Doc, ontology: Ontology, published: date | None, document_id: str, title: str = ""
) -> Extraction:
    """Claims and events for every sentence of a parsed document, in reading order.

    ``published`` anchors relative dates ('on Sunday', 'a day after'); ``title`` names
    the article's main group, the one 'it' and 'the group' fall back to."""
    context = DocContext.build(doc, ontology, published, title)
    frames = ClaimFrames(context)
    events = EventExtractor(context)
    claims: list[Claim] = []
    previous_end = 0
    subjects = dep_positions(doc, SUBJECT_DEPS)
    for index, span, start, end in content_sentences(doc):
        sentence = Sentence(span, index, start, end, context, document_id)
        context.begin_sentence(new_paragraph="\n" in context.text[previous_end:start])
        previous_end = end
        _follow_focus(sentence, context, subjects)
        claims.extend(extract_claims(sentence, frames))
        events.read(sentence)
    entity_refs = {ent.start_char: context.ref(ent) for ent in context.ents}  # doc.ents, kept
    return Extraction(claims, events.events(), entity_refs)


def _follow_focus(sentence: Sentence, context: DocContext, subjects: list[int]) -> None:
    """Organisations a sentence names gain salience, its named subject most; then a
    subject 'it', 'they' or 'the group' adds to the organisation it stands for.
    ``subjects``: where the document's subjects stand (token indices, in order)."""
    # one mention a sentence for each organisation: 'the Police Service (PSNI)' names it once
    mentioned: dict[EntityRef, bool] = {}
    in_main_clause: set[EntityRef] = set()
    for ent in context.ents_in(sentence.span):
        ref = context.ref(ent)
        if ref is None or ref.type != "organization":
            continue
        is_subject = any(
            token.dep_ in ("nsubj", "nsubjpass") for token in ent if token.head not in ent
        ) or any(g.dep_ in ("nsubj", "nsubjpass") for g in list(governors(ent.root))[:2])
        is_subject = is_subject and ent.root.dep_ != "pobj" and not context.is_aside(ent)
        is_subject = is_subject or opens_relative_clause(ent)
        mentioned[ref] = mentioned.get(ref, False) or is_subject
        # 'As the US steps up its campaign against X, a report shows the group ...': a name
        # in an adverbial clause may be what the main clause's 'the group' means; not in a
        # fronted one without its own subject ('Formed by A and B, the group ...': the
        # group is the one formed, never A or B)
        if not any(g.dep_ == "advcl" and not _fronted_participle(g) for g in governors(ent.root)):
            in_main_clause.add(ref)
    for ref, is_subject in mentioned.items():
        context.mention(ref, as_subject=is_subject, named=ref in in_main_clause)
    span = sentence.span
    doc = span.doc
    for at in subjects[bisect_left(subjects, span.start) : bisect_left(subjects, span.end)]:
        token = doc[at]
        if context.entity_at(token) is not None:
            continue
        ref = context.resolve_reference(token)
        if ref is not None:
            context.mention(ref, as_subject=True, named=False)


def _fronted_participle(clause: Token) -> bool:
    """An adverbial clause with no subject of its own, set before its main clause's
    subject: its doer is that subject ('Established in 2009 by A, the group ...')."""
    if any(child.dep_ in SUBJECT_DEPS for child in clause.children):
        return False
    subjects = [child for child in clause.head.children if child.dep_ in SUBJECT_DEPS]
    return bool(subjects) and clause.i < subjects[0].i
