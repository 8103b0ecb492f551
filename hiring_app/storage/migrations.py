"""The database schema, as an ordered list of migrations.

Never edit a migration once released: add a new one. Each runs in a transaction together with the
record of it having been applied, so a database from any earlier release upgrades step by step.
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("hiring_app")

_M001 = """
CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'user')),
    based_on TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,                -- the whole role profile as JSON (texts in zh/en/es)
    search_text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX roles_department ON roles(department);

CREATE TABLE questions (
    id TEXT PRIMARY KEY,
    role_id TEXT REFERENCES roles(id) ON DELETE CASCADE,  -- NULL: a standard question
    position INTEGER NOT NULL DEFAULT 0,
    dimension TEXT NOT NULL CHECK (dimension IN ('attitude', 'ability')),
    facet TEXT NOT NULL,
    weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
    origin TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'user')),
    data TEXT NOT NULL,                -- texts, follow-ups, scoring guide as JSON
    updated_at TEXT NOT NULL
);
CREATE INDEX questions_role ON questions(role_id, position);

CREATE TABLE interviewers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role_id TEXT REFERENCES roles(id) ON DELETE SET NULL,
    channel TEXT,
    phone TEXT,
    email TEXT,
    status TEXT NOT NULL DEFAULT 'new',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX candidates_role ON candidates(role_id);
CREATE INDEX candidates_status ON candidates(status);

CREATE TABLE interviews (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    role_id TEXT REFERENCES roles(id) ON DELETE SET NULL,
    interviewer_id INTEGER REFERENCES interviewers(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'paused', 'submitted')),
    stage TEXT NOT NULL DEFAULT 'observe',
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    submitted_at TEXT,
    elapsed_seconds INTEGER NOT NULL DEFAULT 0,
    observations TEXT NOT NULL DEFAULT '[]',     -- ticked observe-checklist ids (JSON)
    listen_notes TEXT NOT NULL DEFAULT '',
    free_notes TEXT NOT NULL DEFAULT '',
    red_flags TEXT NOT NULL DEFAULT '[]',        -- ticked red-flag ids (JSON)
    boss_type TEXT,
    team_role TEXT,
    attitude_score REAL,
    ability_score REAL,
    quadrant TEXT,
    decision TEXT CHECK (decision IS NULL OR decision IN ('hire', 'train', 'hold', 'reject')),
    decision_reason TEXT NOT NULL DEFAULT '',
    question_order TEXT NOT NULL DEFAULT '[]',   -- question ids in the order asked (JSON)
    UNIQUE (candidate_id, interviewer_id, started_at)
);
CREATE INDEX interviews_candidate ON interviews(candidate_id);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,         -- a bank question id, or 'adhoc-N' for an ad-hoc question
    adhoc_text TEXT,
    dimension TEXT CHECK (dimension IS NULL OR dimension IN ('attitude', 'ability')),
    facet TEXT,
    weight REAL,
    position INTEGER NOT NULL DEFAULT 0,
    score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    skipped INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    seconds INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    UNIQUE (interview_id, question_id)
);

CREATE TABLE status_history (
    id INTEGER PRIMARY KEY,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    decision TEXT,
    note TEXT NOT NULL DEFAULT '',
    interviewer_id INTEGER REFERENCES interviewers(id) ON DELETE SET NULL,
    changed_at TEXT NOT NULL
);
CREATE INDEX status_history_candidate ON status_history(candidate_id, changed_at);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@migrations()
def m001_initial_schema(db: Database) -> None:
    for statement in _M001.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations()
def m002_stable_ids_for_exchange(db: Database) -> None:
    """Candidates and interviews get ids that stay the same on every computer, so a scorecard
    sent by another interviewer joins the right candidate and is recognised if sent twice."""
    db.execute("ALTER TABLE candidates ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE interviews ADD COLUMN uid TEXT")
    db.execute("ALTER TABLE interviews ADD COLUMN current_question INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE candidates SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
    db.execute("UPDATE interviews SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
    db.execute("CREATE UNIQUE INDEX candidates_uid ON candidates(uid)")
    db.execute("CREATE UNIQUE INDEX interviews_uid ON interviews(uid)")


@migrations()
def m003_erasure_log(db: Database) -> None:
    """Who was erased, by a one-way digest of their stable id (never a name), so a restored
    backup that brings someone back can name them and erase them again."""
    db.execute("CREATE TABLE IF NOT EXISTS erasures (uid_digest TEXT PRIMARY KEY, "
               "erased_at TEXT NOT NULL)")


@migrations()
def m004_attachments(db: Database) -> None:
    """Files kept with a candidate (a résumé: PDF, Word or an image), inside the database, so
    backups, the candidate's data export and erasure cover them like every other record."""
    db.execute("""
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL CHECK (size >= 0),
            sha256 TEXT NOT NULL,
            bytes BLOB NOT NULL,
            added_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX attachments_candidate ON attachments(candidate_id)")


_M005 = """
CREATE TABLE company_profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),      -- one company per database: one row
    stage TEXT,                                  -- a stage id of the library's team models
    boss_type TEXT,                              -- a boss_types id
    company_values TEXT NOT NULL DEFAULT '',     -- the company's values, in its own words
    updated_at TEXT NOT NULL
);

CREATE TABLE team_members (                      -- people who work here: personal data
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role_id TEXT REFERENCES roles(id) ON DELETE SET NULL,
    team_role TEXT,                              -- a team_roles id (Journey to the West)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE positions (
    id INTEGER PRIMARY KEY,
    role_id TEXT REFERENCES roles(id) ON DELETE SET NULL,
    places INTEGER NOT NULL CHECK (places >= 1),
    target_date TEXT,                            -- YYYY-MM-DD, optional
    note TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL,
    closed_at TEXT
);

CREATE TABLE onboarding_plans (                  -- one per hired or trained candidate
    candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
    mentor TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    review_date TEXT NOT NULL,
    talks_per_month INTEGER NOT NULL DEFAULT 2 CHECK (talks_per_month >= 2),
    goals TEXT NOT NULL DEFAULT '',
    responsibilities TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
)
"""


@migrations()
def m005_team(db: Database) -> None:
    """The team builder: the company's profile (stage, boss's style, values), the team as it
    is, open positions that candidates apply to, and onboarding plans for new hires."""
    for statement in _M005.split(";"):
        if statement.strip():
            db.execute(statement)
    db.execute("ALTER TABLE candidates ADD COLUMN position_id INTEGER "
               "REFERENCES positions(id) ON DELETE SET NULL")
    db.execute("CREATE INDEX candidates_position ON candidates(position_id)")


def known_names() -> list[str]:
    """The names of every migration this release knows, in order."""
    return [m.name for m in migrations._migrations]  # noqa: SLF001 - no public accessor


def apply(db: Database) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending


_M006 = """
CREATE TABLE list_evidence (
    candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
    last_interview TEXT, attitude REAL, ability REAL, decision TEXT,
    interview_notes TEXT, answer_notes TEXT,
    answered_attitude INTEGER NOT NULL DEFAULT 0, answered_ability INTEGER NOT NULL DEFAULT 0,
    low_scores TEXT NOT NULL DEFAULT '[]', flags TEXT NOT NULL DEFAULT '[]',
    interviewers TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE list_stale (candidate_id INTEGER PRIMARY KEY);
CREATE TABLE list_evidence_recipe (recipe TEXT NOT NULL);
CREATE TRIGGER list_stale_interview_added AFTER INSERT ON interviews BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (NEW.candidate_id); END;
CREATE TRIGGER list_stale_interview_changed AFTER UPDATE ON interviews BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (NEW.candidate_id);
    INSERT OR IGNORE INTO list_stale VALUES (OLD.candidate_id); END;
CREATE TRIGGER list_stale_interview_removed AFTER DELETE ON interviews BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (OLD.candidate_id); END;
CREATE TRIGGER list_stale_answer_added AFTER INSERT ON answers BEGIN
    INSERT OR IGNORE INTO list_stale
    SELECT candidate_id FROM interviews WHERE id = NEW.interview_id; END;
CREATE TRIGGER list_stale_answer_changed AFTER UPDATE ON answers BEGIN
    INSERT OR IGNORE INTO list_stale
    SELECT candidate_id FROM interviews WHERE id IN (NEW.interview_id, OLD.interview_id); END;
CREATE TRIGGER list_stale_answer_removed AFTER DELETE ON answers BEGIN
    INSERT OR IGNORE INTO list_stale
    SELECT candidate_id FROM interviews WHERE id = OLD.interview_id; END;
CREATE TRIGGER list_stale_history_added AFTER INSERT ON status_history BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (NEW.candidate_id); END;
CREATE TRIGGER list_stale_history_changed AFTER UPDATE ON status_history BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (NEW.candidate_id);
    INSERT OR IGNORE INTO list_stale VALUES (OLD.candidate_id); END;
CREATE TRIGGER list_stale_history_removed AFTER DELETE ON status_history BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (OLD.candidate_id); END;
CREATE TRIGGER list_stale_candidate_erased AFTER DELETE ON candidates BEGIN
    DELETE FROM list_stale WHERE candidate_id = OLD.id; END;
CREATE TRIGGER list_stale_interviewer_renamed AFTER UPDATE OF name ON interviewers BEGIN
    INSERT OR IGNORE INTO list_stale
    SELECT candidate_id FROM interviews WHERE interviewer_id = NEW.id; END
"""


@migrations()
def m006_list_evidence(db: Database) -> None:
    """The candidate list's evidence kept per candidate (storage/list_evidence_repo.py), so
    that the list of an agency's 100,000 candidates opens without summing every answer; each
    write to what it is made from marks the candidate stale; the rows are made when the list
    is first read."""
    from hiring_app.storage import list_evidence_repo

    _run_script(db, _M006)
    list_evidence_repo.mark_all_stale(db)  # made when the list is first read (m007 adds to them)
    db.execute("INSERT INTO list_evidence_recipe (recipe) VALUES (?)",
               [list_evidence_repo.RECIPE])


def _run_script(db: Database, script: str) -> None:
    """Run statements one at a time (triggers hold ';' of their own)."""
    import sqlite3

    statement = ""
    for line in script.strip().splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        db.execute(statement + ";")


_M007 = """
ALTER TABLE list_evidence ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE list_evidence ADD COLUMN name_search TEXT NOT NULL DEFAULT '';
ALTER TABLE list_evidence ADD COLUMN interviewers_shown TEXT NOT NULL DEFAULT '';
ALTER TABLE list_evidence ADD COLUMN interviewers_key TEXT NOT NULL DEFAULT '';
CREATE INDEX list_evidence_name ON list_evidence(name_key, candidate_id);
CREATE TRIGGER list_stale_candidate_added AFTER INSERT ON candidates BEGIN
    INSERT OR IGNORE INTO list_stale VALUES (NEW.id); END;
CREATE TRIGGER list_stale_candidate_changed AFTER UPDATE OF name, notes, role_id ON candidates
BEGIN INSERT OR IGNORE INTO list_stale VALUES (NEW.id); END
"""
# The search index of notes and interviewers' names (list_evidence_repo.py): left out, and the
# list searched in memory, where this SQLite has no FTS5.
_M007_SEARCH = """
CREATE VIRTUAL TABLE list_search USING fts5(notes, interviewers,
    tokenize = 'unicode61 remove_diacritics 0');
CREATE TRIGGER list_search_candidate_erased AFTER DELETE ON candidates BEGIN
    DELETE FROM list_search WHERE rowid = OLD.id; END
"""


@migrations()
def m007_list_keys(db: Database) -> None:
    """The list's sort keys (names in pinyin) and search index kept with its evidence, so the
    list of 100,000 candidates opens, sorts and searches in SQL without loading them all;
    a candidate's own name, notes or role changed marks them stale too."""
    import sqlite3

    from hiring_app.storage import list_evidence_repo

    _run_script(db, _M007)
    try:
        _run_script(db, _M007_SEARCH)
    except sqlite3.OperationalError as error:
        if "fts5" not in str(error):
            raise
    list_evidence_repo.mark_all_stale(db)
