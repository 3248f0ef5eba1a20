"""The one way the dashboard gets its settings (decisions, the 发件箱 page, reminders).

The settings a run would use: the environment's and the config file's (the dashboard
runs under the same service as the poll), with this dashboard's archive and campaign
files. Read once, and again only when the config file or a password file changes (or
the environment does), not on every request.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from .. import config
from ..config import Settings
from .access import data_dir_of

_cache: dict[tuple, tuple[tuple, Settings]] = {}
_lock = threading.Lock()


def dashboard_settings(datasette) -> Settings:
    overrides = {"data_dir": data_dir_of(datasette)}
    campaign = (datasette.plugin_config("collector") or {}).get("campaign")
    if campaign:
        overrides["campaign"] = campaign
    environ = {k: v for k, v in os.environ.items() if k.startswith("COLLECTOR_")}
    key = (tuple(sorted(environ.items())), tuple(sorted((k, str(v)) for k, v in overrides.items())))
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == _files_signature(cached[1]):
            return cached[1]
    signature_before = _config_signature()
    settings = config.load_settings(**overrides)
    with _lock:
        _cache.clear()  # one entry: the environment and the dashboard's options do not change in a process
        _cache[key] = (signature_before + _password_signature(settings), settings)
    return settings


def _config_path() -> Path:
    given = os.environ.get("COLLECTOR_CONFIG")
    return Path(given) if given else config.default_config_path(dict(os.environ))


def _stat(path: Path | str) -> tuple:
    if not str(path):
        return ("",)
    try:
        st = Path(path).stat()
    except OSError:
        return (str(path), "missing")
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ino)


def _config_signature() -> tuple:
    return (_stat(_config_path()),)


def _password_signature(settings: Settings) -> tuple:
    return (_stat(settings.imap_password_file), _stat(settings.smtp_password_file))


def _files_signature(settings: Settings) -> tuple:
    return _config_signature() + _password_signature(settings)
