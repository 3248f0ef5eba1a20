"""`make bench`: the collector against its targets on a local Dovecot (team issue #7).

  .venv/bin/python -m bench.run            full run (1,000 mails, ~1.5 GB; 10,000-mail idle poll)
  .venv/bin/python -m bench.run --quick    100 mails, 1,000-mail idle poll, no dashboard
  .venv/bin/python -m bench.run --only ingest,idle,memory,profile,dashboard
  .venv/bin/python -m bench.run --pairs 9  more mbsync/collector pairs for the ingest ratio (default 5)
  .venv/bin/python -m bench.run --only ingest --mailbox phone   the phone-photo mailbox only

Measures
  1. first ingest: `collector poll` (subprocess, plain IMAP) vs `mbsync` into a Maildir (the floor),
     five pairs of runs back to back (--pairs), the median of the pairs' ratios; on two mailboxes:
     photos as phones send them (bench/phonegen.py, 100 mails, ~1.5 GB: 12 MP JPEG with EXIF
     preview, HEIC with thumbnail, WeChat-recompressed) and the older mixed one (1,000 mails)
  2. idle poll with few and many mails: subprocess (what cron sees) and in-process jobs.run_poll;
     the larger one with ten campaigns in force against one, polled in turns
  3. peak memory over the first ingest (a run of its own: the sampler would slow a timed
     run) and for one mail with a ~50 MB attachment
  4. dashboard p95 (bench/bench_dashboard.py, written separately)
  and where the first ingest spends its time (cProfile of an in-process poll).

Mailboxes are generated once into bench/.cache (Maildir files, hard-linked into
each run's Dovecot). Results: bench/results/latest.md and latest.json.
Network: 127.0.0.1 only (generated mails carry no DKIM signature, so no DNS).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
import platform
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from bench import harness, mailboxes, mailgen

REPO = harness.REPO
BENCH_DIR = REPO / "bench"
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_DIR = BENCH_DIR / "results"
SECTIONS = ("ingest", "idle", "memory", "profile", "knobs", "dashboard")
KNOBS = {  # environment variants of `collector poll`, to show what the pipeline's settings buy
    "as shipped": {},
    "COLLECTOR_WORKERS=1 (one parse worker)": {"COLLECTOR_WORKERS": "1"},
    "COLLECTOR_WORKERS=0 (parse in the poll process)": {"COLLECTOR_WORKERS": "0"},
    "COLLECTOR_IMAP_BATCH_BYTES=16MB (default 8 MB)": {"COLLECTOR_IMAP_BATCH_BYTES": str(16 << 20)},
}
AFTER_ALL_DEADLINES = "2023-05-25T09:00:00+08:00"


@dataclasses.dataclass
class Plan:
    ingest_mails: int
    phone_mails: int
    ingest_pairs: int
    idle_sizes: tuple[int, int]
    idle_repeats: int
    profile_mails: int
    knob_mails: int
    dashboard_requests: int


FULL = Plan(ingest_mails=1000, phone_mails=100, ingest_pairs=5, idle_sizes=(10, 10_000), idle_repeats=7, profile_mails=100, knob_mails=200, dashboard_requests=200)
QUICK = Plan(ingest_mails=100, phone_mails=20, ingest_pairs=1, idle_sizes=(10, 1000), idle_repeats=5, profile_mails=30, knob_mails=50, dashboard_requests=30)


# ----- results -------------------------------------------------------------------------


@dataclasses.dataclass
class Row:
    section: str
    figure: str
    value: str
    target: str = ""
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        return "" if self.passed is None else ("PASS" if self.passed else "FAIL")


class Results:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.data: dict[str, object] = {}
        self.notes: list[str] = []
        self.profile_text = ""

    def add(self, section: str, figure: str, value: str, target: str = "", passed: bool | None = None) -> None:
        row = Row(section, figure, value, target, passed)
        self.rows.append(row)
        mark = f"  [{row.verdict}]" if row.verdict else ""
        target_text = f"   (target {target})" if target else ""
        log(f"  {figure}: {value}{target_text}{mark}")

    def table(self) -> str:
        lines = ["| section | figure | measured | target | result |", "|---|---|---|---|---|"]
        lines += [f"| {r.section} | {r.figure} | {r.value} | {r.target} | {r.verdict} |" for r in self.rows]
        return "\n".join(lines)

    def console_table(self) -> str:
        fields = ("section", "figure", "value", "target")
        widths = [max(_width(getattr(r, f)) for r in self.rows) for f in fields]
        out = []
        for r in self.rows:
            cells = [getattr(r, f) for f in fields]
            out.append("  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)) + "  " + r.verdict)
        return "\n".join(out)


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def mb(n_bytes: float) -> str:
    return f"{n_bytes / 1e6:,.0f} MB"


# ----- scenarios -----------------------------------------------------------------------


def seen_count(stdout: str) -> int:
    match = re.search(r"(\d+) mail\(s\) seen", stdout)
    return int(match.group(1)) if match else -1


@dataclasses.dataclass
class Mailbox:
    """A first-ingest mailbox: its account, its rows' label and its ratio target."""

    key: str  # results: data[key]; archives archive-<key>-N
    label: str
    user: str
    cur: Path
    target: float


def first_ingest(server: harness.BenchServer, box: Mailbox, run_dir: Path, pairs: int, res: Results) -> None:
    """mbsync, then the collector, `pairs` times over, each into a fresh directory.
    On this VM one tool's time moves by up to 40% from run to run (mbsync took
    4.2-7.7 s for the same 1,000 mails), so the figure is the median of the pairs'
    ratios, each pair measured back to back under the same conditions."""
    cur = box.cur
    stats = mailgen.mailbox_stats(cur)
    photos = f"; photos {mb(stats['photo_bytes'] / stats['count'])} per mail" if stats["photo_bytes"] else ""
    log(f"\n[1] first ingest, {box.label}: {stats['count']} mails, {mb(stats['bytes'])}{photos}; {pairs} pair(s) of runs")
    # each pair keeps a Maildir and an archive (raw mails and files: about twice the mails)
    needed = (pairs + 1) * 3 * stats["bytes"]
    free = shutil.disk_usage(run_dir).free
    if free < needed:
        raise RuntimeError(f"the ingest pairs need about {mb(needed)} on {run_dir}, {mb(free)} free: try --pairs 1")
    load = os.getloadavg()
    runs: list[tuple[harness.ProcessRun, harness.ProcessRun]] = []
    failed: list[str] = []
    for n in range(pairs):
        try:
            sync, poll = ingest_pair(server, box, run_dir, n, stats["count"])
        except RuntimeError as err:  # one stalled run (mbsync once timed out here) spoils its pair, not the bench
            failed.append(f"pair {n + 1}: {str(err).splitlines()[0]}")
            log(f"  pair {n + 1} failed, left out: {err}")
            continue
        log(f"  pair {n + 1}: mbsync {sync.seconds:.1f} s, collector {poll.seconds:.1f} s = {poll.seconds / sync.seconds:.1f}x")
        runs.append((sync, poll))
    if failed:
        res.add("ingest", f"{box.label}: pairs that failed and were left out", "; ".join(failed), f"none of {pairs}", False)
    if not runs:
        return
    ratios = sorted(poll.seconds / sync.seconds for sync, poll in runs)
    ratio = statistics.median(ratios)
    sync, poll = min(runs, key=lambda pair: abs(pair[1].seconds / pair[0].seconds - ratio))  # the median pair
    res.notes.append(f"first ingest ({box.label}), collector's own summary: {poll.stdout.strip()}")
    res.add("ingest", f"{box.label}: mbsync, {stats['count']} mails / {mb(stats['bytes'])}{photos}, median pair",
            f"{sync.seconds:.1f} s ({stats['bytes'] / 1e6 / sync.seconds:.0f} MB/s)")
    res.add("ingest", f"{box.label}: collector poll (subprocess), median pair",
            f"{poll.seconds:.1f} s ({stats['bytes'] / 1e6 / poll.seconds:.0f} MB/s, {poll.seconds / stats['count'] * 1000:.0f} ms/mail)")
    res.add("ingest", "(info) CPU time: collector (all processes) / mbsync, of which system (kernel) time",
            f"{poll.cpu_s:.1f} s / {sync.cpu_s:.1f} s; system {poll.sys_s:.1f} s / {sync.sys_s:.1f} s")
    res.add("ingest", "(info) every pair: mbsync s, collector s",
            "; ".join(f"{s.seconds:.1f}, {p.seconds:.1f}" for s, p in runs))
    res.add("ingest", f"{box.label}: collector / mbsync, median of {pairs} pair(s){photos}",
            f"{ratio:.1f}x (pairs {', '.join(f'{r:.1f}' for r in ratios)})", f"<= {box.target:g}x", ratio <= box.target)
    res.add("ingest", f"(info) {box.label}: load average before the pairs / after (1, 5 min; 2 cores)",
            f"{load[0]:.1f}, {load[1]:.1f} / {os.getloadavg()[0]:.1f}, {os.getloadavg()[1]:.1f}")
    res.data[box.key] = {
        "mails": stats["count"], "bytes": stats["bytes"], "largest_mail": stats["largest"], "photo_bytes": stats["photo_bytes"],
        "mbsync_s": sync.seconds, "collector_s": poll.seconds, "ratio": ratio, "pair_ratios": ratios,
        "pairs": [{"mbsync_s": s.seconds, "collector_s": p.seconds, "mbsync_cpu_s": s.cpu_s, "collector_cpu_s": p.cpu_s,
                   "mbsync_sys_s": s.sys_s, "collector_sys_s": p.sys_s} for s, p in runs],
        "collector_summary": poll.stdout.strip(), "mbsync_max_rss_mb": sync.max_rss_mb,
        "collector_cpu_s": poll.cpu_s, "mbsync_cpu_s": sync.cpu_s,
        "collector_sys_s": poll.sys_s, "mbsync_sys_s": sync.sys_s, "load_before": load, "load_after": os.getloadavg(),
    }


def ingest_pair(server: harness.BenchServer, box: Mailbox, run_dir: Path, n: int,
                mails: int) -> tuple[harness.ProcessRun, harness.ProcessRun]:
    """mbsync, then the collector, each into a fresh directory; RuntimeError if either fails or falls short."""
    sync = harness.mbsync(run_dir / f"mbsync-{box.key}-{n}", server, box.user).check()
    synced = harness.maildir_count(run_dir / f"mbsync-{box.key}-{n}")
    if synced != mails:
        raise RuntimeError(f"mbsync copied {synced} of {mails} mails")
    poll = harness.collector_poll(server.settings(box.user, run_dir / f"archive-{box.key}-{n}")).check()
    if seen_count(poll.stdout) != mails:
        raise RuntimeError(f"collector poll saw {seen_count(poll.stdout)} of {mails} mails: {poll.stdout}")
    return sync, poll


def ingest_memory(server: harness.BenchServer, box: Mailbox, run_dir: Path) -> harness.ProcessRun:
    """The same first ingest again, into an archive of its own, with the memory
    sampler on (it would slow the timed run: see harness.run_measured)."""
    run = harness.collector_poll(server.settings(box.user, run_dir / f"archive-{box.key}-memory"), sample_memory=True).check()
    log(f"  memory run: {run.seconds:.1f} s with the sampler on")
    return run


def dkim_cost(cur: Path, run_dir: Path, res: Results) -> None:
    """What the bench's unsigned mails leave out: 163 signs every mail (relaxed/relaxed),
    and verifying means canonicalising and hashing the whole body (dkimpy).

    Measured in a forked child, so that dkimpy and its keys do not stay in the bench
    process (the measured runs' ru_maxrss is their own: bench/measured_child.py)."""
    import concurrent.futures
    import multiprocessing

    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as child:
        per_mail, size = child.submit(_dkim_verify_cost, cur, run_dir).result()
    res.add("ingest", "(info) DKIM check of a 163-style signed mail, not in the mails above",
            f"{per_mail * 1000:.0f} ms CPU per {size / 1e6:.1f} MB mail, done in the parse workers")
    res.data["dkim_verify_ms_per_mail"] = per_mail * 1000


def _dkim_verify_cost(cur: Path, run_dir: Path, mails: int = 20) -> tuple[float, float]:
    import base64

    import dkim

    key = run_dir / "dkim-key.pem"
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(key), "2048"], check=True, capture_output=True)
    public = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
                            check=True, capture_output=True).stdout
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    signed = [
        dkim.sign(raw, b"s1", b"163.com", key.read_bytes(), include_headers=[b"from", b"to", b"subject", b"date"],
                  canonicalize=(b"relaxed", b"relaxed")) + raw
        for raw in (p.read_bytes() for p in sorted(cur.iterdir())[:mails])
    ]
    started = time.process_time()
    for raw in signed:
        if not dkim.verify(raw, dnsfunc=lambda name, timeout=5: record):
            raise RuntimeError("DKIM verification of a freshly signed mail failed")
    return (time.process_time() - started) / len(signed), sum(map(len, signed)) / len(signed)


def memory_rows(res: Results, label: str, run: harness.ProcessRun, largest: int) -> None:
    limit = 200 + 2 * largest / 1e6
    res.add("memory", f"{label}: peak PSS, whole process tree", f"{run.peak_tree_pss_mb:.0f} MB",
            f"< {limit:.0f} MB (200 + 2 x {largest / 1e6:.1f})", run.peak_tree_pss_mb < limit)
    res.add("memory", f"{label}: largest single process (ru_maxrss)", f"{run.max_rss_mb:.0f} MB")
    res.add("memory", f"(info) {label}: peak of summed RSS (shared pages counted in each process)",
            f"{run.peak_tree_rss_mb:.0f} MB")


def big_mail_memory(server: harness.BenchServer, user: str, cur: Path, run_dir: Path, res: Results) -> None:
    stats = mailgen.mailbox_stats(cur)
    log(f"\n[3] one mail of {mb(stats['largest'])} (a ~50 MB zip of photos)")
    run = harness.collector_poll(server.settings(user, run_dir / "archive-big"), sample_memory=True).check()
    if seen_count(run.stdout) != 1:
        raise RuntimeError(f"collector poll did not take the big mail: {run.stdout} {run.stderr[-2000:]}")
    memory_rows(res, f"one {mb(stats['largest'])} mail", run, stats["largest"])
    res.add("memory", f"one {mb(stats['largest'])} mail: wall time", f"{run.seconds:.1f} s")
    res.data["big_mail"] = dataclasses.asdict(run) | {"stdout": run.stdout.strip(), "stderr": run.stderr[-2000:], "bytes": stats["largest"]}


@dataclasses.dataclass
class IdleState:
    """A mailbox and the archive that already holds it, kept across runs in bench/.cache."""

    size: int
    user: str
    cur: Path
    root: Path

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def ready(self) -> bool:
        return (self.root / "ready").exists()


def idle_state(server: harness.BenchServer, size: int, user: str, cur: Path) -> IdleState:
    """Before the server starts: serve `user` from the cached home, filling it on first use.

    The key covers the mailbox and the index schema, so a schema change rebuilds the archive.
    """
    schema = (REPO / "collector" / "index.py").read_bytes()
    key = hashlib.sha256(cur.parent.name.encode() + schema).hexdigest()[:10]
    state = IdleState(size, user, cur, CACHE_DIR / f"idle-state-{size}-{key}")
    for stale in CACHE_DIR.glob(f"idle-state-{size}-*"):
        if stale != state.root:
            shutil.rmtree(stale, ignore_errors=True)
    if not state.ready:
        shutil.rmtree(state.root, ignore_errors=True)
        harness.fill_maildir(state.root / "home" / "Maildir", cur)
    server.borrow_home(user, state.root / "home")
    return state


def seed_idle_state(server: harness.BenchServer, state: IdleState) -> None:
    """After the server starts: file the whole mailbox once (set-up, fsync off, not measured)."""
    if state.ready:
        return
    log(f"  set-up: filing {state.size:,} mails once (fsync off; cached for later runs)")
    run = harness.seed_poll(server.settings(state.user, state.archive)).check()
    if seen_count(run.stdout) != state.size:
        raise RuntimeError(f"set-up poll of {state.size} mails saw {seen_count(run.stdout)}: {run.stdout}")
    (state.root / "ready").write_text(f"{run.seconds:.1f} s\n")


def idle_polls(server: harness.BenchServer, states: list[IdleState], repeats: int, res: Results) -> None:
    from collector import jobs

    medians: dict[int, tuple[float, float]] = {}
    for state in states:
        size = state.size
        log(f"\n[2] idle poll with {size:,} mails in the mailbox")
        seed_idle_state(server, state)
        settings = server.settings(state.user, state.archive)
        sub = [harness.collector_poll(settings).check() for _ in range(repeats)]
        if any(seen_count(r.stdout) != 0 for r in sub):
            raise RuntimeError(f"an idle poll fetched mail: {[r.stdout for r in sub]}")
        inproc = []
        for _ in range(repeats):
            started = time.perf_counter()
            report = jobs.run_poll(settings, now=dt.datetime.fromisoformat(AFTER_ALL_DEADLINES))
            inproc.append(time.perf_counter() - started)
            if report.seen:
                raise RuntimeError(f"an in-process idle poll fetched {report.seen} mail(s)")
        sub_median = statistics.median(r.seconds for r in sub)
        sub_cpu = statistics.median(r.cpu_s for r in sub)
        in_median = statistics.median(inproc)
        medians[size] = (sub_median, in_median)
        res.add("idle", f"idle poll, {size:,} mails, subprocess (median of {repeats})", f"{sub_median * 1000:.0f} ms (CPU {sub_cpu * 1000:.0f} ms)", "< 500 ms", sub_median < 0.5)
        res.add("idle", f"(info) idle poll, {size:,} mails: peak RSS (median)", f"{statistics.median(r.max_rss_mb for r in sub):.0f} MB")
        res.add("idle", f"idle poll, {size:,} mails, in-process run_poll (median)", f"{in_median * 1000:.0f} ms", "< 500 ms", in_median < 0.5)
        res.data[f"idle_{size}"] = {"cpu_s": [r.cpu_s for r in sub], "subprocess_s": [r.seconds for r in sub], "in_process_s": inproc}
    ten_campaigns(server, max(states, key=lambda st: st.size), repeats, res)
    (small, (s_sub, s_in)), (large, (l_sub, l_in)) = sorted(medians.items())
    # "no slower": allow 20% or 30 ms of noise, whichever is larger
    for kind, a, b in (("subprocess", s_sub, l_sub), ("in-process", s_in, l_in)):
        ok = b <= max(a * 1.2, a + 0.03)
        res.add("idle", f"idle {kind}: {large:,} vs {small:,} mails", f"{b * 1000:.0f} vs {a * 1000:.0f} ms", "no slower (+20%/30 ms noise)", ok)


def campaign_files(folder: Path, count: int) -> None:
    """``count`` campaigns as a clerk creates them: units named out of the roster,
    two deadlines each, in force beside the built-in one."""
    import yaml

    kinds = (["town", "township"], ["department"], ["department", "institution"], ["town", "township", "zone"])
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        data = {
            "id": f"bench-{i + 1:02d}", "title": f"基准测试活动{i + 1}", "notice_date": f"2023-{1 + i % 12:02d}-05",
            "units": {"kinds": kinds[i % len(kinds)]},
            "mailbox": {"subject_hints": [f"基准{i + 1}号"]},
            "requirements": [
                {"id": "report", "title": f"第{i + 1}号报告", "due": f"2023-{1 + i % 12:02d}-20T16:00:00+08:00",
                 "hints": [f"第{i + 1}号报告"], "parts": [{"id": "doc", "title": "报告", "kind": "document"}]},
                {"id": "photos", "title": f"第{i + 1}号照片", "due": f"2023-{1 + i % 12:02d}-28T16:00:00+08:00",
                 "parts": [{"id": "photos", "title": "照片", "kind": "photo"}]},
            ],
        }
        (folder / f"bench-{i + 1:02d}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def ten_campaigns(server: harness.BenchServer, state: IdleState, repeats: int, res: Results) -> None:
    """The idle poll of the largest archive with ten campaigns in force (the built-in one and nine in the
    archive's campaigns folder) against the same archive with one, polled in turns so that both meet the
    same machine: two copies of the archive (files hard-linked, the database copied), each polled once
    first (the ten-campaign copy writes its new campaigns' tables then)."""
    log(f"\n[2] idle poll with {state.size:,} mails: ten campaigns against one, in turns")
    copies = {"one": state.root.parent / f"one-campaign-{state.size}", "ten": state.root.parent / f"ten-campaigns-{state.size}"}
    try:
        for copy in copies.values():
            archive_copy(state.archive, copy)
        campaign_files(copies["ten"] / "campaigns", 9)
        settings = {key: server.settings(state.user, copy) for key, copy in copies.items()}
        for key in copies:
            harness.collector_poll(settings[key]).check()
        runs: dict[str, list[harness.ProcessRun]] = {"one": [], "ten": []}
        for _ in range(repeats):
            for key in copies:
                runs[key].append(harness.collector_poll(settings[key]).check())
        if any(seen_count(r.stdout) != 0 for rs in runs.values() for r in rs):
            raise RuntimeError(f"an idle poll fetched mail: {[r.stdout for rs in runs.values() for r in rs]}")
        one, ten = (statistics.median(r.seconds for r in runs[key]) for key in ("one", "ten"))
        cpu = {key: statistics.median(r.cpu_s for r in runs[key]) * 1000 for key in runs}
        res.add("idle", f"idle poll, {state.size:,} mails, ten campaigns vs one, in turns (medians of {repeats})",
                f"{ten * 1000:.0f} ms vs {one * 1000:.0f} ms (CPU {cpu['ten']:.0f} vs {cpu['one']:.0f} ms)",
                "no slower (+20%/30 ms noise)", ten <= max(one * 1.2, one + 0.03))
        res.data[f"idle_{state.size}_ten_campaigns"] = {key: [r.seconds for r in rs] for key, rs in runs.items()}
    finally:
        for copy in copies.values():
            shutil.rmtree(copy, ignore_errors=True)


def archive_copy(archive: Path, copy: Path) -> None:
    """A copy to poll without touching the cached archive: files hard-linked, the database copied."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(archive, copy, copy_function=os.link, ignore=shutil.ignore_patterns("collector.db*", ".collector.lock"))
    for db_file in archive.glob("collector.db*"):
        shutil.copy2(db_file, copy / db_file.name)


def import_time(res: Results) -> None:
    """What a cron run pays before doing anything: interpreter start and imports."""
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([str(harness.VENV_PYTHON), "-c", "import collector.cli, collector.jobs"], check=True, cwd=REPO)
        runs.append(time.perf_counter() - started)
    res.add("idle", "(info) python start + import collector.jobs", f"{statistics.median(runs) * 1000:.0f} ms")
    out = subprocess.run([str(harness.VENV_PYTHON), "-X", "importtime", "-c", "import collector.jobs"],
                         capture_output=True, text=True, cwd=REPO).stderr
    by_package: dict[str, int] = {}
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].strip()
            package = name if name.startswith("collector") else name.split(".")[0]
            by_package[package] = max(by_package.get(package, 0), int(parts[1]))
    heavy = sorted(((us, name) for name, us in by_package.items()), reverse=True)
    res.data["import_cumulative_us"] = heavy[:20]


def knob_variants(server: harness.BenchServer, run_dir: Path, mails: int, largest: int, big: int, res: Results) -> None:
    """The same poll under different settings: time, CPU and memory for `mails` mails and the big mail."""
    log(f"\n[knobs] {mails} mails and the big mail under different settings")
    rows = []
    for n, (label, env) in enumerate(KNOBS.items()):
        small = harness.collector_poll(server.settings(f"knob{n}@163.com", run_dir / f"archive-knob{n}"), env,
                                       sample_memory=True).check()
        large = harness.collector_poll(server.settings(f"knobbig{n}@163.com", run_dir / f"archive-knobbig{n}"), env,
                                       sample_memory=True).check()
        limit_small, limit_big = 200 + 2 * largest / 1e6, 200 + 2 * big / 1e6
        res.add("knobs", f"{label}: {mails} mails", f"{small.seconds:.1f} s, CPU {small.cpu_s:.1f} s, peak PSS {small.peak_tree_pss_mb:.0f} MB",
                f"PSS < {limit_small:.0f} MB", small.peak_tree_pss_mb < limit_small)
        res.add("knobs", f"{label}: the {big / 1e6:.0f} MB mail", f"{large.seconds:.1f} s, peak PSS {large.peak_tree_pss_mb:.0f} MB",
                f"PSS < {limit_big:.0f} MB", large.peak_tree_pss_mb < limit_big)
        rows.append({"variant": label, "env": env, "mails": mails, "seconds": small.seconds, "cpu_s": small.cpu_s,
                     "pss_mb": small.peak_tree_pss_mb, "max_rss_mb": small.max_rss_mb, "big_seconds": large.seconds,
                     "big_pss_mb": large.peak_tree_pss_mb, "big_max_rss_mb": large.max_rss_mb})
    res.data["knobs"] = rows


# ----- profile -------------------------------------------------------------------------

STAGES = [
    ("open_context", "pipeline.py", "open_context"),
    ("IMAP fetch (imapclient)", "fetch.py", "fetch_batch"),
    ("store raw (sha256 + fsync)", "pipeline.py", "store_raw"),
    ("parse (parse_safely)", "pipeline.py", "parse_safely"),
    ("  photos (photo_info)", "photos.py", "photo_info"),
    ("  documents (extract_text)", "documents.py", "extract_text"),
    ("  archives (extract_members)", "archives.py", "extract_members"),
    ("wait for parse workers", "_base.py", "result"),
    ("file, match, index (file_and_index)", "pipeline.py", "file_and_index"),
    ("  DKIM / trust", "pipeline.py", "_check_sender_safely"),
    ("  match", "pipeline.py", "match_safely"),
    ("  file attachments", "file.py", "file_attachments"),
    ("  file raw mail", "file.py", "file_raw_mail"),
    ("  search index", "search.py", "index_message_for_search"),
    ("save position", "jobs.py", "_save_position"),
    ("finish_run (status refresh)", "pipeline.py", "finish_run"),
    ("all fsync() calls", "~", "<built-in method posix.fsync>"),
    ("all SQLite statements (incl. COMMIT)", "~", "<method 'execute' of 'sqlite3.Connection' objects>"),
]


def _stage_table(stats: pstats.Stats, total: float) -> list[tuple[str, float, int]]:
    rows = []
    for label, file_suffix, func in STAGES:
        cumulative, calls = 0.0, 0
        for (filename, _line, name), (_cc, nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
            if name == func and filename.endswith(file_suffix):
                cumulative += ct
                calls += nc
        if calls:
            rows.append((label, cumulative, calls))
    return rows


def profile_ingest(server: harness.BenchServer, user: str, run_dir: Path, workers: int, res: Results) -> str:
    """cProfile of an in-process poll; with workers=0 every stage runs in this process."""
    from collector import jobs

    settings = server.settings(user, run_dir / f"archive-profile-w{workers}")
    _warm_up_imports()
    previous = os.environ.get("COLLECTOR_WORKERS")
    os.environ["COLLECTOR_WORKERS"] = str(workers)
    profiler = cProfile.Profile()
    try:
        started = time.perf_counter()
        profiler.enable()
        report = jobs.run_poll(settings, now=dt.datetime.fromisoformat(AFTER_ALL_DEADLINES))
        profiler.disable()
        total = time.perf_counter() - started
    finally:
        if previous is None:
            os.environ.pop("COLLECTOR_WORKERS", None)
        else:
            os.environ["COLLECTOR_WORKERS"] = previous
    stats = pstats.Stats(profiler)
    buffer = io.StringIO()
    stats.stream = buffer  # type: ignore[attr-defined]
    stats.sort_stats("cumulative").print_stats(15)
    top = _strip_pstats_header(buffer.getvalue())
    buffer = io.StringIO()
    stats.stream = buffer  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(12)
    own = _strip_pstats_header(buffer.getvalue())
    stages = _stage_table(stats, total)
    label = "serial (COLLECTOR_WORKERS=0)" if workers == 0 else f"{workers} parse workers (main process only)"
    res.add("profile", f"in-process poll of {report.seen} mails, {label}", f"{total:.1f} s ({total / max(report.seen, 1) * 1000:.0f} ms/mail)")
    lines = [f"### In-process poll of {report.seen} mails, {label}: {total:.1f} s wall (under cProfile)", "",
             "Stages (cumulative wall time; nested rows are part of the row above):", "",
             "| stage | seconds | share | calls |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {secs:.2f} | {secs / total:.0%} | {calls} |" for name, secs, calls in stages]
    lines += ["", "Top 15 functions by cumulative time:", "", "```", top, "```", "",
              "Top 12 functions by own time:", "", "```", own, "```", ""]
    res.data[f"profile_w{workers}"] = {"mails": report.seen, "seconds": total,
                                       "stages": [{"stage": n, "seconds": s, "calls": c} for n, s, c in stages]}
    return "\n".join(lines)


def _warm_up_imports() -> None:
    """Parse and match one generated mail first, so one-off imports stay out of the profile."""
    from collector.campaign import load_campaigns
    from collector.match import match_mail
    from collector.parsers import parse_message

    factory = mailgen.MailFactory(mailgen.photo_pool(CACHE_DIR), seed=1)
    for kind in ("photos", "zip", "interview"):
        raw, when = factory.mail(0, 1, kind=kind)
        match_mail(parse_message(raw), load_campaigns(None), {}, received_at=when)


def _strip_pstats_header(text: str) -> str:
    lines = text.strip("\n").splitlines()
    for i, line in enumerate(lines):
        if line.lstrip().startswith("ncalls"):
            return "\n".join(lines[i:]).replace(str(REPO) + "/", "")
    return text


# ----- dashboard -----------------------------------------------------------------------

_DASHBOARD_ROW = re.compile(r"^(?P<label>.+?)\s+(?P<p50>\d+\.\d)\s+(?P<p95>\d+\.\d)\s+(?P<max>\d+\.\d)\s*$")


def dashboard(requests: int, res: Results) -> None:
    script = BENCH_DIR / "bench_dashboard.py"
    if not script.exists():
        res.add("dashboard", "bench_dashboard.py", "not present: skipped")
        return
    log("\n[4] dashboard (bench/bench_dashboard.py; builds its 100,000-mail database once)")
    run = harness.run_measured([str(harness.VENV_PYTHON), str(script), "--requests", str(requests)], cwd=REPO)
    if run.returncode != 0:
        res.add("dashboard", "bench_dashboard.py", f"failed (exit {run.returncode})", "p95 < 200 ms", False)
        res.notes.append("bench_dashboard.py failed:\n" + run.stderr[-1500:])
        return
    pages = []
    for line in run.stdout.splitlines():
        match = _DASHBOARD_ROW.match(line)
        if match:
            pages.append({k: (float(v) if k != "label" else v.strip()) for k, v in match.groupdict().items()})
    for line in run.stdout.splitlines():
        if line.startswith("database:"):
            res.add("dashboard", "(info) database", line.removeprefix("database:").strip())
    for page in pages:
        res.add("dashboard", f"{page['label']} p50 / p95", f"{page['p50']:.0f} / {page['p95']:.0f} ms", "p95 < 200 ms", page["p95"] < 200)
    res.data["dashboard"] = {"pages": pages, "requests_each": requests, "seconds": run.seconds}


# ----- main ----------------------------------------------------------------------------


def machine_line() -> str:
    load = os.getloadavg()
    return (f"{platform.node()} · {os.cpu_count()} cores · Python {harness.python_version()} · "
            f"load average at start {load[0]:.1f} · {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC")


def write_results(res: Results, plan_name: str, seconds: float) -> None:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO).stdout.strip()
    changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "collector", "bench"],
                             capture_output=True, text=True, cwd=REPO).stdout.strip()
    if commit and changed:
        commit += " with uncommitted changes to collector/ or bench/"
    header = f"# Benchmark ({plan_name}) at {commit or '?'}\n\n{res.data.get('machine', '')}; whole run {seconds / 60:.1f} min\n"
    body = [header, res.table(), ""]
    if res.notes:
        body += ["## Notes", ""] + [f"- {n}" for n in res.notes] + [""]
    if res.profile_text:
        body += ["## Where the first ingest spends its time", "", res.profile_text]
    if res.data.get("import_cumulative_us"):
        body += ["## Importing `collector.jobs` (cumulative ms per module or third-party package; nested, so rows overlap)", "", "```"]
        body += [f"{us / 1000:8.1f}  {name}" for us, name in res.data["import_cumulative_us"]]  # type: ignore[union-attr]
        body += ["```", ""]
    (RESULTS_DIR / "latest.md").write_text("\n".join(body))
    payload = {"plan": plan_name, "commit": commit, "seconds": seconds,
               "rows": [dataclasses.asdict(r) | {"result": r.verdict} for r in res.rows], "data": res.data, "notes": res.notes}
    (RESULTS_DIR / "latest.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2, default=str))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 mails, 1,000-mail idle poll, no dashboard")
    parser.add_argument("--only", default=None, help=f"comma-separated subset of {','.join(SECTIONS)}")
    parser.add_argument("--mails", type=int, default=None, help="mails in the first-ingest mailbox")
    parser.add_argument("--pairs", type=int, default=None, help="mbsync/collector pairs of first-ingest runs (median ratio)")
    parser.add_argument("--mailbox", choices=("both", "phone", "mixed"), default="both",
                        help="first-ingest mailbox(es): photos as phones send them, the older mixed one, or both")
    parser.add_argument("--phone-mails", type=int, default=None, help="mails in the phone-photo mailbox")
    parser.add_argument("--keep", action="store_true", help="keep the run directory (archives, Dovecot) for inspection")
    args = parser.parse_args(argv)
    plan = dataclasses.replace(QUICK if args.quick else FULL)
    if args.mails:
        plan.ingest_mails = args.mails
    if args.pairs:
        plan.ingest_pairs = args.pairs
    if args.phone_mails:
        plan.phone_mails = args.phone_mails
    sections = set(args.only.split(",")) if args.only else set(SECTIONS) - ({"dashboard"} if args.quick else set())
    unknown = sections - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")

    started = time.perf_counter()
    res = Results()
    res.data["machine"] = machine_line()
    log(f"bench: {res.data['machine']}")
    log("preparing mailboxes (cached in bench/.cache after the first run)")
    ingest_cur = mailboxes.cached_mailbox(CACHE_DIR, "ingest", plan.ingest_mails, log=log)
    boxes = {"ingest@163.com": (ingest_cur, None)}
    ingest_boxes = []
    if args.mailbox in ("both", "phone") and sections & {"ingest", "memory"}:
        phone_cur = mailboxes.cached_mailbox(CACHE_DIR, "phone", plan.phone_mails, special="phone", log=log)
        boxes["phone@163.com"] = (phone_cur, None)
        ingest_boxes.append(Mailbox("ingest_phone", "phone photos", "phone@163.com", phone_cur, 2.5))
    if args.mailbox in ("both", "mixed"):
        ingest_boxes.append(Mailbox("ingest", "mixed mailbox", "ingest@163.com", ingest_cur, 3))
    if "profile" in sections:
        profile_cur = mailboxes.cached_mailbox(CACHE_DIR, "ingest", max(plan.ingest_mails, plan.profile_mails), log=log)
        boxes["profile@163.com"] = (profile_cur, plan.profile_mails)  # serial run
        boxes["profile2@163.com"] = (profile_cur, plan.profile_mails)  # parallel run
    if sections & {"memory", "knobs"}:
        big_cur = mailboxes.cached_mailbox(CACHE_DIR, "big", 1, special="big50", log=log)
        boxes["big@163.com"] = (big_cur, None)
    if "knobs" in sections:
        knob_cur = mailboxes.cached_mailbox(CACHE_DIR, "ingest", max(plan.ingest_mails, plan.knob_mails), log=log)
        for n in range(len(KNOBS)):
            boxes[f"knob{n}@163.com"] = (knob_cur, plan.knob_mails)
            boxes[f"knobbig{n}@163.com"] = (big_cur, None)
    idle_boxes = {}
    if "idle" in sections:
        for size in plan.idle_sizes:
            idle_boxes[f"idle{size}@163.com"] = (size, mailboxes.cached_mailbox(CACHE_DIR, "small", size, small=True, log=log))

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(dir=CACHE_DIR, prefix="run-"))
    server = harness.BenchServer(run_dir)
    try:
        for user in [*boxes, *idle_boxes]:
            server.add_account(user)
        states = [idle_state(server, size, user, cur) for user, (size, cur) in idle_boxes.items()]
        for user, (cur, limit) in boxes.items():
            server.fill(user, cur, limit)
        server.start()
        for user in [*boxes, *idle_boxes]:
            server.warm_index(user)
        if sections & {"ingest", "memory"}:
            for box in ingest_boxes:
                first_ingest(server, box, run_dir, plan.ingest_pairs, res)
            dkim_cost(ingest_cur, run_dir, res)
            if "memory" in sections:
                log("\n[3] memory")
                for box in ingest_boxes:
                    stats = mailgen.mailbox_stats(box.cur)
                    memory_rows(res, f"first ingest, {box.label}, {stats['count']} mails",
                                ingest_memory(server, box, run_dir), stats["largest"])
                big_mail_memory(server, "big@163.com", boxes["big@163.com"][0], run_dir, res)
        if "idle" in sections:
            import_time(res)
            idle_polls(server, states, plan.idle_repeats, res)
        if "profile" in sections:
            log(f"\n[profile] in-process poll of {plan.profile_mails} mails under cProfile")
            texts = [profile_ingest(server, "profile@163.com", run_dir, 0, res)]
            texts.append(profile_ingest(server, "profile2@163.com", run_dir, os.cpu_count() or 2, res))
            res.profile_text = "\n".join(texts)
        if "knobs" in sections:
            sample = sorted(knob_cur.iterdir())[: plan.knob_mails]
            knob_variants(server, run_dir, plan.knob_mails, max(p.stat().st_size for p in sample),
                          mailgen.mailbox_stats(big_cur)["largest"], res)
        if "dashboard" in sections:
            dashboard(plan.dashboard_requests, res)
    finally:
        server.stop()
        server.return_homes()
        if args.keep:
            log(f"run directory kept: {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    seconds = time.perf_counter() - started
    res.notes.append(
        f"load average at the end {os.getloadavg()[0]:.1f} (2 cores): wall times are only as quiet as the machine; "
        "CPU times are given where they matter"
    )
    res.notes.append(
        "generated mails carry no DKIM-Signature (verifying one needs DNS, and the bench stays on 127.0.0.1), "
        "so the DKIM body-hash cost of real 163 mail is not in these figures"
    )
    write_results(res, "quick" if args.quick else "full", seconds)
    print(f"\n{res.data['machine']}; whole run {seconds / 60:.1f} min\n")
    print(res.console_table())
    print(f"\nwritten: {RESULTS_DIR / 'latest.md'} and latest.json")
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
