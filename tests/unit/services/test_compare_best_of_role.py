"""The best 20 of a role (compare.best_of_role): the role's candidates with a submitted scorecard,
chosen and ordered exactly as compare() ranks them; what the Compare screen, the Reports screen
and the command line all compare."""
from __future__ import annotations

import random

import pytest

from hiring_app.errors import NotFoundError
from hiring_app.services import compare as compare_service
from hiring_app.services.compare import MAX_CANDIDATES, best_of_role, compare
from hiring_app.services.scorecards import candidate_result
from tests.unit.services.test_compare import candidate, lib_db, scorecard  # noqa: F401

QUESTIONS = ("std_one", "std_two", "shop_a_q1", "shop_a_q2", "shop_a_q3", "shop_a_q4")


@pytest.fixture
def role_of_25(lib_db):  # noqa: F811 - the fixture imported above
    """shop_a with 27 scored candidates (different questions and weights: shop_a_q2 weighs 3),
    two of them tied, and one with a submitted scorecard that scores nothing; and candidates
    who must never be chosen: a draft only, never interviewed, another role's best."""
    rng = random.Random(20261203)
    scored = []
    for n in range(25):
        who = candidate(lib_db, f"C{n:02d}")
        asked = rng.sample(QUESTIONS, rng.randint(1, len(QUESTIONS)))
        for interviewer in ("Wang", "Li")[:rng.randint(1, 2)]:
            scorecard(lib_db, who, interviewer, {q: rng.randint(1, 5) for q in asked})
        scored.append(who)
    twins = [candidate(lib_db, name) for name in ("Twin B", "Twin A")]  # tied: by name
    for twin in twins:
        scorecard(lib_db, twin, "Wang", {"shop_a_q1": 4, "shop_a_q2": 4})
    silent = candidate(lib_db, "Submitted, nothing scored")
    scorecard(lib_db, silent, "Wang", {})
    draft = candidate(lib_db, "Draft only")
    scorecard(lib_db, draft, "Wang", {"shop_a_q1": 5, "shop_a_q2": 5}, decision=None)
    candidate(lib_db, "Never interviewed")
    other = candidate(lib_db, "Best of shop_b", role="shop_b")
    scorecard(lib_db, other, "Wang", {"shop_b_q1": 5, "shop_b_q2": 5}, role="shop_b")
    return lib_db, [*scored, *twins, silent], {draft, other}


def test_the_best_20_are_the_top_20_of_compares_own_order(role_of_25):
    db, role_candidates, never = role_of_25

    chosen = best_of_role(db, "shop_a")

    assert len(chosen) == MAX_CANDIDATES
    assert set(chosen) <= set(role_candidates) and not set(chosen) & never
    # compared, the chosen come out in the order they were chosen
    assert [c.id for c in compare(db, chosen).columns] == chosen
    # and no candidate left out ranks above any chosen one
    left_out = [i for i in role_candidates if i not in chosen]
    assert len(left_out) == len(role_candidates) - MAX_CANDIDATES
    for other in left_out:
        assert [c.id for c in compare(db, [chosen[-1], other]).columns][0] == chosen[-1]
    # the whole role ranks the same way (the limit only cuts the list)
    everyone = best_of_role(db, "shop_a", limit=100)
    assert sorted(everyone) == sorted(role_candidates)
    assert everyone[:MAX_CANDIDATES] == chosen


def test_the_quadrant_comes_before_any_score(role_of_25):
    """The Compare screen once took the top 20 by attitude + ability, the PDF by the mean of
    the scorecards' stored scores: a 基本不用 candidate could come first. Now the quadrant
    leads (knock-outs last), whatever the totals."""
    db, role_candidates, _ = role_of_25
    chosen = best_of_role(db, "shop_a", limit=100)
    verdicts = [candidate_result(db, i).verdict for i in chosen]
    places = [(v.knocked_out, v.placement.order if v.placement else 4) for v in verdicts]
    assert places == sorted(places)
    assert len({p for p in places}) > 1  # the fixture spans several quadrants


def test_reading_in_chunks_chooses_the_same(role_of_25, monkeypatch):
    db, *_ = role_of_25
    whole = best_of_role(db, "shop_a")
    chunks = compare_service._chunks
    monkeypatch.setattr(compare_service, "_chunks", lambda values: chunks(values, 4))
    assert best_of_role(db, "shop_a") == whole


def test_no_scored_candidates_none_chosen_and_an_unknown_role_refused(lib_db):  # noqa: F811
    candidate(lib_db, "Never interviewed")
    assert best_of_role(lib_db, "shop_a") == []
    with pytest.raises(NotFoundError, match="no role with the id 'nope'"):
        best_of_role(lib_db, "nope")
