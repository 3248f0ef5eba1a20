"""Store stage: bytes on disk, content-addressed and durable.

Layout under the data dir (see archive/README.md):

  raw/ab/<sha256>.eml        every mail byte for byte, named by the sha256 of its bytes
  files/ab/<sha256>          every attachment's bytes, stored once however often sent
  filed/<campaign>/<unit>/<requirement>/<name>
                             hard links into files/, for people browsing without the database

A write is durable before it is reported: temp file in the same directory,
write, fsync, link into place, fsync the directory. A sender's filename is only
ever used, sanitised, as the last component under filed/.
"""

from __future__ import annotations

import errno
import hashlib
import itertools
import os
import re
import unicodedata
from pathlib import Path

from collector.faults import crash_point, disk_write_point

DB_NAME = "collector.db"  # the SQLite index (collector/index.py)
RUN_LOCK_NAME = ".collector.lock"
AUDIT_SPOOL_NAME = "audit-spool.jsonl"  # events from the dashboard, folded into the chain by the next run (audit.py)  # flock held by the one run allowed at a time (runlock.exclusive_run)
TMP_DIR = "tmp"  # temp files live here (same filesystem), swept at the start of each run
RAW_DIR = "raw"
FILES_DIR = "files"
FILED_DIR = "filed"
MAX_NAME_BYTES = 200  # below the 255-byte limit of ext4, leaving room for a "_2" suffix

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_path(path: Path, flags: int = os.O_RDONLY) -> None:
    """fsync a file (or, with O_DIRECTORY, a directory) by its path."""
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    fsync_path(path, os.O_RDONLY | os.O_DIRECTORY)


class DeferredSyncs:
    """Directories whose fsync may wait until just before the commit that makes
    their new entries matter: one fsync per directory per mail, not per file."""

    def __init__(self) -> None:
        self.dirs: set[Path] = set()

    def flush(self) -> None:
        for directory in sorted(self.dirs, key=lambda d: len(d.parts), reverse=True):
            fsync_dir(directory)
        self.dirs.clear()


def _sync_dir(path: Path, syncs: DeferredSyncs | None) -> None:
    if syncs is None:
        fsync_dir(path)
    else:
        syncs.dirs.add(path)


def _make_dirs(path: Path, syncs: DeferredSyncs | None = None) -> None:
    """mkdir -p, fsyncing each parent whose entry we created."""
    missing = []
    while not path.exists():
        missing.append(path)
        path = path.parent
    for directory in reversed(missing):
        try:
            directory.mkdir()
        except FileExistsError:
            pass
        _sync_dir(directory.parent, syncs)


def sweep_temp_files(data_dir: Path) -> int:
    """Remove temp files a crashed run left behind. Call only while holding the run lock."""
    removed = 0
    tmp_dir = data_dir / TMP_DIR
    if tmp_dir.is_dir():
        for leftover in tmp_dir.iterdir():
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def write_durably(
    target: Path, data: bytes, data_dir: Path | None = None, syncs: DeferredSyncs | None = None
) -> bool:
    """Write data to target unless it already exists. True if this call created it.

    Content-addressed targets never change, so an existing file is kept as it
    is (a rerun after a crash finds it already there). The temp file goes to
    data_dir/tmp when given (so crashes leave litter in one sweepable place),
    else beside the target.
    """
    if target.exists():
        return False
    tmp = temp_path(data_dir, target)
    write_temp(tmp, data, sync=True)
    return settle(tmp, target, syncs, synced=True)


_temp_serial = itertools.count()


def temp_path(data_dir: Path | None, target: Path) -> Path:
    """Where to write target's bytes first: a name no other write of this process uses."""
    parent = data_dir / TMP_DIR if data_dir is not None else target.parent
    _make_dirs(parent)
    return parent / f".tmp-{os.getpid()}-{next(_temp_serial)}-{target.name}"


def write_temp(tmp: Path, data: bytes, sync: bool) -> None:
    """The bytes into a new temp file (fsynced only with sync; settle() does it otherwise)."""
    disk_write_point()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if sync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)


def settle(tmp: Path, target: Path, syncs: DeferredSyncs | None = None, synced: bool = False) -> bool:
    """Put a written temp file in place durably: fsync it (unless synced), hard-link
    it as target, drop the temp name, fsync target's directory (or leave that to
    syncs). True if target was created; if it was there already, it holds the same
    bytes (content-addressed) and is kept. Any process may settle another's temp
    file: parse workers settle the raw mails the poll process wrote (parallel.py)."""
    if not synced:
        fsync_path(tmp)
    crash_point("store.tmp_written")
    _make_dirs(target.parent, syncs)
    try:
        os.link(tmp, target)
        created = True
        crash_point("store.linked")
    except FileExistsError:
        created = False
    finally:
        tmp.unlink(missing_ok=True)
    _sync_dir(target.parent, syncs)
    return created


def _sharded(kind: str, digest: str, suffix: str = "") -> str:
    return f"{kind}/{digest[:2]}/{digest}{suffix}"


def raw_rel(digest: str) -> str:
    """Where the raw mail with this sha256 is kept, relative to data_dir."""
    return _sharded(RAW_DIR, digest, ".eml")


def put_blob(data_dir: Path, data: bytes, syncs: DeferredSyncs | None = None) -> tuple[str, str]:
    """Keep an attachment's bytes once. Returns (sha256, path relative to data_dir)."""
    digest = sha256_hex(data)
    rel = _sharded(FILES_DIR, digest)
    write_durably(data_dir / rel, data, data_dir, syncs)
    return digest, rel


def safe_filename(name: str, fallback: str = "附件") -> str:
    """A sender's name made safe as one path component, keeping it readable.

    Removes separators, NUL and control characters, leading dots, Windows
    reserved names; trims to MAX_NAME_BYTES of UTF-8 keeping the extension.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = _UNSAFE_CHARS.sub("_", name).strip(" .")
    if not name:
        name = fallback
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10:
        stem, ext = name, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    ext_part = f".{ext}" if ext else ""
    budget = MAX_NAME_BYTES - len(ext_part.encode("utf-8"))
    stem_bytes = stem.encode("utf-8")[:budget]
    stem = stem_bytes.decode("utf-8", errors="ignore") or fallback
    return stem + ext_part


def _unique_in(directory: Path, name: str) -> Path:
    candidate = directory / name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = directory / (f"{stem}_{n}.{ext}" if ext else f"{stem}_{n}")
        n += 1
    return candidate


def link_into_tree(
    data_dir: Path, blob_rel: str, parts: list[str], filename: str, syncs: DeferredSyncs | None = None
) -> str:
    """Hard-link a stored blob under filed/<parts...>/<safe filename>.

    Returns the path relative to data_dir. If the same blob already sits in
    that folder (a rerun), that path is returned instead of a second copy.
    """
    directory = data_dir / FILED_DIR
    for part in parts:
        directory = directory / safe_filename(part, fallback="未分类")
    _make_dirs(directory, syncs)
    blob = data_dir / blob_rel
    wanted = safe_filename(filename)
    existing = _same_blob_in(directory, wanted, blob)
    if existing is not None:
        return existing.relative_to(data_dir).as_posix()
    while True:
        target = _unique_in(directory, wanted)
        try:
            link_or_copy(blob, target, syncs)
            break
        except FileExistsError:
            continue
    _sync_dir(directory, syncs)
    return target.relative_to(data_dir).as_posix()


def link_or_copy(blob: Path, target: Path, syncs: DeferredSyncs | None = None) -> None:
    """Hard-link blob as target; where filed/ is on another filesystem than the store
    (EXDEV), a durable copy instead. FileExistsError if target exists. The caller
    fsyncs target's directory (or leaves that to syncs)."""
    try:
        os.link(blob, target)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        if not write_durably(target, blob.read_bytes(), syncs=syncs):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None


def _same_blob_in(directory: Path, wanted: str, blob: Path) -> Path | None:
    blob_stat = blob.stat()
    stem = wanted.rpartition(".")[0] or wanted
    for candidate in directory.glob(glob_escape(stem) + "*"):
        try:
            st = candidate.stat()
        except FileNotFoundError:
            continue
        if (st.st_ino, st.st_dev) == (blob_stat.st_ino, blob_stat.st_dev):
            return candidate
    return None


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)
