"""`hiring-app demo`: fill a company with made-up candidates and interviews to try the app."""
from __future__ import annotations

import argparse

from hiring_app.i18n import Message

MAX_CANDIDATES = 100_000
DEFAULT_CANDIDATES = 40  # services.demo.DEFAULT_CANDIDATES; not imported: --help stays fast


def _whole_number(text: str) -> int:
    from hiring_app.cli import ArgumentMistake

    try:
        return int(text)
    except ValueError:
        raise ArgumentMistake(Message("usage.not_whole_number", value=text)) from None


def _count(text: str) -> int:
    from hiring_app.cli import ArgumentMistake

    value = _whole_number(text)
    if not 1 <= value <= MAX_CANDIDATES:
        raise ArgumentMistake(Message("usage.number_range", low=1, high=MAX_CANDIDATES))
    return value


def _answers(text: str) -> int:
    from hiring_app.cli import ArgumentMistake

    value = _whole_number(text)
    if value < 0:
        raise ArgumentMistake(Message("usage.number_min", low=0))
    return value


def _tally(counts: dict, names) -> list[Message]:
    """'new 5, interviewing 3': each code named in the output's language (as stored in
    English)."""
    return [Message("cli.demo.tally", name={**names(code), "en": code}, count=count)
            for code, count in counts.items()]


def _demo(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, print_fields, say
    from hiring_app.domain.code_names import STATUS_NAMES
    from hiring_app.services.demo import fill
    from hiring_app.services.library import vocabulary as builtin_vocabulary

    opened = open_db(args)
    made = fill(opened.db, args.candidates, args.lang or "zh", add=args.add, seed=args.seed,
                answers_target=args.answers)
    vocabulary = builtin_vocabulary()
    say(args, "cli.demo.added", count=made["candidates"], path=opened.path)
    print_fields(args, [
        (Message("cli.info.interviews"), Message(
            "cli.demo.interview_counts", count=made["interviews"], submitted=made["submitted"],
            drafts=made["drafts"])),
        (Message("cli.info.answers"), made["answers"]),
        (Message("cli.info.interviewers"), made["interviewers"]),
        (Message("cli.demo.status_changes"), made["status_changes"]),
        (Message("cli.demo.statuses"), _tally(
            made["statuses"], lambda code: STATUS_NAMES.get(code, {}))),
        (Message("cli.demo.quadrants"), _tally(
            made["quadrants"], lambda code: {lang: vocabulary.name_of("quadrants", code, lang)
                                             for lang in ("zh", "es")})),
    ], indent="  ")
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
