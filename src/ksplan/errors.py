"""Everything that can go wrong, as typed errors with a location and an exit code.

Core modules raise these; only :mod:`ksplan.output` turns them into text and only the CLI
turns them into an exit status. Messages are written for a city clerk, not for a programmer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class ExitCode(IntEnum):
    """The documented exit statuses of every ksplan command."""

    OK = 0
    FAILED = 1  # the plan is invalid, a rule failed, --strict found something, diff found changes
    UNREADABLE = 2  # the plan cannot be read at all, or the command line is wrong
    LOT_PENDING = 3  # ksplan seats: the result is not unique, a lot must decide
    INTERNAL = 70  # a bug in ksplan, never bad input (EX_SOFTWARE)
    INTERRUPTED = 130  # stopped with Ctrl-C (128 + SIGINT)


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about the plan, located as precisely as the input allows."""

    file: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    field: str = ""  # the dotted field path, e.g. ``measures[M05].horizon``
    code: str = "invalid"
    severity: str = "error"  # "error" or "warning"


class KsplanError(Exception):
    """Base of every error ksplan reports to its user."""

    exit_code: ExitCode = ExitCode.FAILED

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems or [])


class PlanUnreadable(KsplanError):
    """A plan file is missing, not UTF-8, not YAML, or too large: nothing can be checked."""

    exit_code = ExitCode.UNREADABLE


class PlanInvalid(KsplanError):
    """The plan was read but breaks its rules; ``problems`` lists every finding."""

    exit_code = ExitCode.FAILED


class UsageError(KsplanError):
    """The command line asks for something impossible (a bad date, an unknown option value)."""

    exit_code = ExitCode.UNREADABLE


class EditRefused(KsplanError):
    """The edit was not written; the plan is unchanged. ``problems`` says why."""


class DataError(KsplanError):
    """The question is well-formed but the data given cannot answer it (e.g. zero mandates)."""

    exit_code = ExitCode.FAILED


@dataclass
class ProblemList:
    """Collects problems while checking, so that all of them are reported, not just the first."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]
