"""`collector demo` (what `make demo` runs): the real job on a local demo mailbox.

1. start a throwaway Dovecot on 127.0.0.1 (collector/demo/dovecot.py) under the work dir;
2. fill it once with the generated mailbox of two campaigns: the 5·15 one
   (collector/demo/mailbox.py) and a 自查整改 notice of June (collector/demo/selfcheck.py),
   whose campaign is drafted from the notice and added as a clerk does
   (`collector campaign init`, then `collector campaign add`);
3. run `collector poll` against it exactly as cron runs it against imap.163.com
   (a separate process, settings from COLLECTOR_* variables), with receipts turned
   on and sent to a local SMTP sink (collector/demo/smtp_sink.py): nothing leaves
   the machine, the 发件箱 page shows what would have been sent;
4. create the demo dashboard logins and serve the dashboard until Ctrl-C.

Everything lives under the work dir (default .demo/, git-ignored); rerunning
reuses the mailbox and the archive, so the second poll finds nothing new.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

import yaml

from collector.campaign import BUILTIN_ID
from collector.config import load_settings
from collector.dashboard import auth
from collector.demo.dovecot import Dovecot
from collector.demo.mailbox import generate_demo_mailbox
from collector.demo.selfcheck import NOTICE, selfcheck_mailbox
from collector.demo.smtp_sink import SmtpSink
from collector.outbox.switches import set_receipts

DEMO_USERS = (("clerk", "office"), ("auditor", "auditor"))


def _password(path: Path) -> str:
    """A password generated once per work dir and kept there (mode 600)."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    value = secrets.token_urlsafe(9)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(value + "\n")
    return value


def _mailbox_is_empty(server: Dovecot) -> bool:
    with server.client() as imap:
        return int(imap.folder_status("INBOX", [b"MESSAGES"])[b"MESSAGES"]) == 0


def poll_env(server: Dovecot, data_dir: Path, users_file: Path, smtp_port: int | None = None) -> dict[str, str]:
    smtp = {"smtp_host": "127.0.0.1", "smtp_port": smtp_port, "smtp_security": "plain", "smtp_pace": 0} if smtp_port else {}
    settings = load_settings(
        {},
        imap_host=server.host,
        imap_port=server.port,
        imap_security="plain",  # loopback only; the real mailbox uses ssl on 993
        imap_user=server.user,
        imap_password=server.password,
        data_dir=data_dir,
        **smtp,
    )
    return {**settings.as_environ(), "COLLECTOR_USERS_FILE": str(users_file)}


def _stop_like_ctrl_c(*signals: signal.Signals) -> None:
    """kill (SIGTERM) or a closed terminal (SIGHUP) stops the demo as Ctrl-C does,
    so the demo mail server does not outlive it. Ctrl-C (SIGINT) gets the same handler: a Python started with
    SIGINT ignored (by a parent that ignores it, as a test runner's worker may) installs none of its own."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    for sig in signals:
        signal.signal(sig, interrupt)


def add_second_campaign(workdir: Path, env: dict[str, str]) -> str:
    """The clerk's way to a new campaign, as commands: draft it from the notice,
    then add it to the archive (once; a rerun finds it there). Returns its id."""
    draft = workdir / "selfcheck-draft.yaml"
    if not draft.exists():
        print(f"drafting the second campaign from {NOTICE.name} (`collector campaign init`) ...", flush=True)
        subprocess.run([sys.executable, "-m", "collector", "campaign", "init", "--from-notice", str(NOTICE),
                        "-o", str(draft)], env=env, check=True)
    campaign_id = str(yaml.safe_load(draft.read_text(encoding="utf-8"))["id"])
    if not (Path(env["COLLECTOR_DATA_DIR"]) / "campaigns" / f"{campaign_id}.yaml").exists():
        subprocess.run([sys.executable, "-m", "collector", "campaign", "add", str(draft), "--by", "demo"],
                       env=env, check=True)
    return campaign_id


def run_demo(workdir: Path, dashboard_port: int = 8001, serve: bool = True) -> None:
    workdir.mkdir(parents=True, exist_ok=True)
    data_dir = workdir / "archive"
    users_file = workdir / "users.json"
    server = Dovecot(workdir / "dovecot", password=_password(workdir / "imap-password"))
    server.start()
    sink = SmtpSink(store_dir=workdir / "smtp-sink").start()
    try:
        if _mailbox_is_empty(server):
            mails = sorted(generate_demo_mailbox() + selfcheck_mailbox(), key=lambda m: m.received_at)
            for mail in mails:
                server.append(mail.raw, internaldate=mail.received_at)
            print(f"demo mailbox: {len(mails)} mails from the units appended to {server.user} on {server.host}:{server.port}")
        env = poll_env(server, data_dir, users_file, sink.port)
        second = add_second_campaign(workdir, env)
        for campaign_id in (BUILTIN_ID, second):
            set_receipts(load_settings(env), campaign_id, True, "demo")
        print("running `collector poll` as cron would (receipts on, sent to a local SMTP sink) ...", flush=True)
        subprocess.run([sys.executable, "-m", "collector", "poll"], env=env, check=True)
        logins = []
        for name, role in DEMO_USERS:
            password = _password(workdir / f"{name}-password")
            auth.add_user(name, role, password, users_file=users_file)
            logins.append((name, role, password))
        subprocess.run([sys.executable, "-m", "collector", "status"], env=env, check=True, stdout=subprocess.DEVNULL)
        if not serve:
            return
        url = f"http://127.0.0.1:{dashboard_port}/"
        print()
        print(f"dashboard: {url}   (Ctrl-C stops the dashboard and the demo mail server)")
        for name, role, password in logins:
            label = "办公室（报送情况、导出）" if role == "office" else "审计（另可执行只读 SQL）"
            print(f"  login {name:<8} password {password:<14} {label}")
        print(f"archive: {data_dir}   poll again: COLLECTOR_* settings in {workdir}/", flush=True)
        _stop_like_ctrl_c(signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
        try:
            subprocess.run(
                [sys.executable, "-m", "collector", "serve", "--port", str(dashboard_port)], env=env, check=False
            )
        except KeyboardInterrupt:
            pass
    finally:
        sink.stop()
        server.stop()
