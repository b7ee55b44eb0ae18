# Two commands on a fresh clone: `make run` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Bytecode for knotbreak's own modules. An editable install has none (pip compiles only
# what it copies: the dependencies, or all of knotbreak from a wheel), so a start that
# cannot write it (read-only checkout, PYTHONDONTWRITEBYTECODE=1) compiled ~95 modules
# every time. compileall redoes only files that changed (~30 ms when none did).
BYTECODE := $(BIN)/python -m compileall -q src/knotbreak

.PHONY: run test lint e2e bench bundle clean translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "knotbreak needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BYTECODE)
	@touch $@

run: $(STAMP)
	@$(BYTECODE)
	$(BIN)/knotbreak $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

e2e: $(STAMP)
	$(BIN)/python -m pytest -m e2e $(PYTEST_ARGS)

# mypy checks src and tests (pyproject.toml); the folders' own conftest.py files would
# all be the module "conftest" in one run, so each gets a run of its own.
lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	for conftest in tests/*/conftest.py; do \
		$(BIN)/mypy --no-warn-unused-configs $$conftest || exit 1; done

# Footprint and timing of the real app under Xvfb + trayer, beside the targets (~9 min;
# BENCH_ARGS=--quick: ~3 min). docs/performance.md says how each figure is taken.
bench: $(STAMP)
	@$(BYTECODE)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

# A one-folder Linux bundle in dist/knotbreak (PyInstaller), smoke-tested by CI.
bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/pyinstaller/knotbreak.spec

# Extract marked strings into the .ts and compile the .qm that ships (docs/translations.md).
# The core marks its strings with core/text.py's translatable(), which has translate's
# arguments but translates nothing; lupdate reads it as translate.
TS := resources/translations/knotbreak_de.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -locations none -no-obsolete \
		-source-language en -target-language de \
		-tr-function-alias translate+=translatable src/knotbreak -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
