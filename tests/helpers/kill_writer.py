"""A process that writes to a company database forever, through the app's own services, so a
test can kill it with SIGKILL at any moment: `python tests/helpers/kill_writer.py DATA_DIR SEED`.

Protocol on stdout, one JSON object a line, each flushed before the writer goes on:

* `{"pending": ...}` is printed BEFORE a service call starts: what is about to be written. The
  change may or may not be in the database if the process dies before its acknowledgement.
* `{"ack": ...}` is printed only AFTER the service call returned (its transaction committed):
  the change must be in the database from then on, whatever happens to this process.

Only complete lines count: the kill can cut the last one. Texts are sent as sha256 digests
(with their length), so a reader can check the stored text byte for byte without megabytes of
output. The mix of writes is chosen by a random generator seeded with SEED.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from hiring_app.services import candidates as candidate_service  # noqa: E402
from hiring_app.services import interviews as interview_service  # noqa: E402
from hiring_app.services import privacy  # noqa: E402
from hiring_app.services.company import open_company  # noqa: E402
from hiring_app.storage import backups  # noqa: E402

INTERVIEWERS = ("王芳", "李雷", "Anna Müller")
PHRASES = (
    "Candidate explained the refund policy calmly. ",
    "先倾听买家的诉求，再给出方案。",
    "Asked twice, stayed patient; 第三次仍然耐心。",
    "对加班的看法很务实，举了去年双十一的例子。",
    "Gave a concrete example of handling an angry customer on the phone. ",
    "团队合作：主动帮新人整理知识库，没有等别人安排。",
    "Numbers: 客单价 ¥128 → ¥156, repeat rate 23% → 31%. ",
)
# (weight, kind): the mix of writes. Erasing (delete + VACUUM + checkpoint) and backups are heavy
# writes worth killing, but rare enough that the file and the backup folder stay small.
# An erase takes some 30 times as long as the other writes (it rebuilds the whole file), so at 2 in
# 100 it still takes about a third of the writer's time.
MIX = ((22, "add"), (20, "status"), (14, "start"), (41.7, "notes"), (2, "erase"), (0.3, "backup"))
# With this many candidates an add becomes a status change, and with this many open interviews a
# new one becomes more notes, so the file stays a few MB however long the loop runs.
MAX_CANDIDATES = 150
MAX_DRAFTS = 40


def digest(text: str | None) -> str:
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def make_text(rng: random.Random, tag: str) -> str:
    """Chinese and English notes: mostly short, often a few KB, now and then tens of KB."""
    roll = rng.random()
    size = (rng.randint(40, 600) if roll < 0.6 else rng.randint(2_000, 9_000) if roll < 0.97
            else rng.randint(20_000, 40_000))
    parts = [f"[{tag}] "]
    length = len(parts[0])
    while length < size:
        phrase = rng.choice(PHRASES)
        parts.append(phrase)
        length += len(phrase)
    return "".join(parts)[:size]


def say(**message) -> None:
    sys.stdout.write(json.dumps(message, ensure_ascii=True, sort_keys=True) + "\n")
    sys.stdout.flush()


def main(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    opened = open_company(data_dir)
    db = opened.db
    role_id = db.execute("SELECT id FROM roles LIMIT 1").fetchone()[0]
    kinds = [kind for _weight, kind in MIX]
    weights = [weight for weight, _kind in MIX]
    step = 0
    while True:
        step += 1
        tag = f"{seed}-{step}"
        candidates = [r[0] for r in db.execute("SELECT id FROM candidates ORDER BY id")]
        drafts = [r[0] for r in db.execute(
            "SELECT id FROM interviews WHERE state = 'draft' ORDER BY id")]
        kind = rng.choices(kinds, weights)[0]
        if not candidates:
            kind = "add"
        if kind == "add" and len(candidates) >= MAX_CANDIDATES:
            kind = "status"
        if kind == "notes" and not drafts:
            kind = "start"
        if kind == "start" and len(drafts) >= MAX_DRAFTS:
            kind = "notes"
        if kind == "add":
            name = f"候选人 {tag} 号"
            say(pending="add", name=name)
            candidate_id = candidate_service.add_candidate(
                db, name, role_id, channel=rng.choice(candidate_service.CHANNELS))
            say(ack="add", id=candidate_id, name=name)
        elif kind == "status":
            candidate_id = rng.choice(candidates)
            status = rng.choice(candidate_service.STATUSES)
            say(pending="status", id=candidate_id, status=status)
            candidate_service.set_status(db, candidate_id, status, note=make_text(rng, tag)[:300])
            say(ack="status", id=candidate_id, status=status)
        elif kind == "start":
            candidate_id = rng.choice(candidates)
            say(pending="start", candidate=candidate_id)
            interview_id = interview_service.start_interview(db, candidate_id, role_id,
                                                             rng.choice(INTERVIEWERS))
            status = candidate_service.get_candidate(db, candidate_id)["status"]
            question = interview_service.load_interview(db, interview_id).answers[0].question_id
            say(ack="start", candidate=candidate_id, id=interview_id, question=question,
                status=status)
        elif kind == "notes":
            interview_id = rng.choice(drafts)
            question = interview_service.load_interview(db, interview_id).answers[0].question_id
            free = make_text(rng, tag + "-free")
            notes = make_text(rng, tag + "-answer")
            score = rng.randint(1, 5)
            change = dict(id=interview_id, question=question, free=digest(free),
                          free_len=len(free), notes=digest(notes), notes_len=len(notes),
                          score=score)
            say(pending="notes", **change)
            interview_service.apply_changes(db, interview_id, {"free_notes": free},
                                            {question: {"notes": notes, "score": score}})
            say(ack="notes", **change)
        elif kind == "erase":
            candidate_id = rng.choice(candidates)
            name = candidate_service.get_candidate(db, candidate_id)["name"]
            say(pending="erase", id=candidate_id, name=name)
            privacy.erase_candidate(db, candidate_id)
            say(ack="erase", id=candidate_id, name=name)
        elif kind == "backup":
            say(pending="backup")
            made = backups.create_backup(db.conn, data_dir, "manual")
            say(ack="backup", name=made.path.name)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
