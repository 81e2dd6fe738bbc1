"""Debug traces say where an internal error happened and nothing the person kept."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from app.common import debug

EVIDENCE_NAME = "screenshot-of-threat-from-marc.png"
SECRET = "correct horse battery staple"
ROOT = Path(__file__).resolve().parents[2]


def _open_evidence(passphrase: str) -> None:
    unlocked_with = passphrase  # a local holding a secret, as real code would have
    raise ValueError(f"cannot read {EVIDENCE_NAME} with {unlocked_with}")


def _import_evidence() -> None:
    try:
        _open_evidence(SECRET)
    except ValueError as error:
        raise RuntimeError(f"import of {EVIDENCE_NAME} failed") from error


def _caught() -> BaseException:
    try:
        _import_evidence()
    except RuntimeError as error:
        return error
    raise AssertionError("the import did not fail")


def test_frames_name_functions_and_lines_but_no_message_or_value() -> None:
    text = "\n".join(debug.frames(_caught()))

    assert EVIDENCE_NAME not in text
    assert SECRET not in text
    assert "unlocked_with" not in text  # no local names either, nor source lines
    raise_line = _open_evidence.__code__.co_firstlineno + 2
    assert f"tests/unit/test_debug.py:{raise_line} in _open_evidence" in text
    assert "in _import_evidence" in text
    assert "in _caught" in text
    # Both errors of the chain, oldest first, by class name only.
    assert text.index("ValueError") < text.index("directly caused") < text.index("RuntimeError")


def _save_notes() -> None:
    raise OSError(f"disk full while saving {EVIDENCE_NAME}")


def _look_up_then_save() -> None:
    try:
        {}["missing " + EVIDENCE_NAME]
    except KeyError:
        _save_notes()


def test_an_error_raised_while_handling_another_keeps_both_classes() -> None:
    with pytest.raises(OSError, match="disk full") as caught:
        _look_up_then_save()
    lines = debug.frames(caught.value)
    assert lines[-1] == "OSError"
    assert lines.index("KeyError") < lines.index(
        "While handling the error above, another happened:")
    assert any(line.endswith(" in _save_notes") for line in lines)
    assert not any(EVIDENCE_NAME in line for line in lines)


def test_report_prints_nothing_unless_debug_is_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(debug.ENVIRONMENT_VARIABLE, raising=False)
    quiet, loud = io.StringIO(), io.StringIO()
    debug.report(_caught(), quiet)
    monkeypatch.setenv(debug.ENVIRONMENT_VARIABLE, "1")
    debug.report(_caught(), loud)
    assert quiet.getvalue() == ""
    assert "in _open_evidence" in loud.getvalue()
    monkeypatch.setenv(debug.ENVIRONMENT_VARIABLE, "0")
    assert not debug.enabled()


# A real ``dossier`` process whose command fails with a bug: the same path as any
# command's unexpected error (parse, run, the internal-error line).
_FAILING_COMMAND = f"""
import sys
from app.cli import main as cli

def cmd_list(args):
    passphrase = {SECRET!r}
    raise LookupError("no row for " + {EVIDENCE_NAME!r} + passphrase)

args = cli.parse(sys.argv[1:])
args.run = cmd_list
sys.exit(cli.run(args))
"""


def _dossier(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _FAILING_COMMAND, *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **env})


@pytest.mark.parametrize(("args", "env"), [(("--debug", "list"), {}),
                                           (("list",), {debug.ENVIRONMENT_VARIABLE: "1"})])
def test_debug_flag_or_variable_adds_the_frames_after_the_plain_line(
        args: tuple[str, ...], env: dict[str, str]) -> None:
    done = _dossier(*args, env=env)
    assert done.returncode == 1
    assert done.stdout == ""
    first, *trace = done.stderr.splitlines()
    assert first == ("dossier: Internal error in Dossier (LookupError). "
                     "Your vault was not changed by it.")
    assert any(line.strip().startswith("<string>:") and line.endswith(" in cmd_list")
               for line in trace)
    assert "app/cli/main.py" in done.stderr
    assert trace[-1] == "LookupError"
    assert EVIDENCE_NAME not in done.stderr
    assert SECRET not in done.stderr


def test_without_debug_an_internal_error_is_one_line() -> None:
    done = _dossier("list", env={})
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "dossier: Internal error in Dossier (LookupError). Your vault was not changed by it."]
