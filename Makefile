# Dossier: `make run` starts the app, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian/Ubuntu packages the tests call (real tools, not mocks) and that Qt needs.
DEB_TEST_PACKAGES := p7zip-full qpdf poppler-utils unzip zip dbus xvfb strace libegl1 libgl1 libxkbcommon0 \
	libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libglib2.0-0 \
	desktop-file-utils appstream

# What Qt needs to open a window on an X11 or Wayland desktop (Debian/Ubuntu names).
DEB_SCREEN_PACKAGES := libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1

TS := resources/translations/dossier_fr.ts resources/translations/dossier_en.ts
# Package data beside the code that loads them (ui/common/i18n.py); setup.py builds the same
# files into a wheel.
QM := ui/translations/dossier_fr.qm ui/translations/dossier_en.qm

.PHONY: run test bench wheel demo screenshots screen-packages translations update-translations system-packages lint clean \
	package package-test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP) translations screen-packages
	$(BIN)/dossier

# A demo vault with a realistic sample case (passphrase: demo), opened in the app.
DEMO_VAULT := $(CURDIR)/demo.dossier
demo: $(STAMP) translations screen-packages
	@test -e $(DEMO_VAULT) || DOSSIER_PASSPHRASE=demo $(BIN)/dossier --vault $(DEMO_VAULT) demo
	$(BIN)/dossier --vault $(DEMO_VAULT)

# The .qm files the app loads are built from the .ts sources, never committed.
translations: $(QM)
ui/translations/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p ui/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# A wheel in dist/ with the fonts and the .qm translations in it (pip install it anywhere).
wheel: $(STAMP)
	$(BIN)/pip wheel --quiet --no-deps --wheel-dir dist .

# Collects every tr() and QT_TRANSLATE_NOOP string into the .ts sources (then translate).
update-translations: $(STAMP)
	for lang in fr en; do \
		$(BIN)/pyside6-lupdate -no-obsolete -source-language en -target-language $$lang \
			$$(find app ui -name '*.py' | sort) -ts resources/translations/dossier_$$lang.ts; \
	done
	$(BIN)/python scripts/english_plurals.py

# Installs the system packages named when they are missing and we may (root, apt);
# otherwise says which to install.
define install-missing
	@command -v dpkg >/dev/null || exit 0; \
	missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Please install: sudo apt-get install" $$missing; exit 1; \
		fi; \
	fi
endef

system-packages:
	$(call install-missing,$(DEB_TEST_PACKAGES))

screen-packages:
	$(call install-missing,$(DEB_SCREEN_PACKAGES))

# mypy: strict on app/, the default on ui/ (pyproject.toml [tool.mypy]).
lint: $(STAMP)
	$(BIN)/ruff check app ui tests scripts packaging
	$(BIN)/lint-imports
	$(BIN)/mypy

test: $(STAMP) system-packages lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q tests --ignore=tests/bench

bench: $(STAMP) system-packages
	$(BIN)/python tests/bench/bench_import.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/bench_timeline.py
	$(BIN)/python tests/bench/bench_export.py
	$(BIN)/python tests/bench/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/bench_ocr.py
	$(BIN)/python tests/bench/bench_corroboration.py
	$(BIN)/python tests/bench/bench_passwd.py

# The installable app for this OS, one folder: dist/Dossier/ (packaging/README.md). PyInstaller
# comes from the `package` extra; build/ keeps its cache, so a rebuild is faster.
PACKAGE_STAMP := $(VENV)/.package-installed
$(PACKAGE_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build \
		packaging/dossier.spec

# Runs the built binary: version, init, import, export, sha256sum -c, verify, the window.
package-test: package system-packages
	$(BIN)/python packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis $(QM)

# Offscreen, in French: the main screens for the README, into docs/screenshots/.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
