"""`dossier ask` and `dossier explain`: cited answers from the knowledge base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from dossier.cli.output import DbOption, JsonOption, console, open_kb, print_json, reports_errors

if TYPE_CHECKING:
    from dossier.answer.answers import Answer


def answer_json(answer: Answer) -> dict[str, object]:
    # the lexicons are read when an answer is printed: other commands start without YAML
    from dossier.knowledge.lexicons import lexicon, phrases

    citations = [
        {"document_id": c.document_id, "quote": c.quote, "start": c.start, "end": c.end}
        for c in answer.citations
    ]
    values = (answer.question, answer.answer, answer.verdict, citations, answer.claims)
    return dict(zip(phrases(lexicon("exports"), "cli_answer"), values, strict=True))


def print_answer(answer: Answer) -> None:
    from dossier.knowledge.lexicons import lexicon

    verdict = answer.verdict
    verdict_styles = lexicon("terminal")["verdict_styles"]
    label = f"  [{verdict_styles.get(verdict or '', 'dim')}]({verdict})[/]" if verdict else ""
    console.print(f"[bold]{escape(answer.answer)}[/]{label}", markup=True)
    for number, citation in enumerate(answer.citations, start=1):
        # a sentence the answer already quotes is referenced, not printed twice
        quote = "" if citation.quote in answer.answer else f" “{escape(citation.quote)}”"
        console.print(
            f"  [dim][{number}] {citation.document_id} {citation.start}-{citation.end}[/]{quote}",
            markup=True,
        )


@reports_errors
def ask_command(
    question: Annotated[str, typer.Argument(help="A plain question, in quotes.")],
    db: DbOption = "dossier.db",
    as_json: JsonOption = False,
) -> None:
    """Answer a question with citations; says when sources disagree, never invents."""
    from dossier.answer.answers import ask  # imported when used: --help stays fast

    with open_kb(db) as kb:
        answer = ask(kb, question)
    if as_json:
        print_json(answer_json(answer))
    else:
        print_answer(answer)


@reports_errors
def explain_command(
    name: Annotated[str, typer.Argument(help="An entity's name, alias or id.")],
    db: DbOption = "dossier.db",
    as_json: JsonOption = False,
) -> None:
    """The questions a reader asks about an entity, answered with citations."""
    from dossier.answer.explain import explain

    with open_kb(db) as kb:
        answers = explain(kb, name)
    if as_json:
        print_json([answer_json(answer) for answer in answers])
        return
    for answer in answers:
        console.print(f"\n[bold cyan]{escape(answer.question)}[/]", markup=True)
        print_answer(answer)
