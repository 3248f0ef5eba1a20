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
