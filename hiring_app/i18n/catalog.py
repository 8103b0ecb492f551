"""The one catalogue of messages: every code the core, the window and the command line use, in
Chinese, English and Spanish. The texts live beside each other by theme."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hiring_app.i18n import (
    calibration,
    cli_output,
    errors_data,
    errors_files,
    errors_work,
    team,
    verdicts,
)

PARTS = (errors_data.TEXTS, errors_work.TEXTS, errors_files.TEXTS, cli_output.TEXTS,
         verdicts.TEXTS, calibration.TEXTS, team.TEXTS)

CATALOGUE: dict[str, Mapping[str, Any]] = {}
for _part in PARTS:
    CATALOGUE.update(_part)
