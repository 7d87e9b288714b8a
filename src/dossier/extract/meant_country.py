"""The country 'the country' means: the one the passage last named.

    Militants attacked the stock exchange in the Pakistani city of Karachi. ... the group
    has hit targets across the country        -> Pakistan
    ... in north-central Burkina Faso. ... seize territory in the troubled West African
    country                                   -> Burkina Faso

News names a country once and then calls it 'the country'. The last country named,
by its name or its nationality word ('Pakistani'), within a few sentences before the
phrase, is the one it means; a phrase that names its own country ('the country of X'),
one in a sentence that names a country itself, or one said before any country was named
means none.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.context import DocContext, country_of_demonym
from dossier.knowledge.gazetteer import get_gazetteer
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef
from dossier.model.names import clean_name

_LEXICON = lexicon("claims")
# the nouns 'the country' is said with ('the country', 'the nation')
COUNTRY_ANAPHORS = words(_LEXICON, "country_anaphors")
LOOK_BACK_WORDS = 160  # about five sentences of news prose
PLACE_LABELS = ("GPE", "LOC")


def meant_country(word: Token, context: DocContext) -> EntityRef | None:
    """The country 'the country' (``word`` its noun) stands for, or None."""
    if word.lower_ not in COUNTRY_ANAPHORS or word.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return None  # 'a country', 'every country': no one country
    if any(c.dep_ in ("poss", "appos") or c.lower_ == "of" for c in word.children):
        return None  # 'the country of X', "the country's": named or owned on the spot
    doc = word.doc
    sentence = word.sent
    if any(
        _country_named(e.label_, clean_name(e.text))
        for e in context.ents_in(doc[sentence.start : word.i])
    ):
        return None  # the sentence names the country itself, and the frames read that name
    start = max(0, sentence.start - LOOK_BACK_WORDS)
    for ent in reversed(context.ents_in(doc[start : sentence.start])):
        country = _country_named(ent.label_, clean_name(ent.text))
        if country is not None:
            return context.place_ref(country)
    return None


def _country_named(label: str, name: str) -> str | None:
    if label == "NORP":
        return country_of_demonym(name)
    if label not in PLACE_LABELS or not name:
        return None
    place = get_gazetteer().lookup(name, kinds=("country",))
    if place is None or place.name.casefold() != name.casefold():
        return None
    return place.name
