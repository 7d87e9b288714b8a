"""Abductions told with a plain verb: 'nearly 300 girls were taken by Islamist terrorists'.

'Take' or 'seize' names a kidnapping only when people are what is taken and an armed
actor is in view: 'took control of the town', 'took part' or police who 'took the
suspects' away are no abduction.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.knowledge.lexicons import lexicon, words

_LEXICON = lexicon("events")
ABDUCTION_VERBS = words(_LEXICON, "abduction_verbs")
TAKEN_PEOPLE = words(_LEXICON, "taken_people")


def takes_people(token: Token, armed: bool) -> bool:
    """Whether a verb tells people taken by an armed actor: its object (or its passive
    subject) is people ('the girls', 'passengers')."""
    if not armed or token.pos_ != "VERB" or token.lemma_.lower() not in ABDUCTION_VERBS:
        return False
    if any(c.dep_ == "prt" for c in token.children):
        return False  # 'took over', 'took away' the town: another meaning
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(word.lemma_.lower() in TAKEN_PEOPLE for word in taken)


__all__ = ["takes_people"]
