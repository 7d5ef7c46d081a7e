"""Write a valid ksplan plan of N measures into DIR, for benchmarks.

    python bench/make_plan.py 10000 /tmp/plan10k

Each measure has several responsible bodies and a status history; every Stadtbezirk has
labs; there are two council terms. The Dortmund plan's shape, at any size.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIELDS = [
    ("sichere-nachbarschaft", "Sichere Nachbarschaft"),
    ("sichere-oeffentliche-raeume", "Sichere öffentliche Räume"),
    ("sichere-infrastruktur", "Sichere Infrastruktur"),
    ("sicherheitskommunikation", "Sicherheitskommunikation"),
]
HORIZONS = ["direkt", "kurzfristig", "längerfristig"]
STATUSES = ["planned", "in_progress", "done", "dropped", "unknown"]
DISTRICTS = [
    "Innenstadt-West", "Innenstadt-Nord", "Innenstadt-Ost", "Eving", "Scharnhorst", "Brackel",
    "Aplerbeck", "Hörde", "Hombruch", "Lütgendortmund", "Huckarde", "Mengede",
]  # fmt: skip
BODIES = 60


def slug(name: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return name.lower().translate(table).replace(" ", "-")


def measures_yaml(n: int, rng: random.Random) -> str:
    lines = [
        "plan:",
        "  title: Masterplan Kommunale Sicherheit (Benchmark)",
        "  city: Benchmarkstadt",
        "  decision:",
        "    date: 2019-02-21",
        "    body: Rat der Stadt",
        "    document: Drucksache 1-19",
        "    source: Benchmark",
        "horizon_policy:",
        "  direkt: 12",
        "  kurzfristig: 24",
        "  längerfristig: 60",
        "fields:",
    ]
    for fid, name in FIELDS:
        lines += [f"  - id: {fid}", f"    name: {name}"]
    lines.append("bodies:")
    for b in range(BODIES):
        lines += [f"  - id: stelle-{b}", f"    name: Fachbereich {b} (Benchmarkstadt)"]
    lines.append("measures:")
    width = max(2, len(str(n)))
    for i in range(1, n + 1):
        owners = sorted(rng.sample(range(BODIES), 3))
        lines += [
            f"  - id: M{i:0{width}d}",
            f"    title: Maßnahme {i} für sichere Quartiere",
            f"    horizon: {rng.choice(HORIZONS)}",
            f"    field: {rng.choice(FIELDS)[0]}",
            "    field_is_reading: true",
            f"    owners: [{', '.join(f'stelle-{o}' for o in owners)}]",
            "    history:",
        ]
        months = sorted(rng.sample(range(2019 * 12, 2026 * 12), 2))
        for month in months:
            lines += [
                f"      - date: {month // 12}-{month % 12 + 1:02d}",
                f"        status: {rng.choice(STATUSES)}",
                "        source: Sitzung der Vollversammlung",
            ]
    lines.append("reports: []")
    return "\n".join(lines) + "\n"


def districts_yaml(rng: random.Random) -> str:
    lines = ["districts:"]
    for name in DISTRICTS:
        lines += [f"  - id: {slug(name)}", f"    name: {name}", "    labs:"]
        for k in range(3):
            lines += [
                f"      - quarter: Quartier {k}",
                "        status: held",
                f"        date: {2017 + k}-{rng.randint(1, 12):02d}",
                "        source: Benchmark",
            ]
    return "\n".join(lines) + "\n"


def shipped_yaml(name: str) -> str:
    """A file of the shipped plan, as it is (the Vollversammlung, the council's orders)."""
    data = Path(__file__).resolve().parent.parent / "data" / f"{name}.yaml"
    return data.read_text(encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of measures")
    parser.add_argument("dir", type=Path, help="folder to write the plan into")
    parser.add_argument("--seed", type=int, default=2019)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    args.dir.mkdir(parents=True, exist_ok=True)
    (args.dir / "measures.yaml").write_text(measures_yaml(args.n, rng), encoding="utf-8")
    (args.dir / "districts.yaml").write_text(districts_yaml(rng), encoding="utf-8")
    for name in ("assembly", "orders"):
        (args.dir / f"{name}.yaml").write_text(shipped_yaml(name), encoding="utf-8")


if __name__ == "__main__":
    main()
