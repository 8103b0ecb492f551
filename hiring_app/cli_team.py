"""Sub-commands for the team builder: `team show|stage|add-member|remove-member` (the company's
stage, its team and what the stage calls for) and `positions list|add|close|apply`."""
from __future__ import annotations

import argparse
import json

from hiring_app.cli_interviews import _pad, _width
from hiring_app.i18n import Message


def _team_show(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db, print_fields
    from hiring_app.services import team

    opened = open_db(args)
    language = message_language(args)
    found = team.summary(opened.db, language)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    none = Message("cli.team.none")
    gaps = found["gaps"]
    rows: list[tuple[Message, object]] = [
        (Message("cli.team.stage"), found["stage_name"] or Message("cli.team.no_stage")),
        (Message("cli.team.boss"), found["boss_type_name"] or none),
        (Message("cli.team.values"), found["values"] or none),
    ]
    if gaps is not None:
        rows.append((Message("cli.team.headcount"), Message(
            "cli.team.people_count", people=gaps["people"], headcount=gaps["headcount"] or "?")))
    print_fields(args, rows)
    print()
    print(Message("cli.label", label=Message("cli.team.people")).render(language))
    for member in found["members"]:
        print("  " + Message("cli.team.member_line", id=member["id"], name=member["name"],
                             role=member["role"] or "—",
                             team_role=member["team_role_name"] or "—").render(language))
    if not found["members"]:
        print("  " + none.render(language))
    if gaps is not None:
        print()
        print(Message("cli.label", label=Message("cli.team.needs")).render(language))
        for need in gaps["roles"]:
            mark = "✗" if need["missing"] else "✓"
            print(f"  {mark} " + Message("cli.team.need_line", role=need["role"],
                                         needed=need["needed"], have=need["have"]
                                         ).render(language))
        missing = [team.vocabulary().name_of("team_roles", t, language)
                   for t in gaps["team_roles_missing"]]
        print_fields(args, [(Message("cli.team.missing_types"), missing or none)])
    if found["next_stage"]:
        print()
        name = team.vocabulary().name_of("stages", found["next_stage"], language)
        print_fields(args, [(Message("cli.team.next"), name),
                            (Message("cli.team.next_adds"),
                             [a["role"] for a in found.get("next_stage_adds", [])] or none)])
    return 0


def _team_stage(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db, say
    from hiring_app.services import team

    opened = open_db(args)
    now = team.set_stage(opened.db, args.stage)
    say(args, "cli.team.stage_set",
        stage=team.vocabulary().name_of("stages", now.stage or "", message_language(args)))
    return 0


def _add_member(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services import team

    opened = open_db(args)
    member_id = team.add_member(opened.db, args.name, args.role, args.team_role)
    say(args, "cli.team.member_added", member_id=member_id,
        name=team.get_member(opened.db, member_id).name)
    return 0


def _remove_member(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services import team

    opened = open_db(args)
    removed = team.remove_member(opened.db, args.member)
    say(args, "cli.team.member_removed", member_id=removed.id, name=removed.name)
    return 0


_HEADINGS = ("cli.positions.id", "cli.positions.role", "cli.positions.places",
             "cli.positions.filled", "cli.positions.open", "cli.positions.applied_count",
             "cli.positions.by", "cli.positions.state", "cli.positions.note")


def _positions_list(args: argparse.Namespace) -> int:
    from hiring_app.cli import message_language, open_db, say
    from hiring_app.domain.library import text_in
    from hiring_app.services import library as library_service
    from hiring_app.services import positions

    opened = open_db(args)
    language = message_language(args)
    found = positions.list_positions(opened.db)
    if args.json:
        print(json.dumps([{
            "id": p.id, "role_id": p.role_id, "places": p.places, "filled": p.filled,
            "open": p.open_places, "applied": p.applied, "target_date": p.target_date,
            "note": p.note, "opened_at": p.opened_at, "closed_at": p.closed_at}
            for p in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        say(args, "cli.positions.none")
        return 0
    roles = {r["id"]: text_in(r["name"], language) for r in library_service.role_rows(opened.db)}
    table = [[Message(h).render(language) for h in _HEADINGS]]
    for p in found:
        state = Message("cli.positions.state_closed" if p.closed else "cli.positions.state_open")
        table.append([str(p.id), roles.get(p.role_id or "", p.role_id or "—"), str(p.places),
                      str(p.filled), str(p.open_places), str(p.applied), p.target_date or "—",
                      state.render(language), " ".join(p.note.split())])
    widths = [max(_width(line[i]) for line in table) for i in range(len(_HEADINGS))]
    for line in table:
        print("  ".join(_pad(cell, w) for cell, w in zip(line, widths)).rstrip())
    return 0


def _positions_add(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services import positions

    opened = open_db(args)
    position_id = positions.add_position(opened.db, args.role, args.places, args.by,
                                         args.note or "")
    say(args, "cli.positions.added", position_id=position_id)
    return 0


def _positions_close(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services import positions

    opened = open_db(args)
    positions.close_position(opened.db, args.position)
    say(args, "cli.positions.closed", position_id=args.position)
    return 0


def _positions_apply(args: argparse.Namespace) -> int:
    from hiring_app.cli import open_db, say
    from hiring_app.services import positions

    opened = open_db(args)
    positions.apply_to(opened.db, args.candidate, args.position)
    say(args, "cli.positions.applied", candidate_id=args.candidate, position_id=args.position)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from hiring_app.cli import candidate_id

    team = sub.add_parser("team", help="the company's stage, its team, and what the stage "
                                       "calls for")
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True,
                                   parser_class=type(team))
    show = team_sub.add_parser("show", help="the profile, the team, the roles and team-role "
                                            "types it lacks, and the next stage")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=_team_show)
    stage = team_sub.add_parser("stage", help="set the company's stage (a team model)")
    stage.add_argument("stage", metavar="STAGE",
                       help="minimum, starting, small, basic, eight_person, mature, b2c_site "
                            "or agency_store")
    stage.set_defaults(func=_team_stage)
    add = team_sub.add_parser("add-member", help="add someone who works here; prints their id")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, metavar="ID", help="see 'hiring-app roles list'")
    add.add_argument("--team-role", metavar="TYPE",
                     help="believer, star, mood_maker or steady_worker")
    add.set_defaults(func=_add_member)
    remove = team_sub.add_parser("remove-member", help="remove someone from the team completely")
    remove.add_argument("member", type=int, metavar="ID")
    remove.set_defaults(func=_remove_member)

    positions = sub.add_parser("positions", help="open positions and the candidates who apply")
    positions_sub = positions.add_subparsers(dest="positions_command", metavar="ACTION",
                                             required=True, parser_class=type(positions))
    listing = positions_sub.add_parser("list", help="every position with its filled and open "
                                                    "places")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_positions_list)
    opening = positions_sub.add_parser("add", help="open a position; prints its id")
    opening.add_argument("--role", required=True, metavar="ID")
    opening.add_argument("--places", required=True, type=int, metavar="N")
    opening.add_argument("--by", metavar="DATE", help="target date, YYYY-MM-DD")
    opening.add_argument("--note", help="a note on the position")
    opening.set_defaults(func=_positions_add)
    close = positions_sub.add_parser("close", help="close a position (no more applicants)")
    close.add_argument("position", type=int, metavar="ID")
    close.set_defaults(func=_positions_close)
    apply = positions_sub.add_parser("apply", help="a candidate applies to a position")
    apply.add_argument("position", type=int, metavar="ID")
    apply.add_argument("--candidate", required=True, type=candidate_id, metavar="ID")
    apply.set_defaults(func=_positions_apply)
