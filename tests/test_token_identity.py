"""spaCy may build a new Token object on each access (a parsed sentence's root gave ``tok.head is tok`` False),
so code that asks whether a token is its sentence's root, or whether two tokens are one, compares indexes."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "wirecoder"
HEAD_IDENTITY = re.compile(r"\.head\s+is\s+(not\s+)?\w")


def test_no_head_is_comparison_in_the_package() -> None:
    found = [
        f"{path.relative_to(SRC)}:{n}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEAD_IDENTITY.search(line) and "None" not in line
    ]
    assert not found, "compare tokens by index, not identity:\n" + "\n".join(found)
