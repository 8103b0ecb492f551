"""The team builder's statements: the company profile (one row), team members, open positions
and the candidates who applied to them, and onboarding plans (one per candidate)."""
from __future__ import annotations

from sqlite_utils import Database

from hiring_app.storage.database import inserted_id


def _rows(db: Database, sql: str, params: list | None = None) -> list[dict]:
    cursor = db.execute(sql, params or [])
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


def _one(db: Database, sql: str, params: list) -> dict | None:
    rows = _rows(db, sql, params)
    return rows[0] if rows else None


# --- the company profile ------------------------------------------------------------------------
def get_profile(db: Database) -> dict | None:
    return _one(db, "SELECT stage, boss_type, company_values, updated_at FROM company_profile"
                    " WHERE id = 1", [])


def save_profile(db: Database, stage: str | None, boss_type: str | None, values: str,
                 updated_at: str) -> None:
    db.execute("INSERT INTO company_profile (id, stage, boss_type, company_values, updated_at)"
               " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET stage = excluded.stage,"
               " boss_type = excluded.boss_type, company_values = excluded.company_values,"
               " updated_at = excluded.updated_at", [stage, boss_type, values, updated_at])


# --- team members -------------------------------------------------------------------------------
def insert_member(db: Database, name: str, role_id: str | None, team_role: str | None,
                  now: str, member_id: int | None = None) -> int:
    row: dict[str, object] = {"name": name, "role_id": role_id, "team_role": team_role,
                              "created_at": now, "updated_at": now}
    if member_id is not None:  # put back as it was (undo of a removal)
        row["id"] = member_id
    return inserted_id(db.table("team_members").insert(row))


def update_member(db: Database, member_id: int, name: str, role_id: str | None,
                  team_role: str | None, now: str) -> bool:
    cursor = db.execute("UPDATE team_members SET name = ?, role_id = ?, team_role = ?,"
                        " updated_at = ? WHERE id = ?", [name, role_id, team_role, now, member_id])
    return bool(cursor.rowcount)


def delete_member(db: Database, member_id: int) -> bool:
    return bool(db.execute("DELETE FROM team_members WHERE id = ?", [member_id]).rowcount)


def get_member(db: Database, member_id: int) -> dict | None:
    return _one(db, "SELECT id, name, role_id, team_role FROM team_members WHERE id = ?",
                [member_id])


def members(db: Database) -> list[dict]:
    return _rows(db, "SELECT id, name, role_id, team_role FROM team_members ORDER BY id")


def member_id_taken(db: Database, member_id: int) -> bool:
    return db.execute("SELECT 1 FROM team_members WHERE id = ?", [member_id]).fetchone() is not None


# --- positions ----------------------------------------------------------------------------------
_POSITIONS = """
SELECT p.id, p.role_id, p.places, p.target_date, p.note, p.opened_at, p.closed_at,
       (SELECT COUNT(*) FROM candidates c WHERE c.position_id = p.id) AS applied,
       (SELECT COUNT(*) FROM candidates c WHERE c.position_id = p.id AND c.status = ?) AS filled
FROM positions p
"""


def insert_position(db: Database, role_id: str, places: int, target_date: str | None,
                    note: str, now: str) -> int:
    return inserted_id(db.table("positions").insert({
        "role_id": role_id, "places": places, "target_date": target_date, "note": note,
        "opened_at": now, "closed_at": None}))


def positions(db: Database, hired_status: str, include_closed: bool = True) -> list[dict]:
    where = "" if include_closed else " WHERE p.closed_at IS NULL"
    return _rows(db, _POSITIONS + where + " ORDER BY p.closed_at IS NOT NULL, p.id",
                 [hired_status])


def get_position(db: Database, position_id: int, hired_status: str) -> dict | None:
    return _one(db, _POSITIONS + " WHERE p.id = ?", [hired_status, position_id])


def close_position(db: Database, position_id: int, now: str) -> None:
    db.execute("UPDATE positions SET closed_at = ? WHERE id = ?", [now, position_id])


def set_candidate_position(db: Database, candidate_id: int, position_id: int | None,
                           role_id: str | None, now: str) -> None:
    db.execute("UPDATE candidates SET position_id = ?, role_id = COALESCE(?, role_id),"
               " updated_at = ? WHERE id = ?", [position_id, role_id, now, candidate_id])


def candidate_position(db: Database, candidate_id: int) -> int | None:
    row = db.execute("SELECT position_id FROM candidates WHERE id = ?", [candidate_id]).fetchone()
    return row[0] if row else None


def positions_by_candidate(db: Database) -> dict[int, int]:
    """Candidate id -> position id, for the candidates who applied to one."""
    return dict(db.execute("SELECT id, position_id FROM candidates"
                           " WHERE position_id IS NOT NULL").fetchall())


def applicants(db: Database, position_id: int) -> list[dict]:
    return _rows(db, "SELECT id, name, status FROM candidates WHERE position_id = ?"
                     " ORDER BY id", [position_id])


# --- onboarding plans ---------------------------------------------------------------------------
_PLAN_KEYS = ("candidate_id", "mentor", "start_date", "review_date", "talks_per_month", "goals",
              "responsibilities", "updated_at")


def get_plan(db: Database, candidate_id: int) -> dict | None:
    return _one(db, f"SELECT {', '.join(_PLAN_KEYS)} FROM onboarding_plans"  # noqa: S608
                    " WHERE candidate_id = ?", [candidate_id])


def save_plan(db: Database, row: dict) -> None:
    values = [row[k] for k in _PLAN_KEYS]
    db.execute(f"INSERT INTO onboarding_plans ({', '.join(_PLAN_KEYS)}) VALUES"  # noqa: S608
               f" ({', '.join('?' * len(_PLAN_KEYS))}) ON CONFLICT (candidate_id) DO UPDATE SET"
               " mentor = excluded.mentor, start_date = excluded.start_date,"
               " review_date = excluded.review_date,"
               " talks_per_month = excluded.talks_per_month, goals = excluded.goals,"
               " responsibilities = excluded.responsibilities,"
               " updated_at = excluded.updated_at", values)


def delete_plan(db: Database, candidate_id: int) -> bool:
    return bool(db.execute("DELETE FROM onboarding_plans WHERE candidate_id = ?",
                           [candidate_id]).rowcount)


def candidates_with_plans(db: Database) -> list[int]:
    return [r[0] for r in db.execute("SELECT candidate_id FROM onboarding_plans"
                                     " ORDER BY candidate_id")]
