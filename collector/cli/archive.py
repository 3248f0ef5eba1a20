"""Looking after the archive: serve the dashboard, back up, verify (and repair),
rebuild the search index, upgrade the schema, and the local demo."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from collector.cli.context import open_db, settings_of
from collector.cli.exits import EXIT_ALREADY_RUNNING, EXIT_FAILURE, fail
from collector.cli.group import cli
from collector.cli.options import backup_wait_option, wait_option
from collector.config import ConfigError


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the dashboard (Datasette, behind a login)."""
    from collector import serve as serve_module

    try:
        serve_module.serve_settings(settings_of(ctx), host=host, port=port)
    except ConfigError as exc:
        fail(str(exc))


@cli.command()
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@backup_wait_option()
@click.pass_context
def backup(ctx: click.Context, dest: Path, wait: float) -> None:
    """Copy the archive to DEST (a new folder) consistently while polls and the dashboard run, then verify the copy."""
    from collector import backup as backup_module

    try:
        result = backup_module.backup(settings_of(ctx).data_dir, dest, wait_seconds=wait)
    except backup_module.BackupError as exc:
        fail(str(exc))
    click.echo(result.summary())
    if not result.ok:
        sys.exit(EXIT_FAILURE)


@cli.command()
@click.option("--workdir", type=click.Path(path_type=Path), default=Path(".demo"), show_default=True)
@click.option("--port", default=8001, show_default=True, type=int, help="Dashboard port.")
@click.option("--no-serve", is_flag=True, help="Fill and poll the demo mailbox, then stop.")
def demo(workdir: Path, port: int, no_serve: bool) -> None:
    """Start a local Dovecot with a demo mailbox for the 5·15 notice, poll it, serve the dashboard."""
    from collector.demo import run as demo_run

    demo_run.run_demo(workdir.resolve(), dashboard_port=port, serve=not no_serve)


@cli.command()
@click.option("--export-head", type=click.Path(path_type=Path), help="Also write the audit chain's head (seq, time, hash) as JSON here, to keep elsewhere.")
@click.option("--repair", is_flag=True, help="Put filed/ back from the content store (holds the run lock; recorded in the audit chain). Raw mails and files are only reported, never changed.")
@wait_option()
@click.pass_context
def verify(ctx: click.Context, export_head: Path | None, repair: bool, wait: float) -> None:
    """Re-hash every raw mail and file, check filed/, walk the audit chain, check SQLite. Exit 1 on any problem."""
    import json

    from collector import audit, jobs, runlock, verify as verify_module

    settings = settings_of(ctx)
    if repair:
        try:
            with jobs.existing_archive_for_writing(settings.data_dir, wait) as db:
                report = verify_module.verify_archive(db, settings.data_dir, holding_lock=True)
                done, left = verify_module.repair_tree(db, settings.data_dir, report)
        except runlock.AlreadyRunning as exc:
            fail(f"{exc}; nothing was checked or repaired", EXIT_ALREADY_RUNNING)
        db = open_db(ctx)  # for the chain head below
        for line in done:
            click.echo(f"repaired: {line}")
        problems = [p for p in report.problems if p not in {f.text for f in report.filed}] + left
    else:
        db = open_db(ctx)
        report = verify_module.verify_archive(db, settings.data_dir)
        problems = report.problems
    for problem in problems:
        click.echo(problem)
    for note in report.notes:
        click.echo(f"note: {note}")
    click.echo(report.summary() if not repair else _after_repair(report, problems))
    if export_head:
        export_head.write_text(json.dumps(audit.chain_head(db), ensure_ascii=False) + "\n", encoding="utf-8")
    if problems or report.integrity != "ok":
        sys.exit(EXIT_FAILURE)


def _after_repair(report, problems: list[str]) -> str:
    verdict = "OK after repair" if not problems and report.integrity == "ok" else f"{len(problems)} PROBLEMS LEFT (not repairable)"
    return report.summary().replace("OK" if report.ok else "PROBLEMS FOUND", verdict, 1)


@cli.command()
@wait_option()
@click.pass_context
def reindex(ctx: click.Context, wait: float) -> None:
    """Rebuild the dashboard's search index from the archive (minutes for 100,000 mails)."""
    from collector import jobs
    from collector.dashboard.search import rebuild_search_index

    with jobs.existing_archive_for_writing(settings_of(ctx).data_dir, wait) as db:
        indexed = rebuild_search_index(db)
    click.echo(f"indexed {indexed} mails")


@cli.command()
@wait_option()
@click.pass_context
def upgrade(ctx: click.Context, wait: float) -> None:
    """Apply the archive's pending schema migrations (poll and import do it too)."""
    from collector import jobs

    before, after = jobs.upgrade(settings_of(ctx).data_dir, wait)
    if before == after:
        click.echo(f"schema version {after}: up to date")
    else:
        click.echo(f"schema version {before} -> {after}: migrated, recorded in the audit log")
