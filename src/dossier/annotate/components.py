"""spaCy pipeline components Dossier adds to the English model.

Each is a registered factory, so a pipeline config can name it and later
stages add their own the same way.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


@Language.component(
    "dossier_line_breaks",
    assigns=["token.is_sent_start"],
)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headings, captions and Q&A questions on lines of their own
    without a full stop; the parser would glue them to the next sentence.
    Runs before the parser, which keeps sentence starts set earlier.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_break = "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)
        if after_break and not token.is_space:
            token.is_sent_start = True
    return doc


ALIAS_LABELS = {"organization": "ORG", "person": "PERSON", "place": "GPE", "event": "EVENT"}


def _is_acronym(alias: str) -> bool:
    return not any(char.islower() for char in alias)


class AliasRuler:
    """Mark known entities' names and aliases as entities, linked to the ontology.

    Sets ``doc.ents`` (overriding overlapping ones) with ``kb_id_`` = the
    entity's canonical name, so 'ISKP', 'IS-K' and 'Islamic State Khorasan
    Province' all come out as one organisation. Runs before ``ner``, which keeps
    these and finds the rest around them.
    """

    def __init__(self, nlp: Language, ontology_path: str | None) -> None:
        from spacy.matcher import PhraseMatcher

        from dossier.ontology import load_ontology

        ontology = load_ontology(ontology_path)
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entities = {}
        for spec in ontology.entities:
            label = ALIAS_LABELS.get(spec.type, "ORG")
            for alias in dict.fromkeys((spec.name, *spec.aliases)):
                key = f"{label}|{spec.name}"
                self.entities[key] = (label, spec.name)
                matcher = self.acronyms if _is_acronym(alias) else self.names
                matcher.add(key, [nlp.make_doc(alias)])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for matcher, exact in ((self.names, False), (self.acronyms, True)):
            for match_id, start, end in matcher(doc):
                if exact and _inside_capitals(doc, start, end):
                    continue
                label, canonical = self.entities[doc.vocab.strings[match_id]]
                found.append(Span(doc, start, end, label=label, kb_id=canonical))
        if found:
            kept = filter_spans(found)
            taken = {i for span in kept for i in range(span.start, span.end)}
            others = [
                ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))
            ]
            doc.ents = sorted([*others, *kept], key=lambda span: span.start)
        return doc


def _inside_capitals(doc: Doc, start: int, end: int) -> bool:
    """An acronym in a run of all-capital words ('WHAT IS HAPPENING') is just a word."""
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(token.is_alpha and token.is_upper and len(token) > 1 for token in neighbours)


@Language.factory(
    "dossier_alias_ruler",
    assigns=["doc.ents", "token.ent_kb_id"],
    default_config={"ontology_path": None},
)
def make_alias_ruler(nlp: Language, name: str, ontology_path: str | None) -> AliasRuler:
    return AliasRuler(nlp, ontology_path)
