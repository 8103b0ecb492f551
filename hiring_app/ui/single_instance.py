"""One window per data folder: the running copy listens on a local socket; a second copy started
on the same folder asks it to come to the front, says so, and exits (never two writers)."""
from __future__ import annotations

import getpass
import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

REQUEST = b"raise\n"
ANSWER = b"raised\n"


def server_name(folder: Path) -> str:
    """A name per user and data folder (kept short: it becomes a socket path on Unix)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    key = f"{user}\0{Path(folder).resolve()}".encode("utf-8", "surrogatepass")
    return "hiring-app-" + hashlib.sha256(key).hexdigest()[:20]


class InstanceServer(QObject):
    """Held by the running copy. `raiseRequested` fires when a second copy asks."""

    raiseRequested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # We hold the folder's writer lock, so a socket left by a killed copy is stale.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(REQUEST.strip()):
            self.raiseRequested.emit()
            socket.write(ANSWER)
            socket.flush()
        socket.disconnectFromServer()


def ask_running_copy_to_raise(folder: Path, timeout_ms: int = 2000) -> bool:
    """From a second copy: ask the running one to come to the front. True if it answered. The
    running copy listens once its window has painted: until then (at most `timeout_ms`), it is
    asked again."""
    deadline = time.monotonic() + timeout_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
            break
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
    socket.write(REQUEST)
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    answered = False
    while socket.waitForReadyRead(timeout_ms):
        if bytes(socket.readAll().data()).startswith(ANSWER.strip()):
            answered = True
            break
    socket.disconnectFromServer()
    return answered
