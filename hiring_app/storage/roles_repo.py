"""Roles and questions in the database. Each row keeps its full content as JSON beside the
columns that are filtered or joined on."""
from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from hiring_app.domain.library import LANGUAGES, Question, RoleProfile
from hiring_app.storage.database import stored, utc_now

BUILTIN, USER = "builtin", "user"
KEEP = object()  # save_role(based_on=KEEP): leave the stored value as it is


def _search_text(role: RoleProfile) -> str:
    texts = [role.id, *(role.name.get(k, "") for k in LANGUAGES),
             *(role.summary.get(k, "") for k in LANGUAGES)]
    return "\n".join(texts).lower()


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def save_role(db: Database, role: RoleProfile, *, origin: str | None = None,
              based_on: str | None | object = KEEP, position: int | None = None) -> None:
    """Insert or replace a role's profile (not its questions). Keeps origin unless given."""
    existing = db.execute("SELECT origin, position, based_on FROM roles WHERE id = ?",
                          [role.id]).fetchone()
    if position is None:
        position = existing[1] if existing else (
            db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM roles").fetchone()[0])
    db.execute(
        "INSERT INTO roles (id, department, origin, based_on, position, data, search_text, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET department=excluded.department,"
        " origin=excluded.origin, based_on=excluded.based_on, position=excluded.position,"
        " data=excluded.data, search_text=excluded.search_text, updated_at=excluded.updated_at",
        [role.id, role.department, origin or (existing[0] if existing else USER),
         (existing[2] if existing else None) if based_on is KEEP else based_on, position,
         _dump(role.to_dict(with_questions=False)), _search_text(role), utc_now()],
    )


def save_question(db: Database, question: Question, role_id: str | None, position: int,
                  origin: str | None = None) -> None:
    existing = db.execute("SELECT origin FROM questions WHERE id = ?", [question.id]).fetchone()
    db.execute(
        "INSERT INTO questions (id, role_id, position, dimension, facet, weight, origin, data, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET role_id=excluded.role_id,"
        " position=excluded.position, dimension=excluded.dimension, facet=excluded.facet,"
        " weight=excluded.weight, origin=excluded.origin, data=excluded.data,"
        " updated_at=excluded.updated_at",
        [question.id, role_id, position, question.dimension, question.facet, question.weight,
         origin or (existing[0] if existing else USER), _dump(question.to_dict()), utc_now()],
    )


def question_owner(db: Database, question_id: str) -> tuple[bool, str | None]:
    """(exists, role id or None for a standard question)."""
    row = db.execute("SELECT role_id FROM questions WHERE id = ?", [question_id]).fetchone()
    return (row is not None, row[0] if row else None)


def questions_of(db: Database, role_id: str | None) -> list[Question]:
    where = "role_id IS NULL" if role_id is None else "role_id = ?"
    rows = db.execute(f"SELECT data FROM questions WHERE {where} ORDER BY position, id",  # noqa: S608
                      [] if role_id is None else [role_id]).fetchall()
    return [stored(r[0], Question.from_dict) for r in rows]


def question_origins(db: Database, role_id: str) -> dict[str, str]:
    rows = db.execute("SELECT id, origin FROM questions WHERE role_id = ?", [role_id]).fetchall()
    return dict(rows)


def role_exists(db: Database, role_id: str) -> bool:
    return db.execute("SELECT 1 FROM roles WHERE id = ?", [role_id]).fetchone() is not None


def get_role(db: Database, role_id: str) -> RoleProfile | None:
    row = db.execute("SELECT data FROM roles WHERE id = ?", [role_id]).fetchone()
    if row is None:
        return None
    role = stored(row[0], RoleProfile.from_dict)
    role.questions = questions_of(db, role_id)
    return role


def get_roles(db: Database, role_ids: list[str]) -> dict[str, RoleProfile]:
    """Several roles with their questions, in two queries (as get_role reads each)."""
    marks = ", ".join("?" * len(role_ids))
    roles = {role_id: stored(data, RoleProfile.from_dict) for role_id, data in db.execute(
        f"SELECT id, data FROM roles WHERE id IN ({marks})", role_ids)}  # noqa: S608 (marks)
    for role in roles.values():
        role.questions = []
    for role_id, data in db.execute(
            f"SELECT role_id, data FROM questions WHERE role_id IN ({marks})"  # noqa: S608
            " ORDER BY role_id, position, id", role_ids):
        roles[role_id].questions.append(stored(data, Question.from_dict))
    return roles


def _named(profile: dict) -> dict:
    """A stored profile with the name and summary the role list shows (KeyError: damaged)."""
    profile["name"], profile["summary"]  # noqa: B018 - read now: a damaged record fails here
    return profile


def role_rows(db: Database) -> list[dict]:
    """Every role's summary row (without questions), in library order."""
    rows = db.execute(
        "SELECT r.id, r.department, r.origin, r.based_on, r.data, r.search_text,"
        " (SELECT COUNT(*) FROM questions q WHERE q.role_id = r.id) AS question_count"
        " FROM roles r ORDER BY r.position, r.id"
    ).fetchall()
    out = []
    for role_id, department, origin, based_on, data, search_text, count in rows:
        profile = stored(data, _named)
        out.append({"id": role_id, "department": department, "origin": origin,
                     "based_on": based_on, "name": profile["name"], "summary": profile["summary"],
                     "search_text": search_text, "question_count": count})
    return out


def delete_role(db: Database, role_id: str) -> None:
    db.execute("DELETE FROM roles WHERE id = ?", [role_id])  # questions cascade


def delete_question(db: Database, question_id: str) -> None:
    db.execute("DELETE FROM questions WHERE id = ?", [question_id])


def role_ids(db: Database, origin: str | None = None) -> list[str]:
    if origin is None:
        return [r[0] for r in db.execute("SELECT id FROM roles ORDER BY position, id")]
    return [r[0] for r in db.execute("SELECT id FROM roles WHERE origin = ? ORDER BY position, id",
                                      [origin])]


def question_ids(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT id FROM questions")}


def role_origin(db: Database, role_id: str) -> str | None:
    row = db.execute("SELECT origin FROM roles WHERE id = ?", [role_id]).fetchone()
    return row[0] if row else None


def role_record(db: Database, role_id: str) -> tuple[str, str | None, int] | None:
    """The role's bookkeeping: (origin, based on, position), or None."""
    row = db.execute("SELECT origin, based_on, position FROM roles WHERE id = ?",
                     [role_id]).fetchone()
    return tuple(row) if row else None


# --- batch readers ------------------------------------------------------------------------------
_CHUNK = 500  # ids per IN (...) list, well below SQLite's limit on bound values


def _chunks(values: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def profiles_of(db: Database, role_ids: Iterable[str]) -> dict[str, RoleProfile]:
    """The roles' profiles without their questions, by id, in one query (unknown ids left out)."""
    wanted = sorted(role_ids)
    if not wanted:
        return {}
    rows = db.execute(f"SELECT id, data FROM roles WHERE id IN ({_marks(wanted)})", wanted)  # noqa: S608
    return {r[0]: stored(r[1], RoleProfile.from_dict) for r in rows}


def profile_rows(db: Database) -> list[tuple[str, str, RoleProfile]]:
    """(id, department, profile without questions) of every role, in library order."""
    return [(role_id, department, stored(data, RoleProfile.from_dict))
            for role_id, department, data in db.execute(
                "SELECT id, department, data FROM roles ORDER BY position, id")]


def question_places(db: Database, question_ids: list[str]) -> dict[str, tuple]:
    """Where each of these questions sits in the library and what it asks:
    {id: (role id or None, the role's position (0 for a standard question), position, text)}.
    One query per 500 ids; questions no longer in the library are left out."""
    out: dict[str, tuple] = {}
    for chunk in _chunks(question_ids):
        for question_id, role_id, role_position, position, text in db.execute(
                "SELECT q.id, q.role_id, COALESCE(r.position, 0), q.position,"  # noqa: S608
                " json_extract(q.data, '$.text') FROM questions q LEFT JOIN roles r"
                f" ON r.id = q.role_id WHERE q.id IN ({_marks(chunk)})", chunk):
            out[question_id] = (role_id, role_position, position,
                                stored(text, dict, {}))
    return out


def questions_by_id(db: Database, question_ids: list[str]) -> dict[str, tuple]:
    """{id: (role id or None, position, the question as stored)}, one query per 500 ids;
    questions no longer in the library are left out."""
    out: dict[str, tuple] = {}
    for chunk in _chunks(question_ids):
        for question_id, owner, position, data in db.execute(
                "SELECT id, role_id, position, data FROM questions"  # noqa: S608
                f" WHERE id IN ({_marks(chunk)})", chunk):  # noqa: S608 - placeholders only
            out[question_id] = (owner, position, stored(data, dict))
    return out


def scoring_questions(db: Database) -> list[tuple[str, str | None, str, str, float]]:
    """(id, role id or None, dimension, facet, weight) of every question, by position."""
    return db.execute("SELECT id, role_id, dimension, facet, weight FROM questions"
                      " ORDER BY position, id").fetchall()
