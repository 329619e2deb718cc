# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SAMPLE := build/sample.annot

# Interface translations: Qt Linguist sources (.ts) committed, compiled catalogues (.qm)
# built here, beside them.
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
LUPDATE_ARGS := -silent -no-obsolete -locations none -extensions py -source-language en

.PHONY: run test bench lint screenshots sample clean translations ts dist

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	./scripts/install-system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,nlp]'
	touch $(STAMP)

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing user-visible strings: add them to the .ts files (then translate them in
# Qt Linguist, `$(VENV)/bin/pyside6-linguist resources/i18n/annotator_fr.ts`).
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_ARGS) -target-language fr annotator \
		-ts resources/i18n/annotator_fr.ts
	$(VENV)/bin/pyside6-lupdate $(LUPDATE_ARGS) -target-language en -pluralonly annotator \
		-ts resources/i18n/annotator_en.ts

sample: $(STAMP)
	$(PY) -m annotator.sample $(SAMPLE) --if-missing

run: $(STAMP) sample translations
	./scripts/install-system-deps.sh gui
	$(VENV)/bin/annotator $(SAMPLE)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check annotator tests benchmarks

# Byte-compiled first, as an installed app is (this machine sets PYTHONDONTWRITEBYTECODE,
# which would otherwise make every start compile the package again).
bench: $(STAMP)
	$(PY) -m compileall -q annotator
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py; ok=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/large.py && exit $$ok

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots en
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots/fr fr

# A one-folder app (dist/annotator/) that starts without Python, then its smoke test:
# from a clean folder, without system fonts, make the sample, open it offscreen, export.
dist: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build.spec
	$(PY) scripts/smoke_bundle.py dist/annotator

clean:
	rm -rf build dist .pytest_cache resources/i18n/*.qm
