"""Builders for question-bank files and small libraries, independent of the shipped roles.

Every text is unique and names its owner ("role r1 name", "question q1 text"), so a test can find
the line a value sits on in the YAML it wrote. Facet, department, pay-model and stage ids come
from the shipped core.yaml vocabulary (builtin_vocabulary()).
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlite_utils import Database

from hiring_app.content.loader import FORMAT, builtin_vocabulary
from hiring_app.domain.library import Library, Question, RoleProfile

ATTITUDE_FACET = "responsibility"
ABILITY_FACET = "execution"


def i18n(label: str) -> dict[str, str]:
    return {"zh": f"{label} 中文", "en": f"{label} english", "es": f"{label} español"}


def question_dict(qid: str, dimension: str = "attitude", facet: str | None = None,
                  kind: str = "behavioural", weight: float = 1) -> dict[str, Any]:
    facet = facet or (ATTITUDE_FACET if dimension == "attitude" else ABILITY_FACET)
    return {
        "id": qid, "dimension": dimension, "facet": facet, "kind": kind, "weight": weight,
        "text": i18n(f"question {qid} text"),
        "listen_for": i18n(f"question {qid} listen"),
        "follow_ups": [i18n(f"question {qid} follow-up")],
        "scoring": {str(n): i18n(f"question {qid} score {n}") for n in (1, 3, 5)},
    }


def role_dict(rid: str, questions: int = 6, department: str = "operations") -> dict[str, Any]:
    """A valid role with `questions` questions (alternating attitude / ability)."""
    return {
        "id": rid, "department": department, "settings": ["store"],
        "name": i18n(f"role {rid} name"), "summary": i18n(f"role {rid} summary"),
        "duties": [i18n(f"role {rid} duty")], "kpis": [i18n(f"role {rid} kpi")],
        "pay_model": "fixed_salary", "stages": ["minimum"],
        "attitude_facets": [ATTITUDE_FACET], "ability_facets": [ABILITY_FACET],
        # attitude below ability needs a reason; the builders keep these numbers, so say why
        "thresholds": {"attitude": 3, "ability": 3.5,
                       "reason": i18n(f"role {rid} threshold reason")},
        "questions": [
            question_dict(f"{rid}_q{n}", "attitude" if n % 2 else "ability",
                          kind=("situational", "unprepared", "behavioural")[n % 3])
            for n in range(1, questions + 1)
        ],
    }


def bank_dict(*roles: dict[str, Any]) -> dict[str, Any]:
    return {"format": FORMAT, "roles": [copy.deepcopy(r) for r in roles]}


def minimal_bank() -> dict[str, Any]:
    """One role, six questions: the smallest file a user would write."""
    return bank_dict(role_dict("role_x"))


class _NoAliasDumper(yaml.SafeDumper):
    """Writes a shared object out twice instead of as an anchor and alias (which banks refuse)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def bank_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_NoAliasDumper, allow_unicode=True, sort_keys=False,
                     width=1000, default_flow_style=False)


def write_bank(path: Path, data: Any) -> Path:
    path.write_text(bank_yaml(data), encoding="utf-8")
    return path


def line_of(text: str, needle: str, after: str | None = None) -> int:
    """The 1-based number of the first line holding `needle` (below the line holding `after`)."""
    lines = text.splitlines()
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line) + 1
    for number in range(start, len(lines)):
        if needle in lines[number]:
            return number + 1
    raise AssertionError(f"{needle!r} not found in the YAML")


def lines_equal(text: str, stripped: str) -> list[int]:
    """The 1-based numbers of every line that reads `stripped` once indentation is removed."""
    return [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == stripped]


def small_library() -> Library:
    """The shipped vocabularies with two small roles and two standard questions of its own."""
    vocabulary = builtin_vocabulary()
    library = Library(**{key: copy.deepcopy(getattr(vocabulary, key))
                         for key in Library.VOCABULARIES})
    library.standard_questions = [Question.from_dict(question_dict("std_one")),
                                  Question.from_dict(question_dict("std_two", "ability"))]
    library.roles = [RoleProfile.from_dict(role_dict("shop_a")),
                     RoleProfile.from_dict(role_dict("shop_b", department="warehouse"))]
    return library


def dump_library_tables(db: Database) -> str:
    """Every row of the roles and questions tables, every column: equal dumps, equal tables."""
    out = {}
    for table in ("roles", "questions"):
        rows = db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()  # noqa: S608
        out[table] = [list(row) for row in rows]
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


@lru_cache(maxsize=1)
def _cached_small_library() -> Library:
    return small_library()


def small_company() -> Database:
    """A fresh in-memory company database with the small library installed (milliseconds):
    for property tests that need a new database per example."""
    from hiring_app.services.library import ensure_builtin
    from hiring_app.storage.database import memory_database

    db = memory_database()
    ensure_builtin(db, _cached_small_library())
    return db
