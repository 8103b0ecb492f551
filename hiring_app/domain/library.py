"""The role library as domain objects: role profiles, questions and the shared vocabularies.

Texts are mappings {"zh": ..., "en": ..., "es": ...}. Objects keep their fields in the order of
the bank file format, so that writing one back gives the same file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hiring_app.domain.matrix import Thresholds

LANGUAGES = ("zh", "en", "es")
I18n = dict[str, str]


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

    FIELDS = ("id", "dimension", "facet", "kind", "weight", "text", "reveals", "listen_for",
              "follow_ups", "scoring")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            id=data["id"], dimension=data["dimension"], facet=data["facet"], kind=data["kind"],
            weight=float(data["weight"]), text=dict(data["text"]),
            listen_for=dict(data["listen_for"]),
            follow_ups=[dict(f) for f in data.get("follow_ups", [])],
            scoring={str(k): dict(v) for k, v in data["scoring"].items()},
            reveals=dict(data["reveals"]) if data.get("reveals") else None,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "dimension": self.dimension, "facet": self.facet, "kind": self.kind,
            "weight": plain_number(self.weight), "text": self.text,
        }
        if self.reveals:
            out["reveals"] = self.reveals
        out["listen_for"] = self.listen_for
        out["follow_ups"] = self.follow_ups
        out["scoring"] = {k: self.scoring[k] for k in sorted(self.scoring, key=int)}
        return out


@dataclass
class RoleProfile:
    id: str
    department: str
    name: I18n
    summary: I18n
    duties: list[I18n]
    kpis: list[I18n]
    pay_model: str
    stages: list[str]
    attitude_facets: list[str]
    ability_facets: list[str]
    thresholds: Thresholds
    settings: list[str] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoleProfile:
        thresholds = data.get("thresholds") or {}
        return cls(
            id=data["id"], department=data["department"], name=dict(data["name"]),
            summary=dict(data["summary"]), duties=[dict(d) for d in data["duties"]],
            kpis=[dict(k) for k in data["kpis"]], pay_model=data["pay_model"],
            stages=list(data["stages"]), attitude_facets=list(data["attitude_facets"]),
            ability_facets=list(data["ability_facets"]),
            thresholds=Thresholds(float(thresholds.get("attitude", 3.0)),
                                  float(thresholds.get("ability", 3.0))),
            settings=list(data.get("settings") or []),
            questions=[Question.from_dict(q) for q in data.get("questions", [])],
        )

    def to_dict(self, with_questions: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "department": self.department}
        if self.settings:
            out["settings"] = self.settings
        out.update({
            "name": self.name, "summary": self.summary, "duties": self.duties, "kpis": self.kpis,
            "pay_model": self.pay_model, "stages": self.stages,
            "attitude_facets": self.attitude_facets, "ability_facets": self.ability_facets,
            "thresholds": {"attitude": plain_number(self.thresholds.attitude),
                           "ability": plain_number(self.thresholds.ability)},
        })
        if with_questions:
            out["questions"] = [q.to_dict() for q in self.questions]
        return out


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
    roles: list[RoleProfile] = field(default_factory=list)

    VOCABULARIES = ("departments", "facets", "pay_models", "stages", "observe_checklist",
                    "listen_prompts", "quadrants", "boss_types", "team_roles", "red_flags")

    def ids(self, section: str) -> set[str]:
        return {item["id"] for item in getattr(self, section)}

    def facet_dimensions(self) -> dict[str, str]:
        return {f["id"]: f["dimension"] for f in self.facets}

    def lookup(self, section: str, item_id: str) -> dict | None:
        return next((item for item in getattr(self, section) if item["id"] == item_id), None)

    def name_of(self, section: str, item_id: str, language: str) -> str:
        item = self.lookup(section, item_id)
        return text_in(item.get("name"), language) if item else item_id
