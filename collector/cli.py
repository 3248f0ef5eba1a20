"""Command line: a thin layer over the library (jobs, views, decisions, serve).

Every command reads its settings from the environment / config file
(collector.config); options only override them.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path

import click

from collector import __version__
from collector.config import ConfigError, Settings, load_settings

EXIT_FAILURE = 1
EXIT_ALREADY_RUNNING = 75  # EX_TEMPFAIL: cron may simply try again later
# Commands that read or write the archive: run only by the user who owns it.
ARCHIVE_COMMANDS = {
    "poll", "import", "messages", "status", "serve", "verify", "export", "reindex", "assign", "ignore", "review", "backup",
    "outbox",
}


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _fail(message: str, code: int = EXIT_FAILURE) -> None:
    click.echo(f"collector: {message}", err=True)
    sys.exit(code)


class _CollectorGroup(click.Group):
    """Errors every command can meet end it with one line: an archive that cannot be
    opened as asked (exit 1) and a run lock held by another run (exit 75)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from collector.jobs import AlreadyRunning  # only now: reading commands need not load jobs
            from collector.migrations import ArchiveError

            if isinstance(exc, ArchiveError):
                _fail(str(exc))
            if isinstance(exc, AlreadyRunning):
                _fail(str(exc), EXIT_ALREADY_RUNNING)
            raise


_by_option = click.option("--by", default=lambda: os.environ.get("USER", "clerk"), help="Who makes the change (audit).")


def _wait_option(default: float | None = None, gives_up: str = "exit 75 with one line, having changed nothing"):
    """--wait SECONDS: how long a command waits for the run lock (jobs.exclusive_run);
    by default jobs.LOCK_WAIT_SECONDS."""
    from collector.jobs import LOCK_WAIT_SECONDS

    return click.option(
        "--wait", type=float, default=LOCK_WAIT_SECONDS if default is None else default, show_default=True,
        metavar="SECONDS", help=f"Seconds to wait for a running poll to finish; then {gives_up}.",
    )


def _backup_wait_option():
    from collector.jobs import BACKUP_LOCK_WAIT_SECONDS

    return _wait_option(BACKUP_LOCK_WAIT_SECONDS, gives_up="exit 1 with one line, no backup made")


def _parse_now(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    when = dt.datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))


@click.group(cls=_CollectorGroup)
@click.version_option(__version__)
@click.option("--data-dir", type=click.Path(path_type=Path), help="Data root (default $COLLECTOR_DATA_DIR or ./archive).")
@click.option("--campaign", help="Campaign file(s), comma-separated (default: the built-in 5·15 campaign).")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, campaign: str | None, verbose: bool) -> None:
    """Collect, archive and track the materials units email in answer to a notice."""
    from collector import service

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        ctx.obj = {"settings": load_settings(data_dir=data_dir, campaign=campaign)}
        if ctx.invoked_subcommand in ARCHIVE_COMMANDS:
            service.require_owner(ctx.obj["settings"].data_dir, "the archive")
    except (ConfigError, service.NotOwner) as exc:
        _fail(str(exc))


@cli.command()
@click.option("--now", help="Pretend the current time is this (ISO 8601), for deadlines. Default: now.")
@click.pass_context
def poll(ctx: click.Context, now: str | None) -> None:
    """Fetch new mail from the IMAP folder and file it (one pass, for cron)."""
    from collector import fetch, jobs, service

    settings = _settings(ctx)
    try:
        report = jobs.run_poll(settings, now=_parse_now(now))
    except jobs.AlreadyRunning as exc:
        _fail(str(exc), EXIT_ALREADY_RUNNING)
    except (ConfigError, fetch.FetchError, jobs.StorageFull) as exc:
        service.record_poll(settings.data_dir, ok=False, message=str(exc))
        _fail(str(exc))
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
    from collector import jobs, sources

    try:
        report = jobs.run_import(_settings(ctx), paths, now=_parse_now(now))
    except jobs.AlreadyRunning as exc:
        _fail(str(exc), EXIT_ALREADY_RUNNING)
    except (sources.SourceError, jobs.StorageFull) as exc:
        _fail(str(exc))
    click.echo(report.summary())


def _open_db(ctx: click.Context):
    """For reading commands: never creates or migrates (index.open_readonly)."""
    from collector import index

    return index.open_readonly(_settings(ctx).data_dir)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per archived message.")
@click.option("--state", type=click.Choice(["filed", "needs_review", "ignored"]), help="Only mails in this state.")
@click.option("--campaign", "campaign_id", metavar="ID", help="Only mails filed under this campaign (its id).")
@click.pass_context
def messages(ctx: click.Context, as_json: bool, state: str | None, campaign_id: str | None) -> None:
    """List archived mails."""
    from collector import views

    rows = [r for r in views.message_rows(_open_db(ctx))
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

    rows = views.status_rows(_open_db(ctx), campaign_id)
    if as_json:
        click.echo(views.dumps(rows))
        return
    for row in rows:
        late = "逾期" if row["late"] else ""
        click.echo(
            f"{row['campaign']:<20} {row['unit']:<14} {row['requirement']:<10} "
            f"{STATE_LABELS.get(row['state'], row['state']):<6} {late:<4} {row['completed_at'] or ''}"
        )


@cli.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per mail.")
@click.pass_context
def outbox(ctx: click.Context, as_json: bool) -> None:
    """Every mail the collector sent or will send (receipts, reminders), with its state;
    `outbox settle ID --sent|--unsent` settles one left unconfirmed."""
    from collector import views
    from collector.outbox import queue

    if ctx.invoked_subcommand is not None:
        return
    rows = queue.listing(_open_db(ctx))
    if as_json:
        click.echo(views.dumps(rows))
        return
    for row in rows:
        click.echo(
            f"{row['id']:>4}  {(row['when'] or '')[:16]}  {queue.KIND_LABELS.get(row['kind'], row['kind'])}  "
            f"{queue.STATE_LABELS.get(row['state'], row['state'])}  {row['unit'] or '-'}  {', '.join(row['to'])}  "
            f"{row['subject']}" + (f"  （{row['error']}）" if row["error"] else "")
        )


@outbox.command("settle")
@click.argument("outbox_id", metavar="ID", type=int)
@click.option("--sent", "outcome", flag_value="sent", help="It did go out: never send it again.")
@click.option("--unsent", "outcome", flag_value="unsent", help="It did not go out: the next run sends it, once.")
@_by_option
@_wait_option()
@click.pass_context
def outbox_settle(ctx: click.Context, outbox_id: int, outcome: str | None, by: str, wait: float) -> None:
    """Settle mail ID (see `collector outbox`) left 未能确认 (unconfirmed), after checking whether it went out."""
    import json

    from collector import jobs
    from collector.outbox.settle import SettleError, settle

    if outcome is None:
        _fail("say what you found: --sent (it went out) or --unsent (it did not)")
    try:
        row = settle(_settings(ctx), outbox_id, outcome == "sent", by, wait)
    except SettleError as exc:
        _fail(str(exc))
    except jobs.AlreadyRunning as exc:
        _fail(f"{exc}; nothing was changed, try again later", EXIT_ALREADY_RUNNING)
    what = "已确认发出，不会再次发送" if outcome == "sent" else "已放回待发送队列，下一次收取邮件时重新发送"
    to = "、".join(json.loads(row["to_addrs"] or "[]"))
    click.echo(f"第 {outbox_id} 封邮件（{row['subject']} → {to}）{what}；已记入审计日志。")


@cli.command()
@click.option("--campaign", "campaign_id", help="Only this campaign (its id).")
@click.option("--requirement", "requirement_id", help="Only this requirement (its id).")
@click.option("--send", is_flag=True, help="Send the reminders (without it: only show the plan).")
@click.option("--json", "as_json", is_flag=True, help="The plan as one JSON array.")
@click.option("--now", help="Pretend the current time is this (ISO 8601). Default: now.")
@click.pass_context
def remind(ctx: click.Context, campaign_id: str | None, requirement_id: str | None, send: bool, as_json: bool,
           now: str | None) -> None:
    """Remind (催报) the units still missing something before a deadline: the plan, then --send."""
    import getpass

    from collector import jobs, views
    from collector.outbox import reminders

    try:
        items, report = reminders.run_remind(_settings(ctx), campaign_id, requirement_id, send=send,
                                             by=f"cli:{getpass.getuser()}", now=_parse_now(now))
    except jobs.AlreadyRunning as exc:
        _fail(str(exc), EXIT_ALREADY_RUNNING)
    except (ConfigError, ValueError) as exc:
        _fail(str(exc))
    if as_json:
        click.echo(views.dumps([item.as_json() for item in items]))
    else:
        for item in items:
            to = ", ".join(item.to) if item.to else "无已知邮箱，请电话联系"
            click.echo(f"{item.campaign}  {item.requirement}  {item.unit}  {item.missing}  → {to}")
        phone = sum(1 for item in items if not item.to)
        click.echo(f"催报：{len(items) - phone} 个单位有邮箱，{phone} 个单位没有已知邮箱（请电话联系）。"
                   + ("" if send else "加 --send 发送。"))
    if report is not None:
        click.echo(report.line(), err=as_json)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the dashboard (Datasette, behind a login)."""
    from collector import serve as serve_module

    try:
        serve_module.serve_settings(_settings(ctx), host=host, port=port)
    except ConfigError as exc:
        _fail(str(exc))


@cli.command()
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@_backup_wait_option()
@click.pass_context
def backup(ctx: click.Context, dest: Path, wait: float) -> None:
    """Copy the archive to DEST (a new folder) consistently while polls and the dashboard run, then verify the copy."""
    from collector import backup as backup_module

    try:
        result = backup_module.backup(_settings(ctx).data_dir, dest, wait_seconds=wait)
    except backup_module.BackupError as exc:
        _fail(str(exc))
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
@_wait_option()
@click.pass_context
def verify(ctx: click.Context, export_head: Path | None, repair: bool, wait: float) -> None:
    """Re-hash every raw mail and file, check filed/, walk the audit chain, check SQLite. Exit 1 on any problem."""
    import json

    from collector import audit, jobs, verify as verify_module

    settings = _settings(ctx)
    if repair:
        try:
            with jobs.existing_archive_for_writing(settings.data_dir, wait) as db:
                report = verify_module.verify_archive(db, settings.data_dir, holding_lock=True)
                done, left = verify_module.repair_tree(db, settings.data_dir, report)
        except jobs.AlreadyRunning as exc:
            _fail(f"{exc}; nothing was checked or repaired", EXIT_ALREADY_RUNNING)
        db = _open_db(ctx)  # for the chain head below
        for line in done:
            click.echo(f"repaired: {line}")
        problems = [p for p in report.problems if p not in {f.text for f in report.filed}] + left
    else:
        db = _open_db(ctx)
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


def _record_export(db, what: str, path: Path, **detail: object) -> None:
    from collector import audit

    with db.atomic():
        audit.record(db, "exported", actor=_decider(None), what=what, path=str(path), **detail)


@cli.group()
def export() -> None:
    """Exports for the office: the 报送情况 table (xlsx, csv) and files (zip)."""


@export.command("status")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--requirement", help="Only this requirement id (interview, summary).")
@click.option("--state", type=click.Choice(["complete", "partial", "missing"]))
@click.option("--late", "late_only", is_flag=True, help="Only late units.")
@_wait_option()
@click.pass_context
def export_status(
    ctx: click.Context, output: Path, requirement: str | None, state: str | None, late_only: bool, wait: float
) -> None:
    """Write 报送情况统计表 to OUTPUT (.xlsx, or .csv with a BOM for Excel)."""
    from collector import exports, jobs

    filters = exports.StatusFilter(requirement=requirement, state=state, late_only=late_only)
    data_dir = _settings(ctx).data_dir
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
@_wait_option()
@click.pass_context
def export_files(
    ctx: click.Context, output: Path, unit: str | None, requirement: str | None, all_versions: bool, wait: float
) -> None:
    """Zip the filed files, renamed 单位_要求_原名."""
    from collector import exports, jobs

    data_dir = _settings(ctx).data_dir
    with jobs.existing_archive_for_writing(data_dir, wait) as db:
        summary = exports.export_files_zip(data_dir, output, unit, requirement, all_versions)
        _record_export(db, "files", output, unit=unit, requirement=requirement, files=summary.files)
    click.echo(f"wrote {output} ({summary.files} files)")


@export.command("notice")
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--requirement", help="Only this requirement id.")
@click.option("--now", help="Pretend the current time is this (ISO 8601). Default: now.")
@_wait_option()
@click.pass_context
def export_notice(ctx: click.Context, output: Path, requirement: str | None, now: str | None, wait: float) -> None:
    """The 通报 list after a deadline: units that did not send, sent late or only part (.docx or .xlsx)."""
    from collector import jobs
    from collector.outbox import notices

    when = _parse_now(now) or dt.datetime.now(dt.timezone.utc)
    data_dir = _settings(ctx).data_dir
    with jobs.existing_archive_for_writing(data_dir, wait) as db:  # the file and its audit event, or neither
        units = notices.export_notice(data_dir, output, when, requirement)
        _record_export(db, "notice", output, units=units)
    click.echo(f"wrote {output} ({units} units)")


@cli.group()
def user() -> None:
    """Dashboard logins (stored as password hashes outside the repository)."""


def _users_file(ctx: click.Context, given: Path | None) -> Path:
    """--users-file, else the users_file setting, else auth's default; refused unless
    this user owns it (a file root writes would be unreadable for the dashboard)."""
    from collector import service
    from collector.dashboard import auth

    path = given or (Path(_settings(ctx).users_file) if _settings(ctx).users_file else auth.default_users_file())
    try:
        service.require_owner(path if path.exists() else path.parent, "the users file" if path.exists() else "the folder")
    except service.NotOwner as exc:
        _fail(str(exc))
    return path


_USERS_FILE_HELP = "Default: the users_file setting, else $COLLECTOR_USERS_FILE or ~/.config/collector/users.json."


@user.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["office", "auditor"]), required=True)
@click.option("--users-file", type=click.Path(dir_okay=False, path_type=Path), help=_USERS_FILE_HELP)
@click.option("--env", "print_env", is_flag=True, help="Print environment lines (hash only) instead of writing the users file.")
@click.password_option(help="Prompted for when not given (never echoed); at least 10 characters.")
@click.pass_context
def user_add(ctx: click.Context, name: str, role: str, users_file: Path | None, print_env: bool, password: str) -> None:
    """Create or replace the login NAME."""
    from collector.dashboard import auth

    path = None if print_env else _users_file(ctx, users_file)
    try:
        lines = auth.add_user(name, role, password, users_file=path, write_file=not print_env)
    except ValueError as exc:
        _fail(str(exc))
    if print_env:
        click.echo("\n".join(lines))
    else:
        click.echo(f"user {name} ({role}) saved to {path}")


@user.command("list")
@click.option("--users-file", type=click.Path(dir_okay=False, path_type=Path), help=_USERS_FILE_HELP)
@click.pass_context
def user_list(ctx: click.Context, users_file: Path | None) -> None:
    """The logins of the users file, with their roles (never a hash)."""
    from collector.dashboard import auth

    try:
        for name, role in auth.list_users(_users_file(ctx, users_file)):
            click.echo(f"{name}\t{role}")
    except ValueError as exc:
        _fail(str(exc))


@user.command("remove")
@click.argument("name")
@click.option("--users-file", type=click.Path(dir_okay=False, path_type=Path), help=_USERS_FILE_HELP)
@click.pass_context
def user_remove(ctx: click.Context, name: str, users_file: Path | None) -> None:
    """Remove the login NAME (a running dashboard forgets it when restarted)."""
    from collector.dashboard import auth

    path = _users_file(ctx, users_file)
    try:
        removed = auth.remove_user(name, users_file=path)
    except ValueError as exc:
        _fail(str(exc))
    if not removed:
        _fail(f"no user {name} in {path}")
    click.echo(f"user {name} removed from {path}")


@cli.command()
@_wait_option()
@click.pass_context
def reindex(ctx: click.Context, wait: float) -> None:
    """Rebuild the dashboard's search index from the archive (minutes for 100,000 mails)."""
    from collector import jobs
    from collector.dashboard.search import rebuild_search_index

    with jobs.existing_archive_for_writing(_settings(ctx).data_dir, wait) as db:
        indexed = rebuild_search_index(db)
    click.echo(f"indexed {indexed} mails")


@cli.command()
@_wait_option()
@click.pass_context
def upgrade(ctx: click.Context, wait: float) -> None:
    """Apply the archive's pending schema migrations (poll and import do it too)."""
    from collector import jobs

    before, after = jobs.upgrade(_settings(ctx).data_dir, wait)
    if before == after:
        click.echo(f"schema version {after}: up to date")
    else:
        click.echo(f"schema version {before} -> {after}: migrated, recorded in the audit log")


def _decider(by: str | None) -> str:
    import getpass

    return by or getpass.getuser()


def _decide(ctx: click.Context, message: str, **decision) -> dict:
    from collector import decisions, jobs

    try:
        return jobs.decide(_settings(ctx), message, **decision)
    except decisions.DecisionError as exc:
        _fail(str(exc))
    except jobs.AlreadyRunning as exc:
        _fail(f"{exc}; the decision was NOT saved, try again later", EXIT_ALREADY_RUNNING)
    except jobs.StorageFull as exc:
        _fail(str(exc))
    raise AssertionError("unreachable")


@cli.command()
@click.argument("message")
@click.argument("unit")
@click.option("--requirement", "-r", "requirements", multiple=True, help="Requirement id (repeatable). Default: from the mail.")
@click.option("--by", help="Who decides (default: the login name).")
@click.option("--note", help="Why, for the audit trail.")
@click.option("--campaign", "campaign_id", metavar="ID",
              help="The campaign to file it under (default: the mail's own, if UNIT is on it; else the first UNIT is on).")
@_wait_option()
@click.pass_context
def assign(ctx: click.Context, message: str, unit: str, requirements: tuple[str, ...], by: str | None, note: str | None,
           campaign_id: str | None, wait: float) -> None:
    """File MESSAGE (sha256 prefix or Message-ID) under UNIT (roster name, e.g. 县发改局)."""
    row = _decide(ctx, message, unit=unit, requirements=list(requirements) or None, by=_decider(by), note=note, wait=wait,
                  campaign=campaign_id)
    click.echo(f"已归入 {unit}：{row['message_sha256'][:12]} {row['requirements']}")


@cli.command()
@click.argument("message")
@click.option("--by", help="Who decides (default: the login name).")
@click.option("--note", help="Why, for the audit trail.")
@_wait_option()
@click.pass_context
def ignore(ctx: click.Context, message: str, by: str | None, note: str | None, wait: float) -> None:
    """Mark MESSAGE as not a submission."""
    row = _decide(ctx, message, unit=None, by=_decider(by), note=note, wait=wait)
    click.echo(f"已忽略：{row['message_sha256'][:12]}")


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def review(ctx: click.Context, as_json: bool) -> None:
    """Mails waiting for a person (the 待审核 queue), with why and suggestions."""
    from collector import decisions, views

    rows = decisions.review_queue(_open_db(ctx))
    if as_json:
        click.echo(views.dumps(rows))
        return
    for row in rows:
        hint = f"  建议：{'、'.join(row['suggestions'])}" if row["suggestions"] else ""
        click.echo(f"{row['sha256'][:12]}  {row['received_at'][:16]}  {row['from'] or '-'}  {row['subject'] or ''}\n    {row['reason']}{hint}")




@cli.group()
def campaign() -> None:
    """Campaign files: the roster and what the notice asks for."""


@campaign.command("init")
@click.option("--from-notice", "notice", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The notice: .txt, .docx, .pdf (or .doc, .wps).")
@click.option("--roster", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A roster CSV (columns name, kind, official_name, division_code) instead of the standing roster.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the draft (default: print it).")
@click.pass_context
def campaign_init(ctx: click.Context, notice: Path, roster: Path | None, output: Path | None) -> None:
    """Draft a campaign file from a notice, for the office to check; what the draft could
    not decide is printed (and kept under `unsettled:` in the file)."""
    from collector.drafting import NoticeReadError, draft_campaign_from_file
    from collector.drafting.rosters import roster_from_csv
    from collector.roster import archive_roster

    try:
        units = roster_from_csv(roster) if roster else archive_roster(_settings(ctx).data_dir)
        draft = draft_campaign_from_file(notice, units)
        draft.kinds_shorthand = roster is None
    except (NoticeReadError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    if output is None:
        click.echo(draft.to_yaml(), nl=False)
    else:
        output.write_text(draft.to_yaml(), encoding="utf-8")
        click.echo(f"wrote {output}: {len(draft.requirements)} requirement(s), {len(draft.units)} unit(s)")
    for line in draft.unsettled:
        click.echo(f"待确认：{line}", err=True)


@campaign.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace the archive's campaign of the same id.")
@_by_option
@click.pass_context
def campaign_add(ctx: click.Context, file: Path, replace: bool, by: str) -> None:
    """Check a (drafted and corrected) campaign file and put it into the archive: live
    from the next poll, beside the others. Refused while `unsettled:` still has lines."""
    import yaml

    from collector import jobs
    from collector.campaign import CampaignError, read_campaign_file

    data = read_campaign_file(file)
    if isinstance(data, dict) and data.get("unsettled"):
        _fail(f"{file}: settle the {len(data['unsettled'])} line(s) under `unsettled:` first "
              "(correct the file, then empty the list)")
    try:
        saved = jobs.save_campaign(_settings(ctx), data, by, replace=replace)
    except jobs.AlreadyRunning as exc:
        _fail(str(exc), EXIT_ALREADY_RUNNING)
    except (CampaignError, yaml.YAMLError) as exc:
        _fail(str(exc))
    click.echo(f"已加入活动：{saved.id}（{saved.title}），{len(saved.requirements)} 项要求，{len(saved.units)} 个单位；下次收取邮件时生效")


@campaign.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per campaign.")
@click.pass_context
def campaign_list(ctx: click.Context, as_json: bool) -> None:
    """The campaigns in force: id, title, deadlines, open or closed, where the file is."""
    from collector import views
    from collector.campaign import campaign_row, load_campaigns
    from collector.roster import archive_roster

    settings = _settings(ctx)
    rows = [campaign_row(c) for c in load_campaigns(settings.campaign, roster=archive_roster(settings.data_dir),
                                                   data_dir=settings.data_dir)]
    if as_json:
        click.echo(views.dumps(rows))
        return
    for r in rows:
        state = "进行中" if r["state"] == "open" else "已结束"
        click.echo(f"{r['id']:<28} {state}  截止 {(r['last_due'] or '')[:16]}  {r['title']}")


@cli.group()
def roster() -> None:
    """The standing county roster: every unit notices address, kept across campaigns."""


def _roster_edit(ctx: click.Context, edit) -> None:
    """Run one audited roster edit under the run lock; a refused edit is one line."""
    from collector import jobs
    from collector.roster import RosterEditError

    try:
        jobs.edit_roster(_settings(ctx), edit)
    except jobs.AlreadyRunning as exc:
        _fail(str(exc), EXIT_ALREADY_RUNNING)
    except RosterEditError as exc:
        _fail(str(exc))


@roster.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per unit.")
@click.option("--kind", type=click.Choice(["town", "township", "zone", "department", "institution"]))
@click.pass_context
def roster_list(ctx: click.Context, as_json: bool, kind: str | None) -> None:
    """Every unit with its kind, official name, aliases and addresses."""
    import dataclasses

    from collector import views
    from collector.roster import KIND_LABELS, load_roster

    db = _open_db(ctx)
    units = [u for u in load_roster(db).units if kind is None or u.kind == kind]
    learned = {}
    if "learned_addresses" in db.table_names():
        for row in db.query("SELECT address, unit FROM learned_addresses WHERE how != 'conflict'"):
            learned.setdefault(row["unit"], []).append(row["address"])
    if as_json:
        click.echo(views.dumps([{**dataclasses.asdict(u), "learned_addresses": learned.get(u.name, [])} for u in units]))
        return
    for u in units:
        addrs = u.addresses + [f"{a}（学习）" for a in learned.get(u.name, [])]
        click.echo(f"{u.name:<14} {KIND_LABELS[u.kind]:<6} {u.official_name or '-':<20} "
                   f"别名：{'、'.join(u.aliases) or '-'}  邮箱：{'、'.join(addrs) or '-'}")


@roster.command("add")
@click.argument("name")
@click.option("--kind", required=True, type=click.Choice(["town", "township", "zone", "department", "institution"]))
@click.option("--official-name", default="")
@click.option("--alias", "aliases", multiple=True, help="Another name people write (repeatable).")
@click.option("--address", "addresses", multiple=True, help="A known sender address (repeatable).")
@_by_option
@click.pass_context
def roster_add(ctx, name, kind, official_name, aliases, addresses, by) -> None:
    """Add a unit to the roster."""
    from collector.roster import Unit, add_unit

    unit = Unit(name=name.strip(), kind=kind, official_name=official_name.strip(), aliases=list(aliases),
                addresses=[a.strip().lower() for a in addresses])
    _roster_edit(ctx, lambda db: add_unit(db, unit, by))
    click.echo(f"已加入名册：{unit.name}")


@roster.command("set")
@click.argument("name")
@click.option("--kind", type=click.Choice(["town", "township", "zone", "department", "institution"]))
@click.option("--official-name")
@click.option("--alias", "aliases", multiple=True, help="The unit's aliases, all of them (replaces the list).")
@_by_option
@click.pass_context
def roster_set(ctx, name, kind, official_name, aliases, by) -> None:
    """Change a unit's kind, official name or aliases."""
    from collector.roster import update_unit

    _roster_edit(ctx, lambda db: update_unit(db, name, by, kind=kind, official_name=official_name,
                                             aliases=list(aliases) if aliases else None))
    click.echo(f"已修改：{name}")


@roster.command("rename")
@click.argument("old")
@click.argument("new")
@_by_option
@click.pass_context
def roster_rename(ctx, old, new, by) -> None:
    """Rename a unit; the old name stays an alias and campaign files naming it still work."""
    from collector.roster import rename_unit

    _roster_edit(ctx, lambda db: rename_unit(db, old, new, by))
    click.echo(f"已更名：{old} → {new}")


@roster.command("merge")
@click.argument("keep")
@click.argument("drop")
@_by_option
@click.pass_context
def roster_merge(ctx, keep, drop, by) -> None:
    """DROP was the same unit as KEEP: its names, addresses and mails move to KEEP."""
    from collector.roster import merge_units

    _roster_edit(ctx, lambda db: merge_units(db, keep, drop, by))
    click.echo(f"已合并：{drop} 并入 {keep}")


@roster.group("address")
def roster_address() -> None:
    """A unit's known sender addresses."""


@roster_address.command("add")
@click.argument("unit")
@click.argument("address")
@_by_option
@click.pass_context
def roster_address_add(ctx, unit, address, by) -> None:
    """Mail from ADDRESS comes from UNIT."""
    from collector.roster import add_address

    _roster_edit(ctx, lambda db: add_address(db, unit, address, by))
    click.echo(f"已添加：{address} → {unit}")


@roster_address.command("drop")
@click.argument("address")
@_by_option
@click.pass_context
def roster_address_drop(ctx, address, by) -> None:
    """Forget ADDRESS (entered or learned)."""
    from collector.roster import drop_address

    _roster_edit(ctx, lambda db: drop_address(db, address, by))
    click.echo(f"已删除：{address}")


def main() -> None:
    os.umask(0o027)  # the archive holds every mail's text: owner and group only, whoever starts it
    cli(prog_name="collector")
