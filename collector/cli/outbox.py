"""The mail the collector sends: `collector outbox` (and settling one left
unconfirmed) and `collector remind`."""

from __future__ import annotations

import click

from collector.cli.context import open_db, settings_of
from collector.cli.exits import EXIT_ALREADY_RUNNING, fail
from collector.cli.group import cli
from collector.cli.options import by_option, parse_now, wait_option
from collector.config import ConfigError


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
    rows = queue.listing(open_db(ctx))
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
@by_option
@wait_option()
@click.pass_context
def outbox_settle(ctx: click.Context, outbox_id: int, outcome: str | None, by: str, wait: float) -> None:
    """Settle mail ID (see `collector outbox`) left 未能确认 (unconfirmed), after checking whether it went out."""
    import json

    from collector import runlock
    from collector.outbox.settle import SettleError, settle

    if outcome is None:
        fail("say what you found: --sent (it went out) or --unsent (it did not)")
    try:
        row = settle(settings_of(ctx), outbox_id, outcome == "sent", by, wait)
    except SettleError as exc:
        fail(str(exc))
    except runlock.AlreadyRunning as exc:
        fail(f"{exc}; nothing was changed, try again later", EXIT_ALREADY_RUNNING)
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

    from collector import runlock, views
    from collector.outbox import reminders

    try:
        items, report = reminders.run_remind(settings_of(ctx), campaign_id, requirement_id, send=send,
                                             by=f"cli:{getpass.getuser()}", now=parse_now(now))
    except runlock.AlreadyRunning as exc:
        fail(str(exc), EXIT_ALREADY_RUNNING)
    except (ConfigError, ValueError) as exc:
        fail(str(exc))
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
