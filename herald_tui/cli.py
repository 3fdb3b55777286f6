"""Command line: ``herald-tui`` starts the app; subcommands work headless.

Each subcommand is a module in :mod:`herald_tui.commands` with two functions:
``register(subparsers)`` adds its parser (cheap: no heavy imports) and sets ``run`` as the
handler; ``run(ctx) -> int`` does the work. Errors a user can cause are raised as
:class:`~herald_tui.errors.HeraldError` and reported here as one line on stderr; anything else is
an internal error whose traceback only ``--debug`` shows.
"""

from __future__ import annotations

import contextlib
import os
import sys

from herald_tui import __version__

# Only what every run needs is imported here: `herald-tui --version` loads this module and
# nothing else of the package (tests/test_startup_imports.py). The settings, the errors and
# the sanitiser are imported where they are used, once the arguments are parsed. Even typing
# (a tenth of that start) is left out: mypy reads a constant named TYPE_CHECKING as typing's.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from argparse import Namespace
    from collections.abc import Callable, Iterator, Sequence
    from typing import IO

    from herald_tui.config import Paths, Settings
    from herald_tui.fetchers.entry_points import EntryPoint
    from herald_tui.fetchers.registry import Registry
    from herald_tui.services import NewsLibrary, TemporaryDir

else:
    # What a plain app start's arguments are made as (argparse.Namespace to a type checker:
    # the same attributes, read the same way), without importing argparse for it.
    from types import SimpleNamespace as Namespace

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


def build_parser() -> argparse.ArgumentParser:
    """The full parser, global options and every registered subcommand."""
    from herald_tui.cli_parser import full_parser

    return full_parser(PROG, VERSION, COMMANDS)


_FLAGS = {
    "--print-config": "print_config",
    "--offline": "offline",
    "--demo": "demo",
    "--debug": "debug",
}
_VALUED = {"--cache-dir": "cache_dir", "--data-dir": "data_dir", "--config": "config"}


def _app_start(words: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of an app start (global options only, as the full parser would read
    them), or None for anything else. The usual start (each option spelled in full, each
    value a word not starting with a minus) is read here; any other is read by argparse
    with the global options alone. Starting the app thus builds no command parser, and the
    usual start imports no argparse (docs/PERFORMANCE.md, start-up rounds 3 and 6)."""
    plain = _plain_app_start(words)
    if plain is not None:
        return plain
    from herald_tui.cli_parser import app_start

    return app_start(PROG, words)


def _plain_app_start(words: Sequence[str]) -> argparse.Namespace | None:
    """``words`` read as argparse reads them when each is a global option in full
    (``--cache-dir DIR`` or ``--cache-dir=DIR``, the last given wins); None if one is not,
    or a value is missing or starts with a minus (argparse decides what those mean)."""
    values: dict[str, object] = dict.fromkeys(_FLAGS.values(), False)
    values.update(dict.fromkeys(_VALUED.values()), run=None)
    wanting = None  # the option whose value is the next word
    for word in words:
        option, equals, value = word.partition("=")
        if wanting is not None:
            if word.startswith("-"):
                return None
            values[wanting], wanting = word, None
        elif word in _FLAGS:
            values[_FLAGS[word]] = True
        elif word in _VALUED:
            wanting = _VALUED[word]
        elif equals and option in _VALUED:
            values[_VALUED[option]] = value
        else:
            return None
    return None if wanting is not None else Namespace(**values)


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
        from herald_tui.cli_parser import minus_values

        parser = build_parser()
        args = parser.parse_args(minus_values(parser, words))
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
