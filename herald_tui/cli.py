"""Command line: ``herald-tui`` starts the app; subcommands work headless.

Each subcommand is a module in :mod:`herald_tui.commands` with two functions:
``register(subparsers)`` adds its parser (cheap: no heavy imports) and sets ``run`` as the
handler; ``run(ctx) -> int`` does the work. Errors a user can cause are raised as
:class:`~herald_tui.errors.HeraldError` and reported here as one line on stderr; anything else is
an internal error whose traceback only ``--debug`` shows.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys

from herald_tui import __version__

# Only what every run needs is imported here: `herald-tui --version` loads this module and
# nothing else of the package (tests/test_startup_imports.py). The settings, the errors and
# the sanitiser are imported where they are used, once the arguments are parsed. Even typing
# (a tenth of that start) is left out: mypy reads a constant named TYPE_CHECKING as typing's.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from typing import IO, NoReturn

    from _typeshed import SupportsWrite

    from herald_tui.config import Paths, Settings
    from herald_tui.fetchers.entry_points import EntryPoint
    from herald_tui.fetchers.registry import Registry
    from herald_tui.services import NewsLibrary, TemporaryDir

__all__ = ["COMMANDS", "Context", "build_parser", "main"]

PROG = "herald-tui"
VERSION = f"{PROG} {__version__}"
"""What ``--version`` prints."""

COMMANDS: tuple[str, ...] = (
    "headlines",
    "read",
    "sync",
    "search",
    "people",
    "saved",
    "sources",
    "doctor",
    "cache",
)
"""Subcommand modules under :mod:`herald_tui.commands`, in help order."""


class Plugins:
    """The installed site plugins, looked for at most once per run (the search reads every
    distribution's metadata): for the names a config's ``[sites]`` may use, then for the
    library."""

    def __init__(self) -> None:
        self._points: list[EntryPoint] | None = None

    def points(self) -> list[EntryPoint]:
        """Their entry points (nothing is imported)."""
        if self._points is None:
            from herald_tui.fetchers.registry import Registry

            self._points = Registry.discover()
        return self._points

    def names(self) -> Iterator[str]:
        """Their names; lazy: nothing is looked for until the first name is wanted."""
        yield from dict.fromkeys(point.name for point in self.points())


class Context:
    """What every command gets: parsed arguments, settings and paths, and the output streams."""

    # A plain class, not a dataclass: importing dataclasses (and inspect with it) would cost
    # `--version` a tenth of its time.
    def __init__(
        self,
        args: argparse.Namespace,
        settings: Settings,
        paths: Paths,
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
        plugins: Plugins | None = None,
    ) -> None:
        self.args = args
        self.settings = settings
        self.paths = paths
        self.stdout: IO[str] = sys.stdout if stdout is None else stdout
        self.stderr: IO[str] = sys.stderr if stderr is None else stderr
        self.plugins = Plugins() if plugins is None else plugins

    @property
    def offline(self) -> bool:
        """True when nothing may touch the network (``--offline``)."""
        return bool(self.args.offline)

    @property
    def demo(self) -> bool:
        """True when the bundled sample site is used instead of the real ones (``--demo``)."""
        return bool(self.args.demo)

    @property
    def temporary_dirs(self) -> list[TemporaryDir]:
        """The directories the demo keeps in a temporary place: those not given as options."""
        if not self.demo:
            return []
        return [name for name in ("cache_dir", "data_dir") if not getattr(self.args, name)]

    def registry(self) -> Registry:
        """The site plugins, with the mirrors the settings give."""
        from herald_tui.fetchers.registry import Registry

        return Registry.load(self.settings.sites, self.plugins.points())

    def open_library(self) -> NewsLibrary:
        """The library these arguments ask for (the caller closes it)."""
        from herald_tui.commands.upgrading import UpgradeNotice
        from herald_tui.services import open_library

        # The app opens its library here too, before Textual takes the screen: the notice of
        # a long upgrade is seen there as well.
        with UpgradeNotice(self.stderr) as notice:
            return open_library(
                self.settings,
                self.paths,
                offline=self.offline,
                demo=self.demo,
                temporary=self.temporary_dirs,
                plugins=self.plugins.points(),
                upgrading=notice,
            )


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


def build_parser() -> argparse.ArgumentParser:
    """The full parser, global options and every registered subcommand."""
    parser = _Parser(
        prog=PROG,
        description="Read The Korea Herald and Yonhap News Agency (English) in the terminal.",
        epilog="With no command, the app starts. Keys: press ? in the app.",
    )
    parser.add_argument("--version", action="version", version=VERSION)
    parser.add_argument(
        "--print-config", action="store_true", help="show the effective settings and paths"
    )
    _add_global_options(parser)
    parser.set_defaults(run=None)
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
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


def _app_start(words: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of an app start (global options only, as the full parser would read
    them), or None for anything else. Starting the app thus imports and builds no command
    parser: nine modules and most of the parsing (docs/PERFORMANCE.md, start-up)."""
    parser = _AppStartParser(prog=PROG, add_help=False, exit_on_error=False)
    parser.add_argument("--print-config", action="store_true")
    _add_global_options(parser)
    parser.set_defaults(run=None)
    try:
        args, rest = parser.parse_known_args(_minus_values(parser, words))
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    words = sys.argv[1:] if argv is None else list(argv)
    if words == ["--version"]:
        # Asked alone, answered before the command modules and the settings are imported;
        # with other words, argparse answers it (after a usage error, say) as it always did.
        print(VERSION)
        return 0
    from herald_tui.errors import HeraldError

    args = _app_start(words)
    if args is None:  # a command, help, or a usage error: the full parser says what it is
        parser = build_parser()
        args = parser.parse_args(_minus_values(parser, words))
    try:
        return _dispatch(args)
    except HeraldError as e:
        return _fail(args, e.exit_code, f"error: {e}")
    except KeyboardInterrupt:
        return _fail(args, 130, "interrupted")
    except BrokenPipeError:
        return 0  # `herald-tui headlines | head` is not an error
    except Exception as e:
        return _fail(args, 70, f"internal error: {type(e).__name__}: {e}", hint=True)


def _minus_values(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
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


def _dispatch(args: argparse.Namespace) -> int:
    from herald_tui.config import CONFIG_ENV, config_path, describe, load_settings, resolve_paths

    config_file = config_path(args.config)
    # A file the user named (option or environment) must exist; the default one may not.
    named = bool(args.config or os.environ.get(CONFIG_ENV))
    plugins = Plugins()
    settings = load_settings(config_file, required=named, site_names=plugins.names())
    paths = resolve_paths(config_file, settings, args.cache_dir, args.data_dir)
    ctx = Context(args=args, settings=settings, paths=paths, plugins=plugins)
    if args.print_config:
        ctx.stdout.write(describe(settings, paths))
        return 0
    run: Callable[[Context], int] | None = args.run
    if run is None:
        return _run_app(ctx)
    with _ended_like_ctrl_c():
        return run(ctx)


@contextlib.contextmanager
def _ended_like_ctrl_c() -> Iterator[None]:
    """SIGTERM and SIGHUP (a closed terminal) stop a command as Ctrl+C does: what was
    fetched is kept and the library closes, so ``--demo`` removes its temporary directory.
    The default action would end the process on the spot. (The app has its own handling.)"""
    import signal

    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    numbers = [getattr(signal, name) for name in names]

    def interrupt(number: int, frame: object) -> None:
        # Whatever handles Ctrl+C now (asyncio's runner cancels its task cleanly) handles it.
        signal.raise_signal(signal.SIGINT)

    try:
        previous = [signal.signal(number, interrupt) for number in numbers]
    except ValueError:  # not the main thread: leave the defaults
        yield
        return
    try:
        yield
    finally:
        for number, handler in zip(numbers, previous, strict=True):
            signal.signal(number, handler)


def _run_app(ctx: Context) -> int:
    """Start the app on the library the arguments ask for."""
    from herald_tui import tui  # Textual is imported only to start the app

    tui.check_settings(ctx.settings, ctx.paths.config_file)  # a bad config first: exit 78
    with tui.starting():
        library = ctx.open_library()
        return tui.run_app(library, ctx.settings, demo=ctx.demo, data_dir=ctx.paths.data_dir)


def _fail(args: argparse.Namespace, code: int, message: str, *, hint: bool = False) -> int:
    import traceback

    from herald_tui.text import strip_controls

    if getattr(args, "debug", False) and sys.exc_info()[0] is not None:
        traceback.print_exc()
    elif hint:
        message += " (run with --debug to see the traceback)"
    # Messages can quote text from the network (a URL, a server's reason): never let it reach
    # the terminal with control characters.
    line = " ".join(strip_controls(message).split())
    print(f"{PROG}: {line}", file=sys.stderr)
    return code
