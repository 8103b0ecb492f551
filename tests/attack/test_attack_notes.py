"""An added question kept as a note (`"dimension": null`) is never scored, whatever a scorecard
file says about it: a score or a weight given to a note changes neither attitude, ability, the
weighted total nor a comparison's rows, and a bank question cannot be turned into a note (which
would hide its score, a knock-out's too). The Candidates list and the candidate's record agree."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from hiring_app.content.scorecard_file import ScorecardFileError
from hiring_app.domain.interview import Answer
from hiring_app.services import candidate_list, interviews
from hiring_app.services import scorecards as service
from hiring_app.services.candidates import add_candidate
from hiring_app.services.company import open_company
from hiring_app.services.compare import compare
from tests.helpers.banks import small_company
from tests.helpers.fixtures import dump_tables

KNOCKOUT_ROLE, KNOCKOUT_QUESTION = "cs_key_account", "cs_key_account_q3"  # shipped content


def test_a_note_never_counts_whatever_its_score_and_weight() -> None:
    note = Answer("adhoc-1", 0, None, "execution", 10.0, score=5)
    assert not note.counts
    assert Answer("adhoc-1", 0, "ability", "execution", 10.0, score=5).counts


def _exported_with_notes() -> dict:
    """Two submitted scorecards of one candidate, each with an added question kept as a note."""
    db = small_company()
    candidate = add_candidate(db, "Zoë 张伟", "shop_a")
    for who, attitude, ability in (("A", 4, 3), ("B", 3, 4)):
        interview = interviews.start_interview(db, candidate, "shop_a", who)
        answers = {a.question_id: {"score": attitude if a.dimension == "attitude" else ability}
                   for a in interviews.load_interview(db, interview).answers}
        note = interviews.add_adhoc_question(db, interview, f"asked by {who}", None, None)
        answers[note] = {"notes": "a note only"}
        interviews.apply_changes(db, interview, {}, answers)
        interviews.submit(db, interview, "hire", "reason")
    text, _count = service.export_text(db, candidate)
    db.conn.close()
    return json.loads(text)


def _imported(document: dict, path: Path) -> tuple:
    """What a receiving company shows for the file's candidate: the record's attitude and
    ability, the comparison's weighted total and score rows, and the list's verdict."""
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = small_company()
    done = service.import_scorecards(db, path)
    other = add_candidate(db, "Other", "shop_a")
    result = service.candidate_result(db, done.candidate_id)
    comparison = compare(db, [done.candidate_id, other], "en")
    column = comparison.columns.index(next(c for c in comparison.columns
                                           if c.id == done.candidate_id))
    rows = {row.key: row.values[column] for row in comparison.rows if row.kind == "score"}
    listed = next(r for r in candidate_list.load_rows(db) if r.id == done.candidate_id)
    return (result.attitude.score, result.ability.score, result.quadrant, rows,
            (listed.attitude, listed.ability, listed.quadrant))


@pytest.mark.parametrize("given", [{"score": 5}, {"score": 1, "weight": 10},
                                   {"score": 5, "weight": 7.5, "facet": "execution"}])
# (a weight over 10 is refused like a bank's since issue #15: test_attack_hostile_names)
def test_a_scored_weighted_note_changes_nothing(given: dict, tmp_path: Path) -> None:
    """Was: a note with a score and a weight in the file counted in the comparison's weighted
    total (the ranking's second key), its own row and its facet's row."""
    plain = _exported_with_notes()
    edited = copy.deepcopy(plain)
    for card in edited["scorecards"]:
        for answer in card["answers"]:
            if answer["dimension"] is None:
                answer.update(given)
    assert _imported(edited, tmp_path / "edited.json") == _imported(plain, tmp_path / "plain.json")


def test_a_bank_question_made_a_note_is_refused_and_changes_nothing(company: str,
                                                                   tmp_path: Path) -> None:
    """Was: accepted; the knock-out question scored 1 was hidden from the candidate's record
    (hire first) while the Candidates list still said knocked out (turn down)."""
    sender = open_company(Path(company)).db
    candidate = add_candidate(sender, "Ko", KNOCKOUT_ROLE)
    interview = interviews.start_interview(sender, candidate, KNOCKOUT_ROLE, "A")
    answers = {a.question_id: {"score": 4}
               for a in interviews.load_interview(sender, interview).answers}
    answers[KNOCKOUT_QUESTION] = {"score": 1}
    interviews.apply_changes(sender, interview, {}, answers)
    interviews.submit(sender, interview, "reject", "knocked out")
    document = json.loads(service.export_text(sender, candidate)[0])
    sender.conn.close()
    number = next(n for n, a in enumerate(document["scorecards"][0]["answers"])
                  if a["question_id"] == KNOCKOUT_QUESTION)
    document["scorecards"][0]["answers"][number]["dimension"] = None
    path = tmp_path / "note.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    receiver = open_company(tmp_path / "receiver").db
    before = dump_tables(receiver)
    with pytest.raises(ScorecardFileError) as refused:
        service.import_scorecards(receiver, path)
    assert refused.value.code == "scorecard.note_on_bank_question"
    assert f"$.scorecards[0].answers[{number}].dimension" in str(refused.value)
    assert KNOCKOUT_QUESTION in str(refused.value)
    assert dump_tables(receiver) == before


def test_the_list_and_the_record_agree_on_a_stored_note_scored_low(company: str) -> None:
    """A stored answer without a dimension is a note (however it got there, e.g. an older
    database): a low score on it knocks nobody out, in the list as on the record.
    Was: the list's knock-out query read it, the record's verdict did not."""
    db = open_company(Path(company)).db
    candidate = add_candidate(db, "Old data", KNOCKOUT_ROLE)
    interview = interviews.start_interview(db, candidate, KNOCKOUT_ROLE, "A")
    answers = {a.question_id: {"score": 4}
               for a in interviews.load_interview(db, interview).answers}
    answers[KNOCKOUT_QUESTION] = {"score": 1}
    interviews.apply_changes(db, interview, {}, answers)
    with db.conn:
        db.execute("UPDATE answers SET dimension = NULL WHERE interview_id = ? AND "
                   "question_id = ?", [interview, KNOCKOUT_QUESTION])
    interviews.submit(db, interview, "hire", "fine")
    result = service.candidate_result(db, candidate)
    row = next(r for r in candidate_list.load_rows(db) if r.id == candidate)
    assert not result.verdict.knocked_out
    assert (row.knocked_out, row.quadrant) == (
        result.verdict.knocked_out, result.quadrant.value if result.quadrant else None)
