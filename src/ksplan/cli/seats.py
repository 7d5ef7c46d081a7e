"""``ksplan seats``: the Vollversammlung's council seats; ``--faction NAME=MANDATES`` is read
here, the arithmetic is :mod:`ksplan.seats`'s, the tables :mod:`ksplan.views.seats`'s."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ksplan.cli import completion
from ksplan.cli.common import (
    AsOfOption,
    JsonOption,
    LangOption,
    PlanOption,
    as_of_date,
    console,
    guarded,
    load,
    output_format,
    print_json,
    set_language,
)
from ksplan.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from ksplan.apportionment import Method
    from ksplan.models import Term
    from ksplan.plan import Plan


def seats(
    plan: PlanOption = None,
    term: Annotated[str | None, typer.Option("--term", autocompletion=completion.term_ids)] = None,
    faction: Annotated[list[str] | None, typer.Option("--faction")] = None,
    seat_count: Annotated[int | None, typer.Option("--seats")] = None,
    method: Annotated[str | None, typer.Option("--method")] = None,
    compare: Annotated[bool, typer.Option("--compare")] = False,
    majority_clause: Annotated[bool, typer.Option("--majority-clause")] = False,
    lot_winner: Annotated[list[str] | None, typer.Option("--lot-winner")] = None,
    fmt: Annotated[str, typer.Option("--format")] = "text",
    as_json: JsonOption = False,
    as_of: AsOfOption = None,
    lang: LangOption = "de",
) -> None:
    """The Vollversammlung's council seats, exactly; a tie at the cut-off is shown as a lot."""

    def run() -> int:
        set_language(lang)
        from ksplan import seats as core
        from ksplan.i18n import number, t
        from ksplan.views import seats as view

        chosen_format = output_format(fmt, as_json, ("text", "json"))
        chosen = seat_method(method)
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
                answer = core.allocation_for_term(loaded, council_term(loaded, term), asked)
            else:
                try:
                    answer = core.allocation_on(loaded, as_of_date(as_of), asked)
                except core.NoTermInForce as exc:
                    raise core.NoTermInForce(t("seats.cli.choose_term", reason=exc)) from None
        view.write_notes(sys.stderr, answer.notes)
        if chosen_format == "json":
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
    folded = [name.casefold() for name, _ in parties]  # SPD and spd are one Fraktion
    twice = sorted({name for name, _ in parties if folded.count(name.casefold()) > 1})
    if twice:
        raise UsageError(t("seats.cli.faction_twice", names=", ".join(twice)))
    return parties


def seat_method(method: str | None) -> Method | None:
    from ksplan.apportionment import METHODS
    from ksplan.i18n import t

    if method is None:
        return None
    for known in METHODS:
        if method == known:
            return known
    raise UsageError(t("seats.cli.unknown_method", method=method, known=", ".join(METHODS)))


def council_term(plan: Plan, term_id: str) -> Term:
    from ksplan.i18n import t

    try:
        return plan.term(term_id)
    except KeyError:
        known = ", ".join(term.id for term in plan.assembly.terms)
        raise UsageError(t("seats.cli.unknown_term", term=term_id, known=known)) from None


def register(app: typer.Typer) -> None:
    app.command()(seats)
