"""`hiring-app demo`: fill a company with made-up candidates and interviews to try the app."""
from __future__ import annotations

import argparse

from hiring_app.errors import UserError

DEFAULT_CANDIDATES = 40
MAX_CANDIDATES = 100_000


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= MAX_CANDIDATES:
        raise argparse.ArgumentTypeError(f"use a number from 1 to {MAX_CANDIDATES}")
    return value


def _answers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("use a number of 0 or more")
    return value


def _demo(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db
    from hiring_app.services.demo import generate

    opened = open_db(args)
    existing = opened.db.execute("SELECT COUNT(*) FROM candidates").fetchone()[0]
    if existing and not args.add:
        raise UserError(f"the database already has {existing} candidates; "
                        "use --add to add demo candidates to them")
    made = generate(opened.db, args.candidates, args.lang or "zh", args.seed, args.answers)
    print(f"added {made['candidates']} demo candidates to {opened.path}")
    print(f"  interviews:     {made['interviews']} ({made['submitted']} submitted, "
          f"{made['drafts']} drafts)")
    print(f"  answers:        {made['answers']}")
    print(f"  interviewers:   {made['interviewers']}")
    print(f"  status changes: {made['status_changes']}")
    print("  statuses:       " + ", ".join(f"{k} {v}" for k, v in made["statuses"].items()))
    print("  quadrants:      " + ", ".join(f"{k} {v}" for k, v in made["quadrants"].items()))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="add made-up candidates and interviews to try the app")
    demo.add_argument("--candidates", type=_count, default=DEFAULT_CANDIDATES, metavar="N",
                      help=f"how many candidates (default {DEFAULT_CANDIDATES})")
    demo.add_argument("--seed", type=int, default=7, metavar="S",
                      help="the same seed gives the same data (default 7)")
    demo.add_argument("--answers", type=_answers, metavar="N",
                      help="spread interviews so that about N answers are written")
    demo.add_argument("--add", action="store_true",
                      help="add to a database that already has candidates")
    demo.set_defaults(func=_demo)
