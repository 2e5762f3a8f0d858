# Set-up is two commands: `make run` and `make test`. Both install what a fresh Debian or
# Ubuntu machine with Swift lacks (libedit-dev; cairo, pango and DejaVu Sans for the drawn
# chart; libxlsxwriter for the workbook; tmux, poppler-utils and the other consumers for the
# tests), then build.

SWIFT ?= swift
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
BIN := .build/debug/planwerk
EXAMPLE := sessions/002-routes.json
FORMATTED := Package.swift Sources Tests Benchmarks/Package.swift Benchmarks/Sources \
  Fuzz/Package.swift Fuzz/Sources

.PHONY: bench-drawn bench-present run test build release install uninstall package deps test-deps docs lint format bench \
  bench-compare fuzz

deps:
	@pkg-config --exists libedit 2>/dev/null || { \
	  echo "Installing libedit-dev (libedit for the shell)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev pkg-config; }
	@pkg-config --exists libxml-2.0 2>/dev/null || { \
	  echo "Installing libxml2-dev (it reads MS Project XML)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-dev pkg-config >/dev/null; }
	@pkg-config --exists cairo pangocairo 2>/dev/null && fc-list 2>/dev/null | grep -q "DejaVu Sans" \
	  || { echo "Installing cairo, pango and DejaVu Sans (for export pdf, png and svg)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    libcairo2-dev libpango1.0-dev fonts-dejavu-core pkg-config >/dev/null; }
	@pkg-config --exists libcurl 2>/dev/null || { \
	  echo "Installing libcurl4-openssl-dev (FoundationNetworking, linked statically by make release)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcurl4-openssl-dev >/dev/null; }
	@pkg-config --exists xlsxwriter 2>/dev/null || { \
	  echo "Installing libxlsxwriter-dev (for export xlsx)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxlsxwriter-dev >/dev/null; }

test-deps: deps
	@command -v tmux >/dev/null 2>&1 || { \
	  echo "Installing tmux (for the terminal test)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tmux; }
	@command -v plantuml >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 \
	  && command -v tj3 >/dev/null 2>&1 || { \
	  echo "Installing plantuml, chromium and tj3 (they read the exports)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq plantuml chromium tj3 >/dev/null; }
	@command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || { \
	  echo "Installing poppler-utils (pdfinfo and pdftotext read the PDF charts)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq poppler-utils >/dev/null; }
	@python3 -c "import icalendar" 2>/dev/null || { \
	  echo "Installing the Python icalendar package (it reads the .ics exports)..."; \
	  python3 -m pip install --quiet icalendar; }
	@python3 -c "import openpyxl" 2>/dev/null || { \
	  echo "Installing the Python openpyxl package (it reads the .xlsx exports)..."; \
	  python3 -m pip install --quiet openpyxl; }
	@command -v soffice >/dev/null 2>&1 || { \
	  echo "Installing LibreOffice Calc without its GUI (it prints the .xlsx exports)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null; }
	@command -v java >/dev/null 2>&1 || { \
	  echo "Installing Java (MPXJ reads the MS Project XML exports)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq default-jre-headless >/dev/null; }
	@python3 -c "import websocket" 2>/dev/null || { \
	  echo "Installing the Python websocket-client package (it drives Chromium's DevTools)..."; \
	  python3 -m pip install --quiet websocket-client; }
	@python3 -c "import mpxj, jpype" 2>/dev/null || { \
	  echo "Installing the Python mpxj package (it reads the MS Project XML exports)..."; \
	  python3 -m pip install --quiet mpxj JPype1; }

build: deps
	$(SWIFT) build

# One binary to hand out: optimised, with the Swift runtime linked in (it also starts faster).
# toolset-release.json links with lld and packed relative relocations, which the dynamic
# loader applies in a fraction of the time: a millisecond off every start. No $ORIGIN run path:
# it links no library of its own. Packaging/link-as-needed.cfg leaves out of the binary's
# needed libraries those it opens when first used (cairo, pango, libxlsxwriter, libxml2):
# about 40 fewer libraries to load at every start.
RELEASE := .build-release/release/planwerk
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-release --product planwerk \
	  --toolset toolset-release.json --disable-local-rpath \
	  -Xswiftc -Xclang-linker -Xswiftc --config=$(CURDIR)/Packaging/link-as-needed.cfg
	@echo "Built $(RELEASE)"

# Installs the release binary (stripped), planwerk(1) in Dutch and English (en/man1), bash and
# zsh completions and the docs under $(DESTDIR)$(PREFIX), with sudo where that is not
# writable; the man pages and completions are written by the binary itself.
PREFIX ?= /usr/local
DESTDIR ?=
install: release
	@Packaging/install.sh install $(RELEASE) "$(DESTDIR)" "$(PREFIX)"

uninstall:
	@Packaging/install.sh uninstall - "$(DESTDIR)" "$(PREFIX)"

# A Debian package of the release binary that installs where Swift is not: Depends from the
# libraries it links (dpkg-shlibdeps), version from the binary and git. Then checked as a user
# would meet it: unpacked into a scratch root, run without the Swift runtime, man pages read.
PACKAGE_DIR ?= .build-release/package
package: release
	@deb=$$(Packaging/build-deb.sh $(RELEASE) $(PACKAGE_DIR)) && Packaging/check-deb.sh "$$deb" \
	  && echo "Built $$deb"

run: build
	@if [ -f $(EXAMPLE) ]; then $(BIN) $(EXAMPLE); else $(BIN); fi

test: test-deps
	$(SWIFT) build
	$(SWIFT) test
	$(SWIFT) format lint --strict --recursive $(FORMATTED)
	@echo "The exports, read by their consumers:" && bash Tests/Consumers/run.sh
	@echo "make install, uninstall and package, on the debug build:" && bash Tests/Consumers/package.sh
	@echo "The benchmark suite still builds:" && $(SWIFT) build --package-path Benchmarks
	@echo "docs/commands.md is current" && $(BIN) --command-reference | diff -u docs/commands.md -
	@echo "A short fuzzing run (a minute per target):" && bash Fuzz/run.sh 60

docs: build
	$(BIN) --command-reference > docs/commands.md

lint:
	$(SWIFT) format lint --strict --recursive $(FORMATTED)

format:
	$(SWIFT) format --in-place --recursive $(FORMATTED)

# The benchmark suite: a package of its own, built in release mode. It prints the table of
# medians and peak memory, then typed plans, single commands on a large plan, a long session
# and a long journal with issue 15's targets, and writes Benchmarks/results.json. Each child
# is killed after BENCH_BUDGET seconds and its row says so; BENCH_FLAGS picks sections or
# sizes (e.g. BENCH_FLAGS="--sections typed --typed-phases 1000").
BENCH_BUDGET ?= 120
BENCH_FLAGS ?=
COMPARE_FLAGS ?=
bench: deps
	$(SWIFT) build -c release --package-path Benchmarks
	cd Benchmarks && ./.build/release/PlanwerkBench --budget $(BENCH_BUDGET) $(BENCH_FLAGS) \
	  --json results.json

# Planwerk against TaskJuggler on the same plans (100, 1,000 and 10,000 phases), opened and,
# at 1,000 and 10,000, typed as a .plan script (each run killed after BENCH_BUDGET seconds),
# and start-up against sqlite3. Takes a few minutes, most of them tj3's; COMPARE_FLAGS="--rest
# 2" shortens the rests between blocks for a quick look. Writes Benchmarks/compare.json.
bench-compare: release
	@command -v tj3 >/dev/null 2>&1 && command -v sqlite3 >/dev/null 2>&1 || { \
	  echo "Installing tj3 and sqlite3 (the tools we compare with)..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq tj3 sqlite3 >/dev/null; }
	$(SWIFT) build -c release --package-path Benchmarks
	cd Benchmarks && ./.build/release/PlanwerkBench --compare --planwerk ../$(RELEASE) \
	  --budget $(BENCH_BUDGET) $(COMPARE_FLAGS) --json compare.json

# The drawn chart: sessions of 1,000 and 100,000 items opened and exported as a PDF by the
# release binary, with pages and peak memory (issue 16's goals: under 1 s and under 30 s and
# 1 GB). Writes Benchmarks/drawn.json.
# The meeting view (issue 20): how soon a followed page gets a change, and its memory.
bench-present: release
	@python3 -c "import websocket" 2>/dev/null || python3 -m pip install --quiet websocket-client
	python3 Benchmarks/meeting_view.py $(RELEASE)

bench-drawn: release
	$(SWIFT) build -c release --package-path Benchmarks
	cd Benchmarks && ./.build/release/PlanwerkBench --drawn --planwerk ../$(RELEASE) \
	  --budget $(BENCH_BUDGET) --json drawn.json

# libFuzzer on the command interpreter, the date language and the session loader, with
# AddressSanitizer: FUZZ_SECONDS per target (make fuzz FUZZ_SECONDS=3600 for a long run).
FUZZ_SECONDS ?= 300
fuzz: deps
	bash Fuzz/run.sh $(FUZZ_SECONDS)
