"""A head count's earlier figure, set after the current one:

    X has between 200 and 400 members, down from 1,250 in 2000
    X can muster 20,000 fighters, up from a previous figure of 10,000

The earlier figure is a head count of its own, of its own time: the date inside the 'from'
phrase, or none (never the current figure's date). Which adverbs say a change ('up',
'down') and which nouns stand for a figure ('a previous figure of N') are data
(``earlier_figures`` in lexicons/claims.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dossier.extract.context import DocContext
from dossier.extract.sentences import preposition_objects
from dossier.knowledge.lexicons import lexicon, words
from dossier.model import Range, TimeSpan
from dossier.model.quantities import parse_quantity

_LEXICON = lexicon("claims")["earlier_figures"]
CHANGE_ADVERBS = words(_LEXICON, "change_adverbs")
FIGURE_NOUNS = words(_LEXICON, "figure_nouns")
NOT_COUNTS = ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL")


@dataclass(frozen=True, slots=True)
class EarlierFigure:
    count: Range
    phrase: str  # 'down from 1,250 in 2000'
    time: TimeSpan | None


def earlier_figures(cue: Token, context: DocContext) -> list[EarlierFigure]:
    """The earlier figures a change adverb on the count's verb (or noun) gives."""
    found: list[EarlierFigure] = []
    for adverb in cue.children:
        if adverb.dep_ != "advmod" or adverb.lower_ not in CHANGE_ADVERBS:
            continue
        for obj in preposition_objects(adverb, "from"):
            number = _figure(obj)
            count = parse_quantity(number.text) if number is not None else None
            if count is None:
                continue
            phrase = adverb.doc[adverb.left_edge.i : adverb.right_edge.i + 1].text
            found.append(EarlierFigure(count, phrase, _time_of(adverb, context)))
    return found


def _figure(obj: Token) -> Token | None:
    """The number of a 'from' phrase: '1,250', or 'a previous figure [of 10,000]'."""
    if obj.pos_ == "NUM" and obj.ent_type_ not in NOT_COUNTS:
        return obj
    if obj.lemma_.lower() in FIGURE_NOUNS or obj.lower_ in FIGURE_NOUNS:
        for number in preposition_objects(obj, "of"):
            if number.pos_ == "NUM" and number.ent_type_ not in NOT_COUNTS:
                return number
    return None


def _time_of(adverb: Token, context: DocContext) -> TimeSpan | None:
    """The date said inside the change phrase: 'down from 1,250 [in 2000]'."""
    return context.date_in(adverb.doc[adverb.left_edge.i : adverb.right_edge.i + 1])
