# Two commands do all set-up on a fresh Debian machine:
#   make demo   local Dovecot + demo mailbox, one `collector poll`, dashboard on http://127.0.0.1:8001
#   make test   the whole test suite (starts its own Dovecot, Datasette and headless Chromium)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
SYSTEM := $(VENV)/.system-deps

.PHONY: demo test lint bench install venv system-deps lock clean

install: $(STAMP) $(SYSTEM)

# The virtualenv alone (scripts/install-service builds it with PYTHON=/usr/bin/python3).
venv: $(STAMP)

$(SYSTEM): scripts/install-system-deps
	scripts/install-system-deps
	@mkdir -p $(VENV) && touch $@

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==0.13.9
	$(BIN)/uv pip install -q --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	# Bytecode now, so no run compiles it (cron's first poll, or any run where
	# PYTHONDONTWRITEBYTECODE is set, would otherwise spend ~0.5 s doing so).
	$(BIN)/python -m compileall -q collector bench
	rm -f $(VENV)/.installed-*
	touch $@

demo: install
	$(BIN)/collector demo

# One worker per core (pytest-xdist), each taking a whole test module at a time, so a module's
# fixtures (a mailbox drawn, an archive imported, a Dovecot) are made once.
test: install lint
	$(BIN)/python -m pytest -q -n auto --dist loadfile

lint: install
	$(BIN)/ruff check -q .

bench: install
	$(BIN)/python -m bench.run

# Re-pin every dependency after changing pyproject.toml.
lock:
	$(BIN)/uv pip compile -q pyproject.toml --extra test --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) .demo .pytest_cache tests/artifacts
