"""Demo data: a company's candidates, interviews and decisions, made up but believable, for
trying the app out and for measuring it at ten thousand candidates.

Everything is written in one transaction with bulk inserts. The rows are what the services would
have written (start_interview, apply_changes, submit, set_status), so every screen, export and
report treats them like real work. The same seed on the same database gives the same data.
"""
from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlite_utils import Database

from hiring_app.content.loader import builtin_vocabulary
from hiring_app.domain.codes import POSITIVE_DECISIONS
from hiring_app.domain.library import LANGUAGES
from hiring_app.domain.matrix import Assessment, Rules, ScoredAnswer, Thresholds, assess
from hiring_app.domain.scorecards import ScorecardScores, combine_scores
from hiring_app.errors import UserError
from hiring_app.services import candidate_list, demo_team
from hiring_app.services import demo_texts as texts
from hiring_app.services.candidates import CHANNELS
from hiring_app.services.changes import Change, changes
from hiring_app.services.interviews import RuleBook
from hiring_app.storage import demo_repo, roles_repo

FAVOURED_DEPARTMENTS = ("customer_service", "operations", "visual", "warehouse")
CHANNEL_WEIGHTS = (40, 12, 20, 12, 10, 6)  # in the order of CHANNELS
PLANNED_STATUS = {"new": 8, "interviewing": 12, "decided": 45, "hired": 18, "declined": 17}
QUADRANT_MIX = {  # the quadrant a candidate "really" is in, by where they end up
    "new": (25, 30, 15, 30), "interviewing": (25, 30, 15, 30), "decided": (25, 30, 15, 30),
    "hired": (55, 45, 0, 0), "declined": (10, 10, 30, 50)}
QUADRANTS = ("hire_first", "train", "generally_not", "turn_down")
GOOD_ATTITUDE = {"hire_first": True, "train": True, "generally_not": False, "turn_down": False}
STRONG_ABILITY = {"hire_first": True, "train": False, "generally_not": True, "turn_down": False}
SKIP_RATE, NOTE_RATE, ADHOC_RATE = 0.05, 0.35, 0.05
NOTE_ONLY_RATE = 0.3   # of the added questions, kept as notes (not scored)
LENIENT_BIAS = 1.6     # the first interviewer of the pool scores this much above their panels
OVERRIDE_RATE = 0.06   # hiring decisions taken against the recommendation, with a reason
DAYS_BACK = 182
UTC_OFFSET = {"zh": 8, "en": 0, "es": 1}  # interviews happen in office hours (China, UK, Spain)


@dataclass
class _Role:
    id: str
    rules: Rules
    questions: list[tuple[str, str, str, float]]  # id, dimension, facet, weight (asking order)


def _roles(db: Database) -> tuple[list[_Role], list[float]]:
    """The installed roles that can be scored on both dimensions, and their draw weights."""
    rows = roles_repo.scoring_questions(db)
    standard = [r[0:1] + r[2:] for r in rows if r[1] is None]
    own: dict[str, list] = {}
    for qid, role_id, dimension, facet, weight in rows:
        if role_id is not None:
            own.setdefault(role_id, []).append((qid, dimension, facet, weight))
    roles, weights = [], []
    rules = RuleBook(db)
    for role_id, department, _profile in roles_repo.profile_rows(db):
        questions = standard + own.get(role_id, [])
        if {q[1] for q in questions} != {"attitude", "ability"}:
            continue
        roles.append(_Role(role_id, rules(role_id), questions))
        weights.append(4.0 if department in FAVOURED_DEPARTMENTS else 1.0)
    if not roles:
        raise UserError("demo.no_roles")
    return roles, weights


_ZH_TWO = [g for g in texts.ZH_GIVEN if len(g) == 2]
_ZH_ONE = [g for g in texts.ZH_GIVEN if len(g) == 1]


def _name(rng: random.Random, language: str) -> str:
    if language == "zh":
        given = _ZH_TWO if rng.random() < 0.65 else _ZH_ONE
        return rng.choice(texts.ZH_SURNAMES) + rng.choice(given)
    if language == "en":
        return f"{rng.choice(texts.EN_FIRST)} {rng.choice(texts.EN_LAST)}"
    first, second = rng.sample(texts.ES_LAST, 2)
    return f"{rng.choice(texts.ES_FIRST)} {first} {second}"


def _fill(rng: random.Random, template: str) -> str:
    pct = round(rng.uniform(0.8, 3.5), 1)
    return template.format(pct=pct, pct2=round(pct + rng.uniform(0.4, 2.5), 1),
                           n=rng.randrange(20, 300, 10), years=rng.randint(1, 6))


def _uid(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def _interview_plan(rng: random.Random, statuses: list[str], sizes: list[int],
                    answers_target: int | None) -> list[list[int]]:
    """For each candidate, one entry per interview (1-3 once interviewed): how many ad-hoc
    questions it adds. With a target, the answers add up to it (`statuses` may turn to 'new'
    when even one interview each is too many)."""
    n = len(statuses)
    if answers_target is None:
        counts = [0 if s == "new" else rng.choices((1, 2, 3), (50, 35, 15))[0] for s in statuses]
        return [[int(rng.random() < ADHOC_RATE) for _ in range(c)] for c in counts]
    counts = [0 if s == "new" else 1 for s in statuses]
    total = sum(c * size for c, size in zip(counts, sizes, strict=True))
    order = list(range(n))
    rng.shuffle(order)
    for i in order:  # too many answers even at one interview each: fewer candidates interviewed
        if total <= answers_target:
            break
        if counts[i]:
            total -= sizes[i]
            counts[i], statuses[i] = 0, "new"
    extra = [i for i in range(n) if counts[i] for _ in range(2)]
    rng.shuffle(extra)
    for i in extra:
        if total + sizes[i] <= answers_target:
            counts[i] += 1
            total += sizes[i]
    adhoc = [[0] * c for c in counts]
    slots = [(i, k) for i in range(n) for k in range(counts[i]) for _ in range(2)]
    rng.shuffle(slots)
    for i, k in slots[:max(0, answers_target - total)]:
        adhoc[i][k] += 1
    return adhoc


class _Writer:
    """Builds the rows of one generation run; generate() inserts them in bulk."""

    def __init__(self, rng: random.Random, language: str, interviewer_ids: list[int],
                 end: datetime) -> None:
        self.rng, self.language, self.end = rng, language, end
        self.interviewer_ids = interviewer_ids
        self.lenient = interviewer_ids[0]  # the calibration view has someone to point out
        vocabulary = builtin_vocabulary()
        self.observations = [item["id"] for item in vocabulary.observe_checklist]
        self.red_flags = [item["id"] for item in vocabulary.red_flags]
        self.team_roles = [item["id"] for item in vocabulary.team_roles]
        self.facets = {d: [f["id"] for f in vocabulary.facets if f["dimension"] == d]
                       for d in ("attitude", "ability")}
        self.boss_type = rng.choice([item["id"] for item in vocabulary.boss_types])
        self.notes = texts.ANSWER_NOTES[language]
        self.candidates: list[dict] = []
        self.interviews: list[dict] = []
        self.answers: list[dict] = []
        self.history: list[dict] = []

    def _answer_note(self, dimension: str, score: int | None) -> str:
        if score is None:
            key = ("any", "skipped")
        elif score == 3:
            key = ("any", "so-so")
        else:
            key = (dimension, "good" if score >= 4 else "poor")
        return _fill(self.rng, self.rng.choice(self.notes[key]))

    def interview(self, interview_id: int, candidate_id: int, role: _Role, interviewer_id: int,
                  started: datetime, submitted: bool, latent: dict[str, float],
                  adhoc: int) -> tuple[dict, Assessment | None]:
        rng = self.rng
        questions: list[tuple[str, str | None, str | None, float]] = list(role.questions)
        for n in range(1, adhoc + 1):
            if rng.random() < NOTE_ONLY_RATE:  # a question kept as a note, not scored
                questions.append((f"adhoc-{n}", None, None, 0.0))
                continue
            scored_on = rng.choice(("attitude", "ability"))
            questions.append((f"adhoc-{n}", scored_on, rng.choice(self.facets[scored_on]), 1.0))
        answered = len(questions) if submitted else rng.randint(0, len(questions))
        bias = rng.gauss(0, 0.25) + (LENIENT_BIAS if interviewer_id == self.lenient else 0.0)
        scored_dimensions: set[str | None] = set()
        last_of = {q[1]: position for position, q in enumerate(questions)}
        moment, rows, scored = started + timedelta(seconds=rng.randint(300, 900)), [], []
        for position, (qid, dimension, facet, weight) in enumerate(questions):
            score, skipped, seconds = None, False, 0
            if position < answered and dimension is None:
                seconds = rng.randint(20, 90)
                moment += timedelta(seconds=seconds)
            elif position < answered and dimension is not None:
                may_skip = dimension in scored_dimensions or position != last_of[dimension]
                if rng.random() < SKIP_RATE and may_skip:  # each dimension keeps a score
                    skipped, seconds = True, rng.randint(5, 40)
                else:
                    value = round(latent[dimension] + bias + rng.gauss(0, 0.75))
                    score, seconds = min(5, max(1, value)), rng.randint(40, 420)
                    scored_dimensions.add(dimension)
                moment += timedelta(seconds=seconds)
            notes = (self._answer_note(dimension, score)
                     if dimension and (score is not None or skipped) and rng.random() < NOTE_RATE
                     else "")
            adhoc_texts = texts.ADHOC_QUESTIONS[self.language][dimension or "note"]
            rows.append({"interview_id": interview_id, "question_id": qid,
                         "adhoc_text": (rng.choice(adhoc_texts)
                                        if qid.startswith("adhoc-") else None),
                         "dimension": dimension, "facet": facet, "weight": weight,
                         "position": position, "score": score, "skipped": int(skipped),
                         "notes": notes, "seconds": seconds,
                         "updated_at": _iso(moment if position < answered else started)})
            if dimension is not None:
                scored.append(ScoredAnswer(dimension, weight, score, skipped, qid))
        self.answers.extend(rows)
        stage = ("decide" if submitted else "ask" if answered
                 else rng.choice(("observe", "listen")))
        poor = latent["attitude"] < role.rules.thresholds.attitude
        flags = (rng.sample(self.red_flags, rng.randint(1, 2))
                 if submitted and rng.random() < (0.6 if poor else 0.05) else [])
        result = assess(scored, role.rules, flags) if submitted else None
        quadrant = result.quadrant if result else None
        if submitted and quadrant is None:  # cannot happen with both dimensions scored
            raise AssertionError("a submitted demo scorecard without a quadrant")
        # the interviewer's recommendation: what their scorecard says (hold when it is thin)
        decision = ((result.recommended_decision or "hold") if result else None)
        row = {
            "id": interview_id, "uid": _uid(rng), "candidate_id": candidate_id,
            "role_id": role.id, "interviewer_id": interviewer_id,
            "state": "submitted" if submitted else rng.choice(("draft", "draft", "paused")),
            "stage": stage, "current_question": min(answered, len(questions) - 1),
            "started_at": _iso(started), "updated_at": _iso(moment),
            "submitted_at": _iso(moment) if submitted else None,
            "elapsed_seconds": int((moment - started).total_seconds()),
            "observations": json.dumps(rng.sample(self.observations, rng.randint(2, 5))),
            "listen_notes": (rng.choice(texts.LISTEN_NOTES[self.language])
                             if stage in ("ask", "decide") and rng.random() < 0.85 else ""),
            "free_notes": (rng.choice(texts.FREE_NOTES[self.language])
                           if submitted and rng.random() < 0.5 else ""),
            "red_flags": json.dumps(flags), "boss_type": self.boss_type,
            "team_role": rng.choice(self.team_roles) if submitted else None,
            "attitude_score": result.attitude if result else None,
            "ability_score": result.ability if result else None,
            "quadrant": quadrant.value if quadrant else None, "decision": decision,
            "decision_reason": rng.choice(texts.REASONS[self.language][decision])
            if decision else "",
            "question_order": json.dumps([q[0] for q in questions]),
        }
        self.interviews.append(row)
        return row, result

    def candidate(self, candidate_id: int, role: _Role, planned: str, adhoc: list[int],
                  interview_id: int) -> int:
        """One candidate with `len(adhoc)` interviews and their history; returns the next
        interview id."""
        rng, end = self.rng, self.end
        days_ago = {"new": (0, 14), "interviewing": (3, 40)}.get(planned, (25, DAYS_BACK))
        created = end - timedelta(days=rng.uniform(*days_ago))
        latent = _latent(rng, rng.choices(QUADRANTS, QUADRANT_MIX[planned])[0],
                         role.rules.thresholds)
        self.status(candidate_id, "new", _iso(created))
        moment = created + timedelta(days=rng.randint(1, 7))  # office hours where they work
        moment = moment.replace(hour=(rng.randint(9, 17) - UTC_OFFSET[self.language]) % 24,
                                minute=rng.choice((0, 15, 30, 45)))
        decisions: list[tuple[str, str, int, str]] = []
        results: list[Assessment] = []
        last_change = created
        for number, interviewer_id in enumerate(rng.sample(self.interviewer_ids, len(adhoc))):
            moment = min(moment, end - timedelta(hours=20 - 3 * number))  # not in the future
            submitted = planned != "interviewing" and (
                number == 0 or planned != "decided" or rng.random() < 0.8)
            row, result = self.interview(interview_id, candidate_id, role, interviewer_id,
                                         moment, submitted, latent, adhoc[number])
            if result is not None:
                results.append(result)
            if number == 0:
                self.status(candidate_id, "interviewing", row["started_at"],
                            interviewer_id=interviewer_id)
            if submitted:
                decisions.append((row["submitted_at"], row["decision"], interviewer_id,
                                  row["decision_reason"]))
            last_change = max(last_change, datetime.fromisoformat(row["updated_at"]))
            interview_id += 1
            moment += timedelta(days=rng.randint(0, 5), hours=rng.randint(1, 3))
        decisions.sort()
        status = "new" if not adhoc else "interviewing"
        decided_at: datetime | None = None
        if decisions and planned != "interviewing":
            # the debrief: whoever decides records one decision for the panel, with a reason
            decided_at = min(datetime.fromisoformat(decisions[-1][0])
                             + timedelta(hours=rng.randint(1, 30)), end - timedelta(hours=2))
            decision, reason = self._panel_decision(results, role)
            decider = rng.choice(self.interviewer_ids)
            self.status(candidate_id, "decided", _iso(decided_at), decision, reason, decider)
            status = "decided"
            last_change = max(last_change, decided_at)
            decisions.append((_iso(decided_at), decision, decider, reason))
        if decided_at is not None and planned in ("hired", "declined"):
            positive = decisions[-1][1] in POSITIVE_DECISIONS
            status = "hired" if planned == "hired" and positive else "declined"
            decided = max(last_change, decided_at)
            when = min(decided + timedelta(days=rng.uniform(1, 10)), end - timedelta(hours=1))
            notes = texts.STATUS_NOTES[self.language][status]
            self.status(candidate_id, status, _iso(when),
                        note=notes[1] if status == "declined" and positive else notes[0])
            last_change = when
        self.candidates.append({
            "id": candidate_id, "uid": _uid(rng), "name": _name(rng, self.language),
            "role_id": role.id, "channel": rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0],
            "phone": None, "email": None, "status": status,
            "notes": rng.choice(texts.CANDIDATE_NOTES[self.language]) if rng.random() < 0.15
            else "",
            "created_at": _iso(created), "updated_at": _iso(last_change)})
        return interview_id

    def _panel_decision(self, results: list[Assessment], role: _Role) -> tuple[str, str]:
        """The decision a person takes at the debrief: the panel's combined recommendation,
        or now and then another one with the reason for it."""
        cards = tuple(ScorecardScores(0, "", "", r.attitude, r.ability, r.verdict, None,
                                      answered=(r.attitude_answered, r.ability_answered))
                      for r in results)
        recommended = combine_scores(cards, role.rules).recommended_decision or "hold"
        overrides = texts.OVERRIDE_REASONS[self.language]
        if self.rng.random() < OVERRIDE_RATE:
            other = self.rng.choice([d for d in overrides if d != recommended])
            return other, overrides[other]
        return recommended, self.rng.choice(texts.REASONS[self.language][recommended])

    def status(self, candidate_id: int, status: str, moment: str, decision: str | None = None,
               note: str = "", interviewer_id: int | None = None) -> None:
        self.history.append({"candidate_id": candidate_id, "status": status, "decision": decision,
                             "note": note, "interviewer_id": interviewer_id, "changed_at": moment})


def _latent(rng: random.Random, quadrant: str, thresholds: Thresholds) -> dict[str, float]:
    """The candidate's "true" level on each dimension, clear of the role's threshold."""
    def level(threshold: float, above: bool) -> float:
        value = threshold + rng.uniform(0.35, 1.2) if above else threshold - rng.uniform(0.5, 1.6)
        return min(4.9, max(1.1, value))
    return {"attitude": level(thresholds.attitude, GOOD_ATTITUDE[quadrant]),
            "ability": level(thresholds.ability, STRONG_ABILITY[quadrant])}


DEFAULT_CANDIDATES = 40


@changes(Change.CANDIDATES, Change.INTERVIEWS, Change.TEAM)
def fill(db: Database, candidates: int = DEFAULT_CANDIDATES, language: str = "zh", *,
         add: bool = False, seed: int = 7, answers_target: int | None = None) -> dict:
    """Made-up candidates to try the app with; a company that already holds candidates is
    refused unless `add` says to add to them (they would be mixed with real people)."""
    existing = demo_repo.next_ids(db)[2]
    if existing and not add:
        raise UserError("demo.has_candidates", count=existing)
    return generate(db, candidates, language, seed, answers_target)


@changes(Change.CANDIDATES, Change.INTERVIEWS, Change.TEAM)
def generate(db: Database, candidates: int, language: str = "zh", seed: int = 7,
             answers_target: int | None = None, *, today: date | None = None) -> dict:
    """Add `candidates` demo candidates with their interviews, answers and history; return the
    counts of what was added. `answers_target` spreads interviews so the answers add up to it."""
    if language not in LANGUAGES:
        raise UserError("language.unknown", language=language, choices=list(LANGUAGES))
    if candidates < 1:
        raise UserError("demo.count_too_small")
    roles, weights = _roles(db)
    first_candidate, first_interview, existing = demo_repo.next_ids(db)
    rng = random.Random(f"demo:{seed}:{existing}")  # --add twice: new uids, new people
    end = datetime.combine(today or datetime.now(UTC).date(), time(), UTC)
    start_of_data = end - timedelta(days=DAYS_BACK)
    pool = texts.INTERVIEWERS[language]

    statuses = rng.choices(list(PLANNED_STATUS), list(PLANNED_STATUS.values()), k=candidates)
    chosen = rng.choices(roles, weights, k=candidates)
    adhoc = _interview_plan(rng, statuses, [len(r.questions) for r in chosen], answers_target)
    with db.atomic():
        ids = demo_repo.ensure_interviewers(db, list(pool), _iso(start_of_data))
        writer = _Writer(rng, language, [ids[name] for name in pool], end)
        interview_id = first_interview
        for index in range(candidates):
            interview_id = writer.candidate(first_candidate + index, chosen[index],
                                            statuses[index], adhoc[index], interview_id)
        team = demo_team.make_team(db, seed, language, end, writer.boss_type,
                                   writer.candidates, _name)  # once: a stage, a team, positions
        demo_repo.insert_rows(db, candidates=writer.candidates, interviews=writer.interviews,
                              answers=writer.answers, status_history=writer.history)
        demo_team.save_plan(db, team)
        candidate_list.refresh(db)  # the list's rows made once, in one statement
    return _summary(writer)


def _summary(writer: _Writer) -> dict:
    statuses = {s: 0 for s in PLANNED_STATUS}
    for row in writer.candidates:
        statuses[row["status"]] += 1
    quadrants = {q: 0 for q in QUADRANTS}
    for row in writer.interviews:
        if row["quadrant"]:
            quadrants[row["quadrant"]] += 1
    submitted = sum(row["state"] == "submitted" for row in writer.interviews)
    return {"candidates": len(writer.candidates), "interviews": len(writer.interviews),
            "submitted": submitted, "drafts": len(writer.interviews) - submitted,
            "answers": len(writer.answers), "interviewers": len(writer.interviewer_ids),
            "status_changes": len(writer.history), "statuses": statuses,
            "quadrants": quadrants}
