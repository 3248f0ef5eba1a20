"""Headless Chromium and a running dashboard for the browser tests, each with an end that
cannot hang.

Every Playwright action has its own timeout, but closing the browser and stopping
Playwright's driver have none: a Chromium that does not exit after `Browser.close` (a
renderer left behind, a protocol answer that never comes from Debian's build, which is not
the one Playwright ships) would hold the whole suite until CI kills it, and print nothing.
So the end of a browser is watched: past `CLOSE_WITHIN` seconds, the Chromium and driver
processes this test process started are killed, the test run goes on, and a warning says
so. A dashboard server's output goes to a file, never to a pipe nobody reads (a full pipe
blocks the server mid-request)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import psutil
import pytest

from collector.demo.dovecot import pick_free_port

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).parent / "artifacts"
LAUNCH_WITHIN = 60  # seconds
CLOSE_WITHIN = 60

if not os.path.exists(CHROMIUM):
    pytest.skip("Debian chromium not installed", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


@contextmanager
def headless_chromium() -> Iterator["sync_api.Browser"]:
    """A launched Chromium, closed (contexts first) on the way out, within CLOSE_WITHIN."""
    ARTIFACTS.mkdir(exist_ok=True)
    playwright = sync_api.sync_playwright().start()
    browser = None
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                             timeout=LAUNCH_WITHIN * 1000)
        yield browser
    finally:
        with _killed_if_stuck("closing Chromium and Playwright's driver"):
            try:
                if browser is not None:
                    for context in browser.contexts:
                        context.close()
                    browser.close()
            finally:
                playwright.stop()


@contextmanager
def _killed_if_stuck(what: str) -> Iterator[None]:
    fired = threading.Event()

    def kill_the_browser_processes():
        fired.set()
        for child in psutil.Process().children(recursive=True):
            try:
                if _is_browser_or_driver(child):
                    child.kill()
            except psutil.Error:
                pass

    timer = threading.Timer(CLOSE_WITHIN, kill_the_browser_processes)
    timer.start()
    try:
        yield
    except Exception:
        if not fired.is_set():
            raise
    finally:
        timer.cancel()
    if fired.is_set():
        warnings.warn(f"{what} took over {CLOSE_WITHIN} s; its processes were killed", stacklevel=3)


def _is_browser_or_driver(process: psutil.Process) -> bool:
    command = " ".join(process.cmdline())
    return "chrom" in process.name() or "playwright" in command and "driver" in command


def wait_until_up(url: str, timeout: float = 30, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"dashboard exited with {proc.returncode} before it answered")
        try:
            with urllib.request.urlopen(url + "/-/login", timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise RuntimeError("dashboard did not start")


@contextmanager
def dashboard_server(data_dir: Path, env: dict[str, str], log: Path) -> Iterator[str]:
    """`python -m collector.serve DATA_DIR` on a free port, its output in `log`; yields its URL."""
    port = pick_free_port()
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "collector.serve", str(data_dir), "--port", str(port)],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(url, proc=proc)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
