"""The organisation or person a page is about, named by its first sentence.

Reference prose opens by saying what its subject is: 'Rage Against the Machine is an
American rock band', 'Harbour Lane Trading is a Canadian shipping company', 'Ludwig van
der Berg (1901–1980) was a Dutch painter'. The small model often misses such a name, cuts
it ('Machine', 'Ludwig van der') or calls a company a person. When the first sentence's
copula gives its subject a noun for a kind of body (``organisation_nouns`` in
lexicons/entities.yaml), the subject's proper-noun phrase becomes an ORG entity there and
wherever the document writes it again; when the model saw part of it as a person, the
whole name becomes the PERSON entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.extract.sentences import opening_statement
from dossier.knowledge.lexicons import lexicon, words

_ENTITIES = lexicon("entities")
ORGANISATION_NOUNS = words(_ENTITIES, "organisation_nouns")
SURNAME_PARTICLES = words(_ENTITIES, "surname_particles")
ARTICLES = frozenset({"the", "a", "an"})
NAME_ENDS = frozenset({"(", ",", "[", "—", "–", ";", ":"})  # where an opening name stops
MAX_NAME_TOKENS = 10


def page_subject(doc: Doc) -> tuple[int, int, str] | None:
    """(start, end, label) of the organisation or person the first sentence says the page
    is about."""
    first = opening_statement(doc)
    if first is None:
        return None
    root = first.root
    attrs = [c for c in root.children if c.dep_ == "attr"]
    if root.lemma_.lower() != "be" or not attrs:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    start = subject.left_edge.i
    end = start
    while end <= subject.right_edge.i and doc[end].text not in NAME_ENDS:
        end += 1
    while start < end and doc[start].lower_ in ARTICLES:
        start += 1
    if not _is_name(doc[start:end]):
        return None
    if any(attr.lemma_.lower() in ORGANISATION_NOUNS for attr in attrs):
        return start, end, "ORG"
    if _is_cut_person(doc[start:end]):
        return start, end, "PERSON"  # a biography's subject, the model's cut mended
    return None


def _is_name(words_: Span) -> bool:
    """Capitalised at both ends, with nothing but capitalised words, numbers and small
    lower-case joiners between ('Rage Against the Machine', 'Earth, Wind & Fire')."""
    if not 0 < len(words_) <= MAX_NAME_TOKENS:
        return False
    if not (_is_capital(words_[0]) and _is_capital(words_[-1])):
        return False
    if not any(word.pos_ == "PROPN" or (_is_capital(word) and word.i > 0) for word in words_):
        return False  # a name, not a capitalised common word opening the text
    return all(
        _is_capital(word) or word.is_stop or word.is_punct or word.lower_ in SURNAME_PARTICLES
        for word in words_
    )


def _is_cut_person(words_: Span) -> bool:
    """A name the model saw (part of) as a person, with no lower-case word but a surname's
    particle ('von der'; not 'Smith of the Times'): a first name it took for a place
    ('Chauncey') is the person's too."""
    if not any(word.ent_type_ == "PERSON" for word in words_):
        return False
    return all(not word.is_lower or word.lower_ in SURNAME_PARTICLES for word in words_)


def _is_capital(word: Token) -> bool:
    return (word.is_alpha or word.is_digit or word.text[:1].isalnum()) and not word.is_lower


def with_page_subject(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with the page's subject marked at every place the document names it
    (overlapping guesses give way, ontology links stay); None if unchanged."""
    found = page_subject(doc)
    if found is None:
        return None
    start, end, label = found
    texts = [token.text for token in doc[start:end]]
    places = [
        i for i in range(len(doc) - len(texts) + 1)
        if doc[i].text == texts[0] and [t.text for t in doc[i : i + len(texts)]] == texts
    ]  # fmt: skip
    marks = [Span(doc, i, i + len(texts), label=label) for i in places]
    marks = [mark for mark in marks if not any(_outranks(ent, mark) for ent in ents)]
    if all(any(_same(mark, ent) for ent in ents) for mark in marks):
        return None
    kept = [ent for ent in ents if not any(_overlap(ent, mark) for mark in marks)]
    return sorted([*kept, *marks], key=lambda span: span.start)


def _outranks(ent: Span, mark: Span) -> bool:
    """An entity kept rather than a mark over it: an ontology link, or a longer name of the
    same kind around it (a parse that split 'Islamic | State in the Greater Sahara' leaves
    the model's whole name)."""
    if not _overlap(ent, mark):
        return False
    if ent.label_ != mark.label_:
        return bool(ent.kb_id_)
    return bool(ent.kb_id_) or (
        ent.start <= mark.start and mark.end <= ent.end and len(ent) > len(mark)
    )


def _same(a: Span, b: Span) -> bool:
    return a.start == b.start and a.end == b.end and a.label_ == b.label_


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
