"""The knowledge-base validator: names the file, the variant, the key and what was expected."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from smtphelper.core import validate
from smtphelper.core.validate import Problem, check_resources, check_variant_file

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
GOOD = {
    "id": "example.good", "reason": "blocked", "actor": "provider", "retry": "after_fix",
    "title": "A good title here", "explanation": "What happened, in a few plain sentences.",
    "checklist": ["First step to take", "Second step to take"],
    "request": "Please look into it[ ({sending_ip})].", "match": ["a phrase"],
    "samples": ["550 a phrase"],
}


def problems_of(**changes: object) -> list[Problem]:
    entry = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is None:
            del entry[key]
        else:
            entry[key] = value
    return check_variant_file("variants/test.toml", {"variant": [entry]}, {"google"})


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_the_bundled_data_has_no_problems() -> None:
    assert [str(p) for p in check_resources()] == []
    assert [str(p) for p in validate.check_samples()] == []


def test_a_good_entry_has_no_problems() -> None:
    assert problems_of() == []


def test_a_misspelt_key() -> None:
    problem = only(problems_of(sampels=["x"]))
    assert (problem.file, problem.entry, problem.key) == ("variants/test.toml", "example.good",
                                                           "sampels")
    assert str(problem).startswith("variants/test.toml, example.good, sampels: unknown key")
    assert "samples" in str(problem)


@pytest.mark.parametrize("key", ["id", "reason", "actor", "retry", "title", "explanation",
                                 "checklist", "request", "match", "samples"])
def test_a_missing_key(key: str) -> None:
    problem = only(problems_of(**{key: None}))
    assert problem.key == key and "missing" in str(problem)


@pytest.mark.parametrize(("key", "value", "expected"), [
    ("match", "a phrase", "a list of at least one text, found text"),
    ("match", [], "a list of at least one text, found a list"),
    ("checklist", ["ok", 5], "a list of at least one text, found a list"),
    ("title", 5, "expected text, found a number"),
    ("title", "", "expected text, found text"),
    ("also", "x", "a list of texts, found text"),
    ("links", [{"title": "x"}], "tables, found a list"),
    ("samples", {"a": 1}, "found a table"),
])
def test_a_wrong_type(key: str, value: object, expected: str) -> None:
    problem = only(problems_of(**{key: value}))
    assert problem.key == key and expected in str(problem)


@pytest.mark.parametrize(("key", "value"), [("reason", "blocklisted"), ("actor", "me"),
                                            ("retry", "soon")])
def test_values_outside_the_vocabulary(key: str, value: str) -> None:
    problem = only(problems_of(**{key: value}))
    assert problem.key == key and f"“{value}” is not a known value" in str(problem)


@pytest.mark.parametrize(("key", "value", "words"), [
    ("provider", "gmial", "not a provider id"),
    ("id", "Not An Id", "not a valid id"),
    ("codes", ["5.7.1", "55x"], "“55x” is not a code"),
    ("links", [{"title": "x", "url": "http://example.com"}], "not an https:// address"),
    ("request", "Please check {sending_ip}.", "inside an optional"),
    ("request", "Please check[ {ip}].", "{ip} is not a placeholder"),
])
def test_other_mistakes(key: str, value: object, words: str) -> None:
    assert words in str(only(problems_of(**{key: value})))


def test_entry_without_an_id_is_named_by_its_position() -> None:
    problems = check_variant_file("variants/t.toml", {"variant": [GOOD, {"reason": "x"}]}, set())
    assert problems and all(p.entry == "[[variant]] #2" for p in problems)


def test_translated_messages() -> None:
    czech = {("validate", "unknown key; expected one of: {expected}"):
             "neznámý klíč; očekává se jeden z: {expected}"}
    text = only(problems_of(sampels=["x"])).text(lambda c, s: czech.get((c, s), s))
    assert text.startswith("variants/test.toml, example.good, sampels: neznámý klíč")


@pytest.fixture
def broken_resources(tmp_path: Path) -> Path:
    """A copy of resources/ with one misspelt key, one unknown reason and a stray file."""
    root = tmp_path / "resources"
    shutil.copytree(RESOURCES, root, ignore=shutil.ignore_patterns("examples", "icons"))
    path = root / "variants" / "generic.toml"
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    first = data["variant"][0]["id"]
    reason = data["variant"][1]["reason"]
    second = data["variant"][1]["id"]
    text = text.replace("samples = ", "sampels = ", 1)
    start = text.index(f'id = "{second}"')
    text = text[:start] + text[start:].replace(f'reason = "{reason}"', 'reason = "blockd"', 1)
    path.write_text(text, encoding="utf-8")
    (root / "notes.toml").write_text("anything = [1, 'goes'\nnot even toml", encoding="utf-8")
    (root / "broken_resources_ids.txt").write_text(f"{first}\n{second}\n", encoding="utf-8")
    return root


def test_problems_in_a_copy_of_the_data_are_named(broken_resources: Path) -> None:
    first, second = (broken_resources / "broken_resources_ids.txt").read_text().split()
    found = {(p.file, p.entry, p.key) for p in check_resources(broken_resources)}
    assert found == {("variants/generic.toml", first, "sampels"),
                     ("variants/generic.toml", first, "samples"),
                     ("variants/generic.toml", second, "reason")}


def run_with(resources: Path, *code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SMTPHELPER_RESOURCES": str(resources), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, *code], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, encoding="utf-8")


def test_check_data_command_lists_the_problems(broken_resources: Path) -> None:
    first, second = (broken_resources / "broken_resources_ids.txt").read_text().split()
    done = run_with(broken_resources, "-m", "smtphelper.cli", "check-data")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert f"variants/generic.toml, {first}, sampels: unknown key; expected one of: " in (
        lines[0][: lines[0].index("one of: ") + 8])
    assert any(line.startswith(f"variants/generic.toml, {second}, reason: “blockd” is not a "
                               "known value") for line in lines)
    assert lines[-1] == "Problems found: 3."


def test_the_loader_refuses_a_broken_variant_file(broken_resources: Path) -> None:
    done = run_with(broken_resources, "-c", "from smtphelper.core.decode import decode; "
                                            "decode('550 5.1.1 user unknown')")
    assert done.returncode != 0
    assert "DataError" in done.stderr
    assert "variants/generic.toml" in done.stderr and "sampels: unknown key" in done.stderr


def test_a_sample_that_does_not_match_its_own_variant(monkeypatch) -> None:
    from smtphelper.core import variants

    real = variants.load_variants()
    changed = (real[0].__class__(**{**real[0].__dict__, "samples": ("nothing to see here",)}),
               *real[1:])
    monkeypatch.setattr(variants, "load_variants", lambda: changed)
    problem = only(validate.check_samples())
    assert problem.entry == real[0].id and problem.key == "samples"
    assert "sample 1 is not recognised" in str(problem)
