"""Every registered CLI command, and every one of its options and arguments, has help text."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main

from rivalgraph.cli import app


def _commands() -> list[tuple[str, Any]]:
    """(name, command) for the root and every command below it, walking groups."""
    root = typer.main.get_command(app)
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        found.append((prefix, command))
        # Typer may bundle its own click: recognise groups by their `commands` mapping.
        subcommands = getattr(command, "commands", None) or {}
        for name, sub in subcommands.items():
            walk(f"{prefix} {name}".strip(), sub)

    walk("", root)
    return found


COMMANDS = _commands()


def test_cli_help_registers_commands() -> None:
    assert {"ingest", "documents"} <= {name for name, _ in COMMANDS}


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n or "rivalgraph" for n, _ in COMMANDS])
def test_cli_help_every_command_and_option_documented(name: str, command: Any) -> None:
    assert (command.help or "").strip(), f"command {name or 'rivalgraph'!r} has no help text"
    for param in command.params:
        if param.name == "help" or getattr(param, "hidden", False):
            continue
        text = getattr(param, "help", None)
        assert text and text.strip(), f"{name or 'rivalgraph'}: {param.name!r} has no help text"
