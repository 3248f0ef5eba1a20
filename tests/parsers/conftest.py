import pathlib
import sys

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import pytest  # noqa: E402 (after the path above)

from collector.parsers import parse_message  # noqa: E402

MAILS = FIXTURES / "mails"
ASSETS = MAILS / "assets"


@pytest.fixture
def parsed():
    """Parse a fixture mail by file name."""

    def load(name: str):
        return parse_message((MAILS / name).read_bytes())

    return load
