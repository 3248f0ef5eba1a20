"""Shared pytest fixtures.

Keep each fixture in its own clearly named function; several people add here.
"""

from __future__ import annotations

import base64
import os
import secrets
import subprocess

import pytest

from collector.demo.dovecot import Account, Dovecot

# ----- OCR read once a run (owner: collector/parsers/ocr.py) -----------------------------


@pytest.fixture(scope="session", autouse=True)
def ocr_cache(tmp_path_factory):
    """One OCR cache folder for the run, shared by the xdist workers (their temporary folders' parent) and the
    collector processes the tests start: a mailbox drawn for its routing and again for its 报送情况 shows tesseract
    the same pictures, and each is read once. The first read of each is tesseract's own."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "ocr-cache"
    os.environ["COLLECTOR_OCR_CACHE"] = str(folder)
    yield folder
    os.environ.pop("COLLECTOR_OCR_CACHE", None)


# ----- mixed mailboxes drawn once a run (owner: tests/mixed_suite.py) ------------------------


@pytest.fixture(scope="session", autouse=True)
def mixed_draws(tmp_path_factory):
    """One folder for the run where mixed_suite.built keeps each mailbox it draws, shared by the xdist workers:
    a set's status tests, often in another worker than its routing tests, read the draw instead of drawing again."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "mixed-draws"
    folder.mkdir(exist_ok=True)
    os.environ["MIXED_DRAWS"] = str(folder)
    yield folder
    os.environ.pop("MIXED_DRAWS", None)


# ----- Dovecot (owner: collector/demo/dovecot.py) ------------------------------------------


@pytest.fixture(scope="session")
def dovecot_server(tmp_path_factory) -> Dovecot:
    """A real Dovecot IMAP server for the whole test session.

    Plain IMAP on 127.0.0.1 (`.host`, `.port`), main account `.user` /
    `.password` (jc7710089@163.com). Useful members: `.append(raw, internaldate,
    folder=, flags=, user=)`, `.client(user, password)` (a logged-in
    IMAPClient), `.delete(uids)`, `.reset_uidvalidity(folder)`,
    `.add_user(user, password)`, `.log_text()` / `.log_path` (the log has
    "ID sent: ..." lines and logout lines with fetch_body_count=N).

    The main account is shared by every test in the session: tests that need an
    empty mailbox should use `fresh_mailbox` (or `add_user`) instead.
    """
    server = Dovecot(tmp_path_factory.mktemp("dovecot"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def fresh_mailbox(dovecot_server) -> Account:
    """A new IMAP account with an empty INBOX on the session's Dovecot (cheap: no restart).

    An `collector.demo.dovecot.Account`: `.host`, `.port`, `.user`, `.password`,
    `.append(raw, internaldate, folder=, flags=)`, `.client()`, `.delete(uids)`,
    `.uidvalidity()`, `.reset_uidvalidity()` (restarts the shared server),
    `.server` (the Dovecot) and `.log_path`.
    """
    return dovecot_server.account(f"t{secrets.token_hex(5)}@163.com", secrets.token_urlsafe(12))


@pytest.fixture(scope="session")
def dkim_key(tmp_path_factory) -> tuple[bytes, bytes]:
    """(private key PEM, DKIM TXT record) of a fresh 2048-bit RSA key, for signing test mails."""
    pem_path = tmp_path_factory.mktemp("dkim") / "key.pem"
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(pem_path), "2048"], check=True, capture_output=True)
    public = subprocess.run(
        ["openssl", "rsa", "-in", str(pem_path), "-pubout", "-outform", "DER"], check=True, capture_output=True
    ).stdout
    return pem_path.read_bytes(), b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)



# ----- SMTP (owner: collector/outbox/, collector/demo/smtp_sink.py) -------------------------


@pytest.fixture
def smtp_sink():
    """A real SMTP server (aiosmtpd) on 127.0.0.1:`.port`, no TLS, no AUTH. `.messages` holds
    what it accepted (`mail_from`, `rcpt_tos`, `data` as transmitted); `.rcpt_answers[addr]` and
    `.data_answers` (next DATA only) make it answer e.g. "451 ..." or "550 ..." instead."""
    from collector.demo.smtp_sink import SmtpSink

    with SmtpSink() as server:
        yield server
