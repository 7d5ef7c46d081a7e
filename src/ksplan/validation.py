"""``ksplan validate`` as a question to the core: what is wrong with the plan in a folder?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ksplan.cache import Summary
from ksplan.errors import ExitCode, PlanInvalid, PlanUnreadable, Problem


@dataclass(frozen=True)
class Validation:
    """Every problem found in the plan in ``directory``, and the counts of a valid plan."""

    directory: Path
    shipped: bool  # no plan folder was named or found: the Dortmund plan shipped with ksplan
    problems: list[Problem]
    exit_code: ExitCode
    summary: Summary | None  # the plan's counts, when it is valid

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def validate_plan(plan_dir: Path | None) -> Validation:
    """Check the plan named (or found, see :func:`ksplan.paths.resolve_plan_dir`) as a whole."""
    from ksplan.cache import summary
    from ksplan.paths import resolve_plan_dir, shipped

    directory = resolve_plan_dir(plan_dir)
    is_shipped = directory == shipped("data")
    try:
        # from the cache when the files are unchanged (and it is the same day)
        loaded = summary(directory, today=date.today())
    except (PlanInvalid, PlanUnreadable) as exc:
        return Validation(directory, is_shipped, exc.problems, exc.exit_code, None)
    return Validation(directory, is_shipped, list(loaded.warnings), ExitCode.OK, loaded)
