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
from pathlib import Path

import yaml
from datasette.app import Datasette

from .dashboard.auth import auth_plugin_config, load_accounts
from .index import DB_NAME, open_readonly

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


def build_metadata(data_dir: Path, folder: Path, users_file: Path | None = None) -> dict:
    metadata = copy.deepcopy(load_metadata(folder))
    plugins = metadata.setdefault("plugins", {})
    plugins["datasette-auth-passwords"] = auth_plugin_config(load_accounts(users_file))
    plugins.setdefault("collector", {})["data_dir"] = str(Path(data_dir).resolve())
    return metadata


def build_datasette(
    data_dir: Path,
    users_file: Path | None = None,
    secret: str | None = None,
    settings: dict | None = None,
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
        metadata=build_metadata(data_dir, folder, users_file),
        template_dir=str(templates) if templates.is_dir() else None,
        plugins_dir=str(plugins_dir) if plugins_dir.is_dir() and any(plugins_dir.glob("*.py")) else None,
        settings={**SETTINGS, **(settings or {})},
        secret=secret or os.environ.get(SECRET_ENV) or None,
    )


def serve(data_dir: Path, host: str = "127.0.0.1", port: int = 8001, users_file: Path | None = None) -> None:
    """Serve the dashboard until interrupted."""
    import uvicorn

    ds = build_datasette(Path(data_dir), users_file=users_file)
    if not (ds.plugin_config("datasette-auth-passwords") or {}).get("actors"):
        print("注意：尚未配置任何用户，无法登录。请先运行 collector user add NAME --role office")
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on")


def main(argv=None) -> None:
    """``python -m collector.serve DATA_DIR [--host H] [--port P]`` (until the CLI wires it)."""
    import argparse

    parser = argparse.ArgumentParser(description="报送材料收集系统 dashboard")
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    serve(args.data_dir, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
