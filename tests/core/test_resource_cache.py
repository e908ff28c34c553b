"""The parsed-data cache: used when it holds the data files' exact bytes, never when stale."""

from __future__ import annotations

import marshal
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from smtphelper.core import codebook, lexicon, resources, validate, variants

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def _forget() -> None:
    for cached in (resources.resources_dir, resources._knowledge, resources._load_single,
                   codebook._names,
                   variants.load_variants, variants._first_pieces, lexicon.load_families,
                   lexicon._first_pieces):
        cached.cache_clear()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private copy of resources/ and a private cache folder."""
    root = tmp_path / "resources"
    shutil.copytree(RESOURCES, root, ignore=shutil.ignore_patterns("examples", "icons"))
    monkeypatch.setenv(resources.RESOURCES_ENV, str(root))
    monkeypatch.setenv(resources.HOME_ENV, str(tmp_path / "home"))
    _forget()
    yield root
    monkeypatch.undo()
    _forget()


def _cache_files() -> list[Path]:
    return sorted(resources.cache_dir().glob("resources-*.marshal"))


def _rename_provider(root: Path, old: str, new: str) -> None:
    path = root / "providers.toml"
    text = path.read_text(encoding="utf-8")
    assert f'name = "{old}"' in text
    path.write_text(text.replace(f'name = "{old}"', f'name = "{new}"', 1), encoding="utf-8")


def _first_provider_name() -> str:
    return str(resources.load_toml("providers.toml")["provider"][0]["name"])


def test_the_parsed_data_is_cached_and_read_back(data: Path) -> None:
    name = _first_provider_name()
    [cached] = _cache_files()
    # Prove that the next start reads the cache: plant a different value under the same key.
    stored = marshal.loads(cached.read_bytes())
    stored["data"]["providers.toml"]["provider"][0]["name"] = "From the cache"
    cached.write_bytes(marshal.dumps(stored))
    _forget()
    assert _first_provider_name() == "From the cache"
    assert name != "From the cache"


def test_a_changed_file_never_reads_the_stale_cache(data: Path) -> None:
    old = _first_provider_name()
    [before] = _cache_files()
    _rename_provider(data, old, "Renamed Mail")
    _forget()
    assert _first_provider_name() == "Renamed Mail"
    after = _cache_files()  # a copy for the new bytes beside the old one (which is not read)
    assert len(after) == 2 and before in after
    # And back: the original bytes give the original data again.
    _rename_provider(data, "Renamed Mail", old)
    _forget()
    assert _first_provider_name() == old


def test_an_added_file_changes_the_key(data: Path) -> None:
    resources.load_toml("providers.toml")
    [before] = _cache_files()
    (data / "variants" / "extra.toml").write_text("", encoding="utf-8")
    _forget()
    assert resources.load_toml("variants/extra.toml") == {}
    assert len(_cache_files()) == 2


def test_only_the_latest_copies_are_kept(data: Path) -> None:
    for number in range(resources.KEEP + 3):
        (data / "variants" / "extra.toml").write_text(f"# {number}\n", encoding="utf-8")
        _forget()
        resources.load_toml("providers.toml")
    assert len(_cache_files()) == resources.KEEP


@pytest.mark.parametrize("damage", [b"", b"garbage", marshal.dumps({"key": "other", "data": {}}),
                                    marshal.dumps([1, 2, 3])])
def test_a_damaged_cache_is_parsed_again(data: Path, damage: bytes) -> None:
    name = _first_provider_name()
    [cached] = _cache_files()
    cached.write_bytes(damage)
    _forget()
    assert _first_provider_name() == name


def test_an_unwritable_cache_folder_only_costs_the_parse(data: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(resources.HOME_ENV, str(blocker))
    _forget()
    assert _first_provider_name()


@pytest.mark.parametrize(("checker", "load", "file", "slip"), [
    ("check_variant_file", lambda: variants.load_variants(), "variants/generic.toml",
     ("samples = ", "sampels = ")),
    ("check_lexicon", lambda: lexicon.load_families(), "lexicon.toml", ("reason = ", "raeson = ")),
])
def test_validated_data_is_not_validated_again_but_changed_data_is(
        data: Path, monkeypatch: pytest.MonkeyPatch, checker: str, load: Callable[[], object],
        file: str, slip: tuple[str, str]) -> None:
    calls: list[int] = []
    real = getattr(validate, checker)

    def counting(*args: object) -> list[validate.Problem]:
        calls.append(1)
        return real(*args)  # type: ignore[no-any-return]

    monkeypatch.setattr(validate, checker, counting)
    assert load()
    assert calls  # first load: validated
    calls.clear()
    _forget()
    assert load()
    assert calls == []  # the same bytes passed before
    path = data / file
    path.write_text(path.read_text(encoding="utf-8").replace(*slip, 1), encoding="utf-8")
    _forget()
    with pytest.raises(validate.DataError, match=slip[1].split()[0]):
        load()
    assert calls


def test_derived_data_is_kept_and_rebuilt_when_data_code_or_copy_changes(
        data: Path) -> None:
    builds: list[int] = []

    def build() -> tuple[str, ...]:
        builds.append(1)
        return ("Gmail", "Seznam")

    def valid(stored: object) -> bool:
        return isinstance(stored, tuple)

    assert resources.derived("test", "code-a", build, valid) == ("Gmail", "Seznam")
    assert resources.derived("test", "code-a", build, valid) == ("Gmail", "Seznam")
    assert len(builds) == 1  # the second start reads the kept copy
    resources.derived("test", "code-b", build, valid)
    assert len(builds) == 2  # other code: built anew
    kept = sorted(resources.cache_dir().glob("derived-test-*-code-b.marshal"))
    assert len(kept) == 1
    kept[0].write_bytes(marshal.dumps(["not", "a", "tuple"]))
    assert resources.derived("test", "code-b", build, valid) == ("Gmail", "Seznam")
    assert len(builds) == 3  # a copy of the wrong shape is not served
    kept[0].write_bytes(b"\x00garbage")
    assert resources.derived("test", "code-b", build, valid) == ("Gmail", "Seznam")
    assert len(builds) == 4
    path = data / "providers.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    _forget()
    resources.derived("test", "code-b", build, valid)
    assert len(builds) == 5  # changed data: built anew


def test_the_kept_variant_index_is_the_built_one(data: Path) -> None:
    built = variants._build_first_pieces()
    first = variants._first_pieces()  # builds and keeps
    _forget()
    kept = variants._first_pieces()  # reads the kept copy
    assert kept[1] == first[1] == built[0]
    assert (kept[0].by_gram, kept[0].short) == (built[1], built[2])
    text = "550 5.7.1 service unavailable; client host blocked using zen.spamhaus.org"
    assert kept[0].present(text) == variants.PieceIndex(built[0]).present(text)
