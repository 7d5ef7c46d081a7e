"""The plan's data model: one pydantic model per YAML file, and the pieces they are made of.

Every model is strict (no silent coercion: ``yes`` is not a boolean, ``8`` is not text),
forbids unknown keys (a typo such as ``titel:`` is an error) and is frozen (the core works on
validated, immutable plan objects). The JSON Schemas in ``schemas/`` are exported from here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)

from ksplan.apportionment import MAX_COUNT
from ksplan.dates import PartialDate, parse_iso_date
from ksplan.i18n import t

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MEASURE_ID_PATTERN = r"^M[0-9]{2,5}$"
TERM_ID_PATTERN = r"^[0-9]{4}-[0-9]{4}$"
RECOMMENDATION_ID_PATTERN = r"^[EV][0-9]{1,5}$"
MAX_TEXT = 2000

Horizon = Literal["direkt", "kurzfristig", "längerfristig"]
HORIZONS: tuple[Horizon, ...] = ("direkt", "kurzfristig", "längerfristig")
Status = Literal["planned", "in_progress", "done", "dropped", "unknown"]
STATUSES: tuple[Status, ...] = ("planned", "in_progress", "done", "dropped", "unknown")
STATUS_ORDER: tuple[Status, ...] = ("done", "in_progress", "planned", "dropped", "unknown")
"""The order in which counts by status are shown (report, site, charts): finished first."""
Certainty = Literal["confirmed", "likely"]
LabStatus = Literal["held", "planned", "unknown"]
ReportKind = Literal["rat", "aboeoab"]
SeatMethod = Literal["hare-niemeyer", "dhondt", "sainte-lague"]
DueBasis = Literal["plan", "assumed"]


def _ascii_pattern(pattern: str, what: str, example: str) -> Any:
    import re

    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            from ksplan.output import hidden_character

            hidden = hidden_character(value)
            if hidden is not None:  # looks right, is not: say what cannot be seen
                raise ValueError(t("v.id.hidden", value=value, what=t(what), hidden=hidden))
            raise ValueError(t("v.id.bad", value=value, what=t(what), example=example))
        return value

    return check


Slug = Annotated[
    str,
    AfterValidator(_ascii_pattern(SLUG_PATTERN, "v.what.slug", "innenstadt-nord")),
    Field(max_length=64, json_schema_extra={"pattern": SLUG_PATTERN}),
]
MeasureId = Annotated[
    str,
    AfterValidator(_ascii_pattern(MEASURE_ID_PATTERN, "v.what.measure_id", "M05")),
    Field(json_schema_extra={"pattern": MEASURE_ID_PATTERN}),
]
TermId = Annotated[
    str,
    AfterValidator(_ascii_pattern(TERM_ID_PATTERN, "v.what.term_id", "2020-2025")),
    Field(json_schema_extra={"pattern": TERM_ID_PATTERN}),
]
RecommendationId = Annotated[
    str,
    AfterValidator(_ascii_pattern(RECOMMENDATION_ID_PATTERN, "v.what.recommendation_id", "E3")),
    Field(json_schema_extra={"pattern": RECOMMENDATION_ID_PATTERN}),
]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
# Seats, mandates and meetings: a council is not a country. The bound keeps every computation
# (exact fractions, the seat pictures) small, whatever the file says.
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Positive = Annotated[int, Field(ge=1, le=MAX_COUNT)]

IsoDate = Annotated[
    dt.date,
    BeforeValidator(parse_iso_date),
    PlainSerializer(lambda d: d.isoformat(), return_type=str),
    WithJsonSchema({"type": "string", "format": "date", "description": "YYYY-MM-DD"}),
]


def _parse_partial(value: Any) -> PartialDate:
    return PartialDate.parse(value)


FuzzyDate = Annotated[
    PartialDate,
    PlainValidator(_parse_partial),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "description": "YYYY, YYYY-MM or YYYY-MM-DD: as precise as known",
        }
    ),
]


class Model(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, defer_build=True)


# --- measures.yaml -------------------------------------------------------------------------


class Decision(Model):
    date: IsoDate
    body: Text
    document: Text
    source: Text


class PlanInfo(Model):
    title: Text
    city: Text
    decision: Decision


class HorizonPolicy(Model):
    """Months after the council decision by which a measure of each horizon is due."""

    direkt: Annotated[int, Field(ge=0, le=600)]
    kurzfristig: Annotated[int, Field(ge=0, le=600)]
    laengerfristig: Annotated[int, Field(ge=0, le=600, alias="längerfristig")]

    def months(self, horizon: Horizon) -> int:
        return {
            "direkt": self.direkt,
            "kurzfristig": self.kurzfristig,
            "längerfristig": self.laengerfristig,
        }[horizon]


class FieldOfAction(Model):
    """A Handlungsfeld."""

    id: Slug
    name: Text


class Body(Model):
    """A responsible body (Zuständigkeit), named once and referenced by its ID."""

    id: Slug
    name: Text
    note: Text | None = None


class StatusEntry(Model):
    date: FuzzyDate
    status: Status
    note: Text | None = None
    source: Text
    certainty: Certainty = "confirmed"


class Measure(Model):
    id: MeasureId
    title: Text
    horizon: Horizon
    field: Slug
    field_is_reading: bool = False
    """The assignment to the Handlungsfeld is a reading of the source, not a quote."""
    owners: Annotated[list[Slug], Field(min_length=1)]
    due: IsoDate | None = None
    history: list[StatusEntry] = []
    note: Text | None = None

    @property
    def status(self) -> Status:
        """The latest recorded status; ``unknown`` when nothing is recorded."""
        return self.history[-1].status if self.history else "unknown"

    @property
    def latest(self) -> StatusEntry | None:
        return self.history[-1] if self.history else None


class ReportEvent(Model):
    """A report given: to the Rat (annual) or to the ABöOAB (semi-annual, oral)."""

    kind: ReportKind
    date: IsoDate
    covers: Annotated[int, Field(ge=1900, le=2999)] | None = None
    """The year a report to the Rat is about, when it is given after that year ended."""
    note: Text | None = None
    source: Text | None = None


class MeasuresFile(Model):
    plan: PlanInfo
    horizon_policy: HorizonPolicy
    fields: list[FieldOfAction]
    bodies: list[Body]
    measures: list[Measure]
    reports: list[ReportEvent] = []


# --- assembly.yaml -------------------------------------------------------------------------


class Appointment(Model):
    date: IsoDate
    source: Text


class Member(Model):
    id: Slug
    name: Text
    deputy: Text | None = None
    appointed: Appointment | None = None
    note: Text | None = None


class Established(Model):
    date: IsoDate
    body: Text
    source: Text


class CouncilSeats(Model):
    seats: Count
    method: SeatMethod = "hare-niemeyer"
    source: Text


MeetingKind = Literal["regular", "special", "constituent"]
MEETING_KINDS: tuple[MeetingKind, ...] = ("regular", "special", "constituent")


class Meeting(Model):
    """A meeting of the Vollversammlung (or, under a working group, of that Arbeitsgruppe).

    ``attendance`` names the seat holders present (entries of ``members``, delegates or
    deputies; a deputy counts for the member), ``others`` those present who are not members
    (Arbeitsgruppen may include them); ``source`` is where the minutes are."""

    date: IsoDate
    id: Slug | None = None
    kind: MeetingKind | None = None
    agenda: list[Text] = []
    attendance: list[Slug] = []
    others: list[Text] = []
    note: Text | None = None
    source: Text | None = None


class Lenkungskreis(Model):
    description: Text
    members: Text
    external_members: bool
    meets: Text
    source: Text


class WorkingGroup(Model):
    """An Arbeitsgruppe; its members may include people and bodies outside the assembly."""

    id: Slug
    name: Text
    topic: Text | None = None
    members: list[Text] = []
    formed: IsoDate | None = None
    note: Text | None = None
    source: Text | None = None
    meetings: list[Meeting] = []


class Fraktion(Model):
    id: Slug
    name: Text
    mandates: Count
    note: Text | None = None
    certainty: Certainty = "confirmed"


class SeatHolder(Model):
    """Council members outside any Fraktion: single members or a Ratsgruppe."""

    name: Text
    mandates: Positive
    note: Text | None = None
    certainty: Certainty = "confirmed"


class DrawnLot(Model):
    """A lot drawn for seats left undecided by equal remainders (§ 50 Abs. 3 GO NRW)."""

    date: IsoDate
    winners: Annotated[list[Slug], Field(min_length=1)]
    method: SeatMethod = "hare-niemeyer"
    note: Text | None = None
    source: Text


class Term(Model):
    """A council term. It is in force from the day its Rat is constituted (``constituted``);
    where that day is not recorded, from the election day (an assumption, named as such)."""

    id: TermId
    election: IsoDate
    constituted: IsoDate | None = None
    council_seats: Positive
    min_fraktion_size: Positive
    source: Text
    certainty: Certainty = "confirmed"
    complete: bool = True
    note: Text | None = None
    """What else is known about the term and is not in the figures (e.g. later changes)."""
    fraktionen: list[Fraktion]
    single_members: list[SeatHolder] = []
    ratsgruppen: list[SeatHolder] = []
    lots: list[DrawnLot] = []

    @model_validator(mode="after")
    def _years(self) -> Term:
        first, last = (int(y) for y in self.id.split("-"))
        if last <= first:
            raise ValueError(t("v.term.ends", term=self.id))
        return self

    @property
    def starts(self) -> dt.date:
        """The day the term is in force from: constituted, else (assumed) the election day."""
        return self.constituted if self.constituted is not None else self.election


# --- the Vollversammlung's work (Masterplan 2.0) -------------------------------------------


class Quorum(Model):
    """The Vollversammlung has a quorum with at least ``present`` voting members present
    (a deputy counts for the member), as its Geschäftsordnung says."""

    present: Positive
    source: Text


class OpenAfter(Model):
    """An input reported but without an outcome for more than ``months`` months is open
    (``ksplan inputs --open``)."""

    months: Annotated[int, Field(ge=1, le=120)]
    source: Text


class SeatHolding(Model):
    """Who holds a seat of the Vollversammlung, from ``since`` (until ``until``, if ended).

    ``seat`` is a member of ``institutions``, ``ex_officio`` or ``advisory``, or the ID of a
    Fraktion (one of its council seats, in the term in force). A deputy names the holding it
    stands in for (``deputy_of``). A person's ``name`` is optional: the ``role`` suffices."""

    id: Slug
    seat: Slug
    deputy_of: Slug | None = None
    name: Text | None = None
    role: Text | None = None
    since: IsoDate
    until: IsoDate | None = None
    note: Text | None = None
    source: Text

    def serves_on(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


class Field2(Model):
    """A Handlungsfeld of Masterplan 2.0, named by the Vollversammlung (kept apart from the
    Handlungsfelder of 2019 in measures.yaml)."""

    id: Slug
    name: Text
    named: IsoDate
    meeting: Slug | None = None
    working_groups: list[Slug] = []
    description: Text | None = None
    note: Text | None = None
    source: Text


Addressee = Literal["rat", "fachausschuss", "lenkungskreis", "verwaltung"]
ADDRESSEES: tuple[Addressee, ...] = ("rat", "fachausschuss", "lenkungskreis", "verwaltung")
RecommendationKind = Literal["recommendation", "proposal"]
Step = Literal[
    "submitted", "deliberated", "adopted", "rejected", "referred", "implemented", "withdrawn"
]
STEPS: tuple[Step, ...] = (
    "submitted",
    "deliberated",
    "adopted",
    "rejected",
    "referred",
    "implemented",
    "withdrawn",
)


class CourseStep(Model):
    """One dated step in a recommendation's course; ``by`` names who took it (the Rat, a
    Fachausschuss …) where that is not the addressee."""

    date: IsoDate
    step: Step
    by: Text | None = None
    note: Text | None = None
    source: Text


class Recommendation(Model):
    """An Empfehlung (``E…``) or a proposal for a Vorlage (``V…``) of the Vollversammlung."""

    id: RecommendationId
    kind: RecommendationKind = "recommendation"
    meeting: Slug
    text: Text
    addressee: Addressee
    committee: Text | None = None
    """The Fachausschuss, when the addressee is one."""
    field: Slug | None = None
    """The Handlungsfeld of Masterplan 2.0 (``fields_2``)."""
    measures: list[MeasureId] = []
    course: list[CourseStep] = []
    note: Text | None = None
    source: Text

    @model_validator(mode="after")
    def _committee(self) -> Recommendation:
        if (self.addressee == "fachausschuss") != (self.committee is not None):
            raise ValueError(t("v.rec.committee"))
        return self

    @property
    def state(self) -> Step | None:
        return self.course[-1].step if self.course else None


InputStepKind = Literal["reported", "recommendation", "measure", "field", "merged", "declined"]
OUTCOMES: tuple[InputStepKind, ...] = ("recommendation", "measure", "field", "merged", "declined")
Channel = Literal["lab", "digital"]


class InputStep(Model):
    """A step in an input's course: ``reported`` to the Vollversammlung or an Arbeitsgruppe
    (``to``: a working group's ID; none: the Vollversammlung), or its outcome: it became a
    ``recommendation``, a ``measure`` or a Handlungsfeld (``field``), was ``merged`` into
    another input (``target`` names each), or was ``declined`` (with a ``reason``)."""

    date: IsoDate
    step: InputStepKind
    to: Slug | None = None
    target: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    reason: Text | None = None
    note: Text | None = None
    source: Text

    @model_validator(mode="after")
    def _fields(self) -> InputStep:
        if self.step in ("recommendation", "measure", "field", "merged") and self.target is None:
            raise ValueError(t("v.input.target", step=self.step))
        if self.step in ("reported", "declined") and self.target is not None:
            raise ValueError(t("v.input.no_target", step=self.step))
        if self.step == "declined" and self.reason is None:
            raise ValueError(t("v.input.reason"))
        if self.step != "reported" and self.to is not None:
            raise ValueError(t("v.input.to"))
        return self


class Input(Model):
    """An input from a Quartierslabor (``lab``: the lab's ID) or from digital participation
    (``channel: digital``), and what became of it (``course``)."""

    id: Slug
    channel: Channel = "lab"
    lab: Slug | None = None
    date: IsoDate
    text: Text
    course: list[InputStep] = []
    note: Text | None = None
    source: Text

    @model_validator(mode="after")
    def _lab(self) -> Input:
        if self.channel == "lab" and self.lab is None:
            raise ValueError(t("v.input.lab"))
        return self

    @property
    def outcome(self) -> InputStep | None:
        """The step that says what became of it (the last one that is not a report)."""
        done = [s for s in self.course if s.step != "reported"]
        return done[-1] if done else None

    @property
    def reported(self) -> InputStep | None:
        found = [s for s in self.course if s.step == "reported"]
        return found[0] if found else None


class AssemblyFile(Model):
    name: Text
    established: Established
    voting_members: Count
    chair: Slug
    office: Text
    institutions: list[Member]
    ex_officio: list[Member]
    advisory: list[Member]
    council_seats: CouncilSeats
    meetings: list[Meeting] = []
    lenkungskreis: Lenkungskreis
    working_groups: list[WorkingGroup] = []
    terms: Annotated[list[Term], Field(min_length=1)]
    # --- the Vollversammlung's work (Masterplan 2.0); all optional, older plans have none ---
    quorum: Quorum | None = None
    inputs_open_after: OpenAfter | None = None
    members: list[SeatHolding] = []
    fields_2: list[Field2] = []
    recommendations: list[Recommendation] = []
    inputs: list[Input] = []


# --- districts.yaml ------------------------------------------------------------------------


class Lab(Model):
    """A Quartierslabor: held (with a date as precise as known), planned, or of unknown state."""

    id: Slug | None = None
    """Needed only where inputs name the lab (``inputs[].lab`` in assembly.yaml)."""
    quarter: Text | None = None
    status: LabStatus
    date: FuzzyDate | None = None
    held_by: IsoDate | None = None
    held_after: IsoDate | None = None
    """Known only to have taken place after this day (e.g. a lab of a later round)."""
    note: Text | None = None
    source: Text

    @model_validator(mode="after")
    def _dated_if_held(self) -> Lab:
        if self.status == "held" and not (self.date or self.held_by or self.held_after):
            raise ValueError(t("v.lab.dated"))
        return self

    @property
    def held_on(self) -> dt.date | None:
        """The day by which the lab had certainly taken place (None unless held)."""
        if self.status != "held":
            return None
        known = [d for d in (self.date.end if self.date else None, self.held_by) if d]
        return min(known) if known else None


class District(Model):
    id: Slug
    name: Text
    labs: list[Lab] = []


class DistrictsFile(Model):
    districts: Annotated[list[District], Field(min_length=1)]
    labs_district_unknown: list[Lab] = []
    """Quartierslabore known to have taken place whose Stadtbezirk is not recorded."""


# --- orders.yaml ---------------------------------------------------------------------------

OrderKind = Literal[
    "deliverable", "recurring", "precondition", "coverage", "measures-due", "ongoing"
]
ORDER_KINDS: tuple[OrderKind, ...] = (
    "deliverable",
    "recurring",
    "precondition",
    "coverage",
    "measures-due",
    "ongoing",
)
RecurringRecord = Literal["meetings", "rat-reports", "aboeoab-reports", "events"]
RecordKind = Literal["meetings", "rat-reports", "aboeoab-reports", "labs", "history", "events"]
RECORD_KINDS: tuple[RecordKind, ...] = (
    "meetings",
    "rat-reports",
    "aboeoab-reports",
    "labs",
    "history",
    "events",
)
Period = Literal["year", "half-year"]


class Order(Model):
    """An order of the council or a committee, quoted, with what a generic check needs.

    ``kind`` says how it is checked: ``deliverable`` (once, by ``due`` if the source sets one),
    ``recurring`` (``at_least`` times in every ``every`` from ``start``, counted in ``record``),
    ``precondition`` (an event before the first Quartierslabor held after the order),
    ``coverage`` (a Quartierslabor in every Stadtbezirk by ``due``), ``measures-due`` (every
    measure finished by its due date) and ``ongoing`` (no deadline: the evidence is listed).
    Evidence of deliverables, preconditions and ongoing orders is an entry in ``events``.
    """

    id: Slug
    title: Text
    given_by: Text
    date: IsoDate
    addressee: Text
    quote: Text
    source: Text
    kind: OrderKind
    due: IsoDate | None = None
    every: Period | None = None
    at_least: Annotated[int, Field(ge=1, le=366)] | None = None
    start: IsoDate | None = None
    record: RecurringRecord | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _fields_of_kind(self) -> Order:
        needs: dict[str, tuple[str, ...]] = {
            "recurring": ("every", "at_least", "start", "record"),
            "coverage": ("due",),
        }
        allowed: dict[str, tuple[str, ...]] = {
            "deliverable": ("due",),
            "recurring": ("every", "at_least", "start", "record"),
            "precondition": (),
            "coverage": ("due",),
            "measures-due": (),
            "ongoing": (),
        }
        for name in needs.get(self.kind, ()):
            if getattr(self, name) is None:
                raise ValueError(t("v.order.needs", kind=self.kind, name=name))
        for name in ("due", "every", "at_least", "start", "record"):
            if getattr(self, name) is not None and name not in allowed[self.kind]:
                raise ValueError(t("v.order.foreign", kind=self.kind, name=name))
        return self


class Event(Model):
    """Something that happened and is documented: the evidence for orders (``orders``)."""

    id: Slug
    title: Text
    date: FuzzyDate | None = None
    before: IsoDate | None = None
    """Known only to have happened before this day."""
    orders: list[Slug] = []
    note: Text | None = None
    source: Text

    @model_validator(mode="after")
    def _dated(self) -> Event:
        if (self.date is None) == (self.before is None):
            raise ValueError(t("v.event.dated"))
        return self

    @property
    def earliest(self) -> dt.date:
        """The first day the event can have happened (unknown for ``before``: none)."""
        return self.date.start if self.date is not None else dt.date.min

    @property
    def by(self) -> dt.date:
        """The day by which the event had certainly happened."""
        if self.date is not None:
            return self.date.end
        assert self.before is not None
        return self.before - dt.timedelta(days=1)


class Completeness(Model):
    """A declaration that a record lists everything up to ``through`` (and not only what was
    found): before that day a missing entry means "did not happen"."""

    record: RecordKind
    through: IsoDate
    scope: list[Annotated[str, Field(min_length=1, max_length=64)]] = []
    """Only these districts (labs), measures (history) or orders (events); empty: all."""
    source: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _reasoned(self) -> Completeness:
        if self.source is None and self.note is None:
            raise ValueError(t("v.complete.why"))
        return self


class OrdersFile(Model):
    orders: list[Order] = []
    events: list[Event] = []
    complete_through: list[Completeness] = []


FILE_MODELS: dict[str, type[Model]] = {
    "measures": MeasuresFile,
    "assembly": AssemblyFile,
    "districts": DistrictsFile,
    "orders": OrdersFile,
}
