"""The shipped question_banks/: every role the method names, enough good questions for each, all
in three languages, one Spanish register, and nothing that would steer an interviewer toward
protected traits (those are named only in the do-not-ask list that warns against them)."""
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
promo_seo promo_paid_search promo_group_buy promo_event_signup promo_affiliate lead_promotion
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

# Words that would make a question, a guide, a follow-up, an anchor or a profile ask about or
# reward protected traits. Only the do-not-ask list (and its legal note) may use them.
PROTECTED_FRAGMENTS = [
    # zh
    "性别", "男性", "女性", "男生", "女生", "年龄", "岁", "年轻", "年纪", "婚", "孕", "生育", "生子",
    "孩子", "小孩", "子女", "带娃", "户口", "户籍", "籍贯", "老家", "本地人", "外地人", "民族", "宗教",
    "长相", "外貌", "颜值", "身高", "体重", "健康", "病史", "疾病", "残疾", "乙肝",
    # en
    "pregnan", "maternity", "religio", "ethnic", "nationality", "marital", "hukou", "hometown",
    "household registration", "place of origin", "family plan", "start a family",
    "starting a family", "disabilit",
    # es
    "embaraz", "casad", "maternidad", "religi", "etnia", "étnic", "nacionalidad", "discapacidad",
    "estado civil", "lugar de origen", "planes familiares", "formar una familia",
]
PROTECTED_WORDS = [
    "gender", "age", "aged", "married", "marriage", "spouse", "appearance", "young", "younger",
    "youth", "elderly", "child", "children", "kids", "health", "healthy", "disabled", "sex",
    "male", "female", "woman", "women", "girl", "girls", "boy", "boys",
    "género", "edad", "edades", "sexo", "joven", "jóvenes", "hijo", "hijos", "hija", "hijas",
    "salud", "apariencia", "mujer", "mujeres", "hombre", "hombres", "matrimonio",
]
PROTECTED = re.compile(
    "|".join([*map(re.escape, PROTECTED_FRAGMENTS), r"\d0后",
              *(rf"\b{re.escape(word)}\b" for word in PROTECTED_WORDS)]),
    re.IGNORECASE)
# The familiar (tú) forms a Spanish text would use where the product speaks formally (usted).
TU_FORMS = re.compile(
    r"\b(tú|tu|tus|te|ti|contigo|tienes|puedes|quieres|quieras|sabes|eres|estás|haces|hiciste|"
    r"tuviste|dijiste|harías|podrías|deberías|dejes|hagas|digas|pongas|haz|pon|dime|dame|"
    r"cuéntame|fíjate|imagínate|anótalo)\b", re.IGNORECASE)
QUOTED = re.compile(r"'[^']*'|“[^”]*”|\"[^\"]*\"")
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


def is_text(value: object) -> bool:
    return isinstance(value, dict) and bool(value) and set(value) <= set(LANGUAGES)


def guarded_texts(library: Library) -> Iterator[tuple[str, dict]]:
    """Every text of the library except the do-not-ask list and its legal note: role profiles,
    questions with their guides, follow-ups and anchors, and every vocabulary."""
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
        yield f"question {q.id} listen_for", q.listen_for
        for n, text in enumerate(q.follow_ups):
            yield f"question {q.id} follow_ups.{n}", text
        for level, text in q.scoring.items():
            yield f"question {q.id} scoring.{level}", text
        for family, variant in q.by_family.items():
            if "listen_for" in variant:
                yield f"question {q.id} by_family.{family}.listen_for", variant["listen_for"]
            for level, text in variant.get("scoring", {}).items():
                yield f"question {q.id} by_family.{family}.scoring.{level}", text
    for section in Library.VOCABULARIES:
        if section != "do_not_ask":
            yield from vocabulary_texts(library, section)


def vocabulary_texts(library: Library, section: str) -> Iterator[tuple[str, dict]]:
    for item in getattr(library, section):
        for key, value in item.items():
            if is_text(value):
                yield f"{section} {item['id']} {key}", value


def all_texts(library: Library) -> Iterator[tuple[str, dict]]:
    yield from guarded_texts(library)
    yield from vocabulary_texts(library, "do_not_ask")
    for note in Library.NOTES:
        yield note, getattr(library, note)


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


def test_no_text_outside_the_do_not_ask_list_names_a_protected_trait(library: Library) -> None:
    hits = [f"{where} [{language}]: {match.group(0)!r} in {value[:80]!r}"
            for where, text in guarded_texts(library)
            for language, value in text.items()
            for match in [PROTECTED.search(value)] if match]
    assert hits == []


@pytest.mark.parametrize(("text", "flagged"), [
    ("请问你的年龄？", True), ("已婚还是未婚", True), ("What is your age?", True),
    ("Are you married?", True), ("¿Qué edad tiene?", True), ("Is she pregnant?", True),
    ("你户口在哪里？", True), ("老家是哪里的？", True), ("招个年轻有冲劲的", True),
    ("身体健康吗？", True), ("打算什么时候要孩子？", True), ("最好是90后", True),
    ("Where is your hukou registered?", True), ("Do you have children?", True),
    ("Any health problems?", True), ("¿Está casada?", True), ("¿Tiene hijos?", True),
    ("¿Está embarazada?", True), ("¿Cuál es su lugar de origen?", True),
    ("Manage the page layout", False), ("las novedades de la tienda", False),
    ("an average order value", False), ("el porcentaje de pedidos", False),
    ("el origen del tráfico", False), ("la relación de aspecto del video", False),
    ("el peso del envío", False), ("Takes ages and produces nothing", False),
    ("storage and packaging", False), ("判断一家店经营得好不好", False),
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


# --- fair hiring: what not to ask ------------------------------------------------------------
DO_NOT_ASK = {"gender", "marriage", "family_plans", "pregnancy", "age", "origin", "health",
              "appearance"}


def test_the_do_not_ask_list_names_each_protected_topic_in_three_languages(core: Library) -> None:
    assert DO_NOT_ASK <= core.ids("do_not_ask")
    for topic in core.do_not_ask:
        for key in ("name", "description", "instead"):
            assert all(topic[key][lang].strip() for lang in LANGUAGES), (topic["id"], key)
        # the list is where the guard's words belong: each topic says plainly what it is about
        assert PROTECTED.search(topic["name"]["zh"] + topic["description"]["zh"]), topic["id"]


def test_the_legal_note_names_the_law_in_each_language(core: Library) -> None:
    note = core.do_not_ask_note
    assert set(note) == set(LANGUAGES) and all(note[lang].strip() for lang in LANGUAGES)
    assert "妇女权益保障法" in note["zh"] and "婚育" in note["zh"]
    assert "not legal advice" in note["en"] and "Equality Act" in note["en"]
    assert "no asesoría legal" in note["es"] and "Ley" in note["es"]
    assert "Women's Rights" not in note["en"]  # the other languages name their own law


def test_the_career_plan_question_says_not_to_record_private_plans(core: Library) -> None:
    plan = next(q for q in core.standard_questions if q.id == "std_career_plan")
    assert {"marriage", "family_plans", "pregnancy"} <= set(plan.do_not_record)
    assert "不记录" in plan.listen_for["zh"]
    assert "do not write them down" in plan.listen_for["en"]
    assert "no los anote" in plan.listen_for["es"]


def test_every_do_not_record_names_a_topic_of_the_list(library: Library) -> None:
    topics = library.ids("do_not_ask")
    marked = {q.id: q.do_not_record for q in questions_of(library) if q.do_not_record}
    assert "std_career_plan" in marked
    assert all(set(ids) <= topics for ids in marked.values()), marked


# --- one voice per language ------------------------------------------------------------------
def test_spanish_speaks_to_the_reader_as_usted(library: Library) -> None:
    """The window says usted; so does every text of the banks, outside quoted speech (a
    customer in a role-play may say tú)."""
    hits = [f"{where}: {match.group(0)!r} in {text['es'][:90]!r}"
            for where, text in all_texts(library)
            for match in [TU_FORMS.search(QUOTED.sub("", text["es"]))] if match]
    assert hits == []


@pytest.mark.parametrize(("text", "familiar"), [
    ("Compara con tu primera impresión", True), ("no dejes que guíe las preguntas", True),
    ("Anota lo que quieras verificar", True), ("¿Qué planes tienes?", True),
    ("Compare con su primera impresión", False), ("Dice 'te lo merecías'", False),
    ("¿Qué planes de trabajo tiene?", False),
])
def test_the_register_check_itself(text: str, familiar: bool) -> None:
    assert bool(TU_FORMS.search(QUOTED.sub("", text))) is familiar


def test_singles_day_is_named_one_way_in_each_language(library: Library) -> None:
    for where, text in all_texts(library):
        assert "双十一" not in text["zh"], where
        assert "Double 11" not in text["en"], where
        assert "Double 11" not in text["es"] and "Doble 11" not in text["es"], where
        if "11.11" in text["en"]:
            assert "Singles' Day (11.11)" in text["en"], where
        if "11.11" in text["es"]:
            assert "11.11 (Día del Soltero)" in text["es"], where


def test_chinese_texts_quote_with_chinese_marks(library: Library) -> None:
    odd = [where for where, text in all_texts(library)
           if any(mark in text["zh"] for mark in "「」『』\"")]
    assert odd == []


def test_group_leads_carry_one_title_per_language(library: Library) -> None:
    leads = [r for r in library.roles if r.id.startswith("lead_")]
    assert len(leads) >= 7
    for lead in leads:
        assert lead.name["zh"].endswith("组长"), lead.name
        assert lead.name["en"].endswith(" lead"), lead.name
        assert lead.name["es"].startswith("Líder de "), lead.name


def test_team_role_labels_keep_the_chinese_names_and_mock_no_one(core: Library) -> None:
    names = {t["id"]: t["name"] for t in core.team_roles}
    for character, role_id in (("唐僧", "believer"), ("孙悟空", "star"), ("猪八戒", "mood_maker"),
                               ("沙僧", "steady_worker")):
        assert names[role_id]["zh"].startswith(character)
    for name in names.values():
        assert not re.search(r"cerdo|\bpig|arena", name["en"] + name["es"], re.IGNORECASE), name


# --- the team models and what the window shows from them -------------------------------------
def test_every_vocabulary_entry_is_described_in_three_languages(core: Library) -> None:
    required = {"departments": ["description"], "facets": ["description"],
                "pay_models": ["description"], "stages": ["description"],
                "boss_types": ["description", "fit_hint"],
                "team_roles": ["description", "when_missing"], "red_flags": ["description"],
                "decision_principles": ["description"], "do_not_ask": ["description", "instead"]}
    for section, keys in required.items():
        assert getattr(core, section), section
        for item in getattr(core, section):
            for key in ["name", *keys]:
                text = item.get(key) or {}
                assert all((text.get(lang) or "").strip() for lang in LANGUAGES), (
                    section, item["id"], key)


def test_each_team_model_says_how_many_people_each_role_needs(core: Library) -> None:
    for stage in core.stages:
        places = core.places(stage["id"])
        assert set(stage["places"]) == set(stage["roles"]) == set(places), stage["id"]
        low, _, high = stage["headcount"].rstrip("+").partition("-")
        fewest = sum(p[0] for p in places.values())
        most = sum(p[1] for p in places.values())
        assert fewest <= int(high or low) or stage["headcount"].endswith("+"), stage["id"]
        assert most >= int(low), stage["id"]
        assert all(0 <= a <= b for a, b in places.values()), stage["id"]


def test_the_store_team_models_grow_one_into_the_next(core: Library) -> None:
    by_id = {s["id"]: s for s in core.stages}
    path, stage = [], "minimum"
    while stage:
        path.append(stage)
        stage = by_id[stage].get("next")
    assert path == ["minimum", "starting", "small", "basic", "eight_person", "mature"]
    assert {by_id[s]["setting"] for s in path} == {"store"}
    assert by_id["b2c_site"]["setting"] == "b2c_site"
    assert by_id["agency_store"]["setting"] == "agency_store"


def test_roles_take_their_stages_from_the_team_models(library: Library) -> None:
    """Said once: the role files leave `stages` out and the loader reads them off the models."""
    stated = [role["id"] for path in bank_files()[1:]
              for role in yaml.safe_load(path.read_text(encoding="utf-8"))["roles"]
              if "stages" in role]
    assert stated == []
    for r in library.roles:
        assert r.stages == library.stages_of(r.id), r.id
    assert role(library, "cs_presale").stages[:2] == ["minimum", "starting"]


def test_the_promotion_lead_exists_and_is_on_the_escalation_path(library: Library) -> None:
    lead = role(library, "lead_promotion")
    assert (lead.name["zh"], lead.department, lead.family) == ("推广组长", "promotion", "manager")
    eight = library.lookup("stages", "eight_person")
    assert eight is not None and "lead_promotion" in eight["roles"]
    assert "eight_person" in lead.stages
    assert "推广组长" in eight["description"]["zh"]
    assert "promotion lead" in eight["description"]["en"]
    assert "líder de promoción" in eight["description"]["es"]
    # every group lead the texts send people to is a role of that team model
    lead_names = {r.name["zh"]: r.id for r in library.roles if r.id.startswith("lead_")}
    mentioned = {name for _, text in all_texts(library)
                 for name in re.findall(r"(客服|财务|产品|视觉|营销策划|数据分析|数据|推广)组长",
                                        text["zh"])}
    assert {f"{name}组长" for name in mentioned} <= set(lead_names)
    assert {lead_names[f"{name}组长"] for name in mentioned} <= set(eight["roles"])
    assert any(q.facet == "teamwork" and "客服组长" in q.text["zh"] for q in lead.questions)


# --- facts of the source material ------------------------------------------------------------
def test_adaptability_is_a_probed_attitude(library: Library) -> None:
    assert library.facet_dimensions().get("adaptability") == "attitude"
    probing = [r for r in library.roles if "adaptability" in r.attitude_facets]
    assert len(probing) >= 4, [r.id for r in probing]
    for r in probing:
        assert any(q.facet == "adaptability" for q in r.questions), r.id
    for r in library.roles:
        if any(q.facet == "adaptability" for q in r.questions):
            assert "adaptability" in r.attitude_facets, r.id


def test_operations_leaders_weigh_scale_against_profit(library: Library) -> None:
    for role_id in ("ops_manager", "ops_director"):
        r = role(library, role_id)
        assert any("规模" in d["zh"] and "利润" in d["zh"] for d in r.duties), role_id
    assert any("规模" in q.text["zh"] and "利润" in q.text["zh"]
               for q in role(library, "ops_manager").questions)


def test_the_director_is_asked_about_online_and_offline_channels(library: Library) -> None:
    director = role(library, "ops_director")
    assert any("线下" in q.text["zh"] and "经销" in q.text["zh"] for q in director.questions)


def test_decisions_rest_on_select_develop_use_and_few_but_excellent(core: Library) -> None:
    principles = {p["id"]: p for p in core.decision_principles}
    assert {"select_develop_use", "few_but_excellent", "hire_for_the_long_term"} <= set(principles)
    assert "选" in principles["select_develop_use"]["name"]["zh"]
    assert "少而精" in principles["few_but_excellent"]["name"]["zh"]
    assert "大城市" in principles["hire_for_the_long_term"]["description"]["zh"]
    train = next(q for q in core.quadrants if q["id"] == "train")
    assert "育" in train["advice"]["zh"]
