"""A council term's Fraktionen taken over from the council information system (OParl).

:func:`term_import` reads the Fraktionen and their members on the term's start day
(:mod:`ksplan.oparl`), matches them to the term's Fraktionen by name, and proposes the term's
Fraktionen as they would be — shown as the semantic diff — or, with ``write``, records them
through the edit path (validated, atomic, locked; only the lines of the term's ``fraktionen``
block change). Nothing is read from the network while the plan is locked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ksplan import vocabulary
from ksplan.edits import EditOutcome, FraktionFigure, set_fraktionen
from ksplan.i18n import day, t
from ksplan.loading import load_plan
from ksplan.oparl import TIMEOUT_SECONDS, Counted, OParlError, fraktionen_on, match, read_oparl
from ksplan.oparl import slug as new_id


@dataclass(frozen=True)
class TermImport:
    term: str
    counted: Counted
    figures: tuple[FraktionFigure, ...]
    outcome: EditOutcome
    assumed_start: bool
    """The term has no constitution day recorded: its start is the election day."""


def term_import(
    plan_dir: Path,
    source: str,
    term_id: str,
    *,
    write: bool,
    timeout: float = TIMEOUT_SECONDS,
) -> TermImport:
    plan = load_plan(plan_dir, today=dt.date.today())
    terms = {term.id: term.id for term in plan.assembly.terms}
    found_id = vocabulary.named(term_id, terms, "term")
    term = plan.term(found_id)
    later = [x.starts for x in plan.assembly.terms if x.starts > term.starts]
    until = min(later) - dt.timedelta(days=1) if later else None
    counted = fraktionen_on(read_oparl(source, timeout=timeout), term.starts, until)
    if not counted.fraktionen:
        key = "oparl.none_on_election" if term.constituted is None else "oparl.none_on"
        why = [t(key, day=day(term.starts), term=found_id, source=source), *counted.notes]
        raise OParlError(" ".join(why))
    known = {f.id: f.name for f in term.fraktionen}
    figures = []
    for c in counted.fraktionen:
        fid = match(c, known) or new_id(c.organization.label)
        name = known.get(fid, c.organization.label)
        figures.append(FraktionFigure(fid, name, c.members))
    note = t("oparl.provenance", "de", day=day(term.starts), source=source)
    outcome = set_fraktionen(plan_dir, found_id, figures, note, write=write)
    return TermImport(found_id, counted, tuple(figures), outcome, term.constituted is None)
