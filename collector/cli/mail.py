"""Mail in, and what becomes of it: poll, import, messages, status, and the clerk's
decisions on single mails (review, assign, ignore)."""

from __future__ import annotations

from pathlib import Path

import click

from collector.cli.context import open_db, settings_of
from collector.cli.exits import EXIT_ALREADY_RUNNING, fail
from collector.cli.group import cli
from collector.cli.options import decider, parse_now, wait_option
from collector.config import ConfigError


@cli.command()
@click.option("--now", help="Pretend the current time is this (ISO 8601), for deadlines. Default: now.")
@click.pass_context
def poll(ctx: click.Context, now: str | None) -> None:
    """Fetch new mail from the IMAP folder and file it (one pass, for cron)."""
    from collector import fetch, jobs, runlock, service

    settings = settings_of(ctx)
    try:
        report = jobs.run_poll(settings, now=parse_now(now))
    except runlock.AlreadyRunning as exc:
        fail(str(exc), EXIT_ALREADY_RUNNING)
    except (ConfigError, fetch.FetchError, jobs.StorageFull) as exc:
        service.record_poll(settings.data_dir, ok=False, message=str(exc))
        fail(str(exc))
    except Exception as exc:  # a bug: recorded for the dashboard, then the traceback
        service.record_poll(settings.data_dir, ok=False, message=f"{type(exc).__name__}: {exc}")
        raise
    service.record_poll(settings.data_dir, ok=True, message=report.summary())
    click.echo(report.summary())
    if report.outbox:
        click.echo(report.outbox)


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--now", help="Pretend the current time is this (ISO 8601), for deadlines.")
@click.pass_context
def import_(ctx: click.Context, paths: tuple[Path, ...], now: str | None) -> None:
    """Import .eml files, mbox files or Maildir folders through the same pipeline."""
    from collector import jobs, runlock, sources

    try:
        report = jobs.run_import(settings_of(ctx), paths, now=parse_now(now))
    except runlock.AlreadyRunning as exc:
        fail(str(exc), EXIT_ALREADY_RUNNING)
    except (sources.SourceError, jobs.StorageFull) as exc:
        fail(str(exc))
    click.echo(report.summary())


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per archived message.")
@click.option("--state", type=click.Choice(["filed", "needs_review", "ignored"]), help="Only mails in this state.")
@click.option("--campaign", "campaign_id", metavar="ID", help="Only mails filed under this campaign (its id).")
@click.pass_context
def messages(ctx: click.Context, as_json: bool, state: str | None, campaign_id: str | None) -> None:
    """List archived mails."""
    from collector import views

    rows = [r for r in views.message_rows(open_db(ctx))
            if (state is None or r["state"] == state) and (campaign_id is None or r["campaign"] == campaign_id)]
    if as_json:
        click.echo(views.dumps(rows))
        return
    for row in rows:
        files = len(row["attachments"])
        click.echo(
            f"{row['received_at'][:16]}  {row['state']:<12}  {row['unit'] or '-':<12}  "
            f"{','.join(row['requirements']) or '-':<17}  {files:>2} 个文件  {row['from'] or '-'}  {row['subject'] or ''}"
        )


STATE_LABELS = {"complete": "已报送", "partial": "部分报送", "missing": "未报送"}


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per unit and requirement.")
@click.option("--campaign", "campaign_id", metavar="ID", help="Only this campaign (its id).")
@click.pass_context
def status(ctx: click.Context, as_json: bool, campaign_id: str | None) -> None:
    """Who has submitted what (the 报送情况 table)."""
    from collector import views

    rows = views.status_rows(open_db(ctx), campaign_id)
    if as_json:
        click.echo(views.dumps(rows))
        return
    for row in rows:
        late = "逾期" if row["late"] else ""
        click.echo(
            f"{row['campaign']:<20} {row['unit']:<14} {row['requirement']:<10} "
            f"{STATE_LABELS.get(row['state'], row['state']):<6} {late:<4} {row['completed_at'] or ''}"
        )


def _decide(ctx: click.Context, message: str, **decision) -> dict:
    from collector import decisions, jobs, runlock

    try:
        return jobs.decide(settings_of(ctx), message, **decision)
    except decisions.DecisionError as exc:
        fail(str(exc))
    except runlock.AlreadyRunning as exc:
        fail(f"{exc}; the decision was NOT saved, try again later", EXIT_ALREADY_RUNNING)
    except jobs.StorageFull as exc:
        fail(str(exc))
    raise AssertionError("unreachable")


@cli.command()
@click.argument("message")
@click.argument("unit")
@click.option("--requirement", "-r", "requirements", multiple=True, help="Requirement id (repeatable). Default: from the mail.")
@click.option("--by", help="Who decides (default: the login name).")
@click.option("--note", help="Why, for the audit trail.")
@click.option("--campaign", "campaign_id", metavar="ID",
              help="The campaign to file it under (default: the mail's own, if UNIT is on it; else the first UNIT is on).")
@wait_option()
@click.pass_context
def assign(ctx: click.Context, message: str, unit: str, requirements: tuple[str, ...], by: str | None, note: str | None,
           campaign_id: str | None, wait: float) -> None:
    """File MESSAGE (sha256 prefix or Message-ID) under UNIT (roster name, e.g. 县发改局)."""
    row = _decide(ctx, message, unit=unit, requirements=list(requirements) or None, by=decider(by), note=note, wait=wait,
                  campaign=campaign_id)
    click.echo(f"已归入 {unit}：{row['message_sha256'][:12]} {row['requirements']}")


@cli.command()
@click.argument("message")
@click.option("--by", help="Who decides (default: the login name).")
@click.option("--note", help="Why, for the audit trail.")
@wait_option()
@click.pass_context
def ignore(ctx: click.Context, message: str, by: str | None, note: str | None, wait: float) -> None:
    """Mark MESSAGE as not a submission."""
    row = _decide(ctx, message, unit=None, by=decider(by), note=note, wait=wait)
    click.echo(f"已忽略：{row['message_sha256'][:12]}")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def review(ctx: click.Context, as_json: bool) -> None:
    """Mails waiting for a person (the 待审核 queue), with why and suggestions."""
    from collector import decisions, views

    rows = decisions.review_queue(open_db(ctx))
    if as_json:
        click.echo(views.dumps(rows))
        return
    for row in rows:
        hint = f"  建议：{'、'.join(row['suggestions'])}" if row["suggestions"] else ""
        click.echo(f"{row['sha256'][:12]}  {row['received_at'][:16]}  {row['from'] or '-'}  {row['subject'] or ''}\n    {row['reason']}{hint}")
