"""The docs keep up with the command line: every command and option is in the user guide."""

import argparse
from pathlib import Path

from annotator.cli import COMMANDS, build_parser

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


def test_user_guide_documents_every_command_and_option():
    guide = GUIDE.read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(COMMANDS)
    missing = []
    for name, command in sub.choices.items():
        if f"annotator {name}" not in guide:
            missing.append(name)
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option not in ("--help",) and option not in guide:
                    missing.append(f"{name} {option}")
    assert missing == []
