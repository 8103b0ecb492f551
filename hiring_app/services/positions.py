"""Open positions: a role, a number of places, a target date and a note. Candidates apply to a
position; a place is filled by a candidate of the position who was hired; a closed position
takes no more applicants."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from hiring_app.domain.codes import Status
from hiring_app.domain.text import clean_note
from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import candidates as candidate_service
from hiring_app.services.changes import Change, changes
from hiring_app.storage import roles_repo, team_repo
from hiring_app.storage.database import utc_now

MAX_PLACES = 999
MAX_NOTE = 500


@dataclass(frozen=True)
class Position:
    id: int
    role_id: str | None
    places: int
    target_date: str | None
    note: str
    opened_at: str
    closed_at: str | None
    applied: int
    filled: int

    @property
    def open_places(self) -> int:
        return 0 if self.closed_at else max(0, self.places - self.filled)

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


def list_positions(db: Database, include_closed: bool = True) -> list[Position]:
    """Open positions first, then closed ones, each by id."""
    return [Position(**row) for row in team_repo.positions(db, Status.HIRED, include_closed)]


def get_position(db: Database, position_id: int) -> Position:
    row = team_repo.get_position(db, position_id, Status.HIRED)
    if row is None:
        raise NotFoundError("position.not_found", position_id=position_id)
    return Position(**row)


def checked_date(value: str | date | None) -> str | None:
    """A target date as stored (YYYY-MM-DD), or None; anything else is refused."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UserError("position.date_invalid", value=value) from None


@changes(Change.TEAM)
def add_position(db: Database, role_id: str, places: int, target_date: str | date | None = None,
                 note: str = "") -> int:
    """Open a position; returns its id."""
    if not role_id or not roles_repo.role_exists(db, role_id):
        raise NotFoundError("role.not_found", role_id=role_id or "")
    try:
        places = int(places)
    except (TypeError, ValueError):
        raise UserError("position.places_range", low=1, high=MAX_PLACES) from None
    if not 1 <= places <= MAX_PLACES:
        raise UserError("position.places_range", low=1, high=MAX_PLACES)
    when = checked_date(target_date)
    note = clean_note(note or "").strip()
    if len(note) > MAX_NOTE:
        raise UserError("position.note_too_long", limit=MAX_NOTE)
    with db.atomic():
        return team_repo.insert_position(db, role_id, places, when, note, utc_now())


@changes(Change.TEAM)
def close_position(db: Database, position_id: int) -> Position:
    position = get_position(db, position_id)
    if position.closed:
        raise UserError("position.already_closed", position_id=position_id)
    with db.atomic():
        team_repo.close_position(db, position_id, utc_now())
    return get_position(db, position_id)


@changes(Change.CANDIDATES, Change.TEAM)
def apply_to(db: Database, candidate_id: int, position_id: int | None) -> None:
    """The candidate applies to the position (None: to none). A candidate without a role takes
    the position's role; one considered for another role, or a closed position, is refused."""
    candidate = candidate_service.get_candidate(db, candidate_id)
    role_id = None
    if position_id is not None:
        position = get_position(db, position_id)
        if position.closed and candidate.get("position_id") != position_id:
            raise UserError("position.closed", position_id=position_id)
        if candidate["role_id"] and position.role_id and candidate["role_id"] != position.role_id:
            role = roles_repo.get_role(db, position.role_id)
            theirs = roles_repo.get_role(db, candidate["role_id"])
            raise UserError("position.other_role", name=candidate["name"],
                            their_role=theirs.name if theirs else candidate["role_id"],
                            role=role.name if role else position.role_id)
        role_id = position.role_id
    with db.atomic():
        team_repo.set_candidate_position(db, candidate_id, position_id, role_id, utc_now())


def position_of(db: Database, candidate_id: int) -> int | None:
    return team_repo.candidate_position(db, candidate_id)


def positions_by_candidate(db: Database) -> dict[int, int]:
    return team_repo.positions_by_candidate(db)


def applicants(db: Database, position_id: int) -> list[dict]:
    """The position's candidates: id, name, status."""
    get_position(db, position_id)
    return team_repo.applicants(db, position_id)


def best_of_position(db: Database, position_id: int, limit: int = 20) -> list[int]:
    """The position's candidates with a submitted scorecard, ranked as Compare ranks a role's."""
    from hiring_app.services.compare import best_of_role

    position = get_position(db, position_id)
    if position.role_id is None:
        return []
    applied = {a["id"] for a in team_repo.applicants(db, position_id)}
    ranked = best_of_role(db, position.role_id, limit=10 ** 9)  # all of them, ranked
    return [i for i in ranked if i in applied][:limit]
