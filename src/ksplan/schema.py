"""JSON Schemas of the plan files, exported from the models (draft 2020-12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ksplan.errors import UsageError
from ksplan.models import FILE_MODELS

DRAFT = "https://json-schema.org/draft/2020-12/schema"
TITLES = {
    "measures": "ksplan: measures.yaml — the catalogue of measures",
    "assembly": "ksplan: assembly.yaml — the Vollversammlung and the council terms",
    "districts": "ksplan: districts.yaml — the Stadtbezirke and their Quartierslabore",
    "orders": "ksplan: orders.yaml — the council's orders, their evidence, complete records",
}


def schema_for(name: str) -> dict[str, Any]:
    body = FILE_MODELS[name].model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": DRAFT,
        "$id": f"{name}.schema.json",
        "title": TITLES[name],
        **{k: v for k, v in body.items() if k != "title"},
    }


def schema_text(name: str) -> str:
    return json.dumps(schema_for(name), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def write_schemas(out: Path) -> list[Path]:
    written = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name in FILE_MODELS:
            path = out / f"{name}.schema.json"
            path.write_text(schema_text(name), encoding="utf-8")
            written.append(path)
    except OSError as exc:
        from ksplan.i18n import os_reason, t

        raise UsageError(t("cli.schemas_unwritable", out=out, reason=os_reason(exc))) from None
    return written
