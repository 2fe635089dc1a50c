"""Docs are tested too: every CLI command is documented in the README, and the README shows the two commands."""

from __future__ import annotations

import re

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
