"""Settings: a config file, overridden by the environment.

The config file is TOML, read from $COLLECTOR_CONFIG if set, else
/etc/collector/config.toml if it exists. Keys are the environment names
without the COLLECTOR_ prefix, lower-cased (imap_host = "imap.163.com").
The IMAP password (the 163 授权码) may also come from a file named by
COLLECTOR_IMAP_PASSWORD_FILE, so that it never has to sit in a crontab.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from pathlib import Path

DEFAULT_CONFIG_PATH = Path("/etc/collector/config.toml")
SECURITY_MODES = ("ssl", "starttls", "plain")


class ConfigError(Exception):
    """A setting is missing or wrong; the message says which, never its secret value."""


@dataclasses.dataclass(frozen=True)
class Settings:
    imap_host: str = "imap.163.com"
    imap_port: int = 993
    imap_security: str = "ssl"
    imap_user: str = ""
    imap_password: str = dataclasses.field(default="", repr=False)
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
    # ----- sending (receipts, reminders: collector/outbox/); user and password default to IMAP's
    smtp_host: str = "smtp.163.com"
    smtp_port: int = 465
    smtp_security: str = "ssl"
    smtp_user: str = ""
    smtp_password: str = dataclasses.field(default="", repr=False)
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
            env["COLLECTOR_" + field.name.upper()] = str(getattr(self, field.name))
        return env

    def require_imap(self) -> None:
        if not self.imap_user:
            raise ConfigError("COLLECTOR_IMAP_USER is not set (the mailbox address, e.g. jc7710089@163.com)")
        if not self.imap_password:
            raise ConfigError(
                "COLLECTOR_IMAP_PASSWORD (or COLLECTOR_IMAP_PASSWORD_FILE) is not set: "
                "163 needs the client authorisation code (授权码), not the web password"
            )
        if self.imap_security not in SECURITY_MODES:
            raise ConfigError(f"COLLECTOR_IMAP_SECURITY must be one of {', '.join(SECURITY_MODES)}")


def _read_config_file(environ: dict[str, str]) -> dict[str, object]:
    path = Path(environ["COLLECTOR_CONFIG"]) if environ.get("COLLECTOR_CONFIG") else DEFAULT_CONFIG_PATH
    if str(path) == os.devnull:
        return {}
    if not path.exists():
        if environ.get("COLLECTOR_CONFIG"):
            raise ConfigError(f"config file {path} does not exist")
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _password_from_file(values: dict[str, object], environ: dict[str, str], service: str) -> None:
    """<service>_password from COLLECTOR_<SERVICE>_PASSWORD_FILE (or the config file's
    <service>_password_file) unless it is given directly."""
    env_name = f"COLLECTOR_{service.upper()}_PASSWORD_FILE"
    password_file = environ.get(env_name) or values.pop(f"{service}_password_file", None)
    if password_file and not values.get(f"{service}_password"):
        try:
            values[f"{service}_password"] = Path(str(password_file)).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"cannot read {env_name} {password_file}: {exc.strerror}") from None


def _default_port(security: str) -> int:
    return 993 if security == "ssl" else 143


def load_settings(environ: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Settings from the config file, then the environment, then explicit overrides."""
    environ = dict(os.environ if environ is None else environ)
    values: dict[str, object] = _read_config_file(environ)
    for field in dataclasses.fields(Settings):
        env_name = "COLLECTOR_" + field.name.upper()
        if env_name in environ and environ[env_name] != "":
            values[field.name] = environ[env_name]
    _password_from_file(values, environ, "imap")
    values.update({k: v for k, v in overrides.items() if v is not None})
    _smtp_values(values, environ)
    unknown = set(values) - {f.name for f in dataclasses.fields(Settings)}
    if unknown:
        raise ConfigError(f"unknown setting(s) in config file: {', '.join(sorted(unknown))}")
    security = str(values.get("imap_security", "ssl")).lower()
    values["imap_security"] = security
    values["imap_port"] = _as_int(values.get("imap_port", _default_port(security)), "COLLECTOR_IMAP_PORT")
    for name in ("imap_timeout",):
        if name in values:
            values[name] = float(values[name])  # type: ignore[arg-type]
    if "imap_batch_bytes" in values:
        values["imap_batch_bytes"] = _as_int(values["imap_batch_bytes"], "COLLECTOR_IMAP_BATCH_BYTES")
    values["data_dir"] = Path(str(values.get("data_dir", "archive"))).expanduser()
    return Settings(**values)  # type: ignore[arg-type]


# ----- SMTP (collector/outbox/) ---------------------------------------------------------------

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
SMTP_DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "plain": 25}


def _smtp_values(values: dict[str, object], environ: dict[str, str]) -> None:
    """SMTP settings in place: the password from its file, user and password from IMAP's
    (163 uses one 授权码 for both), the port from the security mode, numbers checked."""
    _password_from_file(values, environ, "smtp")
    if not values.get("smtp_user"):
        values["smtp_user"] = values.get("imap_user", "")
    if not values.get("smtp_password"):
        values["smtp_password"] = values.get("imap_password", "")
    security = str(values.get("smtp_security", "ssl")).lower()
    if security not in SECURITY_MODES:
        raise ConfigError(f"COLLECTOR_SMTP_SECURITY must be one of {', '.join(SECURITY_MODES)}")
    if security == "plain" and str(values.get("smtp_host", "")) not in LOOPBACK_HOSTS:
        raise ConfigError("COLLECTOR_SMTP_SECURITY=plain is only for a mail server on this machine (127.0.0.1)")
    values["smtp_security"] = security
    values["smtp_port"] = _as_int(values.get("smtp_port", SMTP_DEFAULT_PORTS[security]), "COLLECTOR_SMTP_PORT")
    values["smtp_daily_cap"] = _as_int(values.get("smtp_daily_cap", 200), "COLLECTOR_SMTP_DAILY_CAP")
    for name in ("smtp_timeout", "smtp_pace"):
        if name in values:
            try:
                values[name] = float(values[name])  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise ConfigError(f"COLLECTOR_{name.upper()} must be a number, got {values[name]!r}") from None


def _as_int(value: object, name: str) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise ConfigError(f"{name} must be a whole number, got {value!r}") from None
