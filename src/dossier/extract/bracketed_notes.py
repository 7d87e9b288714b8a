"""An editor's note in square brackets that says what a name is, inside a quotation:

    "... carried out by the Z brigade [the combat unit of the organization — AGENCY]"
                                                  -> has_branch(X, 'Z brigade')

The note follows the name at once and reads 'the <branch noun> of <owner>', where the
owner is a name or a group noun ('the organization') meaning the passage's group; a
signature after a dash names who wrote the note, not a party. The parse hangs such notes
anywhere, so they are read from the words. The branch nouns are the ``owner_nouns`` of
``has_branch`` in ontology.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dossier.extract.context import DocContext
from dossier.model import Claim, EntityRef
from dossier.model.names import clean_name

if TYPE_CHECKING:
    from dossier.extract.claims import Sentence

PREDICATE = "has_branch"
OPENER = "["
CLOSER = "]"
MAX_NOTE_WORDS = 8  # from the bracket to 'of': 'the main combat unit'
OWNER_WORDS = 4  # from 'of' to the owner's head: 'the militant organization'


def bracketed_notes(
    sentence: Sentence, context: DocContext, words_: AbstractSet[str]
) -> Iterator[Claim]:
    """has_branch claims for a name an editor's bracketed note calls a group's unit;
    ``words_`` are the sentence's words, to skip it at a glance."""
    if OPENER not in words_:
        return
    nouns = context.ontology.predicates[PREDICATE].cue("owner_nouns")
    span = sentence.span
    doc = span.doc
    for bracket in span:
        if bracket.text != OPENER or bracket.i == 0:
            continue  # (the parse may start a sentence at the bracket: the name ends the last)
        named = context.entity_at(doc[bracket.i - 1])
        if named is None or named.end != bracket.i or named.label_ != "ORG":
            continue
        end = next((w.i for w in doc[bracket.i : span.end] if w.text == CLOSER), None)
        if end is None:
            continue
        branch = next(
            (w for w in doc[bracket.i + 1 : min(end, bracket.i + MAX_NOTE_WORDS)]
             if w.lemma_.lower() in nouns and w.pos_ == "NOUN"),
            None,
        )  # fmt: skip
        if branch is None or branch.i + 2 >= end or doc[branch.i + 1].lower_ != "of":
            continue
        owner = _owner(doc[branch.i + 2 : min(end, branch.i + 2 + OWNER_WORDS)], context)
        name = clean_name(named.text)
        if owner is not None and name and owner.name != name:
            yield sentence.claim(owner, PREDICATE, branch, value=name, confidence=0.5)


def _owner(words: Span, context: DocContext) -> EntityRef | None:
    """The group named, or meant by a group noun, just after 'of'."""
    for word in words:
        ref = context.org_ref(word)
        if ref is not None:
            return ref
    return None
