"""Tells when the desktop is about to leave Dossier unattended: the screen locks, the
session locks, or the computer is about to sleep, so the window can lock first.

On Linux that is D-Bus: the screen saver's ``ActiveChanged(true)`` on the session bus,
and logind's ``PrepareForSleep(true)`` and this session's ``Lock`` on the system bus. On
Windows it is the session-change and power messages Qt hands to a native event filter.
Where a bus or a service is missing (a CI machine, a minimal desktop), the watch quietly
does nothing: the idle lock still works on its own.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QWidget

SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"


class SessionWatch(QObject):
    """Emits ``leaving`` when the screen or session locks, or before the computer sleeps.

    The buses can be given (tests pass a private bus); by default they are the user's
    session bus and the system bus, if they are there."""

    leaving = Signal()

    def __init__(self, session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []  # what is being watched, for tests and diagnostics
        given = session_bus is not None or system_bus is not None
        if sys.platform.startswith("linux") or given:
            self._watch_session_bus(session_bus if given else _user_session_bus())
            self._watch_system_bus(system_bus if given else QDBusConnection.systemBus())
        if sys.platform == "win32":
            native = self._windows = WindowsSessionFilter(self.leaving.emit)
            QCoreApplication.instance().installNativeEventFilter(native)
            self.destroyed.connect(lambda: _remove_native_filter(native))
            self.watching.append("windows")

    # -- what the buses say -----------------------------------------------------------------

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.leaving.emit()

    @Slot(bool)
    def preparing_for_sleep(self, starting: bool) -> None:
        if starting:  # false comes after waking up, when the window is already locked
            self.leaving.emit()

    @Slot()
    def session_locked(self) -> None:
        self.leaving.emit()

    def watch_window(self, window: QWidget) -> None:
        """On Windows, ask for the session-lock messages to reach this window."""
        if sys.platform == "win32":
            WindowsSessionFilter.register(int(window.winId()))

    # -- connecting ---------------------------------------------------------------------------

    def _watch_session_bus(self, bus: QDBusConnection | None) -> None:
        if bus is None or not bus.isConnected():
            return
        # Any sender and any path: KDE and GNOME publish the screen saver at different paths.
        for interface in SCREEN_SAVERS:
            if bus.connect("", "", interface, "ActiveChanged", self,
                           SLOT("screen_saver_changed(bool)")):  # type: ignore[call-overload]  # stubs lack SLOT() receivers
                self.watching.append(interface)

    def _watch_system_bus(self, bus: QDBusConnection | None) -> None:
        if bus is None or not bus.isConnected():
            return
        if bus.connect(LOGIND, LOGIND_PATH, f"{LOGIND}.Manager", "PrepareForSleep", self,
                       SLOT("preparing_for_sleep(bool)")):  # type: ignore[call-overload]  # stubs lack SLOT() receivers
            self.watching.append("PrepareForSleep")
        session = logind_session_path(os.environ.get("XDG_SESSION_ID", ""))
        if session and bus.connect(LOGIND, session, f"{LOGIND}.Session", "Lock", self,
                                   SLOT("session_locked()")):  # type: ignore[call-overload]  # stubs lack SLOT() receivers
            self.watching.append("Lock")


def _user_session_bus() -> QDBusConnection | None:
    """The session bus if one is running; without one, libdbus would start a daemon of
    its own (autolaunch), which is a process nobody asked for."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ and not (
            runtime and Path(runtime, "bus").exists()):
        return None
    return QDBusConnection.sessionBus()


def logind_session_path(session_id: str) -> str:
    """logind's object path for a session id, escaped as sd_bus_path_encode does
    ("2" becomes ``/org/freedesktop/login1/session/_32``); "" without an id."""
    if not session_id:
        return ""
    escaped = "".join(
        char if char.isascii() and char.isalnum() and not (index == 0 and char.isdigit())
        else "".join(f"_{byte:02x}" for byte in char.encode())
        for index, char in enumerate(session_id))
    return f"{LOGIND_PATH}/session/{escaped}"


# -- Windows ---------------------------------------------------------------------------------

WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x0004
WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK = 0x02B1, 0x0007


class WindowsMessage(ctypes.Structure):
    """The start of Windows' MSG: the window, the message and its first parameter."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t)]


def windows_message_means_leaving(message: int, wparam: int) -> bool:
    """True for "this session is locking" and "the computer is going to sleep"."""
    return ((message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK)
            or (message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND))


class WindowsSessionFilter(QAbstractNativeEventFilter):
    """Reads the messages Windows sends to the app's windows. Session changes only arrive
    at a window registered with ``WTSRegisterSessionNotification``; see ``register``."""

    def __init__(self, leaving: Callable[[], None]) -> None:
        super().__init__()
        self._leaving = leaving

    def nativeEventFilter(self, event_type: QByteArray | bytes | bytearray | memoryview,
                          message: int) -> tuple[bool, int]:
        # QByteArray has the buffer protocol; its stub does not say so.
        if bytes(event_type) == b"windows_generic_MSG" and message:  # type: ignore[arg-type]
            msg = WindowsMessage.from_address(int(message))
            if windows_message_means_leaving(msg.message, msg.wParam):
                self._leaving()
        return False, 0

    @staticmethod
    def register(window_id: int) -> bool:
        """Ask Windows to tell this window when the session locks (a no-op elsewhere)."""
        if sys.platform != "win32":
            return False
        try:
            wtsapi = ctypes.windll.wtsapi32  # only on Windows
            return bool(wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(window_id),
                                                              0))  # NOTIFY_FOR_THIS_SESSION
        except (AttributeError, OSError):
            return False


def _remove_native_filter(native: QAbstractNativeEventFilter) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.removeNativeEventFilter(native)
