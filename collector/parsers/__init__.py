"""Parse stage: raw mail bytes -> ParsedMail (see message.parse_message)."""

from .message import parse_message

__all__ = ["parse_message"]
