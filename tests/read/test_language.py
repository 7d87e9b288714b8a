import pytest

from dossier.read.language import guess_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group claimed responsibility for the attack on the police station.", "en"),
        ("Le groupe a revendiqué l'attentat contre le poste de police dans la ville.", "fr"),
        ("Die Gruppe hat sich zu dem Anschlag auf die Polizeistation bekannt.", "de"),
        ("El grupo se atribuyó el ataque contra la comisaría de la ciudad.", "es"),
        ("تبنى تنظيم الدولة الإسلامية الهجوم على مركز الشرطة", "ar"),
        ("Группа взяла на себя ответственность за нападение на полицию", "ru"),
    ],
)
def test_guesses_common_news_languages(text: str, expected: str) -> None:
    assert guess_language(text) == expected


def test_too_short_to_tell() -> None:
    assert guess_language("ISIS-K") is None
