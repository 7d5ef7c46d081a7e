"""The command line: options in, calls into the core, results out. Nothing else lives here.

Heavy modules (the models, rich tables, jinja2) are imported inside the commands that need
them, so that ``ksplan --version`` and ``--json`` output stay quick.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ksplan import __version__
from ksplan.errors import ExitCode, KsplanError, UsageError

if TYPE_CHECKING:
    from ksplan.apportionment import Method
    from ksplan.i18n import Lang
    from ksplan.models import Term
    from ksplan.plan import Plan

app = typer.Typer(
    name="ksplan",
    help="Dortmund's Masterplan Kommunale Sicherheit: validate the plan, compute the "
    "Vollversammlung's council seats, see what is due, and report to the council.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

PlanOption = Annotated[
    Path | None,
    typer.Option(
        "--plan",
        envvar="KSPLAN_PLAN",
        help="Plan folder with measures.yaml, assembly.yaml, districts.yaml and orders.yaml "
        "[default: ./data if it exists, else the shipped Dortmund plan].",
        show_default=False,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help="The date to look at: YYYY-MM-DD or DD.MM.YYYY [default: today]."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
LangOption = Annotated[
    str, typer.Option("--lang", envvar="KSPLAN_LANG", help="Sprache / language: de or en.")
]

PLAN_FILE_NAMES = ("measures", "assembly", "districts", "orders")


def _lang(lang: str) -> Lang:
    """The language asked for, which from now on every text of this command is worded in."""
    from ksplan.i18n import parse_language, use

    chosen = parse_language(lang)
    if chosen is None:
        from ksplan.i18n import t

        raise UsageError(t("cli.unknown_language", typed=lang))
    use(chosen)
    return chosen


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ksplan {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """ksplan: the security masterplan as data."""


def fail(error: KsplanError) -> NoReturn:
    """The one place that turns an error into output on stderr and an exit status."""
    from ksplan.output import visible, write_problems

    try:
        if error.problems:
            write_problems(error.problems, "text", sys.stderr)
        sys.stderr.write(f"ksplan: {visible(error.message)}\n")
        sys.stderr.flush()
    except (KsplanError, OSError):  # standard error itself cannot be written: the status says it
        _silence(sys.stderr)
    raise typer.Exit(int(error.exit_code))


def safe_streams() -> None:
    """Route standard output and error through :class:`ksplan.output.SafeOutput` (once).

    A terminal that can only show ASCII gets escapes (``\\xfc``) instead of a crash.
    """
    from ksplan.output import SafeOutput

    for name, shown in (("stdout", "standard output"), ("stderr", "standard error")):
        current = getattr(sys, name)
        if isinstance(current, SafeOutput):
            continue
        reconfigure = getattr(current, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")
        setattr(sys, name, SafeOutput(current, shown))


def _silence(stream: Any) -> None:
    """Point a stream that failed at /dev/null, so that nothing fails again when it is flushed
    at exit (the data it still holds is lost either way)."""
    raw = getattr(stream, "raw", stream)
    with contextlib.suppress(Exception):
        fd = raw.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)


def guarded(fn: Callable[[], int | None]) -> None:
    """Run a command body; map ksplan errors to their exit codes, never a traceback.

    Standard output that cannot be written ends the command with exit 2 and a message on
    standard error; a pipe whose reader has gone (``ksplan … | head``) ends it silently with 1.
    """
    from ksplan.i18n import parse_language, use
    from ksplan.output import OutputUnwritable

    safe_streams()
    use(parse_language(os.environ.get("KSPLAN_LANG", "")) or "de")
    try:
        code = fn()
        sys.stdout.flush()
    except BrokenPipeError:
        _silence(sys.stdout)
        raise typer.Exit(int(ExitCode.FAILED)) from None
    except KsplanError as error:
        if isinstance(error, OutputUnwritable):
            _silence(sys.stdout)
        fail(error)
    except KeyboardInterrupt:
        sys.stderr.write("ksplan: interrupted\n")
        raise typer.Exit(130) from None
    raise typer.Exit(int(code or 0))


def load(plan_dir: Path | None) -> Plan:
    """The plan for a read-only command (from the cache when its files are unchanged)."""
    from ksplan.cache import load_plan
    from ksplan.paths import resolve_plan_dir

    return load_plan(resolve_plan_dir(plan_dir))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def console() -> Any:
    from ksplan.output import safe_console

    return safe_console()


# --- validate ------------------------------------------------------------------------------


@app.command()
def validate(
    plan: PlanOption = None,
    fmt: Annotated[
        str,
        typer.Option("--format", help="Output format: text, json or github (annotations)."),
    ] = "text",
    lang: LangOption = "de",
) -> None:
    """Check the whole plan against its models and rules; list every problem found.

    Exit 0 when valid, 1 when the plan breaks a rule, 2 when it cannot be read at all.
    """

    def run() -> int:
        _lang(lang)
        from datetime import date

        from ksplan.cache import summary as checked
        from ksplan.errors import PlanInvalid, PlanUnreadable
        from ksplan.i18n import count, t
        from ksplan.output import problem_dict, write_problems
        from ksplan.paths import resolve_plan_dir

        if fmt not in ("text", "json", "github"):
            raise UsageError(t("cli.unknown_format", typed=fmt, known="text, json, github"))
        directory = resolve_plan_dir(plan)
        try:
            # from the cache when the files are unchanged (and it is the same day)
            loaded = checked(directory, today=date.today())
            problems = list(loaded.warnings)
            code = ExitCode.OK
        except (PlanInvalid, PlanUnreadable) as exc:
            problems = exc.problems
            code = exc.exit_code
        errors = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity == "warning"]
        if fmt == "json":
            print_json(
                {
                    "plan": str(directory),
                    "valid": code == ExitCode.OK,
                    "exit_code": int(code),
                    "errors": [problem_dict(p) for p in errors],
                    "warnings": [problem_dict(p) for p in warnings],
                }
            )
            return code
        write_problems(problems, fmt, sys.stdout)
        if fmt == "text":
            from ksplan.paths import shipped

            name = str(directory)
            if directory == shipped("data"):  # the fallback: no --plan, no $KSPLAN_PLAN, no ./data
                name = t("v.shipped", folder=directory)
            if code == ExitCode.OK:
                summary = t(
                    "v.summary.valid",
                    name=name,
                    measures=count(loaded.measures, "v.n.measure"),
                    districts=count(loaded.districts, "v.n.district"),
                    terms=count(loaded.terms, "v.n.term"),
                    orders=count(loaded.orders, "v.n.order"),
                )
                if warnings:
                    summary += t("v.summary.warnings", warnings=count(len(warnings), "v.n.warning"))
            elif code == ExitCode.UNREADABLE:
                summary = t(
                    "v.summary.unreadable", name=name, problems=count(len(errors), "v.n.problem")
                )
            else:
                summary = t("v.summary.invalid", name=name, errors=count(len(errors), "v.n.error"))
            sys.stdout.write(summary + "\n")
        return code

    guarded(run)


# --- measures ------------------------------------------------------------------------------


@app.command()
def measures(
    plan: PlanOption = None,
    field: Annotated[
        str | None, typer.Option("--field", help="Only this Handlungsfeld (ID or name).")
    ] = None,
    owner: Annotated[
        str | None,
        typer.Option("--owner", help="Only measures of this body (ID, name, or part of it)."),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status", help="Only this status: planned, in_progress, done, dropped, unknown."
        ),
    ] = None,
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """The catalogue of measures, with horizon, Handlungsfeld, owners, status and due date."""

    def run() -> None:
        _lang(lang)
        from ksplan.catalogue import catalogue_rows, filter_measures
        from ksplan.vocabulary import status as status_word

        loaded = load(plan)
        wanted = status_word(status) if status is not None else None
        chosen = filter_measures(loaded, field=field, owner=owner, status=wanted)
        rows = catalogue_rows(loaded, chosen)
        if as_json:
            print_json(rows)
            return
        from ksplan.views.catalogue import catalogue_view

        console().print(catalogue_view(loaded.measures_file.plan.title, rows))

    guarded(run)


def _iso(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


# --- schema --------------------------------------------------------------------------------


@app.command()
def schema(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write the JSON Schemas into.")
    ] = Path("schemas"),
) -> None:
    """Write a JSON Schema (draft 2020-12) for each plan file, for editors and other tools."""

    def run() -> None:
        from ksplan.i18n import t
        from ksplan.schema import write_schemas

        for path in write_schemas(out):
            sys.stdout.write(t("edit.wrote", path=path) + "\n")

    guarded(run)


# --- seats ---------------------------------------------------------------------------------


@app.command()
def seats(
    plan: PlanOption = None,
    term: Annotated[
        str | None, typer.Option("--term", help="Council term, e.g. 2020-2025 [default: current].")
    ] = None,
    faction: Annotated[
        list[str] | None,
        typer.Option(
            "--faction",
            help="What-if: NAME=MANDATES (repeatable); replaces the term's Fraktionen, "
            "and no plan is read.",
        ),
    ] = None,
    seat_count: Annotated[
        int | None, typer.Option("--seats", help="Seats to distribute [default: from the plan].")
    ] = None,
    method: Annotated[
        str | None,
        typer.Option(
            "--method", help="hare-niemeyer, dhondt or sainte-lague [default: from the plan]."
        ),
    ] = None,
    compare: Annotated[
        bool, typer.Option("--compare", help="Show all three methods side by side.")
    ] = False,
    majority_clause: Annotated[
        bool,
        typer.Option(
            "--majority-clause",
            help="A Fraktion with more than half of the mandates gets more than half of the "
            "seats (NKWG § 36 Abs. 3). Hare-Niemeyer only.",
        ),
    ] = False,
    lot_winner: Annotated[
        list[str] | None,
        typer.Option("--lot-winner", help="Apply a drawn lot: the winner's name (repeatable)."),
    ] = None,
    as_json: JsonOption = False,
    as_of: AsOfOption = None,
    lang: LangOption = "de",
) -> None:
    """The Vollversammlung's council seats, exactly; a tie at the cut-off is shown as a lot.

    Without --term: the council term in force on --as-of (default: today).

    Exit 0 when the result is unique, 3 when a lot must decide, 1 for unusable data,
    2 for a wrong command line.
    """

    def run() -> int:
        _lang(lang)
        from ksplan import seats as core
        from ksplan.i18n import number, t
        from ksplan.views import seats as view

        chosen = _seat_method(method)
        if seat_count is not None and seat_count > core.MAX_SEATS:
            raise UsageError(t("seats.cli.seats_max", max=number(core.MAX_SEATS)))
        if seat_count is not None and seat_count < 0:
            raise UsageError(t("seats.cli.seats_min", value=seat_count))
        asked = core.SeatOptions(
            seats=seat_count,
            method=chosen,
            majority_clause=majority_clause,
            lot_winners=tuple(lot_winner or ()),
            compare=compare,
        )
        if faction:
            if term is not None:
                raise UsageError(t("seats.cli.term_and_faction"))
            answer = core.allocation_for_parties(parse_factions(faction), asked)
        else:
            loaded = load(plan)
            if term is not None:
                answer = core.allocation_for_term(loaded, _council_term(loaded, term), asked)
            else:
                try:
                    answer = core.allocation_on(loaded, as_of_date(as_of), asked)
                except core.NoTermInForce as exc:
                    raise core.NoTermInForce(t("seats.cli.choose_term", reason=exc)) from None
        view.write_notes(sys.stderr, answer.notes)
        if as_json:
            print_json(view.answer_json(answer, compare=compare))
        else:
            view.print_answer(console(), answer, compare=compare)
        return ExitCode.LOT_PENDING if answer.lot_pending else ExitCode.OK

    guarded(run)


def parse_faction(text: str) -> tuple[str, int]:
    """``NAME=MANDATES`` as given to ``--faction``."""
    from ksplan.apportionment import MAX_COUNT
    from ksplan.i18n import number, t

    name, sep, digits = text.rpartition("=")
    name = name.strip()
    if not sep or not name or "=" in name:
        raise UsageError(t("seats.cli.faction_form", text=text))
    digits = digits.strip()
    if not digits.isascii() or not digits.isdigit():
        raise UsageError(t("seats.cli.faction_number", text=text, number=digits))
    if len(digits.lstrip("0")) > len(str(MAX_COUNT)) or int(digits) > MAX_COUNT:
        shown = text
        if len(text) > 60:
            shown = f"{text[:40]}… ({t('seats.cli.characters', n=number(len(text)))})"
        raise UsageError(t("seats.cli.faction_max", text=shown, max=number(MAX_COUNT)))
    return name, int(digits)


def parse_factions(texts: list[str]) -> list[tuple[str, int]]:
    """Every ``--faction``; a Fraktion named twice is refused."""
    from ksplan.i18n import t

    parties = [parse_faction(text) for text in texts]
    names = [name for name, _ in parties]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise UsageError(t("seats.cli.faction_twice", names=", ".join(twice)))
    return parties


def _seat_method(method: str | None) -> Method | None:
    from ksplan.apportionment import METHODS
    from ksplan.i18n import t

    if method is None:
        return None
    for known in METHODS:
        if method == known:
            return known
    raise UsageError(t("seats.cli.unknown_method", method=method, known=", ".join(METHODS)))


def _council_term(plan: Plan, term_id: str) -> Term:
    from ksplan.i18n import t

    try:
        return plan.term(term_id)
    except KeyError:
        known = ", ".join(term.id for term in plan.assembly.terms)
        raise UsageError(t("seats.cli.unknown_term", term=term_id, known=known)) from None


# --- where the plan stands: coverage, overdue, check ------------------------------------------

StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Auch bei „nicht belegt“ mit Status 1 enden (für eine CI, die die Verzeichnisse "
        "vollständig hält). / Also exit 1 for “no evidence”.",
    ),
]


def as_of_date(text: str | None) -> Any:
    from datetime import date

    return date.today() if text is None else _cli_date(text)


def _verdict_code(outcomes: list[str], strict: bool) -> int:
    """Exit 1 for ``not_met``; with --strict also for ``no_evidence``."""
    bad = {"not_met", "no_evidence"} if strict else {"not_met"}
    return ExitCode.FAILED if bad.intersection(outcomes) else ExitCode.OK


@app.command()
def coverage(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    strict: StrictOption = False,
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """Quartierslabore: which of the Stadtbezirke have a lab recorded on a date, and the
    verdict on the plan's deadline order.

    Exit 1 when the deadline order is not met; with --strict also when it has no evidence.
    """

    def run() -> int:
        from ksplan.coverage import coverage as compute
        from ksplan.coverage import coverage_json
        from ksplan.orders import evaluate

        day = as_of_date(as_of)
        chosen = _lang(lang)
        loaded = load(plan)
        cov = compute(loaded, day)
        order = loaded.lab_deadline
        verdict = evaluate(loaded, order, day) if order is not None else None
        code = _verdict_code([verdict.outcome] if verdict else [], strict)
        if as_json:
            print_json(coverage_json(cov, chosen, verdict.outcome if verdict else None))
            return code
        from ksplan.views.standing import coverage_view

        console().print(coverage_view(cov, verdict))
        return code

    guarded(run)


@app.command()
def overdue(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    field: Annotated[
        str | None, typer.Option("--field", help="Only this Handlungsfeld (ID or name).")
    ] = None,
    owner: Annotated[
        str | None, typer.Option("--owner", help="Only measures of this body.")
    ] = None,
    strict: StrictOption = False,
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """Measures past their due date: overdue (status recorded, not done or dropped), and
    apart from them those whose status is unknown.

    Exit 1 when the plan's measures order is not met; with --strict also when it has no
    evidence.
    """

    def run() -> int:
        from ksplan.deadlines import overdue_json, past_due
        from ksplan.orders import evaluate

        day = as_of_date(as_of)
        _lang(lang)
        loaded = load(plan)
        items = past_due(loaded, day, field=field, owner=owner)
        orders = loaded.orders_of("measures-due")
        verdict = evaluate(loaded, orders[0], day) if orders else None
        code = _verdict_code([verdict.outcome] if verdict else [], strict)
        if as_json:
            print_json(overdue_json(loaded, items))
            return code
        from ksplan.views.standing import overdue_view

        late = [i for i in items if i.state == "overdue"]
        unknown = [i for i in items if i.state == "status_unknown"]
        total = len(loaded.measures)
        console().print(overdue_view(day, total, late, unknown, verdict))
        return code

    guarded(run)


@app.command()
def check(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    strict: StrictOption = False,
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """The council's orders (orders.yaml), each checked on a date.

    Outcomes: erfüllt, nicht erfüllt (a record declared complete shows it), nicht belegt
    (not shown by a record that is not declared complete), noch nicht fällig, ohne Frist.
    Exit 1 when an order is not met; with --strict also when one has no evidence.
    """

    def run() -> int:
        from ksplan.orders import check as compute
        from ksplan.orders import check_json

        day = as_of_date(as_of)
        chosen = _lang(lang)
        loaded = load(plan)
        results = compute(loaded, day)
        code = _verdict_code([r.outcome for r in results], strict)
        if as_json:
            print_json(check_json(loaded, results, chosen))
            return code
        from ksplan.views.standing import check_view

        console().print(check_view(day, results))
        return code

    guarded(run)


# --- report --------------------------------------------------------------------------------


@app.command()
def report(
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format", help="md (Markdown) or html.")] = "md",
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this file (atomically) instead of standard output."),
    ] = None,
    as_of: AsOfOption = None,
    lang: LangOption = "de",
    template: Annotated[
        Path | None,
        typer.Option(
            "--template", help="Your own Jinja2 template, rendered with the same context."
        ),
    ] = None,
) -> None:
    """The report to the council: key figures, Vollversammlung and seats, Quartierslabore,
    overdue measures, the catalogue, the rule check, assumptions and sources."""

    def run() -> None:
        _lang(lang)
        from ksplan.cache import report_text
        from ksplan.i18n import t
        from ksplan.paths import resolve_plan_dir
        from ksplan.report import write_report

        day = as_of_date(as_of)
        directory = resolve_plan_dir(plan)
        text = report_text(directory, day, fmt, lang, template)  # cached when nothing changed
        if out is None or str(out) == "-":
            sys.stdout.write(text)
        else:
            write_report(text, out, protect=[directory / f"{n}.yaml" for n in PLAN_FILE_NAMES])
            sys.stderr.write(t("edit.wrote", path=out) + "\n")

    guarded(run)


# --- diff ----------------------------------------------------------------------------------


@app.command()
def diff(
    revisions: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[REV [REV]]",
            help="Revisions as git understands them (main, HEAD~1, a commit, main..feature). "
            "None: HEAD against the working tree; one: that revision against the working tree.",
        ),
    ] = None,
    plan: PlanOption = None,
    fmt: Annotated[
        str, typer.Option("--format", help="text, md (for a pull request) or json.")
    ] = "text",
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when the plan changed, 0 when not.")
    ] = False,
    as_of: AsOfOption = None,
    lang: LangOption = "de",
) -> None:
    """What a change to the plan means: changes, and their consequences for seats, coverage
    and overdue measures."""

    def run() -> int:
        _lang(lang)
        from ksplan.diff import has_changes
        from ksplan.gitio import run_diff
        from ksplan.i18n import t
        from ksplan.paths import resolve_plan_dir
        from ksplan.views.diff import diff_json, render_markdown, render_text

        if fmt not in ("text", "md", "json"):
            raise UsageError(t("cli.unknown_format", typed=fmt, known="text, md, json"))
        day = as_of_date(as_of)
        from ksplan.paths import shipped

        directory = resolve_plan_dir(plan)
        if directory == shipped("data"):  # no plan folder here: nothing of the user's to compare
            raise UsageError(t("cli.no_plan_to_compare"))
        result = run_diff(directory, list(revisions or []), day)
        if fmt == "json":
            print_json(diff_json(result))
        else:
            render = render_markdown if fmt == "md" else render_text
            sys.stdout.write(render(result))
        return ExitCode.FAILED if exit_code and has_changes(result) else ExitCode.OK

    guarded(run)


@app.command("git-setup")
def git_setup(plan: PlanOption = None) -> None:
    """Make `git diff` and `git log -p` show ksplan's semantic diff for the plan files."""

    def run() -> None:
        import shlex
        import shutil

        from ksplan.diff_driver import git_setup as setup
        from ksplan.paths import writable_plan_dir

        found = shutil.which("ksplan")
        command = shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m ksplan"
        for line in setup(writable_plan_dir(plan), command):
            sys.stdout.write(line + "\n")

    guarded(run)


@app.command("git-textconv", hidden=True)
def git_textconv(path: Annotated[Path, typer.Argument(help="The file git passes.")]) -> None:
    """Called by git (see `ksplan git-setup`): the file as one line per value."""

    def run() -> None:
        from ksplan.diff_driver import textconv_text

        sys.stdout.write(textconv_text(path))

    guarded(run)


@app.command("git-diff-driver", hidden=True)
def git_diff_driver(
    args: Annotated[list[str], typer.Argument(help="The seven arguments git passes.")],
) -> None:
    """Called by git (see `ksplan git-setup`): PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE …"""

    def run() -> None:
        from datetime import date

        from ksplan.diff_driver import driver_text

        if len(args) < 5:
            raise UsageError("git-diff-driver is called by git with seven arguments")
        sys.stdout.write(driver_text(args[0], args[1], args[4], date.today()))

    guarded(run)


# --- edit commands -------------------------------------------------------------------------

measure_app = typer.Typer(help="Edit measures.", no_args_is_help=True)
lab_app = typer.Typer(help="Edit Quartierslabore.", no_args_is_help=True)
meeting_app = typer.Typer(help="Edit the Vollversammlung's meetings.", no_args_is_help=True)
report_event_app = typer.Typer(
    help="Record reports given to the Rat or the ABöOAB.", no_args_is_help=True
)
app.add_typer(measure_app, name="measure")
app.add_typer(lab_app, name="lab")
app.add_typer(meeting_app, name="meeting")
app.add_typer(report_event_app, name="report-event")

NoteOption = Annotated[str | None, typer.Option("--note", help="A short note.")]


def _edit(plan: Path | None, action: Callable[[Path], str], lang: str = "de") -> None:
    def run() -> None:
        _lang(lang)
        from ksplan.paths import writable_plan_dir

        directory = writable_plan_dir(plan)
        from ksplan.i18n import t

        done, *warnings = action(directory).split("\n")
        sys.stdout.write(t("edit.written", done=done, folder=directory) + "\n")
        for line in warnings:  # the edit is written; these say what looks odd in it
            sys.stderr.write(line + "\n")

    guarded(run)


def _cli_date(text: str | None, *, partial: bool = False) -> Any:
    """A date from the command line (ISO, German or 'today'); a clear usage error if not."""
    from ksplan.dates import PartialDate, parse_cli_date

    if text is None:
        return None
    try:
        if partial:
            if text.strip().lower() in ("today", "heute") or "." in text:
                return PartialDate.parse(parse_cli_date(text))
            return PartialDate.parse(text)
        return parse_cli_date(text)
    except ValueError as exc:
        raise UsageError(f"{exc}") from None


@measure_app.command("status")
def measure_status(
    measure_id: Annotated[str, typer.Argument(metavar="ID", help="Measure ID, e.g. M09.")],
    status: Annotated[str, typer.Argument(help="planned, in_progress, done, dropped or unknown.")],
    source: Annotated[
        str, typer.Option("--source", help="Where this comes from (document, URL, meeting).")
    ],
    when: Annotated[
        str, typer.Option("--date", help="Date of the status: YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = "today",
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Append a status entry to a measure's history (comments and layout are kept)."""
    from ksplan.edits import set_measure_status

    _edit(
        plan,
        lambda d: set_measure_status(
            d, measure_id, status, _cli_date(when, partial=True), note, source
        ),
        lang,
    )


@lab_app.command("add")
def lab_add(
    district: Annotated[str, typer.Argument(help="Stadtbezirk: ID or name, e.g. eving.")],
    source: Annotated[str, typer.Option("--source", help="Where this comes from.")],
    when: Annotated[
        str | None, typer.Option("--date", help="YYYY-MM-DD, YYYY-MM or YYYY, as known.")
    ] = None,
    quarter: Annotated[str | None, typer.Option("--quarter", help="The quarter.")] = None,
    status: Annotated[str, typer.Option("--status", help="held, planned or unknown.")] = "held",
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a Quartierslabor in a Stadtbezirk."""
    from ksplan.edits import add_lab

    _edit(
        plan,
        lambda d: add_lab(
            d, district, _cli_date(when, partial=True), quarter, status, note, source
        ),
        lang,
    )


@meeting_app.command("add")
def meeting_add(
    when: Annotated[str, typer.Argument(metavar="DATE", help="YYYY-MM-DD.")],
    note: NoteOption = None,
    source: Annotated[str | None, typer.Option("--source", help="Minutes, invitation…")] = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a meeting of the Vollversammlung."""
    from ksplan.edits import add_meeting

    _edit(plan, lambda d: add_meeting(d, _cli_date(when), note, source), lang)


@report_event_app.command("add")
def report_event_add(
    kind: Annotated[str, typer.Argument(help="rat (annual) or aboeoab (semi-annual).")],
    when: Annotated[str, typer.Argument(metavar="DATE", help="YYYY-MM-DD.")],
    note: NoteOption = None,
    source: Annotated[str | None, typer.Option("--source", help="Drucksache, minutes…")] = None,
    covers: Annotated[
        int | None,
        typer.Option("--covers", help="The year a report to the Rat is about, if given later."),
    ] = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a report given to the Rat or to the ABöOAB (``ksplan check`` looks for them)."""
    from ksplan.edits import add_report

    _edit(plan, lambda d: add_report(d, kind, _cli_date(when), note, source, covers), lang)


def main() -> None:
    """Console-script entry point."""
    safe_streams()
    from ksplan.clikit import start
    from ksplan.views.usage import install

    install()  # command-line mistakes in the clerk's language, not typer's English panel
    try:
        start(app)  # app(), building only the command that runs
    except KsplanError as error:  # pragma: no cover - commands catch their own
        fail(error)
    except Exception as exc:  # a bug, not bad input: say so briefly, full trace on request
        if os.environ.get("KSPLAN_DEBUG"):
            raise
        sys.stderr.write(
            f"ksplan: internal error ({type(exc).__name__}: {exc}). This is a bug in ksplan; "
            "run again with KSPLAN_DEBUG=1 for details.\n"
        )
        sys.exit(70)
