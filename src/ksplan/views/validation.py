"""What ``ksplan validate`` prints: the problems (text, GitHub annotations or JSON) and, as
text, one closing line with the counts."""

from __future__ import annotations

import json
from typing import TextIO

from ksplan.errors import ExitCode
from ksplan.i18n import count, t
from ksplan.output import problem_dict, write_problems
from ksplan.validation import Validation


def write_validation(stream: TextIO, outcome: Validation, fmt: str) -> None:
    if fmt == "json":
        document = {
            "plan": str(outcome.directory),
            "valid": outcome.exit_code == ExitCode.OK,
            "exit_code": int(outcome.exit_code),
            "errors": [problem_dict(p) for p in outcome.errors],
            "warnings": [problem_dict(p) for p in outcome.warnings],
        }
        stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    write_problems(outcome.problems, fmt, stream)
    if fmt == "text":
        stream.write(summary_line(outcome) + "\n")


def summary_line(outcome: Validation) -> str:
    name = str(outcome.directory)
    if outcome.shipped:  # the fallback: no --plan, no $KSPLAN_PLAN, no ./data
        name = t("v.shipped", folder=outcome.directory)
    errors = len(outcome.errors)
    if outcome.summary is not None:
        loaded = outcome.summary
        line = t(
            "v.summary.valid",
            name=name,
            measures=count(loaded.measures, "v.n.measure"),
            districts=count(loaded.districts, "v.n.district"),
            terms=count(loaded.terms, "v.n.term"),
            orders=count(loaded.orders, "v.n.order"),
        )
        if outcome.warnings:
            line += t("v.summary.warnings", warnings=count(len(outcome.warnings), "v.n.warning"))
        return line
    if outcome.exit_code == ExitCode.UNREADABLE:
        return t("v.summary.unreadable", name=name, problems=count(errors, "v.n.problem"))
    return t("v.summary.invalid", name=name, errors=count(errors, "v.n.error"))
