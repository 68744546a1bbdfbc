"""A tiny Chrome DevTools Protocol client over ``--remote-debugging-pipe`` (no websocket).

Chromium reads NUL-terminated JSON messages on fd 3 and writes them on fd 4.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which(
    "google-chrome")

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--mute-audio",
    # nothing leaves the machine; 127.0.0.1 (a kg serve under test) is reached directly
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=127.0.0.1",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--window-size=1280,900", "--remote-debugging-pipe",
]


class CDPError(RuntimeError):
    pass


class Browser:
    def __init__(self) -> None:
        if CHROMIUM is None:
            raise CDPError("chromium not found")
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def setup() -> None:
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=setup, pass_fds=(3, 4), close_fds=True)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._next = 0
        self._lock = threading.Lock()
        self._replies: dict[int, queue.Queue[dict[str, Any]]] = {}
        self.listeners: dict[str, list[Any]] = {}
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 1 << 16)
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    q = self._replies.get(msg["id"])
                    if q is not None:
                        q.put(msg)
                else:
                    for fn in self.listeners.get(msg.get("sessionId", ""), []):
                        fn(msg["method"], msg.get("params", {}))

    def send(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None, timeout: float = 30) -> dict[str, Any]:
        with self._lock:
            self._next += 1
            ident = self._next
            self._replies[ident] = queue.Queue()
        msg: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        try:
            reply = self._replies[ident].get(timeout=timeout)
        except queue.Empty as err:
            raise CDPError(f"{method}: no reply in {timeout} s") from err
        finally:
            self._replies.pop(ident, None)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def open(self, url: str, timeout: float = 30) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        self.listeners[session] = [page._event]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        # out-of-process frames (sandboxed srcdoc iframes) become child sessions
        self.send("Target.setAutoAttach", {"autoAttach": True, "flatten": True,
                                           "waitForDebuggerOnStart": False}, session=session)
        page.navigate(url, timeout)
        return page

    def close(self) -> None:
        with contextlib.suppress(CDPError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    def __init__(self, browser: Browser, target: str, session: str) -> None:
        self.browser, self.target, self.session = browser, target, session
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.frames: list[str] = []  # child session ids (out-of-process iframes)
        self._loaded = threading.Event()

    def _event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Page.loadEventFired":
            self._loaded.set()
        elif method == "Runtime.exceptionThrown":
            self.errors.append(json.dumps(params.get("exceptionDetails", {}))[:500])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in {"error", "assert"}:
            self.errors.append(json.dumps(params.get("args", []))[:500])
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(params["entry"].get("text", "")[:500])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            answer = ("Page.handleJavaScriptDialog", {"accept": False}, self.session)
            threading.Thread(target=self.browser.send, args=answer, daemon=True).start()
        elif method == "Target.attachedToTarget":
            child = params["sessionId"]
            self.frames.append(child)
            self.browser.listeners[child] = [self._event]
        elif method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30
             ) -> dict[str, Any]:
        return self.browser.send(method, params, self.session, timeout)

    def navigate(self, url: str, timeout: float = 30) -> None:
        self._loaded.clear()
        self.send("Page.navigate", {"url": url})
        if not self._loaded.wait(timeout):
            raise CDPError(f"{url} did not load in {timeout} s")

    def eval(self, expression: str, timeout: float = 30, frame: int | None = None) -> Any:
        """Evaluate in the page, or in its ``frame``-th out-of-process iframe."""
        session = self.session if frame is None else self.frames[frame]
        reply = self.browser.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True},
            session, timeout)
        if "exceptionDetails" in reply:
            raise CDPError(f"{expression!r} raised {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20, frame: int | None = None) -> Any:
        end = time.monotonic() + timeout
        while True:
            value = self.eval(expression, frame=frame) if frame is None or self.frames else None
            if value:
                return value
            if time.monotonic() > end:
                raise CDPError(f"{expression!r} stayed false for {timeout} s")
            time.sleep(0.05)

    def status(self, frame: int | None = None) -> dict[str, str]:
        value: dict[str, str] = self.eval(
            "Object.fromEntries([...document.getElementById('kg-status').attributes]"
            ".map(a => [a.name.replace('data-', ''), a.value]))", frame=frame)
        return value

    def screenshot(self, path: Path) -> Path:
        import base64

        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        self.browser.listeners.pop(self.session, None)
        self.browser.send("Target.closeTarget", {"targetId": self.target})
