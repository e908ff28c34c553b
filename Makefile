# Two set-up commands: `make run` (start the window) and `make test` (run every test).
# Both create the virtual environment in .venv when it is missing and install the project.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
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
	$(BIN)/ruff check smtphelper tests benchmarks tools packaging
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check smtphelper tests benchmarks tools packaging

# Refresh translations/*.ts from the Python sources and resources/.
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py

bench: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py

clean:
	rm -rf build dist translations/*.qm
