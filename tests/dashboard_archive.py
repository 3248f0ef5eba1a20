"""The dashboard tests' shared set-up (a plain module: two conftest.py files share that name)."""

from __future__ import annotations

from collector.dashboard.auth import add_user
from collector.demo.sample_archive import build_sample

DASHBOARD_LOGINS = {"clerk": ("office", "clerk-pass-1"), "audit": ("auditor", "audit-pass-1")}


def sample_dashboard_archive(root) -> dict:
    """The dashboard's sample archive under root/data and a users file with the clerk
    and the auditor of DASHBOARD_LOGINS: {"data_dir", "users_file", "facts"}."""
    data_dir = root / "data"
    facts = build_sample(data_dir)
    users_file = root / "users.json"
    for name, (role, password) in DASHBOARD_LOGINS.items():
        add_user(name, role, password, users_file=users_file)
    return {"data_dir": data_dir, "users_file": users_file, "facts": facts}
