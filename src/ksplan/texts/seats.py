"""Texts of ``seats`` (:mod:`ksplan.views.seats`), the notes and errors of the seat
allocation (:mod:`ksplan.seats`), and the lot sentence and explanation the report shows."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # nouns
    "seats.noun.seat": ("Sitz|Sitze", "seat|seats"),
    "seats.noun.seat_dative": ("Sitz|Sitzen", "seat|seats"),
    "seats.noun.council_seat": ("Ratssitz|Ratssitze", "council seat|council seats"),
    "seats.noun.mandate": ("Mandat|Mandate", "mandate|mandates"),
    "seats.and": ("und", "and"),
    # the table
    "seats.title": (
        "Vollversammlung — {seats} nach {method}, {where} ({mandates})",
        "Vollversammlung — {seats} by {method}, {where} ({mandates})",
    ),
    "seats.title_compare": (
        "Vollversammlung — {seats} im Vergleich, {where} ({mandates})",
        "Vollversammlung — {seats} compared, {where} ({mandates})",
    ),
    "seats.where.term": ("Ratsperiode {term}", "council term {term}"),
    "seats.where.what_if": ("Was-wäre-wenn", "what-if"),
    "seats.col.fraktion": ("Fraktion", "Fraktion"),
    "seats.col.mandates": ("Mandate", "Mandates"),
    "seats.col.quota_exact": ("Quote (exakt)", "Quota (exact)"),
    "seats.col.quota": ("Quote", "Quota"),
    "seats.col.whole": ("ganze Sitze", "whole seats"),
    "seats.col.remainder": ("Rest", "Remainder"),
    "seats.col.remainder_seat": ("Restsitz", "Remainder seat"),
    "seats.col.seats": ("Sitze", "Seats"),
    "seats.sum": ("Summe", "Total"),
    "seats.yes": ("ja", "yes"),
    "seats.lot": ("Los", "lot"),
    "seats.lot_pending_cell": ("{seats} + Los?", "{seats} + lot?"),
    "seats.sum_with_lot": ("{certain} + {lot} Los", "{certain} + {lot} lot"),
    # what the view says under the table
    "seats.lot.one": (
        "Los: 1 Sitz wird zwischen {names} gelost; sicher vergeben sind {certain} von {of_seats}.",
        "Lot: 1 seat to be drawn among {names}; {certain} of {of_seats} are certain.",
    ),
    "seats.lot.many": (
        "Los: {n} Sitze werden zwischen {names} gelost; sicher vergeben sind {certain} von "
        "{of_seats}.",
        "Lot: {n} seats to be drawn among {names}; {certain} of {of_seats} are certain.",
    ),
    "seats.lot_applied": (
        "Los angewandt: {winners} (gezogen unter {candidates}).",
        "Lot applied: {winners} (drawn among {candidates}).",
    ),
    "seats.compare_majority": (
        "{method} — Mehrheitsklausel: {name} erhält vorab einen Restsitz (NKWG § 36 Abs. 3).",
        "{method} — majority clause: {name} gets a remainder seat first (NKWG § 36 Abs. 3).",
    ),
    "seats.explain.none": (
        "{method}: Es sind keine Sitze zu vergeben.",
        "{method}: there are no seats to give.",
    ),
    "seats.explain.hn_whole": (
        "Hare-Niemeyer: Jede Fraktion erhält zunächst so viele Sitze, wie ihre Quote "
        "(Mandate × {seats} ÷ {total}) ganze Zahlen enthält ({whole});",
        "Hare-Niemeyer: each Fraktion first gets as many seats as its quota "
        "(mandates × {seats} ÷ {total}) has whole units ({whole});",
    ),
    "seats.explain.hn_all_given": ("damit sind alle Sitze vergeben.", "that gives out every seat."),
    "seats.explain.hn_one_left": (
        "der übrige Sitz geht an den höchsten Zahlenbruchteil.",
        "the remaining seat goes to the largest remainder.",
    ),
    "seats.explain.hn_left": (
        "die übrigen {left} Sitze gehen in der Reihenfolge der höchsten Zahlenbruchteile.",
        "the remaining {left} seats go by the largest remainders.",
    ),
    "seats.explain.hn_lot": (
        "Bei gleichen Zahlenbruchteilen entscheidet das Los (§ 50 Abs. 3 GO NRW).",
        "Equal remainders are decided by lot (§ 50 Abs. 3 GO NRW).",
    ),
    "seats.explain.majority": (
        "Mehrheitsklausel: {name} hält mehr als die Hälfte der Mandate und erhält daher vorab "
        "einen Restsitz (NKWG § 36 Abs. 3).",
        "Majority clause: {name} holds more than half of the mandates and therefore gets a "
        "remainder seat first (NKWG § 36 Abs. 3).",
    ),
    "seats.explain.divisor_one": (
        "{method}: Der Sitz geht an die höchste Höchstzahl (Mandate geteilt durch {divisors}); "
        "bei gleichen Höchstzahlen entscheidet das Los. Die Quote ist zum Vergleich angegeben.",
        "{method}: the seat goes to the highest quotient (mandates divided by {divisors}); "
        "equal quotients are decided by lot. The quota is shown for comparison.",
    ),
    "seats.explain.divisor_many": (
        "{method}: Die {seats} Sitze gehen nacheinander an die jeweils höchste Höchstzahl "
        "(Mandate geteilt durch {divisors}); bei gleichen Höchstzahlen entscheidet das Los. "
        "Die Quote ist zum Vergleich angegeben.",
        "{method}: the {seats} seats go one by one to the highest quotient (mandates divided "
        "by {divisors}); equal quotients are decided by lot. The quota is shown for comparison.",
    ),
    # notes on the allocation (standard error at the terminal)
    "seats.note": ("Hinweis: {text}", "note: {text}"),
    "seats.note.plan": ("{text}", "{text}"),
    "seats.note.before_established": (
        "Die Vollversammlung wurde erst am {established} eingerichtet; so würden ihre "
        "Ratssitze am {day} verteilt.",
        "the Vollversammlung was established only on {established}: this is how its council "
        "seats would be allocated on {day}",
    ),
    "seats.note.not_counted": (
        "Nur Ratsfraktionen entsenden Mitglieder; nicht berücksichtigt: {listed}.",
        "only the council's Fraktionen send members; not counted: {listed}",
    ),
    "seats.note.not_constituted": (
        "Der Tag der Konstituierung des Rates der Ratsperiode {term} ist nicht erfasst; die "
        "Ratsperiode gilt ab dem Wahltag ({election}) (Annahme).",
        "the day the council of the term {term} was constituted is not recorded; the term is "
        "taken to be in force from its election day ({election}) (an assumption)",
    ),
    "seats.note.incomplete": (
        "Die Fraktionen der Ratsperiode {term} sind im Plan als unvollständig markiert; die "
        "Verteilung kann sich ändern, wenn die fehlenden ergänzt werden.",
        "the plan marks the Fraktionen of the term {term} as incomplete; the result may change "
        "when the missing ones are added",
    ),
    "seats.note.likely": (
        "Mandate mit nur einer zuverlässigen Quelle, nicht bestätigt („wahrscheinlich“): {names}",
        "mandates marked 'likely' (one reliable source, not confirmed): {names}",
    ),
    "seats.note.lot_drawn": ("Losentscheid vom {day} ({source})", "lot drawn on {day} ({source})"),
    "seats.note.lot_other_seats": (
        "Der {lot} galt für {plan_seats} Sitze und wird auf {seats} nicht angewandt.",
        "the {lot} was for {plan_seats} seats and is not applied to {seats}",
    ),
    "seats.note.lot_applied": (
        "Angewandt: {lot} ({method}): {winners}",
        "applied the {lot} ({method}): {winners}",
    ),
    "seats.note.lot_unfit": (
        "Der {lot} passt nicht mehr zu den Daten und wird nicht angewandt: {reason}",
        "the {lot} no longer fits the data and is not applied: {reason}",
    ),
    # errors of the allocation
    "seats.error.no_term_in_force": (
        "Am {day} ist keine Ratsperiode des Plans in Kraft (die erste beginnt am {first}); "
        "bekannte Ratsperioden: {known}",
        "no council term of the plan is in force on {day} (the first starts on {first}); "
        "known terms: {known}",
    ),
    "seats.error.no_fraktionen": (
        "Die Ratsperiode {term} nennt keine Fraktionen",
        "the council term {term} lists no Fraktionen",
    ),
    "seats.error.cannot_compute": (
        "Die Sitzverteilung kann nicht berechnet werden: {reason}",
        "the seats cannot be computed: {reason}",
    ),
    "seats.error.no_mandates": (
        "die Summe der Mandate ist 0: Es gibt nichts, wonach Sitze verteilt werden könnten",
        "the total of mandates is 0: there is nothing to divide seats by",
    ),
    "seats.noun.winner_given": ("Gewinner ist|Gewinner sind", "winner was|winners were"),
    "seats.lot_problem.repeated": (
        "Jede Fraktion kann das Los nur einmal gewinnen, aber {names} ist mehrfach genannt",
        "each party can win the lot only once, but {names} is named more than once",
    ),
    "seats.lot_problem.no_lot": (
        "Es ist kein Los zu entscheiden: Das Ergebnis ist eindeutig",
        "there is no lot to decide: the result is unique",
    ),
    "seats.lot_problem.not_candidate": (
        "{name} ist nicht unter den Loskandidaten ({candidates})",
        "{name} is not among the lot candidates ({candidates})",
    ),
    "seats.lot_problem.count": (
        "Das Los ist für {seats}, aber {winners} genannt",
        "the lot is for {seats} but {winners} given",
    ),
    "seats.error.majority_hn_only": (
        "Die Mehrheitsklausel gilt nur für Hare-Niemeyer, nicht für {method}",
        "the majority clause applies to Hare-Niemeyer only, not to {method}",
    ),
    "seats.error.lot_winner": (
        "Der angegebene Losgewinner passt nicht: {reason}",
        "the lot winner given does not fit: {reason}",
    ),
    # the command line of ``seats``
    "seats.cli.choose_term": (
        "{reason}; wählen Sie eine mit --term",
        "{reason}; choose one with --term",
    ),
    "seats.cli.faction_form": (
        "--faction '{text}' hat nicht die Form NAME=MANDATE (z. B. SPD=27)",
        "--faction '{text}' is not of the form NAME=MANDATES (e.g. SPD=27)",
    ),
    "seats.cli.faction_number": (
        "--faction '{text}': Die Mandate müssen eine ganze Zahl ab 0 sein, nicht '{number}'",
        "--faction '{text}': the mandates must be a whole number of 0 or more, not '{number}'",
    ),
    "seats.cli.faction_max": (
        "--faction '{text}': Es sind höchstens {max} Mandate möglich",
        "--faction '{text}': the mandates may be at most {max}",
    ),
    "seats.cli.characters": ("{n} Zeichen", "{n} characters"),
    "seats.cli.faction_twice": (
        "--faction nennt eine Fraktion mehrfach: {names}",
        "--faction names a Fraktion twice: {names}",
    ),
    "seats.cli.term_and_faction": (
        "--term und --faction schließen einander aus: --faction ersetzt die Fraktionen der "
        "Ratsperiode",
        "--term and --faction exclude each other: --faction replaces the term",
    ),
    "seats.cli.unknown_term": (
        "Es gibt keine Ratsperiode '{term}'; bekannte Ratsperioden: {known}",
        "there is no council term '{term}'; known terms: {known}",
    ),
    "seats.cli.unknown_method": (
        "Unbekanntes Verfahren '{method}': möglich sind {known}",
        "unknown method '{method}': use one of {known}",
    ),
    "seats.cli.seats_max": (
        "--seats darf höchstens {max} sein (ein Ausschuss, kein Parlament)",
        "--seats may be at most {max} (a committee, not a parliament)",
    ),
    "seats.cli.seats_min": (
        "--seats muss 0 oder mehr sein, nicht {value}",
        "--seats must be 0 or more, not {value}",
    ),
}
