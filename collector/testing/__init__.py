"""Servers for tests and the demo only (never used in real runs): the SMTP sink."""
