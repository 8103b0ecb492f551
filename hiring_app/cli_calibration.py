"""Sub-commands about interviewers: `interviewers calibration [--json]`, how each interviewer's
scores compare with their colleagues' on the same candidates (domain/calibration.py)."""
from __future__ import annotations

import argparse
import json

from hiring_app.domain.calibration import (
    HARSH,
    LEANING_GAP,
    LENIENT,
    MIN_SHARED,
    DimensionCalibration,
    InterviewerCalibration,
    anything_shared,
)
from hiring_app.domain.matrix import ABILITY, ATTITUDE, DIMENSIONS
from hiring_app.i18n import Message, render_value

_HEADINGS = (Message("calibration.interviewer"), Message("calibration.shared"),
             Message("calibration.attitude"), Message("calibration.ability"),
             Message("calibration.leaning"))
_LEANINGS = {(ATTITUDE, LENIENT): "calibration.attitude_lenient",
             (ATTITUDE, HARSH): "calibration.attitude_harsh",
             (ABILITY, LENIENT): "calibration.ability_lenient",
             (ABILITY, HARSH): "calibration.ability_harsh"}


def leaning_words(row: InterviewerCalibration) -> Message | list[Message]:
    """What the leaning column says: each leaning, else in line, else too few shared."""
    if row.flagged:
        return [Message(_LEANINGS[leaning]) for leaning in row.leanings]
    if row.enough_shared:
        return Message("calibration.in_line")
    return Message("calibration.too_few", min_shared=MIN_SHARED)


def explanation() -> Message:
    return Message("calibration.explain", gap=f"{LEANING_GAP:.2f}", min_shared=MIN_SHARED)


def _counted_apart(row: InterviewerCalibration, dimension: DimensionCalibration) -> bool:
    return dimension.difference is not None and dimension.shared != row.shared


def _partly(row: InterviewerCalibration) -> bool:
    return any(_counted_apart(row, row.dimension(d)) for d in DIMENSIONS)


def _difference(row: InterviewerCalibration, dimension: DimensionCalibration) -> str:
    """The signed difference, with its own count of candidates when that is not the row's."""
    if _counted_apart(row, dimension):
        return f"{dimension.shown} ({dimension.shared})"
    return dimension.shown


def as_json(row: InterviewerCalibration) -> dict:
    return {"interviewer": row.interviewer, "candidates": row.candidates, "shared": row.shared,
            **{d: {"difference": row.dimension(d).difference, "shared": row.dimension(d).shared,
                   "leaning": row.dimension(d).leaning} for d in DIMENSIONS}}


def _calibration(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db
    from hiring_app.cli_interviews import _pad, _width
    from hiring_app.services.calibration import calibration

    opened = open_db(args)
    rows = calibration(opened.db)
    if args.json:
        print(json.dumps([as_json(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    language = message_language(args)
    if not anything_shared(rows):
        print(Message("calibration.none").render(language))
        return 0
    table = [[heading.render(language) for heading in _HEADINGS]] + [
        [row.interviewer, str(row.shared), _difference(row, row.attitude),
         _difference(row, row.ability), render_value(leaning_words(row), language)]
        for row in rows]
    widths = [max(_width(line[i]) for line in table) for i in range(len(_HEADINGS))]
    for line in table:
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip())
    print()
    print(explanation().render(language))
    if any(_partly(row) for row in rows):
        print(Message("calibration.partly").render(language))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    interviewers = sub.add_parser("interviewers", help="how interviewers score")
    interviewers_sub = interviewers.add_subparsers(
        dest="interviewers_command", metavar="ACTION", required=True,
        parser_class=type(interviewers))
    calibration = interviewers_sub.add_parser(
        "calibration", help="each interviewer's scores against their colleagues' on the same "
        "candidates; flags lenient and harsh scorers")
    calibration.add_argument("--json", action="store_true", help="print JSON")
    calibration.set_defaults(func=_calibration)
