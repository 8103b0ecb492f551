"""The PDF reports' use cases: read what a report shows from the database into its data
(hiring_app.reports.data), then have hiring_app.reports lay it out into a file written whole or
not at all. The report modules themselves never read the database.

    write_candidate_report(db, candidate_id, language, path)
    candidate_reports(db, ids, folder, language, progress, cancelled)   many, into a folder
    write_comparison_report(db, candidate_ids, language, path)
    write_comparison_report_for_role(db, role_id, language, path)      the role's best 20
    write_kit(db, role_id, language, path, candidate_id=None)
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.interview import Interview
from hiring_app.domain.library import text_in
from hiring_app.errors import NotFoundError, UserError
from hiring_app.i18n import Message, render, render_value
from hiring_app.reports.candidate import candidate_report, report_file_name
from hiring_app.reports.chart import quadrant_names
from hiring_app.reports.common import check_language
from hiring_app.reports.data import (
    ADHOC,
    FACETS,
    OTHER,
    OUTCOMES,
    QUESTIONS,
    ROLE,
    SCORES,
    STANDARD,
    CandidateReportData,
    ComparedCandidate,
    ComparedRow,
    ComparisonReportData,
    KitData,
    ReportQuestion,
)
from hiring_app.reports.formats import localised
from hiring_app.services import candidates as candidate_service
from hiring_app.services import debrief, verdicts
from hiring_app.services import interviews as interview_service
from hiring_app.services.candidate_list import local_day
from hiring_app.services.scorecards import candidate_result
from hiring_app.storage import roles_repo
from hiring_app.storage.files import check_output_path, data_folder_of, output_file

# The comparison and the kit (their layout modules and services.compare) are imported by the
# functions that draw them: a process writing one candidate's report does not load them.
KNOCKOUT_CODES = ("verdict.knockout_question", "verdict.knockout_flag")


def _say(message: Message, language: str) -> str:
    """A message in `language`, its numbers written that language's way (4,4 in Spanish)."""
    return render(localised(message, language), language)


# --- the candidate report -----------------------------------------------------------------------
def _questions(db: Database, cards: list[Interview], role_id: str | None,
               language: str) -> list[ReportQuestion]:
    """Every question of the scorecards: standard, the role's, removed ones, then ad-hoc ones
    (the same ad-hoc text asked by two interviewers is one question)."""
    bank_ids = sorted({a.question_id for c in cards for a in c.answers if not a.is_adhoc})
    bank = roles_repo.questions_by_id(db, bank_ids)
    found: dict[str, ReportQuestion] = {}
    order: tuple
    for index, card in enumerate(cards):
        for answer in card.answers:
            if answer.is_adhoc:
                key = "adhoc:" + " ".join((answer.adhoc_text or "").split())
                kind, order, text = ADHOC, (len(found),), answer.adhoc_text or ""
            else:
                key = answer.question_id
                owner, position, data = bank.get(key, (None, None, None))
                if data is None:
                    kind, order, text = OTHER, (len(found),), key
                else:
                    kind = STANDARD if owner is None else ROLE
                    order = (owner != role_id, owner or "", position)
                    text = text_in(data.get("text"), language) or key
            question = found.get(key)
            if question is None:
                question = found[key] = ReportQuestion(key, kind, order, text, answer.dimension,
                                                       answer.facet, answer.weight)
            question.answers.setdefault(index, answer)
    return sorted(found.values(), key=lambda q: (q.kind, q.order))


def _decision(db: Database, candidate_id: int) -> str | None:
    return candidate_service.current_decisions(db, [candidate_id]).get(candidate_id)


def candidate_report_data(db: Database, candidate_id: int, language: str) -> CandidateReportData:
    """What one candidate's report shows (only submitted scorecards count)."""
    check_language(language)
    candidate = candidate_service.get_candidate(db, candidate_id)
    every = interview_service.interviews_of(db, candidate_id)
    cards = [c for c in every if c.submitted]
    role_id = candidate["role_id"] or next((c.role_id for c in cards if c.role_id), None)
    role = roles_repo.get_role(db, role_id) if role_id else None
    result = candidate_result(db, candidate_id)
    explained = verdicts.explain_result(db, result, role_id)
    decided = debrief.debrief(db, candidate_id).decision
    decision = _decision(db, candidate_id)
    recorded = decided is not None and decided.decision == decision
    return CandidateReportData(
        language=language, name=candidate["name"], status=candidate["status"],
        channel=candidate["channel"], added_on=local_day(candidate["created_at"]),
        notes=candidate.get("notes"),
        role_name=text_in(role.name, language) if role else (role_id or ""),
        cards=cards, card_days=[local_day(c.started_at) for c in cards],
        drafts=len(every) - len(cards), result=result,
        decision=decision,
        decision_reason=decided.reason if decided and recorded else "",
        decision_by=(decided.decided_by or "") if decided and recorded else "",
        decision_on=decided.decided_at if decided and recorded else "",
        verdict=_say(explained.headline, language),
        recommendation=_say(explained.recommendation, language),
        reasons=[_say(m, language) for m in explained.reasons if m.code not in KNOCKOUT_CODES],
        knockouts=[_say(m, language) for m in explained.reasons if m.code in KNOCKOUT_CODES],
        disagreements=[_say(m, language) for m in verdicts.disagreements(result)],
        questions=_questions(db, cards, role_id, language), vocabulary=builtin_vocabulary())


def write_candidate_report(db: Database, candidate_id: int, language: str,
                           path: Path | str) -> Path:
    """Write one candidate's report to `path` (whole or not at all); returns the path."""
    data = candidate_report_data(db, candidate_id, language)
    return _write(db, path, lambda out: candidate_report(data, language, out))


def candidate_reports(db: Database, ids: list[int], folder: Path | str, language: str,
                      progress: Callable[[int, int], object] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """One report per candidate into `folder`; progress(done, total) after each file, and a stop
    before the next file once cancelled() is true. Returns the files written."""
    check_language(language)
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError("report.folder_missing", folder=str(folder))
    check_output_path(folder, data_folder_of(db))  # refused before the first file
    ids = list(dict.fromkeys(int(i) for i in ids))
    names = {i: candidate_service.get_candidate(db, i)["name"] for i in ids}  # unknown: refused
    written: list[Path] = []
    for candidate_id in ids:
        if cancelled is not None and cancelled():
            break
        path = folder / report_file_name(names[candidate_id], candidate_id)
        written.append(write_candidate_report(db, candidate_id, language, path))
        if progress is not None:
            progress(len(written), len(ids))
    return written


# --- the comparison -----------------------------------------------------------------------------
def comparison_report_data(db: Database, candidate_ids: list[int],
                           language: str) -> ComparisonReportData:
    """compare()'s columns and rows, as the comparison report shows them."""
    from hiring_app.services.compare import SCORE, compare

    check_language(language)
    comparison = compare(db, candidate_ids, language)
    # the verdicts' reasons again, their numbers written the language's way (4,4 in Spanish)
    reasons = [verdicts.explain_result(db, candidate_result(db, c.id), c.role_id).reasons
               for c in comparison.columns]
    return ComparisonReportData(
        language=language,
        columns=[ComparedCandidate(
            c.id, c.name, c.rank, c.role_name, c.attitude, c.ability, quadrant=c.quadrant,
            verdict=c.quadrant_name, knockouts=_knockouts(why, language),
            decision=c.decision_name, recommendation=c.recommendation)
            for c, why in zip(comparison.columns, reasons)],
        rows=[ComparedRow(r.label, r.kind == SCORE,
                          ["\n".join(_say(m, language) for m in why) for why in reasons]
                          if r.key == "reasons" else list(r.values),
                          frozenset(r.best), frozenset(r.disagreement), group=_group(r.key))
              for r in comparison.rows],
        thresholds=comparison.thresholds,
        quadrant_names=quadrant_names(builtin_vocabulary(), language),
        order=render(Message("cli.compare.order"), language))


def _group(key: str) -> str:
    """Which sub-heading a comparison row comes under."""
    if key.startswith("facet:"):
        return FACETS
    if key.startswith(("question:", "adhoc:")):
        return QUESTIONS
    return SCORES if key in ("weighted_total", "attitude", "ability") else OUTCOMES


def _knockouts(reasons: list[Message], language: str) -> list[str]:
    """What knocked a candidate out, from the verdict's reasons: the red flags' and the
    questions' names."""
    names = [render_value(m.params.get("flag") or m.params.get("question") or "", language)
             for m in reasons if m.code in KNOCKOUT_CODES]
    return list(dict.fromkeys(n for n in names if n))


def write_comparison_report(db: Database, candidate_ids: list[int], language: str,
                            path: Path | str) -> Path:
    """Compare 2 to 20 candidates into a PDF at `path` (whole or not at all)."""
    from hiring_app.reports.comparison import comparison_report

    data = comparison_report_data(db, candidate_ids, language)
    return _write(db, path, lambda out: comparison_report(data, language, out))


def write_comparison_report_for_role(db: Database, role_id: str, language: str,
                                     path: Path | str) -> Path:
    """Compare the role's best candidates (compare.best_of_role: up to 20 with submitted
    scorecards, as the Compare screen chooses them)."""
    check_language(language)
    from hiring_app.services.compare import best_of_role

    ids = best_of_role(db, role_id)
    if len(ids) < 2:
        role = roles_repo.get_role(db, role_id)
        raise UserError("compare.role_too_few", role_id=role_id,
                        name=role.name if role else role_id, count=len(ids))
    return write_comparison_report(db, ids, language, path)


# --- the interview kit --------------------------------------------------------------------------
def kit_data(db: Database, role_id: str, language: str,
             candidate_id: int | None = None) -> KitData:
    """The role with its questions, the standard questions and the vocabulary; with a
    candidate, their name for the page headers."""
    check_language(language)
    role = roles_repo.get_role(db, role_id)
    if role is None:
        raise NotFoundError("role.not_found", role_id=role_id)
    name = candidate_service.get_candidate(db, candidate_id)["name"] if candidate_id else ""
    return KitData(language=language, role=role,
                   role_name=text_in(role.name, language) or role.id,
                   standard_questions=roles_repo.questions_of(db, None),
                   vocabulary=builtin_vocabulary(), candidate_name=name)


def write_kit(db: Database, role_id: str, language: str, path: Path | str,
              candidate_id: int | None = None) -> Path:
    """Write the role's printable interview kit to `path` (whole or not at all), for one
    candidate when `candidate_id` is given (their name in every page header)."""
    data = kit_data(db, role_id, language, candidate_id)
    from hiring_app.reports.kit import interview_kit

    return _write(db, path, lambda out: interview_kit(data, language, out))


# --- files --------------------------------------------------------------------------------------
def _write(db: Database, path: Path | str, lay_out: Callable[[IO[bytes]], None]) -> Path:
    """Build the PDF into a temporary file beside `path`, then move it into place: the file is
    whole or not there. Folder problems are UserErrors; a place among the company's own files
    is refused before anything is written (storage.files.output_file)."""
    path = Path(path)
    if path.is_dir():
        raise UserError("report.output_is_folder", path=str(path))
    with output_file(db, path, binary=True) as handle:
        lay_out(handle)
    return path
