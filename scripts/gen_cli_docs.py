"""Write docs/cli.md, the command-line reference, from the command line's own definitions.

    python scripts/gen_cli_docs.py            # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check    # exit 1 when docs/cli.md is not what the code says

The page walks the Click command tree that Typer builds (every command and sub-command, its arguments
and options with their help and defaults), so it cannot drift from the code: tests/test_docs.py fails
when it is stale. Nothing here depends on the terminal's width.
"""

from __future__ import annotations

import argparse
import sys
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from typer.main import get_command

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "cli.md"

HEADER = """# Command-line reference

Generated from the command definitions by `scripts/gen_cli_docs.py` (run `make docs` after changing a
command; `tests/test_docs.py` fails when this page is stale). `wirecoder COMMAND --help` prints the same.
"""

# How a parameter's Python type reads in the table.
_TYPE_WORDS = {str: "text", int: "integer", float: "number", Path: "path", bool: "flag"}


def _cell(text: str) -> str:
    """Text fit for one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _is_option(param: Any) -> bool:
    return any(o.startswith("-") for o in param.opts)


def _annotation(param: Any) -> Any:
    """The parameter's Python type, without ``| None`` and with a list's item type."""
    kind = param.type_descriptor.annotation
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if typing.get_origin(kind) in (list, tuple):
        return args[0] if args else str
    if args and typing.get_origin(kind) is not None:
        return args[0]
    return kind


def _kind(param: Any) -> str:
    if getattr(param, "count", False):
        return "counter"
    kind = _annotation(param)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return " \\| ".join(str(m.value) for m in kind)
    word = _TYPE_WORDS.get(kind, getattr(kind, "__name__", str(kind)).lower())
    return f"{word} ..." if param.multiple or param.nargs == -1 else word


def _default(param: Any) -> str:
    """The default as a user would type it, or "" when there is none worth showing."""
    value = param.default
    if value is None or callable(value) or value in ((), []) or getattr(param, "is_flag", False):
        return ""
    if isinstance(value, Enum):
        value = value.value
    return f"`{value}`"


def _names(param: Any) -> str:
    if _is_option(param):
        return ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    return f"`{(param.name or '').upper()}`"


def _usage(command: Any, path: str) -> str:
    pieces = [path, "[OPTIONS]"]
    for p in command.params:
        if _is_option(p) or getattr(p, "hidden", False):
            continue
        word = (p.name or "").upper() + ("..." if p.nargs == -1 else "")
        pieces.append(word if p.required else f"[{word}]")
    if getattr(command, "commands", None):
        pieces.append("COMMAND [ARGS]...")
    return " ".join(pieces)


def _section(command: Any, path: str, level: int) -> list[str]:
    """The Markdown for ``command`` (called ``path``) and, for a group, its sub-commands."""
    lines = [f"{'#' * level} `{path}`", ""]
    help_text = (command.help or "").strip()
    if help_text:
        lines += [help_text.split("\n\n")[0].replace("\n", " "), ""]
    lines += ["```", _usage(command, path), "```", ""]
    params = [p for p in command.params if not getattr(p, "hidden", False)]
    if params:
        lines += ["| argument or option | type | default | what it does |", "|---|---|---|---|"]
        for p in params:
            help_cell = _cell(p.help or "")
            if p.required:
                help_cell = f"(required) {help_cell}".strip()
            lines.append(f"| {_names(p)} | {_kind(p)} | {_default(p)} | {help_cell} |")
        lines.append("")
    subcommands = getattr(command, "commands", {})
    for name in sorted(subcommands):
        if not subcommands[name].hidden:
            lines += _section(subcommands[name], f"{path} {name}", level + 1)
    return lines


def render() -> str:
    """The whole page, as the current code defines the commands."""
    from wirecoder.cli import load_commands

    root: Any = get_command(load_commands())
    lines = [HEADER]
    lines += [f"- [`wirecoder {name}`](#wirecoder-{name})" for name in sorted(root.commands)]
    lines.append("")
    for name in sorted(root.commands):
        lines += _section(root.commands[name], f"wirecoder {name}", 2)
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when docs/cli.md is stale; write nothing")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
