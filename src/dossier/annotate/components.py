"""spaCy pipeline components Dossier adds to the English model.

Each is registered under a versioned factory name (``dossier_extractor_v1``;
spaCy allows no dots there) by ``register_components()``, which ``load_pipeline``
calls: importing this module changes nothing in spaCy's registry.
"""

from __future__ import annotations

from datetime import date, datetime

from spacy.attrs import ENT_KB_ID, IS_LOWER, LENGTH, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dossier.annotate.hygiene import (
    HYPHENS,
    glued_name,
    make_entity_hygiene,
    spells,
    squashed,
    squashed_aliases,
)
from dossier.annotate.indexed_rules import register_indexed_rules
from dossier.extract.document import extract_document
from dossier.extract.token_scan import (
    orth_hashes,
    space_positions,
    text_positions,
    word_hash,
)
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology, load_ontology
from dossier.model.names import initials, is_acronym, spelled_part

# Keys of ``doc.user_data`` the annotator sets before the pipeline runs.
PUBLISHED_AT = "dossier_published_at"
DOCUMENT_ID = "dossier_document_id"
TITLE = "dossier_title"


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headings, captions and Q&A questions on lines of their own
    without a full stop; the parser would glue them to the next sentence.
    Runs before the parser, which keeps sentence starts set earlier.
    """
    # A token's own trailing whitespace is at most one space: a line break is a space token
    spaces = space_positions(doc)
    is_space = set(spaces)
    for i in spaces:
        if i + 1 < len(doc) and i + 1 not in is_space and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


ALIAS_LABELS = {"organization": "ORG", "person": "PERSON", "place": "GPE", "event": "EVENT"}


def _is_acronym(alias: str) -> bool:
    return not any(char.islower() for char in alias)


def _matched_in_its_case(alias: str) -> bool:
    """Acronyms ('ADF') and short mixed-case aliases ('LeT', 'JeM') are matched only as
    written: in lower case they are common words ('let')."""
    return _is_acronym(alias) or (" " not in alias and any(c.isupper() for c in alias[1:]))


class AliasRuler:
    """Mark known entities' names and aliases as entities, linked to the ontology.

    Sets ``doc.ents`` (overriding overlapping ones) with ``kb_id_`` = the
    entity's canonical name, so 'ISKP', 'IS-K' and 'Islamic State Khorasan
    Province' all come out as one organisation. Runs before ``ner``, which keeps
    these and finds the rest around them.
    """

    def __init__(self, nlp: Language, ontology_path: str | None) -> None:
        from spacy.matcher import PhraseMatcher

        from dossier.knowledge.ontology import load_ontology

        ontology = load_ontology(ontology_path)
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entities = {}
        self.known = squashed_aliases(ontology)
        for spec in ontology.entities:
            label = ALIAS_LABELS.get(spec.type, "ORG")
            for alias in dict.fromkeys((spec.name, *spec.aliases)):
                key = f"{label}|{spec.name}"
                self.entities[key] = (label, spec.name)
                matcher = self.acronyms if _matched_in_its_case(alias) else self.names
                matcher.add(key, [nlp.make_doc(alias)])
                _keep_full_stop_apart(nlp, alias)

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        glued: list[Span] = []
        for matcher, exact in ((self.names, False), (self.acronyms, True)):
            for match_id, start, end in matcher(doc):
                if exact and _inside_capitals(doc, start, end):
                    continue
                label, canonical = self.entities[doc.vocab.strings[match_id]]
                found.append(Span(doc, start, end, label=label, kb_id=canonical))
        for span in list(found):
            whole = glued_name(doc, span.start, span.end)
            if whole is not None and not any(
                other.start <= whole[0] and whole[1] <= other.end for other in found
            ):
                found.remove(span)  # 'Taliban' in 'Tehrik-e Taliban Pakistan' is no match
                glued.append(self._glued(doc, *whole, parts=found + glued + [span]))
        found += glued
        if found:
            kept = filter_spans(found)
            taken = {i for span in kept for i in range(span.start, span.end)}
            others = [
                ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))
            ]
            doc.ents = sorted([*others, *kept], key=lambda span: span.start)
        return doc

    def _glued(self, doc: Doc, start: int, end: int, parts: list[Span]) -> Span:
        """The whole glued name: linked when the ontology knows it under another spelling,
        or when it is only names of one entity joined by hyphens ('Islamic State West
        Africa Province-ISWAP'); else an organisation the text will say more about."""
        label, canonical = self.known.get(squashed(doc[start:end].text), ("ORG", ""))
        if not canonical:
            inside = filter_spans([p for p in parts if start <= p.start and p.end <= end])
            covered = {i for p in inside for i in range(p.start, p.end)}
            rest = [doc[i] for i in range(start, end) if i not in covered]
            if len({p.kb_id_ for p in inside}) == 1 and all(t.text in HYPHENS for t in rest):
                label, canonical = inside[0].label_, inside[0].kb_id_
        return Span(doc, start, end, label=label, kb_id=canonical)


def _keep_full_stop_apart(nlp: Language, alias: str) -> None:
    """Read 'LeT.' at a sentence's end as 'LeT' + '.': the tokenizer keeps a full stop after
    a capital letter on the word (as in 'U.S.'), which hides the alias."""
    if " " in alias or not alias[-1].isalpha():
        return
    tokens = [token.text for token in nlp.make_doc(alias + ".")]
    if tokens[-1] != ".":
        alias_tokens = [token.text for token in nlp.make_doc(alias)]
        nlp.tokenizer.add_special_case(  # type: ignore[union-attr]
            alias + ".", [{"ORTH": text} for text in (*alias_tokens, ".")]
        )


def _inside_capitals(doc: Doc, start: int, end: int) -> bool:
    """An acronym in a run of all-capital words ('WHAT IS HAPPENING') is just a word."""
    neighbours = [doc[i] for i in (start - 1, end) if 0 <= i < len(doc)]
    return any(token.is_alpha and token.is_upper and len(token) > 1 for token in neighbours)


def make_alias_ruler(nlp: Language, name: str, ontology_path: str | None) -> AliasRuler:
    return AliasRuler(nlp, ontology_path)


# ---- acronyms an article defines ------------------------------------------------------

NAMED_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC"})
_GROUP_LABELS = frozenset({"ORG", "PERSON", "NORP"})  # a group with an acronym is an ORG
_LONG_FORM_WORDS = words(lexicon("claims"), "long_form_words")
_OPENING_BRACKET, _CLOSING_BRACKET, _COMMA = (word_hash(mark) for mark in ("(", ")", ","))


def defined_acronyms(doc: Doc) -> Doc:
    """'the Sahel Liberation Front (SLF)', or '..., or SLF,': mark every 'SLF' in the
    article as that group.

    News defines an acronym once and then uses it alone; the model rarely tags a
    bare acronym it has not seen. Each later use becomes an entity whose kb_id is
    the long form, so it is linked to the same entity as the full name. The
    long form must spell the acronym (each letter found in order, the first
    starting a word), which keeps '(2021)' or '(pictured)' out.
    """
    definitions: dict[str, tuple[str, str]] = {}  # acronym -> (label, long form)
    relabelled: list[Span] = []
    orths = orth_hashes(doc)  # hashes, not texts: a Token or string made per word is costly
    openers = (_OPENING_BRACKET, _COMMA)
    for i in range(1, len(doc) - 2):
        if orths[i] not in openers:
            continue
        at = _acronym_after(doc, orths, i)
        if at is None:
            continue
        short = doc[at]
        if short.text in definitions or not is_acronym(short.text) or short.ent_kb_id_:
            continue
        long_form = _long_form(doc, i)
        if long_form is None or not spells(short.text, long_form.text):
            long_form = _name_run(doc, i, short.text, foreign=orths[i] == _OPENING_BRACKET)
            if long_form is None:
                continue
            relabelled.append(long_form)  # one name over the place inside it: '... in X Africa'
        label = "ORG" if long_form.label_ in _GROUP_LABELS else long_form.label_
        if long_form.label_ != label:
            relabelled.append(Span(doc, long_form.start, long_form.end, label=label))
        name = spelled_part(long_form.kb_id_ or long_form.text, short.text)
        definitions[short.text] = (label, _strip_article(name))
    definitions.update(_initials_in_use(doc, definitions))
    if not definitions:
        return doc
    uses = []
    for i in text_positions(doc, frozenset(definitions)):
        label, canonical = definitions[doc[i].text]
        uses.append(Span(doc, i, i + 1, label=label, kb_id=canonical))
    new = [*relabelled, *uses, *_repeats(doc, relabelled)]
    taken = {i for span in new for i in range(span.start, span.end)}
    kept = [ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))]
    doc.ents = sorted([*kept, *filter_spans(new)], key=lambda span: span.start)
    return doc


def _initials_in_use(doc: Doc, defined: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Undefined acronyms that spell the initials of exactly one organisation the article
    names in full ('the SLF' beside 'the Sahel Liberation Front'); three letters at least."""
    expansions: dict[str, set[str]] = {}
    for ent in doc.ents:
        name = _strip_article(ent.kb_id_ or ent.text)
        if ent.label_ == "ORG" and len(name.split()) > 1 and not is_acronym(name):
            expansions.setdefault(initials(name), set()).add(name)
    found: dict[str, tuple[str, str]] = {}
    if not expansions:
        return found
    strings = doc.vocab.strings
    verdicts: dict[int, str | None] = {}  # a word's hash -> the name it stands for, if any
    # the word tests depend on the text alone: each distinct word is tested once, and only
    # the tokens outside a linked entity count ('SLF' already linked says nothing new);
    # words in lower case or shorter than three letters are never acronyms
    rows = doc.to_array([ORTH, ENT_KB_ID, IS_LOWER, LENGTH]).tolist()
    for orth, kb_id, is_lower, length in rows:
        if kb_id or is_lower or length < 3 or orth in verdicts:
            continue
        short = strings[orth]
        verdicts[orth] = expansion = _initials_of(short, defined, expansions)
        if expansion is not None:
            found[short] = ("ORG", expansion)
    return found


def _initials_of(
    short: str, defined: dict[str, tuple[str, str]], expansions: dict[str, set[str]]
) -> str | None:
    """The one full name whose initials an undefined acronym spells, else None."""
    if len(short) < 3 or not short[0].isupper() or short in defined or not is_acronym(short):
        return None
    names = expansions.get(short.replace("-", "").replace(".", "").upper(), set())
    return next(iter(names)) if len(names) == 1 else None


def _acronym_after(doc: Doc, orths: list[int], i: int) -> int | None:
    """Where the acronym of a definition starting at token i stands: 'X (XY)', or
    'X, or XY,' as news also writes it; None when no definition starts there."""
    if orths[i] == _OPENING_BRACKET and orths[i + 2] == _CLOSING_BRACKET:
        return i + 1
    if orths[i] == _COMMA and doc[i + 1].lower_ == "or":
        after = doc[i + 3].text if i + 3 < len(doc) else ""
        if not after or not any(c.isalnum() for c in after):
            return i + 2
    return None


def _long_form(doc: Doc, paren: int, whole_run: bool = False) -> Span | None:
    """The name just before '(': the entity ending there, else (or with ``whole_run``) a
    run of capitalised words."""
    previous = doc[paren - 1]
    if not whole_run and previous.ent_iob_ in ("I", "B") and previous.ent_type_ in NAMED_LABELS:
        ent = next((e for e in doc.ents if e.start <= previous.i < e.end), None)
        if ent is not None and ent.end == paren:
            return ent
    start = paren
    while start > 0:
        token = doc[start - 1]
        capitalised = token.is_title or (token.is_upper and token.is_alpha)
        if capitalised or (token.lower_ in _LONG_FORM_WORDS and start < paren):
            start -= 1
        elif whole_run and _listed_in_name(doc, start - 1, paren):
            start -= 1  # 'the Harbour, Rail and Road Workers Union (HRRWU)'
        else:
            break
    while start < paren and not doc[start].is_title:  # a name starts with a capital
        start += 1
    if paren - start < 2:
        return None
    return Span(doc, start, paren, label="ORG")


def _listed_in_name(doc: Doc, comma: int, paren: int) -> bool:
    """A comma between two capitalised words of a run before a definition: a name that
    lists its parts ('Farm, Garden and Road Workers Union'). Only a run the acronym
    spells, cut to the shortest that does (``_name_run``), keeps it."""
    return (
        doc[comma].text == ","
        and 0 < comma < paren - 1
        and doc[comma - 1].is_title
        and doc[comma + 1].is_title
    )


def _name_run(doc: Doc, paren: int, short: str, foreign: bool) -> Span | None:
    """The capitalised run before a definition, read as one organisation's name when the
    entity there does not spell the acronym: 'the Movement for Unity and Jihad in West
    Africa (MUJAO)', whose model entities stop at the place inside it. Cut to the shortest
    run that still spells the acronym; failing that, a bracketed all-capital acronym of
    three letters or more may stand for a name in another language ('FARC' for
    'Revolutionary Armed Forces of Colombia') when most of its letters start the run's
    words, its first among them, and the run starts at one of them."""
    run = _long_form(doc, paren, whole_run=True)
    if run is None:
        return None
    start = run.start
    if spells(short, run.text):
        start = next(
            j
            for j in range(paren - 2, run.start - 1, -1)
            if (doc[j].is_title and spells(short, doc[j:paren].text)) or j == run.start
        )
    elif foreign and _stands_for(short, run):
        # a list is read as one name only where the acronym spells it
        start = max((t.i + 1 for t in run if t.text == ","), default=start)
        letters = set(short)
        while paren - start > 2 and doc[start].text[:1].upper() not in letters:
            start += 1
    else:
        return None
    if paren - start < 2 or not doc[start].is_title:
        return None
    if any(doc[i].ent_type_ == "PERSON" for i in range(start, paren)) and not _org_spelled(
        doc, start, paren, short
    ):
        return None  # 'John Smith of the ...': a person's words are not the group's name
    return Span(doc, start, paren, label="ORG")


def _repeats(doc: Doc, runs: list[Span]) -> list[Span]:
    """Later uses of a long form read as one name only at its definition: the model cuts
    it there the same way ('Statsbaner' alone, a person)."""
    if not runs:
        return []
    wanted = {run.text: run for run in runs}
    firsts = frozenset(run[0].text for run in runs)
    found = []
    for i in text_positions(doc, firsts):
        for text, run in wanted.items():
            end = i + len(run)
            if i != run.start and end <= len(doc) and doc[i:end].text == text:
                found.append(Span(doc, i, end, label=run.label_, kb_id=_strip_article(text)))
    return found


def _org_spelled(doc: Doc, start: int, paren: int, short: str) -> bool:
    """'Hallvik Kraftverk (HKV)' with one foreign word read as a person: the model's own
    organisation in the brackets, spelled by the run, outweighs it, as long as the run
    does not open with the person ('John Smith of ...' stays out)."""
    bracketed = (
        paren + 1 < len(doc) and doc[paren].text == "(" and doc[paren + 1].ent_type_ == "ORG"
    )
    if not bracketed or not spells(short, doc[start:paren].text):
        return False
    return doc[start].ent_type_ != "PERSON"


def _stands_for(short: str, run: Span) -> bool:
    """An all-capital acronym most of whose letters start the run's capitalised words."""
    if len(short) < 3 or not short.isalpha() or not short.isupper():
        return False
    heads = {token.text[0].upper() for token in run if token.is_title or token.is_upper}
    if len(heads) < 2 or short[0] not in heads:
        return False
    return sum(letter in heads for letter in short) >= 0.6 * len(short)


def _strip_article(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("’s")


# ---- extraction -----------------------------------------------------------------------


class Extractor:
    """Sets ``doc._.claims``, ``doc._.events`` and ``doc._.entity_refs`` from the
    document's id, publication date and title in ``doc.user_data``."""

    def __init__(self, ontology: Ontology) -> None:
        self.ontology = ontology
        get_gazetteer()  # built here, with the pipeline, not inside the first document

    def __call__(self, doc: Doc) -> Doc:
        published = doc.user_data.get(PUBLISHED_AT)
        if isinstance(published, datetime):
            published = published.date()
        extraction = extract_document(
            doc,
            self.ontology,
            published if isinstance(published, date) else None,
            str(doc.user_data.get(DOCUMENT_ID, "")),
            str(doc.user_data.get(TITLE) or ""),
        )
        doc._.claims = extraction.claims
        doc._.events = extraction.events
        doc._.entity_refs = extraction.entity_refs
        return doc


def make_extractor(nlp: Language, name: str, ontology_path: str | None) -> Extractor:
    return Extractor(load_ontology(ontology_path))


# ---- registration ---------------------------------------------------------------------

# (factory name, component name in the pipeline, what it assigns)
LINE_BREAKS = ("dossier_line_breaks_v1", "dossier_line_breaks")
ALIAS_RULER = ("dossier_alias_ruler_v1", "dossier_alias_ruler")
ACRONYMS = ("dossier_acronyms_v1", "dossier_acronyms")
ENTITY_HYGIENE = ("dossier_entity_hygiene_v1", "dossier_entity_hygiene")
EXTRACTOR = ("dossier_extractor_v1", "dossier_extractor")


def register_components() -> None:
    """Register Dossier's factories and Doc extensions with spaCy; safe to call again."""
    register_indexed_rules()
    for extension in ("claims", "events", "entity_refs"):
        if not Doc.has_extension(extension):
            Doc.set_extension(extension, default=None)
    if Language.has_factory(EXTRACTOR[0]):
        return
    Language.component(LINE_BREAKS[0], assigns=["token.is_sent_start"], func=line_breaks)
    Language.factory(
        ALIAS_RULER[0],
        assigns=["doc.ents", "token.ent_kb_id"],
        default_config={"ontology_path": None},
        func=make_alias_ruler,
    )
    Language.component(ACRONYMS[0], assigns=["doc.ents", "token.ent_kb_id"], func=defined_acronyms)
    Language.factory(
        ENTITY_HYGIENE[0],
        assigns=["doc.ents", "token.ent_kb_id"],
        requires=["doc.ents", "token.lemma"],
        default_config={"ontology_path": None},
        func=make_entity_hygiene,
    )
    Language.factory(
        EXTRACTOR[0],
        assigns=["doc._.claims", "doc._.events", "doc._.entity_refs"],
        requires=["doc.ents", "token.dep"],
        default_config={"ontology_path": None},
        func=make_extractor,
    )
