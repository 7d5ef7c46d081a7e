"""Render the picture of a survey workbook in the README (docs/survey.png).

Exports the EDG's workbook of the shipped plan, fills three rows as a body might (the answers
are invented, for the picture only; one of them a mistake), and renders the measures sheet
with LibreOffice (headless) and pdftoppm. Needs Debian's libreoffice-calc-nogui and
poppler-utils:

    .venv/bin/python docs/survey_screenshot.py
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl

from ksplan.plan import load_plan
from ksplan.survey import export_survey

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plan = load_plan(ROOT / "data")
        [made] = export_survey(plan, folder, dt.date(2026, 11, 30), ["edg"])
        wb = openpyxl.load_workbook(made.path)
        ws = wb["Maßnahmen"]
        ws["H2"], ws["I2"], ws["J2"] = "umgesetzt", "15.03.2026", "(erfunden)"
        ws["H3"], ws["I3"] = "in Umsetzung", "04.2026"
        ws["H4"], ws["I4"] = "fertig", "01.03.2026"
        wb.move_sheet("Maßnahmen", offset=-1)
        wb.active = 0
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        view = folder / "view.xlsx"
        wb.save(view)
        env = {**os.environ, "HOME": str(folder)}
        subprocess.run(
            ["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir",
             str(folder), str(view)],
            check=True, capture_output=True, env=env, timeout=180,
        )  # fmt: skip
        subprocess.run(
            ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-x", "70", "-y", "98",
             "-W", "1060", "-H", "215", str(folder / "view.pdf"), str(folder / "page")],
            check=True, timeout=60,
        )  # fmt: skip
        shutil.copyfile(folder / "page-1.png", ROOT / "docs" / "survey.png")


if __name__ == "__main__":
    main()
