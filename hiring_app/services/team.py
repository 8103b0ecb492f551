"""The company and its team: the profile (stage, boss's style, values in its own words), the
people who work here with their roles and team-role types, and what the stage's team model calls
for (domain.team). Team members are people: their names are cleaned like candidates' names and
never logged; removing one deletes the row (overwritten on disk: secure_delete)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain import team as rules
from hiring_app.domain.library import Library, text_in
from hiring_app.domain.text import clean_note
from hiring_app.errors import NotFoundError, UserError, checked_name
from hiring_app.i18n import Message
from hiring_app.services.changes import Change, changes
from hiring_app.storage import roles_repo, team_repo
from hiring_app.storage.database import utc_now

MAX_NAME = 100
MAX_VALUES = 2000
KEEP = object()  # set_profile: leave this part as it is


@dataclass(frozen=True)
class CompanyProfile:
    stage: str | None = None
    boss_type: str | None = None
    values: str = ""


@dataclass(frozen=True)
class TeamMember:
    id: int
    name: str
    role_id: str | None
    team_role: str | None


def vocabulary() -> Library:
    return builtin_vocabulary()


# --- the profile --------------------------------------------------------------------------------
def profile(db: Database) -> CompanyProfile:
    row = team_repo.get_profile(db)
    if row is None:
        return CompanyProfile()
    return CompanyProfile(row["stage"], row["boss_type"], row["company_values"] or "")


def _known(section: str, value: str | None) -> tuple[str | None, list[str]]:
    """(the id or None, the ids the section offers); the caller refuses one not among them."""
    value = (value or "").strip() or None
    return value, sorted(vocabulary().ids(section))


def _checked_stage(value: str | None) -> str | None:
    value, choices = _known("stages", value)
    if value is not None and value not in choices:
        raise UserError("team.stage_unknown", value=value, choices=choices)
    return value


def _checked_boss(value: str | None) -> str | None:
    value, choices = _known("boss_types", value)
    if value is not None and value not in choices:
        raise UserError("team.boss_unknown", value=value, choices=choices)
    return value


def _checked_team_role(value: str | None) -> str | None:
    value, choices = _known("team_roles", value)
    if value is not None and value not in choices:
        raise UserError("team.team_role_unknown", value=value, choices=choices)
    return value


@changes(Change.TEAM)
def set_profile(db: Database, *, stage: object = KEEP, boss_type: object = KEEP,
                values: object = KEEP) -> CompanyProfile:
    """Change any part of the profile; the others stay. Unknown ids are refused."""
    now = profile(db)
    new_stage = now.stage if stage is KEEP else _checked_stage(stage)  # type: ignore[arg-type]
    new_boss = now.boss_type if boss_type is KEEP else _checked_boss(boss_type)  # type: ignore[arg-type]
    new_values = now.values if values is KEEP else clean_note(str(values or "")).strip()
    if len(new_values) > MAX_VALUES:
        raise UserError("team.values_too_long", limit=MAX_VALUES)
    with db.atomic():
        team_repo.save_profile(db, new_stage, new_boss, new_values, utc_now())
    return CompanyProfile(new_stage, new_boss, new_values)


@changes(Change.TEAM)
def set_stage(db: Database, stage: str | None) -> CompanyProfile:
    return set_profile(db, stage=stage)


# --- the team -----------------------------------------------------------------------------------
def members(db: Database) -> list[TeamMember]:
    return [TeamMember(**row) for row in team_repo.members(db)]


def _member_fields(db: Database, name: str, role_id: str | None,
                   team_role: str | None) -> tuple[str, str | None, str | None]:
    name = checked_name(name, Message("field.member_name"))
    if not name:
        raise UserError("team.name_missing")
    if len(name) > MAX_NAME:
        raise UserError("team.name_too_long", limit=MAX_NAME)
    role_id = (role_id or "").strip() or None
    if role_id is not None and not roles_repo.role_exists(db, role_id):
        raise NotFoundError("role.not_found", role_id=role_id)
    team_role = _checked_team_role(team_role)
    return name, role_id, team_role


@changes(Change.TEAM)
def add_member(db: Database, name: str, role_id: str | None, team_role: str | None = None,
               *, member_id: int | None = None) -> int:
    """Add someone who works here; returns their id. `member_id` puts back someone removed
    (undo), under the id they had when it is free."""
    name, role_id, team_role = _member_fields(db, name, role_id, team_role)
    if member_id is not None and team_repo.member_id_taken(db, member_id):
        member_id = None
    with db.atomic():
        return team_repo.insert_member(db, name, role_id, team_role, utc_now(), member_id)


def get_member(db: Database, member_id: int) -> TeamMember:
    row = team_repo.get_member(db, member_id)
    if row is None:
        raise NotFoundError("team.member_not_found", member_id=member_id)
    return TeamMember(**row)


@changes(Change.TEAM)
def edit_member(db: Database, member_id: int, name: str, role_id: str | None,
                team_role: str | None) -> TeamMember:
    get_member(db, member_id)
    name, role_id, team_role = _member_fields(db, name, role_id, team_role)
    with db.atomic():
        team_repo.update_member(db, member_id, name, role_id, team_role, utc_now())
    return TeamMember(member_id, name, role_id, team_role)


@changes(Change.TEAM)
def remove_member(db: Database, member_id: int) -> TeamMember:
    """Remove someone from the team completely; returns what was removed (for undo)."""
    member = get_member(db, member_id)
    with db.atomic():
        team_repo.delete_member(db, member_id)
    return member


# --- what the stage calls for -------------------------------------------------------------------
def stage_model(stage_id: str) -> rules.StageModel:
    _checked_stage(stage_id)
    stage = vocabulary().lookup("stages", stage_id) or {"id": stage_id}
    return rules.StageModel.from_library(stage)


def stage_ids() -> list[str]:
    return [s["id"] for s in vocabulary().stages]


def _people(team: list[TeamMember]) -> list[rules.Member]:
    return [(m.role_id, m.team_role) for m in team]


def gaps(db: Database, stage_id: str | None = None,
         team: list[TeamMember] | None = None) -> rules.TeamGaps | None:
    """The team against the model of `stage_id` (the profile's stage by default); None when
    the company has no stage yet."""
    stage_id = stage_id or profile(db).stage
    if stage_id is None:
        return None
    team = members(db) if team is None else team
    return rules.team_gaps(stage_model(stage_id), _people(team),
                           [t["id"] for t in vocabulary().team_roles])


def next_stage_of(stage_id: str | None) -> str | None:
    said = {s["id"]: s["next"] for s in vocabulary().stages if s.get("next")}
    return rules.next_stage(stage_id, stage_ids(), said)


def step(db: Database, target: str, current: str | None | object = KEEP,
         team: list[TeamMember] | None = None) -> rules.StageStep:
    """What moving to `target` adds to the profile's stage (or to `current`)."""
    chosen = profile(db).stage if current is KEEP else current
    current_id = chosen if isinstance(chosen, str) else None
    team = members(db) if team is None else team
    return rules.what_it_adds(stage_model(current_id) if current_id else None,
                              stage_model(target), _people(team))


def fit(db: Database, candidate_type: str | None) -> rules.TeamFit:
    """Team fit at Assess: whether the candidate's team-role type is one the team lacks."""
    return fit_among(members(db), candidate_type)


def fit_among(team: list[TeamMember], candidate_type: str | None) -> rules.TeamFit:
    """fit() over a team already read (the window re-renders without reading again)."""
    return rules.team_fit([m.team_role for m in team],
                          [t["id"] for t in vocabulary().team_roles], candidate_type)


# --- the whole picture, for `team show` --------------------------------------------------------
def summary(db: Database, language: str) -> dict:
    """The profile, the team and the gaps as plain data (names in `language`)."""
    v = vocabulary()
    now = profile(db)
    team = members(db)
    role_names = {r["id"]: text_in(r["name"], language) for r in roles_repo.role_rows(db)}
    found = gaps(db, team=team)
    upcoming = next_stage_of(now.stage)
    out: dict = {
        "stage": now.stage, "stage_name": v.name_of("stages", now.stage, language)
        if now.stage else None,
        "boss_type": now.boss_type,
        "boss_type_name": v.name_of("boss_types", now.boss_type, language)
        if now.boss_type else None,
        "values": now.values,
        "members": [{"id": m.id, "name": m.name, "role_id": m.role_id,
                     "role": role_names.get(m.role_id or "", m.role_id),
                     "team_role": m.team_role,
                     "team_role_name": v.name_of("team_roles", m.team_role, language)
                     if m.team_role else None} for m in team],
        "gaps": None, "next_stage": upcoming,
    }
    if found is not None:
        out["gaps"] = {
            "headcount": found.headcount.text() if found.headcount else None,
            "people": found.people, "within_headcount": found.within_headcount,
            "roles": [{"role_id": n.role_id, "role": role_names.get(n.role_id, n.role_id),
                       "needed": n.needed, "have": n.have, "missing": n.missing}
                      for n in found.needs],
            "missing_roles": [n.role_id for n in found.missing],
            "beyond_stage": {str(k): n for k, n in found.beyond.items()},
            "team_roles": found.team_roles,
            "team_roles_missing": found.team_roles_missing,
        }
    if upcoming is not None:
        adds = step(db, upcoming, now.stage, team)
        out["next_stage_adds"] = [{"role_id": n.role_id,
                                   "role": role_names.get(n.role_id, n.role_id),
                                   "needed": n.needed, "have": n.have} for n in adds.added]
    return out
