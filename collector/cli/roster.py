"""`collector roster`: the standing county roster and its audited edits."""

from __future__ import annotations

import click

from collector.cli.context import open_db, settings_of
from collector.cli.exits import EXIT_ALREADY_RUNNING, fail
from collector.cli.group import cli
from collector.cli.options import by_option


@cli.group()
def roster() -> None:
    """The standing county roster: every unit notices address, kept across campaigns."""


def _roster_edit(ctx: click.Context, edit) -> None:
    """Run one audited roster edit under the run lock; a refused edit is one line."""
    from collector import jobs, runlock
    from collector.roster import RosterEditError

    try:
        jobs.edit_roster(settings_of(ctx), edit)
    except runlock.AlreadyRunning as exc:
        fail(str(exc), EXIT_ALREADY_RUNNING)
    except RosterEditError as exc:
        fail(str(exc))


@roster.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, an object per unit.")
@click.option("--kind", type=click.Choice(["town", "township", "zone", "department", "institution"]))
@click.pass_context
def roster_list(ctx: click.Context, as_json: bool, kind: str | None) -> None:
    """Every unit with its kind, official name, aliases and addresses."""
    import dataclasses

    from collector import views
    from collector.roster import KIND_LABELS, load_roster

    db = open_db(ctx)
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
@by_option
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
@by_option
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
@by_option
@click.pass_context
def roster_rename(ctx, old, new, by) -> None:
    """Rename a unit; the old name stays an alias and campaign files naming it still work."""
    from collector.roster import rename_unit

    _roster_edit(ctx, lambda db: rename_unit(db, old, new, by))
    click.echo(f"已更名：{old} → {new}")


@roster.command("merge")
@click.argument("keep")
@click.argument("drop")
@by_option
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
@by_option
@click.pass_context
def roster_address_add(ctx, unit, address, by) -> None:
    """Mail from ADDRESS comes from UNIT."""
    from collector.roster import add_address

    _roster_edit(ctx, lambda db: add_address(db, unit, address, by))
    click.echo(f"已添加：{address} → {unit}")


@roster_address.command("drop")
@click.argument("address")
@by_option
@click.pass_context
def roster_address_drop(ctx, address, by) -> None:
    """Forget ADDRESS (entered or learned)."""
    from collector.roster import drop_address

    _roster_edit(ctx, lambda db: drop_address(db, address, by))
    click.echo(f"已删除：{address}")
