"""Red flags ticked at random on a demo company's submitted scorecards: the Candidates list
(services/candidate_list.load_rows, a few bulk queries) gives every candidate the verdict of
their record (services/scorecards.candidate_result): the same quadrant, knock-out and
provisional mark, and whether anything is recommended."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.services import candidate_list
from hiring_app.services.company import open_company
from hiring_app.services.demo import generate
from hiring_app.services.scorecards import candidate_result
from tests.helpers.attack import record


@pytest.fixture(scope="module")
def demo_db(installed_template: Path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("agreement") / "company"
    shutil.copytree(installed_template, folder)
    opened = open_company(folder)
    generate(opened.db, 60, language="en", seed=21)
    yield opened.db
    opened.db.conn.close()


FLAGS = [flag["id"] for flag in builtin_vocabulary().red_flags]


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_the_list_and_the_record_agree_with_any_red_flags(demo_db, rng) -> None:
    submitted = [row[0] for row in demo_db.execute(
        "SELECT id FROM interviews WHERE state = 'submitted'").fetchall()]
    ticks = {i: rng.sample(FLAGS, rng.randint(0, 3)) for i in submitted if rng.random() < 0.4}
    with demo_db.conn:
        demo_db.execute("UPDATE interviews SET red_flags = '[]' WHERE state = 'submitted'")
        for interview_id, flags in ticks.items():
            demo_db.execute("UPDATE interviews SET red_flags = ? WHERE id = ?",
                            [json.dumps(flags), interview_id])
    rows = candidate_list.load_rows(demo_db)
    for row in rows:
        verdict = candidate_result(demo_db, row.id).verdict
        expected = (verdict.quadrant.value if verdict.quadrant else None, verdict.knocked_out,
                    verdict.provisional)
        assert (row.quadrant, row.knocked_out, row.provisional) == expected, row.id
    record("verdict agreement: candidates checked", len(rows))
