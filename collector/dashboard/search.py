"""Full-text search over mails and the text of their files, for Chinese.

FTS5's ``unicode61`` tokenizer does not segment Chinese, and ``trigram`` cannot
match the two-character words that most Chinese words are (乡镇, 照片). So text
is segmented with jieba before it is indexed (``cut_for_search``: whole words
plus the dictionary words inside them), stored space-separated, and the query
is segmented the same way; unicode61 then only splits on the spaces.

Tables (owned by this module, created on demand):

  search_docs    one row per indexed mail: id (the FTS rowid) <-> message sha256
  search_index   FTS5 (subject, body, files, grams): jieba-segmented text, plus
                 the Chinese character bigrams of all of it

jieba's segmentation depends on context: 喇嘛洞镇人民政府 is cut 喇嘛/洞镇/人民政府,
so a search for 喇嘛洞 would miss it. Each query word therefore also matches as a
phrase of character bigrams (喇嘛 嘛洞) in ``grams``, which finds every mail whose
text contains the word, whatever jieba made of the text.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass

import jieba

from .schema import ensure_dashboard_indexes

SEARCH_TABLE = "search_index"
DOCS_TABLE = "search_docs"

_WORD = re.compile(r"[^\W_]", re.UNICODE)
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_RUN_SEPARATOR = "x"  # a token between runs, so no phrase spans two runs
_init_lock = threading.Lock()
_initialized = False


def use_cache_dir(path) -> None:
    """Keep jieba's dictionary cache under `path` (by default it writes to the system
    temp dir, outside the archive). Call before the first segmentation."""
    from pathlib import Path

    Path(path).mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(path)


def _ensure_jieba() -> None:
    global _initialized
    if not _initialized:
        with _init_lock:
            if not _initialized:
                jieba.setLogLevel(60)
                jieba.initialize()
                _initialized = True


def segment_for_index(text: str | None) -> str:
    """Space-separated words of ``text``, including the words inside longer words."""
    if not text:
        return ""
    _ensure_jieba()
    return " ".join(w for w in jieba.cut_for_search(text) if _WORD.search(w))


def cjk_bigrams(text: str | None) -> str:
    """'城关镇政府，照片' -> '城关 关镇 镇政 政府 x 照片'."""
    if not text:
        return ""
    runs = []
    for run in _CJK_RUN.findall(text):
        runs.append(run if len(run) == 1 else " ".join(run[i : i + 2] for i in range(len(run) - 1)))
    return f" {_RUN_SEPARATOR} ".join(runs)


def query_terms(query: str) -> list[str]:
    """Words of a search query, segmented the way the index was. A single Chinese
    character jieba splits off (喇嘛/洞) stays with its neighbour (喇嘛洞): alone
    it would have to be a word of the text."""
    _ensure_jieba()
    terms: list[str] = []
    for part in query.split():
        words = [w.strip() for w in jieba.cut(part) if _WORD.search(w)]
        for word in _merge_single_characters(words):
            if word not in terms:
                terms.append(word)
    return terms


def _merge_single_characters(words: list[str]) -> list[str]:
    merged: list[str] = []
    carry = ""
    for word in words:
        is_cjk = bool(_CJK_RUN.fullmatch(word))
        if is_cjk and len(word) == 1 and merged and _CJK_RUN.fullmatch(merged[-1]):
            merged[-1] += word
        elif is_cjk and len(word) == 1:
            carry += word
        else:
            if carry and is_cjk:
                word = carry + word
            elif carry:
                merged.append(carry)
            carry = ""
            merged.append(word)
    if carry:
        merged.append(carry)
    return merged


def _quote(text: str) -> str:
    return '"{}"'.format(text.replace('"', '""'))


def fts_match_expression(query: str) -> str:
    """An FTS5 MATCH expression: every query word must occur, as a jieba word or
    (Chinese words of two or more characters) as a run of characters."""
    clauses = []
    for term in query_terms(query):
        words = "{subject body files} : " + _quote(term)
        if len(term) >= 2 and _CJK_RUN.fullmatch(term):
            clauses.append(f"({words} OR grams : {_quote(cjk_bigrams(term))})")
        else:
            clauses.append(f"({words})")
    return " AND ".join(clauses)


def _as_conn(db) -> sqlite3.Connection:
    return getattr(db, "conn", db)


SEARCH_COLUMNS = ["subject", "body", "files", "grams"]


def _search_table_is_current(conn: sqlite3.Connection) -> bool:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({SEARCH_TABLE})")]
    return columns == SEARCH_COLUMNS


def ensure_search_tables(db) -> None:
    """Create the tables; an index of an older layout is dropped (rebuild it)."""
    conn = _as_conn(db)
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_TABLE,)).fetchone()
    if exists and not _search_table_is_current(conn):
        conn.execute(f"DROP TABLE {SEARCH_TABLE}")
        conn.execute(f"DROP TABLE IF EXISTS {DOCS_TABLE}")
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} ("
        " id INTEGER PRIMARY KEY,"
        " message_sha256 TEXT NOT NULL UNIQUE)"
    )
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
        " subject, body, files, grams, tokenize = 'unicode61')"
    )


def _document_for(conn: sqlite3.Connection, sha256: str) -> tuple[str, str, str, str] | None:
    row = conn.execute(
        "SELECT subject, body_text, from_name, from_addr, unit FROM messages WHERE sha256 = ?",
        (sha256,),
    ).fetchone()
    if row is None:
        return None
    subject, body, from_name, from_addr, unit = row
    file_parts = []
    for filename, text in conn.execute(
        "SELECT filename, text FROM attachments WHERE message_sha256 = ? ORDER BY idx",
        (sha256,),
    ):
        file_parts.append(filename or "")
        file_parts.append(text or "")
    head = " ".join(p for p in (subject, from_name, from_addr, unit) if p)
    files = "\n".join(file_parts)
    return (
        segment_for_index(head),
        segment_for_index(body),
        segment_for_index(files),
        f" {_RUN_SEPARATOR} ".join(g for g in (cjk_bigrams(head), cjk_bigrams(body), cjk_bigrams(files)) if g),
    )


def _write_document(conn: sqlite3.Connection, sha256: str, doc: tuple[str, str, str, str]) -> None:
    row = conn.execute(
        f"SELECT id FROM {DOCS_TABLE} WHERE message_sha256 = ?", (sha256,)
    ).fetchone()
    if row is None:
        doc_id = conn.execute(
            f"INSERT INTO {DOCS_TABLE} (message_sha256) VALUES (?)", (sha256,)
        ).lastrowid
    else:
        doc_id = row[0]
        conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", (doc_id,))
    conn.execute(
        f"INSERT INTO {SEARCH_TABLE} (rowid, subject, body, files, grams) VALUES (?, ?, ?, ?, ?)",
        (doc_id, *doc),
    )


def index_message_for_search(db, sha256: str) -> None:
    """(Re)index one mail: call after the mail and its attachments are written."""
    conn = _as_conn(db)
    ensure_search_tables(conn)
    doc = _document_for(conn, sha256)
    with _transaction(conn):
        if doc is None:
            _remove(conn, sha256)
        else:
            _write_document(conn, sha256, doc)


def _remove(conn: sqlite3.Connection, sha256: str) -> None:
    row = conn.execute(
        f"SELECT id FROM {DOCS_TABLE} WHERE message_sha256 = ?", (sha256,)
    ).fetchone()
    if row:
        conn.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", (row[0],))
        conn.execute(f"DELETE FROM {DOCS_TABLE} WHERE id = ?", (row[0],))


class _transaction:
    """BEGIN/COMMIT unless the caller already holds a transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.owned = False

    def __enter__(self):
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.owned = True

    def __exit__(self, exc_type, exc, tb):
        if self.owned:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


def rebuild_search_index(db, batch: int = 2000) -> int:
    """Drop and rebuild the whole index from messages + attachments. Returns mails indexed."""
    conn = _as_conn(db)
    with _transaction(conn):
        conn.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
        conn.execute(f"DROP TABLE IF EXISTS {DOCS_TABLE}")
        ensure_search_tables(conn)
        shas = [r[0] for r in conn.execute("SELECT sha256 FROM messages ORDER BY received_at, sha256")]
        for sha in shas:
            doc = _document_for(conn, sha)
            if doc is not None:
                _write_document(conn, sha, doc)
        conn.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
    ensure_dashboard_indexes(conn)
    return len(shas)


def has_search_index(conn: sqlite3.Connection) -> bool:
    tables = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN (?, ?)", (SEARCH_TABLE, DOCS_TABLE)
    ).fetchone()[0]
    return tables == 2 and _search_table_is_current(conn)


@dataclass
class SearchHit:
    sha256: str
    received_at: str | None
    unit: str | None
    state: str | None
    from_addr: str | None
    from_name: str | None
    subject: str | None
    body_text: str | None


SEARCH_SQL = f"""
SELECT m.sha256, m.received_at, m.unit, m.state, m.from_addr, m.from_name, m.subject,
       substr(m.body_text, 1, 2000)
FROM (
  SELECT rowid AS id FROM {SEARCH_TABLE}
  WHERE {SEARCH_TABLE} MATCH :match
  ORDER BY rowid DESC
  LIMIT :limit OFFSET :offset
) hits
JOIN {DOCS_TABLE} d ON d.id = hits.id
JOIN messages m ON m.sha256 = d.message_sha256
ORDER BY hits.id DESC
"""

# Counting every match of a word in every mail costs more than the page itself:
# count up to MAX_RESULTS + 1 and say "more than MAX_RESULTS".
MAX_RESULTS = 1000
COUNT_SQL = (
    f"SELECT count(*) FROM (SELECT rowid FROM {SEARCH_TABLE}"
    f" WHERE {SEARCH_TABLE} MATCH :match LIMIT {MAX_RESULTS + 1})"
)
