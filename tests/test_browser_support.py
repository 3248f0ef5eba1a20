"""The browser tests' own safety net: a Chromium that will not close is killed, not waited
for (CI would otherwise sit until its own time limit, printing nothing)."""

from __future__ import annotations

import signal
import time

import psutil
import pytest

import browser_support
from browser_support import headless_chromium

pytestmark = pytest.mark.browser


def chromium_processes():
    return [p for p in psutil.Process().children(recursive=True) if "chrom" in p.name()]


def still_running(processes, within=10):
    """Those of `processes` still there after `within` seconds (a killed one is gone at once,
    but its parent reaps it a moment later)."""
    return psutil.wait_procs(processes, timeout=within)[1]


def test_a_chromium_that_does_not_answer_close_is_killed_and_the_run_goes_on(monkeypatch):
    monkeypatch.setattr(browser_support, "CLOSE_WITHIN", 3)
    started = time.monotonic()
    with pytest.warns(UserWarning, match="its processes were killed"):
        with headless_chromium() as browser:
            browser.new_context().new_page().goto("about:blank")
            stopped = chromium_processes()
            assert stopped
            for p in stopped:
                p.send_signal(signal.SIGSTOP)  # frozen: Browser.close gets no answer
    assert time.monotonic() - started < 60
    assert still_running(stopped) == []


def test_a_chromium_that_closes_leaves_no_warning_and_no_process():
    with headless_chromium() as browser:
        browser.new_context().new_page().goto("about:blank")
        launched = chromium_processes()
        assert launched
    assert still_running(launched) == []
