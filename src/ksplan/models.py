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

from ksplan.dates import PartialDate, parse_iso_date

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
MEASURE_ID_PATTERN = r"^M[0-9]{2,5}$"
TERM_ID_PATTERN = r"^[0-9]{4}-[0-9]{4}$"
MAX_TEXT = 2000

Horizon = Literal["direkt", "kurzfristig", "längerfristig"]
HORIZONS: tuple[Horizon, ...] = ("direkt", "kurzfristig", "längerfristig")
Status = Literal["planned", "in_progress", "done", "dropped", "unknown"]
STATUSES: tuple[Status, ...] = ("planned", "in_progress", "done", "dropped", "unknown")
Certainty = Literal["confirmed", "likely"]
LabStatus = Literal["held", "planned", "unknown"]
ReportKind = Literal["rat", "aboeoab"]
SeatMethod = Literal["hare-niemeyer", "dhondt", "sainte-lague"]


def _ascii_pattern(pattern: str, what: str, example: str) -> Any:
    import re

    compiled = re.compile(pattern)

    def check(value: str) -> str:
        if not compiled.fullmatch(value):
            raise ValueError(f"'{value}' is not a valid {what} (expected e.g. '{example}')")
        return value

    return check


Slug = Annotated[
    str,
    AfterValidator(
        _ascii_pattern(
            SLUG_PATTERN, "ID: use lowercase letters a-z, digits and hyphens", "innenstadt-nord"
        )
    ),
    Field(max_length=64, json_schema_extra={"pattern": SLUG_PATTERN}),
]
MeasureId = Annotated[
    str,
    AfterValidator(
        _ascii_pattern(MEASURE_ID_PATTERN, "measure ID: 'M' and two to five digits", "M05")
    ),
    Field(json_schema_extra={"pattern": MEASURE_ID_PATTERN}),
]
TermId = Annotated[
    str,
    AfterValidator(_ascii_pattern(TERM_ID_PATTERN, "council term: two years", "2020-2025")),
    Field(json_schema_extra={"pattern": TERM_ID_PATTERN}),
]
Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Count = Annotated[int, Field(ge=0)]

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
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


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
    current_term: TermId
    source: Text


class Meeting(Model):
    date: IsoDate
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


class Fraktion(Model):
    id: Slug
    name: Text
    mandates: Count
    note: Text | None = None
    certainty: Certainty = "confirmed"


class SeatHolder(Model):
    """Council members outside any Fraktion: single members or a Ratsgruppe."""

    name: Text
    mandates: Annotated[int, Field(ge=1)]
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
    id: TermId
    election: IsoDate
    constituted: IsoDate | None = None
    council_seats: Annotated[int, Field(ge=1)]
    min_fraktion_size: Annotated[int, Field(ge=1)]
    source: Text
    certainty: Certainty = "confirmed"
    complete: bool = True
    fraktionen: list[Fraktion]
    single_members: list[SeatHolder] = []
    ratsgruppen: list[SeatHolder] = []
    lots: list[DrawnLot] = []

    @model_validator(mode="after")
    def _years(self) -> Term:
        first, last = (int(y) for y in self.id.split("-"))
        if last <= first:
            raise ValueError(f"the term '{self.id}' must end after it starts")
        return self


class AssemblyFile(Model):
    name: Text
    established: Established
    voting_members: Count
    chair: Slug
    office: Text
    min_meetings_per_year: Count
    institutions: list[Member]
    ex_officio: list[Member]
    advisory: list[Member]
    council_seats: CouncilSeats
    meetings: list[Meeting] = []
    lenkungskreis: Lenkungskreis
    working_groups: list[WorkingGroup] = []
    terms: Annotated[list[Term], Field(min_length=1)]


# --- districts.yaml ------------------------------------------------------------------------


class Lab(Model):
    """A Quartierslabor: held (with a date as precise as known), planned, or of unknown state."""

    quarter: Text | None = None
    status: LabStatus
    date: FuzzyDate | None = None
    held_by: IsoDate | None = None
    note: Text | None = None
    source: Text

    @model_validator(mode="after")
    def _dated_if_held(self) -> Lab:
        if self.status == "held" and self.date is None and self.held_by is None:
            raise ValueError(
                "a held Quartierslabor needs 'date' (as precise as known) or 'held_by' "
                "(the day by which it had taken place)"
            )
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


class Deadline(Model):
    date: IsoDate
    source: Text


class DistrictsFile(Model):
    deadline: Deadline
    districts: Annotated[list[District], Field(min_length=1)]


FILE_MODELS: dict[str, type[Model]] = {
    "measures": MeasuresFile,
    "assembly": AssemblyFile,
    "districts": DistrictsFile,
}
