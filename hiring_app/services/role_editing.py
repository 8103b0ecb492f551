"""Editing roles and questions. Every edit is 'replace this role's snapshot with that one', so
one mechanism serves editing, duplicating, reordering, deleting, and undoing each of them."""
from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from hiring_app.content.loader import FORMAT, BankFileError, builtin_vocabulary, check_bank_data
from hiring_app.domain.library import LANGUAGES, RoleProfile
from hiring_app.errors import NotFoundError, UserError
from hiring_app.services.changes import Change, changes
from hiring_app.storage import candidates_repo
from hiring_app.storage import roles_repo as repo
from hiring_app.storage.roles_repo import BUILTIN, USER


@dataclass
class RoleSnapshot:
    """A role as stored: its profile with questions, and the bookkeeping around it."""

    role: dict
    origin: str = USER
    based_on: str | None = None
    position: int | None = None
    question_origins: dict[str, str] = field(default_factory=dict)

    def copy(self) -> RoleSnapshot:
        return copy.deepcopy(self)

    @property
    def questions(self) -> list[dict]:
        return self.role["questions"]


class RoleInUseError(UserError):
    kind = "role_in_use"


def snapshot(db: Database, role_id: str) -> RoleSnapshot | None:
    role = repo.get_role(db, role_id)
    if role is None:
        return None
    record = repo.role_record(db, role_id)
    if record is None:
        return None
    origin, based_on, position = record
    return RoleSnapshot(role=role.to_dict(), origin=origin, based_on=based_on, position=position,
                        question_origins=repo.question_origins(db, role_id))


def validate(snap: RoleSnapshot) -> RoleProfile:
    """The same checks as an imported file, so whatever is saved also exports and imports."""
    data = json.loads(json.dumps({"format": FORMAT, "roles": [snap.role]}))  # plain, unshared
    try:
        return check_bank_data(data, "(edit)", builtin_vocabulary()).roles[0]
    except BankFileError as error:  # the same issues, said as a refused edit
        raise BankFileError(error.issues, "role.edit_invalid") from None


@changes(Change.ROLES, Change.QUESTIONS)
def apply(db: Database, role_id: str, snap: RoleSnapshot | None) -> None:
    """Make the stored role equal to `snap` (None: delete it), in one transaction."""
    with db.atomic():
        if snap is None:
            if repo.role_origin(db, role_id) == BUILTIN:
                raise UserError("role.builtin", role_id=role_id)
            in_use = candidates_repo.count_with_role(db, role_id)
            if in_use:
                raise RoleInUseError("role.in_use", role_id=role_id, count=in_use)
            repo.delete_role(db, role_id)
            return
        role = validate(snap)
        taken = [q.id for q in role.questions
                 if repo.question_owner(db, q.id)[0] and repo.question_owner(db, q.id)[1] != role_id]
        if taken:
            raise UserError("question.id_taken", question_id=taken[0])
        repo.save_role(db, role, origin=snap.origin, based_on=snap.based_on,
                       position=snap.position)
        keep = {q.id for q in role.questions}
        for question_id in repo.question_origins(db, role_id):
            if question_id not in keep:
                repo.delete_question(db, question_id)
        for position, question in enumerate(role.questions):
            repo.save_question(db, question, role_id, position,
                               origin=snap.question_origins.get(question.id, USER))


def _used_ids(db: Database, table: str) -> set[str]:
    """Every id in use in `table` ("roles" or "questions")."""
    if table == "roles":
        return set(repo.role_ids(db))
    if table == "questions":
        return repo.question_ids(db)
    raise ValueError(f"no ids kept in {table!r}")


def unique_id(db: Database, table: str, base: str,
              extra: Iterable[str] = frozenset()) -> str:
    used = _used_ids(db, table) | set(extra)
    base = base[:56]
    if base not in used:
        return base
    n = 2
    while f"{base}_{n}" in used:
        n += 1
    return f"{base}_{n}"


def new_question_id(db: Database, snap: RoleSnapshot) -> str:
    role_id = snap.role["id"]
    taken = {q["id"] for q in snap.questions}
    return unique_id(db, "questions", f"{role_id}_q{len(snap.questions) + 1}", taken)


def duplicate(db: Database, role_id: str, name_suffix: dict[str, str]) -> RoleSnapshot:
    """A user-owned copy of a role, with copies of its questions under new ids."""
    source = snapshot(db, role_id)
    if source is None:
        raise NotFoundError("role.not_found", role_id=role_id)
    new_id = unique_id(db, "roles", f"{role_id}_copy")
    role = copy.deepcopy(source.role)
    role["id"] = new_id
    role["name"] = {k: f"{v}{name_suffix.get(k, '')}" for k, v in role["name"].items()}
    taken: set[str] = set()
    for index, question in enumerate(role["questions"], start=1):
        question["id"] = unique_id(db, "questions", f"{new_id}_q{index}", taken)
        taken.add(question["id"])
    return RoleSnapshot(role=role, origin=USER, based_on=role_id, position=None,
                        question_origins={})


def blank_role(db: Database, department: str, name: dict[str, str]) -> RoleSnapshot:
    vocabulary = builtin_vocabulary()
    base = "custom_role"
    role = {
        "id": unique_id(db, "roles", base), "department": department, "name": dict(name),
        "summary": dict(name), "duties": [], "kpis": [],
        "pay_model": vocabulary.pay_models[0]["id"], "stages": [],
        "attitude_facets": [], "ability_facets": [],
        "thresholds": {"attitude": 3, "ability": 3}, "questions": [],
    }
    return RoleSnapshot(role=role, origin=USER)


def fill_languages(text: dict[str, str]) -> dict[str, str]:
    """A text typed in one language is used for the others until someone translates it."""
    first = next((text[k].strip() for k in LANGUAGES if (text.get(k) or "").strip()), "")
    return {k: (text.get(k) or "").strip() or first for k in LANGUAGES}


def move_question(snap: RoleSnapshot, index: int, offset: int) -> RoleSnapshot | None:
    target = index + offset
    if not (0 <= index < len(snap.questions) and 0 <= target < len(snap.questions)):
        return None
    after = snap.copy()
    questions = after.questions
    questions[index], questions[target] = questions[target], questions[index]
    return after


def dumps(snap: RoleSnapshot | None) -> str:
    return "null" if snap is None else json.dumps(snap.role, ensure_ascii=False, sort_keys=True)
