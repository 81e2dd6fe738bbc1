"""Reading a screenshot's text never touches the network (issue #15: "never download a
model at run time"; DESIGN.md: no network call, ever).

ONNX Runtime 1.32 looks up Microsoft's telemetry server on its own from C++, where no
Python hook sees it; so the real OCR child is run under strace, which sees every socket
the process and its children open, whatever the language that opens it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

READ_ONE = """
import sys
from app.importing import sandbox
from app.importing.formats.sniff import FORMATS
from app.importing.formats.transcript import Transcript
from tests.samples import screenshots_ocr as samples
from tests.samples.pictures import png

answer = sandbox.shared_text_reader().transcribe(FORMATS["png"], png(samples.draw(samples.CHATS[3])))
assert isinstance(answer, Transcript) and "shadow" in answer.text, answer
print("read", len(answer.lines))
"""


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed "
                    "(Makefile: DEB_TEST_PACKAGES)")
def test_the_ocr_child_opens_no_network_socket(tmp_path: Path) -> None:
    trace = tmp_path / "trace.txt"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket,connect,sendto", "-o", str(trace),
         sys.executable, "-c", READ_ONE], cwd=ROOT, capture_output=True, text=True,
        timeout=300, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("read 11")
    calls = trace.read_text().splitlines()
    assert any("socket(" in call for call in calls)  # strace did see the pipes' sockets
    assert [call for call in calls if "AF_INET" in call] == []
