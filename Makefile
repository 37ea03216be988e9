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

# The Swift runtime is linked statically: start-up does no dynamic loading of it (about 8 ms
# instead of 14 for a short run).
build: deps
	$(SWIFT) build -c release --product lrsched --static-swift-stdlib

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
	python3 ../shared/reference/check.py ../shared/reference/deepspeed.jsonl --cmd '$(BIN) simulate --spec {spec}'

clean:
	rm -rf .build

# `make install PREFIX=...`: the release binary, its man page (swift-argument-parser's
# generate-manual plugin) and bash, zsh and fish completions, under $(DESTDIR)$(PREFIX).
MANPAGE := .build/plugins/GenerateManual/outputs/lrsched/lrsched.1

.PHONY: install
install: build
	$(SWIFT) package plugin generate-manual
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -s -m 755 $(BIN) "$(DESTDIR)$(PREFIX)/bin/lrsched"
	install -m 644 $(MANPAGE) "$(DESTDIR)$(PREFIX)/share/man/man1/lrsched.1"
	$(BIN) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/lrsched"
	$(BIN) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_lrsched"
	$(BIN) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/lrsched.fish"
