"""The production paths: implicit TLS (imap.163.com:993) and STARTTLS, against Dovecot with a
self-signed certificate that the collector is told to trust (COLLECTOR_IMAP_CA_FILE)."""

import datetime as dt

import pytest

from collector import jobs
from collector.config import load_settings
from collector.demo.dovecot import Dovecot
from collector.fetch import FetchError

MAIL = b"From: fgj@163.com\r\nSubject: =?gb2312?B?1sa2yA==?=\r\nMessage-ID: <tls@x>\r\n\r\nbody\r\n"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    server = Dovecot(tmp_path_factory.mktemp("tls-dovecot"), tls=True)
    server.start()
    server.append(MAIL, internaldate=dt.datetime(2023, 5, 10, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    yield server
    server.stop()


def settings(server, tmp_path, **overrides):
    values = dict(imap_host="127.0.0.1", imap_user=server.user, imap_password=server.password,
                  data_dir=tmp_path / "archive", imap_timeout=10)
    values.update(overrides)
    return load_settings({}, **values)


def test_implicit_tls_like_163_port_993(tls_server, tmp_path):
    s = settings(tls_server, tmp_path, imap_security="ssl", imap_port=tls_server.tls_port,
                 imap_ca_file=str(tls_server.ca_file))
    assert jobs.run_poll(s).new == 1


def test_starttls(tls_server, tmp_path):
    s = settings(tls_server, tmp_path, imap_security="starttls", imap_port=tls_server.port,
                 imap_ca_file=str(tls_server.ca_file))
    assert jobs.run_poll(s).new == 1


def test_untrusted_certificate_is_refused_with_a_clear_error(tls_server, tmp_path):
    s = settings(tls_server, tmp_path, imap_security="ssl", imap_port=tls_server.tls_port)
    with pytest.raises(FetchError, match="certificate"):
        jobs.run_poll(s)
