"""Dashboard accounts: who may log in, with which role.

Two roles:
  office   the clerk: every page, table, file and export; no arbitrary SQL
  auditor  everything office may, plus read-only SQL and the database download

Accounts come from the environment and/or a users file outside the repository;
only password hashes (datasette-auth-passwords' pbkdf2_sha256) are ever stored:

  COLLECTOR_PASSWORD_HASH_<user>=pbkdf2_sha256$...   COLLECTOR_ROLE_<user>=office|auditor
  COLLECTOR_USERS_FILE (or users_file in config.toml; scripts/install-service sets
  /etc/collector/dashboard/users.json)                   default ~/.config/collector/users.json

A password has at least MIN_PASSWORD_LENGTH characters.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from datasette_auth_passwords.utils import hash_password

ROLES = ("office", "auditor")
HASH_ENV_PREFIX = "COLLECTOR_PASSWORD_HASH_"
ROLE_ENV_PREFIX = "COLLECTOR_ROLE_"
USERS_FILE_ENV = "COLLECTOR_USERS_FILE"
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")
MIN_PASSWORD_LENGTH = 10


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    password_hash: str | None  # None: the hash stays in the environment variable
    from_env: bool


def default_users_file() -> Path:
    if os.environ.get(USERS_FILE_ENV):
        return Path(os.environ[USERS_FILE_ENV])
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "collector" / "users.json"


def validate_username(name: str) -> None:
    if not _USERNAME.match(name):
        raise ValueError("user name must be ASCII letters, digits or _, starting with a letter")


def validate_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")


def env_lines(name: str, role: str, password_hash: str) -> list[str]:
    return [f"{HASH_ENV_PREFIX}{name}={password_hash}", f"{ROLE_ENV_PREFIX}{name}={role}"]


def add_user(
    name: str,
    role: str,
    password: str,
    users_file: Path | None = None,
    write_file: bool = True,
) -> list[str]:
    """Create or replace an account. Writes the hash to the users file (mode 0600)
    unless ``write_file`` is False, and returns the equivalent environment lines
    (for a systemd EnvironmentFile) -- they hold a hash, never the password."""
    validate_username(name)
    validate_role(role)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"password too short: at least {MIN_PASSWORD_LENGTH} characters")
    password_hash = hash_password(password)
    if write_file:
        path = users_file or default_users_file()
        users = _read_users_file(path)
        users[name] = {"role": role, "password_hash": password_hash}
        _write_users_file(path, users)
    return env_lines(name, role, password_hash)


def remove_user(name: str, users_file: Path | None = None) -> bool:
    path = users_file or default_users_file()
    users = _read_users_file(path)
    if users.pop(name, None) is None:
        return False
    _write_users_file(path, users)
    return True


def list_users(users_file: Path | None = None) -> list[tuple[str, str]]:
    """(name, role) of every login in the users file, by name."""
    users = _read_users_file(users_file or default_users_file())
    return sorted((name, entry.get("role", "office")) for name, entry in users.items())


def _read_users_file(path: Path) -> dict:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read users file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return dict(data.get("users") or {})


def _write_users_file(path: Path, users: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"users": users}, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def load_accounts(users_file: Path | None = None, environ=None) -> dict[str, Account]:
    """Accounts from the users file, then the environment (which wins)."""
    environ = os.environ if environ is None else environ
    accounts: dict[str, Account] = {}
    path = users_file or default_users_file()
    for name, entry in _read_users_file(path).items():
        role = entry.get("role", "office")
        if _USERNAME.match(name) and role in ROLES and entry.get("password_hash"):
            accounts[name] = Account(name, role, entry["password_hash"], from_env=False)
    for key in environ:
        if key.startswith(HASH_ENV_PREFIX):
            name = key[len(HASH_ENV_PREFIX):]
            role = environ.get(ROLE_ENV_PREFIX + name, "office")
            if _USERNAME.match(name) and role in ROLES:
                accounts[name] = Account(name, role, None, from_env=True)
    return accounts


def auth_plugin_config(accounts: dict[str, Account]) -> dict:
    """datasette-auth-passwords configuration; env hashes stay as ``$env`` references."""
    config: dict = {"actors": {}}
    for account in accounts.values():
        if account.from_env:
            config[f"{account.name}_password_hash"] = {"$env": HASH_ENV_PREFIX + account.name}
        else:
            config[f"{account.name}_password_hash"] = account.password_hash
        config["actors"][account.name] = {"id": account.name, "role": account.role}
    return config


_loaded_stamps: dict[int, tuple | None] = {}  # id(datasette) -> the users file's (mtime, size) last loaded


def _stamp(path: Path) -> tuple | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def current_actor(datasette, actor):
    """The actor as the users file says now: None once its login was removed, its role
    as last set. The file is re-read when it changed, so `collector user add/remove`
    take effect on a running dashboard (and a removed login's cookie stops working)."""
    users_file = (datasette.plugin_config("collector") or {}).get("users_file")
    if users_file:
        stamp = _stamp(Path(users_file))
        if _loaded_stamps.get(id(datasette), "unset") != stamp:
            try:
                config = auth_plugin_config(load_accounts(Path(users_file)))
            except ValueError:
                config = None  # a file being rewritten by hand: keep the accounts loaded
            if config is not None:
                datasette._metadata_local.setdefault("plugins", {})["datasette-auth-passwords"] = config
                _loaded_stamps[id(datasette)] = stamp
    if not isinstance(actor, dict):
        return actor
    actors = (datasette.plugin_config("datasette-auth-passwords") or {}).get("actors") or {}
    return actors.get(actor.get("id"))


def role_of(actor) -> str | None:
    if isinstance(actor, dict) and actor.get("role") in ROLES:
        return actor["role"]
    return None
