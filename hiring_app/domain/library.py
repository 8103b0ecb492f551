"""The role library as domain objects: role profiles, questions and the shared vocabularies.

Texts are mappings {"zh": ..., "en": ..., "es": ...}. Objects keep their fields in the order of
the bank file format, so that writing one back gives the same file.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hiring_app.domain.matrix import DEFAULT_ABILITY_FLOOR, DEFAULT_MIN_ANSWERS, Thresholds

LANGUAGES = ("zh", "en", "es")
I18n = dict[str, str]
# Role families: entry jobs (warehouse, packers, pickers, junior customer service), specialists,
# and those who lead people (leads, managers, directors). A question's guide may differ by family.
FRONTLINE, SPECIALIST, MANAGER = "frontline", "specialist", "manager"
FAMILIES = (FRONTLINE, SPECIALIST, MANAGER)
DEFAULT_FAMILY = SPECIALIST


def text_in(value: I18n | None, language: str) -> str:
    """The text in `language`, falling back to Chinese, then English, then anything."""
    if not value:
        return ""
    for key in (language, "zh", "en", *LANGUAGES):
        if value.get(key):
            return value[key]
    return ""


def plain_number(value: float) -> float | int:
    """3.0 -> 3, so files say `weight: 3` as a person would write it."""
    return int(value) if float(value).is_integer() else value


@dataclass
class Question:
    id: str
    dimension: str
    facet: str
    kind: str
    weight: float
    text: I18n
    listen_for: I18n
    follow_ups: list[I18n]
    scoring: dict[str, I18n]
    reveals: I18n | None = None
    # Scored KNOCKOUT_MAX_SCORE (matrix.py) or lower, this answer alone turns the candidate down.
    knockout: bool = False
    # Variants of the guide per role family: {family: {"listen_for": I18n,
    # "scoring": {"1": I18n, "3": I18n, "5": I18n}}}, either part optional (see guide()).
    by_family: dict[str, dict] = field(default_factory=dict)
    # Ids of the library's `do_not_ask` topics an answer to this question may drift into (a
    # career plan may bring up private life): the interviewer neither probes nor records them.
    do_not_record: list[str] = field(default_factory=list)

    FIELDS = ("id", "dimension", "facet", "kind", "weight", "knockout", "text", "reveals",
              "listen_for", "do_not_record", "follow_ups", "scoring", "by_family")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            id=data["id"], dimension=data["dimension"], facet=data["facet"], kind=data["kind"],
            weight=float(data["weight"]), text=dict(data["text"]),
            listen_for=dict(data["listen_for"]),
            follow_ups=[dict(f) for f in data.get("follow_ups", [])],
            scoring={str(k): dict(v) for k, v in data["scoring"].items()},
            reveals=dict(data["reveals"]) if data.get("reveals") else None,
            knockout=bool(data.get("knockout", False)),
            by_family={family: _variant_from(variant)
                       for family, variant in (data.get("by_family") or {}).items()},
            do_not_record=list(data.get("do_not_record") or []),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "dimension": self.dimension, "facet": self.facet, "kind": self.kind,
            "weight": plain_number(self.weight),
        }
        if self.knockout:
            out["knockout"] = True
        out["text"] = self.text
        if self.reveals:
            out["reveals"] = self.reveals
        out["listen_for"] = self.listen_for
        if self.do_not_record:
            out["do_not_record"] = self.do_not_record
        out["follow_ups"] = self.follow_ups
        out["scoring"] = _sorted_scoring(self.scoring)
        if self.by_family:
            out["by_family"] = {family: _variant_to(self.by_family[family])
                                for family in sorted(self.by_family, key=_family_order)}
        return out

    def guide(self, family: str) -> tuple[I18n, dict[str, I18n]]:
        """(listen_for, scoring) for a role of `family`: the family's variant where it has one,
        the question's own guide otherwise (part by part)."""
        variant = self.by_family.get(family) or {}
        return (variant.get("listen_for") or self.listen_for,
                variant.get("scoring") or self.scoring)


def _family_order(family: str) -> int:
    return FAMILIES.index(family) if family in FAMILIES else len(FAMILIES)


def _sorted_scoring(scoring: dict[str, I18n]) -> dict[str, I18n]:
    return {k: scoring[k] for k in sorted(scoring, key=int)}


def _variant_from(data: dict[str, Any]) -> dict[str, Any]:
    variant: dict[str, Any] = {}
    if data.get("listen_for"):
        variant["listen_for"] = dict(data["listen_for"])
    if data.get("scoring"):
        variant["scoring"] = {str(k): dict(v) for k, v in data["scoring"].items()}
    return variant


def _variant_to(variant: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if variant.get("listen_for"):
        out["listen_for"] = variant["listen_for"]
    if variant.get("scoring"):
        out["scoring"] = _sorted_scoring(variant["scoring"])
    return out


def knockout_ids(questions: Iterable[Question]) -> frozenset[str]:
    """The ids of the knock-out questions among `questions` (a role's, the standard ones, or an
    interview's whole list)."""
    return frozenset(q.id for q in questions if q.knockout)


@dataclass
class RoleProfile:
    id: str
    department: str
    name: I18n
    summary: I18n
    duties: list[I18n]
    kpis: list[I18n]
    pay_model: str
    # The team models (Library.stages) this role belongs to. Bank files may leave it out: the
    # loader then derives it from the team models' role lists (Library.stages_of), so the two
    # cannot disagree; a file that still states it must agree with them.
    stages: list[str]
    attitude_facets: list[str]
    ability_facets: list[str]
    thresholds: Thresholds
    settings: list[str] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    family: str = DEFAULT_FAMILY  # one of FAMILIES
    # Why the attitude bar may be lower than the ability bar (required when it is).
    threshold_reason: I18n | None = None
    # Red flags that turn a candidate down for this role, on top of the library's knock-out flags.
    knockout_flags: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoleProfile:
        thresholds = data.get("thresholds") or {}
        return cls(
            id=data["id"], department=data["department"], name=dict(data["name"]),
            summary=dict(data["summary"]), duties=[dict(d) for d in data["duties"]],
            kpis=[dict(k) for k in data["kpis"]], pay_model=data["pay_model"],
            stages=list(data.get("stages") or []), attitude_facets=list(data["attitude_facets"]),
            ability_facets=list(data["ability_facets"]),
            thresholds=Thresholds(
                float(thresholds.get("attitude", 3.0)), float(thresholds.get("ability", 3.0)),
                float(thresholds.get("ability_floor", DEFAULT_ABILITY_FLOOR)),
                int(thresholds.get("min_answers", DEFAULT_MIN_ANSWERS))),
            settings=list(data.get("settings") or []),
            questions=[Question.from_dict(q) for q in data.get("questions", [])],
            family=data.get("family") or DEFAULT_FAMILY,
            threshold_reason=dict(thresholds["reason"]) if thresholds.get("reason") else None,
            knockout_flags=list(data.get("knockout_flags") or []),
        )

    def to_dict(self, with_questions: bool = True) -> dict[str, Any]:
        """The role as the bank file writes it; optional fields only when not their default."""
        out: dict[str, Any] = {"id": self.id, "department": self.department}
        if self.family != DEFAULT_FAMILY:
            out["family"] = self.family
        if self.settings:
            out["settings"] = self.settings
        thresholds: dict[str, Any] = {"attitude": plain_number(self.thresholds.attitude),
                                      "ability": plain_number(self.thresholds.ability)}
        if self.thresholds.ability_floor != DEFAULT_ABILITY_FLOOR:
            thresholds["ability_floor"] = plain_number(self.thresholds.ability_floor)
        if self.thresholds.min_answers != DEFAULT_MIN_ANSWERS:
            thresholds["min_answers"] = self.thresholds.min_answers
        if self.threshold_reason:
            thresholds["reason"] = self.threshold_reason
        out.update({
            "name": self.name, "summary": self.summary, "duties": self.duties, "kpis": self.kpis,
            "pay_model": self.pay_model, "stages": self.stages,
            "attitude_facets": self.attitude_facets, "ability_facets": self.ability_facets,
            "thresholds": thresholds,
        })
        if self.knockout_flags:
            out["knockout_flags"] = self.knockout_flags
        if with_questions:
            out["questions"] = [q.to_dict() for q in self.questions]
        return out

    def knockout_questions(self) -> frozenset[str]:
        """The ids of this role's own knock-out questions. The standard questions are the
        library's: Library.knockout_questions(role) gives both."""
        return knockout_ids(self.questions)


@dataclass
class Library:
    """Everything the shipped bank files hold: vocabularies, method content and roles."""

    departments: list[dict] = field(default_factory=list)
    facets: list[dict] = field(default_factory=list)
    pay_models: list[dict] = field(default_factory=list)
    stages: list[dict] = field(default_factory=list)
    standard_questions: list[Question] = field(default_factory=list)
    observe_checklist: list[dict] = field(default_factory=list)
    listen_prompts: list[dict] = field(default_factory=list)
    quadrants: list[dict] = field(default_factory=list)
    boss_types: list[dict] = field(default_factory=list)
    team_roles: list[dict] = field(default_factory=list)
    red_flags: list[dict] = field(default_factory=list)
    # Topics an interviewer must neither ask about nor record, whatever the candidate offers:
    # {"id", "name": I18n, "description": I18n (why not), "instead": I18n (what the job allows
    # asking instead)}. The only content allowed to name protected traits.
    do_not_ask: list[dict] = field(default_factory=list)
    # How to decide who to hire: {"id", "name": I18n, "description": I18n} (选育用, 少而精, ...).
    decision_principles: list[dict] = field(default_factory=list)
    roles: list[RoleProfile] = field(default_factory=list)
    # The law behind `do_not_ask`, one paragraph per language (zh: China's; en, es: the general
    # equivalents where those languages are spoken). Empty when the bank gives none.
    do_not_ask_note: I18n = field(default_factory=dict)

    # The sections of core.yaml that are lists of entries with an id.
    VOCABULARIES = ("departments", "facets", "pay_models", "stages", "observe_checklist",
                    "listen_prompts", "quadrants", "boss_types", "team_roles", "red_flags",
                    "do_not_ask", "decision_principles")
    # The sections of core.yaml that are one text in every language.
    NOTES = ("do_not_ask_note",)

    def ids(self, section: str) -> set[str]:
        return {item["id"] for item in getattr(self, section)}

    def facet_dimensions(self) -> dict[str, str]:
        return {f["id"]: f["dimension"] for f in self.facets}

    def lookup(self, section: str, item_id: str) -> dict | None:
        return next((item for item in getattr(self, section) if item["id"] == item_id), None)

    def name_of(self, section: str, item_id: str, language: str) -> str:
        item = self.lookup(section, item_id)
        return text_in(item.get("name"), language) if item else item_id

    def stages_of(self, role_id: str) -> list[str]:
        """The ids of the team models whose role list names `role_id`, in the library's order.
        This is where a role's stages come from (RoleProfile.stages repeats it)."""
        return [stage["id"] for stage in self.stages if role_id in stage.get("roles", ())]

    def places(self, stage_id: str) -> dict[str, tuple[int, int]]:
        """How many people each role of a team model calls for, as (fewest, most): the
        stage's `places` where it gives them, one person otherwise. {} for an unknown stage."""
        stage = self.lookup("stages", stage_id)
        if stage is None:
            return {}
        given = stage.get("places") or {}
        return {role_id: (int(given[role_id][0]), int(given[role_id][1])) if role_id in given
                else (1, 1) for role_id in stage.get("roles", ())}

    def knockout_flags(self, role: RoleProfile | None = None) -> frozenset[str]:
        """The red flags that turn a candidate down when ticked: those marked `knockout` in the
        library, plus the role's own `knockout_flags` when a role is given."""
        flags = {f["id"] for f in self.red_flags if f.get("knockout")}
        return frozenset(flags | set(role.knockout_flags if role else ()))

    def knockout_questions(self, role: RoleProfile | None = None) -> frozenset[str]:
        """The ids of the knock-out questions an interview for `role` asks: the standard
        questions' and, when a role is given, the role's own."""
        return knockout_ids([*self.standard_questions, *(role.questions if role else ())])
