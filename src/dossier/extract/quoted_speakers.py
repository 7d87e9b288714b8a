"""Who 'we' is inside a group's quoted statement: the group that says it.

    The PKK said: "It is out of the question for us to target civilians."   us -> PKK
    "We would not target civilians," they said, in a statement.              we -> they

A first person plural inside quotation marks stands for the speaker the sentence names
outside them: the subject of a verb of saying (``attribution: verbs`` of ontology.yaml)
that is an organisation, or 'they'/'it' meaning one. A quote with no group speaking it
('"We are afraid," a resident said') gives 'we' no group.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import EntityRef

_LEXICON = lexicon("claims")
# first person plural pronouns, which in a group's statement stand for the group
SPEAKER_PRONOUNS = words(_LEXICON, "speaker_pronouns")
QUOTE_MARKS = frozenset('"“”')


def quoted_speaker(
    pronoun: Token, context: DocContext, org_of: Callable[[Token], EntityRef | None]
) -> EntityRef | None:
    """The organisation a quoted 'we'/'us' stands for, or None; ``org_of`` reads the
    organisation a speaker's noun phrase names ('the PKK', 'they')."""
    if pronoun.lower_ not in SPEAKER_PRONOUNS:
        return None
    sentence = pronoun.sent
    if pronoun.head.head.pos_ in ("NOUN", "PROPN"):
        # 'out of the question for us to ...': an infinitive hung on a noun, whose sense
        # (and negation) the clause frames cannot read
        return None
    before = sum(1 for word in sentence if word.i < pronoun.i and word.text in QUOTE_MARKS)
    if before % 2 == 0:
        return None  # not inside a quotation
    saying = context.ontology.attribution.get("verbs", frozenset())
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in saying:
            continue
        if _quoted(verb):
            continue  # a verb inside the quotation is the speaker's own words
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if subject.lower_ in SPEAKER_PRONOUNS:
                continue
            ref = org_of(subject)
            if ref is not None and ref.type == "organization":
                return ref
    return None


def _quoted(word: Token) -> bool:
    marks = sum(1 for w in word.sent if w.i < word.i and w.text in QUOTE_MARKS)
    return marks % 2 == 1


def quotation_end(word: Token, end: int) -> int:
    """``end``, or the last word before the quotation mark that closes the quotation
    ``word`` stands in: a list read from inside a quotation ends with it."""
    if not _quoted(word):
        return end
    for later in word.doc[word.i + 1 : end + 1]:
        if later.text in QUOTE_MARKS:
            return later.i - 1
    return end
