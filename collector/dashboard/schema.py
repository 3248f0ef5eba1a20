"""Indexes the dashboard's pages need on top of collector/index.py's schema.

Created idempotently (CREATE INDEX IF NOT EXISTS) when the dashboard starts and
when the search index is rebuilt; proposed for index.py so they exist from the start.
"""

from __future__ import annotations

DASHBOARD_INDEXES = {
    # unit page: versions per requirement, newest first
    "idx_dash_submissions_unit": "submissions (unit, requirement, received_at)",
    # unit page and mail list filtered by unit, newest first
    "idx_dash_messages_unit_received": "messages (unit, received_at)",
    # review queue, newest first
    "idx_dash_messages_state_received": "messages (state, received_at)",
}


def ensure_dashboard_indexes(db) -> None:
    conn = getattr(db, "conn", db)
    for name, target in DASHBOARD_INDEXES.items():
        conn.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {target}")
    if conn.in_transaction:
        conn.commit()
