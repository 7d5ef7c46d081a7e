"""The status survey in words: what was written, what the answers say, what was recorded."""

from __future__ import annotations

import datetime as dt

from ksplan.i18n import count, day, t
from ksplan.output import problem_line
from ksplan.survey import SurveyFile, SurveyImport, round_label


def export_text(files: list[SurveyFile], as_of: dt.date) -> str:
    lines = [
        t(
            "survey.written",
            path=str(f.path),
            body=f.body_name,
            count=count(len(f.measures), "survey.noun.measures"),
        )
        for f in files
    ]
    lines.append(
        t(
            "survey.written_total",
            count=count(len(files), "survey.noun.workbooks"),
            round=round_label(as_of),
            day=day(as_of),
        )
    )
    return "\n".join(lines) + "\n"


def problems_text(found: SurveyImport) -> str:
    return "".join(problem_line(p) + "\n" for p in found.problems)


def summary_text(found: SurveyImport) -> str:
    """Problems, conflicts and the count of answers by what happens to them."""
    out = []
    if found.conflicts:
        out.append(t("survey.conflicts_head"))
        for conflict in found.conflicts:
            out.append(f"  {conflict.measure}")
            for a in conflict.answers:
                out.append(
                    t(
                        "survey.conflict_answer",
                        body=a.body_name,
                        status=t(f"status.{a.status}"),
                        day=a.when.format(),
                        file=a.file,
                        row=a.row,
                    )
                )
            for r in conflict.recorded:
                out.append(
                    t("survey.conflict_recorded", body=r.body_name, status=t(f"status.{r.status}"))
                )
    for passed in found.passed_over:
        a, counts = passed.answer, passed.counts
        key = "survey.passed_over_recorded" if passed.recorded else "survey.passed_over"
        out.append(
            t(
                key,
                id=a.measure,
                body=a.body_name,
                status=t(f"status.{a.status}"),
                other=counts.body_name,
                other_status=t(f"status.{counts.status}"),
            )
        )
    rows = found.counts
    out.append(
        t(
            "survey.summary",
            files=count(len(found.books), "survey.noun.files"),
            new=rows.new,
            already=rows.already,
            conflicts=rows.conflicts,
            passed=rows.passed_over,
            problems=rows.problems,
            unanswered=rows.unanswered,
        )
    )
    return "\n".join(out) + "\n"
