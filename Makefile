# The two commands of the README: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SAMPLE := build/sample.annot

.PHONY: run test bench lint screenshots sample clean

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	./scripts/install-system-deps.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,nlp]'
	touch $(STAMP)

sample: $(STAMP)
	$(PY) -m annotator.sample $(SAMPLE) --if-missing

run: $(STAMP) sample
	./scripts/install-system-deps.sh gui
	$(VENV)/bin/annotator $(SAMPLE)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check annotator tests benchmarks

# Byte-compiled first, as an installed app is (this machine sets PYTHONDONTWRITEBYTECODE,
# which would otherwise make every start compile the package again).
bench: $(STAMP)
	$(PY) -m compileall -q annotator
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py; ok=$$?; \
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/large.py && exit $$ok

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

clean:
	rm -rf build dist .pytest_cache
