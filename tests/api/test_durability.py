"""Kill the server (SIGKILL) during a burst of concern writes: every write it acknowledged
with 201 is there after a restart, and the audit chain still verifies.

Also checks the first start on an empty store: `onguard serve` creates `admin` and prints its
password once on the terminal."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from onguard.cases import SYSTEM, Store
from onguard.settings import Settings

_SCRIPT = Path(sys.executable).with_name("onguard")
ONGUARD = (
    [str(_SCRIPT)]
    if _SCRIPT.exists()
    else [sys.executable, "-c", "from onguard.cli.main import app; app()"]
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(home: Path, port: int) -> subprocess.Popen[str]:
    env = {**os.environ, "ONGUARD_HOME": str(home)}
    env.pop("ONGUARD_DATABASE_URL", None)
    env.pop("ONGUARD_KEY", None)
    proc = subprocess.Popen(
        [*ONGUARD, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    # A fresh clone compiles the rules' screen at the first start (about 25 s on two cores,
    # longer while other work runs): wait well past that.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("server did not start")


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    home = tmp_path / "home"
    port = _free_port()
    server = _start(home, port)
    try:
        # first start on an empty store: admin created, password printed once
        assert server.stdout is not None
        line = server.stdout.readline()
        match = re.search(r"user 'admin' with password: (\S+)", line)
        assert match, "no first-start password line"
        store = Store.open(Settings.from_env({"ONGUARD_HOME": str(home)}))
        assert store.cases.authenticate("admin", match.group(1)) is not None
        store.cases.create_user(SYSTEM, "dsl1", "dsl", "long-password")
        token = store.cases.issue_token(SYSTEM, "dsl1")
        store.close()

        acked: list[str] = []
        lock = threading.Lock()
        stop = threading.Event()
        url = f"http://127.0.0.1:{port}/v1/concerns"
        headers = {"Authorization": f"Bearer {token}"}

        def writer(n: int) -> None:
            with httpx.Client(timeout=10) as client:
                i = 0
                while not stop.is_set():
                    body = {
                        "child": {"name": f"child {n}-{i}", "age": 12},
                        "summary": f"burst write {n}-{i}",
                        "harms": ["grooming"],
                    }
                    try:
                        r = client.post(url, json=body, headers=headers)
                    except httpx.HTTPError:
                        return  # the server is gone
                    if r.status_code == 201:
                        with lock:
                            acked.append(r.json()["id"])
                    i += 1

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 60
        while len(acked) < 30 and time.monotonic() < deadline:
            time.sleep(0.02)
        server.send_signal(signal.SIGKILL)  # mid-burst: writers are still sending
        server.wait(timeout=10)
        stop.set()
        for t in threads:
            t.join(timeout=15)
        assert len(acked) >= 30
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    restarted = _start(home, port)
    try:
        with httpx.Client(timeout=10, headers=headers) as client:
            missing = [
                cid
                for cid in acked
                if client.get(f"http://127.0.0.1:{port}/v1/concerns/{cid}").status_code != 200
            ]
        assert missing == []
        assert restarted.stdout is not None
    finally:
        restarted.send_signal(signal.SIGTERM)
        restarted.wait(timeout=20)
    store = Store.open(Settings.from_env({"ONGUARD_HOME": str(home)}))
    try:
        report = store.verify_audit()
        assert report.ok, report
    finally:
        store.close()
