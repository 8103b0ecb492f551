"""Use cases over the role library: install and restore the shipped library, import and export
bank files, list roles. Each returns what changed, so screens know what to refresh."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from hiring_app.content.loader import (
    FORMAT,
    BankFile,
    BankFileError,
    BankIssue,
    builtin_vocabulary,
    load_library,
    read_bank_file,
)
from hiring_app.domain.library import Library, Question, RoleProfile, text_in
from hiring_app.errors import NotFoundError
from hiring_app.i18n import DEFAULT_LANGUAGE, Message
from hiring_app.services.changes import Change, changes
from hiring_app.storage import roles_repo as repo
from hiring_app.storage import settings
from hiring_app.storage.files import output_file
from hiring_app.storage.roles_repo import BUILTIN, USER

INSTALLED_KEY = settings.LIBRARY_INSTALLED_KEY


@dataclass
class ImportResult:
    roles_added: list[str] = field(default_factory=list)
    roles_updated: list[str] = field(default_factory=list)
    questions_added: int = 0
    questions_updated: int = 0

    def summary(self, language: str = DEFAULT_LANGUAGE) -> str:
        return Message("library.import_summary", roles_added=len(self.roles_added),
                       roles_updated=len(self.roles_updated),
                       questions_added=self.questions_added,
                       questions_updated=self.questions_updated).render(language)


def _install_role(db: Database, role: RoleProfile, origin: str, position: int) -> None:
    repo.save_role(db, role, origin=origin, position=position)
    for position, question in enumerate(role.questions):
        repo.save_question(db, question, role.id, position, origin=origin)


def ensure_builtin(db: Database, library: Library | None = None) -> bool:
    """Install the shipped library into a new database, once. True if it was installed now."""
    if settings.library_installed(db):
        return False
    library = library or load_library()
    with db.atomic():
        for position, question in enumerate(library.standard_questions):
            repo.save_question(db, question, None, position, origin=BUILTIN)
        for position, role in enumerate(library.roles):
            _install_role(db, role, BUILTIN, position)
        settings.set_value(db, INSTALLED_KEY, 1)
    return True


@changes(Change.ROLES, Change.QUESTIONS)
def restore_builtin(db: Database, library: Library | None = None) -> list[str]:
    """Put every shipped role and standard question back as shipped.

    The user's own roles are not touched, nor questions the user added to a shipped role (they
    stay, after the shipped ones). Returns the ids of the restored roles.
    """
    library = library or load_library()
    with db.atomic():
        for position, question in enumerate(library.standard_questions):
            repo.save_question(db, question, None, position, origin=BUILTIN)
        for role_position, role in enumerate(library.roles):
            shipped = {q.id for q in role.questions}
            origins = repo.question_origins(db, role.id)
            for question_id, origin in origins.items():
                if origin == BUILTIN and question_id not in shipped:
                    repo.delete_question(db, question_id)
            repo.save_role(db, role, origin=BUILTIN, position=role_position)
            for position, question in enumerate(role.questions):
                repo.save_question(db, question, role.id, position, origin=BUILTIN)
            extra = [q for q in repo.questions_of(db, role.id) if q.id not in shipped]
            for offset, question in enumerate(extra):
                repo.save_question(db, question, role.id, len(role.questions) + offset)
    return [role.id for role in library.roles]


@changes(Change.ROLES, Change.QUESTIONS)
def import_bank(db: Database, path: Path) -> ImportResult:
    """Add or update the roles and questions of a bank file: all of it, or nothing."""
    bank = read_bank_file(Path(path), builtin_vocabulary())
    vocabulary_sections = [k for k in (*Library.VOCABULARIES, *Library.NOTES) if k in bank.data]
    if vocabulary_sections:
        raise BankFileError([BankIssue.of_file(str(path), None, Message("bank_issue.vocabularies"),
                                               field=vocabulary_sections[0])])
    conflicts = []
    for role in bank.roles:
        for question in role.questions:
            exists, owner = repo.question_owner(db, question.id)
            if exists and owner != role.id:
                where = f"role {owner}" if owner else "the standard questions"
                conflicts.append(BankIssue(str(path), None, f"question {question.id}", "id",
                                           f"this id already belongs to {where}"))
    for question in bank.standard_questions:
        exists, owner = repo.question_owner(db, question.id)
        if exists and owner is not None:
            conflicts.append(BankIssue(str(path), None, f"question {question.id}", "id",
                                       f"this id already belongs to role {owner}"))
    if conflicts:
        raise BankFileError(conflicts)

    result = ImportResult()
    with db.atomic():
        for position, question in enumerate(bank.standard_questions):
            exists, _ = repo.question_owner(db, question.id)
            repo.save_question(db, question, None, position)
            result.questions_updated += exists
            result.questions_added += not exists
        for role in bank.roles:
            existed = repo.get_role(db, role.id) is not None
            (result.roles_updated if existed else result.roles_added).append(role.id)
            repo.save_role(db, role, origin=None if existed else USER)
            kept = [q for q in repo.questions_of(db, role.id)
                    if q.id not in {x.id for x in role.questions}]
            for position, question in enumerate([*role.questions, *kept]):
                exists, _ = repo.question_owner(db, question.id)
                repo.save_question(db, question, role.id, position)
                if question in role.questions:
                    result.questions_updated += exists
                    result.questions_added += not exists
    return result


def export_text(db: Database, role_ids: list[str] | None = None) -> str:
    """A bank file holding the given roles (all when None) that imports back unchanged."""
    ids = list(dict.fromkeys(role_ids)) if role_ids else repo.role_ids(db)  # each role once
    roles = []
    for role_id in ids:
        role = repo.get_role(db, role_id)
        if role is None:
            raise NotFoundError("role.not_found", role_id=role_id)
        roles.append(role.to_dict())
    import yaml  # only an export writes YAML: the other commands start without it

    return yaml.safe_dump({"format": FORMAT, "roles": roles}, allow_unicode=True,
                          sort_keys=False, width=100, default_flow_style=False)


def write_text_atomically(db: Database | None, path: Path, text: str) -> None:
    """Write a whole text file for the user or nothing; never inside the data folder of `db`
    nor over a database (storage.files.output_file)."""
    with output_file(db, path) as handle:
        handle.write(text)


def export_bank(db: Database, path: Path, role_ids: list[str] | None = None) -> int:
    text = export_text(db, role_ids)
    write_text_atomically(db, Path(path), text)
    return len(set(role_ids)) if role_ids else len(repo.role_ids(db))


def vocabulary() -> Library:
    """The shipped vocabularies: departments, facets, quadrants, red flags, team roles, ..."""
    return builtin_vocabulary()


def check_bank_file(path: Path) -> BankFile:
    """Read and check a bank file as an import would, changing nothing; BankFileError lists
    every problem."""
    return read_bank_file(Path(path), builtin_vocabulary())


def role_rows(db: Database) -> list[dict]:
    """Every role's summary row (id, names in every language, department, origin, counts)."""
    return repo.role_rows(db)


def get_role(db: Database, role_id: str | None) -> RoleProfile | None:
    """A role with its questions, or None when there is no such role."""
    return repo.get_role(db, role_id) if role_id else None


def standard_questions(db: Database) -> list[Question]:
    """The six standard questions every interview starts with."""
    return repo.questions_of(db, None)


def list_roles(db: Database, language: str = "zh") -> list[dict]:
    """Roles for lists and `roles list --json`: id, name, department and counts."""
    vocabulary = builtin_vocabulary()
    return [
        {"id": row["id"], "name": text_in(row["name"], language),
         "department": row["department"],
         "department_name": vocabulary.name_of("departments", row["department"], language),
         "origin": row["origin"], "question_count": row["question_count"]}
        for row in repo.role_rows(db)
    ]
