"""Run the dashboard: Datasette over <data_dir>/collector.db with the project's
metadata, templates and the collector plugin (collector/dashboard/).

The database is opened mutable (never ``-i``): the pipeline writes it in WAL mode
while the dashboard reads.

Environment:
  COLLECTOR_DATASETTE_DIR      folder with metadata.yml and templates/ (default: the repo's datasette/)
  COLLECTOR_DASHBOARD_SECRET   signs login cookies; without it a random one per start (logins end on restart)
  COLLECTOR_USERS_FILE, COLLECTOR_PASSWORD_HASH_<user>, COLLECTOR_ROLE_<user>: see collector/dashboard/auth.py
"""

from __future__ import annotations

import copy
import os
import sys
from pathlib import Path

import yaml
from datasette.app import Datasette

from .config import ConfigError, Settings, is_loopback, refuse_if_others_can_read
from .dashboard.auth import auth_plugin_config, default_users_file, load_accounts
from .index import DB_NAME, open_readonly
from .migrations import ArchiveError
from .service import NotOwner, require_owner

DATASETTE_DIR_ENV = "COLLECTOR_DATASETTE_DIR"
SECRET_ENV = "COLLECTOR_DASHBOARD_SECRET"

SETTINGS = {
    "default_page_size": 50,
    "suggest_facets": False,  # costs a query per column on every table page
    "allow_download": False,
    "allow_signed_tokens": False,
    "default_allow_sql": False,
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    "num_sql_threads": 4,
}


def datasette_dir() -> Path:
    override = os.environ.get(DATASETTE_DIR_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "datasette"


def load_metadata(folder: Path) -> dict:
    path = folder / "metadata.yml"
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def build_metadata(data_dir: Path, folder: Path, users_file: Path | None = None, poll_alert_hours: float = 2.0,
                   campaign: str | None = None, session: dict | None = None) -> dict:
    metadata = copy.deepcopy(load_metadata(folder))
    plugins = metadata.setdefault("plugins", {})
    plugins["datasette-auth-passwords"] = auth_plugin_config(load_accounts(users_file))
    collector = plugins.setdefault("collector", {})
    collector["users_file"] = str(users_file or default_users_file())
    collector["data_dir"] = str(Path(data_dir).resolve())
    collector["poll_alert_hours"] = poll_alert_hours
    if campaign:
        collector["campaign"] = campaign  # the campaign files a decision made on the dashboard runs with
    collector.update(session or {})  # idle_minutes, behind_proxy (collector/dashboard/login_guard.py)
    return metadata


def build_datasette(
    data_dir: Path,
    users_file: Path | None = None,
    secret: str | None = None,
    settings: dict | None = None,
    poll_alert_hours: float = 2.0,
    campaign: str | None = None,
    session: dict | None = None,
) -> Datasette:
    """A Datasette instance over data_dir/collector.db. The dashboard only reads: an
    archive that is missing or needs migrating is refused (index.ArchiveError), never
    created or changed here; the run lock holder does that (collector/index.py)."""
    data_dir = Path(data_dir)
    open_readonly(data_dir).close()
    folder = datasette_dir()
    templates = folder / "templates"
    plugins_dir = folder / "plugins"
    return Datasette(
        files=[str(data_dir / DB_NAME)],
        metadata=build_metadata(data_dir, folder, users_file, poll_alert_hours, campaign, session),
        template_dir=str(templates) if templates.is_dir() else None,
        plugins_dir=str(plugins_dir) if plugins_dir.is_dir() and any(plugins_dir.glob("*.py")) else None,
        settings={**SETTINGS, **(settings or {})},
        secret=secret or os.environ.get(SECRET_ENV) or None,
    )


def serve(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    users_file: Path | None = None,
    secret: str | None = None,
    access_log: bool = False,
    poll_alert_hours: float = 2.0,
    campaign: str | None = None,
    session: dict | None = None,
) -> None:
    """Serve the dashboard until interrupted."""
    import uvicorn

    ds = build_datasette(Path(data_dir), users_file=users_file, secret=secret, poll_alert_hours=poll_alert_hours,
                         campaign=campaign, session=session)
    if not (ds.plugin_config("datasette-auth-passwords") or {}).get("actors"):
        _say("注意：尚未配置任何用户，无法登录。请先运行 collector user add NAME --role office")
    if not is_loopback(host):
        _say(f"warning: the dashboard listens on {host} without TLS; serve it on 127.0.0.1 behind a "
             "reverse proxy with TLS (docs/deploy.md)")
    uvicorn.run(ds.app(), host=host, port=port, log_level="info" if access_log else "warning",
                access_log=access_log, lifespan="on")


def serve_settings(settings: Settings, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve with what the settings say: users file, cookie secret, access log, alert age."""
    serve(
        settings.data_dir,
        host=host,
        port=port,
        users_file=Path(settings.users_file) if settings.users_file else None,
        secret=_read_secret(settings.dashboard_secret_file) if settings.dashboard_secret_file else None,
        access_log=settings.dashboard_access_log,
        poll_alert_hours=settings.poll_alert_hours,
        campaign=settings.campaign,
        session={"idle_minutes": settings.dashboard_idle_minutes, "behind_proxy": settings.dashboard_behind_proxy},
    )


def _read_secret(path_text: str) -> str:
    path = Path(path_text)
    try:
        refuse_if_others_can_read(path, "dashboard_secret_file")
        secret = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"cannot read dashboard_secret_file {path}: {exc.strerror}") from None
    if len(secret) < 32:
        raise ConfigError(f"dashboard_secret_file {path} must hold at least 32 characters (e.g. openssl rand -hex 32)")
    return secret


def _say(line: str) -> None:
    """To stderr, flushed at once: under systemd stdout is a buffered pipe to the journal."""
    print(line, file=sys.stderr, flush=True)


def main(argv=None) -> None:
    """``python -m collector.serve DATA_DIR [--host H] [--port P]`` (until the CLI wires it)."""
    import argparse

    parser = argparse.ArgumentParser(description="报送材料收集系统 dashboard")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    try:
        require_owner(args.data_dir, "the archive")
        serve(args.data_dir, host=args.host, port=args.port)
    except (ArchiveError, ConfigError, NotOwner) as exc:  # one line and exit 1, as `collector serve`
        _say(f"collector: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
