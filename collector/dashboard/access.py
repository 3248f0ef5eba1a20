"""Who may see a page, and the archive it reads.

Every handler runs behind the login gate in plugin.py and checks the role again
itself (``require_role``), so a page never depends on the gate alone.
"""

from __future__ import annotations

from pathlib import Path

from datasette.utils.asgi import Forbidden, NotFound

from .auth import role_of

DB_NAME = "collector"


def require_role(request) -> str:
    role = role_of(request.actor)
    if role is None:
        raise Forbidden("需要登录")
    return role


def archive_db(datasette):
    try:
        return datasette.get_database(DB_NAME)
    except KeyError:
        raise NotFound("数据库 collector 未加载")


def data_dir_of(datasette) -> Path:
    config = datasette.plugin_config("collector") or {}
    if config.get("data_dir"):
        return Path(config["data_dir"])
    db = archive_db(datasette)
    return Path(db.path).parent
