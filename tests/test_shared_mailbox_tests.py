"""The shared test classes of the mixed mailboxes stay unmarked: a mailbox marking an expected failure
must override the test (tests/test_match_mixed13.py), never decorate the shared function itself, or the
mark reaches every mailbox that inherits it."""

from __future__ import annotations

import importlib
from pathlib import Path

from mixed_mailbox_tests import RoutingTests, StatusTests


def test_no_mailbox_marks_the_shared_tests():
    for path in sorted(Path(__file__).parent.glob("test_*_mixed*.py")):
        importlib.import_module(path.stem)  # what each module does to the shared classes, done
    marked = [f"{cls.__name__}.{name}" for cls in (RoutingTests, StatusTests) for name, fn in vars(cls).items()
              if name.startswith("test_") and getattr(fn, "pytestmark", None)]
    assert not marked
