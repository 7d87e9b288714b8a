"""The model reads the stored text with soft line wraps and citation marks blanked, one
character for one, so wrapped sentences are read whole and offsets still point at the
stored text."""

from __future__ import annotations

from spacy.language import Language

from dossier.annotate.pipeline import annotate_documents
from dossier.annotate.text_view import model_view
from dossier.read.documents import make_document

# a plain-text bulletin wrapped at about 60 characters, with a heading and a list line
WRAPPED = (
    "Coastal Watch bulletin\n"
    "The River Delta Front said on Tuesday that its fighters had\n"
    "taken the harbour town of Saltmere after a week of shelling.\n"
    "Residents told reporters that the group had been founded by\n"
    "Maren Oduya in 2011 and now counts about 900 armed members,\n"
    "most of them recruited from fishing villages along the coast.\n"
    "Officials in the capital said talks with the movement would\n"
    "resume once the shelling stopped.\n"
    "Key dates\n"
    "2011: founded.\n"
)


def test_soft_wraps_become_spaces_and_line_ends_stay() -> None:
    view = model_view(WRAPPED)
    assert len(view) == len(WRAPPED)
    assert "its fighters had taken the harbour town" in view
    assert "founded by Maren Oduya in 2011" in view
    # a heading, a sentence's end and a short last line keep their line breaks
    assert view.startswith("Coastal Watch bulletin\n")
    assert "shelling.\nResidents" in view
    assert "stopped.\nKey dates\n2011: founded.\n" in view


def test_prose_with_lines_of_any_length_is_left_alone() -> None:
    text = "Short line.\nAnother line that is a paragraph of its own\nThird\n" * 3
    assert model_view(text) == text


def test_citation_marks_are_blanked_but_brackets_in_prose_are_not() -> None:
    text = "The movement had 400 members,[12] mostly young men.[3][4] It said [sic] nothing."
    view = model_view(text)
    assert len(view) == len(text)
    assert "members,     mostly young men." in view
    assert "[3]" not in view and "[4]" not in view
    assert "[sic]" in view


def test_a_wrapped_sentence_is_one_sentence_at_the_stored_offsets(nlp: Language) -> None:
    document = make_document(WRAPPED, origin="test")
    [annotated] = annotate_documents(nlp, [document])
    sentences = [WRAPPED[s.start : s.end] for s in annotated.sentences]
    assert (
        "Residents told reporters that the group had been founded by\n"
        "Maren Oduya in 2011 and now counts about 900 armed members,\n"
        "most of them recruited from fishing villages along the coast."
    ) in sentences
    assert "Key dates" in sentences
    for mention in annotated.mentions:
        assert WRAPPED[mention.start : mention.end].replace("\n", " ") == mention.text
