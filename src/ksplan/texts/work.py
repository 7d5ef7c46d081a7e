"""Texts of the Vollversammlung's work: members, meetings, Handlungsfelder of Masterplan 2.0,
recommendations, inputs from the Quartierslabore and their chain (:mod:`ksplan.work`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- the models' own rules --------------------------------------------------------------
    "v.what.recommendation_id": (
        "ID einer Empfehlung: 'E' (Empfehlung) oder 'V' (Vorschlag für eine Vorlage) und Ziffern",
        "recommendation ID: 'E' (recommendation) or 'V' (proposal for a Vorlage) and digits",
    ),
    "v.rec.committee": (
        "Eine Empfehlung an einen Fachausschuss nennt ihn in 'committee' (und nur dann).",
        "a recommendation to a Fachausschuss names it in 'committee' (and only then)",
    ),
    "v.input.target": (
        "Ein Schritt '{step}' nennt in 'target', wozu die Eingabe wurde.",
        "a step '{step}' names in 'target' what the input became",
    ),
    "v.input.no_target": (
        "Ein Schritt '{step}' hat kein 'target'.",
        "a step '{step}' has no 'target'",
    ),
    "v.input.reason": (
        "Eine abgelehnte Eingabe ('declined') nennt den Grund in 'reason'.",
        "a declined input gives the reason in 'reason'",
    ),
    "v.input.to": (
        "'to' (an wen berichtet wurde) gehört nur zu einem Schritt 'reported'.",
        "'to' (whom it was reported to) belongs to a step 'reported' only",
    ),
    "v.input.lab": (
        "Eine Eingabe aus einem Quartierslabor nennt es in 'lab' (sonst 'channel: digital').",
        "an input from a Quartierslabor names it in 'lab' (otherwise 'channel: digital')",
    ),
    # --- cross-checks -----------------------------------------------------------------------
    "v.what.lab": ("ID eines Quartierslabors", "Quartierslabor ID"),
    "v.what.holding": ("ID eines Sitzinhabers", "seat holder ID"),
    "v.what.meeting": ("ID einer Sitzung", "meeting ID"),
    "v.what.field_2": ("ID eines Handlungsfelds 2.0", "Masterplan 2.0 Handlungsfeld ID"),
    "v.what.recommendation": ("Empfehlung", "recommendation"),
    "v.what.input": ("ID einer Eingabe", "input ID"),
    "v.work.seat": (
        "Der Sitz '{value}' ist weder ein Mitglied (institutions, ex_officio, advisory) noch "
        "eine Fraktion{hint}.",
        "the seat '{value}' is neither a member (institutions, ex_officio, advisory) nor a "
        "Fraktion{hint}",
    ),
    "v.work.fraktion_term": (
        "Die Fraktion '{value}' gibt es in der Ratsperiode, die am {day} gilt ({term}), nicht.",
        "the Fraktion '{value}' does not exist in the council term in force on {day} ({term})",
    ),
    "v.work.until": (
        "'until' liegt vor 'since'.",
        "'until' lies before 'since'",
    ),
    "v.work.deputy_of": (
        "'{value}' ist unter 'members' nicht angelegt{hint}.",
        "'{value}' is not defined under 'members'{hint}",
    ),
    "v.work.deputy_seat": (
        "'{value}' ist kein Mitglied auf dem Sitz '{seat}' (eine Vertretung vertritt ein "
        "Mitglied desselben Sitzes, keine andere Vertretung).",
        "'{value}' is no member on the seat '{seat}' (a deputy stands in for a member of the "
        "same seat, not for another deputy)",
    ),
    "v.work.before_established": (
        "Der Sitz ist ab einem Tag vor der Einrichtung der Vollversammlung ({established}) "
        "besetzt.",
        "the seat is held from a day before the Vollversammlung was established ({established})",
    ),
    "v.work.seat_twice": (
        "Der Sitz '{seat}' ist in dieser Zeit schon mit '{other}' besetzt.",
        "the seat '{seat}' is held by '{other}' at the same time",
    ),
    "v.work.too_many": (
        "{name}: {held} Ratssitze besetzt am {day}, die Verteilung der Ratsperiode {term} gibt "
        "der Fraktion {seats}.",
        "{name}: {held} council seats held on {day}; the allocation of the term {term} gives "
        "the Fraktion {seats}",
    ),
    "v.work.too_few": (
        "{held} von {seats} Sitzen der {name} besetzt (Stand {day}).",
        "{held} of {seats} seats of {name} filled (as of {day})",
    ),
    "v.work.group_meeting_early": (
        "Die Sitzung liegt vor der Bildung der Arbeitsgruppe ({formed}).",
        "the meeting lies before the working group was formed ({formed})",
    ),
    "v.work.attendee": (
        "'{value}' ist unter 'members' nicht angelegt{hint}.",
        "'{value}' is not defined under 'members'{hint}",
    ),
    "v.work.not_serving": (
        "'{value}' hatte den Sitz am {day} nicht inne.",
        "'{value}' did not hold the seat on {day}",
    ),
    "v.work.attendee_twice": (
        "'{value}' steht zweimal in der Anwesenheit.",
        "'{value}' is listed twice as present",
    ),
    "v.work.meeting": (
        "Die Sitzung '{value}' ist nicht angelegt (meetings, working_groups[].meetings){hint}.",
        "the meeting '{value}' is not defined (meetings, working_groups[].meetings){hint}",
    ),
    "v.work.named_meeting": (
        "Benannt am {named}, die Sitzung war am {meeting}.",
        "named on {named}, but the meeting was on {meeting}",
    ),
    "v.work.group": (
        "Die Arbeitsgruppe '{value}' ist unter 'working_groups' nicht angelegt{hint}.",
        "the working group '{value}' is not defined under 'working_groups'{hint}",
    ),
    "v.work.field": (
        "Das Handlungsfeld '{value}' ist unter 'fields_2' nicht angelegt{hint}.",
        "the Handlungsfeld '{value}' is not defined under 'fields_2'{hint}",
    ),
    "v.work.field_later": (
        "Das Handlungsfeld '{value}' wurde erst am {named} benannt, die Sitzung war am {day}.",
        "the Handlungsfeld '{value}' was named only on {named}; the meeting was on {day}",
    ),
    "v.work.measure": (
        "Die Maßnahme '{value}' ist in measures.yaml nicht angelegt{hint}.",
        "the measure '{value}' is not defined in measures.yaml{hint}",
    ),
    "v.work.course_order": (
        "Der Verlauf ist nicht nach Datum geordnet.",
        "the course is not in date order",
    ),
    "v.work.step_before_meeting": (
        "Der Schritt liegt vor der Sitzung, in der die Empfehlung beschlossen wurde ({day}).",
        "the step lies before the meeting that made the recommendation ({day})",
    ),
    "v.work.lab": (
        "Das Quartierslabor '{value}' ist in districts.yaml nicht angelegt (Labore brauchen "
        "dort eine 'id'){hint}.",
        "the Quartierslabor '{value}' is not defined in districts.yaml (labs need an 'id' "
        "there){hint}",
    ),
    "v.work.step_before_input": (
        "Der Schritt liegt vor dem Eingang der Eingabe ({day}).",
        "the step lies before the input was received ({day})",
    ),
    "v.work.after_outcome": (
        "Die Eingabe hat schon ein Ergebnis; danach folgt kein weiterer Schritt.",
        "the input has an outcome already; no step follows it",
    ),
    "v.work.rec": (
        "Die Empfehlung '{value}' ist unter 'recommendations' nicht angelegt{hint}.",
        "the recommendation '{value}' is not defined under 'recommendations'{hint}",
    ),
    "v.work.input": (
        "Die Eingabe '{value}' ist unter 'inputs' nicht angelegt{hint}.",
        "the input '{value}' is not defined under 'inputs'{hint}",
    ),
    "v.work.spelled": (
        "Die Empfehlung heißt '{wanted}', nicht '{value}'.",
        "the recommendation is '{wanted}', not '{value}'",
    ),
    "v.work.merged_self": (
        "Eine Eingabe kann nicht in sich selbst aufgehen.",
        "an input cannot be merged into itself",
    ),
    "v.work.target_earlier": (
        "'{value}' ist vom {day}, die Eingabe ging erst am {received} ein.",
        "'{value}' is of {day}; the input was received only on {received}",
    ),
    "v.work.below_quorum": (
        "Sitzung am {day}: {present} stimmberechtigte Mitglieder anwesend, beschlussfähig erst "
        "ab {quorum}.",
        "meeting on {day}: {present} voting members present; a quorum needs {quorum}",
    ),
    "v.work.id_shared": (
        "'{value}' ist zugleich eine Eingabe und ein Handlungsfeld 2.0; ksplan trace {value} "
        "zeigt die Eingabe.",
        "'{value}' is both an input and a Handlungsfeld 2.0; ksplan trace {value} shows the input",
    ),
    "v.work.cycle": (
        "Die Kette führt im Kreis: {chain}.",
        "the chain runs in a circle: {chain}",
    ),
    # --- words ------------------------------------------------------------------------------
    "work.kind.input": ("Eingabe", "input"),
    "work.kind.recommendation": ("Empfehlung", "recommendation"),
    "work.kind.proposal": ("Vorschlag für eine Vorlage", "proposal for a Vorlage"),
    "work.kind.field": ("Handlungsfeld 2.0", "Handlungsfeld 2.0"),
    "work.kind.measure": ("Maßnahme", "measure"),
    "work.step.submitted": ("eingebracht", "submitted"),
    "work.step.deliberated": ("beraten", "deliberated"),
    "work.step.adopted": ("beschlossen", "adopted"),
    "work.step.rejected": ("abgelehnt", "rejected"),
    "work.step.referred": ("verwiesen", "referred"),
    "work.step.implemented": ("umgesetzt", "implemented"),
    "work.step.withdrawn": ("zurückgezogen", "withdrawn"),
    "work.step.none": ("ohne Verlauf", "no course recorded"),
    "work.addressee.rat": ("Rat", "Rat (council)"),
    "work.addressee.fachausschuss": ("Fachausschuss", "Fachausschuss (committee)"),
    "work.addressee.lenkungskreis": ("Lenkungskreis", "Lenkungskreis (steering group)"),
    "work.addressee.verwaltung": ("Verwaltung", "Verwaltung (administration)"),
    "work.state.received": ("eingegangen", "received"),
    "work.state.reported": ("berichtet, ohne Ergebnis", "reported, no outcome yet"),
    "work.state.recommendation": ("wurde Empfehlung", "became a recommendation"),
    "work.state.measure": ("wurde Maßnahme", "became a measure"),
    "work.state.field": ("wurde Handlungsfeld", "became a Handlungsfeld"),
    "work.state.merged": ("in andere Eingabe aufgegangen", "merged into another input"),
    "work.state.declined": ("abgelehnt", "declined"),
    "work.state_short.received": ("eingegangen", "received"),
    "work.state_short.reported": ("berichtet", "reported"),
    "work.state_short.recommendation": ("Empfehlung", "recommendation"),
    "work.state_short.measure": ("Maßnahme", "measure"),
    "work.state_short.field": ("Handlungsfeld", "Handlungsfeld"),
    "work.state_short.merged": ("aufgegangen", "merged"),
    "work.state_short.declined": ("abgelehnt", "declined"),
    "work.seat.institution": ("Institution", "institution"),
    "work.seat.ex_officio": ("kraft Amtes", "ex officio"),
    "work.seat.council": ("Ratssitz", "council seat"),
    "work.seat.advisory": ("beratend", "advisory"),
    "work.meeting.regular": ("ordentliche Sitzung", "regular meeting"),
    "work.meeting.special": ("Sondersitzung", "special meeting"),
    "work.meeting.constituent": ("konstituierende Sitzung", "constituent meeting"),
    "work.digital": ("digitale Beteiligung", "digital participation"),
    "work.vollversammlung": ("Vollversammlung", "Vollversammlung"),
    "work.to_vollversammlung": ("die Vollversammlung", "the Vollversammlung"),
    "work.open": ("offen (kein Mitglied erfasst)", "open (no member recorded)"),
    "work.role_only": ("(nur Funktion erfasst)", "(role only)"),
    # --- members ----------------------------------------------------------------------------
    "work.members.title": (
        "Mitglieder der Vollversammlung am {day}",
        "Members of the Vollversammlung on {day}",
    ),
    "work.members.term": ("Ratssitze nach der Ratsperiode {term}", "council seats of term {term}"),
    "work.members.col.kind": ("Art", "kind"),
    "work.members.col.seat": ("Sitz", "seat"),
    "work.members.col.holder": ("Mitglied", "member"),
    "work.members.col.since": ("seit", "since"),
    "work.members.col.deputy": ("Vertretung", "deputy"),
    "work.members.summary": (
        "Stimmberechtigt: {held} von {total} Sitzen besetzt, {open} offen (kein Mitglied "
        "erfasst); beratend: {advisory} von {advisory_total} besetzt.",
        "Voting: {held} of {total} seats filled, {open} open (no member recorded); advisory: "
        "{advisory} of {advisory_total} filled.",
    ),
    "work.members.none": (
        "Für die Vollversammlung sind keine Mitglieder erfasst (nichts erfasst; das heißt "
        "nicht, dass die Sitze nicht besetzt sind).",
        "No members of the Vollversammlung are recorded (nothing recorded; that does not mean "
        "the seats are empty).",
    ),
    "work.members.not_yet": (
        "Am {day} bestand die Vollversammlung noch nicht (eingerichtet am {established}).",
        "On {day} the Vollversammlung did not exist yet (established on {established}).",
    ),
    "work.members.lot": (
        "Ein Losentscheid über Ratssitze steht aus; offene Ratssitze sind nur die sicher "
        "vergebenen.",
        "A lot for council seats is pending; open council seats are only the certain ones.",
    ),
    # --- inputs -----------------------------------------------------------------------------
    "v.work.rec_from_group": (
        "{value} ist einer Sitzung der Arbeitsgruppe {group} zugeordnet; Empfehlungen gibt die "
        "Vollversammlung (Antrag vom 12.12.2023), eine Arbeitsgruppe bereitet sie vor. Bitte "
        "prüfen, ob die Sitzung der Vollversammlung gemeint ist.",
        "{value} is assigned to a meeting of the working group {group}; recommendations are "
        "given by the Vollversammlung (motion of 12.12.2023), a working group prepares them. "
        "Please check whether the Vollversammlung's meeting is meant.",
    ),
    "v.work.rec_without_quorum": (
        "{value} stammt aus der Sitzung vom {day}, die nach der erfassten Anwesenheit nicht "
        "beschlussfähig war.",
        "{value} comes from the meeting of {day}, which by the attendance recorded had no quorum.",
    ),
    "work.inputs.title": (
        "Eingaben aus den Quartierslaboren und der digitalen Beteiligung am {day}: {n}",
        "Inputs from the Quartierslabore and digital participation on {day}: {n}",
    ),
    "work.inputs.open_title": (
        "Offene Eingaben am {day} (seit mehr als {months} Monaten ohne Ergebnis): {n}",
        "Open inputs on {day} (no outcome for more than {months} months): {n}",
    ),
    "work.inputs.open_title_any": (
        "Offene Eingaben am {day} (berichtet, ohne Ergebnis): {n}",
        "Open inputs on {day} (reported, no outcome yet): {n}",
    ),
    "work.inputs.open_no_policy": (
        "Der Plan legt keine Frist für offene Eingaben fest (inputs_open_after): gezeigt wird "
        "jede berichtete Eingabe ohne Ergebnis.",
        "The plan sets no period for open inputs (inputs_open_after): every reported input "
        "without an outcome is shown.",
    ),
    "work.inputs.none": (
        "Keine Eingaben erfasst (nichts erfasst).",
        "No inputs recorded (nothing recorded).",
    ),
    "work.inputs.none_open": (
        "Keine offene Eingabe erfasst.",
        "No open input recorded.",
    ),
    "work.inputs.col.id": ("Eingabe", "input"),
    "work.inputs.col.lab": ("Quartierslabor", "Quartierslabor"),
    "work.inputs.col.date": ("Eingang", "received"),
    "work.inputs.col.text": ("Inhalt", "summary"),
    "work.inputs.col.state": ("Stand", "state"),
    "work.inputs.reported_to": ("berichtet an {to} am {day}", "reported to {to} on {day}"),
    "work.inputs.waiting": ("seit {months} ohne Ergebnis", "no outcome for {months}"),
    "work.inputs.not_reported": (
        "seit {months} nicht berichtet",
        "not reported for {months}",
    ),
    "work.inputs.waiting_new": (
        "seit weniger als einem Monat ohne Ergebnis",
        "no outcome for less than a month",
    ),
    "work.n_months": ("Monat|Monaten", "month|months"),
    "work.inputs.outcome": ("{state}: {target} ({day})", "{state}: {target} ({day})"),
    "work.inputs.declined": ("abgelehnt ({day}): {reason}", "declined ({day}): {reason}"),
    # --- trace ------------------------------------------------------------------------------
    "work.trace.title": ("Kette von {kind} {id}", "Chain of {kind} {id}"),
    "work.trace.origins": ("Herkunft (rückwärts)", "origins (backwards)"),
    "work.trace.outcomes": ("Ergebnisse (vorwärts)", "outcomes (forwards)"),
    "work.trace.none_back": ("keine Herkunft erfasst", "no origin recorded"),
    "work.trace.none_forward": ("kein Ergebnis erfasst", "no outcome recorded"),
    "work.trace.repeated": ("(siehe oben)", "(see above)"),
    "work.trace.unknown": (
        "„{typed}“ ist weder eine Eingabe noch eine Empfehlung, ein Handlungsfeld 2.0 oder eine "
        "Maßnahme{hint}",
        "'{typed}' is neither an input nor a recommendation, a Masterplan 2.0 Handlungsfeld or "
        "a measure{hint}",
    ),
    "work.trace.nothing": (
        "Der Plan verzeichnet keine Eingaben, Empfehlungen oder Handlungsfelder 2.0 (nichts "
        "erfasst): „{typed}“ hat keine Kette.",
        "The plan records no inputs, recommendations or Masterplan 2.0 Handlungsfelder "
        "(nothing recorded): '{typed}' has no chain.",
    ),
    "work.trace.rec": (
        "{kind} {id}: {text} — Adressat: {to}; {state}",
        "{kind} {id}: {text} — addressed to {to}; {state}",
    ),
    "work.trace.input": (
        "Eingabe {id} ({lab}, {day}): {text} — {state}",
        "input {id} ({lab}, {day}): {text} — {state}",
    ),
    "work.trace.field": (
        "Handlungsfeld 2.0 {id}: {name} (benannt am {day})",
        "Handlungsfeld 2.0 {id}: {name} (named on {day})",
    ),
    "work.trace.measure": ("Maßnahme {id}: {title} — {status}", "measure {id}: {title} — {status}"),
    "work.state_on": ("{state} am {day}", "{state} on {day}"),
    "work.state_by": ("{state} am {day} ({by})", "{state} by {by} on {day}"),
    # --- lab option -------------------------------------------------------------------------
    "vocabulary.what.lab": ("Quartierslabor", "Quartierslabor"),
    "vocabulary.what.working_group": ("Arbeitsgruppe", "working group"),
    "vocabulary.what.seat": ("Sitz", "seat"),
    "vocabulary.what.holding": ("Mitglied", "member"),
    "vocabulary.what.field_2": ("Handlungsfeld 2.0", "Masterplan 2.0 Handlungsfeld"),
    "vocabulary.what.meeting": ("Sitzung", "meeting"),
    "vocabulary.what.recommendation": ("Empfehlung", "recommendation"),
    "vocabulary.what.input": ("Eingabe", "input"),
    "vocabulary.what.step": ("Schritt", "step"),
    "vocabulary.what.addressee": ("Adressat", "addressee"),
    "vocabulary.what.meeting_kind": ("Sitzungsart", "kind of meeting"),
    # --- report -----------------------------------------------------------------------------
    "report.section.work": (
        "Masterplan 2.0: die Arbeit der Vollversammlung",
        "Masterplan 2.0: the Vollversammlung's work",
    ),
    "report.work.none": (
        "Für die Arbeit der Vollversammlung am Masterplan 2.0 (Handlungsfelder, Empfehlungen, "
        "Eingaben aus den Quartierslaboren, Mitglieder) ist nichts erfasst. Nicht erfasst heißt "
        "nicht, dass es nichts gibt.",
        "Nothing is recorded of the Vollversammlung's work on Masterplan 2.0 (Handlungsfelder, "
        "recommendations, inputs from the Quartierslabore, members). Not recorded does not "
        "mean that there is none.",
    ),
    "report.work.intro": (
        "Die Handlungsfelder des Masterplans 2.0 benennt die Vollversammlung; sie stehen neben "
        "den vier Handlungsfeldern von 2019, die unverändert bleiben.",
        "The Vollversammlung names the Handlungsfelder of Masterplan 2.0; they stand beside "
        "the four Handlungsfelder of 2019, which stay as they are.",
    ),
    "report.work.fields": (
        "Handlungsfelder des Masterplans 2.0",
        "Handlungsfelder of Masterplan 2.0",
    ),
    "report.work.col.field": ("Handlungsfeld", "Handlungsfeld"),
    "report.work.col.named": ("benannt am", "named on"),
    "report.work.col.groups": ("Arbeitsgruppen", "working groups"),
    "report.work.col.recommendations": ("Empfehlungen", "recommendations"),
    "report.work.recommendations": (
        "Empfehlungen und Vorschläge nach Adressat und Stand",
        "Recommendations and proposals by addressee and state",
    ),
    "report.work.rec_list": (
        "Empfehlungen und Vorschläge im Einzelnen",
        "Recommendations and proposals one by one",
    ),
    "report.work.col.addressee": ("Adressat", "addressee"),
    "report.work.col.id": ("Nr.", "no."),
    "report.work.col.text": ("Inhalt", "text"),
    "report.work.col.state": ("Stand", "state"),
    "report.work.col.measures": ("Maßnahmen", "measures"),
    "report.work.col.count": ("Anzahl", "number"),
    "report.work.col.lab": ("Quartierslabor", "Quartierslabor"),
    "report.work.col.total": ("zusammen", "total"),
    "report.work.col.outcomes": ("davon", "of which"),
    "report.work.inputs": (
        "Was aus den Eingaben der Quartierslabore wurde",
        "What became of the inputs from the Quartierslabore",
    ),
    "report.work.per_outcome": ("Eingaben nach Ergebnis", "Inputs by outcome"),
    "report.work.per_lab": ("Eingaben nach Quartierslabor", "Inputs by Quartierslabor"),
    "report.work.open": (
        "Offen (seit mehr als {months} Monaten ohne Ergebnis): {n}",
        "Open (no outcome for more than {months} months): {n}",
    ),
    "report.work.chains": ("Ketten von der Eingabe zum Ergebnis", "Chains from input to outcome"),
    "report.work.attendance": (
        "Anwesenheit in der Vollversammlung",
        "Attendance at the Vollversammlung",
    ),
    "report.work.col.date": ("Sitzung", "meeting"),
    "report.work.col.kind": ("Art", "kind"),
    "report.work.col.voting": ("stimmberechtigt anwesend", "voting members present"),
    "report.work.col.advisory": ("beratend anwesend", "advisory members present"),
    "report.work.col.quorum": ("Beschlussfähigkeit", "quorum"),
    "report.work.quorum": (
        "Beschlussfähig mit mindestens {n} anwesenden stimmberechtigten Mitgliedern (eine "
        "Vertretung zählt für ihr Mitglied); Quelle: {source}.",
        "Quorate with at least {n} voting members present (a deputy counts for the member); "
        "source: {source}.",
    ),
    "report.work.no_quorum": (
        "Der Plan legt keine Beschlussfähigkeit fest.",
        "The plan declares no quorum.",
    ),
    "report.work.quorate": ("beschlussfähig (mindestens {n})", "quorate (at least {n})"),
    "report.work.not_quorate": (
        "nicht beschlussfähig (weniger als {n})",
        "not quorate (fewer than {n})",
    ),
    "report.work.attendance_unrecorded": ("Anwesenheit nicht erfasst", "attendance not recorded"),
    "report.work.no_quorum_rule": ("keine Regel erfasst", "no rule recorded"),
    "report.work.no_inputs": ("Keine Eingaben erfasst.", "No inputs recorded."),
    "report.work.no_meetings": ("Keine Sitzung erfasst.", "No meeting recorded."),
    # --- diff -------------------------------------------------------------------------------
    "diff.section.seat_holders": (
        "Mitglieder und Vertretungen (Sitzinhaber)",
        "Members and deputies (seat holders)",
    ),
    "diff.section.fields_2": ("Handlungsfelder 2.0", "Handlungsfelder 2.0"),
    "diff.section.recommendations": ("Empfehlungen", "Recommendations"),
    "diff.section.inputs": (
        "Eingaben aus den Quartierslaboren",
        "Inputs from the Quartierslabore",
    ),
    "diff.noun.holding": ("Sitzinhaber", "seat holder"),
    "diff.noun.field_2": ("Handlungsfeld 2.0", "Handlungsfeld 2.0"),
    "diff.noun.recommendation": ("Empfehlung", "recommendation"),
    "diff.noun.course_step": ("Schritt", "step"),
    "diff.noun.input": ("Eingabe", "input"),
    "diff.work": ("Arbeit der Vollversammlung", "The Vollversammlung's work"),
    "diff.work.rec": ("{kind} {id}: {state}", "{kind} {id}: {state}"),
    "diff.work.input": ("Eingabe {id}: {state}", "input {id}: {state}"),
    "diff.work.gone": ("entfernt", "removed"),
    "diff.work.quorum.quorate": (
        "Sitzung am {day}: jetzt beschlussfähig ({voting} stimmberechtigte Mitglieder anwesend)",
        "meeting on {day}: now quorate ({voting} voting members present)",
    ),
    "diff.work.quorum.not_quorate": (
        "Sitzung am {day}: jetzt nicht beschlussfähig ({voting} stimmberechtigte Mitglieder "
        "anwesend)",
        "meeting on {day}: now not quorate ({voting} voting members present)",
    ),
    "diff.work.quorum.unknown": (
        "Sitzung am {day}: Beschlussfähigkeit nicht mehr feststellbar (Anwesenheit oder Regel "
        "nicht erfasst)",
        "meeting on {day}: quorum no longer known (attendance or rule not recorded)",
    ),
    "diff.work.open_seats": (
        "Offene stimmberechtigte Sitze: {before} → {after}",
        "Open voting seats: {before} → {after}",
    ),
    "diff.work.holding": (" (Sitz {seat}: {who} seit {day})", " (seat {seat}: {who} since {day})"),
    "diff.work.deputy": (
        " (Vertretung von {of}, Sitz {seat}: {who} seit {day})",
        " (deputy of {of}, seat {seat}: {who} since {day})",
    ),
    "diff.work.named": (" (benannt am {day})", " (named on {day})"),
    "diff.work.rec_summary": (": {text}, Adressat: {to}", ": {text}, addressed to {to}"),
    "diff.work.input_summary": (": {text}", ": {text}"),
    "diff.fieldname.seat": ("Sitz", "seat"),
    "diff.fieldname.deputy_of": ("vertritt", "deputy_of"),
    "diff.fieldname.role": ("Funktion", "role"),
    "diff.fieldname.since": ("seit", "since"),
    "diff.fieldname.until": ("bis", "until"),
    "diff.fieldname.named": ("benannt am", "named"),
    "diff.fieldname.meeting": ("Sitzung", "meeting"),
    "diff.fieldname.addressee": ("Adressat", "addressee"),
    "diff.fieldname.committee": ("Fachausschuss", "committee"),
    "diff.fieldname.course": ("Verlauf", "course"),
    "diff.fieldname.step": ("Schritt", "step"),
    "diff.fieldname.by": ("durch", "by"),
    "diff.fieldname.lab": ("Quartierslabor", "lab"),
    "diff.fieldname.channel": ("Weg", "channel"),
    "diff.fieldname.target": ("Ergebnis", "target"),
    "diff.fieldname.reason": ("Grund", "reason"),
    "diff.fieldname.to": ("berichtet an", "to"),
    "diff.fieldname.text": ("Inhalt", "text"),
    "diff.fieldname.agenda": ("Tagesordnung", "agenda"),
    "diff.fieldname.attendance": ("Anwesenheit", "attendance"),
    "diff.fieldname.others": ("weitere Anwesende", "others"),
    "diff.fieldname.quorum": ("Beschlussfähigkeit", "quorum"),
    "diff.fieldname.present": ("Mindestzahl der Anwesenden", "members present at least"),
    "diff.fieldname.inputs_open_after": ("Eingaben offen nach", "inputs open after"),
    "diff.fieldname.months": ("Monaten", "months"),
    # --- edits ------------------------------------------------------------------------------
    "edit.work.none_yet": (
        "Der Plan verzeichnet noch nichts dieser Art ({what}).",
        "The plan records no {what} yet.",
    ),
    "edit.work.taken": (
        "{what} „{id}“ gibt es schon; bitte eine neue ID wählen.",
        "{what} '{id}' exists already; choose a new ID.",
    ),
    "edit.work.member_added": (
        "Vollversammlung: {id} auf dem Sitz {seat} ab {day} ergänzt",
        "Vollversammlung: {id} on the seat {seat} from {day} added",
    ),
    "edit.work.deputy_added": (
        "Vollversammlung: {id} als Vertretung von {of} ({seat}) ab {day} ergänzt",
        "Vollversammlung: {id} as deputy of {of} ({seat}) from {day} added",
    ),
    "edit.work.field_added": (
        "Handlungsfeld 2.0 {id} „{name}“ (benannt am {day}) ergänzt",
        "Handlungsfeld 2.0 {id} '{name}' (named on {day}) added",
    ),
    "edit.work.rec_added": ("{kind} {id} an {to} ergänzt", "{kind} {id} to {to} added"),
    "edit.work.rec_step": ("{kind} {id}: {state}", "{kind} {id}: {state}"),
    "edit.work.input_added": ("Eingabe {id} vom {day} ergänzt", "input {id} of {day} added"),
    "edit.work.input_step": ("Eingabe {id}: {state} am {day}", "input {id}: {state} on {day}"),
    "edit.work.lab_or_digital": (
        "Eine Eingabe kommt entweder aus einem Quartierslabor (--lab ID) oder aus der digitalen "
        "Beteiligung (--digital).",
        "An input comes either from a Quartierslabor (--lab ID) or from digital participation "
        "(--digital).",
    ),
    "edit.work.group_meeting_added": (
        "{group}: Sitzung am {day} ergänzt",
        "{group}: meeting on {day} added",
    ),
    "edit.work.attended": (" ({present} verzeichnet)", " ({present} recorded)"),
    "edit.work.n_present": ("anwesende Person|anwesende Personen", "person present|people present"),
    "work.input_step.reported": ("berichtet", "reported"),
}
