"""`collector campaign`: draft a campaign file from a notice, add it to the archive,
list the campaigns in force."""

from __future__ import annotations

from pathlib import Path

import click

from collector.cli.context import settings_of
from collector.cli.exits import EXIT_ALREADY_RUNNING, fail
from collector.cli.group import cli
from collector.cli.options import by_option


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
    from collector.drafting.senders.rosters import roster_from_csv
    from collector.index import archive_roster

    try:
        units = roster_from_csv(roster) if roster else archive_roster(settings_of(ctx).data_dir)
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
@by_option
@click.pass_context
def campaign_add(ctx: click.Context, file: Path, replace: bool, by: str) -> None:
    """Check a (drafted and corrected) campaign file and put it into the archive: live
    from the next poll, beside the others. Refused while `unsettled:` still has lines."""
    import yaml

    from collector import jobs, runlock
    from collector.campaign import CampaignError, read_campaign_file

    data = read_campaign_file(file)
    if isinstance(data, dict) and data.get("unsettled"):
        fail(f"{file}: settle the {len(data['unsettled'])} line(s) under `unsettled:` first "
              "(correct the file, then empty the list)")
    try:
        saved = jobs.save_campaign(settings_of(ctx), data, by, replace=replace)
    except runlock.AlreadyRunning as exc:
        fail(str(exc), EXIT_ALREADY_RUNNING)
    except (CampaignError, yaml.YAMLError) as exc:
        fail(str(exc))
    click.echo(f"已加入活动：{saved.id}（{saved.title}），{len(saved.requirements)} 项要求，{len(saved.units)} 个单位；下次收取邮件时生效")


@campaign.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per campaign.")
@click.pass_context
def campaign_list(ctx: click.Context, as_json: bool) -> None:
    """The campaigns in force: id, title, deadlines, open or closed, where the file is."""
    from collector import views
    from collector.campaign import campaign_row, load_campaigns
    from collector.index import archive_roster

    settings = settings_of(ctx)
    rows = [campaign_row(c) for c in load_campaigns(settings.campaign, roster=archive_roster(settings.data_dir),
                                                   data_dir=settings.data_dir)]
    if as_json:
        click.echo(views.dumps(rows))
        return
    for r in rows:
        state = "进行中" if r["state"] == "open" else "已结束"
        click.echo(f"{r['id']:<28} {state}  截止 {(r['last_due'] or '')[:16]}  {r['title']}")
