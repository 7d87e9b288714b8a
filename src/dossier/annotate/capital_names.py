"""Names written in capitals, or with 'the', that the model mistypes or cuts.

- An acronym is rarely a person's name: a one-word all-capitals name the model calls a
  person is an organisation where it modifies a noun for a kind of body ('the KVR
  party') or follows a role in a body ('the chairman of KVR', ``acronym_role_nouns``).
- People are not named with 'the': 'the Velvet Moths' typed a person is a body when the
  text also speaks of 'the band' or 'the group' (``organisation_nouns``); one word after
  'the' only as a plural ('the Herons', not 'the Dean').
- Two all-capitals words side by side in running text are one acronym name: an
  organisation 'OKT' followed by 'ZES' outside every entity is 'OKT ZES'. Not in a
  heading or headline written all in capitals, nor a two-letter role ('the OKT DG').
Words are in lexicons/entities.yaml.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.knowledge.lexicons import lexicon, words

_ENTITIES = lexicon("entities")
KIND_NOUNS = words(_ENTITIES, "organisation_nouns")
ROLE_NOUNS = words(_ENTITIES, "acronym_role_nouns") | words(_ENTITIES, "part_of_body_nouns")
MIN_ACRONYM = 3
MAX_JOINED = 5


def capital_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with such names retyped or joined; None when nothing changes."""
    if not any(ent.label_ == "PERSON" or _is_acronym(ent) for ent in ents):
        return None  # the common case: nothing written in capitals, no person
    bodies = {ent.text for ent in ents if _acronym_in_frame(ent) or _band_with_article(ent)}
    changed = False
    kept: list[Span] = []
    for ent in ents:
        if ent.label_ == "PERSON" and ent.text in bodies:
            ent = Span(doc, ent.start, ent.end, label="ORG")
            changed = True
        elif ent.label_ == "ORG" and _joins_next(doc, ent, ents):
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")
            changed = True
        kept.append(ent)
    return kept if changed else None


def _is_acronym(ent: Span) -> bool:
    return (
        len(ent) == 1
        and not ent.kb_id_
        and ent[0].is_alpha
        and ent[0].is_upper
        and len(ent[0]) >= MIN_ACRONYM
    )


def _acronym_in_frame(ent: Span) -> bool:
    """'the KVR party', 'the chairman of KVR', 'a member of KVR'."""
    if ent.label_ != "PERSON" or not _is_acronym(ent):
        return False
    root = ent.root
    head = root.head
    if root.dep_ == "compound" and head.pos_ == "NOUN":
        return head.lower_ in KIND_NOUNS
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in ROLE_NOUNS
    )


def _band_with_article(ent: Span) -> bool:
    """'the Velvet Moths' typed a person, in a text that says 'the band' somewhere."""
    if ent.label_ != "PERSON" or ent.kb_id_ or len(ent) < 2 or ent[0].lower_ != "the":
        return False
    if not all(t.is_title or t.is_upper for t in ent[1:]):
        return False
    if len(ent) == 2 and not ent[1].lower_.endswith("s"):
        return False  # 'the Dean' is a role; a one-word band is a plural ('the Herons')
    return any(
        t.lower_ in KIND_NOUNS and t.pos_ == "NOUN" and t.i > 0 and t.nbor(-1).lower_ == "the"
        for t in ent.doc
    )


def _joins_next(doc: Doc, ent: Span, ents: list[Span]) -> bool:
    """An all-capitals organisation word followed by another all-capitals word that no
    entity holds, in a stretch of text that is not itself all capitals."""
    if not _is_acronym(ent) and not (len(ent) == 1 and ent[0].is_upper and len(ent[0]) >= 2):
        return False
    nxt = ent.end
    if nxt >= len(doc) or not _capital_word(doc[nxt]) or doc[nxt].ent_iob_ in ("B", "I"):
        return False
    if any(other.start <= nxt < other.end for other in ents):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[nxt + 1] if nxt + 1 < len(doc) else None
    # a word in capitals on either side: a heading or headline, not a name
    return not any(t is not None and _in_capitals(t) for t in (before, after))


def _capital_word(token: Token) -> bool:
    return (
        _in_capitals(token)
        and MIN_ACRONYM <= len(token) <= MAX_JOINED  # 'X DG' is a role after the body
        and token.pos_ == "PROPN"
        and not token.is_sent_start
    )


def _in_capitals(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) >= 2
