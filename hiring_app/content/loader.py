"""Read and validate question-bank files (YAML), with errors that name file, entry, field, line.

A file is checked in three passes: YAML syntax (and no duplicate keys or aliases), the JSON
Schema in schemas/bank.schema.json, then references (departments, facets, stages, unique ids)
against the vocabularies of the shipped library. Nothing is returned unless all three pass.
"""
from __future__ import annotations

import copy
import dataclasses
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hiring_app import paths
from hiring_app.content import cache
from hiring_app.domain.library import Library, Question, RoleProfile
from hiring_app.domain.text import code_point, is_control, is_direction
from hiring_app.errors import UserError, os_reason
from hiring_app.i18n import Message, render

if TYPE_CHECKING:  # YAML and JSON Schema are loaded when a file is read, not at start
    import yaml
    from jsonschema import Draft202012Validator

FORMAT = "hiring-bank/1"
MAX_FILE_BYTES = 8 * 1024 * 1024
SETTINGS = ("store", "b2c_site", "agency_store", "live_commerce")
SCHEMA_PATH = Path(__file__).with_name("schemas") / "bank.schema.json"

_SINGULAR = {
    "roles": "role", "questions": "question", "standard_questions": "question",
    "departments": "department", "facets": "facet", "pay_models": "pay model", "stages": "stage",
    "observe_checklist": "checklist item", "listen_prompts": "listen prompt",
    "quadrants": "quadrant", "boss_types": "boss type", "team_roles": "team role",
    "red_flags": "red flag", "do_not_ask": "do-not-ask topic",
    "decision_principles": "decision principle",
}


@dataclass(frozen=True)
class BankIssue:
    """One problem of a bank file. `message` is English; a problem with the whole file (it
    cannot be read, is empty, is not YAML, ...) also has a `reason` in every language, while a
    problem of one entry keeps its English wording (it quotes the format's own field names)."""

    file: str
    line: int | None
    entry: str
    field: str
    message: str
    reason: Message | None = dataclasses.field(default=None, compare=False, repr=False)

    @classmethod
    def of_file(cls, file: str, line: int | None, reason: Message, field: str = "") -> BankIssue:
        return cls(file, line, "", field, str(reason), reason)

    def __str__(self) -> str:
        return self.render("en")

    def render_detail(self, language: str) -> str:
        message = self.message if self.reason is None else render(self.reason, language)
        return ": ".join(p for p in [self.entry, self.field, message] if p)

    def render(self, language: str) -> str:
        """`file:line: entry: field: message`, the message in `language` when it has one."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        return ": ".join(p for p in [where, self.render_detail(language)] if p)


class _IssueDetail:
    """A bank issue without its file and line, as a message parameter."""

    def __init__(self, issue: BankIssue) -> None:
        self.issue = issue

    def render(self, language: str) -> str:
        return self.issue.render_detail(language)


class BankFileError(UserError):
    """A bank file (or an edit) refused, with every problem found. The summary is translated;
    each issue's own wording (`file:line: entry: field: message`) stays English."""

    kind = "bank_invalid"

    def __init__(self, issues: list[BankIssue], code: str = "bank.invalid") -> None:
        first = issues[0]
        super().__init__(code, path=first.file, file=first.file, first=first,
                         detail=_IssueDetail(first), count=len(issues),
                         more=Message("file.more_problems", count=len(issues) - 1))
        self.issues = issues


@dataclass
class BankFile:
    path: Path
    data: dict[str, Any]
    roles: list[RoleProfile]
    standard_questions: list[Question]


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


# --- pass 1: YAML ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _yaml_loader() -> type:
    """libyaml's safe loader when it is there, PyYAML's own otherwise."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


MAX_DEPTH = 32  # a bank file nests about 8 levels; libyaml's composer recurses (and can crash)


def _scan_events(text: str) -> tuple[int, Message] | None:
    """(line, problem) for the first alias or anchor (they can blow up memory) or for nesting
    too deep to compose safely. Runs on the parser's events, which need no recursion.

    libyaml may refuse deep nesting itself, in its own words and before it hands out a single
    event (PyYAML 6.0.4 does at 1,000 levels). So when the fast parser fails, the same text is
    scanned again with PyYAML's pure-Python parser, which has no such limit: the user then gets
    this app's message, naming the line, whatever libyaml does; a real syntax error is raised
    again from there and reported as before."""
    import yaml

    loader = _yaml_loader()
    try:
        return _first_problem(yaml.parse(text, Loader=loader))
    except yaml.YAMLError:
        if loader is yaml.SafeLoader:
            raise
        return _first_problem(yaml.parse(text, Loader=yaml.SafeLoader))


def _first_problem(events: Iterable[yaml.Event]) -> tuple[int, Message] | None:
    import yaml

    depth = 0
    for event in events:
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return line, Message("bank_issue.aliases")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return line, Message("bank_issue.too_deep", limit=MAX_DEPTH)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


def _duplicate_key(node: yaml.Node, path: list[Any]) -> tuple[list[Any], yaml.Node] | None:
    """(path, key node) of the first key given twice in one mapping (it hides a conflict)."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        keys: set[str] = set()
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in keys:
                    return [*path, key.value], key
                keys.add(key.value)
            found = _duplicate_key(value, [*path, getattr(key, "value", "?")])
            if found:
                return found
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            found = _duplicate_key(item, [*path, index])
            if found:
                return found
    return None


def _yaml_issue(name: str, text: str, exc: Exception) -> BankIssue:
    """One line naming the place PyYAML complains about."""
    import yaml

    loader = _yaml_loader()
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    position = getattr(exc, "position", None)
    if line is None and isinstance(position, int):  # a ReaderError
        # libyaml counts bytes of UTF-8, the pure-Python reader counts characters
        if loader is yaml.SafeLoader:
            line = text[:position].count("\n") + 1
        else:
            line = text.encode("utf-8", "surrogatepass")[:position].count(b"\n") + 1
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
    return BankIssue.of_file(name, line, Message("bank_issue.not_yaml", detail=problem))


def _stringify_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(v) for v in value]
    return value


def _node_at(root: yaml.Node | None, path: list[Any]) -> yaml.Node | None:
    import yaml

    node = root
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if getattr(k, "value", None) == str(step)), node)
            continue
        if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
            continue
        break
    return node


def _parse(path: Path, text: str) -> tuple[Any, yaml.Node | None, list[BankIssue]]:
    import yaml

    loader = _yaml_loader()
    name = str(path)
    try:
        problem = _scan_events(text)
        root = None if problem else yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError) as exc:
        return None, None, [_yaml_issue(name, text, exc)]
    if problem:
        return None, None, [BankIssue.of_file(name, problem[0], problem[1])]
    if root is None:
        return None, None, [BankIssue.of_file(name, None, Message("bank_issue.empty"))]
    try:
        data = _stringify_keys(yaml.load(text, Loader=loader))  # noqa: S506 - a safe loader
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError, TypeError) as exc:
        return None, root, [_yaml_issue(name, text, exc)]
    duplicate = _duplicate_key(root, [])
    if duplicate:
        key_path, key = duplicate
        entry, rest = _describe(data, key_path)
        return None, root, [BankIssue(name, key.start_mark.line + 1, entry,
                                      ".".join(map(str, rest)),
                                      f"the key '{key.value}' is given twice")]
    return data, root, []


# --- pass 2: schema -------------------------------------------------------------------------
def _describe(data: Any, path: list[Any]) -> tuple[str, list[Any]]:
    """('role cs_presale', [remaining path]) for an error at `path`."""
    entry, rest, node, parent_key = "", list(path), data, None
    for depth, step in enumerate(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(step, str):
            parent_key = step
        if isinstance(node, dict) and isinstance(node.get("id"), str) and isinstance(step, int):
            entry = f"{_SINGULAR.get(str(parent_key), 'entry')} {node['id']}"
            rest = list(path[depth + 1:])
        elif isinstance(step, int) and not entry:
            entry = f"{_SINGULAR.get(str(parent_key), 'entry')} #{step + 1}"
            rest = list(path[depth + 1:])
    return entry, rest


def _friendly(error) -> tuple[str, str]:
    """(extra field, message) in plain words for the usual schema failures."""
    kind = error.validator
    if kind == "required":
        missing = [p for p in error.validator_value if p not in (error.instance or {})]
        named = [p for p in missing if repr(p) in error.message]  # one error per missing field
        return (named or missing or [""])[0], "is missing"
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        return (str(extra[0]) if extra else ""), "is not a known field"
    if kind == "pattern" and error.validator_value == "\\S":
        return "", "must not be empty"
    if kind == "pattern":
        return "", "must use lowercase letters, digits and _ only"
    if kind in ("enum", "const"):
        allowed = error.validator_value if kind == "enum" else [error.validator_value]
        shown = "null" if error.instance is None else repr(str(error.instance)[:60])
        return "", f"{shown} is not one of: {', '.join(map(str, allowed))}"
    if kind == "type":
        return "", f"must be {'an' if error.validator_value[0] in 'aeiou' else 'a'} {error.validator_value}"
    # jsonschema's own words for these start by quoting the whole value (a text of thousands of
    # characters, a list of thousands of entries), which the cut below would leave unexplained
    value = error.validator_value
    sized = {
        "maxLength": f"is longer than {value} characters",
        "minLength": f"is shorter than {value} characters",
        "maxItems": f"has more than {value} entries",
        "minItems": f"needs at least {value} {'entry' if value == 1 else 'entries'}",
        "uniqueItems": "lists the same value twice",
        "minProperties": "must not be empty",
        "maxProperties": f"has more than {value} fields",
    }
    if kind in sized:
        return "", sized[kind]
    return "", error.message[:200]


def _schema_issues(name: str, data: Any, root: yaml.Node | None) -> list[BankIssue]:
    if not isinstance(data, dict):
        return [BankIssue.of_file(name, 1, Message("bank_issue.not_mapping", format=FORMAT))]
    issues = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        path = list(error.absolute_path)
        entry, rest = _describe(data, path)
        extra, message = _friendly(error)
        field = ".".join(str(p) for p in [*rest, extra] if p != "")
        node = _node_at(root, path + ([extra] if extra else []))
        line = node.start_mark.line + 1 if node is not None else None
        issues.append(BankIssue(name, line, entry, field, message))
        if len(issues) >= 50:
            break
    return issues


# --- pass 3: references ---------------------------------------------------------------------
def _reference_issues(name: str, data: dict, root, vocabulary: Library) -> list[BankIssue]:
    issues: list[BankIssue] = []

    def issue(path: list[Any], message: str) -> None:
        entry, rest = _describe(data, path)
        node = _node_at(root, path)
        issues.append(BankIssue(name, node.start_mark.line + 1 if node is not None else None,
                                entry, ".".join(map(str, rest)), message))

    def ids_of(section: str) -> set[str]:
        own = data.get(section)
        return {item["id"] for item in own} if own is not None else vocabulary.ids(section)

    facets = ({f["id"]: f["dimension"] for f in data["facets"]} if "facets" in data
              else vocabulary.facet_dimensions())
    departments, pay_models, stages = ids_of("departments"), ids_of("pay_models"), ids_of("stages")
    red_flags, private_topics = ids_of("red_flags"), ids_of("do_not_ask")

    for section in (*Library.VOCABULARIES, "roles", "standard_questions"):
        seen: set[str] = set()
        for index, item in enumerate(data.get(section, [])):
            if item["id"] in seen:
                issue([section, index, "id"], f"the id '{item['id']}' is used twice")
            seen.add(item["id"])

    def check_names(path: list[Any], names: Any) -> None:
        """A name (of a role, a facet, a red flag…) holds no control or direction character:
        the same rule as a person's name (domain/text.py), so no name can forge a line or
        reverse the text around it wherever it is shown."""
        for language, text in (names or {}).items() if isinstance(names, dict) else ():
            bad = next((ch for ch in str(text) if is_control(ch) or is_direction(ch)), None)
            if bad is not None:
                issue([*path, "name", language],
                      f"a name cannot hold the control or direction character {code_point(bad)}")

    for section in (*Library.VOCABULARIES, "roles"):
        for index, item in enumerate(data.get(section, [])):
            check_names([section, index], item.get("name"))

    question_ids: dict[str, list[Any]] = {}

    def check_question(path: list[Any], question: dict) -> None:
        if question["id"] in question_ids:
            issue([*path, "id"], f"the question id '{question['id']}' is used twice")
        question_ids[question["id"]] = path
        if not math.isfinite(question["weight"]):  # .nan passes the schema's range checks
            issue([*path, "weight"], "must be a number between 0 and 10")
        for i, topic in enumerate(question.get("do_not_record", [])):
            if topic not in private_topics:
                issue([*path, "do_not_record", i], f"unknown do-not-ask topic '{topic}'")
        dimension = facets.get(question["facet"])
        if dimension is None:
            issue([*path, "facet"], f"unknown facet '{question['facet']}'")
        elif dimension != question["dimension"]:
            issue([*path, "facet"], f"facet '{question['facet']}' belongs to {dimension}, "
                                    f"not {question['dimension']}")

    for index, stage in enumerate(data.get("stages", [])):
        if "next" in stage and (stage["next"] not in stages or stage["next"] == stage["id"]):
            issue(["stages", index, "next"], f"'{stage['next']}' is not another team model")
        for role_id, (fewest, most) in (stage.get("places") or {}).items():
            if role_id not in stage["roles"]:
                issue(["stages", index, "places", role_id],
                      f"role '{role_id}' is not in this team model's roles")
            elif fewest > most:
                issue(["stages", index, "places", role_id],
                      f"the fewest people ({fewest}) is more than the most ({most})")
    for index, quadrant in enumerate(data.get("quadrants", [])):
        if quadrant["attitude"] == "poor" and quadrant["decision"] != "reject":
            # 态度不好…基本不用: hiring one anyway is a decision of its own, with a written reason
            issue(["quadrants", index, "decision"],
                  "a quadrant of poor attitude must recommend 'reject'")
    for index, question in enumerate(data.get("standard_questions", [])):
        check_question(["standard_questions", index], question)
    for r, role in enumerate(data.get("roles", [])):
        base = ["roles", r]
        if role["department"] not in departments:
            issue([*base, "department"], f"unknown department '{role['department']}'")
        if role["pay_model"] not in pay_models:
            issue([*base, "pay_model"], f"unknown pay model '{role['pay_model']}'")
        thresholds = role["thresholds"]
        for key in ("attitude", "ability", "ability_floor"):
            if key in thresholds and not math.isfinite(thresholds[key]):
                issue([*base, "thresholds", key], "must be a number from 1 to 5")
        if thresholds["attitude"] < thresholds["ability"] and not thresholds.get("reason"):
            # attitude first (选人原则): a lower attitude bar has to say why
            issue([*base, "thresholds", "attitude"],
                  f"the attitude bar ({thresholds['attitude']:g}) may only be lower than the "
                  f"ability bar ({thresholds['ability']:g}) with a reason (thresholds.reason)")
        for i, flag in enumerate(role.get("knockout_flags", [])):
            if flag not in red_flags:
                issue([*base, "knockout_flags", i], f"unknown red flag '{flag}'")
        for i, stage in enumerate(role.get("stages", [])):
            if stage not in stages:
                issue([*base, "stages", i], f"unknown team stage '{stage}'")
        for i, setting in enumerate(role.get("settings", [])):
            if setting not in SETTINGS:
                issue([*base, "settings", i], f"unknown setting '{setting}'")
        for key, wanted in (("attitude_facets", "attitude"), ("ability_facets", "ability")):
            for i, facet in enumerate(role[key]):
                if facets.get(facet) != wanted:
                    issue([*base, key, i], f"'{facet}' is not an {wanted} facet")
        for q, question in enumerate(role["questions"]):
            check_question([*base, "questions", q], question)
    return issues


# --- public ---------------------------------------------------------------------------------
def read_bank_text(text: str, path: Path, vocabulary: Library | None = None) -> BankFile:
    """Validate bank text; raise BankFileError listing every problem found."""
    data, root, issues = _parse(path, text)
    if issues:
        raise BankFileError(issues)
    return check_bank_data(data, path, vocabulary, root)


def check_bank_data(data: Any, path: Path | str, vocabulary: Library | None = None,
                    root: yaml.Node | None = None) -> BankFile:
    """The schema and reference checks on data already in memory (an edit, or a parsed file)."""
    name = str(path)
    issues = _schema_issues(name, data, root)
    if not issues:
        issues = _reference_issues(name, data, root, vocabulary or builtin_vocabulary())
    if issues:
        raise BankFileError(issues)
    return _bank_from(data, path, vocabulary)


def _bank_from(data: dict[str, Any], path: Path | str,
               vocabulary: Library | None = None) -> BankFile:
    """The roles and questions of data that passed the checks."""
    team_models = (Library(stages=data["stages"]) if "stages" in data
                   else vocabulary or builtin_vocabulary())
    roles = []
    for entry in data.get("roles", []):
        role = RoleProfile.from_dict(entry)
        if "stages" not in entry:  # said once, in the team models (Library.stages_of)
            role.stages = team_models.stages_of(role.id)
        roles.append(role)
    return BankFile(
        path=Path(path), data=data, roles=roles,
        standard_questions=[Question.from_dict(q) for q in data.get("standard_questions", [])],
    )


def read_bank_file(path: Path, vocabulary: Library | None = None) -> BankFile:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BankFileError([BankIssue.of_file(str(path), None, Message(
                "bank_issue.too_large", limit_mb=MAX_FILE_BYTES // 1024 // 1024))])
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise BankFileError([BankIssue.of_file(str(path), line, Message(
            "bank_issue.not_utf8", byte=exc.start))]) from exc
    except OSError as exc:
        raise BankFileError([BankIssue.of_file(str(path), None, Message(
            "bank_issue.cannot_read", reason=os_reason(exc)))]) from exc
    return read_bank_text(text, path, vocabulary)


def bank_files(folder: Path = paths.QUESTION_BANKS) -> list[Path]:
    """The shipped bank files: core.yaml first, then every other .yaml below the folder."""
    core = folder / "core.yaml"
    others = sorted(p for p in folder.rglob("*.yaml") if p != core)
    return ([core] if core.exists() else []) + others


def _library_from(core: dict, files: list[BankFile]) -> Library:
    library = Library(**{key: core.get(key, []) for key in Library.VOCABULARIES})
    for key in Library.NOTES:
        setattr(library, key, dict(core.get(key) or {}))
    for bank in files:
        library.standard_questions.extend(bank.standard_questions)
        library.roles.extend(bank.roles)
    return library


# core.yaml's checked data by folder: a copy of its own, for the vocabulary
_CHECKED_CORE: dict[str, dict[str, Any]] = {}


@lru_cache(maxsize=4)
def _load_library_cached(folder: str) -> Library:
    files = bank_files(Path(folder))
    if not files or files[0].name != "core.yaml":
        raise BankFileError([BankIssue.of_file(folder, None, Message("bank_issue.core_missing"))])
    banks = _checked_banks(files)
    _CHECKED_CORE[folder] = copy.deepcopy(banks[0].data)
    library = _library_from(banks[0].data, banks)
    order = {d["id"]: i for i, d in enumerate(library.departments)}
    special = {"b2c_site", "agency_store"}  # shop roles first, then site and agency teams
    library.roles.sort(key=lambda role: (order.get(role.department, len(order)),
                                         bool(special & set(role.settings))
                                         and "store" not in role.settings))
    issues = library_issues(library)
    if issues:
        raise BankFileError(issues)
    return library


def _checked_banks(files: list[Path]) -> list[BankFile]:
    """Every shipped file read and checked, core.yaml first: from the cache when the files are
    the ones checked before (content/cache.py), else read, checked and cached."""
    try:
        key: str | None = cache.content_key(files, SCHEMA_PATH)
    except OSError:
        key = None
    stored = cache.read(key, len(files)) if key else None
    if stored is not None:
        try:
            core = _bank_from(stored[0], files[0], Library())
            vocabulary = _library_from(core.data, [])
            return [core] + [_bank_from(data, path, vocabulary)
                             for data, path in zip(stored[1:], files[1:], strict=True)]
        except Exception:  # noqa: BLE001, S110 - a cache that does not fit is rebuilt
            pass
    core = read_bank_file(files[0], vocabulary=Library())
    vocabulary = _library_from(core.data, [])
    banks = [core] + [read_bank_file(p, vocabulary) for p in files[1:]]
    if key:
        cache.write(key, [bank.data for bank in banks])
    return banks


def load_library(folder: Path = paths.QUESTION_BANKS) -> Library:
    """The shipped library, validated as a whole (ids unique across files, stages resolve)."""
    return _load_library_cached(str(folder))


def builtin_vocabulary() -> Library:
    """The vocabularies of the shipped core.yaml (departments, facets, ...), without roles."""
    return _vocabulary_cached(str(paths.QUESTION_BANKS / "core.yaml"))


@lru_cache(maxsize=2)
def _vocabulary_cached(core_path: str) -> Library:
    path = Path(core_path)
    if path == paths.QUESTION_BANKS / "core.yaml":  # the shipped core: checked with its library
        checked = _cached_core(path.parent)
        if checked is not None:
            return checked
        try:
            load_library(path.parent)
        except BankFileError:
            pass
        else:  # the same checked data, in objects of its own
            _keep_core(path.parent, _CHECKED_CORE[str(path.parent)])
            core = _bank_from(_CHECKED_CORE[str(path.parent)], path, Library())
            return _library_from(core.data, [core])
    core = read_bank_file(path, vocabulary=Library())
    return _library_from(core.data, [core])


def _cached_core(folder: Path) -> Library | None:
    """The shipped core's vocabularies from the cache of checked files, when the files are the
    ones checked (the core alone is read: a report needs no roles); else None."""
    try:
        files = bank_files(folder)
        data = cache.read_core(cache.content_key(files, SCHEMA_PATH)) \
            if files and files[0].name == "core.yaml" else None
        if data is None:
            return None
        core = _bank_from(data, files[0], Library())
        return _library_from(core.data, [core])
    except Exception:  # noqa: BLE001 - a cache that does not fit is read the long way
        return None


def _keep_core(folder: Path, data: dict[str, Any]) -> None:
    """Cache the checked core alone, for the next process's _cached_core."""
    try:
        cache.write_core(cache.content_key(bank_files(folder), SCHEMA_PATH), data)
    except OSError:
        pass


def library_issues(library: Library) -> list[BankIssue]:
    """Checks across files: unique role and question ids, stages that name existing roles, and
    roles whose file still states their stages agreeing with the team models."""
    issues: list[BankIssue] = []
    role_ids: set[str] = set()
    question_ids = {q.id for q in library.standard_questions}
    for role in library.roles:
        if role.id in role_ids:
            issues.append(BankIssue("question_banks", None, f"role {role.id}", "id",
                                    "the role id is used in two files"))
        role_ids.add(role.id)
        for question in role.questions:
            if question.id in question_ids:
                issues.append(BankIssue("question_banks", None, f"question {question.id}", "id",
                                        "the question id is used twice"))
            question_ids.add(question.id)
    for stage in library.stages:
        for role_id in stage["roles"]:
            if role_id not in role_ids:
                issues.append(BankIssue("question_banks/core.yaml", None, f"stage {stage['id']}",
                                        "roles", f"unknown role '{role_id}'"))
        # A team model and its roles say the same thing twice: they must agree.
        claimed = {role.id for role in library.roles if stage["id"] in role.stages}
        for role_id in sorted(claimed ^ set(stage["roles"])):
            issues.append(BankIssue("question_banks", None, f"stage {stage['id']}", "roles",
                                    f"role '{role_id}' and the team model disagree about "
                                    "whether the role belongs to it"))
    return issues
