# Dossier: `make run` starts the app, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian/Ubuntu packages the tests call (real tools, not mocks) and that Qt needs.
DEB_TEST_PACKAGES := p7zip-full qpdf poppler-utils xvfb libegl1 libgl1 libxkbcommon0 \
	libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libglib2.0-0

.PHONY: run test bench system-packages lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dossier

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
	$(BIN)/ruff check app ui tests
	$(BIN)/lint-imports

test: $(STAMP) system-packages lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests --ignore=tests/bench

bench: $(STAMP) system-packages
	$(BIN)/python tests/bench/bench_import.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
