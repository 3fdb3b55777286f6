"""The argparse side of :mod:`herald_tui.cli`: the parsers of the commands and options.

Imported only when the words are not a plain app start (a command, help, an abbreviated
option, a usage error...): :mod:`argparse` (and :mod:`gettext` with it) is a third of the
identifiers the package's own start would add to CPython's table of interned strings
(docs/PERFORMANCE.md, start-up round 6). What the parsers print (the program's name, its
version, the command modules) comes from :mod:`herald_tui.cli`, which is the only importer.
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

__all__ = ["app_start", "full_parser", "minus_values"]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr, not the usage block, and nothing it
    prints carries a control character (it quotes the command line: "unrecognized arguments"
    echoes argv as typed)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        super()._print_message(_visible(message), file)


def _visible(text: str) -> str:
    """``text`` with every unprintable character but newline and tab shown as an escape
    (``\\x1b``, ``\\u202e``), so what was typed is seen, and never obeyed by the terminal."""
    return "".join(c if c.isprintable() or c in "\n\t" else repr(c)[1:-1] for c in text)


def full_parser(prog: str, version: str, commands: Sequence[str]) -> argparse.ArgumentParser:
    """The full parser, global options and every command of ``commands`` (modules under
    :mod:`herald_tui.commands`, each registering its own parser)."""
    parser = _Parser(
        prog=prog,
        description="Read The Korea Herald and Yonhap News Agency (English) in the terminal.",
        epilog="With no command, the app starts. Keys: press ? in the app.",
    )
    parser.add_argument("--version", action="version", version=version)
    parser.add_argument(
        "--print-config", action="store_true", help="show the effective settings and paths"
    )
    _add_global_options(parser)
    parser.set_defaults(run=None)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for name in commands:
        importlib.import_module(f"herald_tui.commands.{name}").register(subparsers)
    for command in _commands(parser):
        _add_global_options(command, default=argparse.SUPPRESS)
    return parser


class _NotAppStart(Exception):
    """The words are not only global options: the full parser must read them."""


class _AppStartParser(argparse.ArgumentParser):
    """The global options alone, never printing or exiting: an error means "not an app
    start", and the full parser then reads the words again to report it."""

    def error(self, message: str) -> NoReturn:
        raise _NotAppStart(message)


def app_start(prog: str, words: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of an app start (global options only, as the full parser would read
    them), or None for anything else. Starting the app thus imports and builds no command
    parser: nine modules and most of the parsing (docs/PERFORMANCE.md, start-up)."""
    parser = _AppStartParser(prog=prog, add_help=False, exit_on_error=False)
    parser.add_argument("--print-config", action="store_true")
    _add_global_options(parser)
    parser.set_defaults(run=None)
    try:
        args, rest = parser.parse_known_args(minus_values(parser, words))
    except (_NotAppStart, argparse.ArgumentError):
        return None
    return None if rest else args


def _add_global_options(parser: argparse.ArgumentParser, default: object = None) -> None:
    """The options that apply to every command. Commands accept them too, after their name
    (``herald-tui headlines --offline``), with no default there: one not given after the
    command keeps what was given before it."""
    add = parser.add_argument
    flag = False if default is None else default
    add(
        "--offline",
        action="store_true",
        default=flag,
        help="read only the local cache; never use the network",
    )
    add(
        "--demo",
        action="store_true",
        default=flag,
        help="use a bundled sample site on 127.0.0.1 (no internet)",
    )
    add("--cache-dir", metavar="DIR", default=default, help="article cache directory")
    add("--data-dir", metavar="DIR", default=default, help="saved articles and read marks")
    add("--config", metavar="FILE", default=default, help="config file (TOML)")
    add("--debug", action="store_true", default=flag, help="show tracebacks of errors")


def _commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every subcommand parser under ``parser``, nested ones (``cache info``) included."""
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:  # argparse keeps its subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                found += [command, *_commands(command)]
    return found


def minus_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """``--older-than -5d`` as ``--older-than=-5d``: argparse takes a word starting with a
    minus for an option and reports "expected one argument", where the value's own check
    would say what is wrong with it."""
    takes_value = {
        option
        for command in [parser, *_commands(parser)]
        for action in command._actions
        if action.nargs is None and action.option_strings and action.const is None
        for option in action.option_strings
    }
    out: list[str] = []
    for word in argv:
        if out and out[-1] in takes_value and re.match(r"-\d", word):
            out[-1] = f"{out[-1]}={word}"
        else:
            out.append(word)
    return out
