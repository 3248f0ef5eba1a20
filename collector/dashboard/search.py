"""Full-text search over mails and the text of their files, for Chinese.

FTS5's ``unicode61`` tokenizer does not segment Chinese (a whole run of Chinese
characters would be one token), and ``trigram`` cannot match the two-character
words most Chinese words are (乡镇, 照片). A word segmenter (jieba) was used
before; it is gone: its dictionary cost ~85 MB of memory and ~6 ms of CPU per mail
in the ingest process, and its context-dependent cuts (喇嘛洞镇 → 喇嘛/洞镇) needed
the character bigrams below to find words anyway. The index is now dictionary-free
and built with regular expressions only.

Tables (owned by this module, created on demand):

  search_docs    one row per indexed mail: id (the FTS rowid) <-> message sha256
  search_index   FTS5 (words, grams), unicode61, prefix index of one character:
    words  all the mail's text (subject, sender, unit, body, file names, file
           text) with every run of Chinese characters replaced by a space: the
           latin words, numbers, address parts and file names (IMG_2023.jpg)
    grams  for every run of Chinese characters, its overlapping character bigrams
           followed by its last character alone, runs separated by a token "x":
           城关镇政府，照片 → 城关 关镇 镇政 政府 府 x 照片 片

A query is split on white space, and each part into runs of Chinese characters
and the other words; every piece must occur (AND):

  Chinese, 2+ characters   grams : "b1 b2 …"  the phrase of its bigrams
  one Chinese character c  grams : "c" *      a bigram starting with c, or a run
                                               ending in c
  anything else            words : "…"        unicode61 tokens (case-folded)

For Chinese this is substring semantics: a phrase of consecutive bigrams occurs
exactly where the characters occur in one run, and every occurrence of a single
character is either the first half of a bigram or the last character of its run.
Phrases never span two runs (城关，镇政 does not match 关镇). Latin pieces match
whole unicode61 tokens (zhangsan matches zhangsan@163.com, zhang does not).

Why bigrams: a phrase of bigrams is about as selective as the word itself,
where a phrase of single characters would read the long position lists of
common characters (政, 府) for every query. Why the last character alone: it
makes a single-character query exact, since 镇 at the end of 建昌镇 starts no
bigram. The price is size, not time: on the 100,000-mail benchmark the FTS data
is 83 MB, 155 MB with the prefix index (which turns 镇* from a merge of every
bigram starting with 镇, up to ~25 ms, into one ~0.1 ms lookup); indexing a mail
costs ~0.3 ms of CPU. Substring semantics also means no word boundaries:
镇政 finds 城关镇政府. Other scripts written without spaces (kana, Hangul) are
not split: a run of them is one token of ``words``.
"""

from __future__ import annotations

import operator
import re
import sqlite3

from .schema import ensure_dashboard_indexes

SEARCH_TABLE = "search_index"
DOCS_TABLE = "search_docs"
SEARCH_COLUMNS = ["words", "grams"]

_WORD = re.compile(r"[^\W_]")
# CJK unified ideographs: Extension A, the basic block, compatibility, Extensions B-H
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_OR_NOT = re.compile(f"[{_CJK}]+|[^{_CJK}]+")
_EDGE_PUNCTUATION = re.compile(r"^[\W_]+|[\W_]+$")
_RUN_SEPARATOR = "x"  # a token between runs, so no phrase spans two runs


def _bigrams(run: str) -> str:
    """'城关镇' -> '城关 关镇'."""
    return " ".join(map(operator.add, run[:-1], run[1:]))


def _run_grams(run: str) -> str:
    """'城关镇' -> '城关 关镇 镇'; '镇' -> '镇'."""
    return f"{_bigrams(run)} {run[-1]}" if len(run) > 1 else run


def cjk_bigrams(text: str | None) -> str:
    """The ``grams`` of ``text``: '城关镇政府，照片' -> '城关 关镇 镇政 政府 府 x 照片 片'."""
    if not text:
        return ""
    return f" {_RUN_SEPARATOR} ".join(map(_run_grams, _CJK_RUN.findall(text)))


def non_cjk_words(text: str | None) -> str:
    """The ``words`` of ``text``: every run of Chinese characters replaced by a space."""
    return _CJK_RUN.sub(" ", text) if text else ""


def query_terms(query: str) -> list[str]:
    """What a search query looks for, in order and without repeats: its runs of
    Chinese characters and its other words (edge punctuation stripped). These are
    also the strings the result page highlights. '5·15活动 IMG_2023' ->
    ['5·15', '活动', 'IMG_2023']."""
    terms: list[str] = []
    for part in query.split():
        for piece in _CJK_OR_NOT.findall(part):
            if not _CJK_RUN.fullmatch(piece):
                piece = _EDGE_PUNCTUATION.sub("", piece)
                if not _WORD.search(piece):
                    continue
            if piece not in terms:
                terms.append(piece)
    return terms


def _quote(text: str) -> str:
    return '"{}"'.format(text.replace('"', '""'))


def fts_match_expression(query: str) -> str:
    """An FTS5 MATCH expression: every term of ``query_terms(query)`` must occur."""
    clauses = []
    for term in query_terms(query):
        if not _CJK_RUN.fullmatch(term):
            clauses.append(f"words : {_quote(term)}")
        elif len(term) == 1:
            clauses.append(f"grams : {_quote(term)} *")
        else:
            clauses.append(f"grams : {_quote(_bigrams(term))}")
    return " AND ".join(clauses)


def _as_conn(db) -> sqlite3.Connection:
    return getattr(db, "conn", db)


def _search_table_is_current(conn: sqlite3.Connection) -> bool:
    columns = [row[1] for row in conn.execute(f"PRAGMA table_info({SEARCH_TABLE})")]
    return columns == SEARCH_COLUMNS


def _create_search_tables(conn: sqlite3.Connection) -> None:
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} ("
        " id INTEGER PRIMARY KEY,"
        " message_sha256 TEXT NOT NULL UNIQUE)"
    )
    # prefix='1': a one-character prefix index (FTS5 counts prefix lengths in
    # characters), so the query for a single Chinese character (镇*) reads one list
    conn.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5("
        f" {', '.join(SEARCH_COLUMNS)}, tokenize = 'unicode61', prefix = '1')"
    )


def ensure_search_tables(db) -> None:
    """Create the tables. An index of an older layout (the jieba one) is dropped and
    rebuilt from the archive, inside the caller's transaction if it holds one."""
    conn = _as_conn(db)
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (SEARCH_TABLE,)).fetchone()
    if exists and not _search_table_is_current(conn):
        with _transaction(conn):
            _rebuild(conn)
    else:
        _create_search_tables(conn)


def _document_for(conn: sqlite3.Connection, sha256: str) -> tuple[str, str] | None:
    row = conn.execute(
        "SELECT subject, from_name, from_addr, unit, body_text FROM messages WHERE sha256 = ?",
        (sha256,),
    ).fetchone()
    if row is None:
        return None
    parts = [p for p in row if p]
    for filename, text in conn.execute(
        "SELECT filename, text FROM attachments WHERE message_sha256 = ? ORDER BY idx",
        (sha256,),
    ):
        parts.extend(p for p in (filename, text) if p)
    text = "\n".join(parts)  # no run of Chinese characters joins two fields
    return non_cjk_words(text), cjk_bigrams(text)


def _write_document(conn: sqlite3.Connection, sha256: str, doc: tuple[str, str]) -> None:
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
        f"INSERT INTO {SEARCH_TABLE} (rowid, {', '.join(SEARCH_COLUMNS)}) VALUES (?, ?, ?)",
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


def _rebuild(conn: sqlite3.Connection) -> int:
    """Drop and refill both tables; the caller holds the transaction."""
    conn.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    conn.execute(f"DROP TABLE IF EXISTS {DOCS_TABLE}")
    _create_search_tables(conn)
    shas = [r[0] for r in conn.execute("SELECT sha256 FROM messages ORDER BY received_at, sha256")]
    for sha in shas:
        doc = _document_for(conn, sha)
        if doc is not None:
            _write_document(conn, sha, doc)
    conn.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")
    return len(shas)


def rebuild_search_index(db, batch: int = 2000) -> int:
    """Drop and rebuild the whole index from messages + attachments. Returns mails indexed."""
    conn = _as_conn(db)
    with _transaction(conn):
        indexed = _rebuild(conn)
    if not conn.in_transaction:  # ensure_dashboard_indexes commits: never inside a caller's transaction
        ensure_dashboard_indexes(conn)
    return indexed


def has_search_index(conn: sqlite3.Connection) -> bool:
    tables = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name IN (?, ?)", (SEARCH_TABLE, DOCS_TABLE)
    ).fetchone()[0]
    return tables == 2 and _search_table_is_current(conn)


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
