"""Entity hygiene: the model's named entities, cleaned before extraction reads them.

The small English model tags capitalised words as names wherever news prose
capitalises them: headings ('Size', 'BACKGROUND'), sentence-initial common nouns
('Medics said'), datelines ('BEIRUT —'), roles ('Interior Minister X'), platforms
('on Telegram') and religions ('converted to Islam'). It also cuts names at
possessives and prepositions ("People's Liberation Front" -> 'Liberation Front';
'Socialist Party of Varland' -> 'Socialist Party'). ``EntityHygiene``
drops, relabels, trims or joins those spans; entities the ontology links
(``kb_id_``) are left as they are. The text also names bodies the model misses or
mistypes: the name after a noun for a kind of body ('the group New IRA', 'a faction
called X') and the capitalised words before a member's role ('Metallica drummer A') are
organisations. Last, the subject a page's first statement names ('X
is a Welsh rock band') is marked wherever it is written (``annotate/page_subject.py``).

Names the model cuts or mistypes are mended too: a group known to name branches after
places, then 'in/of <country or region>', is a branch ('X in Yemen'); names side by side
that spell the acronym in brackets after them are one ('Islamic State' + 'West African
Province' + '(ISWAP)'); capitalised words before a lower-case body noun name a body ('the
Smith group'), and 'John Smith' beside it is a person; a name in apposition to a role is a
person; an acronym the gazetteer knows only as a town ('IRA' / 'Ira') and a transliterated
name read as a date ('Jaish-e-X') are organisations. Names cut at a comma or an 'and', or
read as nationalities ('Acme Widgets, LLC', 'the Christian Democrats'), are mended by
``annotate/joined_names.py``. Capitalised words ending in a body's head noun ('Varnell
State University') are one organisation (``annotate/headed_names.py``); a body, a role and
a person read as one name are split (``annotate/role_splits.py``); a person cut in two is
made whole (``annotate/cut_people.py``). A name the model mistypes is an organisation
where its frame says so ('X, a subsidiary of Y', 'a member of X', 'X was formed',
``annotate/framed_bodies.py``), and a description read into a body's name ('the
Portuguese party X') is trimmed off (``annotate/described_names.py``).
"""

from __future__ import annotations

from functools import cached_property, lru_cache, partial

from spacy.attrs import IS_ALPHA, IS_LOWER, IS_SPACE, IS_TITLE, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dossier.annotate.capital_names import capital_names
from dossier.annotate.cut_people import joined_people
from dossier.annotate.described_names import described_names
from dossier.annotate.framed_bodies import framed_bodies
from dossier.annotate.headed_names import headed_names
from dossier.annotate.joined_names import join_names
from dossier.annotate.listed_bodies import listed_bodies
from dossier.annotate.page_subject import with_page_subject
from dossier.annotate.role_splits import split_at_roles
from dossier.extract.context import is_creed, is_demonym, said_to_be_organisation
from dossier.extract.token_scan import lower_positions, text_positions, word_hash
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.knowledge.ontology import Ontology

_ENTITIES = lexicon("entities")
_CLAIMS = lexicon("claims")
NOT_ACTORS: dict[str, str] = {
    name: label for label, names in _ENTITIES["not_actors"].items() for name in names
}
FOLLOWING_NOUNS: dict[str, str] = dict(_ENTITIES["following_nouns"])
ROLE_WORDS = words(_ENTITIES, "role_words") | words(_CLAIMS, "person_titles")
FACILITY_HEADS = words(_ENTITIES, "facility_heads")
EVENT_HEADS = words(_ENTITIES, "event_heads")
DATELINE_MARKS = words(_ENTITIES, "dateline_marks")
ORG_NAME_WORDS = words(_CLAIMS, "org_name_words")
NAME_PARTICLES = words(_ENTITIES, "name_particles")
HYPHENS = frozenset({"-", "‐", "‑"})
ALIAS_MARKS = words(_ENTITIES, "alias_marks")
SURNAME_PARTICLES = words(_ENTITIES, "surname_particles")
CONNECTORS = frozenset({"and", "of", "for", "&"})  # a name cut after one goes on
TYPE_LABELS = {"organization": "ORG", "person": "PERSON", "place": "GPE", "event": "EVENT"}
# Places NER calls organisations ('Karachi police'), and the wide places it calls people.
PLACE_KINDS = ("country", "region", "province", "city")
WIDE_PLACE_KINDS = ("country", "region", "province")
ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP"})
ARTICLES = frozenset({"the", "a", "an"})
# a member's role before a person's name, after the body's name: 'X bassist A', 'X member A'
MEMBER_ROLES = words(_ENTITIES, "member_roles")
# a head's role there names the body the same way: 'X chairman A'
HEAD_ROLES = words(_ENTITIES, "head_roles")
# nouns for a kind of body, after which a name is that body's ('the group X', 'the band X')
BODY_NOUNS = words(_CLAIMS, "org_appositions")
# labels the model gives a body's name that the body noun before it overrides
RETYPED_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "WORK_OF_ART", "PRODUCT", "FAC"})
NAMING_PARTICIPLES = words(_CLAIMS, "naming_participles")
INNER_NAME_WORDS = words(_ENTITIES, "inner_name_words")
TITLE_SMALL_WORDS = words(_ENTITIES, "title_small_words")
OPENING_MARKS = frozenset({'"', "'", "“", "‘", "(", "[", "-", "—", "–", "*", "•"})
_OPENING_MARK_HASHES = frozenset(word_hash(mark) for mark in OPENING_MARKS)
OPENING_BRACKETS = frozenset({"("})
APPOSITION_ENDS = frozenset({",", ".", ";", ":", "(", ")"})
BRANCH_JOINTS = words(_ENTITIES, "branch_joints")
BRANCH_PLACE_KINDS = tuple(_ENTITIES["branch_place_kinds"])
BODY_NOUNS_AFTER_NAMES = words(_ENTITIES, "body_nouns_after_names")
ALL_BODY_NOUNS = BODY_NOUNS | BODY_NOUNS_AFTER_NAMES
PLACE_LABELS = frozenset({"GPE", "LOC"})
NAMED_PART_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE", "LOC", "FAC"})
# labels the model gives a transliterated name it takes for something else ('Jaish-e-X': DATE)
PERSON_MISREAD_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE"})
SAYING_VERBS = words(_CLAIMS, "saying_verbs") | words(lexicon("perpetrators"), "telling_verbs")
MISREAD_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY"})


def squashed(name: str) -> str:
    """A name with only its letters and digits, case folded: the spellings
    'Tehrik-e Taliban Pakistan' and "Tehrik-e-Taliban Pakistan" meet."""
    return "".join(char for char in name.casefold() if char.isalnum())


def squashed_aliases(ontology: Ontology) -> dict[str, tuple[str, str]]:
    """squashed alias -> (label, canonical name); looked up for names of two tokens or
    more only ('IS-GS', never 'is')."""
    index: dict[str, tuple[str, str]] = {}
    for spec in ontology.entities:
        label = TYPE_LABELS.get(spec.type, "ORG")
        for alias in (spec.name, *spec.aliases):
            index.setdefault(squashed(alias), (label, spec.name))
    return index


def branching_parents(ontology: Ontology) -> frozenset[str]:
    """Canonical names of the organisations the ontology knows branches of by name: 'X' when
    it also knows 'X in the Arabian Peninsula' as another entity. Such a group's name before
    'in/of <country or region>' names one more branch ('X in Yemen')."""
    organisations = [spec for spec in ontology.entities if spec.type == "organization"]
    parents: set[str] = set()
    for parent in organisations:
        starts = {
            f"{alias.casefold()} {joint} "
            for alias in (parent.name, *parent.aliases)
            for joint in BRANCH_JOINTS
        }
        for other in organisations:
            if other is parent:
                continue
            names = (other.name, *other.aliases)
            if any(name.casefold().startswith(start) for name in names for start in starts):
                parents.add(parent.name)
                break
    return frozenset(parents)


def dictionary_words(nlp: Language) -> frozenset[str]:
    """Every lemma the model's lemmatizer tables list as an English word (WordNet's
    nouns, verbs, adjectives and adverbs), lower case: the test of a common word."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(word for key in table for word in table[key])


class _DocWords:
    """What the whole document says about its words: which it writes in lower case, and
    which it capitalises where a sentence does not start (a sign of a name). Read on
    first use: most documents never ask."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def _sets(self) -> tuple[frozenset[int], dict[int, list[int]], frozenset[int]]:
        # words as their vocabulary hashes, read from arrays: no Token or string made a word
        lower: set[int] = set()  # words written in lower case
        inside: dict[int, list[int]] = {}  # a word's lower-case form -> where it is capitalised
        openers: set[int] = set()
        opening = True  # at a sentence's or a line's start, quotes and bullets aside
        columns = [IS_SPACE, SENT_START, IS_ALPHA, IS_LOWER, IS_TITLE, ORTH, LOWER]
        rows = self.doc.to_array(columns).tolist() if len(self.doc) else []
        for i, (space, sent_start, alpha, is_lower, title, orth, lower_form) in enumerate(rows):
            if space:
                opening = opening or "\n" in self.doc[i].text
                continue
            if sent_start == 1:
                opening = True
            if alpha:
                if opening:
                    openers.add(i)
                if is_lower:
                    lower.add(orth)
                elif title and not opening:
                    inside.setdefault(lower_form, []).append(i)
                opening = False
            elif orth not in _OPENING_MARK_HASHES:
                opening = False
        return frozenset(lower), inside, frozenset(openers)

    def writes_in_lower_case(self, token: Token) -> bool:
        """Whether the text writes this word in lower case somewhere."""
        return token.lower in self._sets[0]

    def opens_sentence(self, token: Token) -> bool:
        """Whether a word starts its sentence or line (quotes and bullets aside)."""
        return token.i in self._sets[2]

    def capitalised_elsewhere(self, token: Token) -> bool:
        """Whether the text capitalises this word inside a sentence somewhere else."""
        return any(i != token.i for i in self._sets[1].get(token.lower, ()))


class EntityHygiene:
    """Drop, relabel, trim or join the named entities the model got wrong (see module)."""

    def __init__(self, nlp: Language, ontology: Ontology) -> None:
        self.common = dictionary_words(nlp)
        self.known = squashed_aliases(ontology)
        self.branching = branching_parents(ontology)

    def __call__(self, doc: Doc) -> Doc:
        words_ = _DocWords(doc)
        ents = list(doc.ents)
        defined = _join_defined_parts(doc, ents) if ents else None
        ents = defined or ents
        branched = self._join_branches(doc, ents) if ents else None
        joined = _join_cut_names(doc, branched or ents) if ents else None
        changed = defined is not None or branched is not None or joined is not None
        cleaned: list[Span] = []
        for ent in joined or branched or ents:
            kept = ent if ent.kb_id_ else self._link(ent) or self._clean(ent, words_)
            changed = changed or kept is not ent
            if kept is not None:
                cleaned.append(kept)
        roles_apart = split_at_roles(cleaned, _is_place_or_people)
        changed = changed or roles_apart is not None
        cleaned = roles_apart or cleaned
        nouns = _body_noun_positions(doc)  # one scan for both finders that read them
        finders = (
            self._bodies_before_roles,
            partial(_names_after_body_nouns, nouns=nouns),
            partial(_names_before_body_nouns, nouns=nouns),
            self._joined_names,
            headed_names,
            listed_bodies,
            partial(framed_bodies, is_place=_is_gazetteer_place, is_people=_is_belief_or_nation),
            capital_names,
            described_names,
        )
        for find in finders:
            named = find(doc, cleaned)
            changed = changed or named is not None
            cleaned = named or cleaned
        whole = joined_people(cleaned)
        changed = changed or whole is not None
        cleaned = whole or cleaned
        people = _people_by_discourse(cleaned)
        marked = with_page_subject(doc, people or cleaned)
        if changed or people is not None or marked is not None:
            doc.ents = filter_spans(marked or people or cleaned)
        return doc

    def _joined_names(self, doc: Doc, ents: list[Span]) -> list[Span] | None:
        """Names cut at a comma or an 'and', or read as nationalities (``joined_names``)."""
        return join_names(doc, ents, self.common)

    def _join_branches(self, doc: Doc, ents: list[Span]) -> list[Span] | None:
        """'al-Qaeda in Yemen', 'Al Qaeda of Iraq': a group known to name its branches after
        where they fight, then 'in/of (the) <country or region>', is that branch, one
        organisation (linked when the ontology knows it). None when nothing is joined."""
        by_start = {ent.start: ent for ent in ents}
        joined: list[Span] = []
        taken: set[int] = set()
        for ent in ents:
            if ent.start in taken:
                continue
            if (
                ent.label_ == "ORG"
                and ent.kb_id_ in self.branching
                and ent.end + 1 < len(doc)
                and _written_as_name(ent)
            ):
                at = ent.end + 1
                if doc[ent.end].lower_ in BRANCH_JOINTS and doc[at].lower_ == "the":
                    at += 1
                place = by_start.get(at)
                if (
                    doc[ent.end].lower_ in BRANCH_JOINTS
                    and place is not None
                    and place.label_ in PLACE_LABELS
                    and _place_named(_without_article(place), BRANCH_PLACE_KINDS)
                ):
                    taken.add(place.start)
                    whole = doc[ent.start : place.end]
                    _, canonical = self.known.get(squashed(whole.text), ("ORG", ""))
                    ent = Span(doc, ent.start, place.end, label="ORG", kb_id=canonical)
            joined.append(ent)
        return joined if taken else None

    def _link(self, ent: Span) -> Span | None:
        """A name the ontology knows under another spelling ("Jama'at Nusrat al-Islam
        wal-Muslimin"), linked to it."""
        if ent.label_ not in ACTOR_LABELS or len(ent) < 2:
            return None
        body = _without_article(ent)
        found = self.known.get(squashed(body.text)) or _defined_as(body)
        if found is None:
            return None
        label, canonical = found
        return Span(ent.doc, body.start, body.end, label=label, kb_id=canonical)

    def _clean(self, ent: Span, words_: _DocWords) -> Span | None:
        if ent.label_ in PLACE_LABELS and _is_acronym_read_as_town(ent):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # 'the IRA', not 'Ira'
        if ent.label_ in MISREAD_NAME_LABELS and _is_transliterated_name(ent):
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # 'Jaish-e-X', no date
        if ent.label_ not in ACTOR_LABELS:
            return ent
        body = _without_article(ent)
        if not any(token.is_alpha for token in body) or ent[-1].text in HYPHENS:
            return None  # 'Pro-' of 'Pro-Taliban': half a word
        lowers = [token.lower_ for token in body]
        name = " ".join(lowers)
        if name in NOT_ACTORS:
            return Span(ent.doc, body.start, body.end, label=NOT_ACTORS[name])
        after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if after in FOLLOWING_NOUNS and ent.label_ != "NORP":
            return Span(ent.doc, body.start, body.end, label=FOLLOWING_NOUNS[after])
        if ent.label_ != "NORP" and _is_belief_or_nation(body):
            return Span(ent.doc, body.start, body.end, label="NORP")  # 'a Ugandan group'
        if _is_dateline(ent) and _place_named(body, PLACE_KINDS):
            return Span(ent.doc, body.start, body.end, label="GPE")  # 'BEIRUT —'

        kinds = PLACE_KINDS if ent.label_ == "ORG" else WIDE_PLACE_KINDS
        if (
            ent.label_ != "NORP"
            and _place_named(body, kinds)
            and not _is_acronym_read_as_town(body)
        ):
            return Span(ent.doc, body.start, body.end, label="GPE")  # 'Burkina Faso officials'
        if all(word in ROLE_WORDS for word in lowers):
            return None  # 'Emir', 'Interior', 'Spokesperson': a role, not a name
        if ent.label_ != "NORP" and lowers[-1] in EVENT_HEADS and len(body) > 1:
            return Span(ent.doc, body.start, body.end, label="EVENT")  # 'Syrian Civil War'
        if ent.label_ == "PERSON" and len(body) > 1 and lowers[-1] in FACILITY_HEADS:
            return Span(ent.doc, body.start, body.end, label="FAC")  # 'Abbey Gate'
        if ent.label_ != "NORP" and len(body) == 1 and self._is_common_word(body[0], words_):
            return None
        if ent.label_ == "PERSON" and self._is_phrase_of_words(body):
            return None  # 'Toll Rises': a headline's words
        person = _person_after_role(body)
        if person is not None:
            return person
        if ent.label_ == "ORG" and _named_for_a_role(body):
            return Span(ent.doc, body.start, body.end, label="PERSON")
        return _cut_at_dash(ent, body)

    def _bodies_before_roles(self, doc: Doc, ents: list[Span]) -> list[Span] | None:
        """'Rust Choir drummer Dean Mercer', 'former Red Kite Ramblers member Ann Bell': the
        capitalised words before a member's role that stands before a person's name are
        the name of the body the person belongs to, whatever the model made of them. None
        when nothing changes."""
        added: list[Span] = []
        for ent in ents:
            if ent.label_ != "PERSON" or ent.start < 2:
                continue
            role = doc[ent.start - 1]
            if role.lower_ not in MEMBER_ROLES | HEAD_ROLES:
                continue
            if role.head.i not in range(ent.start, ent.end) and ent.root.head.i != role.i:
                continue
            body = self._name_ending_at(doc, role.i)
            if body is None or any(t.ent_kb_id_ or t.ent_type_ == "NORP" for t in body):
                continue
            if _is_belief_or_nation(body) or _place_named(body, PLACE_KINDS):
                continue  # 'British singer A', 'Chicago singer A': where A is from
            added.append(Span(doc, body.start, body.end, label="ORG"))
        return _with_added(ents, added)

    def _name_ending_at(self, doc: Doc, end: int) -> Span | None:
        """The run of capitalised words (with the small words inside a title: 'Rage
        Against the Machine') that ends just before ``end``; a sentence-opening common word
        ('Former') is no part of it."""
        start = end
        while start > 0 and start - 1 >= doc[end - 1].sent.start:
            word = doc[start - 1]
            if _is_name_word(word) or word.text in ("&",):
                start -= 1
            elif word.lower_ in TITLE_SMALL_WORDS and start < end and start - 2 >= 0:
                if not _is_name_word(doc[start - 2]):
                    break
                start -= 1
            else:
                break
        while start < end and (
            doc[start].is_sent_start
            and doc[start].pos_ in ("ADJ", "ADV", "DET", "ADP")
            and start < end - 1
        ):
            start += 1  # 'Former Metallica drummer': the opening word is the sentence's
        if start == end or not _is_name_word(doc[start]):
            return None
        return doc[start:end]

    def _is_common_word(self, token: Token, words_: _DocWords) -> bool:
        """A lone capitalised word that is an English word where nothing shows it is a
        name here: 'Medics said', 'Size', 'BACKGROUND', 'Groups'."""
        if not token.is_alpha or len(token) < 3:
            return False
        lower = token.lower_
        if token.is_upper and len(token) <= 5:
            return False  # an acronym: 'HTS', 'NATO'
        if not any(form in self.common for form in _base_forms(token)):
            return False
        if words_.writes_in_lower_case(token):
            return True  # the text writes it as a common word too
        inflected = token.lemma_.lower() != lower or lower not in self.common
        if inflected or token.is_upper:
            return True  # 'Rebels', 'BACKGROUND'
        # capitalised where a sentence starts, and nowhere else: 'Medics said', 'Size'
        return words_.opens_sentence(token) and not words_.capitalised_elsewhere(token)

    def _is_phrase_of_words(self, body: Span) -> bool:
        """A 'person' of English words with an inflected one ('Toll Rises'): no name."""
        known = all(
            token.is_alpha and any(form in self.common for form in _base_forms(token))
            for token in body
        )
        inflected = any(token.lower_ not in self.common for token in body)
        return known and inflected and _in_headline(body)


def _defined_as(body: Span) -> tuple[str, str] | None:
    """'Jabhat Nur al-Islah wal Tajdid (JNIT)': a name that spells the known acronym
    after it in brackets is that acronym's entity, however it is transliterated."""
    doc = body.doc
    if body.end + 2 >= len(doc) or doc[body.end].text != "(" or doc[body.end + 2].text != ")":
        return None
    short = doc[body.end + 1]
    if not short.ent_kb_id_ or not spells(short.text, body.text):
        return None
    return "ORG" if short.ent_type_ == "ORG" else short.ent_type_, short.ent_kb_id_


def _is_place_or_people(body: Span) -> bool:
    """'Chilean', 'Chicago': where a person is from, not a body they belong to."""
    return _is_belief_or_nation(body) or _place_named(body, PLACE_KINDS)


def _is_gazetteer_place(body: Span) -> bool:
    """A place the gazetteer knows by exactly this name, article aside."""
    return _place_named(_without_article(body), PLACE_KINDS)


def _is_belief_or_nation(body: Span) -> bool:
    """'Ugandan', 'Salafi-jihadist', 'Sunni': a nationality or a creed, never an actor."""
    return _is_belief_or_nation_name(body.text, len(body) == 1)


@lru_cache(maxsize=20_000)
def _is_belief_or_nation_name(name: str, one_word: bool) -> bool:
    if is_creed(name):
        return True
    return one_word and is_demonym(name)


def spells(short: str, long: str) -> bool:
    """Whether the long form spells the acronym: its letters in order, backwards from the
    end, the first letter starting a word (after Schwartz & Hearst, 2003)."""
    letters = [char.lower() for char in short if char.isalnum()]
    text = long.lower()
    position = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        wanted = letters[index]
        while position >= 0 and (
            text[position] != wanted
            or (index == 0 and position > 0 and text[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def _in_headline(span: Span) -> bool:
    """Whether a span sits in a headline: a sentence whose longer words are all
    capitalised ('Death Toll Climbs After Floods Hit Northern Towns')."""
    longer = [token for token in span.sent if token.is_alpha and len(token) > 3]
    return len(longer) >= 3 and all(token.is_title or token.is_upper for token in longer)


def _base_forms(token: Token) -> tuple[str, ...]:
    """The word and the forms it may be inflected from: the model lemmatises a capitalised
    word as a name ('Medics' -> 'Medics'), so plural and past endings are taken off too."""
    lower = token.lower_
    forms = [lower, token.lemma_.lower()]
    for ending in ("s", "es", "ed", "d"):
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            forms.append(lower[: -len(ending)])
    return tuple(forms)


def _place_named(body: Span, kinds: tuple[str, ...]) -> bool:
    """Whether the gazetteer knows exactly this name as a place of one of the kinds."""
    if len(body) > 6 or any(token.lower_ in ORG_NAME_WORDS for token in body):
        return False  # 'Liberation Army of X' is a body, not a place
    return _is_place_name(body.text, kinds)


@lru_cache(maxsize=20_000)
def _is_place_name(name: str, kinds: tuple[str, ...]) -> bool:
    # cached: news repeats its names, and a gazetteer miss tries fuzzy spellings
    place = get_gazetteer().lookup(name, kinds=kinds)
    return place is not None and place.name.casefold() == name.casefold()


def _without_article(ent: Span) -> Span:
    doc = ent.doc
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in ARTICLES:
        start += 1
    return ent if start == ent.start else doc[start : ent.end]  # most names have none


def _is_dateline(ent: Span) -> bool:
    """'BEIRUT —' at the start of a paragraph: where the story was filed, no actor."""
    doc = ent.doc
    if not all(token.is_upper or not token.is_alpha for token in ent) or ent.end >= len(doc):
        return False
    if ent.start > 0:
        previous = doc[ent.start - 1]
        if "\n" not in previous.whitespace_ and not (previous.is_space and "\n" in previous.text):
            return False
    return doc[ent.end].text in DATELINE_MARKS


def _person_after_role(body: Span) -> Span | None:
    """'Varland Army Spokesperson Dale Ormond', 'Moulana Idris Qaderi': the person named
    after the last role word, when two or more capitalised words follow it."""
    roles = ROLE_WORDS | MEMBER_ROLES  # 'Drummer Tobin Marlow' opening a sentence
    last_role = max((t.i for t in body if t.lower_ in roles), default=None)
    if last_role is None:
        return None
    tail = body.doc[last_role + 1 : body.end]
    if len(tail) < 2 or not all(t.is_title or not t.is_alpha or _is_regnal(t) for t in tail[1:]):
        return None
    if not tail[0].is_title and tail[0].is_alpha:
        return None
    if any(t.lower_ in ROLE_WORDS | ORG_NAME_WORDS for t in tail):
        return None
    if tail[-1].lower_ in FACILITY_HEADS | EVENT_HEADS:
        return None  # 'General Santander School': a place named after someone
    if tail[0].is_punct:
        return None
    return Span(body.doc, tail.start, tail.end, label="PERSON")


def _is_regnal(token: Token) -> bool:
    """A regnal number after a name: 'Gregory XIX', 'Louis IV'."""
    return token.is_upper and all(char in "IVXL" for char in token.text)


def _written_as_name(ent: Span) -> bool:
    """Whether every word of a name but its particles is capitalised: 'Islamic State', not
    'an Islamic state across the region'."""
    return all(
        token.is_title or token.is_upper or token.lower_ in NAME_PARTICLES
        for token in ent
        if token.is_alpha
    )


def _is_acronym_read_as_town(ent: Span) -> bool:
    """'the IRA' tagged as a place: an acronym the gazetteer knows only as a town's name
    written in small letters ('Ira'). Country codes ('UAE', 'DRC') name their country."""
    if len(ent) != 1 or not ent[0].is_alpha or not ent[0].is_upper or len(ent[0]) < 2:
        return False
    if _is_dateline(ent) or _inside_capitals(ent):
        return False  # 'KABUL —', a heading in capitals
    place = _town_named(ent.text)
    return place is not None and not place.isupper()


@lru_cache(maxsize=5_000)
def _town_named(name: str) -> str | None:
    place = get_gazetteer().lookup(name, kinds=PLACE_KINDS)
    if place is None or place.kind != "city" or place.name.casefold() != name.casefold():
        return None
    return place.name


def _inside_capitals(ent: Span) -> bool:
    neighbours = [ent.doc[i] for i in (ent.start - 1, ent.end) if 0 <= i < len(ent.doc)]
    return any(token.is_alpha and token.is_upper and len(token) > 1 for token in neighbours)


def _is_transliterated_name(ent: Span) -> bool:
    """'Jaish-e-Mohammad', 'Hizb-ul-Mujahideen': capitalised words glued by hyphens around a
    name particle, which no date or number is written as."""
    tokens = list(ent)
    if any(token.like_num or token.is_digit for token in tokens):
        return False
    for i in range(1, len(tokens) - 3):
        word, hyphen, particle, second, name = tokens[i - 1 : i + 4]
        if (
            _is_name_word(word)
            and hyphen.text in HYPHENS
            and particle.lower_ in NAME_PARTICLES
            and second.text in HYPHENS
            and _is_name_word(name)
        ):
            return True
    return False


def _named_for_a_role(body: Span) -> bool:
    """ "the justice minister, Jane Doe", 'the justice minister Jane Doe': a name of two to
    four capitalised words (surname particles inside: 'Ana de Sousa') in apposition to a
    person's role (or right after it) is a person, whatever the model made of it; names of
    bodies ('Army', 'Council') stay as they are."""
    if not 2 <= len(body) <= 4 or not all(token.is_alpha for token in body):
        return False
    if not (body[0].is_title and body[-1].is_title):
        return False
    if not all(token.is_title or token.lower_ in SURNAME_PARTICLES for token in body[1:-1]):
        return False  # 'Fradique de Menezes': a particle inside a person's name
    if any(token.lower_ in ORG_NAME_WORDS | ROLE_WORDS for token in body):
        return False
    root = body.root
    if root.dep_ == "appos" and root.head.lower_ in ROLE_WORDS and root.head.i < body.start:
        return True
    before = body.doc[body.start - 1] if body.start > 0 else None
    return before is not None and before.is_lower and before.lower_ in ROLE_WORDS


def _cut_at_dash(ent: Span, body: Span) -> Span | None:
    """'Sirajuddin Haqqani - Interior', 'Jose Cruz a.k.a. Ka Leo': a spaced dash or an
    'also known as' ends a name; what follows is a role, another column, another name."""
    for token in body[1:]:
        spaced = token.doc[token.i - 1].whitespace_ and token.whitespace_
        dash = token.is_punct and token.text in ("-", "–", "—", "|") and spaced
        if dash or token.lower_ in ALIAS_MARKS:
            return Span(ent.doc, body.start, token.i, label=ent.label_)
    if body[0].lower_ in ALIAS_MARKS:
        return None
    return ent


def _people_by_discourse(ents: list[Span]) -> list[Span] | None:
    """One name, one kind within an article: an 'organisation' that the article elsewhere
    names as a person ('Hassan Nasrallah'), or that is the surname of a person it names in
    full ('Shekau' after 'Abubakar Shekau'), is that person; unless the text calls it a
    group where it stands ('the Maute group'); a 'place' or 'date' written as a person it
    names in full is that person too. None when nothing changes."""
    full, surnames, families = set(), set(), set()
    for ent in ents:
        if ent.label_ == "PERSON" and not ent.kb_id_:
            body = _without_article(ent)
            full.add(body.text)
            if len(body) > 1 and body[-1].is_title:
                surnames.add(body[-1].text)
        elif ent.label_ == "ORG" and len(ent) == 2 and ent[1].lower_ in BODY_NOUNS_AFTER_NAMES:
            families.add(ent[0].text)  # 'the Smith group': 'John Smith' is one of the Smiths
    if not full and not families:
        return None
    changed = False
    result = []
    for ent in ents:
        if (
            ent.label_ in PERSON_MISREAD_LABELS
            and not ent.kb_id_
            and _person_named(ent, full, surnames)
        ):
            ent = Span(ent.doc, ent.start, ent.end, label="PERSON")  # 'Ocalan' is no place
            changed = True
        elif ent.label_ == "ORG" and not ent.kb_id_:
            body = _without_article(ent)
            named = body.text in full or (len(body) == 1 and body.text in surnames)
            named = named or _member_of_family(body, families)
            if named and not said_to_be_organisation(body):
                ent = Span(ent.doc, body.start, body.end, label="PERSON")
                changed = True
            elif _two_surnames(body, surnames | full):
                # 'the deaths of Smith and Jones': two people the text named in full
                result += [Span(ent.doc, t.i, t.i + 1, label="PERSON") for t in (body[0], body[2])]
                changed = True
                continue
        result.append(ent)
    return result if changed else None


def _person_named(ent: Span, full: set[str], surnames: set[str]) -> bool:
    """A 'place' or 'date' written as a person the article names ('Ocalan' after 'Abdullah
    Ocalan'): that person, unless it is a place the gazetteer knows and nothing where it
    stands shows a person (the subject of 'said')."""
    # only a full name of two words or more vouches for a person: a lone 'Kasindi' the
    # model once read as a person ('Kasindi resident X') says nothing
    named = ent.text in surnames if len(ent) == 1 else ent.text in full
    if not named or not all(token.is_title or not token.is_alpha for token in ent):
        return False
    root = ent.root
    speaks = root.dep_ == "nsubj" and root.head.lemma_ in SAYING_VERBS
    return speaks or not _place_named(ent, PLACE_KINDS)


def _two_surnames(body: Span, names: set[str]) -> bool:
    return (
        len(body) == 3
        and body[1].lower_ == "and"
        and body[0].text in names
        and body[2].text in names
        and body[0].is_title
        and body[2].is_title
    )


def _join_defined_parts(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """'Islamic State' + 'West African Province' + '(ISWAP)': names side by side that
    together spell the known acronym in brackets after them are one name, that acronym's
    entity. None when nothing is joined."""
    by_end = {ent.end: ent for ent in ents}
    by_start = {ent.start: ent for ent in ents}
    replaced: dict[int, Span] = {}  # start of the first part -> the whole name
    for paren in text_positions(doc, OPENING_BRACKETS):
        if not 1 <= paren < len(doc) - 2 or doc[paren + 2].text != ")":
            continue
        short = by_start.get(paren + 1)
        if short is None or not short.kb_id_ or short.label_ != "ORG" or len(short) != 1:
            continue
        parts: list[Span] = []
        end = paren
        while end in by_end and len(parts) < 4 and by_end[end].label_ in NAMED_PART_LABELS:
            parts.insert(0, by_end[end])
            end = parts[0].start
            whole = doc[end:paren]
            if len(parts) > 1 and spells(short.text, whole.text):
                first = whole[0]
                if first.text[:1].lower() == short.text[:1].lower():
                    name = Span(doc, end, paren, label="ORG", kb_id=short.kb_id_)
                    replaced.update((part.start, name) for part in parts)
                    break
    if not replaced:
        return None
    joined: list[Span] = []
    for ent in ents:
        name_here = replaced.get(ent.start)
        if name_here is None:
            joined.append(ent)
        elif not joined or joined[-1] != name_here:
            joined.append(name_here)
    return joined


def _member_of_family(body: Span, families: set[str]) -> bool:
    """'John Smith' where the text names 'the Smith group': a person of that family."""
    return (
        2 <= len(body) <= 3
        and body[-1].text in families
        and all(token.is_alpha and token.is_title for token in body)
        and not any(token.lower_ in ORG_NAME_WORDS for token in body)
    )


def _join_cut_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """Put back together names the model cut: "Lord's" + 'Resistance Army', 'Communist
    Party' + 'of the Philippines', "Jama'at Nusrat al-Islam" + 'wal-Muslimin'; None when
    nothing was cut."""
    joined: list[Span] = []
    changed = False
    by_start = {ent.start: ent for ent in ents}
    taken: set[int] = set()
    for ent in ents:
        if ent.start in taken:
            continue
        span = ent
        while span.label_ in ACTOR_LABELS and not span.kb_id_:
            longer = _with_particles(doc, span, by_start, taken)
            if longer is span:
                break
            span = longer
        if span.label_ == "PERSON" and not span.kb_id_:
            span = _with_next_name(doc, span, by_start, taken)
        if span.label_ == "ORG" and not span.kb_id_:
            span = _with_possessor(doc, span)
            span = _with_country(doc, span, by_start, taken)
        changed = changed or span is not ent
        joined.append(span)
    return joined if changed else None


def _with_particles(doc: Doc, ent: Span, by_start: dict[int, Span], taken: set[int]) -> Span:
    """'Jabhat Nur al-Islah' + ' wal-Tajdid', 'Musa Ag' + ' Tanor', "Varland's Survey
    and" + ' Mapping Office': a name goes on over its joining particles and connectors to the
    capitalised word after them."""
    end = ent.end
    while end < len(doc) and (
        (doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower)
        or (doc[end].text in HYPHENS and _is_hyphen_joint(doc, end))
    ):
        end += 1
    cut_at_joint = ent[-1].lower_ in NAME_PARTICLES | CONNECTORS and len(ent) > 1
    if (end == ent.end and not cut_at_joint) or end >= len(doc) or not _is_name_word(doc[end]):
        return ent
    label = ent.label_
    following = by_start.get(end)
    if following is not None:
        if following.kb_id_ or following.label_ not in ACTOR_LABELS:
            return ent
        taken.add(following.start)
        person_joint = ent[-1].lower_ in NAME_PARTICLES or doc[end - 1].lower_ in NAME_PARTICLES
        organisation = any(t.lower_ in ORG_NAME_WORDS for t in ent)
        if following.label_ == "PERSON" and person_joint and not organisation:
            label = "PERSON"  # 'Iyad Ag' + 'Ghaly'
        end = following.end
    else:
        while end < len(doc) and _is_name_word(doc[end]) and end not in by_start:
            end += 1
    return Span(doc, ent.start, end, label=label)


def _with_next_name(doc: Doc, ent: Span, by_start: dict[int, Span], taken: set[int]) -> Span:
    """'Abd-Rabbu' + 'Mansour Hadi': a hyphenated given name the model left on its own
    begins the person named right after it."""
    following = by_start.get(ent.end)
    if following is None or following.label_ != "PERSON" or following.kb_id_:
        return ent
    if not any(_is_hyphen_joint(doc, token.i) for token in ent[1:-1]) or ent.end - ent.start > 3:
        return ent
    taken.add(following.start)
    return Span(doc, ent.start, following.end, label="PERSON")


def _with_possessor(doc: Doc, ent: Span) -> Span:
    """'Lord’s Resistance Army': a capitalised word that is no entity of its own, with
    a possessive ending, begins the name."""
    start = ent.start
    if start < 2 or doc[start - 1].lower_ not in ("'s", "’s"):
        return ent
    owner = doc[start - 2]
    if not owner.is_title or owner.ent_type_ or doc[start - 2].whitespace_:
        return ent
    if start >= 3 and doc[start - 3].is_title and not doc[start - 3].is_sent_start:
        return ent  # 'President Smith's Security Council': a longer owner
    if owner.pos_ != "PROPN" or owner.lower_ in ROLE_WORDS:
        return ent
    return Span(doc, start - 2, ent.end, label=ent.label_)


def _with_country(doc: Doc, ent: Span, by_start: dict[int, Span], taken: set[int]) -> Span:
    """'Communist Party' + 'of the Philippines': an organisation's name that ends in a
    word for a body goes on over 'of (the) <place>'."""
    if ent.end + 1 >= len(doc):
        return ent
    if ent[-1].lower_ == "of" and len(ent) > 1:
        at = ent.end  # 'Police Service of' + 'Northern Ireland'
    elif ent[-1].lower_ in ORG_NAME_WORDS and doc[ent.end].lower_ == "of":
        at = ent.end + 1
    else:
        return ent
    if doc[at].lower_ == "the":
        at += 1
    place = by_start.get(at) or by_start.get(ent.end + 1)
    if place is None or place.label_ not in ("GPE", "LOC"):
        return ent
    taken.add(place.start)
    return Span(doc, ent.start, place.end, label=ent.label_)


def glued_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The longer name a match is glued into by hyphens ('Tehrik-e Taliban Pakistan'
    around 'Taliban', 'IS-GS' around 'IS'), as (start, end); None when it stands alone.
    Lower-case compounds ('pro-Taliban', 'IS-linked') are not names."""
    glued_before = start >= 2 and (
        (_is_hyphen_joint(doc, start - 1) and _is_name_word(doc[start - 2]))
        or (
            doc[start - 1].lower_ in NAME_PARTICLES
            and start >= 3
            and _is_hyphen_joint(doc, start - 2)
            and _is_name_word(doc[start - 3])
        )
    )
    glued_after = end + 1 < len(doc) and _is_hyphen_joint(doc, end) and doc[end + 1].is_upper
    glued_after = glued_after or (
        end + 1 < len(doc) and _is_hyphen_joint(doc, end) and doc[end + 1].is_title
    )
    if not (glued_before or glued_after):
        return None
    while start > 0 and _continues_name(doc, start - 1):
        start -= 1
    while end < len(doc) and _continues_name(doc, end):
        end += 1
    while doc[start].text in HYPHENS or doc[start].lower_ in NAME_PARTICLES:
        start += 1  # a name begins and ends with a word of its own
    while doc[end - 1].text in HYPHENS or doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    return (start, end) if end - start > 1 else None


def _body_noun_positions(doc: Doc) -> list[int]:
    """Where the document writes a noun for a kind of body, before or after a name."""
    return lower_positions(doc, ALL_BODY_NOUNS)


def _names_after_body_nouns(doc: Doc, ents: list[Span], nouns: list[int]) -> list[Span] | None:
    """'the breakaway rebel group New Dawn', 'the rock band Paper Lanterns': the name
    right after a noun for a kind of body is that body's, whether the model missed it or
    took it for a person or a place. None when nothing changes. ``nouns``: where the
    document writes a body noun (``_body_noun_positions``)."""
    if not nouns:
        return None
    added: list[Span] = []
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    for at in nouns:
        noun = doc[at]
        if noun.lower_ not in BODY_NOUNS or noun.i + 1 >= len(doc) or noun.i in by_token:
            continue
        start = noun.i + 1
        set_off = doc[start].text == "," and start + 1 < len(doc)
        start += 1 if set_off else 0  # 'the terrorist organisation, X': X in apposition
        called = doc[start].lemma_.lower() in NAMING_PARTICIPLES and doc[start].tag_ == "VBN"
        if called:  # 'a group called X', 'a movement known as X'
            start += 2 if start + 1 < len(doc) and doc[start + 1].lower_ == "as" else 1
        end = start
        while end < len(doc) and (
            (_is_name_word(doc[end]) and doc[end].pos_ == "PROPN")
            or (doc[end].text in HYPHENS and _is_hyphen_joint(doc, end))
            or (doc[end].lower_ in NAME_PARTICLES and doc[end - 1].text in HYPHENS)
            or (  # 'the group Wolves for Hire'
                end > start
                and doc[end].lower_ in INNER_NAME_WORDS
                and end + 1 < len(doc)
                and _is_name_word(doc[end + 1])
                and doc[end + 1].ent_type_ in RETYPED_LABELS | {""}
            )
        ):
            end += 1
        if end <= start or doc[end - 1].text in HYPHENS or doc[start].is_sent_start:
            continue
        name = doc[start:end]
        if set_off and (called or _owned_by_noun(noun) or not _set_off_name_ends(doc, end)):
            continue
        if not set_off and not called and not _named_by(noun, name):
            continue
        covering = {by_token[i] for i in range(name.start, name.end) if i in by_token}
        if any(ent.kb_id_ or ent.label_ not in RETYPED_LABELS for ent in covering):
            continue  # a known name, or a date: 'the group Tuesday'
        if any(_covers(ent, name) and ent.label_ == "ORG" for ent in covering):
            continue  # already a name of a body
        if _is_belief_or_nation(name):
            continue
        added.append(Span(doc, name.start, name.end, label="ORG"))
    return _with_added(ents, added)


def _names_before_body_nouns(doc: Doc, ents: list[Span], nouns: list[int]) -> list[Span] | None:
    """'the ISIS-inspired Smith group', 'the Tabligh Jamaat movement': capitalised words right
    before a lower-case noun for a body name that body, whether the model missed them or
    took them for a person. A one-word name keeps its noun ('Smith group'): alone it would
    be a family's name. None when nothing changes. ``nouns`` as for
    ``_names_after_body_nouns``."""
    if not nouns:
        return None
    added: list[Span] = []
    by_token = {i: ent for ent in ents for i in range(ent.start, ent.end)}
    for at in nouns:
        noun = doc[at]
        if noun.lower_ not in BODY_NOUNS_AFTER_NAMES or not noun.is_lower or noun.i < 2:
            continue
        if noun.i in by_token:
            continue
        end = noun.i
        start = end
        sentence_start = noun.sent.start
        while start > sentence_start and (
            (_is_name_word(doc[start - 1]) and doc[start - 1].pos_ == "PROPN")
            or (doc[start - 1].text in HYPHENS and _is_hyphen_joint(doc, start - 1))
            or (doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 2].text in HYPHENS)
        ):
            start -= 1
        while start < end and not _is_name_word(doc[start]):
            start += 1  # a name begins with a word of its own
        if start == end or doc[start].is_sent_start or _is_hyphen_joint(doc, start - 1):
            continue  # a sentence's first word, or the end of 'ISIS-inspired'
        name = doc[start:end]
        covering = {by_token[i] for i in range(name.start, name.end) if i in by_token}
        if any(ent.kb_id_ or ent.label_ not in RETYPED_LABELS for ent in covering):
            continue  # 'the Islamic State group': a known name
        if any(ent.start < name.start or ent.end > name.end for ent in covering):
            continue  # part of a longer name
        lowers = " ".join(token.lower_ for token in name)
        if lowers in NOT_ACTORS or all(token.lower_ in ROLE_WORDS for token in name):
            continue  # 'a Telegram group'
        if _is_belief_or_nation(name) or _place_named(name, PLACE_KINDS):
            continue  # 'the Sunni group', 'the Kabul cell'
        if len(name) == 1:
            name = doc[start : end + 1]
        if any(
            ent.label_ == "ORG" and ent.start == name.start and ent.end == name.end
            for ent in covering
        ):
            continue
        added.append(Span(doc, name.start, name.end, label="ORG"))
    return _with_added(ents, added)


def _owned_by_noun(noun: Token) -> bool:
    """'the leader of the group, X': the name set off after it may be the leader's."""
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ in ("NOUN", "PROPN")


def _set_off_name_ends(doc: Doc, end: int) -> bool:
    """Whether a name set off by a comma after a body noun ends there as an apposition
    does ('the organisation, X, ...', 'the organisation, X and its leader'), rather than
    starting a clause ('the band, X said')."""
    if end >= len(doc) or doc[end].text in APPOSITION_ENDS:
        return True
    return doc[end].lower_ == "and" and end + 1 < len(doc) and not _is_name_word(doc[end + 1])


def _covers(ent: Span, name: Span) -> bool:
    return ent.start <= name.start and ent.end >= name.end


def _named_by(noun: Token, name: Span) -> bool:
    """Whether the parse ties the name to the noun before it: as its head ('the group X'),
    in apposition to it, or as the parse's second subject of the same verb."""
    root = name.root
    return root.i == noun.head.i or noun.i == root.head.i or root.head.i == noun.head.i


def _with_added(ents: list[Span], added: list[Span]) -> list[Span] | None:
    """The entities with new ones in place of those they overlap; None when none is new."""
    if not added:
        return None
    kept = [ent for ent in ents if not any(_overlap(ent, body) for body in added)]
    return sorted([*kept, *added], key=lambda span: span.start)


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _is_hyphen_joint(doc: Doc, i: int) -> bool:
    """A hyphen with no space on either side."""
    return doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper)


def _continues_name(doc: Doc, i: int) -> bool:
    token = doc[i]
    if _is_name_word(token) and not token.is_sent_start:
        return True
    if token.text in HYPHENS:
        return i > 0 and _is_hyphen_joint(doc, i)
    return token.lower_ in NAME_PARTICLES and token.is_lower


def make_entity_hygiene(nlp: Language, name: str, ontology_path: str | None) -> EntityHygiene:
    from dossier.knowledge.ontology import load_ontology

    return EntityHygiene(nlp, load_ontology(ontology_path))
