"""`make demo` (`collector demo`): it fills a local Dovecot, polls it and serves
the dashboard; stopping it, by Ctrl-C or by kill, stops its mail server too."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from collector.demo.dovecot import Dovecot, pick_free_port


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return None


def _ignoring_ctrl_c() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# the third case starts the demo with Ctrl-C ignored, as a parent that ignores it hands down (a test runner's worker
# did in CI): Python then installs no handler of its own, and the demo must install one
@pytest.mark.parametrize("stop_signal, preexec", [(signal.SIGINT, None), (signal.SIGTERM, None),
                                                  (signal.SIGINT, _ignoring_ctrl_c)],
                         ids=["ctrl-c", "kill", "ctrl-c-inherited-ignored"])
def test_the_demo_serves_the_dashboard_and_takes_its_mail_server_down_with_it(tmp_path, stop_signal, preexec):
    workdir = tmp_path / "demo"
    port = pick_free_port()
    demo = subprocess.Popen(
        [sys.executable, "-m", "collector", "demo", "--workdir", str(workdir), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True, preexec_fn=preexec,
    )
    mail_server = Dovecot(workdir / "dovecot", stop_at_exit=False)
    try:
        said = []
        for line in demo.stdout:  # until the dashboard is announced (or the demo ends)
            said.append(line)
            if line.startswith("dashboard:"):
                break
        # the 5·15 mails (56 filed, 1 for review, 1 auto-reply) and the second campaign's
        # (8 filed, a 5·15 straggler filed, one stray for review), the second campaign
        # drafted from its notice and added as a clerk does
        assert any("68 new (65 filed, 2 for review, 1 ignored)" in line for line in said), "".join(said)
        assert any(line.startswith("已加入活动：2023-06-12-") for line in said), "".join(said)
        master = mail_server.master_pid()
        assert master is not None
        deadline = time.monotonic() + 30
        while _status(f"http://127.0.0.1:{port}/-/login") != 200:
            assert time.monotonic() < deadline, "the dashboard never answered"
            time.sleep(0.2)
        assert _status(f"http://127.0.0.1:{port}/") == 403  # behind the login

        demo.send_signal(stop_signal)
        assert demo.wait(timeout=30) is not None
        assert mail_server.master_pid() is None, "the demo's Dovecot outlived it"
        assert _status(f"http://127.0.0.1:{port}/-/login") is None
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(demo.pid, signal.SIGKILL)  # the demo and its dashboard, whatever happened
        demo.wait()
        mail_server.stop()
