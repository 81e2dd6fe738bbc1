# Dossier: `make run` starts the app, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian/Ubuntu packages the tests call (real tools, not mocks) and that Qt needs.
DEB_TEST_PACKAGES := p7zip-full qpdf poppler-utils xvfb libegl1 libgl1 libxkbcommon0 \
	libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libglib2.0-0

TS := resources/translations/dossier_fr.ts resources/translations/dossier_en.ts
QM := $(TS:.ts=.qm)

.PHONY: run test bench demo screenshots translations update-translations system-packages lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/dossier

# A demo vault with a realistic sample case (passphrase: demo), opened in the app.
DEMO_VAULT := $(CURDIR)/demo.dossier
demo: $(STAMP) translations
	@test -e $(DEMO_VAULT) || DOSSIER_PASSPHRASE=demo $(BIN)/dossier --vault $(DEMO_VAULT) demo
	$(BIN)/dossier --vault $(DEMO_VAULT)

# The .qm files the app loads are built from the .ts sources, never committed.
translations: $(QM)
%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Collects every tr() and QT_TRANSLATE_NOOP string into the .ts sources (then translate).
update-translations: $(STAMP)
	for lang in fr en; do \
		$(BIN)/pyside6-lupdate -no-obsolete -source-language en -target-language $$lang \
			$$(find app ui -name '*.py' | sort) -ts resources/translations/dossier_$$lang.ts; \
	done
	$(BIN)/python scripts/english_plurals.py

# Installs the system tools the tests use when they are missing and we may (root, apt).
system-packages:
	@missing=$$(for p in $(DEB_TEST_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Please install: $$missing (sudo apt-get install $$missing)"; exit 1; \
		fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check app ui tests scripts
	$(BIN)/lint-imports

test: $(STAMP) system-packages lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests --ignore=tests/bench

bench: $(STAMP) system-packages
	$(BIN)/python tests/bench/bench_import.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis $(QM)

# Offscreen, in French: the main screens for the README, into docs/screenshots/.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
