# Two set-up commands: `make run` (start the window) and `make test` (run every test).
# Both create the virtual environment in .venv when it is missing and install the project.
PYTHON ?= python3
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
STAMP := $(VENV)/.installed
export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: run test lint translations qm fuzz screenshot package package-smoke bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations (.qm) are built, never committed.
qm: $(STAMP)
	$(BIN)/python tools/build_translations.py

run: $(STAMP) qm
	$(BIN)/smtphelper

test: $(STAMP) qm
	$(BIN)/ruff check smtphelper tests benchmarks tools packaging setup.py
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# ruff over everything, mypy over the core (pyproject.toml [tool.mypy]).
lint: $(STAMP)
	$(BIN)/ruff check smtphelper tests benchmarks tools packaging setup.py
	$(BIN)/mypy

# Refresh translations/*.ts from the Python sources and resources/.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

# A long fuzz run of the decoder (Hypothesis, 20,000 generated inputs, a few minutes); not part
# of `make test`, which runs the same strategies briefly (tests/core/test_properties.py).
fuzz: $(STAMP)
	$(BIN)/python -m tests.fuzz.fuzz_decode --examples 20000

bench: $(STAMP) qm
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/adversarial.py
	$(BIN)/python benchmarks/torture.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/gui.py

# Refresh the README screenshots (offscreen, with an example bounce decoded).
screenshot: $(STAMP) qm
	$(BIN)/python tools/screenshot.py
	$(BIN)/python tools/screenshot.py --empty
	$(BIN)/python tools/screenshot.py --lang cs --output docs/screenshot-cs.png

# Installers (Linux here: dist/smtphelper/ and dist/smtphelper_<version>_<arch>.deb);
# Windows and macOS: see packaging/README.md. Not part of `make test`.
package: $(STAMP) qm
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/smtphelper.spec
	$(BIN)/python packaging/linux/build_deb.py

# Runs the frozen app in dist/smtphelper/: the command line on sample bounces and through a pipe
# in Czech, the window offscreen and on the xcb plugin (under Xvfb when there is no display).
# The venv's Python (which has PyInstaller after `make package`) also reads the UTF-8 option.
package-smoke:
	$(if $(wildcard $(BIN)/python),$(BIN)/python,$(PYTHON)) packaging/smoke.py

clean:
	rm -rf build dist translations/*.qm
