"""Names the model cuts at a comma or a conjunction, or reads as a nationality.

Shapes of prose name that the small English model gets wrong, mended after the entity
hygiene has cleaned the model's entities:

- a company's legal form after its name, with or without a comma ('Acme Widgets, LLC',
  'Foo Industries Co., Ltd.'): one organisation, not 'Acme Widgets' and 'LLC';
- a body's name with 'and' inside ('the Baltic Music and Drama Ensemble', 'the Institute
  for Tropical Medicine and Hygiene'): one organisation, not two;
- a party named after its members ('joined the Christian Democrats'): an organisation,
  not two nationalities;
- two bodies' names glued by a hyphen ('the X Democratic Movement-Liberal Party'): two
  organisations, not one.

The words these rules read are data (``lexicons/entities.yaml``: ``legal_suffixes``,
``name_heads``, ``party_member_nouns``). Every rule starts at the edge of an entity the
model found (``_cue_positions``), so the text itself is never scanned.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from dossier.extract.token_scan import word_hash
from dossier.knowledge.lexicons import lexicon, words

_ENTITIES = lexicon("entities")
# written exactly so: 'Co.' and 'Inc.', never 'co' or 'inc' in running prose
LEGAL_SUFFIXES = frozenset(str(word) for word in _ENTITIES["legal_suffixes"])
NAME_HEADS = words(_ENTITIES, "name_heads")
PARTY_MEMBER_NOUNS = words(_ENTITIES, "party_member_nouns")
NAME_CONJUNCTIONS = frozenset({"and", "&"})
INNER_JOINTS = frozenset({"of", "for"})  # 'Institute for X and Y': the name goes on
ROLE_WORDS = words(_ENTITIES, "role_words")
NAME_PARTICLES = words(_ENTITIES, "name_particles")
# labels of a name the part after 'and' must not carry: a place or people is its own name
OWN_NAME_LABELS = frozenset({"GPE", "LOC", "NORP"})
# labels a part of a longer name may carry before it is mended
PART_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC", "PRODUCT", ""})
HYPHENS = frozenset({"-", "‐", "‑"})
_CUE_HASHES = frozenset(
    word_hash(word)
    for word in {word.lower() for word in LEGAL_SUFFIXES} | NAME_CONJUNCTIONS | PARTY_MEMBER_NOUNS
)
_PARTY_HASHES = frozenset(word_hash(word) for word in PARTY_MEMBER_NOUNS)
# in lower case, to read one array: the form as written is checked where a rule starts
_LEGAL_HASHES = frozenset(word_hash(word.lower()) for word in LEGAL_SUFFIXES)
_HYPHEN_HASHES = frozenset(word_hash(word) for word in HYPHENS)
_COMMA = word_hash(",")


def join_names(doc: Doc, ents: list[Span], common: frozenset[str]) -> list[Span] | None:
    """The entities with the shapes above mended; None when nothing changes.
    ``common`` holds the English dictionary's words, in lower case."""
    positions = _cue_positions(doc, ents)
    if not positions:
        return None
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    added: list[Span] = []
    mended: set[int] = set()  # tokens of the names made so far
    for at in positions:
        if at in mended:
            continue
        token = doc[at]
        names: list[Span | None]
        if token.text in HYPHENS:
            names = [*_names_either_side_of_hyphen(doc, at, by_token)]
        elif token.text in LEGAL_SUFFIXES:
            names = [_with_legal_suffix(doc, at, by_token, common)]
        elif token.lower_ in NAME_CONJUNCTIONS:
            names = [_conjoined_name(doc, at, by_token, common)]
        elif token.lower_ in PARTY_MEMBER_NOUNS:
            names = [_party_name(doc, at, by_token)]
        else:
            names = []  # 'inc' in lower case: no legal form
        for name in names:
            if name is not None and not _already(name, by_token):
                added.append(name)
                mended.update(range(name.start, name.end))
    if not added:
        return None
    kept = [ent for ent in ents if not any(_overlap(ent, name) for name in added)]
    return sorted([*kept, *added], key=lambda span: span.start)


def _cue_positions(doc: Doc, ents: list[Span]) -> list[int]:
    """Where a rule may start, read off the entities' edges rather than a scan of the
    whole text: every shape mended here touches an entity the model found. Words are
    compared as vocabulary hashes from one array: no Token is made for an edge."""
    if not ents:
        return []
    lowers = doc.to_array(LOWER).tolist()
    length = len(lowers)
    positions: set[int] = set()
    for ent in ents:
        start, end = ent.start, ent.end
        if lowers[end - 1] in _PARTY_HASHES or lowers[end - 1] in _LEGAL_HASHES:
            positions.add(end - 1)  # 'Democrats', 'LLC'
        if end < length:
            if lowers[end] in _CUE_HASHES:
                positions.add(end)  # 'and', 'Inc.', 'Democrats' after a name
            elif lowers[end] == _COMMA and end + 1 < length and lowers[end + 1] in _LEGAL_HASHES:
                positions.add(end + 1)  # ', LLC'
        if end - start >= 5 and ent.label_ == "ORG":
            positions.update(i for i in range(start + 2, end - 2) if lowers[i] in _HYPHEN_HASHES)
    return sorted(positions)


def _names_either_side_of_hyphen(doc: Doc, at: int, by_token: dict[int, Span]) -> list[Span]:
    """'the Union for Renewal Civic Movement-Green Party': two bodies' names, each
    ending in a word for a body, glued by a hyphen into one entity, are two names. Names
    glued over a particle ('Tehrik-e-Taliban') or with one word on a side stay whole."""
    ent = by_token.get(at)
    if ent is None or ent.label_ != "ORG" or ent.kb_id_ or not ent.start < at < ent.end - 2:
        return []
    if doc[at - 1].whitespace_ or doc[at].whitespace_:
        return []  # a spaced dash is another rule's
    left = doc[ent.start : at]
    while len(left) > 1 and left[0].lower_ in ("the", "a", "an"):
        left = left[1:]
    right = doc[at + 1 : ent.end]
    if len(left) < 2 or not all(_is_name_word(token) for token in right):
        return []
    if not (left[-1].is_title and _is_head(left[-1]) and _is_head(right[-1])):
        return []
    return [
        Span(doc, left.start, left.end, label="ORG"),
        Span(doc, right.start, right.end, label="ORG"),
    ]


def _with_legal_suffix(
    doc: Doc, at: int, by_token: dict[int, Span], common: frozenset[str]
) -> Span | None:
    """'Acme Widgets, LLC', 'Foo Industries Co., Ltd.': the name before a legal form,
    with the form (and any form after it), is one organisation; set off by a comma, the
    form is left out of the name it is linked under ('Acme Widgets')."""
    before = at - 1
    comma = before >= 0 and doc[before].text == ","
    if comma:
        before -= 1
    if before < 0 or doc[before].text in LEGAL_SUFFIXES:
        return None  # 'Co., Ltd.': the first form starts the name's end
    owner = by_token.get(before)
    if owner is not None:
        if owner.kb_id_ or owner.label_ not in PART_LABELS or owner.end > at:
            return None  # linked, a date, or the model's name has the form already
        start = owner.start
    elif _is_name_word(doc[before]):
        start = before
    else:
        return None
    while start > 0 and doc[start - 1].i not in by_token:
        word = doc[start - 1]
        if _is_name_word(word) and not _opens_sentence_as_word(word, common):
            start -= 1
        elif word.lower_ in NAME_PARTICLES and word.is_lower and start >= 2:
            if not _is_name_word(doc[start - 2]):
                break
            start -= 1  # 'Compañía General de Tranvías S.A.'
        else:
            break
    while start < before and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    if owner is not None and owner.label_ in OWN_NAME_LABELS and start >= owner.start:
        return None  # 'Belfast, Co. Antrim': a place alone is an address
    end = at + 1
    while end < len(doc):  # 'Co., Ltd.'
        step = 2 if doc[end].text == "," and end + 1 < len(doc) else 1
        if doc[end + step - 1].text not in LEGAL_SUFFIXES:
            break
        end += step
    if end < len(doc) and _is_name_word(doc[end]) and not doc[end].is_sent_start:
        return None  # 'Co. Antrim': a county, no company's form
    # set off by a comma, the form is no part of the name as prose writes it again
    name = doc[start : before + 1].text if comma else ""
    return Span(doc, start, end, label="ORG", kb_id=name)


def _conjoined_name(
    doc: Doc, at: int, by_token: dict[int, Span], common: frozenset[str]
) -> Span | None:
    """'the Slovak Song' + 'and' + 'Dance Ensemble': a body's name cut at its 'and'. The
    part before it ends in a common word that no body's name ends in, and the part after
    it ends in one ('Ensemble', 'Company'); or the part before names a body 'of/for' a
    field and the part after is more common words of that field ('Institute for Tropical
    Medicine' + 'and Hygiene')."""
    first = by_token.get(at - 1)
    if first is None or first.end != at or first.label_ != "ORG" or first.kb_id_:
        return None
    if at + 1 >= len(doc) or not _is_name_word(doc[at + 1]):
        return None
    end = at + 1
    while end < len(doc) and _is_name_word(doc[end]):
        end += 1
    second = doc[at + 1 : end]
    covering = {by_token[i] for i in range(second.start, second.end) if i in by_token}
    if any(ent.kb_id_ or ent.label_ not in PART_LABELS or ent.end > end for ent in covering):
        return None
    if any(token.lower_ in ROLE_WORDS for token in second):
        return None
    if any(ent.label_ in OWN_NAME_LABELS for ent in covering):
        return None  # 'the Tigers and England', 'X and Sri Lanka Army'
    last = first[-1]
    if last.text in LEGAL_SUFFIXES:
        return None  # 'X Limited and Y Airlines': a legal form ends a whole name
    if not last.is_title or not _is_common(last, common) or _is_head(last):
        return None
    if last.tag_ in ("NNS", "NNPS") or last.lower_.endswith("s"):
        return None  # 'the Tigers': a body named for its members is a whole name
    if _is_head(second[-1]):
        return Span(doc, first.start, end, label="ORG")
    field_of_body = any(token.lower_ in INNER_JOINTS for token in first[1:-1])
    plain = all(_is_common(token, common) for token in second) and len(second) <= 2
    if field_of_body and plain and not any(ent.label_ == "ORG" for ent in covering):
        return Span(doc, first.start, end, label="ORG")
    return None


def _party_name(doc: Doc, at: int, by_token: dict[int, Span]) -> Span | None:
    """'the Christian Democrats', 'the Free Democrats': capitalised words before a noun
    for a party's members, and nothing capitalised after it, name a party."""
    noun = doc[at]
    if not noun.is_title or (at + 1 < len(doc) and _is_name_word(doc[at + 1])):
        return None
    start = at
    while start > 0 and start > at - 3 and _is_name_word(doc[start - 1]):
        previous = doc[start - 1]
        if previous.is_sent_start and previous.i not in by_token:
            break  # 'Democrats said': a sentence's first word is no part of the name
        start -= 1
    if start == at:
        return None
    name = doc[start : at + 1]
    covering = {by_token[i] for i in range(name.start, name.end) if i in by_token}
    if any(ent.kb_id_ or ent.label_ not in PART_LABELS for ent in covering):
        return None
    if any(ent.start < name.start or ent.end > name.end for ent in covering):
        return None  # part of a longer name
    if any(token.lower_ in ROLE_WORDS for token in name):
        return None
    return Span(doc, name.start, name.end, label="ORG")


def _already(name: Span, by_token: dict[int, Span]) -> bool:
    ent = by_token.get(name.start)
    return (
        ent is not None and ent.label_ == "ORG" and ent.start == name.start and ent.end == name.end
    )


def _is_head(token: Token) -> bool:
    """A last word of a body's name: 'Ensemble', 'Institutes'."""
    lower = token.lower_
    return lower in NAME_HEADS or (lower.endswith("s") and lower[:-1] in NAME_HEADS)


def _is_common(token: Token, common: frozenset[str]) -> bool:
    return token.is_alpha and (token.lower_ in common or token.lemma_.lower() in common)


def _opens_sentence_as_word(token: Token, common: frozenset[str]) -> bool:
    """'Yesterday Acme Widgets, Inc. said': a common word opening the sentence."""
    return bool(token.is_sent_start) and not token.is_upper and _is_common(token, common)


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end
