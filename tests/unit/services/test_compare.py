"""Comparing candidates side by side: ranking, best values, facet and question rows, languages,
and the limits (2 to 20 candidates, submitted scorecards only)."""
from __future__ import annotations

import pytest

from hiring_app.domain.matrix import Thresholds
from hiring_app.errors import NotFoundError, UserError
from hiring_app.services import interviews
from hiring_app.services.candidates import add_candidate, set_status
from hiring_app.services.compare import NOTE_LENGTH, compare
from hiring_app.services.debrief import decide
from hiring_app.services.library import ensure_builtin
from hiring_app.services.scorecards import candidate_result
from tests.helpers.banks import small_library

# The library of these tests: small_library() with one heavy ability question and two more
# facets, so that weights and facet order matter.
#   std_one   attitude responsibility w1      std_two   ability execution w1
#   shop_a_q1 attitude responsibility w1      shop_a_q2 ability execution   w3
#   shop_a_q3 attitude patience       w1      shop_a_q4 ability communication w1
#   shop_a_q5 attitude responsibility w1      shop_a_q6 ability execution   w1
SHOP_B_THRESHOLDS = Thresholds(4.0, 2.0)


@pytest.fixture
def lib_db(db):
    library = small_library()
    shop_a, shop_b = library.roles
    questions = {q.id: q for q in shop_a.questions}
    questions["shop_a_q2"].weight = 3
    questions["shop_a_q3"].facet = "patience"
    questions["shop_a_q4"].facet = "communication"
    shop_b.thresholds = SHOP_B_THRESHOLDS
    ensure_builtin(db, library)
    return db


def scorecard(db, candidate_id: int, interviewer: str, scores: dict[str, int],
              decision: str | None = "hire", reason: str = "", role: str = "shop_a",
              **fields) -> int:
    """An interview with the given question scores (the rest left unscored), submitted with
    `decision`, or left as a draft when decision is None."""
    interview_id = interviews.start_interview(db, candidate_id, role, interviewer)
    interviews.apply_changes(db, interview_id, fields,
                             {q: {"score": s} for q, s in scores.items()})
    if decision:
        interviews.submit(db, interview_id, decision, reason)
    return interview_id


def candidate(db, name: str, role: str | None = "shop_a") -> int:
    return add_candidate(db, name, role)


def names(result) -> list[str]:
    return [c.name for c in result.columns]


# --- ranking ----------------------------------------------------------------------------------
def test_ranked_by_weighted_total_each_answer_counting_by_its_weight(lib_db):
    # plain means would put Bo first (4.5 > 4.0), and so would attitude (5 > 3);
    # with shop_a_q2 weighing 3, Al leads: (3 + 3*5)/4 = 4.5 against (5 + 3*4)/4 = 4.25
    bo = candidate(lib_db, "Bo")
    al = candidate(lib_db, "Al")
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 5, "shop_a_q2": 4})
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 3, "shop_a_q2": 5})

    result = compare(lib_db, [bo, al])

    assert [c.id for c in result.columns] == [al, bo]
    assert [c.rank for c in result.columns] == [1, 2]
    assert [c.weighted_total for c in result.columns] == pytest.approx([4.5, 4.25])
    assert result.row("weighted_total").values == pytest.approx([4.5, 4.25])
    assert result.row("weighted_total").best == {0}
    assert [c.attitude for c in result.columns] == [3.0, 5.0]
    assert result.row("attitude").best == {1}


def test_weighted_total_pools_every_scorecard(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    scorecard(lib_db, al, "Wang", {"shop_a_q2": 5})          # 5 at weight 3
    scorecard(lib_db, al, "Li", {"shop_a_q1": 1})            # 1 at weight 1
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 3})

    result = compare(lib_db, [al, bo])

    assert result.columns[0].weighted_total == pytest.approx((15 + 1) / 4)  # not (5 + 1) / 2


def test_skipped_and_unscored_answers_do_not_count(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    interview = scorecard(lib_db, al, "Wang", {}, decision=None)
    interviews.apply_changes(lib_db, interview, {}, {"shop_a_q1": {"score": 4},
                                                     "shop_a_q3": {"score": 1, "skipped": True}})
    interviews.submit(lib_db, interview, "hire")
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 3})

    result = compare(lib_db, [al, bo])

    assert result.columns[0].weighted_total == 4.0
    assert "question:shop_a_q3" not in {r.key for r in result.rows}
    assert "facet:patience" not in {r.key for r in result.rows}


def test_ties_go_to_the_better_attitude_then_by_name(lib_db):
    # all three total 4.0 = (a + 3b) / 4; Abe comes first by name but has the worst attitude
    abe = candidate(lib_db, "Abe")
    bo = candidate(lib_db, "Bo")
    al = candidate(lib_db, "al")
    scorecard(lib_db, abe, "Wang", {"shop_a_q1": 1, "shop_a_q2": 5})
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 4, "shop_a_q2": 4})
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 4, "shop_a_q2": 4})

    result = compare(lib_db, [abe, bo, al])

    assert names(result) == ["al", "Bo", "Abe"]  # names compared without regard to case
    assert [c.rank for c in result.columns] == [1, 2, 3]
    assert result.row("weighted_total").best == set()  # all equal: nothing stands out
    assert result.row("attitude").best == {0, 1}


def test_a_candidate_without_a_submitted_scorecard_comes_last_with_no_values(lib_db):
    low = candidate(lib_db, "Zed")
    drafted = candidate(lib_db, "Aaron")   # first by name, but only a draft
    nothing = candidate(lib_db, "Abe")
    scorecard(lib_db, low, "Wang", {"shop_a_q1": 1, "shop_a_q2": 1})
    scorecard(lib_db, drafted, "Wang", {"shop_a_q1": 5, "shop_a_q2": 5}, decision=None)

    result = compare(lib_db, [drafted, nothing, low])

    assert names(result) == ["Zed", "Aaron", "Abe"]
    assert [c.rank for c in result.columns] == [1, None, None]
    for column in result.columns[1:]:
        assert (column.weighted_total, column.attitude, column.ability, column.quadrant) == (
            None, None, None, None)
        assert column.scorecards == 0 and column.interviewers == []
    for row in result.rows:
        if row.kind == "score":
            assert row.values[1:] == [None, None], row.key
            assert row.best == set(), row.key  # one value: nothing to compare it with
        else:
            assert row.values[1:] == ["", ""], row.key
    assert [p.candidate_id for p in result.points] == [low]


# --- best values (the rule itself: tests/unit/domain/test_ranking.py) ---------------------------
def test_best_marks_ties_in_the_table_and_skips_empty_columns(lib_db):
    ids = [candidate(lib_db, n) for n in ("A", "B", "C")]
    scorecard(lib_db, ids[0], "Wang", {"shop_a_q1": 4, "shop_a_q2": 2})
    scorecard(lib_db, ids[1], "Wang", {"shop_a_q1": 4, "shop_a_q2": 3})
    scorecard(lib_db, ids[2], "Wang", {"shop_a_q1": 2})   # no ability score at all

    result = compare(lib_db, ids)

    assert names(result) == ["B", "A", "C"]
    assert result.row("attitude").values == [4.0, 4.0, 2.0]
    assert result.row("attitude").best == {0, 1}
    assert result.row("ability").values == [3.0, 2.0, None]
    assert result.row("ability").best == {0}
    assert result.row("question:shop_a_q2").best == {0}
    for row in result.rows:
        if row.kind == "text":
            assert row.best == set()


def test_a_lone_value_or_a_row_of_equal_values_is_not_marked_best(lib_db):
    ids = [candidate(lib_db, n) for n in ("A", "B", "C")]
    scorecard(lib_db, ids[0], "Wang", {"shop_a_q1": 4, "shop_a_q2": 3, "shop_a_q3": 1})
    scorecard(lib_db, ids[1], "Wang", {"shop_a_q1": 2, "shop_a_q2": 3})
    scorecard(lib_db, ids[2], "Wang", {"shop_a_q1": 3, "shop_a_q2": 3})

    result = compare(lib_db, ids)

    lone = result.row("question:shop_a_q3")
    assert lone.values.count(None) == 2 and 1.0 in lone.values
    assert lone.best == set()                                   # a lone 1.0 is not "the best"
    assert result.row("question:shop_a_q2").values == [3.0, 3.0, 3.0]
    assert result.row("question:shop_a_q2").best == set()       # everyone the same
    assert result.row("question:shop_a_q1").best == {result.row("question:shop_a_q1")
                                                     .values.index(4.0)}


# --- facet and question rows ------------------------------------------------------------------
def test_facet_and_question_rows_are_weighted_means_over_both_interviewers(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    scorecard(lib_db, al, "Wang", {"std_one": 5, "shop_a_q1": 4, "shop_a_q3": 2,
                                   "shop_a_q2": 5, "shop_a_q6": 1})
    scorecard(lib_db, al, "Li", {"std_one": 3, "shop_a_q1": 2, "shop_a_q5": 3,
                                 "shop_a_q2": 3, "shop_a_q4": 4})
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 1})

    result = compare(lib_db, [bo, al])
    assert names(result) == ["Al", "Bo"]

    responsibility = result.row("facet:responsibility")  # std_one, q1, q5 (all weight 1)
    assert responsibility.values == pytest.approx([(5 + 4 + 3 + 2 + 3) / 5, 1.0])
    assert responsibility.best == {0}
    assert result.row("facet:patience").values == [2.0, None]
    # execution: q2 at weight 3 from both, q6 at weight 1 from Wang
    assert result.row("facet:execution").values == pytest.approx([(15 + 9 + 1) / 7, None])
    assert result.row("facet:communication").values == [4.0, None]

    assert result.row("question:std_one").values == [4.0, None]
    assert result.row("question:shop_a_q1").values == [3.0, 1.0]
    assert result.row("question:shop_a_q2").values == [4.0, None]
    # interviewers 2 points apart on a question are flagged, as on a dimension
    assert result.row("question:std_one").disagreement == {0}
    assert result.row("question:shop_a_q1").disagreement == {0}
    assert result.row("question:shop_a_q2").disagreement == {0}
    assert result.row("facet:responsibility").disagreement == set()  # 4.5 and 2.67

    keys = [r.key for r in result.rows if r.kind == "score"]
    assert keys == [
        "weighted_total", "attitude", "ability",
        # attitude facets first, then ability facets, each in vocabulary order
        "facet:responsibility", "facet:patience", "facet:communication", "facet:execution",
        # only questions somebody was scored on, standard ones first, then the role's
        "question:std_one", "question:shop_a_q1", "question:shop_a_q2", "question:shop_a_q3",
        "question:shop_a_q4", "question:shop_a_q5", "question:shop_a_q6",
    ]
    labels = {r.key: r.label for r in result.rows}
    assert labels["facet:patience"] == "耐心"
    assert labels["question:shop_a_q3"] == "question shop_a_q3 text 中文"


def test_question_rows_follow_the_library_order_whatever_the_interview_order(lib_db):
    b_first = candidate(lib_db, "B first", role="shop_b")
    a_second = candidate(lib_db, "A second")
    for who, role, scores in ((b_first, "shop_b", {"shop_b_q1": 5, "std_one": 5}),
                              (a_second, "shop_a", {"shop_a_q1": 2, "std_two": 2})):
        interview = scorecard(lib_db, who, "Wang", {}, decision=None, role=role)
        order = [a.question_id for a in interviews.load_interview(lib_db, interview).answers]
        interviews.reorder(lib_db, interview, order[2:] + order[:2])  # standard questions last
        interviews.apply_changes(lib_db, interview, {},
                                 {q: {"score": s} for q, s in scores.items()})
        interviews.submit(lib_db, interview, "hire")

    result = compare(lib_db, [a_second, b_first])

    assert sorted(names(result)) == ["A second", "B first"]
    assert [r.key for r in result.rows if r.key.startswith("question:")] == [
        "question:std_one", "question:std_two", "question:shop_a_q1", "question:shop_b_q1"]


def test_ad_hoc_questions_are_rows_by_their_text_after_the_library_questions(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    for who, score, only_al in ((al, 4, True), (bo, 2, False)):
        interview = interviews.start_interview(lib_db, who, "shop_a", "Wang")
        same = interviews.add_adhoc_question(lib_db, interview, "Why  our shop?", "attitude",
                                             "values_fit", position=0)
        changes = {same: {"score": score}, "shop_a_q1": {"score": 3}}
        if only_al:
            changes[interviews.add_adhoc_question(lib_db, interview, "Only asked to Al",
                                                  "ability", "planning", weight=2)] = {"score": 5}
            changes[interviews.add_adhoc_question(lib_db, interview, "On time?", "attitude",
                                                  "punctuality")] = {"score": 1}
        interviews.apply_changes(lib_db, interview, {}, changes)
        interviews.submit(lib_db, interview, "hire")

    result = compare(lib_db, [al, bo], "en")

    rows = [r for r in result.rows if r.key.startswith(("question:", "adhoc:"))]
    assert [r.label for r in rows] == ["question shop_a_q1 text english", "Why our shop?",
                                       "Only asked to Al", "On time?"]
    assert rows[1].values == [4.0, 2.0]        # both 'adhoc-1', and the same text
    assert rows[2].values == [5.0, None]
    # a facet outside the vocabulary comes after the known ones of its dimension, by its id
    assert [(r.key, r.label) for r in result.rows if r.key.startswith("facet:")] == [
        ("facet:responsibility", "Responsibility"), ("facet:values_fit", "Values fit"),
        ("facet:punctuality", "punctuality"), ("facet:planning", "Planning")]
    assert result.row("facet:planning").values == [5.0, None]


def test_drafts_are_ignored(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 2, "shop_a_q2": 2}, reason="submitted reason",
              red_flags=["blames_others"])
    scorecard(lib_db, al, "Li", {"shop_a_q1": 5, "shop_a_q2": 5, "shop_a_q3": 5},
              decision=None, free_notes="draft note", red_flags=["rude_to_staff"],
              team_role="star")
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 3, "shop_a_q2": 3})

    result = compare(lib_db, [al, bo], "en")
    al_column = next(c for c in result.columns if c.id == al)

    assert (al_column.weighted_total, al_column.attitude, al_column.ability) == (2.0, 2.0, 2.0)
    assert al_column.scorecards == 1 and al_column.interviewers == ["Wang"]
    assert al_column.red_flags == ["Blames others"]
    assert al_column.team_roles == []
    assert al_column.key_notes == ["Wang: submitted reason"]
    assert "question:shop_a_q3" not in {r.key for r in result.rows}
    assert "facet:patience" not in {r.key for r in result.rows}
    assert names(result) == ["Bo", "Al"]


def test_the_scores_agree_with_the_candidates_combined_result(lib_db):
    ids = [candidate(lib_db, n) for n in ("A", "B", "C")]
    scorecard(lib_db, ids[0], "Wang", {"shop_a_q1": 5, "shop_a_q2": 1, "shop_a_q4": 2})
    scorecard(lib_db, ids[0], "Li", {"shop_a_q1": 2, "shop_a_q2": 4})
    scorecard(lib_db, ids[0], "Zhao", {"shop_a_q1": 4}, decision=None)
    scorecard(lib_db, ids[1], "Wang", {"shop_a_q3": 3, "shop_a_q4": 5})
    scorecard(lib_db, ids[2], "Li", {"shop_a_q6": 4})

    result = compare(lib_db, ids)

    for column in result.columns:
        combined = candidate_result(lib_db, column.id)
        assert column.attitude == combined.attitude.score
        assert column.ability == combined.ability.score
        assert column.quadrant == (combined.quadrant.value if combined.quadrant else None)
        assert column.disagreements == combined.disagreements
        assert column.scorecards == combined.count
    a = next(c for c in result.columns if c.id == ids[0])
    assert a.disagreements == ["attitude", "ability"]  # 5 against 2; 1.25 against 4
    assert result.row("attitude").disagreement == {result.columns.index(a)}
    assert result.row("ability").disagreement == {result.columns.index(a)}


# --- languages --------------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "expected"), [
    ("zh", {"attitude": "态度", "facet:responsibility": "责任心", "quadrant": "象限",
            "question:shop_a_q1": "question shop_a_q1 text 中文", "decision_value": "录用",
            "quadrant_value": "首选", "role": "role shop_a name 中文"}),
    ("en", {"attitude": "Attitude", "facet:responsibility": "Responsibility",
            "quadrant": "Quadrant", "question:shop_a_q1": "question shop_a_q1 text english",
            "decision_value": "Hire", "quadrant_value": "First choice",
            "role": "role shop_a name english"}),
    ("es", {"attitude": "Actitud", "facet:responsibility": "Responsabilidad",
            "quadrant": "Cuadrante", "question:shop_a_q1": "question shop_a_q1 text español",
            "decision_value": "Contratar", "quadrant_value": "Primera opción",
            "role": "role shop_a name español"}),
])
def test_the_language_changes_every_label_and_name(lib_db, language, expected):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 5, "shop_a_q2": 5})
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 1, "shop_a_q2": 1}, decision="reject")
    decide(lib_db, al, "hire", "the panel agrees")

    result = compare(lib_db, [al, bo], language)

    assert result.language == language
    for key in ("attitude", "facet:responsibility", "quadrant", "question:shop_a_q1"):
        assert result.row(key).label == expected[key]
    assert result.row("decision").values[0] == expected["decision_value"]
    assert expected["quadrant_value"] in result.row("quadrant").values[0]
    assert result.columns[0].role_name == expected["role"]
    assert expected["quadrant_value"] in result.points[0].detail


def test_every_fixed_label_differs_between_languages(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 5})
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 4})
    labels = {lang: [r.label for r in compare(lib_db, [al, bo], lang).rows]
              for lang in ("zh", "en", "es")}
    for zh, en, es in zip(labels["zh"], labels["en"], labels["es"]):
        assert len({zh, en, es}) == 3, (zh, en, es)


# --- limits -----------------------------------------------------------------------------------
def test_one_candidate_is_refused(lib_db):
    al = candidate(lib_db, "Al")
    with pytest.raises(UserError, match="between 2 and 20"):
        compare(lib_db, [al])
    with pytest.raises(UserError, match="between 2 and 20"):
        compare(lib_db, [al, al])  # the same candidate twice is still one
    with pytest.raises(UserError, match="between 2 and 20"):
        compare(lib_db, [])


def test_twenty_one_candidates_are_refused_twenty_are_not(lib_db):
    ids = [candidate(lib_db, f"C{n}") for n in range(21)]
    with pytest.raises(UserError, match="between 2 and 20"):
        compare(lib_db, ids)
    assert len(compare(lib_db, ids[:20]).columns) == 20


def test_unknown_candidates_are_refused_by_id(lib_db):
    al = candidate(lib_db, "Al")
    with pytest.raises(NotFoundError, match="999, 998"):
        compare(lib_db, [al, 999, 998])


# --- thresholds and the chart -----------------------------------------------------------------
def test_a_shared_role_gives_its_thresholds_mixed_roles_the_default(lib_db):
    a1, a2 = candidate(lib_db, "A1"), candidate(lib_db, "A2")
    b1, b2 = candidate(lib_db, "B1", role="shop_b"), candidate(lib_db, "B2", role="shop_b")
    for who, role in ((a1, "shop_a"), (a2, "shop_a"), (b1, "shop_b"), (b2, "shop_b")):
        scorecard(lib_db, who, "Wang", {f"{role}_q1": 3, f"{role}_q2": 3}, role=role)

    assert compare(lib_db, [a1, a2]).thresholds == Thresholds(3.0, 3.5)
    assert compare(lib_db, [b1, b2]).thresholds == SHOP_B_THRESHOLDS
    mixed = compare(lib_db, [a1, b1])
    assert mixed.thresholds == Thresholds()
    # each candidate is still placed by the thresholds of their own role
    quadrants = {c.id: c.quadrant for c in mixed.columns}
    assert quadrants == {a1: "train", b1: "generally_not"}


def test_points_for_candidates_with_both_scores(lib_db):
    al, bo, cy = (candidate(lib_db, n) for n in ("Al", "Bo", "Cy"))
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 4, "shop_a_q2": 2})
    scorecard(lib_db, bo, "Wang", {"shop_a_q1": 5})  # no ability score

    result = compare(lib_db, [al, bo, cy], "en")

    assert [(p.candidate_id, p.name, p.attitude, p.ability) for p in result.points] == [
        (al, "Al", 4.0, 2.0)]
    assert "Al" in result.points[0].detail and "Can be trained" in result.points[0].detail


# --- text rows --------------------------------------------------------------------------------
def test_text_rows_carry_red_flags_team_fit_notes_and_decisions(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 5}, decision="hold", reason="Strong on data",
              red_flags=["claims_without_data", "blames_others"], boss_type="forceful",
              team_role="star", free_notes="x" * 1000)
    scorecard(lib_db, al, "Li", {"shop_a_q1": 4}, decision="train", reason=" \n ",
              red_flags=["blames_others"], boss_type="forceful", team_role="steady_worker",
              free_notes="  Calm,\n\npatient  ")

    result = compare(lib_db, [al, bo], "en")
    column = result.columns[0]

    assert column.red_flags == ["Blames others", "Claims without data"]  # vocabulary order
    assert result.row("red_flags").values == ["Blames others, Claims without data", ""]
    assert column.boss_types == ["Forceful"]
    assert column.team_roles == ["Sun Wukong (the Monkey King) type: the highly skilled star",
                                 "Sha Wujing (Sandy) type: the steady worker"]
    team_fit = result.row("team_fit").values[0]
    assert team_fit.splitlines() == [
        "Boss's style: Forceful",
        "Team role: Sun Wukong (the Monkey King) type: the highly skilled star, "
        "Sha Wujing (Sandy) type: the steady worker"]
    assert column.key_notes[0] == "Wang: Strong on data"
    assert column.key_notes[1].startswith("Wang: xxx") and column.key_notes[1].endswith("…")
    assert len(column.key_notes[1]) <= len("Wang: ") + NOTE_LENGTH
    assert column.key_notes[2] == "Li: Calm, patient"
    assert result.row("key_notes").values[0] == "\n".join(column.key_notes)
    assert result.row("interviewers").values == ["Wang, Li", ""]
    assert column.decision is None  # scorecards recommend; nobody has decided yet
    decide(lib_db, al, "train", "Calm and patient; coach the data side")
    result = compare(lib_db, [al, bo], "en")
    column = result.columns[0]
    assert column.decision == "train"  # the debrief's decision
    assert result.row("decision").values[0] == "Train"

    zh = compare(lib_db, [al, bo], "zh")
    assert zh.row("red_flags").values[0] == "习惯推卸责任、说成绩却拿不出数据"
    assert zh.row("team_fit").values[0].splitlines()[0] == "老板风格：强势型"


def test_the_decision_is_the_latest_one_recorded_as_on_every_screen(lib_db):
    al, bo = candidate(lib_db, "Al"), candidate(lib_db, "Bo")
    set_status(lib_db, bo, "decided", decision="hold")  # no scorecard: a person's decision
    scorecard(lib_db, al, "Wang", {"shop_a_q1": 4}, decision="hire")
    set_status(lib_db, al, "decided", decision="reject")  # recorded after the scorecard

    result = compare(lib_db, [al, bo], "en")

    assert [c.decision for c in result.columns] == ["reject", "hold"]
    assert result.row("decision").values == ["Reject", "Hold"]


# --- speed ------------------------------------------------------------------------------------
def test_queries_do_not_grow_with_candidates_or_answers(lib_db):
    ids = [candidate(lib_db, f"C{n}") for n in range(20)]
    for n, who in enumerate(ids):
        for interviewer in ("Wang", "Li", "Zhao")[:n % 3 + 1]:
            scorecard(lib_db, who, interviewer, {"shop_a_q1": n % 5 + 1, "shop_a_q2": 3,
                                                 "std_one": 4})
    statements: list[str] = []
    lib_db.conn.set_trace_callback(statements.append)
    try:
        compare(lib_db, ids[:2])
        few = len(statements)
        statements.clear()
        compare(lib_db, ids)
        many = len(statements)
    finally:
        lib_db.conn.set_trace_callback(None)
    assert few == many <= 9  # a fixed number: candidates, scorecards, answers, history, and
    # each role's verdict rules (its questions, the standard questions) once
