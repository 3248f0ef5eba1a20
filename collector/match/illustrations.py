"""Pictures sent beside another material.

A unit whose 自查 (a report and its screenshots) is complete sends, weeks later, the 整改情况报告 the office's second
notice asks, with `整改前后对比1.png`… beside it. Nothing in the mail names the 自查: the pictures illustrate the report
they come with, as a clerk reads them, and the 自查 is not answered again. Where the unit still owes the pictured
requirement, or the mail names it, the pictures stay its own.
"""

from __future__ import annotations


def not_pictures_beside_another_material(chosen: list[str], why: list[str], named: dict[str, list[str]],
                                         open_requirements: set[str] | None) -> tuple[list[str], list[str]]:
    """Drop the requirements taken only for the mail's pictures (no word names them) that the unit has already
    completed, when a requirement the mail names and the unit still owes stays."""
    if open_requirements is None or len(chosen) < 2:
        return chosen, why
    done_and_pictured = {rid for rid in chosen if rid not in named and rid not in open_requirements}
    owed_and_named = {rid for rid in chosen if rid in named and rid in open_requirements}
    if not done_and_pictured or not owed_and_named:
        return chosen, why
    keep = [i for i, rid in enumerate(chosen) if rid not in done_and_pictured]
    return [chosen[i] for i in keep], [why[i] for i in keep]
