"""The plan in the formats of the tools around the office: a workbook (:mod:`.xlsx`), a
calendar (:mod:`.ics`) and an open-data package (:mod:`.datapackage`).

Each export takes the figures from the core (deadlines, coverage, seats, orders); none
computes them again. Every text that a spreadsheet could take for a formula is neutralised
(:mod:`ksplan.spreadsheet`).
"""

from __future__ import annotations

FORMATS = ("xlsx", "ics", "datapackage")
