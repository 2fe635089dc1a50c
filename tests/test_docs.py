"""Docs are tested too: every CLI command is documented in the README, and the README shows the two commands."""

from __future__ import annotations

import re

import pytest
from typer.main import get_command

from conftest import ROOT


def _commands() -> list[str]:
    from wirecoder.cli import load_commands

    group = get_command(load_commands())
    return sorted(group.commands)


def test_docs_readme_starts_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = readme[:3000]
    assert "make demo" in top and "make test" in top


def test_docs_every_cli_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands() if not re.search(rf"wirecoder {c}\b", readme)]
    assert not missing, f"commands not documented in README.md: {missing}"


def test_docs_every_setting_env_var_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src" / "wirecoder").rglob("*.py"))
    env_vars = set(re.findall(r"\b(WIRECODER_[A-Z_]+)\b", sources))
    missing = sorted(v for v in env_vars if v not in readme)
    assert not missing, f"environment variables not documented in README.md: {missing}"


def test_docs_cli_reference_is_current():
    """docs/cli.md is what ``scripts/gen_cli_docs.py`` writes from the commands as they are now."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == module.render(), "docs/cli.md is stale: run `make docs` (python scripts/gen_cli_docs.py)"


def test_docs_cli_reference_lists_every_command_and_option():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    from wirecoder.cli import load_commands

    group = get_command(load_commands())
    for name, command in group.commands.items():
        assert f"## `wirecoder {name}`" in text
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-"):
                    assert f"`{opt}`" in text, f"wirecoder {name} {opt} is not in docs/cli.md"


def _readme_block(marker: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(marker)
    return readme[start : readme.index("```", start)].splitlines()


@pytest.mark.slow
def test_docs_readme_seed_output_is_what_the_coder_prints():
    """Every line of the README's seed excerpt (but the elisions) is printed, in that order."""
    import os
    import subprocess
    import sys

    from conftest import seed_path

    seed = seed_path()
    block = _readme_block("$ COLUMNS=100 .venv/bin/wirecoder code ../shared/examples/seed-article.txt")
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "wirecoder", "code", "../shared/examples/seed-article.txt"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert seed.exists()
    printed = [line.rstrip() for line in proc.stdout.decode().splitlines()]
    at = 0
    for line in block[1:]:
        if line.strip() == "…":
            continue
        found = printed.index(line.rstrip(), at)  # ValueError names the line that is not printed
        at = found + 1
