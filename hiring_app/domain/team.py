"""The team builder's rules: what a stage's team model calls for, what the team as it is lacks,
what moving to another stage adds, and whether a candidate brings a team-role type the team lacks.

Stdlib only. A stage comes from the library (core.yaml `stages`: id, headcount such as "4-8" or
"15+", and the roles it lists). The library gives no count per role, so each listed role needs
DEFAULT_NEED people (one) and the stage's headcount range is the total the model expects; a role
the library someday gives a count (`needs: {role_id: n}` on the stage) uses that count instead.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

DEFAULT_NEED = 1  # people per role a stage lists, when the library gives no count
# The stages a growing shop moves through, smallest first (DOMAIN.md, "Team models by stage").
# Other team models (a B2C site, an agency) are alternatives, not steps on this path.
GROWTH_PATH = ("minimum", "starting", "small", "basic", "eight_person", "mature")
_HEADCOUNT = re.compile(r"^\s*(\d+)\s*(?:([-–~至到])\s*(\d+)|(\+))?\s*$")


@dataclass(frozen=True)
class Headcount:
    """How many people a stage's model has: low..high, high None for "or more"."""

    low: int
    high: int | None

    def holds(self, people: int) -> bool:
        return people >= self.low and (self.high is None or people <= self.high)

    def text(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        return str(self.low) if self.high == self.low else f"{self.low}–{self.high}"


def parse_headcount(text: object) -> Headcount | None:
    """'3' -> 3..3, '4-8' -> 4..8, '15+' -> 15..; None when the text is none of these."""
    match = _HEADCOUNT.match(str(text or ""))
    if not match:
        return None
    low = int(match.group(1))
    if match.group(4):
        return Headcount(low, None)
    high = int(match.group(3)) if match.group(3) else low
    return Headcount(min(low, high), max(low, high))


@dataclass(frozen=True)
class StageModel:
    """A team model: the roles it lists, each with the people it needs, and its headcount."""

    id: str
    roles: tuple[str, ...]
    needs: Mapping[str, int]
    headcount: Headcount | None

    @classmethod
    def from_library(cls, stage: Mapping) -> StageModel:
        roles = tuple(dict.fromkeys(stage.get("roles") or ()))
        # the library's `places` ({role: [fewest, most]}): the fewest is what the model needs
        # (0: a role it adds only when the work calls for it); a role without places: one
        places = stage.get("places") or {}
        needs = {r: max(0, int(places[r][0])) if r in places else DEFAULT_NEED for r in roles}
        return cls(stage["id"], roles, needs, parse_headcount(stage.get("headcount")))

    @property
    def people_needed(self) -> int:
        """The people one of each listed role adds up to (the library's headcount may be lower:
        one person often covers several of a small shop's roles)."""
        return sum(self.needs.values())


@dataclass(frozen=True)
class RoleNeed:
    role_id: str
    needed: int
    have: int

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.have)


@dataclass(frozen=True)
class TeamGaps:
    """The team as it is against a stage's model."""

    stage_id: str
    needs: list[RoleNeed]                 # every role the stage lists, in the stage's order
    beyond: dict[str | None, int]         # people in roles the stage does not list (None: no role)
    people: int
    headcount: Headcount | None
    team_roles: dict[str, int]            # team-role type -> people of that type
    team_roles_missing: list[str]         # types nobody in the team has, in the library's order
    without_team_role: int                # people whose type is not recorded

    @property
    def missing(self) -> list[RoleNeed]:
        return [need for need in self.needs if need.missing]

    @property
    def people_missing(self) -> int:
        return sum(need.missing for need in self.needs)

    @property
    def within_headcount(self) -> bool | None:
        return None if self.headcount is None else self.headcount.holds(self.people)


Member = tuple[str | None, str | None]  # (role id, team-role type) of one person


def team_gaps(model: StageModel, members: Iterable[Member],
              team_role_ids: Sequence[str]) -> TeamGaps:
    """What the team lacks for `model`: people per listed role, and team-role types nobody has."""
    members = list(members)
    by_role = Counter(role for role, _type in members)
    types = Counter(kind for _role, kind in members if kind in team_role_ids)
    return TeamGaps(
        stage_id=model.id,
        needs=[RoleNeed(r, model.needs[r], by_role.get(r, 0)) for r in model.roles],
        beyond={r: n for r, n in by_role.items() if r not in model.needs},
        people=len(members), headcount=model.headcount,
        team_roles={t: types.get(t, 0) for t in team_role_ids},
        team_roles_missing=[t for t in team_role_ids if not types.get(t)],
        without_team_role=sum(1 for _role, kind in members if kind not in team_role_ids))


def next_stage(current: str | None, stage_ids: Sequence[str],
               said: Mapping[str, str] | None = None) -> str | None:
    """The stage after `current`: the one the library names as its `next` (`said`), else the
    next on the growth path (the first one when there is none yet); None at the end of the
    path or for a model off it (a B2C site, an agency)."""
    if current is not None and said and said.get(current) in stage_ids:
        return said[current]
    path = [s for s in GROWTH_PATH if s in stage_ids]
    if current is None:
        return path[0] if path else None
    if current not in path:
        return None
    index = path.index(current)
    return path[index + 1] if index + 1 < len(path) else None


@dataclass(frozen=True)
class StageStep:
    """Moving from one stage's model to another's: the roles it adds (with who the team already
    has in them), the roles it no longer lists, and the headcounts."""

    from_id: str | None
    to_id: str
    added: list[RoleNeed]
    more: list[RoleNeed]      # roles both list, where the target needs more people
    dropped: list[str]
    headcount_from: Headcount | None
    headcount_to: Headcount | None


def what_it_adds(current: StageModel | None, target: StageModel,
                 members: Iterable[Member]) -> StageStep:
    by_role = Counter(role for role, _type in members)
    before = current.needs if current else {}
    return StageStep(
        from_id=current.id if current else None, to_id=target.id,
        added=[RoleNeed(r, target.needs[r], by_role.get(r, 0)) for r in target.roles
               if r not in before],
        more=[RoleNeed(r, target.needs[r], by_role.get(r, 0)) for r in target.roles
              if r in before and target.needs[r] > before[r]],
        dropped=[r for r in (current.roles if current else ()) if r not in target.needs],
        headcount_from=current.headcount if current else None,
        headcount_to=target.headcount)


# --- team fit at Assess -----------------------------------------------------------------------
@dataclass(frozen=True)
class TeamFit:
    """Where a candidate's team-role type stands against the team as it is."""

    candidate_type: str | None
    present: dict[str, int] = field(default_factory=dict)   # type -> people, library order
    missing: list[str] = field(default_factory=list)

    @property
    def brings_missing(self) -> bool | None:
        """True: the type nobody in the team has; False: the team has it; None: no type
        chosen, or no team recorded (nothing to compare with)."""
        if self.candidate_type is None or not sum(self.present.values()):
            return None
        return self.candidate_type in self.missing

    @property
    def already(self) -> int:
        """People of the candidate's type already in the team."""
        return self.present.get(self.candidate_type or "", 0)


def team_fit(member_types: Iterable[str | None], team_role_ids: Sequence[str],
             candidate_type: str | None) -> TeamFit:
    """Seek the type the team lacks: whether `candidate_type` is one nobody in the team has."""
    types = Counter(t for t in member_types if t in team_role_ids)
    return TeamFit(candidate_type if candidate_type in team_role_ids else None,
                   {t: types.get(t, 0) for t in team_role_ids},
                   [t for t in team_role_ids if not types.get(t)])
