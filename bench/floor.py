"""The smallest program of ksplan's shape: a typer command with options that validates one
small pydantic model. Its start-up time is the floor any such command can reach."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from pydantic import BaseModel, ConfigDict
from ruamel.yaml.cyaml import CParser  # noqa: F401  (ksplan reads YAML with it)


class Item(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
    id: str
    count: int


app = typer.Typer(add_completion=False)


@app.command()
def main(
    plan: Annotated[Path | None, typer.Option("--plan")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    Item.model_validate({"id": "M01", "count": 1})


if __name__ == "__main__":
    app()
