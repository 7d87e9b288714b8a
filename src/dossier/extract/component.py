"""The extraction step as a registered spaCy component: ``doc._.claims`` and ``doc._.events``.

It reads the document's publication date and id from ``doc.user_data``
(keys ``PUBLISHED_AT`` and ``DOCUMENT_ID``), which the annotator sets before
the pipeline runs, so relative dates ('on Sunday', 'a day after') resolve.
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from dossier.annotate.sentences import content_sentences
from dossier.extract.claims import ClaimFrames, Sentence, extract_claims
from dossier.extract.context import DocContext
from dossier.extract.events import EventExtractor
from dossier.extract.qualities import governors
from dossier.ontology import Ontology, load_ontology

PUBLISHED_AT = "dossier_published_at"
DOCUMENT_ID = "dossier_document_id"

for _name in ("claims", "events", "entity_refs"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class Extractor:
    """Claims and events for every sentence of a Doc, in reading order."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology

    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get(PUBLISHED_AT)
        if isinstance(published, datetime):
            published = published.date()
        context = DocContext.build(
            doc, self.ontology, published if isinstance(published, date) else None
        )
        document_id = str(doc.user_data.get(DOCUMENT_ID, ""))
        frames = ClaimFrames(context)
        events = EventExtractor(context)
        claims = []
        for index, span, start, end in content_sentences(doc):
            sentence = Sentence(span, index, start, end, context, document_id)
            _follow_focus(sentence, context)
            claims.extend(extract_claims(sentence, frames))
            events.read(sentence)
        doc._.claims = claims
        doc._.events = events.events()
        doc._.entity_refs = {ent.start_char: context.ref(ent) for ent in doc.ents}
        return doc


def _follow_focus(sentence: Sentence, context: DocContext) -> None:
    """The organisation a sentence is about (its named subject) becomes the passage's focus."""
    for ent in sentence.span.ents:
        ref = context.ref(ent)
        if ref is None or ref.type != "organization":
            continue
        is_subject = any(
            token.dep_ in ("nsubj", "nsubjpass") for token in ent if token.head not in ent
        ) or any(g.dep_ in ("nsubj", "nsubjpass") for g in list(governors(ent.root))[:2])
        context.mention(ref, as_subject=is_subject and ent.root.dep_ != "pobj")


@Language.factory(
    "dossier_extractor",
    assigns=["doc._.claims", "doc._.events", "doc._.entity_refs"],
    requires=["doc.ents", "token.dep"],
    default_config={"ontology_path": None},
)
def make_extractor(nlp: Language, name: str, ontology_path: str | None) -> Extractor:
    return Extractor(load_ontology(ontology_path))
