"""The plan's dates as a calendar (iCalendar, RFC 5545) for Outlook and Thunderbird.

One all-day event per date: each measure's due date (its summary says "angenommen" where the
date comes from the horizon policy, not from the plan), the deadline for the Quartierslabore,
the ends of the reporting periods of the council's orders (and other deadlines they set), and
the meetings of the Vollversammlung recorded. Every event has a UID made of the plan's own IDs
only, so a calendar that imports the file again updates its events instead of adding copies;
``DTSTAMP`` is the day asked about, so the same plan and day give the same file.
"""

from __future__ import annotations

import datetime as dt
import re

from ksplan.dates import format_date
from ksplan.deadlines import status_on
from ksplan.i18n import Msg, language, t
from ksplan.orders import period_ends
from ksplan.plan import Plan
from ksplan.vocabulary import fold

REPORT_RECORDS = ("rat-reports", "aboeoab-reports")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "plan"


def uid(plan: Plan, *parts: str) -> str:
    """``ksplan-dortmund-measure-due-M05@ksplan``: the same for the same thing, every time."""
    city = _slug(plan.measures_file.plan.city)
    return "-".join(("ksplan", city, *parts)) + "@ksplan"


def calendar(plan: Plan, as_of: dt.date) -> bytes:
    from icalendar import Calendar, Event

    stamp = dt.datetime.combine(as_of, dt.time(0), tzinfo=dt.UTC)
    title = plan.measures_file.plan.title
    cal = Calendar()
    cal.add("prodid", "-//ksplan//Masterplan Kommunale Sicherheit//DE")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")  # Outlook imports a published calendar as events
    cal.add("x-wr-calname", t("ics.calendar_name", title=title, city=plan.measures_file.plan.city))

    def add(key: str, day: dt.date, summary: str, description: str, category: str) -> None:
        event = Event()
        event.add("uid", uid(plan, *key.split("/")))
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("categories", [t(f"ics.category.{category}")])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)

    for m in plan.measures:
        due = plan.due(m)
        assumed = plan.due_basis(m) == "assumed"
        entry = status_on(m, as_of)
        if entry is None:
            recorded = t("ics.measure.no_status", day=format_date(as_of))
        else:  # the last status recorded, with its own date: not a claim about as_of
            recorded = t(
                "ics.measure.status",
                day=format_date(as_of),
                status=t(f"status.{entry.status}"),
                when=entry.date.format(language()),
                certainty=t(f"export.certainty.{entry.certainty}"),
            )
        lines = [
            recorded,
            t("ics.measure.owners", owners="; ".join(plan.owner_names(m))),
            t("ics.measure.assumed") if assumed else t("ics.measure.plan"),
        ]
        summary_key = "ics.measure.summary_assumed" if assumed else "ics.measure.summary"
        add(
            f"measure-due/{m.id}",
            due,
            t(summary_key, id=m.id, title=m.title),
            "\n".join([m.title, *lines]),
            "due",
        )

    horizon = dt.date(as_of.year + 1, 12, 31)
    for order in plan.orders:
        quote = t("ics.order.description", quote=order.quote, source=order.source)
        if order.kind == "coverage" and order.due is not None:
            add(
                f"order/{order.id}",
                order.due,
                t("ics.labs_deadline", title=order.title),
                quote,
                "labs",
            )
        elif order.kind == "deliverable" and order.due is not None:
            add(
                f"order/{order.id}",
                order.due,
                t("ics.order.due", title=order.title),
                quote,
                "order",
            )
        elif order.record in REPORT_RECORDS:
            for end, name in period_ends(order, horizon):
                add(
                    f"order/{order.id}/{end.isoformat()}",
                    end,
                    t("ics.order.period", title=order.title, period=_word(name)),
                    quote,
                    "report",
                )
    seen: dict[dt.date, int] = {}
    for meeting in plan.assembly.meetings:
        seen[meeting.date] = seen.get(meeting.date, 0) + 1
        nth = f"/{seen[meeting.date]}" if seen[meeting.date] > 1 else ""
        text = [
            x
            for x in (meeting.note, meeting.source and t("ics.source", source=meeting.source))
            if x
        ]
        add(
            f"meeting/{meeting.date.isoformat()}{nth}",
            meeting.date,
            t("ics.meeting", name=plan.assembly.name),
            "\n".join(text),
            "meeting",
        )
    return bytes(cal.to_ical())


def _word(name: Msg) -> str:
    return str(name)
