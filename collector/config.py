"""Settings: a config file, overridden by the environment.

The config file is TOML, read from $COLLECTOR_CONFIG if set, else
/etc/collector/config.toml if it exists ($COLLECTOR_PREFIX/etc/... when an
install prefix is set, as scripts/install-service does for tests). Keys are the
environment names without the COLLECTOR_ prefix, lower-cased
(imap_host = "imap.163.com"). The IMAP password (the 163 授权码) may also come
from a file named by imap_password_file / COLLECTOR_IMAP_PASSWORD_FILE, so that
it never has to sit in a crontab; the SMTP settings (smtp_*, for receipts and
reminders) default to the IMAP user and password.

Every bad value is a ConfigError naming the setting and what it expects; a
secret in a file that others may read is refused with the command that fixes it.
"""

from __future__ import annotations

import dataclasses
import difflib
import ipaddress
import logging
import os
import stat
import tomllib
from pathlib import Path

SECURITY_MODES = ("ssl", "starttls", "plain")
PREFIX_ENV = "COLLECTOR_PREFIX"

# COLLECTOR_* variables read elsewhere than Settings (so they are not reported as unknown).
OTHER_VARIABLES = {
    "COLLECTOR_CONFIG", PREFIX_ENV, "COLLECTOR_SERVICE_USER",
    "COLLECTOR_WORKERS", "COLLECTOR_NO_OFFICE", "COLLECTOR_OFFICE_TIMEOUT", "COLLECTOR_PARSE_TIMEOUT",
    "COLLECTOR_CRASH_AT", "COLLECTOR_ENOSPC_AFTER", "COLLECTOR_DATASETTE_DIR", "COLLECTOR_DASHBOARD_SECRET",
    "COLLECTOR_NO_OCR", "COLLECTOR_OCR_BUDGET", "COLLECTOR_OCR_CACHE", "COLLECTOR_THUMBNAIL_BUDGET",
}
OTHER_PREFIXES = ("COLLECTOR_PASSWORD_HASH_", "COLLECTOR_ROLE_")


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which, never its secret value."""


@dataclasses.dataclass(frozen=True)
class Settings:
    imap_host: str = "imap.163.com"
    imap_port: int = 993
    imap_security: str = "ssl"
    imap_user: str = ""
    imap_password: str = dataclasses.field(default="", repr=False)
    imap_password_file: str = ""
    imap_folder: str = "INBOX"
    imap_timeout: float = 60.0
    imap_ca_file: str = ""  # extra CA certificate(s) to trust (a private mail server); empty: the system's
    # One FETCH asks for at most this many bytes of mail. The poll process holds
    # a batch while the one before it is being parsed: 8 MB instead of 16 took
    # ~25 MB off its peak (bench/) at no cost on a fast link; a distant server pays
    # one more round trip per 8 MB, and only on the first ingest.
    imap_batch_bytes: int = 8 * 1024 * 1024
    data_dir: Path = Path("archive")
    campaign: str = "builtin"
    users_file: str = ""  # dashboard logins; empty: collector/dashboard/auth.py's default
    dashboard_secret_file: str = ""  # signs login cookies, so logins survive a restart
    dashboard_access_log: bool = True  # one line per request on stderr (the journal)
    poll_alert_hours: float = 2.0  # the dashboard warns when no poll succeeded for this long
    dashboard_idle_minutes: float = 60.0  # a login idle this long must log in again
    dashboard_behind_proxy: bool = False  # behind a reverse proxy on this machine: trust its X-Forwarded-For/-Proto
    # ----- sending (receipts, reminders: collector/outbox/); user and password default to IMAP's
    smtp_host: str = "smtp.163.com"
    smtp_port: int = 465
    smtp_security: str = "ssl"
    smtp_user: str = ""
    smtp_password: str = dataclasses.field(default="", repr=False)
    smtp_password_file: str = ""
    smtp_from: str = ""  # default: the SMTP user
    smtp_timeout: float = 60.0
    smtp_pace: float = 3.0  # seconds between two mails
    smtp_daily_cap: int = 200  # mails per office day; the rest wait for the next run

    @property
    def sender(self) -> str:
        return self.smtp_from or self.smtp_user

    @property
    def account(self) -> str:
        return f"{self.imap_user}@{self.imap_host}"

    def as_environ(self, base: dict[str, str] | None = None) -> dict[str, str]:
        """An environment that gives a child `collector` process exactly these settings.

        Other COLLECTOR_* variables of ``base`` are dropped, and COLLECTOR_CONFIG
        points at an empty file so no /etc config leaks in. Holds the password:
        pass it to a child process only, never print it."""
        env = {k: v for k, v in (os.environ if base is None else base).items() if not k.startswith("COLLECTOR_")}
        env["COLLECTOR_CONFIG"] = os.devnull
        for field in dataclasses.fields(self):
            if field.name in ("imap_password_file", "smtp_password_file"):
                continue  # the password itself is passed
            value = getattr(self, field.name)
            env["COLLECTOR_" + field.name.upper()] = str(value).lower() if isinstance(value, bool) else str(value)
        return env

    def require_imap(self) -> None:
        if not self.imap_user:
            raise ConfigError("COLLECTOR_IMAP_USER is not set (the mailbox address, e.g. jc7710089@163.com)")
        if not self.imap_password:
            raise ConfigError(
                "COLLECTOR_IMAP_PASSWORD (or COLLECTOR_IMAP_PASSWORD_FILE) is not set: "
                "163 needs the client authorisation code (授权码), not the web password"
            )


FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def default_config_path(environ: dict[str, str]) -> Path:
    return Path(environ.get(PREFIX_ENV) or "/") / "etc/collector/config.toml"


def _read_config_file(environ: dict[str, str]) -> dict[str, object]:
    path = Path(environ["COLLECTOR_CONFIG"]) if environ.get("COLLECTOR_CONFIG") else default_config_path(environ)
    if str(path) == os.devnull:
        return {}
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if environ.get("COLLECTOR_CONFIG"):
            raise ConfigError(f"config file {path} does not exist") from None
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        raise ConfigError(f"cannot read config file {path}: {reason}") from None
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    if "imap_password" in values or "smtp_password" in values:
        refuse_if_others_can_read(path, "config file with a password")
    unknown = sorted(set(values) - set(FIELDS))
    if unknown:
        raise ConfigError(f"unknown setting(s) in config file {path}: {', '.join(k + _hint(k, FIELDS) for k in unknown)}")
    return values


def _mode(path: Path) -> int:
    return path.stat().st_mode


def refuse_if_others_can_read(path: Path, what: str) -> None:
    """A secret must be readable by its owner only."""
    if _mode(path) & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"{what} {path} may be read by other users; fix: chmod 600 {path}")


def _hint(name: str, known) -> str:
    """What to append to a mistyped name: ' (did you mean X?)' with the closest known name, or nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]}?)" if close else ""


def _check_environment_names(environ: dict[str, str]) -> None:
    """A mistyped COLLECTOR_ variable must not be silently ignored."""
    known = {"COLLECTOR_" + name.upper() for name in FIELDS} | OTHER_VARIABLES
    for name in sorted(environ):
        if not name.startswith("COLLECTOR_") or name in known or name.startswith(OTHER_PREFIXES):
            continue
        hint = _hint(name, known)
        if hint:
            raise ConfigError(f"unknown variable {name} in the environment{hint}")
        logging.getLogger(__name__).warning("unknown variable %s in the environment (ignored)", name)


def _default_port(security: str) -> int:
    return 993 if security == "ssl" else 143


def load_settings(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from the config file, then the environment, then explicit overrides."""
    environ = dict(os.environ if environ is None else environ)
    _check_environment_names(environ)
    values: dict[str, object] = _read_config_file(environ)
    for name in FIELDS:
        env_name = "COLLECTOR_" + name.upper()
        if environ.get(env_name, "") != "":
            values[name] = environ[env_name]
    values.update({k: v for k, v in overrides.items() if v is not None})
    _read_password_file(values, "imap")
    _smtp_defaults(values)
    return Settings(**_typed(values))  # type: ignore[arg-type]


def _read_password_file(values: dict[str, object], service: str) -> None:
    """<service>_password from <service>_password_file unless it is given directly."""
    password_file = str(values.get(f"{service}_password_file") or "")
    if not password_file or values.get(f"{service}_password"):
        return
    path = Path(password_file)
    try:
        refuse_if_others_can_read(path, f"{service}_password_file")
        values[f"{service}_password"] = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        raise ConfigError(f"cannot read {service}_password_file {path}: {reason}") from None


SMTP_DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "plain": 25}


def is_loopback(host: str) -> bool:
    """Whether a host name or address is this machine: localhost, 127.0.0.0/8, ::1, and
    127.x as an IPv6-mapped address (what a dual-stack listener sees for a local client).
    The one test for plain SMTP, the dashboard's listen address and a trusted proxy."""
    if host.lower() == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback


def _smtp_defaults(values: dict[str, object]) -> None:
    """SMTP user and password default to IMAP's (163 uses one 授权码 for both); the
    port follows the security mode; plain SMTP only to a server on this machine."""
    _read_password_file(values, "smtp")
    if not values.get("smtp_user"):
        values["smtp_user"] = values.get("imap_user", "")
    if not values.get("smtp_password"):
        values["smtp_password"] = values.get("imap_password", "")
    security = str(values.get("smtp_security", "ssl")).lower()
    if security not in SECURITY_MODES:
        raise ConfigError(f"smtp_security (COLLECTOR_SMTP_SECURITY) must be one of {', '.join(SECURITY_MODES)}, got {security!r}")
    if security == "plain" and not is_loopback(str(values.get("smtp_host", ""))):
        raise ConfigError("smtp_security (COLLECTOR_SMTP_SECURITY) plain is only for a mail server on this machine (127.0.0.1)")
    values["smtp_security"] = security
    values.setdefault("smtp_port", SMTP_DEFAULT_PORTS[security])


def _typed(values: dict[str, object]) -> dict[str, object]:
    """Each value converted to its setting's type, or a ConfigError naming the setting."""
    security = str(values.get("imap_security", "ssl")).lower()
    if security not in SECURITY_MODES:
        raise ConfigError(f"imap_security (COLLECTOR_IMAP_SECURITY) must be one of {', '.join(SECURITY_MODES)}, got {security!r}")
    values["imap_security"] = security
    values.setdefault("imap_port", _default_port(security))
    typed: dict[str, object] = {}
    for name, value in values.items():
        kind = FIELDS[name].type
        if kind == "int":
            typed[name] = _number(name, value, int, "a whole number")
        elif kind == "float":
            typed[name] = _number(name, value, float, "a number", zero_ok=name in ZERO_ALLOWED)
        elif kind == "bool":
            typed[name] = _boolean(name, value)
        elif kind == "Path":
            typed[name] = Path(str(value)).expanduser()
        else:
            typed[name] = str(value)
    for port in ("imap_port", "smtp_port"):
        if port in typed and not 0 < typed[port] < 65536:  # type: ignore[operator]
            raise ConfigError(f"{_setting_names(port)} must be a port number 1-65535, got {typed[port]}")
    return typed


def _setting_names(name: str) -> str:
    return f"{name} (COLLECTOR_{name.upper()})"


ZERO_ALLOWED = {"smtp_pace"}  # no wait between two mails (a local server)


def _number(name: str, value: object, kind: type, expected: str, zero_ok: bool = False):
    try:
        number = kind(value) if not isinstance(value, bool) else None
    except (TypeError, ValueError):
        number = None
    if number is None or number < 0 or (number == 0 and not zero_ok):
        floor = "0 or above" if zero_ok else "above 0"
        raise ConfigError(f"{_setting_names(name)} must be {expected} {floor}, got {value!r}")
    return number


def _boolean(name: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ConfigError(f"{_setting_names(name)} must be true or false, got {value!r}")
