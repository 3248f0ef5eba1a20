"""Run the pipeline over many mails using every core.

Parsing (photos, thumbnails, documents, archives) is the expensive stage and
needs nothing but the raw bytes, so it runs in worker processes. They get a
mail as a temp file this process wrote (the page cache hands it over for a
third of the CPU a pipe costs) and do the rest of the work that needs only the
mail: putting the raw mail and the attachments into the content-addressed store
durably (safe from any process: a file appears there whole or not at all, so
bytes never travel back), checking the DKIM signature and scanning the mail's
texts for unit names (match.prepare_scans). Everything with an order
or a side effect on the database stays in this process and in mailbox order:
the mail's hash decides before parsing whether it is already archived, and
matching, filing and indexing happen as results come back, oldest first, once
the raw bytes are durable, so the caller can advance its position mail by mail
exactly as in the one-by-one path.

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
import gc
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from collector import heap, parsers, pipeline, store, trust
from collector.faults import crash_points_armed
from collector.model import RawMail

PARSE_TIMEOUT = float(os.environ.get("COLLECTOR_PARSE_TIMEOUT", 300))
MAX_INFLIGHT_BYTES = 16 * 1024 * 1024
# A mail this big is parsed in this process, while the workers finish the mails
# before it, and filed after them: handing it to a worker copies it once more
# and lets the next one be fetched meanwhile, which for phone-photo mails of up
# to 70 MB took the first ingest from ~300 to ~360-420 MB (issue #16), over the
# 200 MB + 2x the largest mail the archive promises.
LARGE_MAIL_BYTES = 16 * 1024 * 1024
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def default_workers() -> int:
    """Parse worker processes: COLLECTOR_WORKERS, else one per core; 0 parses in the
    poll process. (On 2 cores, 300 mails: 2 workers 6.8 s, 1 worker 9.8 s, 3 workers
    6.5 s; a worker's own memory is 30-40 MB, the libraries are shared.)"""
    if crash_points_armed():
        return 0
    configured = os.environ.get("COLLECTOR_WORKERS")
    return int(configured) if configured else (os.cpu_count() or 1)


@dataclasses.dataclass
class _Pending:
    mail: RawMail
    stored: pipeline.Stored
    future: concurrent.futures.Future | None = None
    staged: Path | None = None  # the raw bytes written for the worker (pipeline.stage_raw)


class _ParsePool:
    def __init__(self, workers: int, data_dir, campaigns: list, dkim: trust.DkimChecker):
        self.workers = workers
        self.data_dir = data_dir
        self.campaigns = campaigns
        self.dkim = dkim
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def submit(self, item: _Pending) -> None:
        if self._pool is None:
            # Loaded here, libraries are shared with the workers page by page;
            # objects frozen, the collector never touches them (which would copy the pages).
            parsers.preload()
            gc.freeze()
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_worker_start,
                initargs=(os.getpid(), self.campaigns, self.dkim),  # handed over by fork, not pickled
            )
        if item.staged is not None:  # parsed again after a pool broke: a fresh copy
            item.staged.unlink(missing_ok=True)
        item.staged = pipeline.stage_raw(self.data_dir, item.stored.raw_rel, item.mail.raw)
        try:
            item.future = self._pool.submit(_parse_in_worker, item.staged, item.stored.raw_rel, self.data_dir)
        except BrokenProcessPool:
            # A worker died since the last submit; the mails it took down are
            # parsed again when their turn comes (_wait_for_parse).
            self.replace()
            self.submit(item)

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
        gc.unfreeze()


_run_campaigns: list = []  # in a worker: the poll's campaigns, set by _worker_start
_run_dkim: trust.DkimChecker | None = None  # in a worker: a copy of the poll's, set by _worker_start


def _parse_in_worker(staged: Path, raw_rel: str, data_dir: Path) -> pipeline.Prepared:
    raw = pipeline.keep_staged_raw(staged, data_dir, raw_rel)
    return pipeline.parse_in_worker(raw, data_dir, _run_campaigns, _run_dkim)


def _worker_start(parent_pid: int, campaigns: list, dkim: trust.DkimChecker) -> None:
    """A worker must never outlive the run or hold its lock.

    Forked workers inherit the descriptor of the run lock (runlock.exclusive_run),
    and an flock lives as long as any copy of it: a worker left behind by a
    killed poll would block every later cron run. So each worker closes its
    copies and asks the kernel to kill it when the poll process dies.
    """
    global _run_campaigns, _run_dkim
    _run_campaigns = campaigns
    _run_dkim = dkim  # its key cache and DNS give-up count are now this worker's own
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
    heap.return_big_buffers()
    workers = default_workers() if workers is None else workers
    if workers <= 0:
        for mail in mails:
            yield mail, pipeline.ingest(ctx, mail)
        return
    pool = _ParsePool(workers, ctx.data_dir, ctx.campaigns, ctx.dkim)
    pending: collections.deque[_Pending] = collections.deque()
    inflight = 0
    source = iter(mails)
    stopped_by: Exception | None = None
    try:
        while True:
            try:
                mail = next(source)
            except StopIteration:
                break
            except Exception as exc:  # noqa: BLE001 - e.g. a dropped IMAP link; re-raised below
                stopped_by = exc
                break
            if len(mail.raw) > LARGE_MAIL_BYTES:
                # parsed here while the workers finish the mails before it, filed after them
                stored, parsed = pipeline.store_and_parse(ctx, mail)
                while pending:
                    done = pending.popleft()
                    yield done.mail, _finish(ctx, pool, done, pending)
                inflight = 0
                yield mail, _file_parsed_here(ctx, mail, stored, parsed)
                continue
            item = _Pending(mail, pipeline.identify(ctx, mail))
            if not item.stored.known:
                try:
                    pool.submit(item)
                except OSError as exc:  # e.g. a full disk: file what is in flight, then stop
                    stopped_by = exc
                    break
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
    if stopped_by is not None:
        raise stopped_by


def _file_parsed_here(
    ctx: pipeline.Context, mail: RawMail, stored: pipeline.Stored, parsed: tuple | None
) -> pipeline.Outcome:
    """The rest of pipeline.ingest, once the mails before it are filed."""
    pipeline.refresh_known(ctx, stored)  # (the same bytes may have come twice within the window)
    return pipeline.file_stored(ctx, mail, stored, parsed)


def _finish(
    ctx: pipeline.Context, pool: _ParsePool, item: _Pending, others: collections.deque[_Pending]
) -> pipeline.Outcome:
    if item.stored.known or pipeline.refresh_known(ctx, item.stored):
        # (the same bytes may have come twice within the window)
        return pipeline.record_duplicate(ctx, item.mail, item.stored)
    prepared = _wait_for_parse(pool, item, others)
    # The worker kept the raw bytes; if it died first, they are kept here.
    pipeline.keep_raw(ctx.data_dir, item.stored.raw_rel, item.mail.raw)
    if item.staged is not None:
        item.staged.unlink(missing_ok=True)  # left over only if the worker died first
    return pipeline.file_and_index(
        ctx, item.mail, item.stored, prepared.parsed, prepared.parse_error, prepared.scans, prepared.sender
    )


def _wait_for_parse(pool: _ParsePool, item: _Pending, others: collections.deque[_Pending]) -> pipeline.Prepared:
    """The worker's result for ``item``. A worker that dies takes every mail in
    flight down with it, so the mail is then parsed again alone: only a mail that
    breaks a pool by itself, or hangs, goes to review. The others are parsed
    again afterwards and never blamed."""
    try:
        result = item.future.result(timeout=PARSE_TIMEOUT)  # type: ignore[union-attr]
    except BrokenProcessPool:
        pool.replace()
        result = _parse_alone(pool, item)
    except concurrent.futures.TimeoutError:
        pool.replace()
        result = pipeline.Prepared(None, _hang())
    else:
        return result
    for other in others:
        if other.future is not None and not _parsed_ok(other.future):
            pool.submit(other)
    return result


CRASH = "解析进程异常退出（可能是文件损坏或恶意构造）"


def _hang() -> str:
    return f"解析超过 {int(PARSE_TIMEOUT)} 秒未完成"


def _parse_alone(pool: _ParsePool, item: _Pending) -> pipeline.Prepared:
    """Parse the mail with no other in the pool: if the pool breaks now, this mail did it."""
    pool.submit(item)
    try:
        return item.future.result(timeout=PARSE_TIMEOUT)  # type: ignore[union-attr]
    except BrokenProcessPool:
        failure = CRASH
    except concurrent.futures.TimeoutError:
        failure = _hang()
    pool.replace()
    return pipeline.Prepared(None, failure)


def _parsed_ok(future: concurrent.futures.Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None
