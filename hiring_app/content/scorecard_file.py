"""Scorecard files ("hiring-scorecard/1"): one candidate and interviewers' submitted scorecards,
as JSON that colleagues send each other. Reading checks size, encoding, JSON syntax, the schema in
schemas/scorecard.schema.json and ids given twice; every problem names the file and the JSON path.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hiring_app.domain.interview import Answer, Interview
from hiring_app.domain.text import BadNameError, clean_line, clean_name, clean_note
from hiring_app.errors import UserError, name_refusal, os_reason
from hiring_app.i18n import Message

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

FORMAT = "hiring-scorecard/1"
MAX_FILE_BYTES = 5 * 1024 * 1024
SCHEMA_PATH = Path(__file__).with_name("schemas") / "scorecard.schema.json"
CANDIDATE_FIELDS = ("uid", "name", "role_id", "channel", "phone", "email")
TEXT_FIELDS = ("listen_notes", "free_notes", "decision_reason")


class ScorecardFileError(UserError):
    """A scorecard file refused: `code` says why; `path` (the file, or a Message naming what
    was checked) is a parameter of every such message."""

    kind = "scorecard_invalid"

    def __init__(self, path: Path | str | Message, code: str, /, **params: object) -> None:
        shown = path if isinstance(path, Message) else str(path)
        super().__init__(code, path=shown, **{k: _flat(v) for k, v in params.items()})


def _one_line(text: str, limit: int = 360) -> str:
    """A problem quoting the file's text as one line of at most `limit` characters: line breaks
    and other invisible characters (controls, bidi overrides) shown as escapes."""
    flat = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _flat(value: object) -> object:
    """A parameter quoting the file, each text in it on one line (see _one_line)."""
    if isinstance(value, str):
        return _one_line(value)
    if hasattr(value, "code") and hasattr(value, "params"):  # a Message or an error
        return Message(value.code, **{k: _flat(v) for k, v in value.params.items()})
    return value


@dataclass
class ScorecardFile:
    path: Path
    candidate: dict[str, Any]
    scorecards: list[Interview]


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator  # loaded by the commands that read a file

    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


# --- file <-> domain --------------------------------------------------------------------------
def scorecard_to_dict(interview: Interview) -> dict[str, Any]:
    return {
        "uid": interview.uid, "interviewer": interview.interviewer_name,
        "role_id": interview.role_id, "started_at": interview.started_at,
        "submitted_at": interview.submitted_at, "elapsed_seconds": interview.elapsed_seconds,
        "observations": list(interview.observations), "listen_notes": interview.listen_notes,
        "free_notes": interview.free_notes, "red_flags": list(interview.red_flags),
        "boss_type": interview.boss_type, "team_role": interview.team_role,
        "decision": interview.decision, "decision_reason": interview.decision_reason,
        "answers": [
            {"question_id": a.question_id, "adhoc_text": a.adhoc_text, "dimension": a.dimension,
             "facet": a.facet or "", "weight": a.weight, "position": a.position, "score": a.score,
             "skipped": a.skipped, "notes": a.notes, "seconds": a.seconds}
            for a in interview.answers
        ],
    }


def scorecard_from_dict(data: dict[str, Any]) -> Interview:
    """A submitted Interview not yet in any database (ids 0, no interviewer id)."""
    answers = [
        Answer(question_id=a["question_id"], position=int(a.get("position", index)),
               dimension=a["dimension"], facet=(a.get("facet") or None) if a["dimension"] is None
               else a.get("facet", ""), weight=float(a["weight"]),
               score=None if a["score"] is None else int(a["score"]),
               skipped=bool(a.get("skipped", False)), notes=clean_note(a.get("notes", "")),
               seconds=int(a.get("seconds", 0)),
               adhoc_text=None if a.get("adhoc_text") is None else clean_note(a["adhoc_text"]))
        for index, a in enumerate(data["answers"])
    ]
    return Interview(
        id=0, uid=data["uid"], candidate_id=0, role_id=data["role_id"], interviewer_id=None,
        interviewer_name=clean_name(data["interviewer"]), state="submitted", stage="decide",
        current_question=0, started_at=data["started_at"], updated_at=data["submitted_at"],
        submitted_at=data["submitted_at"], elapsed_seconds=int(data.get("elapsed_seconds", 0)),
        observations=list(data.get("observations", [])),
        red_flags=list(data.get("red_flags", [])), boss_type=data.get("boss_type"),
        team_role=data.get("team_role"), decision=data["decision"],
        answers=sorted(answers, key=lambda a: a.position),
        listen_notes=clean_note(data.get("listen_notes") or ""),
        free_notes=clean_note(data.get("free_notes") or ""),
        decision_reason=clean_note(data.get("decision_reason") or ""),
    )


def document(candidate: dict[str, Any], scorecards: list[Interview], exported_at: str) -> dict:
    return {"format": FORMAT, "exported_at": exported_at,
            "candidate": {key: candidate.get(key) for key in CANDIDATE_FIELDS},
            "scorecards": [scorecard_to_dict(s) for s in scorecards]}


# --- checks -----------------------------------------------------------------------------------
def _json_path(path: list[Any]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _schema_problem(error) -> tuple[list[Any], str]:
    """(path, message in plain words) for one schema error; never repeats a huge value."""
    path, kind, value = list(error.absolute_path), error.validator, error.validator_value
    if kind == "required":
        missing = [p for p in value if p not in (error.instance or {})]
        return [*path, missing[0] if missing else "?"], "is missing"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return [*path, str(extra[0])[:64] if extra else "?"], "is not a known field"
    if kind in ("type", "enum"):
        values = value if isinstance(value, list) else [value]
        names = ["null" if v is None else str(v) for v in values]
        if kind == "type":
            return path, f"must be of type {' or '.join(names)}"
        return path, f"must be one of: {', '.join(names)}"
    messages = {
        "const": f"must be {value!r}",
        "maxLength": f"is longer than {value} characters",
        "minLength": f"is shorter than {value} characters",
        "maxItems": f"has more than {value} entries",
        "minItems": f"needs at least {value} {'entry' if value == 1 else 'entries'}",
        "uniqueItems": "lists the same value twice",
        "minimum": f"must be at least {value}",
        "maximum": f"must be at most {value}",
        "exclusiveMinimum": f"must be more than {value}",
        "pattern": "must not be empty" if value == "\\S" else "is not in the expected form",
    }
    return path, messages.get(kind, error.message[:200])


def _unencodable(value: Any, path: list[Any]) -> list[Any] | None:
    """The path of the first text that is not valid Unicode (a lone surrogate from \\udXXX)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path
    elif isinstance(value, dict):
        for key, item in value.items():
            found = _unencodable(key, path) or _unencodable(item, [*path, key])
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = _unencodable(item, [*path, index])
            if found is not None:
                return found
    return None


def _real_time(value: str) -> bool:
    """A timestamp the schema's pattern lets through is also a real moment (no month 13, no
    offset of 24 hours) that every time zone can show (no year 0 or 10000)."""
    try:
        moment = datetime.fromisoformat(value).astimezone(UTC)
    except (ValueError, OverflowError):
        return False
    return 1900 < moment.year < 9999


def check_document(data: Any, path: Path | str | Message) -> None:
    """Raise ScorecardFileError for the first problem of a parsed scorecard document."""
    if not isinstance(data, dict):
        raise ScorecardFileError(path, "scorecard.not_object", format=FORMAT)
    found = data.get("format")
    if isinstance(found, str) and found.startswith("hiring-scorecard/") and found != FORMAT:
        raise ScorecardFileError(path, "scorecard.format_newer", found=found[:40])
    if found != FORMAT:  # another kind of file: say so, not its 20 differences
        raise ScorecardFileError(path, "scorecard.format_wrong", format=FORMAT)
    bad_text = _unencodable(data, [])
    if bad_text is not None:
        raise ScorecardFileError(path, "scorecard.bad_unicode", where=_json_path(bad_text))
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        where, message = _schema_problem(errors[0])
        extra = len(errors) - 1
        more = Message("file.more_problems", count=extra) if extra else ""
        raise ScorecardFileError(path, "scorecard.field_invalid", where=_json_path(where),
                                 problem=message, more=more)
    times = [(["exported_at"], data.get("exported_at"))] + [
        (["scorecards", index, key], card[key])
        for index, card in enumerate(data["scorecards"]) for key in ("started_at", "submitted_at")]
    for where, value in times:
        if value is not None and not _real_time(value):
            raise ScorecardFileError(path, "scorecard.bad_time", where=_json_path(where))
    names = [(["candidate", "name"], data["candidate"]["name"], "field.candidate_name")] + [
        (["scorecards", index, "interviewer"], card["interviewer"], "field.interviewer_name")
        for index, card in enumerate(data["scorecards"])]
    for where, value, field in names:
        try:
            clean_name(value)
        except BadNameError as problem:
            raise ScorecardFileError(path, "scorecard.name_invalid", where=_json_path(where),
                                     problem=name_refusal(problem, Message(field))) from None
    seen: dict[str, int] = {}
    for index, card in enumerate(data["scorecards"]):
        if card["uid"] in seen:
            raise ScorecardFileError(path, "scorecard.duplicate_uid", index=index,
                                     uid=card["uid"])
        seen[card["uid"]] = index
        questions: set[str] = set()
        for number, answer in enumerate(card["answers"]):
            if answer["question_id"] in questions:
                raise ScorecardFileError(path, "scorecard.duplicate_answer", index=index,
                                         number=number, question_id=answer["question_id"])
            questions.add(answer["question_id"])
            if answer["dimension"] is None and not answer["question_id"].startswith("adhoc-"):
                # a note is an added question kept unscored; a bank question always counts
                raise ScorecardFileError(path, "scorecard.note_on_bank_question", index=index,
                                         number=number, question_id=answer["question_id"])


# --- reading ----------------------------------------------------------------------------------
class _Refused(ValueError):  # noqa: N818 - a refusal, caught within this module
    """Something JSON parsers accept that a scorecard file may not hold."""

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(Message("scorecard_json.duplicate_key", key=repr(key[:64])))
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _Refused(Message("scorecard_json.constant", name=name))


MAX_DEPTH = 20  # a scorecard file is 5 levels deep


def _too_deep(data: Any) -> bool:
    """True when lists and objects nest more than MAX_DEPTH levels (which the JSON parser takes,
    but the checks after it would meet as a RecursionError). Without recursion itself."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (dict, list)):
            if depth > MAX_DEPTH:
                return True
            stack.extend((child, depth + 1)
                         for child in (value.values() if isinstance(value, dict) else value))
    return False


def parse_text(text: str, path: Path | str) -> Any:
    if not text.strip():
        raise ScorecardFileError(path, "scorecard.empty")
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise ScorecardFileError(path, "scorecard.not_json", detail=exc.msg, line=exc.lineno,
                                 column=exc.colno) from exc
    except RecursionError as exc:
        raise ScorecardFileError(path, "scorecard.not_json_deep") from exc
    except _Refused as exc:
        raise ScorecardFileError(path, "scorecard.not_json_because", reason=exc.reason) from exc
    except ValueError as exc:  # an integer with thousands of digits
        raise ScorecardFileError(path, "scorecard.number_too_long") from exc
    if _too_deep(data):
        raise ScorecardFileError(path, "scorecard.too_deep", limit=MAX_DEPTH)
    return data


def read_scorecard_file(path: Path) -> ScorecardFile:
    """Read and check a scorecard file; raise ScorecardFileError naming the first problem."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ScorecardFileError(path, "scorecard.cannot_read", reason=os_reason(exc)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ScorecardFileError(path, "scorecard.too_large",
                                 limit_mb=MAX_FILE_BYTES // 1024 // 1024)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ScorecardFileError(path, "scorecard.not_utf8", byte=exc.start) from exc
    data = parse_text(text, path)
    check_document(data, path)
    candidate = {k: data["candidate"].get(k) for k in CANDIDATE_FIELDS}
    candidate["name"] = clean_name(candidate["name"])
    candidate["phone"] = clean_line(candidate["phone"])  # the e-mail: checked on adding
    return ScorecardFile(path=path, candidate=candidate,
                         scorecards=[scorecard_from_dict(card) for card in data["scorecards"]])
