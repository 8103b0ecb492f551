"""Adding a question during an interview: the interviewer says what it tells them about (a
dimension and facet of the role) or that it is a note only, not scored. Nothing is filed under
another question's dimension without being asked."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from hiring_app.domain.library import Library, RoleProfile, text_in

NOTE_ONLY = ("", "")  # (dimension, facet) of a question that is not scored


class AdhocQuestionDialog(QDialog):
    def __init__(self, vocabulary: Library, role: RoleProfile | None, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adhocDialog")
        self.text = QPlainTextEdit()
        self.text.setObjectName("adhocText")
        self.text.setTabChangesFocus(True)
        self.kind = QComboBox()
        self.kind.setObjectName("adhocKind")
        facets = {f["id"]: f for f in vocabulary.facets}
        attitude = role.attitude_facets if role else [f["id"] for f in vocabulary.facets
                                                       if f["dimension"] == "attitude"]
        ability = role.ability_facets if role else [f["id"] for f in vocabulary.facets
                                                    if f["dimension"] == "ability"]
        for dimension, ids, label in (("attitude", attitude, self.tr("Attitude")),
                                      ("ability", ability, self.tr("Ability"))):
            for facet in ids:
                name = text_in(facets.get(facet, {}).get("name"), language) or facet
                self.kind.addItem(f"{label} · {name}", (dimension, facet))
        self.kind.insertSeparator(self.kind.count())
        self.kind.addItem(self.tr("A note only (not scored)"), NOTE_ONLY)
        self.kind.setCurrentIndex(-1)
        self.kind.setPlaceholderText(self.tr("Choose what the answer tells you about…"))
        self.hint = QLabel(wordWrap=True)
        self.hint.setText(self.tr(
            "A scored question counts toward the dimension you choose. Questions about "
            "availability, logistics or anything you only want to record are notes."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The question you want to ask:")))
        form.addRow(self.text)
        form.addRow(self.tr("It tells you about"), self.kind)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Add a question"))
        self.text.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        self.resize(520, 300)
        self._check()

    def _check(self) -> None:
        ok = bool(self.text.toPlainText().strip()) and self.kind.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def choice(self) -> tuple[str, str | None, str | None]:
        """(question text, dimension, facet); dimension and facet None for a note only."""
        dimension, facet = self.kind.currentData()
        return self.text.toPlainText().strip(), dimension or None, facet or None
