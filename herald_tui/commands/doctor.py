"""``herald-tui doctor [--source S] [--save DIR]``: check every section of the sites online.

Prints, per section, each feed and list page with its status, headline count and path, the
newest article with the fields found, its warnings and the time taken, and a verdict
(:mod:`herald_tui.doctor`). Exit status 1 when a section is broken. ``--save DIR`` writes a
bug-report bundle (:mod:`herald_tui.report`) per problem.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from herald_tui.errors import UsageError

if TYPE_CHECKING:
    from herald_tui.cli import Context
    from herald_tui.doctor import Probe, SectionReport
    from herald_tui.services import NewsLibrary

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``doctor`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "doctor",
        help="check what works on each site, section by section",
        description="Fetch every section's feeds, list page and newest article; say what "
        "was found, how, and what is broken. Exit status 1 when a section is broken.",
    )
    parser.add_argument("--source", metavar="S", help="only this source")
    parser.add_argument("--save", metavar="DIR", help="write a bug-report bundle per problem")
    parser.set_defaults(run=run)


def run(ctx: Context) -> int:
    """Check the sections; 1 if any is broken."""
    if ctx.offline:
        raise UsageError("doctor checks the sites online: drop --offline")
    from herald_tui.commands.common import run_with_library

    return run_with_library(ctx, lambda library: _doctor(ctx, library))


async def _doctor(ctx: Context, library: NewsLibrary) -> int:
    from herald_tui.commands.common import select_sections
    from herald_tui.doctor import check_section

    client = library.http()
    broken = 0
    for section in select_sections(library, ctx.args.source, None, every=True):
        fetcher = library.registry.get(section.source)
        assert fetcher is not None  # select_sections only names loaded sources
        report = await check_section(client, fetcher, section)
        _print(ctx, report)
        if ctx.args.save:
            _save(ctx, Path(ctx.args.save), report, fetcher.parser_id)
        broken += report.verdict == "broken"
    ctx.stdout.write(f"{broken} broken section{'' if broken == 1 else 's'}\n")
    return 1 if broken else 0


def _print(ctx: Context, report: SectionReport) -> None:
    from herald_tui.doctor import fields_of
    from herald_tui.text import clean_line

    out = ctx.stdout
    section = report.section
    out.write(f"{section.key}  {clean_line(section.title)}: {report.verdict}\n")
    for probe in report.probes:
        if probe.kind == "article":
            state = f"ok ({probe.path})" if probe.ok else clean_line(probe.error)
            out.write(f"  article  {clean_line(probe.url)}  {state}  {probe.seconds:.2f} s\n")
            if probe.article is not None:
                found, missing = fields_of(probe.article)
                out.write(f"    found: {', '.join(found)}\n")
                out.write(f"    missing: {', '.join(missing) or 'nothing'}\n")
                warnings = ", ".join(clean_line(w) for w in probe.article.warnings)
                out.write(f"    warnings: {warnings or 'none'}\n")
        else:
            state = (
                f"{probe.count} headlines ({probe.path})" if probe.ok else clean_line(probe.error)
            )
            url = clean_line(probe.url)
            out.write(f"  {probe.kind:<7}  {url}  {state}  {probe.seconds:.2f} s\n")
    for problem in report.problems:
        out.write(f"  problem: {clean_line(problem)}\n")


def _save(ctx: Context, root: Path, report: SectionReport, parser: str) -> None:
    from herald_tui.report import write_bundle

    for probe, problem in report.troubled:
        try:
            folder = write_bundle(
                root,
                f"{report.section.key}-{probe.kind}",
                url=probe.url,
                problem=problem,
                parsed=probe.parsed_json,
                page=_page(probe),
                headers=dict(probe.response.headers) if probe.response else None,
                parser=parser,
            )
        except OSError as e:
            raise UsageError(f"cannot write a report under {root}: {e.strerror or e}") from None
        ctx.stdout.write(f"  saved: {folder}\n")


def _page(probe: Probe) -> bytes | None:
    return probe.response.text.encode("utf-8") if probe.response is not None else None
