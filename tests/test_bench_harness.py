"""bench/harness.run_measured: what it reports is the command's own, not the bench's."""

from __future__ import annotations

import sys

from bench import harness


def run_measured(argv: list[str]) -> harness.ProcessRun:
    # Not flushing the disk first: the bench wants that, a test beside the suite's writers would wait on it.
    return harness.run_measured(argv, flush_disk_first=False)


def test_a_command_s_peak_rss_is_its_own_not_the_bench_s():
    held = bytearray(150 * 1024 * 1024)
    held[:: 4096] = b"\1" * len(held[:: 4096])  # touch every page: the bench process is now ~150 MB larger
    run = run_measured([sys.executable, "-c", "pass"])
    assert run.returncode == 0
    assert run.max_rss_mb < 60, run.max_rss_mb  # started straight from this process it read ~160 MB
    del held


def test_a_command_s_peak_rss_counts_what_it_allocates():
    run = run_measured([sys.executable, "-c", "b = bytearray(80 * 1024 * 1024); b[::4096] = b'1' * len(b[::4096])"])
    assert run.max_rss_mb > 80


def test_exit_code_output_and_times_are_the_command_s():
    script = "import sys, time; time.sleep(0.3); print('out'); print('err', file=sys.stderr); sys.exit(3)"
    run = run_measured([sys.executable, "-c", script])
    assert (run.returncode, run.stdout, run.stderr) == (3, "out\n", "err\n")
    assert 0.3 <= run.seconds < 5 and run.cpu_s < run.seconds


def test_a_command_killed_by_a_signal_exits_128_plus_the_signal():
    run = run_measured([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"])
    assert run.returncode == 128 + 15
