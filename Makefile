# lrsched — the two commands of the README's quick start are `make run` and `make test`.
SWIFT ?= swift
PREFIX ?= /usr/local
BIN := .build/release/lrsched
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test bench conformance images clean

all: build

# Debian's libcairo2-dev (Cairo's headers and pkg-config file), installed only when missing.
deps:
	@pkg-config --exists cairo 2>/dev/null || { \
	  echo "Installing libcairo2-dev (Cairo for PNG/SVG/PDF output)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcairo2-dev pkg-config fonts-dejavu-core; }

build: deps
	$(SWIFT) build -c release --product lrsched

# The main job with a built-in default: a cosine schedule over 100 epochs, charted in the terminal.
run: build
	$(BIN) plot --scheduler cosine --epochs 100 --lr 0.1

test: deps
	$(SWIFT) test --parallel

# Rows per second and peak memory of `simulate`, as a table.
bench: build
	scripts/bench.sh $(BIN)

# Every case of ../shared/reference through the release binary.
conformance: build
	python3 ../shared/reference/check.py ../shared/reference/cases.jsonl --cmd '$(BIN) simulate --spec {spec}'

clean:
	rm -rf .build
