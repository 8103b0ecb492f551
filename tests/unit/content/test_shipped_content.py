"""The shipped question_banks/: every role the method names, enough good questions for each, all
in three languages, and nothing that would steer an interviewer toward protected traits."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
import yaml

from hiring_app.content.loader import BankFileError, bank_files, builtin_vocabulary, load_library
from hiring_app.domain.library import FAMILIES, LANGUAGES, Library, Question, RoleProfile
from hiring_app.domain.matrix import Quadrant

EXPECTED_ROLES = """
ops_assistant ops_specialist ops_manager ops_director store_manager
promo_seo promo_paid_search promo_group_buy promo_event_signup promo_affiliate
cs_presale cs_aftersale cs_key_account cs_review_specialist cs_crisis_pr lead_customer_service
wh_label_printer wh_picker wh_order_checker wh_packer wh_supervisor
product_buyer product_purchaser product_designer product_copywriter lead_product
visual_photographer visual_designer visual_retoucher lead_visual
admin_officer hr_specialist finance_officer lead_finance
growth_marketing_planner growth_copywriter growth_data_analyst growth_sns lead_marketing lead_data
nm_copy_planner nm_video_editor nm_live_host nm_photographer nm_content_operator
b2c_programmer b2c_frontend_artist b2c_planner b2c_editor b2c_promotion b2c_customer_service
b2c_team_manager
agency_ops_director agency_store_supervisor agency_web_artist agency_text_editor
agency_promotion_planner agency_cs_centre
""".split()
CUSTOMER_SERVICE_ROLES = [r for r in EXPECTED_ROLES if r.startswith("cs_")] + [
    "lead_customer_service", "b2c_customer_service", "agency_cs_centre"]
STANDARD_QUESTIONS = ["std_career_plan", "std_why_ecommerce", "std_fit_abilities",
                      "std_conflict", "std_last_company", "std_expectations", "std_weakness"]
# Red flags that turn a candidate down in every role: dishonesty in one form or another.
HONESTY_FLAGS = {"bends_platform_rules", "leaks_confidential", "inconsistent_story"}
ENTRY_ROLES = ["wh_label_printer", "wh_picker", "wh_packer", "cs_presale", "cs_aftersale"]

# Words that would make a question, a scoring guide or a profile screen on protected traits.
PROTECTED_FRAGMENTS = ["性别", "男性", "女性", "年龄", "岁", "婚", "怀孕", "生育", "籍贯", "民族",
                       "宗教", "长相", "外貌", "pregnan", "religio", "ethnic", "nationality",
                       "marital", "embaraz", "religión"]
PROTECTED_WORDS = ["gender", "age", "aged", "married", "appearance", "género", "edad"]
PROTECTED = re.compile(
    "|".join([*map(re.escape, PROTECTED_FRAGMENTS),
              *(rf"\b{re.escape(word)}\b" for word in PROTECTED_WORDS)]),
    re.IGNORECASE)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def library() -> Library:
    try:
        return load_library()
    except BankFileError as error:  # content still being written: say what is wrong, once
        listed = "\n".join(map(str, error.issues[:15]))
        pytest.fail(f"question_banks/ does not load ({len(error.issues)} problems):\n{listed}",
                    pytrace=False)


@pytest.fixture(scope="module")
def core() -> Library:
    """Only core.yaml: the method content that does not depend on the role files."""
    return builtin_vocabulary()


def role(library: Library, role_id: str) -> RoleProfile:
    found = [r for r in library.roles if r.id == role_id]
    if not found:
        pytest.fail(f"role {role_id} is not in question_banks/roles/", pytrace=False)
    return found[0]


def questions_of(library: Library) -> Iterator[Question]:
    yield from library.standard_questions
    for r in library.roles:
        yield from r.questions


def guarded_texts(library: Library) -> Iterator[tuple[str, dict]]:
    """Every text an interviewer reads as guidance, except `listen_for`, where HR questions
    may name protected traits as things NOT to use."""
    for r in library.roles:
        yield f"role {r.id} name", r.name
        yield f"role {r.id} summary", r.summary
        for n, text in enumerate(r.duties):
            yield f"role {r.id} duties.{n}", text
        for n, text in enumerate(r.kpis):
            yield f"role {r.id} kpis.{n}", text
        if r.threshold_reason:
            yield f"role {r.id} thresholds.reason", r.threshold_reason
    for q in questions_of(library):
        yield f"question {q.id} text", q.text
        if q.reveals:
            yield f"question {q.id} reveals", q.reveals
        for n, text in enumerate(q.follow_ups):
            yield f"question {q.id} follow_ups.{n}", text
        for level, text in q.scoring.items():
            yield f"question {q.id} scoring.{level}", text
        for family, variant in q.by_family.items():
            for level, text in variant.get("scoring", {}).items():
                yield f"question {q.id} by_family.{family}.scoring.{level}", text
    for section in Library.VOCABULARIES:
        for item in getattr(library, section):
            for key, value in item.items():
                if isinstance(value, dict):
                    yield f"{section} {item['id']} {key}", value


def all_texts(library: Library) -> Iterator[tuple[str, dict]]:
    yield from guarded_texts(library)
    for q in questions_of(library):
        yield f"question {q.id} listen_for", q.listen_for
        for family, variant in q.by_family.items():
            if "listen_for" in variant:
                yield f"question {q.id} by_family.{family}.listen_for", variant["listen_for"]


# --- the library as a whole ------------------------------------------------------------------
def test_every_expected_role_is_shipped(library: Library) -> None:
    shipped = {r.id for r in library.roles}
    missing = [r for r in EXPECTED_ROLES if r not in shipped]
    assert not missing, f"roles missing from question_banks/roles/: {missing}"


def test_role_and_question_ids_are_unique_across_the_library(library: Library) -> None:
    role_ids = Counter(r.id for r in library.roles)
    question_ids = Counter(q.id for q in questions_of(library))
    assert [i for i, n in role_ids.items() if n > 1] == []
    assert [i for i, n in question_ids.items() if n > 1] == []


def test_every_team_model_names_only_shipped_roles(library: Library) -> None:
    shipped = {r.id for r in library.roles}
    assert library.stages
    for stage in library.stages:
        assert stage["roles"], stage["id"]
        assert set(stage["roles"]) <= shipped, (stage["id"], set(stage["roles"]) - shipped)


def test_every_role_belongs_to_a_known_department(library: Library) -> None:
    departments = library.ids("departments")
    assert {r.department for r in library.roles} <= departments


def test_role_names_are_distinct_in_each_language(library: Library) -> None:
    for language in LANGUAGES:
        names = Counter(r.name[language] for r in library.roles)
        assert [n for n, count in names.items() if count > 1] == [], language


# --- each role -------------------------------------------------------------------------------
@pytest.mark.parametrize("role_id", EXPECTED_ROLES)
def test_role_has_a_balanced_set_of_questions(library: Library, role_id: str) -> None:
    questions = role(library, role_id).questions
    assert len(questions) >= 6, f"{role_id} has only {len(questions)} questions"
    dimensions = Counter(q.dimension for q in questions)
    assert dimensions["attitude"] >= 2, f"{role_id}: {dimensions}"
    assert dimensions["ability"] >= 2, f"{role_id}: {dimensions}"
    kinds = {q.kind for q in questions}
    assert {"situational", "unprepared"} <= kinds, f"{role_id} asks only {sorted(kinds)}"


def test_roles_outside_the_list_meet_the_same_bar(library: Library) -> None:
    for extra in [r for r in library.roles if r.id not in EXPECTED_ROLES]:
        test_role_has_a_balanced_set_of_questions(library, extra.id)


@pytest.mark.parametrize("role_id", CUSTOMER_SERVICE_ROLES)
def test_customer_service_roles_probe_patience_and_service(library: Library,
                                                           role_id: str) -> None:
    questions = role(library, role_id).questions
    probing = [q.id for q in questions if q.facet in ("patience", "service_attitude")]
    assert len(probing) >= 3, f"{role_id}: only {probing}"


def test_every_customer_service_department_role_probes_patience_and_service(
        library: Library) -> None:
    for r in library.roles:
        if r.department == "customer_service":
            test_customer_service_roles_probe_patience_and_service(library, r.id)


def test_every_question_has_a_scoring_guide_for_1_3_and_5(library: Library) -> None:
    for q in questions_of(library):
        assert {"1", "3", "5"} <= set(q.scoring), q.id
        for level in ("1", "3", "5"):
            assert all(q.scoring[level].get(lang, "").strip() for lang in LANGUAGES), (q.id, level)


def test_every_text_is_in_chinese_english_and_spanish(library: Library) -> None:
    for where, text in all_texts(library):
        for language in LANGUAGES:
            assert text.get(language, "").strip(), f"{where}: no {language} text"
        assert CJK.search(text["zh"]), f"{where}: the zh text is not Chinese: {text['zh']!r}"
        for language in ("en", "es"):
            assert not CJK.search(text[language]), f"{where}: untranslated {language} text"
        if len(text["en"]) > 20:
            assert text["es"] != text["en"], f"{where}: the es text is the English one"


def test_no_guidance_text_screens_on_protected_traits(library: Library) -> None:
    hits = [f"{where} [{language}]: {match.group(0)!r} in {value[:80]!r}"
            for where, text in guarded_texts(library)
            for language, value in text.items()
            for match in [PROTECTED.search(value)] if match]
    assert hits == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("请问你的年龄？", True), ("已婚还是未婚", True), ("What is your age?", True),
    ("Are you married?", True), ("¿Qué edad tiene?", True), ("Is she pregnant?", True),
    ("Manage the page layout", False), ("las novedades de la tienda", False),
    ("an average order value", False), ("el porcentaje de pedidos", False),
])
def test_the_protected_traits_guard_itself(text: str, flagged: bool) -> None:
    assert bool(PROTECTED.search(text)) is flagged


# --- the method content of core.yaml ---------------------------------------------------------
def test_the_standard_questions_with_conflict_weighted_highest(core: Library) -> None:
    weights = {q.id: q.weight for q in core.standard_questions}
    assert set(STANDARD_QUESTIONS) <= set(weights)
    others = [w for qid, w in weights.items() if qid != "std_conflict"]
    assert weights["std_conflict"] > max(others)


def test_the_conflict_question_judges_attitude(core: Library) -> None:
    """Its anchors judge how someone behaves in a disagreement (blame, freeze-outs): attitude."""
    conflict = next(q for q in core.standard_questions if q.id == "std_conflict")
    assert (conflict.dimension, conflict.facet, conflict.weight) == ("attitude", "teamwork", 2)


def test_last_company_and_expectations_are_two_questions(core: Library) -> None:
    """One question, one facet: what they think of the last company (gratitude) apart from what
    they expect from us; asking about pay is never a low answer on its own."""
    by_id = {q.id: q for q in core.standard_questions}
    assert (by_id["std_last_company"].dimension, by_id["std_last_company"].facet) == (
        "attitude", "gratitude")
    assert by_id["std_expectations"].dimension == "attitude"
    for qid in ("std_last_company", "std_expectations"):
        assert "pay" in by_id[qid].listen_for["en"], qid
        assert "money" not in by_id[qid].scoring["1"]["en"], qid


def test_ability_standard_questions_have_frontline_and_manager_guides(core: Library) -> None:
    ability = [q for q in core.standard_questions if q.dimension == "ability"]
    assert ability
    for question in ability:
        assert {"frontline", "manager"} <= set(question.by_family), question.id
        for family in ("frontline", "manager"):
            listen_for, scoring = question.guide(family)
            assert listen_for != question.listen_for, (question.id, family)
            assert scoring != question.scoring and set(scoring) == {"1", "3", "5"}


def test_the_honesty_red_flags_are_knockouts(core: Library) -> None:
    assert core.knockout_flags() >= HONESTY_FLAGS
    assert core.knockout_flags() <= core.ids("red_flags")


# --- the verdict fields of each role ---------------------------------------------------------
def test_every_role_names_its_family_in_the_file() -> None:
    unnamed = [role["id"] for path in bank_files()[1:]
               for role in yaml.safe_load(path.read_text(encoding="utf-8"))["roles"]
               if role.get("family") not in FAMILIES]
    assert unnamed == []


def test_families_fit_the_jobs(library: Library) -> None:
    families = {r.id: r.family for r in library.roles}
    assert {families[r] for r in ENTRY_ROLES} == {"frontline"}
    leaders = [r.id for r in library.roles
               if r.id.startswith("lead_") or r.id.endswith(("_director", "_manager"))]
    assert {families[r] for r in leaders} == {"manager"}, leaders


def test_every_role_has_a_knockout(library: Library) -> None:
    for r in library.roles:
        assert library.knockout_questions(r) | library.knockout_flags(r), r.id


def test_no_role_puts_the_attitude_bar_below_the_ability_bar_without_a_reason(
        library: Library) -> None:
    lower = [r.id for r in library.roles
             if r.thresholds.attitude < r.thresholds.ability and not r.threshold_reason]
    assert lower == []


def test_managers_need_more_than_the_default_ability_floor(library: Library) -> None:
    for r in library.roles:
        if r.family == "manager":
            assert r.thresholds.ability_floor >= 2.5, r.id


def test_every_integrity_question_is_a_knockout(library: Library) -> None:
    missed = [q.id for q in questions_of(library) if q.facet == "integrity" and not q.knockout]
    assert missed == []


def test_knockout_questions_judge_attitude(library: Library) -> None:
    """A knock-out answer is about honesty or rules, never about a skill still to be learned."""
    knockouts = [q for q in questions_of(library) if q.knockout]
    assert knockouts
    assert {q.dimension for q in knockouts} == {"attitude"}


@pytest.mark.parametrize("role_id", CUSTOMER_SERVICE_ROLES)
def test_dismissing_customers_turns_down_in_customer_service(library: Library,
                                                              role_id: str) -> None:
    r = role(library, role_id)
    assert "dismissive_of_customers" in library.knockout_flags(r)


def test_the_four_quadrants_lead_to_hire_train_reject_reject(core: Library) -> None:
    """基本不用 means generally not hired: it recommends reject, like 只能说抱歉."""
    quadrants = {q["id"]: q for q in core.quadrants}
    assert {q: quadrants[q]["decision"] for q in quadrants} == {
        "hire_first": "hire", "train": "train", "generally_not": "reject",
        "turn_down": "reject"}
    assert {(q["attitude"], q["ability"]): q["id"] for q in core.quadrants} == {
        ("good", "strong"): "hire_first", ("good", "weak"): "train",
        ("poor", "strong"): "generally_not", ("poor", "weak"): "turn_down"}
    for quadrant in Quadrant:  # the content and the scoring code agree
        assert quadrants[quadrant.value]["decision"] == quadrant.recommended_decision


def test_boss_types_and_team_roles(core: Library) -> None:
    assert {"forceful", "reasonable", "approachable", "perfectionist"} <= core.ids("boss_types")
    assert {"believer", "star", "mood_maker", "steady_worker"} <= core.ids("team_roles")
    for boss in core.boss_types:
        assert all(boss["fit_hint"][lang].strip() for lang in LANGUAGES), boss["id"]


def test_core_guidance_is_free_of_protected_traits(core: Library) -> None:
    hits = [where for where, text in guarded_texts(core)
            for value in text.values() if PROTECTED.search(value)]
    assert hits == []
