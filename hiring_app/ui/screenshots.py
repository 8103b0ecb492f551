"""Every screen of the window rendered offscreen to PNG files, one per screen, language and size,
so anyone can look at the whole window in a minute (`hiring-app screenshots`); and
`clipped_texts`, which finds the texts a rendered screen cuts off (the layout test runs it on
every screen, at every size, in every language).

The company is never changed: its database is copied into a private temporary folder
(storage.snapshot: nothing is created or written beside the company's file) and the window is
opened on the copy, once per language. The throwaway interview whose stages are shown exists
only there; the folder is deleted afterwards, whatever happens (Ctrl+C included)."""
from __future__ import annotations

import contextlib
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QElapsedTimer,
    QEvent,
    QIODevice,
    QLocale,
    QRect,
    Qt,
    QThread,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from hiring_app import paths
from hiring_app.domain.interview import STAGES
from hiring_app.errors import UserError, os_reason
from hiring_app.i18n import text
from hiring_app.services import candidates as candidate_service
from hiring_app.services import interviews as interview_service
from hiring_app.services import library as library_service
from hiring_app.services.company import open_company
from hiring_app.services.compare import best_of_role
from hiring_app.services.library import vocabulary as builtin_vocabulary
from hiring_app.services.snapshot import (
    atomic_file,
    check_output_path,
    private_copy,
    require_database,
)
from hiring_app.ui.clipping import ELIDED_BY_DESIGN, Clip, clipped_texts
from hiring_app.ui.context import AppContext, Changes, open_settings
from hiring_app.ui.i18n import Translations

__all__ = ["DEFAULT_SIZES", "ELIDED_BY_DESIGN", "LANGUAGES", "SCREENS", "Clip", "Shot",
           "clipped_texts", "render_all"]

LANGUAGES = ("zh", "en", "es")
DEFAULT_SIZES = ((1024, 700), (1366, 768), (1920, 1080))
# Every screen, in the order of the sidebar: the file names' numbers.
SCREENS = ("01-roles", "02-role-questions", "03-candidates", "04-debrief", "05-interview-start",
           "06-interview-observe", "07-interview-listen", "08-interview-ask",
           "09-interview-assess", "10-interview-decide", "11-compare", "12-calibration",
           "13-reports", "14-about", "15-team", "16-team-positions", "17-shortcuts")
COMPARED = 5  # "a few candidates of one role" on the Compare screen
_SAMPLE_SCORES = (4, 3, 5, 4, 3, 4, 2, 5)
SAVE_STATE_MS = 250  # the interview's header looks at the autosave this often (and a little)


@dataclass
class Shot:
    screen: str
    language: str
    size: tuple[int, int]
    path: Path
    clips: list[Clip] = field(default_factory=list)


def size_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


# --- the application ----------------------------------------------------------------------------
def application(sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES) -> QApplication:
    """The QApplication to render with: the one running, else a new one on the offscreen
    platform (unless QT_QPA_PLATFORM says otherwise) with a screen as large as the largest
    size, and the app's bundled CJK font."""
    import json
    import os

    from hiring_app.ui.app import create_application

    if QApplication.instance() is not None or "QT_QPA_PLATFORM" in os.environ:
        return create_application()
    width = max([w for w, _h in sizes] + [1920])
    height = max([h for _w, h in sizes] + [1080])
    screens = {"screens": [{"name": "screenshots", "x": 0, "y": 0, "width": width,
                            "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                            "dpr": 1}]}
    with tempfile.TemporaryDirectory(prefix="hiring-shots-") as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps(screens), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        try:
            return create_application()
        finally:
            del os.environ["QT_QPA_PLATFORM"]


# --- stopping cleanly ---------------------------------------------------------------------------
class _Stop:
    """Ctrl+C sets a flag (a Qt callback must never be interrupted half-way); the renderer
    checks it between screens and stops there."""

    def __init__(self) -> None:
        self.asked = False
        self._previous = None

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._ask)
        return self

    def _ask(self, _signum, _frame) -> None:
        self.asked = True

    def check(self) -> None:
        if self.asked:
            raise KeyboardInterrupt

    def __exit__(self, *exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


@contextlib.contextmanager
def _quiet_platform() -> Iterator[None]:
    """The offscreen platform's note that it cannot size windows to their hints says nothing
    about the pictures: kept off the terminal. Every other message of Qt goes on as before."""
    previous = None

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def settle(rounds: int = 3) -> None:
    """Let Qt lay out and paint what was just changed."""
    app = QApplication.instance()
    for _ in range(rounds):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def wait(ms: int) -> None:
    """Let Qt run for `ms` milliseconds (timers included)."""
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QApplication.processEvents()
        QThread.msleep(10)


def _while_modal(trigger: Callable[[], object], visit: Callable[[QWidget], None]) -> None:
    """Run `trigger` (which opens a modal dialog with exec()); call `visit(dialog)` once the
    dialog is up, then close it. What `visit` raises is raised here, after the dialog closed."""
    state: dict[str, object] = {"error": None, "returned": False}
    deadline = QElapsedTimer()
    deadline.start()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if not state["returned"] and deadline.elapsed() < 10_000:
                QTimer.singleShot(10, poll)
            return
        try:
            visit(dialog)
        except BaseException as error:  # noqa: BLE001 - raised again once exec() returned
            state["error"] = error
        finally:
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    QTimer.singleShot(0, poll)
    try:
        trigger()
    finally:
        state["returned"] = True
    if isinstance(state["error"], BaseException):
        raise state["error"]


# --- the company's data, on the private copy ----------------------------------------------------
@dataclass
class _Picks:
    """What the screens show: one role, a candidate's record, a few candidates to compare, and
    the throwaway interview's candidate, role and interviewer."""

    role_id: str | None
    record_id: int | None
    compare_ids: list[int]
    interview_candidate: int | None
    interview_role: str | None
    interviewer: str


def _pick(db, language: str) -> _Picks:
    candidates = candidate_service.list_candidates(db)
    roles = [row["id"] for row in library_service.role_rows(db)]
    by_role: dict[str, int] = {}
    for candidate in candidates:
        if candidate["role_id"]:
            by_role[candidate["role_id"]] = by_role.get(candidate["role_id"], 0) + 1
    busiest = sorted(by_role, key=lambda role: (-by_role[role], role))
    role_id, compare_ids = (busiest[0] if busiest else (roles[0] if roles else None)), []
    for role in busiest:
        found = best_of_role(db, role, COMPARED)
        if len(found) >= 2:
            role_id, compare_ids = role, found
            break
    record_id = compare_ids[0] if compare_ids else (candidates[-1]["id"] if candidates else None)
    waiting = [c for c in candidates if c["status"] in ("new", "interviewing")]
    chosen = next((c for c in waiting if c["role_id"] == role_id), None) or \
        next(iter(waiting), None) or next((c for c in candidates if c["id"] == record_id), None)
    known = interview_service.known_interviewers(db)
    interviewer = known[0] if known else text("screenshots.sample_interviewer", language)
    interview_role = (chosen["role_id"] if chosen and chosen["role_id"] else role_id)
    return _Picks(role_id, record_id, compare_ids, chosen["id"] if chosen else None,
                  interview_role, interviewer)


def _throwaway_interview(db, picks: _Picks, language: str) -> int | None:
    """A draft half-way through Ask (a few questions scored, things noticed on Observe), so each
    stage shows what it looks like in use. It exists only on the private copy."""
    if picks.interview_role is None:
        return None
    candidate = picks.interview_candidate
    if candidate is None:
        candidate = candidate_service.add_candidate(
            db, text("screenshots.sample_candidate", language), picks.interview_role)
    interview_id = interview_service.start_interview(db, candidate, picks.interview_role,
                                                     picks.interviewer)
    interview = interview_service.load_interview(db, interview_id)
    scored = [a for a in interview.answers if a.dimension is not None]
    answered = scored[: max(2, len(scored) // 2)]
    observed = [item["id"] for item in builtin_vocabulary().observe_checklist[:2]]
    current = next((i for i, a in enumerate(interview.answers) if a not in answered), 0)
    interview_service.apply_changes(
        db, interview_id, {"observations": observed, "current_question": current},
        {a.question_id: {"score": _SAMPLE_SCORES[i % len(_SAMPLE_SCORES)]}
         for i, a in enumerate(answered)})
    return interview_id


# --- rendering ----------------------------------------------------------------------------------
def _png(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _draw_dialog(image: QImage, dialog: QWidget) -> None:
    """Draw `dialog` over the window's picture, centred, with a title bar as a desktop shows
    it (offscreen windows have no frame of their own)."""
    picture = dialog.grab().toImage()
    metrics = dialog.fontMetrics()
    bar = metrics.height() + 10
    width, height = picture.width(), picture.height() + bar
    left = max((image.width() - width) // 2, 1)
    top = max((image.height() - height) // 2, 1)
    painter = QPainter(image)
    painter.fillRect(QRect(left - 1, top - 1, width + 2, height + 2), QColor("#7a7a7a"))
    painter.fillRect(QRect(left, top, width, bar), QColor("#dedede"))
    painter.setFont(dialog.font())
    painter.setPen(QColor("#202020"))
    painter.drawText(QRect(left + 10, top, width - 20, bar),
                     int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                     metrics.elidedText(dialog.windowTitle(), Qt.TextElideMode.ElideRight,
                                        width - 20))
    painter.drawImage(left, top + bar, picture)
    painter.end()


class _Renderer:
    """One language: the window on its own copy of the company, every screen at every size."""

    def __init__(self, context: AppContext, company_folder: Path, out_dir: Path,
                 sizes: Sequence[tuple[int, int]], record: Callable[[Shot], None],
                 stop: _Stop) -> None:
        from hiring_app.ui.main_window import MainWindow

        self.context = context
        self.language = context.language
        self.company_folder = company_folder
        self.out_dir = out_dir
        self.sizes = list(sizes)
        self.record = record
        self.stop = stop
        self.window = MainWindow(context)
        self.window.outside_timer.stop()  # nobody else writes to the private copy

    # --- one screen, every size -----------------------------------------------------------------
    def _real_paths(self, widget: QWidget) -> None:
        """The window names the database it shows: the company's, not the private copy's."""
        copy, real = str(self.context.data_dir), str(self.company_folder)
        if isinstance(widget, QMessageBox) and copy in widget.text():
            widget.setText(widget.text().replace(copy, real))
        for label in widget.findChildren(QLabel):
            if copy in label.text():
                label.setText(label.text().replace(copy, real))

    def _resize(self, size: tuple[int, int]) -> None:
        self.window.resize(*size)
        for _ in range(20):
            settle(1)
            if (self.window.width(), self.window.height()) == size:
                break
        settle()

    def shoot(self, screen: str, dialog: QWidget | None = None) -> None:
        for size in self.sizes:
            self.stop.check()
            self._resize(size)
            self._real_paths(self.window)
            if dialog is not None:
                self._real_paths(dialog)
                settle()
            image = self.window.grab().toImage()
            if dialog is None:
                clips = clipped_texts(self.window, screen)
            else:  # the window behind was looked at on its own screen
                _draw_dialog(image, dialog)
                clips = clipped_texts(dialog, screen)
            path = self.out_dir / size_name(size) / self.language / f"{screen}.png"
            check_output_path(path, self.company_folder)
            with atomic_file(path, binary=True) as handle:
                handle.write(_png(image))
            self.record(Shot(screen, self.language, size, path, clips))

    # --- every screen -----------------------------------------------------------------------------
    def run(self) -> None:
        window, context = self.window, self.context
        picks = _pick(context.db, self.language)
        context.settings.setValue("interview/interviewer", picks.interviewer)
        window.show()
        settle()
        roles = window.sections["roles"]
        window.show_section("roles")
        if picks.role_id:
            roles.select_role(picks.role_id)
        roles.tabs.setCurrentIndex(0)
        self.shoot(SCREENS[0])
        roles.tabs.setCurrentIndex(1)
        if roles.questions_view.model().rowCount() > 0:
            roles.questions_view.selectRow(0)
        self.shoot(SCREENS[1])

        candidates = window.sections["candidates"]
        window.show_section("candidates")
        settle()
        if picks.record_id is not None:
            candidates.select(picks.record_id)
        self.shoot(SCREENS[2])
        if picks.record_id is not None:  # what Ctrl+D opens
            _while_modal(candidates.open_debrief, lambda dialog: self.shoot(SCREENS[3], dialog))

        interviews = window.sections["interviews"]
        window.show_section("interviews")
        self.shoot(SCREENS[4])
        interview_id = _throwaway_interview(context.db, picks, self.language)
        if interview_id is not None:
            interviews.open_interview(interview_id)
            page = interviews.page
            page.ticker.stop()  # the clocks stay as they are on every size
            for index in range(len(STAGES)):
                page.show_stage(index)
                page.session.writer.flush(timeout=3.0)
                wait(SAVE_STATE_MS)  # the header says "All changes saved"
                self.shoot(SCREENS[5 + index])
            interviews.close_interview()

        compare = window.sections["compare"]
        compare.show_candidates(picks.compare_ids)
        window.show_section("compare")
        self.shoot(SCREENS[10])
        calibration = window.show_calibration()
        settle()
        self.shoot(SCREENS[11], calibration)
        calibration.close()

        window.show_section("reports")
        self.shoot(SCREENS[12])
        _while_modal(window.show_about, lambda box: self.shoot(SCREENS[13], box))

        team = window.sections["team"]
        window.show_section("team")
        team.tabs.setCurrentIndex(0)
        settle()
        self.shoot(SCREENS[14])
        team.tabs.setCurrentIndex(1)
        settle()
        self.shoot(SCREENS[15])
        shortcuts = window.show_shortcuts()
        settle()
        self.shoot(SCREENS[16], shortcuts)
        shortcuts.close()

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        settle()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _company_of(company: Path | AppContext) -> tuple[Path, Path]:
    """The company's data folder and database file."""
    if isinstance(company, AppContext):
        return company.data_dir, company.db_path
    folder = Path(company)
    return folder, paths.database_path(folder)


def _prepare_out_dir(out_dir: Path, company_folder: Path, languages: Sequence[str],
                     sizes: Sequence[tuple[int, int]]) -> None:
    """The folders for the files, owner-only (the pictures show candidates' personal data);
    never inside the company's data folder."""
    check_output_path(out_dir, company_folder)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError("file.parent_not_folder", folder=str(out_dir))
    for size in sizes:
        for language in languages:
            folder = out_dir / size_name(size) / language
            missing = [f for f in reversed([folder, *folder.parents]) if not f.exists()]
            for part in missing:  # each folder made here is owner-only, not only the last
                try:
                    part.mkdir(mode=0o700, exist_ok=True)
                except OSError as exc:
                    raise UserError("file.folder_not_writable", folder=str(part.parent),
                                    reason=os_reason(exc)) from exc


def render_all(company: Path | AppContext, out_dir: Path | str,
               languages: Sequence[str] = LANGUAGES,
               sizes: Sequence[tuple[int, int]] = DEFAULT_SIZES,
               progress: Callable[[int, int, Shot], None] | None = None) -> list[Shot]:
    """Render every screen of the window on `company` (its data folder, or the context of an
    open window), in each language and at each size, to `out_dir/WxH/LANG/NN-screen.png`
    (owner-only). The company is not changed. `progress(done, total, shot)` after each file.
    Ctrl+C stops after the current file (KeyboardInterrupt), leaving no temporary file."""
    out_dir = Path(out_dir)
    languages = [language for language in LANGUAGES if language in languages]
    sizes = list(dict.fromkeys(sizes))
    company_folder, db_path = _company_of(company)
    require_database(db_path)  # nothing to show: said before anything is made
    application(sizes)
    _prepare_out_dir(out_dir, company_folder, languages, sizes)
    total = len(SCREENS) * len(languages) * len(sizes)
    shots: list[Shot] = []

    def record(shot: Shot) -> None:
        shots.append(shot)
        if progress is not None:
            progress(len(shots), total, shot)

    previous_locale = QLocale()
    translations = Translations()
    with _Stop() as stop, _quiet_platform(), _private_folder() as scratch:
        source = private_copy(db_path, scratch / "company")
        try:
            for language in languages:
                stop.check()
                folder = scratch / language
                folder.mkdir(mode=0o700)
                shutil.copyfile(source, paths.database_path(folder))
                _render_language(folder, language, translations, company_folder, out_dir,
                                 sizes, record, stop)
        finally:
            translations.uninstall()
            QLocale.setDefault(previous_locale)
    return shots


def _render_language(folder: Path, language: str, translations: Translations,
                     company_folder: Path, out_dir: Path, sizes: Sequence[tuple[int, int]],
                     record: Callable[[Shot], None], stop: _Stop) -> None:
    opened = open_company(folder)
    try:
        translations.install(language)
        context = AppContext(db=opened.db, db_path=opened.path, data_dir=folder,
                             settings=open_settings(folder), translations=translations,
                             changes=Changes())
        renderer = _Renderer(context, company_folder, out_dir, sizes, record, stop)
        try:
            renderer.run()
        finally:
            renderer.close()
    finally:
        opened.db.conn.close()


@contextlib.contextmanager
def _private_folder() -> Iterator[Path]:
    """A temporary folder only this user can read, removed with everything in it."""
    folder = Path(tempfile.mkdtemp(prefix="hiring-shots-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=sys.platform == "win32")
