"""Demo data: the counts asked for, the same data for the same seed, rows the services would
have written (real question ids, scores as submit computes them, a history that matches the
status), names in the chosen language and nothing about protected traits."""
from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest

from hiring_app.errors import UserError
from hiring_app.services import candidate_list, demo, demo_texts, interviews
from hiring_app.services.library import ensure_builtin
from hiring_app.storage.database import memory_database
from tests.helpers.banks import small_library
from tests.helpers.fixtures import dump_tables

TODAY = date(2025, 3, 1)
DEMO_TABLES = ("candidates", "interviews", "answers", "status_history", "interviewers")
PROTECTED_CJK = ("性别", "年龄", "男", "女", "岁", "婚", "孕", "民族", "籍贯")
PROTECTED_WORDS = re.compile(
    r"\b(gender|age|aged|sex|male|female|married|pregnant|pregnancy|religion|ethnicity|"
    r"edad|género|sexo|hombre|mujer|casad[oa]|embarazada|religión)\b", re.IGNORECASE)


def fresh_db():
    database = memory_database()
    ensure_builtin(database, small_library())
    return database


@pytest.fixture
def demo_db(db):
    ensure_builtin(db, small_library())
    return db


def count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608


def rows(db, sql: str) -> list[dict]:
    cursor = db.execute(sql)
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, r, strict=True)) for r in cursor.fetchall()]


def test_the_counts_returned_are_the_rows_written(demo_db):
    made = demo.generate(demo_db, 60, today=TODAY)
    assert made["candidates"] == count(demo_db, "candidates") == 60
    assert made["interviews"] == count(demo_db, "interviews")
    assert made["submitted"] + made["drafts"] == made["interviews"]
    assert made["submitted"] == demo_db.execute(
        "SELECT COUNT(*) FROM interviews WHERE state = 'submitted'").fetchone()[0]
    assert made["answers"] == count(demo_db, "answers")
    assert made["status_changes"] == count(demo_db, "status_history")
    assert made["interviewers"] == count(demo_db, "interviewers") == 6
    assert sum(made["statuses"].values()) == 60
    assert sum(made["quadrants"].values()) == made["submitted"]


def test_answers_add_up_to_the_target(demo_db):
    made = demo.generate(demo_db, 100, answers_target=1500, today=TODAY)
    assert made["answers"] == count(demo_db, "answers") == 1500
    per_candidate = demo_db.execute(
        "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM interviews GROUP BY candidate_id)").fetchone()
    assert per_candidate[0] <= 3  # never more than three interviewers per candidate


def test_a_small_target_interviews_fewer_candidates(demo_db):
    made = demo.generate(demo_db, 20, answers_target=40, today=TODAY)
    assert made["candidates"] == 20
    assert made["answers"] == 40


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    first, second, other = fresh_db(), fresh_db(), fresh_db()
    demo.generate(first, 50, seed=3, today=TODAY)
    demo.generate(second, 50, seed=3, today=TODAY)
    demo.generate(other, 50, seed=4, today=TODAY)
    dumps = [{t: d[t] for t in DEMO_TABLES} for d in map(dump_tables, (first, second, other))]
    assert dumps[0] == dumps[1]
    assert dumps[0]["candidates"] != dumps[2]["candidates"]


def test_adding_twice_with_the_same_seed_adds_new_people(demo_db):
    demo.generate(demo_db, 30, today=TODAY)
    demo.generate(demo_db, 30, today=TODAY)
    assert count(demo_db, "candidates") == 60
    uids = [r[0] for r in demo_db.execute("SELECT uid FROM candidates")]
    assert len(set(uids)) == 60
    assert all(re.fullmatch(r"[0-9a-f]{12}4[0-9a-f]{19}", uid) for uid in uids)  # uuid4 hex


def test_every_answer_is_to_a_question_of_the_role_or_a_standard_question(demo_db):
    demo.generate(demo_db, 80, today=TODAY)
    answers = rows(demo_db, """
        SELECT a.question_id, a.adhoc_text, a.dimension, a.facet, a.weight, i.role_id,
               q.id AS q_id, q.role_id AS q_role, q.dimension AS q_dimension, q.facet AS q_facet,
               q.weight AS q_weight
        FROM answers a JOIN interviews i ON i.id = a.interview_id
        LEFT JOIN questions q ON q.id = a.question_id""")
    assert answers
    for answer in answers:
        if answer["adhoc_text"] is not None:  # an interviewer's own extra question
            assert answer["question_id"].startswith("adhoc-") and answer["adhoc_text"].strip()
            continue
        assert answer["q_id"] is not None, answer
        assert answer["q_role"] in (None, answer["role_id"]), answer
        assert (answer["dimension"], answer["facet"], answer["weight"]) == (
            answer["q_dimension"], answer["q_facet"], answer["q_weight"])
    standard = {r[0] for r in demo_db.execute("SELECT id FROM questions WHERE role_id IS NULL")}
    for interview_id, role_id in demo_db.execute("SELECT id, role_id FROM interviews"):
        asked = {r[0] for r in demo_db.execute(
            "SELECT question_id FROM answers WHERE interview_id = ? AND adhoc_text IS NULL",
            [interview_id])}
        own = {r[0] for r in demo_db.execute("SELECT id FROM questions WHERE role_id = ?",
                                              [role_id])}
        assert asked == standard | own  # every question of the interview has its answer row


def test_stored_scores_are_what_submit_computes_and_decisions_follow_the_quadrant(demo_db):
    demo.generate(demo_db, 80, today=TODAY)
    submitted = drafts = 0
    for (interview_id,) in demo_db.execute("SELECT id FROM interviews").fetchall():
        interview = interviews.load_interview(demo_db, interview_id)
        if not interview.submitted:
            drafts += 1
            assert (interview.attitude_score, interview.quadrant, interview.decision) == (
                None, None, None)
            continue
        submitted += 1
        result = interview.assess(interviews.rules_for(demo_db, interview.role_id))
        assert (interview.attitude_score, interview.ability_score) == (
            result.attitude, result.ability)
        assert interview.quadrant == result.quadrant.value
        # the verdict's recommendation: the quadrant's, a rejection on a knock-out, or
        # "hold" while the evidence is short of the role's minimum
        assert interview.decision == (result.recommended_decision or "hold")
        assert interview.decision_reason
        assert interview.stage == "decide" and interview.submitted_at
    assert submitted > drafts > 0
    skipped = demo_db.execute("SELECT COUNT(*) FROM answers WHERE skipped = 1").fetchone()[0]
    assert skipped > 0
    assert demo_db.execute("SELECT COUNT(*) FROM answers WHERE skipped = 1 AND score IS NOT NULL"
                           ).fetchone()[0] == 0


def test_all_four_quadrants_appear_among_200_candidates(demo_db):
    demo.generate(demo_db, 200, today=TODAY)
    shown = {row.quadrant for row in candidate_list.load_rows(demo_db)}
    assert {"hire_first", "train", "generally_not", "turn_down"} <= shown
    stored = {r[0] for r in demo_db.execute("SELECT DISTINCT quadrant FROM interviews")}
    assert {"hire_first", "train", "generally_not", "turn_down"} <= stored


def test_statuses_agree_with_their_dated_history(demo_db):
    demo.generate(demo_db, 200, today=TODAY)
    end = datetime(2025, 3, 1, tzinfo=UTC)
    seen = set()
    for candidate in rows(demo_db, "SELECT * FROM candidates"):
        history = rows(demo_db, f"SELECT * FROM status_history WHERE candidate_id = "
                                f"{candidate['id']} ORDER BY id")
        cards = rows(demo_db, f"SELECT * FROM interviews WHERE candidate_id = {candidate['id']}"
                              " ORDER BY id")
        submitted = sorted((c for c in cards if c["state"] == "submitted"),
                           key=lambda c: c["submitted_at"])
        status = candidate["status"]
        seen.add(status)
        steps = [h["status"] for h in history]
        assert steps[0] == "new" and steps[-1] == status
        assert history[0]["changed_at"] == candidate["created_at"]
        times = [h["changed_at"] for h in history]
        assert times == sorted(times)
        moments = [datetime.fromisoformat(t) for t in times]
        assert all(end - timedelta(days=183) <= m <= end for m in moments)
        if status == "new":
            assert steps == ["new"] and not cards
            continue
        assert steps[1] == "interviewing"
        assert history[1]["changed_at"] == min(c["started_at"] for c in cards)
        assert min(c["started_at"] for c in cards) > candidate["created_at"]
        if status == "interviewing":
            assert steps == ["new", "interviewing"] and not submitted
            continue
        # scorecards recommend; one decision is taken at the debrief, after the last of them
        decided = [h for h in history if h["status"] == "decided"]
        assert len(decided) == 1 and decided[0]["note"] and decided[0]["interviewer_id"]
        assert decided[0]["changed_at"] > max(c["submitted_at"] for c in submitted)
        if status == "decided":
            assert steps == ["new", "interviewing", "decided"]
        else:
            assert steps == ["new", "interviewing", "decided", status]
            assert times[-1] > max(c["updated_at"] for c in cards)
        if status == "hired":
            assert decided[-1]["decision"] in ("hire", "train")
    assert seen == {"new", "interviewing", "decided", "hired", "declined"}


@pytest.mark.parametrize("language", ["zh", "en", "es"])
def test_no_text_mentions_a_protected_trait(language):
    database = fresh_db()
    demo.generate(database, 150, language=language, today=TODAY)
    generated = []
    for sql in ("SELECT name, notes FROM candidates",
                "SELECT listen_notes, free_notes, decision_reason, observations, red_flags,"
                " boss_type, team_role FROM interviews",
                "SELECT notes, adhoc_text, facet FROM answers", "SELECT note FROM status_history",
                "SELECT name FROM interviewers"):
        generated += [v for row in database.execute(sql) for v in row if isinstance(v, str)]
    templates = [t for name, value in vars(demo_texts).items() if name.isupper()
                 for t in _strings(value)]
    for text in generated + templates:
        assert not any(word in text for word in PROTECTED_CJK), text
        assert not PROTECTED_WORDS.search(text), text
    columns = {r[1] for t in DEMO_TABLES for r in database.execute(f"PRAGMA table_info({t})")}
    assert not {"gender", "age", "sex", "birth_date", "birthday"} & columns


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v)]
    return []


def _is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH")


def test_chinese_names_are_two_or_three_chinese_characters(demo_db):
    demo.generate(demo_db, 300, language="zh", today=TODAY)
    names = [r[0] for r in demo_db.execute("SELECT name FROM candidates")]
    assert all(2 <= len(n) <= 3 and all(_is_cjk(ch) for ch in n) for n in names), names
    assert {len(n) for n in names} == {2, 3}
    assert len(set(names)) > 200  # varied
    interviewers = [r[0] for r in demo_db.execute("SELECT name FROM interviewers")]
    assert all(all(_is_cjk(ch) for ch in n) for n in interviewers)
    notes = " ".join(r[0] for r in demo_db.execute("SELECT notes FROM answers WHERE notes != ''"))
    assert any(term in notes for term in ("千牛", "转化率", "售后", "直通车"))


def test_english_and_spanish_names_are_latin(demo_db):
    demo.generate(demo_db, 100, language="en", today=TODAY)
    demo.generate(demo_db, 100, language="es", today=TODAY)
    names = [r[0] for r in demo_db.execute("SELECT name FROM candidates ORDER BY id")]
    english, spanish = names[:100], names[100:]
    assert all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", n) for n in english), english
    latin = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
    assert all(re.fullmatch(rf"{latin} {latin} {latin}", n) for n in spanish), spanish
    assert len(set(english)) > 80


def test_roles_lean_towards_service_operations_visual_and_warehouse():
    database = memory_database()
    library = small_library()  # shop_a: operations, shop_b: warehouse
    library.roles[0].department = "growth"
    ensure_builtin(database, library)
    demo.generate(database, 300, today=TODAY)
    counts = dict(database.execute("SELECT role_id, COUNT(*) FROM candidates GROUP BY role_id"))
    assert counts["shop_b"] > 2 * counts["shop_a"] > 0


def test_channels_come_from_the_known_channels(demo_db):
    from hiring_app.services.candidates import CHANNELS

    demo.generate(demo_db, 200, today=TODAY)
    used = {r[0] for r in demo_db.execute("SELECT DISTINCT channel FROM candidates")}
    assert used <= set(CHANNELS) and len(used) >= 4


def test_a_database_without_roles_or_an_unknown_language_is_refused(db):
    with pytest.raises(UserError, match="roles"):
        demo.generate(db, 5)
    ensure_builtin(db, small_library())
    with pytest.raises(UserError, match="language"):
        demo.generate(db, 5, language="fr")
    assert count(db, "candidates") == 0


def test_the_debrief_follows_the_panels_verdict_or_says_why_not(demo_db):
    from hiring_app.services.demo_texts import OVERRIDE_REASONS
    from hiring_app.services.scorecards import candidate_result

    demo.generate(demo_db, 200, today=TODAY)
    overrides = set(OVERRIDE_REASONS["zh"].values())
    followed = against = 0
    for candidate_id, decision, note in demo_db.execute(
            "SELECT candidate_id, decision, note FROM status_history WHERE status = 'decided'"):
        recommended = candidate_result(demo_db, candidate_id).recommended_decision
        if decision == (recommended or "hold"):
            followed += 1
        else:
            assert note in overrides  # against the recommendation: only with its reason
            against += 1
    assert followed > 50 and against > 0


def test_the_demo_shows_knock_outs_disagreements_and_notes(demo_db):
    from hiring_app.services.scorecards import candidate_result

    demo.generate(demo_db, 200, today=TODAY)
    results = [candidate_result(demo_db, i) for (i,) in demo_db.execute(
        "SELECT DISTINCT candidate_id FROM interviews WHERE state = 'submitted'")]
    assert any(r.verdict.knocked_out and r.verdict.placement is not None
               and r.verdict.placement.value == "hire_first" for r in results)
    assert sum(r.decisions_differ for r in results) >= 3
    notes = demo_db.execute("SELECT COUNT(*) FROM answers WHERE question_id LIKE 'adhoc-%'"
                            " AND dimension IS NULL AND weight = 0").fetchone()[0]
    assert notes > 0
