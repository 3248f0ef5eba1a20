"""Run the pipeline over many mails using every core.

Parsing (photos, thumbnails, documents, archives) is the expensive stage and
needs nothing but the raw bytes, so it runs in worker processes, which also
write the attachments into the content-addressed store (safe from any process:
a file appears there whole or not at all) so their bytes never travel back. Everything
with an order or a side effect stays in this process and in mailbox order:
the raw bytes are stored before a mail is handed to a worker, and matching,
filing and indexing happen as results come back, oldest first, so the caller
can advance its position mail by mail exactly as in the one-by-one path.

A worker that crashes or hangs costs only the mail it was parsing: the pool is
replaced, the other mails are parsed again, and that mail goes to review.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import ctypes
import ctypes.util
import dataclasses
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool

from collector import pipeline, store
from collector.faults import crash_points_armed
from collector.model import RawMail

PARSE_TIMEOUT = float(os.environ.get("COLLECTOR_PARSE_TIMEOUT", 300))
MAX_INFLIGHT_BYTES = 16 * 1024 * 1024
MAX_ATTEMPTS = 2
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def default_workers() -> int:
    """Parse worker processes: COLLECTOR_WORKERS, else one per core; 0 parses in the
    poll process. (On 2 cores, 100 mails: 2 workers 4.0-4.3 s, 1 worker 4.9 s, 0: 6.0-6.4 s;
    each worker costs about 100 MB.)"""
    if crash_points_armed():
        return 0
    configured = os.environ.get("COLLECTOR_WORKERS")
    return int(configured) if configured else (os.cpu_count() or 1)


@dataclasses.dataclass
class _Pending:
    mail: RawMail
    stored: pipeline.Stored
    future: concurrent.futures.Future | None = None
    attempts: int = 0


class _ParsePool:
    def __init__(self, workers: int, data_dir):
        self.workers = workers
        self.data_dir = data_dir
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def submit(self, item: _Pending) -> None:
        if self._pool is None:
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        item.attempts += 1
        item.future = self._pool.submit(pipeline.parse_and_store, item.mail.raw, self.data_dir)

    def replace(self) -> None:
        """Throw away a broken or stuck pool (killing its workers)."""
        if self._pool is not None:
            for process in list(getattr(self._pool, "_processes", {}).values()):
                process.kill()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _worker_start(parent_pid: int) -> None:
    """A worker must never outlive the run or hold its lock.

    Forked workers inherit the descriptor of the run lock (jobs.exclusive_run),
    and an flock lives as long as any copy of it: a worker left behind by a
    killed poll would block every later cron run. So each worker closes its
    copies and asks the kernel to kill it when the poll process dies.
    """
    _close_inherited_run_locks()
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _close_inherited_run_locks() -> None:
    fd_dir = "/proc/self/fd"
    if not os.path.isdir(fd_dir):
        return
    for name in os.listdir(fd_dir):
        with contextlib.suppress(OSError):
            if os.readlink(f"{fd_dir}/{name}").endswith(store.RUN_LOCK_NAME):
                os.close(int(name))


def ingest_stream(
    ctx: pipeline.Context, mails: Iterable[RawMail], workers: int | None = None
) -> Iterator[tuple[RawMail, pipeline.Outcome]]:
    """Ingest every mail; yields (mail, outcome) in the order the mails came."""
    workers = default_workers() if workers is None else workers
    if workers <= 0:
        for mail in mails:
            yield mail, pipeline.ingest(ctx, mail)
        return
    pool = _ParsePool(workers, ctx.data_dir)
    pending: collections.deque[_Pending] = collections.deque()
    inflight = 0
    source = iter(mails)
    source_error: Exception | None = None
    try:
        while True:
            try:
                mail = next(source)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - e.g. a dropped IMAP link; re-raised below
                source_error = exc
                break
            item = _Pending(mail, pipeline.store_raw(ctx, mail))
            if not item.stored.known:
                pool.submit(item)
            pending.append(item)
            inflight += len(mail.raw)
            while pending and (inflight > MAX_INFLIGHT_BYTES or len(pending) > 4 * workers):
                done = pending.popleft()
                inflight -= len(done.mail.raw)
                yield done.mail, _finish(ctx, pool, done, pending)
        # Also when the source failed: what it already delivered is filed, so the
        # next poll need not fetch it again.
        while pending:
            done = pending.popleft()
            yield done.mail, _finish(ctx, pool, done, pending)
    finally:
        pool.close()
    if source_error is not None:
        raise source_error


def _finish(
    ctx: pipeline.Context, pool: _ParsePool, item: _Pending, others: collections.deque[_Pending]
) -> pipeline.Outcome:
    if item.stored.known or pipeline.refresh_known(ctx, item.stored):
        # (the same bytes may have come twice within the window)
        return pipeline.record_duplicate(ctx, item.mail, item.stored)
    parsed, error = _wait_for_parse(pool, item, others)
    return pipeline.file_and_index(ctx, item.mail, item.stored, parsed, error)


def _wait_for_parse(pool: _ParsePool, item: _Pending, others: collections.deque[_Pending]):
    while True:
        try:
            return item.future.result(timeout=PARSE_TIMEOUT)  # type: ignore[union-attr]
        except BrokenProcessPool:
            failure = "解析进程异常退出（可能是文件损坏或恶意构造）"
        except concurrent.futures.TimeoutError:
            failure = f"解析超过 {int(PARSE_TIMEOUT)} 秒未完成"
            item.attempts = MAX_ATTEMPTS  # a hang would hang again
        pool.replace()
        for other in others:
            if other.future is not None and not _parsed_ok(other.future):
                pool.submit(other)
        if item.attempts >= MAX_ATTEMPTS:
            return None, failure
        pool.submit(item)


def _parsed_ok(future: concurrent.futures.Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None
