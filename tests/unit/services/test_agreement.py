"""One company, every place that shows a candidate's result: the Candidates list, the Compare
screen's data, the comparison report's data and the command line agree candidate by candidate
on attitude, ability, quadrant and decision (each rule lives once, in the domain)."""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from hiring_app.domain.matrix import same_score
from hiring_app.services import candidate_list, compare
from hiring_app.services.candidates import set_status
from hiring_app.services.company import open_company
from hiring_app.services.demo import generate
from hiring_app.services.scorecards import candidate_result
from tests.helpers.fixtures import run_cli


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and same_score(a, b))


def _groups(ids: list[int], size: int = compare.MAX_CANDIDATES) -> list[list[int]]:
    groups = [ids[n:n + size] for n in range(0, len(ids), size)]
    if len(groups[-1]) < compare.MIN_CANDIDATES:  # a comparison needs two
        groups[-1] = ids[-compare.MIN_CANDIDATES:]
    return groups


def test_list_compare_report_and_cli_agree_on_every_candidate(company) -> None:
    opened = open_company(Path(company))
    generate(opened.db, 60, language="en", seed=11)
    # a person's decision recorded after the scorecards, on a few candidates
    listed = {row.id: row for row in candidate_list.load_rows(opened.db)}
    scored = sorted(i for i, row in listed.items() if row.attitude is not None)
    for candidate_id in scored[:3]:
        set_status(opened.db, candidate_id, "decided", decision="hold", note="panel")
    listed = {row.id: row for row in candidate_list.load_rows(opened.db)}

    seen: dict[str, dict[int, tuple]] = defaultdict(dict)
    for group in _groups(sorted(listed)):
        for column in compare.compare(opened.db, group, "en").columns:
            seen["compare"][column.id] = (column.attitude, column.ability, column.quadrant,
                                          column.decision)
    for candidate_id in listed:
        result = candidate_result(opened.db, candidate_id)  # the candidate report's result
        seen["report"][candidate_id] = (result.attitude.score, result.ability.score,
                                        result.quadrant.value if result.quadrant else None)
    opened.db.conn.close()
    cli = json.loads(run_cli("--data-dir", company, "candidates", "list", "--json").stdout)
    for row in cli:
        seen["cli"][row["id"]] = (row["attitude"], row["ability"], row["quadrant"],
                                  row["decision"])

    assert len(scored) >= 20 and set(seen["cli"]) == set(listed) == set(seen["compare"])
    assert {row.decision for row in listed.values()} >= {"hire", "hold", "reject"}
    for candidate_id, row in listed.items():
        expected = (row.attitude, row.ability, row.quadrant, row.decision)
        for where in ("compare", "cli"):
            got = seen[where][candidate_id]
            assert _same(got[0], expected[0]) and _same(got[1], expected[1]), (where, row)
            assert got[2:] == expected[2:], (where, candidate_id, got, expected)
        report = seen["report"][candidate_id]
        assert _same(report[0], row.attitude) and _same(report[1], row.ability)
        assert report[2] == row.quadrant, (candidate_id, report, row)
