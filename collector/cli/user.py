"""`collector user`: the dashboard's logins (password hashes in the users file)."""

from __future__ import annotations

from pathlib import Path

import click

from collector.cli.context import settings_of
from collector.cli.exits import fail
from collector.cli.group import cli


@cli.group()
def user() -> None:
    """Dashboard logins (stored as password hashes outside the repository)."""


def _users_file(ctx: click.Context, given: Path | None) -> Path:
    """--users-file, else the users_file setting, else auth's default; refused unless
    this user owns it (a file root writes would be unreadable for the dashboard)."""
    from collector import service
    from collector.dashboard import auth

    path = given or (Path(settings_of(ctx).users_file) if settings_of(ctx).users_file else auth.default_users_file())
    try:
        service.require_owner(path if path.exists() else path.parent, "the users file" if path.exists() else "the folder")
    except service.NotOwner as exc:
        fail(str(exc))
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
        fail(str(exc))
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
        fail(str(exc))


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
        fail(str(exc))
    if not removed:
        fail(f"no user {name} in {path}")
    click.echo(f"user {name} removed from {path}")
