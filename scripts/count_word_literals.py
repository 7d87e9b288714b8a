"""Count extraction knowledge left in code: lower-case word strings in list, tuple,
set or dict literals of five or more such words, per module under src/dossier.

    python scripts/count_word_literals.py [SRC]        # total and the ten largest modules
"""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from pathlib import Path

WORD = re.compile(r"[a-z][a-z'’\- ]*")
MIN_WORDS = 5


def words_in(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Dict):
        items = [*node.keys, *node.values]
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items = list(node.elts)
    else:
        return []
    return [
        item.value
        for item in items
        if isinstance(item, ast.Constant)
        and isinstance(item.value, str)
        and WORD.fullmatch(item.value)
    ]


def count(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    total = 0
    for node in ast.walk(tree):
        found = words_in(node)
        if len(found) >= MIN_WORDS:
            total += len(found)
    return total


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "src/dossier")
    per_module = Counter({str(p.relative_to(root)): count(p) for p in root.rglob("*.py")})
    print(f"{sum(per_module.values())} word strings in literals of {MIN_WORDS}+ words")
    for module, number in per_module.most_common():
        if number:
            print(f"  {number:4d}  {module}")


if __name__ == "__main__":
    main()
