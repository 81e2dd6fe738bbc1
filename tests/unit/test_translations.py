"""French and English are complete: every string the code shows is translated, the .qm
files build from the sources, and no placeholder is lost in translation."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import ROOT

FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "en")
_PLACEHOLDER = re.compile(r"%L?n|%L?\d|\{\w+\}")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(ts).getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """Every translatable string in app/ and ui/ as lupdate finds it today."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    sources = sorted(str(p) for folder in ("app", "ui") for p in (ROOT / folder).rglob("*.py"))
    subprocess.run([BIN / "pyside6-lupdate", "-silent", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    return set(messages(fresh))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_is_translated(in_code, language: str) -> None:
    committed = messages(FOLDER / f"dossier_{language}.ts")
    missing = sorted(in_code - set(committed))
    assert not missing, f"run `make update-translations` and translate: {missing[:5]}"
    unfinished = [key for key in in_code
                  if committed[key].find("translation").get("type") == "unfinished"
                  or not all(text.strip() for text in texts(committed[key]))]
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    for (context, source), message in messages(FOLDER / f"dossier_{language}.ts").items():
        wanted = set(_PLACEHOLDER.findall(source))
        for text in texts(message):
            found = set(_PLACEHOLDER.findall(text))
            if message.get("numerus") == "yes":  # "this item" may leave the count unsaid
                found |= wanted & {"%n", "%Ln"}
            assert found == wanted, (context, source, text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_build_from_the_sources(tmp_path: Path, language: str) -> None:
    built = subprocess.run(
        [BIN / "pyside6-lrelease", str(FOLDER / f"dossier_{language}.ts"), "-qm",
         str(tmp_path / "out.qm")], check=True, capture_output=True, text=True)
    assert " 0 unfinished" in built.stdout
    assert (tmp_path / "out.qm").stat().st_size > 1000
