"""`collector export`: the office's files (the 报送情况 table, the filed files, the
通报 list), each written together with its audit event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from collector.cli.context import settings_of
from collector.cli.group import cli
from collector.cli.options import decider, parse_now, wait_option


def _record_export(db, what: str, path: Path, **detail: object) -> None:
    from collector import audit

    with db.atomic():
        audit.record(db, "exported", actor=decider(None), what=what, path=str(path), **detail)


@cli.group()
def export() -> None:
    """Exports for the office: the 报送情况 table (xlsx, csv) and files (zip)."""


@export.command("status")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--requirement", help="Only this requirement id (interview, summary).")
@click.option("--state", type=click.Choice(["complete", "partial", "missing"]))
@click.option("--late", "late_only", is_flag=True, help="Only late units.")
@wait_option()
@click.pass_context
def export_status(
    ctx: click.Context, output: Path, requirement: str | None, state: str | None, late_only: bool, wait: float
) -> None:
    """Write 报送情况统计表 to OUTPUT (.xlsx, or .csv with a BOM for Excel)."""
    from collector import exports, jobs

    filters = exports.StatusFilter(requirement=requirement, state=state, late_only=late_only)
    data_dir = settings_of(ctx).data_dir
    with jobs.existing_archive_for_writing(data_dir, wait) as db:  # the file and its audit event, or neither
        if output.suffix.lower() == ".csv":
            rows = exports.export_status_csv(data_dir, output, filters)
        else:
            rows = exports.export_status_xlsx(data_dir, output, filters)
        _record_export(db, "status", output, rows=rows)
    click.echo(f"wrote {output} ({rows} rows)")


@export.command("files")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--unit", help="Only this unit (roster name).")
@click.option("--requirement", help="Only this requirement id.")
@click.option("--all-versions", is_flag=True, help="Also superseded versions, not only the current one.")
@wait_option()
@click.pass_context
def export_files(
    ctx: click.Context, output: Path, unit: str | None, requirement: str | None, all_versions: bool, wait: float
) -> None:
    """Zip the filed files, renamed 单位_要求_原名."""
    from collector import exports, jobs

    data_dir = settings_of(ctx).data_dir
    with jobs.existing_archive_for_writing(data_dir, wait) as db:
        summary = exports.export_files_zip(data_dir, output, unit, requirement, all_versions)
        _record_export(db, "files", output, unit=unit, requirement=requirement, files=summary.files)
    click.echo(f"wrote {output} ({summary.files} files)")


@export.command("notice")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--requirement", help="Only this requirement id.")
@click.option("--now", help="Pretend the current time is this (ISO 8601). Default: now.")
@wait_option()
@click.pass_context
def export_notice(ctx: click.Context, output: Path, requirement: str | None, now: str | None, wait: float) -> None:
    """The 通报 list after a deadline: units that did not send, sent late or only part (.docx or .xlsx)."""
    from collector import jobs
    from collector.outbox import notices

    when = parse_now(now) or dt.datetime.now(dt.timezone.utc)
    data_dir = settings_of(ctx).data_dir
    with jobs.existing_archive_for_writing(data_dir, wait) as db:  # the file and its audit event, or neither
        units = notices.export_notice(data_dir, output, when, requirement)
        _record_export(db, "notice", output, units=units)
    click.echo(f"wrote {output} ({units} units)")
