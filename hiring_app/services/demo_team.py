"""The demo company's team: a stage, a profile, a team with gaps (roles the stage lists that
nobody fills, team-role types nobody has), two open positions with demo candidates applied, and
an onboarding plan for someone hired. Made once, for a company that has none of these yet; the
same seed gives the same team.
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.library import text_in
from hiring_app.domain.onboarding import MIN_TALKS_PER_MONTH, default_review
from hiring_app.domain.team import StageModel
from hiring_app.storage import roles_repo, team_repo

STAGE = "basic"          # a 5-10 person shop: the usual set-up (core.yaml `stages`)
FILLED_SHARE = 0.6       # of the stage's roles, the share the demo team fills
TEAM_TYPES = ("believer", "steady_worker", "steady_worker", "star")  # no mood maker: a gap
PER_POSITION = 6         # candidates applied to each demo position, at most

VALUES = {
    "zh": "对顾客诚信，不刷单、不虚假宣传；数据说话，复盘不甩锅；新人有人带，老人愿分享。",
    "en": "Honest with buyers: no fake orders, no false claims. We argue from data and review "
          "without blame. Every newcomer has a mentor, and old hands share what they know.",
    "es": "Honestidad con los compradores: sin pedidos falsos ni publicidad engañosa. "
          "Argumentamos con datos y revisamos sin culpar. Cada persona nueva tiene un mentor y "
          "quien lleva más tiempo comparte lo que sabe.",
}
POSITION_NOTES = {
    "zh": ("双十一前到岗，先跟师傅熟悉店铺", "可以从助理做起"),
    "en": ("To start before Singles' Day (11.11), shadowing a mentor first",
           "Can start as an assistant"),
    "es": ("Incorporación antes del 11.11, primero junto a un mentor",
           "Puede empezar como asistente"),
}
RESPONSIBILITIES = {
    "zh": "负责新品的详情页和主图；活动图由运营提需求、由你出图。与其他美工按店铺分开，不交叉。",
    "en": "Owns the detail pages and main images of new products; campaign images on request "
          "from operations. Split from the other designers by store, with no overlap.",
    "es": "Se encarga de las páginas de detalle y las imágenes principales de los productos "
          "nuevos; las imágenes de campaña, a petición de operaciones. Separado del resto de "
          "diseñadores por tienda, sin solaparse.",
}


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def make_team(db: Database, seed: int, language: str, end: datetime, boss_type: str,
              candidates: list[dict], name: Callable[[random.Random, str], str]) -> dict:
    """Add the demo company's profile, team, positions and an onboarding plan, once; set
    `position_id` on the applied ones among `candidates` (rows not inserted yet). Returns what
    was made (empty when the company already has a profile, a team or positions)."""
    if (team_repo.get_profile(db) is not None or team_repo.members(db)
            or team_repo.positions(db, "hired")):
        return {}
    rng = random.Random(f"demo-team:{seed}")
    vocabulary = builtin_vocabulary()
    start = end - timedelta(days=365)
    team_repo.save_profile(db, STAGE, boss_type, VALUES[language], _iso(start))
    installed = set(roles_repo.role_ids(db))
    model = StageModel.from_library(vocabulary.lookup("stages", STAGE) or {"id": STAGE})
    listed = [r for r in model.roles if r in installed] or sorted(installed)[:4]

    # Two positions: the role of someone hired (a place filled) and the role most other demo
    # candidates are in, the stage's roles first; the team then lacks people in them.
    by_role = Counter(c["role_id"] for c in candidates)
    hired = [c["role_id"] for c in candidates if c["status"] == "hired"]
    first = next((r for r in hired if r in listed), hired[0] if hired else None)
    others = sorted((r for r in by_role if r != first),
                    key=lambda r: (r not in listed, -by_role[r], r))
    chosen = [r for r in (first, *others[:1]) if r is not None]
    open_roles = [r for r in listed if r not in chosen]
    filled = sorted(rng.sample(open_roles, max(1, round(len(open_roles) * FILLED_SHARE)))
                    if open_roles else [], key=listed.index)
    types = [t for t in TEAM_TYPES if vocabulary.lookup("team_roles", t)]
    members = []
    for index, role_id in enumerate(filled):
        person = name(rng, language)
        team_repo.insert_member(db, person, role_id, types[index % len(types)] if types else None,
                                _iso(start + timedelta(days=index * 20)))
        members.append(person)
    positions = []
    for index, role_id in enumerate(chosen):
        position_id = team_repo.insert_position(
            db, role_id, 2 - index, (end + timedelta(days=30 + 15 * index)).date().isoformat(),
            POSITION_NOTES[language][index], _iso(end - timedelta(days=40 - 10 * index)))
        positions.append(position_id)
        of_role = [c for c in candidates if c["role_id"] == role_id]
        applied = ([c for c in of_role if c["status"] == "hired"][:1]
                   + [c for c in of_role if c["status"] != "hired"])[:PER_POSITION]
        for row in applied:
            row["position_id"] = position_id
    for row in candidates:
        row.setdefault("position_id", None)

    plan_for = next((c for c in candidates if c["status"] == "hired" and c["position_id"]),
                    next((c for c in candidates if c["status"] == "hired"), None))
    if plan_for is not None:
        role = roles_repo.get_role(db, plan_for["role_id"])
        begins = (end - timedelta(days=10)).date()
        goals = "\n".join("• " + text_in(d, language) for d in (role.duties[:3] if role else ()))
        plan = {"candidate_id": plan_for["id"], "mentor": members[0] if members else "",
                "start_date": begins.isoformat(),
                "review_date": default_review(begins).isoformat(),
                "talks_per_month": MIN_TALKS_PER_MONTH, "goals": goals,
                "responsibilities": RESPONSIBILITIES[language], "updated_at": _iso(end)}
        return {"members": len(members), "positions": positions, "plan": plan}
    return {"members": len(members), "positions": positions, "plan": None}


def save_plan(db: Database, made: dict) -> None:
    """The onboarding plan, once its candidate is in the database."""
    if made.get("plan"):
        team_repo.save_plan(db, made["plan"])
