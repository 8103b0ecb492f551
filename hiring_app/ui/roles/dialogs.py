"""Dialogs to edit a role profile and a question, with a tab per language."""
from __future__ import annotations

import copy

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hiring_app.domain.library import (
    DEFAULT_FAMILY,
    FAMILIES,
    LANGUAGES,
    Library,
    plain_number,
    text_in,
)
from hiring_app.domain.matrix import (
    DEFAULT_ABILITY_FLOOR,
    DEFAULT_MIN_ANSWERS,
    KNOCKOUT_MAX_SCORE,
    MAX_MIN_ANSWERS,
)
from hiring_app.services.role_editing import fill_languages
from hiring_app.ui.widgets.common import checked_ids, checklist

LANGUAGE_TABS = {"zh": "中文", "en": "English", "es": "Español"}
KINDS = ("behavioural", "situational", "unprepared", "knowledge", "practical")


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _aligned(per_language: dict[str, list[str]]) -> list[dict[str, str]]:
    """Line i of every language is item i; a language with fewer lines borrows from another."""
    count = max((len(v) for v in per_language.values()), default=0)
    return [fill_languages({k: v[i] if i < len(v) else "" for k, v in per_language.items()})
            for i in range(count)]


def _limited_checklist(items: list[tuple[str, str]], checked: list[str]):
    widget = checklist(items, checked)
    widget.setMaximumHeight(140)
    return widget


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for item_id, label in items:
        combo.addItem(label, item_id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class RoleDialog(QDialog):
    """Edit a role's profile; returns the changed role dict (questions untouched)."""

    def __init__(self, role: dict, vocabulary: Library, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit role"))
        self.resize(720, 680)
        self._role = copy.deepcopy(role)
        self._language = language
        names = lambda section: [(i["id"], text_in(i["name"], language))  # noqa: E731
                                 for i in getattr(vocabulary, section)]

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.department = _combo(names("departments"), role["department"])
        self.pay_model = _combo(names("pay_models"), role["pay_model"])
        family_names = {"frontline": self.tr("Frontline (entry jobs)"),
                        "specialist": self.tr("Specialist"),
                        "manager": self.tr("Manager (leads people)")}
        self.family = _combo([(f, family_names[f]) for f in FAMILIES],
                             role.get("family") or DEFAULT_FAMILY)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Role family"), self.family)
        form.addRow(self.tr("Pay model"), self.pay_model)
        thresholds = role["thresholds"]
        self.attitude_threshold = self._threshold(thresholds["attitude"])
        self.ability_threshold = self._threshold(thresholds["ability"])
        self.ability_floor = self._threshold(thresholds.get("ability_floor",
                                                            DEFAULT_ABILITY_FLOOR))
        self.min_answers = QSpinBox()
        self.min_answers.setRange(1, MAX_MIN_ANSWERS)
        self.min_answers.setValue(int(thresholds.get("min_answers", DEFAULT_MIN_ANSWERS)))
        form.addRow(self.tr("Good attitude from"), self.attitude_threshold)
        form.addRow(self.tr("Strong ability from"), self.ability_threshold)
        form.addRow(self.tr("Trainable from (ability floor)"), self.ability_floor)
        form.addRow(self.tr("Answers needed per dimension"), self.min_answers)
        layout.addLayout(form)

        self.tabs = QTabWidget()
        self.fields: dict[str, dict[str, QWidget]] = {}
        for code in LANGUAGES:
            page = QWidget()
            page_form = QFormLayout(page)
            name = QLineEdit(role["name"].get(code, ""))
            summary = QPlainTextEdit(role["summary"].get(code, ""))
            duties = QPlainTextEdit("\n".join(d.get(code, "") for d in role["duties"]))
            kpis = QPlainTextEdit("\n".join(k.get(code, "") for k in role["kpis"]))
            reason = QLineEdit((thresholds.get("reason") or {}).get(code, ""))
            summary.setMaximumHeight(70)
            page_form.addRow(self.tr("Name"), name)
            page_form.addRow(self.tr("Summary"), summary)
            page_form.addRow(self.tr("Duties (one per line)"), duties)
            page_form.addRow(self.tr("KPIs (one per line)"), kpis)
            page_form.addRow(self.tr("Why the attitude bar is lower (if it is)"), reason)
            self.fields[code] = {"name": name, "summary": summary, "duties": duties, "kpis": kpis,
                                 "reason": reason}
            self.tabs.addTab(page, LANGUAGE_TABS[code])
        self.tabs.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        layout.addWidget(self.tabs, 1)

        facets = QGroupBox(self.tr("What to probe"))
        grid = QGridLayout(facets)
        facet_items = lambda dimension: [  # noqa: E731
            (f["id"], text_in(f["name"], language)) for f in vocabulary.facets
            if f["dimension"] == dimension]
        self.attitude_facets = _limited_checklist(facet_items("attitude"), role["attitude_facets"])
        self.ability_facets = _limited_checklist(facet_items("ability"), role["ability_facets"])
        self.stages = _limited_checklist(names("stages"), role["stages"])
        grid.addWidget(QLabel(self.tr("Attitude")), 0, 0)
        grid.addWidget(QLabel(self.tr("Ability")), 0, 1)
        grid.addWidget(QLabel(self.tr("Team stages")), 0, 2)
        grid.addWidget(self.attitude_facets, 1, 0)
        grid.addWidget(self.ability_facets, 1, 1)
        grid.addWidget(self.stages, 1, 2)
        layout.addWidget(facets)

        layout.addWidget(_ok_cancel(self))

    @staticmethod
    def _threshold(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(1.0, 5.0)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setValue(float(value))
        return spin

    def accept(self) -> None:
        names = {k: f["name"].text() for k, f in self.fields.items()}
        if not any(v.strip() for v in names.values()):
            QMessageBox.warning(self, self.windowTitle(), self.tr("Give the role a name."))
            return
        super().accept()

    def role(self) -> dict:
        role = self._role
        text = lambda key: fill_languages({  # noqa: E731
            k: (f[key].text() if isinstance(f[key], QLineEdit) else f[key].toPlainText())
            for k, f in self.fields.items()})
        role["name"] = text("name")
        summary = text("summary")
        role["summary"] = summary if any(summary.values()) else dict(role["name"])
        role["duties"] = _aligned({k: _lines(f["duties"]) for k, f in self.fields.items()})
        role["kpis"] = _aligned({k: _lines(f["kpis"]) for k, f in self.fields.items()})
        role["department"] = self.department.currentData()
        role["pay_model"] = self.pay_model.currentData()
        role["family"] = self.family.currentData()
        role["thresholds"] = {"attitude": self.attitude_threshold.value(),
                              "ability": self.ability_threshold.value(),
                              "ability_floor": self.ability_floor.value(),
                              "min_answers": self.min_answers.value()}
        reason = text("reason")
        if any(reason.values()):
            role["thresholds"]["reason"] = reason
        role["attitude_facets"] = checked_ids(self.attitude_facets)
        role["ability_facets"] = checked_ids(self.ability_facets)
        role["stages"] = checked_ids(self.stages)
        return role


class QuestionDialog(QDialog):
    """Add or edit a question: wording, what to listen for, follow-ups, scoring guide."""

    def __init__(self, question: dict, vocabulary: Library, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Question"))
        self.resize(720, 720)
        self._question = copy.deepcopy(question)
        self._vocabulary = vocabulary
        self._language = language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.dimension = QComboBox()
        self.dimension.addItem(self.tr("Attitude"), "attitude")
        self.dimension.addItem(self.tr("Ability"), "ability")
        self.dimension.setCurrentIndex(max(self.dimension.findData(question["dimension"]), 0))
        self.facet = QComboBox()
        self.kind = QComboBox()
        kind_names = {
            "behavioural": self.tr("Behavioural (past experience)"),
            "situational": self.tr("Situational (what would you do)"),
            "unprepared": self.tr("Unprepared (think on your feet)"),
            "knowledge": self.tr("Knowledge"),
            "practical": self.tr("Practical task"),
        }
        for kind in KINDS:
            self.kind.addItem(kind_names[kind], kind)
        self.kind.setCurrentIndex(max(self.kind.findData(question["kind"]), 0))
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0.5, 10.0)
        self.weight.setSingleStep(0.5)
        self.weight.setDecimals(1)
        self.weight.setValue(float(question["weight"]))
        form.addRow(self.tr("Dimension"), self.dimension)
        form.addRow(self.tr("Facet"), self.facet)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Weight"), self.weight)
        self.knockout = QCheckBox(self.tr(
            "Knock-out: a score of {score} or lower turns the candidate down").format(
                score=KNOCKOUT_MAX_SCORE))
        self.knockout.setChecked(bool(question.get("knockout")))
        form.addRow("", self.knockout)
        layout.addLayout(form)
        self.dimension.currentIndexChanged.connect(self._fill_facets)
        self._fill_facets()

        self.tabs = QTabWidget()
        self.fields: dict[str, dict[str, QPlainTextEdit]] = {}
        for code in LANGUAGES:
            page = QWidget()
            page_form = QFormLayout(page)
            edits = {
                "text": QPlainTextEdit(question["text"].get(code, "")),
                "listen_for": QPlainTextEdit(question["listen_for"].get(code, "")),
                "follow_ups": QPlainTextEdit(
                    "\n".join(f.get(code, "") for f in question["follow_ups"])),
                "1": QPlainTextEdit(question["scoring"].get("1", {}).get(code, "")),
                "3": QPlainTextEdit(question["scoring"].get("3", {}).get(code, "")),
                "5": QPlainTextEdit(question["scoring"].get("5", {}).get(code, "")),
            }
            labels = {
                "text": self.tr("Question"), "listen_for": self.tr("Listen for"),
                "follow_ups": self.tr("Follow-ups (one per line)"),
                "1": self.tr("A 1 answer"), "3": self.tr("A 3 answer"), "5": self.tr("A 5 answer"),
            }
            for key, edit in edits.items():
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(64)
                page_form.addRow(labels[key], edit)
            self.fields[code] = edits
            self.tabs.addTab(page, LANGUAGE_TABS[code])
        self.tabs.setCurrentIndex(LANGUAGES.index(language) if language in LANGUAGES else 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(_ok_cancel(self))
        self.fields[language if language in LANGUAGES else "zh"]["text"].setFocus()

    def _fill_facets(self) -> None:
        dimension = self.dimension.currentData()
        current = self.facet.currentData() or self._question["facet"]
        self.facet.clear()
        for facet in self._vocabulary.facets:
            if facet["dimension"] == dimension:
                self.facet.addItem(text_in(facet["name"], self._language), facet["id"])
        self.facet.setCurrentIndex(max(self.facet.findData(current), 0))

    def _text(self, key: str) -> dict[str, str]:
        return fill_languages({k: f[key].toPlainText() for k, f in self.fields.items()})

    def accept(self) -> None:
        missing = [label for key, label in (
            ("text", self.tr("the question")), ("listen_for", self.tr("what to listen for")),
            ("1", self.tr("a 1 answer")), ("3", self.tr("a 3 answer")), ("5", self.tr("a 5 answer")))
            if not any(self._text(key).values())]
        if missing:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Please fill in: {fields}.").format(
                                    fields=QLocale().createSeparatedList(missing)))
            return
        super().accept()

    def question(self) -> dict:
        question = self._question
        question["dimension"] = self.dimension.currentData()
        question["facet"] = self.facet.currentData()
        question["kind"] = self.kind.currentData()
        question["weight"] = plain_number(self.weight.value())
        if self.knockout.isChecked():
            question["knockout"] = True
        else:
            question.pop("knockout", None)
        question["text"] = self._text("text")
        question["listen_for"] = self._text("listen_for")
        question["follow_ups"] = _aligned({
            k: [line.strip() for line in f["follow_ups"].toPlainText().splitlines() if line.strip()]
            for k, f in self.fields.items()})
        question["scoring"] = {key: self._text(key) for key in ("1", "3", "5")}
        return question
