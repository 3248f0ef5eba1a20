from pathlib import Path

import pytest

from collector.config import ConfigError, load_settings


def test_defaults_are_163_over_ssl():
    s = load_settings({})
    assert (s.imap_host, s.imap_port, s.imap_security, s.imap_folder) == ("imap.163.com", 993, "ssl", "INBOX")


def test_environment_overrides_config_file(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('imap_host = "imap.example.org"\nimap_user = "file@x"\nimap_security = "plain"\n')
    s = load_settings({"COLLECTOR_CONFIG": str(conf), "COLLECTOR_IMAP_USER": "env@x"})
    assert s.imap_host == "imap.example.org"
    assert s.imap_user == "env@x"
    assert s.imap_port == 143  # default port follows the security mode


def test_password_from_file_and_never_in_repr(tmp_path):
    secret = tmp_path / "pw"
    secret.write_text("AUTHCODE123\n")
    secret.chmod(0o600)
    s = load_settings({"COLLECTOR_IMAP_PASSWORD_FILE": str(secret), "COLLECTOR_IMAP_USER": "u"})
    assert s.imap_password == "AUTHCODE123"
    assert "AUTHCODE123" not in repr(s)


def test_missing_password_is_a_clear_error():
    with pytest.raises(ConfigError, match="授权码"):
        load_settings({"COLLECTOR_IMAP_USER": "u"}).require_imap()


def test_bad_values_are_named(tmp_path):
    with pytest.raises(ConfigError, match="COLLECTOR_IMAP_PORT"):
        load_settings({"COLLECTOR_IMAP_PORT": "nine"})
    conf = tmp_path / "c.toml"
    conf.write_text('imap_hots = "typo"\n')
    with pytest.raises(ConfigError, match="imap_hots"):
        load_settings({"COLLECTOR_CONFIG": str(conf)})


def test_as_environ_round_trips_for_child_processes(tmp_path):
    s = load_settings({}, imap_host="127.0.0.1", imap_port=1143, imap_security="plain", imap_user="u",
                      imap_password="pw", data_dir=tmp_path, campaign="builtin")
    env = s.as_environ({"PATH": "/bin", "COLLECTOR_IMAP_FOLDER": "Junk"})
    assert env["PATH"] == "/bin"
    assert load_settings(env) == s


def _private(path, text):
    path.write_text(text)
    path.chmod(0o600)
    return path


def test_password_file_in_config_file_with_the_variable_too(tmp_path):
    """Both documented routes at once: config.toml names the file, collector.env names it too."""
    secret = _private(tmp_path / "pw", "CODE\n")
    conf = _private(tmp_path / "c.toml", f'imap_user = "u"\nimap_password_file = "{secret}"\n')
    s = load_settings({"COLLECTOR_CONFIG": str(conf), "COLLECTOR_IMAP_PASSWORD_FILE": str(secret)})
    assert s.imap_password == "CODE"
    assert load_settings({"COLLECTOR_CONFIG": str(conf)}).imap_password == "CODE"


@pytest.mark.parametrize(
    "env, named",
    [
        ({"COLLECTOR_IMAP_TIMEOUT": "60s"}, "imap_timeout (COLLECTOR_IMAP_TIMEOUT) must be a number"),
        ({"COLLECTOR_IMAP_TIMEOUT": "-1"}, "imap_timeout"),
        ({"COLLECTOR_IMAP_PORT": "70000"}, "imap_port (COLLECTOR_IMAP_PORT) must be a port number"),
        ({"COLLECTOR_IMAP_SECURITY": "tls"}, "imap_security (COLLECTOR_IMAP_SECURITY) must be one of ssl"),
        ({"COLLECTOR_DASHBOARD_ACCESS_LOG": "maybe"}, "must be true or false"),
        ({"COLLECTOR_POLL_ALERT_HOURS": "two"}, "poll_alert_hours"),
        ({"COLLECTOR_IMAP_HOTS": "x"}, "COLLECTOR_IMAP_HOTS in the environment (did you mean COLLECTOR_IMAP_HOST?)"),
    ],
)
def test_every_bad_value_is_one_line_naming_the_setting(env, named):
    with pytest.raises(ConfigError) as caught:
        load_settings(env)
    assert named in str(caught.value)
    assert "\n" not in str(caught.value)


def test_bad_values_in_the_config_file_are_named(tmp_path):
    conf = tmp_path / "c.toml"
    conf.write_text('imap_timeout = "abc"\n')
    with pytest.raises(ConfigError, match=r"imap_timeout \(COLLECTOR_IMAP_TIMEOUT\) must be a number above 0, got 'abc'"):
        load_settings({"COLLECTOR_CONFIG": str(conf)})
    conf.write_text("imap_hots = 1\n")
    with pytest.raises(ConfigError, match=r"imap_hots \(did you mean imap_host\?\)"):
        load_settings({"COLLECTOR_CONFIG": str(conf)})
    conf.write_bytes(b"imap_host = '\xff'\n")
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings({"COLLECTOR_CONFIG": str(conf)})


def test_unreadable_config_file_is_one_line(tmp_path):
    conf = tmp_path / "c.toml"
    conf.mkdir()  # reading a directory fails for root too
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_settings({"COLLECTOR_CONFIG": str(conf)})


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_secrets_readable_by_others_are_refused_with_the_fix(tmp_path, mode):
    secret = tmp_path / "pw"
    secret.write_text("CODE\n")
    secret.chmod(mode)
    with pytest.raises(ConfigError, match=f"may be read by other users; fix: chmod 600 {secret}"):
        load_settings({"COLLECTOR_IMAP_PASSWORD_FILE": str(secret)})
    conf = tmp_path / "c.toml"
    conf.write_text('imap_password = "CODE"\n')
    conf.chmod(mode)
    with pytest.raises(ConfigError, match=f"chmod 600 {conf}"):
        load_settings({"COLLECTOR_CONFIG": str(conf)})


def test_default_config_follows_the_install_prefix(tmp_path):
    (tmp_path / "etc/collector").mkdir(parents=True)
    (tmp_path / "etc/collector/config.toml").write_text('imap_host = "mail.example.org"\npoll_alert_hours = 0.5\n')
    s = load_settings({"COLLECTOR_PREFIX": str(tmp_path)})
    assert (s.imap_host, s.poll_alert_hours) == ("mail.example.org", 0.5)


def test_a_config_file_the_user_may_not_read_is_one_line():
    """E.g. /etc/collector (root:collector 0750) for a user who is not collector."""
    import os
    import shutil
    import subprocess
    import tempfile

    if os.geteuid() != 0:
        pytest.skip("runs a command as another user: needs root (CI runs as root)")
    root = Path(tempfile.mkdtemp(dir="/tmp"))
    try:
        root.chmod(0o755)
        (root / "etc/collector").mkdir(parents=True)
        (root / "etc/collector/config.toml").write_text('imap_host = "x"\n')
        (root / "etc/collector").chmod(0o700)
        (root / "code/collector").mkdir(parents=True)
        shutil.copy(Path(__file__).resolve().parents[1] / "collector/config.py", root / "code/collector/config.py")
        (root / "code").chmod(0o755)
        code = "from collector.config import load_settings, ConfigError\ntry:\n load_settings()\nexcept ConfigError as e:\n print(e)"
        out = subprocess.run(["runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c", code], capture_output=True,
                             text=True, env={"COLLECTOR_PREFIX": str(root), "PYTHONPATH": str(root / "code"), "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})
        assert out.stdout.strip() == f"cannot read config file {root}/etc/collector/config.toml: Permission denied", out.stderr
    finally:
        shutil.rmtree(root)


def test_an_unknown_variable_far_from_any_setting_is_named_but_not_fatal(caplog):
    """Not a typo of a setting (perhaps a newer version's): named on stderr, the command goes on."""
    with caplog.at_level("WARNING"):
        s = load_settings({"COLLECTOR_SOMETHING_ELSE_ENTIRELY": "1"})
    assert s.imap_host == "imap.163.com"
    assert "unknown variable COLLECTOR_SOMETHING_ELSE_ENTIRELY in the environment (ignored)" in caplog.text


@pytest.mark.parametrize("host, on_this_machine", [
    ("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("LocalHost", True), ("::1", True),
    ("::ffff:127.0.0.1", True),
    ("10.0.0.1", False), ("smtp.163.com", False), ("localhost.example.com", False), ("::ffff:10.0.0.1", False),
])
def test_plain_smtp_only_to_this_machine_however_it_is_spelled(host, on_this_machine):
    environ = {"COLLECTOR_SMTP_SECURITY": "plain", "COLLECTOR_SMTP_HOST": host}
    if on_this_machine:
        assert load_settings(environ).smtp_host == host
    else:
        with pytest.raises(ConfigError, match="plain is only for a mail server on this machine"):
            load_settings(environ)


REPO = Path(__file__).resolve().parents[1]


def documented_variables() -> list[str]:
    """Every COLLECTOR_ variable the README, docs/ and cron/ tell a person to set (a prefix such as COLLECTOR_ROLE_
    with its trailing underscore)."""
    import re

    texts = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")), *sorted((REPO / "cron").iterdir())]
    return sorted({m for path in texts if path.is_file()
                   for m in re.findall(r"COLLECTOR_[A-Z_]*[A-Z_]", path.read_text(encoding="utf-8", errors="replace"))})


def test_every_variable_the_documents_name_is_taken_without_a_word(caplog):
    """COLLECTOR_NO_OCR=1, as the README says, was refused (did you mean COLLECTOR_NO_OFFICE?); a documented variable
    is neither refused nor called unknown. Prefixes (COLLECTOR_ROLE_) stand for their variables."""
    names = documented_variables()
    assert "COLLECTOR_NO_OCR" in names and "COLLECTOR_THUMBNAIL_BUDGET" in names
    environ = {(n + "x" if n.endswith("_") else n): "" for n in names}  # only the names are checked
    from collector.config import _check_environment_names

    with caplog.at_level("WARNING"):
        _check_environment_names(environ)
    assert "unknown variable" not in caplog.text
