"""Events the dashboard spools reach the audit chain exactly once (issue 15.5), however the
spooling and the absorbing runs interleave: exports made on the real dashboard while polls
run, each found in the chain by its own marker; and a tight loop of spooling processes
against a run absorbing over and over."""

from __future__ import annotations

import asyncio
import collections
import json
import multiprocessing
import re
import threading

import pytest

from collector import audit, index
from collector.serve import build_datasette
from dashboard_archive import sample_dashboard_archive

from test_durability import collector, env_for, new_account

OFFICE = {"id": "clerk", "role": "office"}


def spooled_in_chain(data_dir) -> list[dict]:
    db = index.connect(data_dir)
    try:
        assert audit.verify_chain(db)[1] is None
        return [json.loads(d) for (d,) in db.execute("SELECT detail FROM audit_log WHERE detail LIKE '%spool_id%'")]
    finally:
        db.close()


def test_dashboard_exports_during_polls_are_each_in_the_chain_once(dovecot_server, tmp_path):
    sample = sample_dashboard_archive(tmp_path)
    data_dir = sample["data_dir"]
    env = env_for(new_account(dovecot_server), data_dir)
    ds = build_datasette(data_dir, users_file=sample["users_file"], secret="test-secret")
    cookies = {"ds_actor": ds.sign({"a": OFFICE}, "actor")}
    stop = threading.Event()
    codes = collections.Counter()
    made = []

    def export_until_stopped():
        async def go():
            while not stop.is_set():
                n = len(made)
                response = await ds.client.get(f"/export/status.csv?requirement=probe-{n}", cookies=cookies)
                codes[response.status_code] += 1
                made.append(n)
        asyncio.run(go())

    exporter = threading.Thread(target=export_until_stopped)
    exporter.start()
    try:
        for polls in range(1, 7):
            run = collector(env, "poll")
            assert run.code == 0, run.stderr[-2000:]
    finally:
        stop.set()
        exporter.join()
    exports = len(made)
    assert collector(env, "poll").code == 0  # the last exports
    assert codes == {200: exports}, codes
    found = collections.Counter()
    for detail in spooled_in_chain(data_dir):
        if detail.get("via") == "dashboard":
            found.update(re.findall(r"probe-(\d+)\b", detail.get("filters", "")))
    print(f"\n{exports} dashboard exports during {polls} polls; {sum(found.values())} in the audit chain")
    assert exports > 6 * polls, "the exports did not overlap the polls"
    missing = sorted(int(n) for n in set(map(str, range(exports))) - set(found))
    doubled = sorted(int(n) for n, count in found.items() if count > 1)
    assert (missing, doubled) == ([], []), f"lost: {missing}; recorded twice: {doubled}"


def _spool_many(data_dir, writer: int, count: int) -> None:
    for n in range(count):
        audit.spool_event(data_dir, "exported", f"w{writer}", what="probe", n=f"{writer}-{n}")


def test_a_tight_loop_of_spooling_and_absorbing_loses_and_doubles_nothing(tmp_path):
    data_dir = tmp_path / "archive"
    db = index.connect(data_dir)
    writers, each = 4, 500
    context = multiprocessing.get_context("fork")
    procs = [context.Process(target=_spool_many, args=(data_dir, w, each)) for w in range(writers)]
    for proc in procs:
        proc.start()
    rounds = absorbed = 0
    while any(proc.is_alive() for proc in procs):
        absorbed += audit.absorb_spool(db, data_dir)
        rounds += 1
    for proc in procs:
        proc.join()
        assert proc.exitcode == 0
    absorbed += audit.absorb_spool(db, data_dir)
    assert audit.absorb_spool(db, data_dir) == 0
    assert not audit.events_waiting(data_dir)
    db.close()
    got = collections.Counter(d["n"] for d in spooled_in_chain(data_dir))
    print(f"\n{writers * each} events spooled by {writers} processes, absorbed in {rounds} rounds")
    assert rounds >= 3, "the absorbing did not overlap the spooling"
    assert absorbed == writers * each == len(got), (absorbed, len(got))
    assert set(got.values()) == {1}


def test_a_run_that_dies_after_recording_does_not_record_twice(tmp_path):
    """The run recorded the spooled events and died before removing their files: the next
    run finds their ids in the chain and only removes the files."""
    data_dir = tmp_path / "archive"
    db = index.connect(data_dir)
    audit.spool_event(data_dir, "exported", "clerk", what="status.csv")
    leftover = next((data_dir / audit.SPOOL_DIR).glob("*.json"))
    kept = leftover.read_bytes()
    assert audit.absorb_spool(db, data_dir) == 1
    leftover.write_bytes(kept)  # as if the unlink had never happened
    assert audit.absorb_spool(db, data_dir) == 0
    assert not leftover.exists()
    assert len(spooled_in_chain(data_dir)) == 1
    db.close()


def test_a_run_that_dies_while_absorbing_the_old_spool_finishes_it_next_time(tmp_path):
    data_dir = tmp_path / "archive"
    db = index.connect(data_dir)
    line = json.dumps({"spool_id": "old-x", "at": "2023-05-20T10:00:00+08:00", "event": "exported",
                       "actor": "clerk", "detail": {"what": "status.xlsx"}})
    aside = data_dir / (audit.LEGACY_SPOOL_NAME + ".absorbing")
    aside.write_text(line + "\n", encoding="utf-8")  # renamed aside, then the run died
    assert audit.events_waiting(data_dir), "the one left aside is still waiting"
    (data_dir / audit.LEGACY_SPOOL_NAME).write_text(line.replace("old-x", "old-y") + "\n", encoding="utf-8")
    assert audit.absorb_spool(db, data_dir) == 1  # the one left aside
    assert audit.events_waiting(data_dir)
    assert audit.absorb_spool(db, data_dir) == 1  # then the newer one
    assert not audit.events_waiting(data_dir) and audit.absorb_spool(db, data_dir) == 0
    db.close()


def test_events_in_the_old_one_file_spool_are_absorbed(tmp_path):
    data_dir = tmp_path / "archive"
    db = index.connect(data_dir)
    lines = [json.dumps({"spool_id": f"old{n}", "at": "2023-05-20T10:00:00+08:00", "event": "exported",
                         "actor": "clerk", "detail": {"what": "status.xlsx"}}) for n in range(3)]
    (data_dir / audit.LEGACY_SPOOL_NAME).write_text("\n".join(lines) + "\n" + '{"spool_id": "cut', encoding="utf-8")
    assert audit.events_waiting(data_dir)
    assert audit.absorb_spool(db, data_dir) == 3
    assert not audit.events_waiting(data_dir) and audit.absorb_spool(db, data_dir) == 0
    db.close()


@pytest.mark.parametrize("name", [".tmp-1-2-x.json", "notes.txt"])
def test_partial_and_foreign_files_in_the_spool_are_not_events(tmp_path, name):
    data_dir = tmp_path / "archive"
    db = index.connect(data_dir)
    (data_dir / audit.SPOOL_DIR).mkdir()
    (data_dir / audit.SPOOL_DIR / name).write_text('{"spool_id": "half', encoding="utf-8")
    assert not audit.events_waiting(data_dir)
    assert audit.absorb_spool(db, data_dir) == 0
    db.close()
