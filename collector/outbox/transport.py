"""SMTP (smtplib) and the mailbox's sent folder (IMAP, through collector.fetch).

``send`` talks SMTP step by step so that the one moment that cannot be undone is
visible: the caller records ``data_started`` just before DATA, and a link lost
after the message was handed over (no answer read) is reported as ``Ambiguous``
instead of being retried.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import ssl
from collections.abc import Callable

import imapclient
import imapclient.imapclient
from imapclient.exceptions import IMAPClientError

from collector import fetch
from collector.config import Settings

SMTP_ERRORS = (smtplib.SMTPException, OSError, EOFError)


class SmtpUnavailable(Exception):
    """Could not connect or log in: nothing was sent, everything stays queued."""


class Refused(Exception):
    """The server answered with an error code."""

    def __init__(self, code: int, text: str):
        super().__init__(f"{code} {text}")
        self.code = code

    @property
    def permanent(self) -> bool:
        return self.code >= 500


class NotDelivered(Exception):
    """The link broke before the message was completely handed over: safe to send again."""


class Ambiguous(Exception):
    """The link broke after the message was handed over, before the server's answer."""


class SentFolderError(Exception):
    """The sent folder could not be found or used."""


def _text(response: bytes | str) -> str:
    text = response.decode("utf-8", "replace") if isinstance(response, bytes) else str(response)
    return " ".join(text.split())[:200]


def open_smtp(settings: Settings) -> smtplib.SMTP:
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    context = ssl.create_default_context(cafile=settings.imap_ca_file or None)
    try:
        if settings.smtp_security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout)
        smtp.ehlo()
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)
            smtp.ehlo()
    except ssl.SSLError as exc:
        raise SmtpUnavailable(f"TLS with SMTP server {where} failed (certificate not trusted?): {fetch.describe(exc)}") from None
    except SMTP_ERRORS as exc:
        raise SmtpUnavailable(f"cannot reach SMTP server {where}: {fetch.describe(exc)}") from None
    if smtp.has_extn("auth") and settings.smtp_user and settings.smtp_password:
        try:
            smtp.login(settings.smtp_user, settings.smtp_password)
        except smtplib.SMTPAuthenticationError:
            close_smtp(smtp)
            raise SmtpUnavailable(
                f"login to SMTP server {where} as {settings.smtp_user} refused: check the authorisation code "
                "(授权码) and that SMTP is enabled for the mailbox"
            ) from None
        except SMTP_ERRORS as exc:
            close_smtp(smtp)
            raise SmtpUnavailable(f"cannot log in to SMTP server {where}: {fetch.describe(exc)}") from None
    return smtp


def close_smtp(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except SMTP_ERRORS:
        smtp.close()


def _wire_data(raw: bytes) -> bytes:
    """CRLF line ends, leading dots doubled, the terminating line (RFC 5321 4.5.2)."""
    data = re.sub(rb"\r\n|\r|\n", b"\r\n", raw)
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"


def send(smtp: smtplib.SMTP, sender: str, recipients: list[str], raw: bytes,
         on_data_start: Callable[[], None]) -> dict[str, str]:
    """Send one message; returns the recipients the server refused (others were accepted).

    Raises Refused (an error answer before or after the data), NotDelivered, Ambiguous."""
    try:
        code, response = smtp.mail(sender)
        if code != 250:
            raise Refused(code, _text(response))
        refused: dict[str, tuple[int, str]] = {}
        for rcpt in recipients:
            code, response = smtp.rcpt(rcpt)
            if code not in (250, 251):
                refused[rcpt] = (code, _text(response))
        if len(refused) == len(recipients):
            smtp.rset()
            worst = max(refused.values())  # one 5xx makes the whole mail permanent
            raise Refused(worst[0], "; ".join(f"{r}: {c} {t}" for r, (c, t) in refused.items()))
        on_data_start()
        code, response = smtp.docmd("DATA")
        if code != 354:
            with contextlib.suppress(*SMTP_ERRORS):
                smtp.rset()  # end the transaction, or the next mail's MAIL FROM meets "503 nested MAIL"
            raise Refused(code, _text(response))
    except (smtplib.SMTPServerDisconnected, OSError, EOFError) as exc:
        raise NotDelivered(fetch.describe(exc)) from None
    try:
        smtp.send(_wire_data(raw))
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise NotDelivered(fetch.describe(exc)) from None
    try:
        code, response = smtp.getreply()
    except (smtplib.SMTPServerDisconnected, OSError, EOFError) as exc:
        raise Ambiguous(fetch.describe(exc)) from None
    if code != 250:
        raise Refused(code, _text(response))
    return {r: f"{c} {t}" for r, (c, t) in refused.items()}


# ----- the sent folder ---------------------------------------------------------------------------


def open_sent_folder(settings: Settings) -> tuple[imapclient.IMAPClient, str]:
    """A logged-in IMAP client and the name of the folder flagged \\Sent (163: 已发送)."""
    client = fetch.connect(settings)
    try:
        folder = client.find_special_folder(imapclient.imapclient.SENT)
    except fetch.CONNECTION_ERRORS as exc:
        fetch.logout(client)
        raise SentFolderError(f"cannot list the mailbox's folders: {fetch.describe(exc)}") from None
    if not folder:
        fetch.logout(client)
        raise SentFolderError("the mailbox has no sent folder (no folder flagged \\Sent); nothing is sent without one")
    return client, folder


def in_sent_folder(client: imapclient.IMAPClient, folder: str, message_id: str) -> bool:
    try:
        client.select_folder(folder, readonly=True)
        return bool(client.search(["HEADER", "Message-ID", message_id]))
    except (IMAPClientError, *fetch.CONNECTION_ERRORS) as exc:
        raise SentFolderError(f"cannot search the sent folder: {fetch.describe(exc)}") from None


def append_copy(client: imapclient.IMAPClient, folder: str, raw: bytes) -> None:
    try:
        client.append(folder, raw, flags=(imapclient.SEEN,))
    except (IMAPClientError, *fetch.CONNECTION_ERRORS) as exc:
        raise SentFolderError(f"cannot copy into the sent folder: {fetch.describe(exc)}") from None
