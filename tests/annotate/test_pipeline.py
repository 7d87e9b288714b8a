from spacy.language import Language

from dossier.annotate import chunks
from dossier.annotate.pipeline import annotate_documents, plain_sentences, shared_pipeline
from dossier.model import AnnotatedDocument
from dossier.read.documents import make_document


def annotate_one(nlp: Language, text: str, **kwargs: int) -> AnnotatedDocument:
    document = make_document(text, origin="test")
    [annotated] = annotate_documents(nlp, [document], **kwargs)
    return annotated


def test_pipeline_carries_dossier_components(nlp: Language) -> None:
    assert nlp.pipe_names.index("dossier_line_breaks") < nlp.pipe_names.index("parser")


def test_headings_on_their_own_line_are_their_own_sentences(nlp: Language) -> None:
    text = "Where are ISIS-K based?\n\nThey are based in the east near Nangarhar province."
    annotated = annotate_one(nlp, text)
    sentences = [text[s.start : s.end] for s in annotated.sentences]
    assert sentences == [
        "Where are ISIS-K based?",
        "They are based in the east near Nangarhar province.",
    ]


def test_mention_offsets_point_at_their_text(nlp: Language) -> None:
    text = "Khalil Haqqani met officials in Kabul on Sunday. The Taliban took Kandahar."
    annotated = annotate_one(nlp, text)
    mentions = annotated.mentions
    assert {(m.text, m.label) for m in mentions} >= {("Kabul", "GPE"), ("Kandahar", "GPE")}
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        sentence = annotated.sentences[mention.sentence_index]
        assert sentence.start <= mention.start < mention.end <= sentence.end


def test_long_documents_are_read_in_pieces_with_offsets_kept(nlp: Language) -> None:
    paragraph = "Officials said fighters attacked a checkpoint in Kabul on Monday."
    text = "\n\n".join(f"{paragraph} Report number {n}." for n in range(60))
    document = make_document(text, origin="long")
    [whole] = annotate_documents(nlp, [document])
    # A tiny piece size forces many pieces; results must match the one-piece run.
    assert len(list(chunks.split_into_chunks(text, 500))) > 10
    [pieced] = annotate_documents(nlp, [document], piece_chars=500)
    assert [(s.start, s.end) for s in pieced.sentences] == [
        (s.start, s.end) for s in whole.sentences
    ]
    kabuls = [m for m in pieced.mentions if m.text == "Kabul"]
    assert len(kabuls) == 60
    assert all(text[m.start : m.end] == "Kabul" for m in kabuls)


def test_text_past_the_limit_is_split_but_not_annotated(nlp: Language) -> None:
    text = "\n\n".join(["Fighters attacked a checkpoint in Kabul on Monday."] * 40)
    annotated = annotate_one(nlp, text, max_chars=300)
    assert all(m.end <= 310 for m in annotated.mentions)
    sentences = annotated.sentences
    assert len(sentences) == 40
    assert [s.index for s in sentences] == list(range(40))
    assert all(text[s.start : s.end].startswith("Fighters") for s in sentences)
    assert any("were annotated" in note for note in annotated.document.notes)


def test_other_languages_get_sentences_and_a_note_but_no_entities(nlp: Language) -> None:
    text = "Le groupe a revendiqué l'attentat de Kaboul. Les autorités ont confirmé le bilan."
    annotated = annotate_one(nlp, text)
    assert annotated.document.lang == "fr"
    assert annotated.mentions == []
    assert len(annotated.sentences) == 2
    assert any("language 'fr'" in note for note in annotated.document.notes)


def test_plain_sentences_offsets() -> None:
    text = "One. Two!\nThree?"
    assert [text[s.start : s.end] for s in plain_sentences(text)] == ["One.", "Two!", "Three?"]


def test_an_acronym_that_spells_a_units_parent_names_the_parent(nlp: Language) -> None:
    text = (
        "Members of the 41st Brigade of the Popular Defence Units (PDU) stormed a "
        "checkpoint on Monday. The PDU was founded in 1998 by Omar Teklu."
    )
    [annotated] = annotate_documents(nlp, [make_document(text, origin="test")])
    subjects = {claim.subject.name for claim in annotated.claims if claim.predicate == "founded"}
    assert subjects == {"Popular Defence Units"}


def test_an_acronym_defined_after_or_names_the_group(nlp: Language) -> None:
    text = (
        "Police blamed a network called Kabir Ummah, or KU, for the raid. "
        "KU was founded in 2004 by Ismail Daud."
    )
    [annotated] = annotate_documents(nlp, [make_document(text, origin="test")])
    subjects = {claim.subject.name for claim in annotated.claims if claim.predicate == "founded"}
    assert subjects == {"Kabir Ummah"}


def test_a_name_after_or_that_does_not_spell_it_is_no_acronym(nlp: Language) -> None:
    text = "The raid was blamed on Kabir Ummah, or ISIS, by officials. ISIS was founded in 2004."
    [annotated] = annotate_documents(nlp, [make_document(text, origin="test")])
    subjects = {claim.subject.name for claim in annotated.claims if claim.predicate == "founded"}
    assert "Kabir Ummah" not in subjects


def test_the_shared_pipeline_is_one_whether_or_not_the_ontology_is_named(
    nlp: Language,
) -> None:
    # 'shared_pipeline()' warms what 'shared_pipeline(None)' (an ingest's runner) uses
    assert shared_pipeline() is shared_pipeline(None) is nlp
