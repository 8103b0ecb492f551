"""Sub-commands for deciding: `compare` ranks a role's candidates (or chosen ones) the way the
Compare screen does, with each one's verdict, knock-outs and decision; `decide` records the
hiring decision for a candidate, with a reason, as the debrief does in the window."""
from __future__ import annotations

import argparse
import json

from hiring_app.cli_interviews import _pad, _width
from hiring_app.domain.code_names import DECISION_NAMES
from hiring_app.domain.text import printable
from hiring_app.i18n import Message

_HEADINGS = ("cli.compare.rank", "cli.compare.id", "cli.compare.name", "cli.compare.verdict",
             "cli.compare.recommendation", "cli.compare.decision", "cli.compare.attitude",
             "cli.compare.ability", "cli.compare.total")


def _number(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _compare(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db
    from hiring_app.errors import NotFoundError, UserError
    from hiring_app.services.compare import MIN_CANDIDATES, best_of_role, compare
    from hiring_app.services.library import get_role

    opened = open_db(args)
    language = message_language(args)
    role = get_role(opened.db, args.role)
    if role is None:
        raise NotFoundError("role.not_found", role_id=args.role)
    ids = args.candidates or best_of_role(opened.db, args.role)
    if not args.candidates and len(ids) < MIN_CANDIDATES:
        raise UserError("compare.role_too_few", role_id=args.role, name=role.name,
                        count=len(ids))
    columns = compare(opened.db, ids, language).columns
    for c in columns:  # given ids: each one this role's (a candidate without a role may join)
        if c.role_id is not None and c.role_id != args.role:
            raise UserError("compare.other_role", candidate_id=c.id, name=c.name,
                            their_role_id=c.role_id, their_role=c.role_name,
                            role_id=args.role, role=role.name)
    if args.json:
        print(json.dumps([{
            "rank": c.rank, "id": c.id, "name": c.name, "role_id": c.role_id,
            "quadrant": c.quadrant, "verdict": c.quadrant_name, "knocked_out": c.knocked_out,
            "provisional": c.provisional, "recommended": c.recommended,
            "reasons": c.reasons, "decision": c.decision,
            "attitude": _number(c.attitude), "ability": _number(c.ability),
            "weighted_total": _number(c.weighted_total), "scorecards": c.scorecards,
            "disagreements": c.disagreements} for c in columns],
            ensure_ascii=False, indent=2))
        return 0
    fmt = lambda v: "" if v is None else f"{v:.1f}"  # noqa: E731
    table = [[Message(h).render(language) for h in _HEADINGS]]
    for c in columns:
        decision = DECISION_NAMES.get(c.decision or "", {}).get(language, c.decision or "")
        table.append([str(c.rank or "—"), str(c.id), c.name, c.quadrant_name, c.recommendation,
                      decision, fmt(c.attitude), fmt(c.ability), fmt(c.weighted_total)])
    widths = [max(_width(line[i]) for line in table) for i in range(len(_HEADINGS))]
    for line in table:
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip())
    knocked = [c for c in columns if c.knocked_out]
    if knocked:
        print()
        print(Message("cli.compare.knockouts").render(language))
        for c in knocked:
            for reason in c.reasons:
                if reason:
                    print(printable(f"  {c.name}{'：' if language == 'zh' else ': '}{reason}"))
                    break
    print()
    print(Message("cli.compare.order").render(language))
    return 0


def _decide(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db, say
    from hiring_app.services import debrief

    opened = open_db(args)
    debrief.decide(opened.db, args.candidate, args.decision, args.reason, args.by)
    found = debrief.debrief(opened.db, args.candidate)
    language = message_language(args)
    say(args, "cli.decide.recorded", candidate_id=args.candidate,
        name=found.candidate["name"], decision=DECISION_NAMES[args.decision])
    if found.against_recommendation:
        recommended = found.result.recommended_decision
        print(Message("cli.decide.against",
                      recommended=DECISION_NAMES[recommended or ""]).render(language))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli import candidate_id

    compare = sub.add_parser(
        "compare", help="rank a role's candidates: quadrant first, then the weighted total; "
                        "knock-outs last")
    compare.add_argument("--role", required=True, help="role id")
    compare.add_argument("--candidate", dest="candidates", type=candidate_id, action="append",
                         help="a candidate id (repeat; 2 to 20); default: the role's best 20")
    compare.add_argument("--json", action="store_true", help="machine-readable output")
    compare.set_defaults(func=_compare)
    decide = sub.add_parser("decide", help="record the hiring decision for a candidate")
    decide.add_argument("candidate", type=candidate_id, help="candidate id")
    decide.add_argument("--decision", required=True, choices=("hire", "train", "hold", "reject"))
    decide.add_argument("--reason", required=True, help="why (kept with the decision)")
    decide.add_argument("--by", default=None, help="who decides (a name)")
    decide.set_defaults(func=_decide)
