# Asobiba's top-level make targets. The two a newcomer needs: make serve, make test.
#
#   make build      the playground into dist/ (runs npm ci first when node_modules is stale)
#   make serve      build, then serve dist/ on http://127.0.0.1:8080
#   make test       test-go, test-fuzz (10,000 inputs per fuzz target), then test-e2e
#   make test-go    go vet, go test (native), the wasm engine's tests under Node, dependency check
#   make test-e2e   browser tests: headless Chromium against asobiba serve
#   make bench-browser  Asobiba, Pyodide and MicroPython side by side in headless Chromium
#   make bench-startup  where a fresh browser's time to the first output goes (traced)
#   make bench      time and memory of benchmark programs, Asobiba against CPython (same run),
#                   and what recording the timeline costs
#   make golden     regenerate the expected outputs of the behaviour tests from CPython
#   make fuzz       run every fuzz target for FUZZTIME each (default 10s)
#   make clean      remove dist/ and bin/
#
# Engine crashes print Go stack traces without file:line (see ENGINEPACK_FLAGS below);
# make build ENGINEPACK_FLAGS=-keep-lines keeps them.

GO ?= go
NODE ?= node
NPM ?= npm
ADDR ?= 127.0.0.1:8080

GOROOT := $(shell $(GO) env GOROOT)
# Go 1.24 moved wasm_exec.js from misc/wasm to lib/wasm.
WASM_EXEC := $(firstword $(wildcard $(GOROOT)/lib/wasm/wasm_exec.js $(GOROOT)/misc/wasm/wasm_exec.js))
GO_WASM := GOOS=js GOARCH=wasm $(GO)
# Packages the browser engine must never link (size: net/http alone adds ~1 MB gzip).
WASM_FORBIDDEN := net/http|github.com/yuin/goldmark|regexp|regexp/syntax
# Packages the engine may import but of which it must link no function beyond their
# initialisers (issue #5, size): the engine writes timelines and never decodes one, and it
# formats its messages with runtime/internal/msgfmt, since a single reachable call of fmt
# links fmt's printer, reflect and internal/fmtsort (about 38 KB of brotli). Beware the
# standard library's own uses: big.Int.SetString, big.Rat.Float64 and encoding/hex's errors
# reach fmt (pyfmt.ParseDigits and pyfmt.QuoFloat stand in for the first two), and so does
# safejs's internal/catch, replaced in the engine's build (WASM_MODFILE). reflect goes with
# them: vm.ObjectID and syntax's nil-node check read an interface's data word instead.
WASM_FORBIDDEN_CODE ?= encoding/json,fmt,internal/fmtsort,reflect

.PHONY: all build serve test test-go test-fuzz test-e2e bench bench-browser bench-startup golden fuzz clean wasm-code-check
.DELETE_ON_ERROR:

all: build

# npm ci runs when node_modules is missing or older than the lock file.
node_modules/.package-lock.json: package-lock.json
	$(NPM) ci --no-audit --no-fund

# The engine embeds asyncio's Python modules compiled ahead of time (wasm/stdlibcodes writes
# them to the git-ignored wasm/playground/stdlib.codes), so that a first run does not compile them.
# It embeds no Python source (-tags stdlibfetch; stdlib.pylib lists pylib's files): the site
# serves every pylib file and asyncio's modules from bin/pylib, and the engine downloads a
# module's text when a program first imports it, or, for the modules it ships compiled, only
# when a traceback shows one of their lines.
# Inlining is off except in Go's runtime: Go's WebAssembly is large, and inlined copies made the
# engine a sixth bigger and gave the browser's optimising compiler more to do at start-up,
# without making fib(25) or the asyncio benchmarks faster there (make bench-browser).
# The engine carries no version-control stamp (-buildvcs=false): its bytes depend on the sources
# alone, so the builds with function names that the size and start-up scripts make have the
# same code as the served engine.
WASM_GCFLAGS := -gcflags=all=-l -gcflags=runtime= -gcflags=internal/runtime/...=
# The engine is built with -modfile=bin/engine.mod: go.mod plus a replace of
# github.com/hack-pad/safejs by a copy of it in bin/safejs whose internal/catch is our
# wasm/safejscatch, since safejs's own formats panics with fmt, which would link fmt and
# reflect into an engine that otherwise calls neither (issue #5; see wasm/safejscatch).
WASM_MODFILE := -modfile=bin/engine.mod
# wasm/enginepack then shrinks the download without touching Go's code: it drops the Go
# function table's file:line tables (Go panics' stack traces then name functions without
# file:line; build with ENGINEPACK_FLAGS=-keep-lines to keep them when debugging the engine),
# leaves the runtime's 2.3 MB pc → function lookup table to a start function it adds, which
# builds it at instantiation (-keep-findfunctab keeps it), and writes the data section as a
# few segments instead of Go's 100,000 tiny ones.
ENGINEPACK_FLAGS ?=
bin/engine.wasm: bin/engine.mod FORCE
	@mkdir -p bin
	$(GO) run ./wasm/stdlibcodes -o wasm/playground/stdlib.codes -bundle wasm/playground/stdlib.pylib -sources bin/pylib
	$(GO_WASM) build -trimpath -buildvcs=false -tags stdlibcodes,stdlibfetch $(WASM_GCFLAGS) $(WASM_MODFILE) -ldflags="-s -w" -o bin/engine.linked.wasm ./wasm/playground
	$(GO) run ./wasm/enginepack $(ENGINEPACK_FLAGS) -o $@ bin/engine.linked.wasm

bin/engine.mod: FORCE
	@mkdir -p bin
	rm -rf bin/safejs
	$(GO) mod download github.com/hack-pad/safejs
	cp -R "$$($(GO) list -m -f '{{.Dir}}' github.com/hack-pad/safejs)" bin/safejs
	chmod -R u+w bin/safejs
	cp wasm/safejscatch/catch.go bin/safejs/internal/catch/catch.go
	cp go.sum bin/engine.sum
	{ cat go.mod; echo 'replace github.com/hack-pad/safejs => ./bin/safejs'; } > $@

# The CLI is built without cgo: it needs none (serve's name look-ups use Go's resolver), and a
# statically linked binary does not load libc at start, which every run paid in resident
# memory (about 1.4 MB of its peak). Like the engine it embeds asyncio's modules compiled
# ahead of time (CPython's .pyc files play that part): a run that imports asyncio starts in
# half the time and peaks about 2 MB lower.
bin/asobiba: FORCE
	@mkdir -p bin
	$(GO) run ./wasm/stdlibcodes -o runtime/cmd/asobiba/stdlib.codes
	CGO_ENABLED=0 $(GO) build -tags stdlibcodes -o $@ ./runtime/cmd/asobiba

build: bin/engine.wasm node_modules/.package-lock.json
	$(NODE) site/build.mjs --wasm bin/engine.wasm --wasm-exec "$(WASM_EXEC)" --pylib bin/pylib --out dist --cache bin/precompressed

serve: build
	$(GO) run ./runtime/cmd/asobiba serve --addr $(ADDR) --dir dist

test: test-go test-fuzz test-e2e

# A short fuzzing pass over every target (the seed corpora also run in test-go). The budget is
# a count of inputs, not a time: with Go 1.26 a -fuzztime duration can end in a spurious
# "context deadline exceeded" failure on a loaded machine (go.dev/issue/75804).
test-fuzz:
	$(MAKE) fuzz FUZZTIME=10000x

test-go: bin/engine.mod
	$(GO) vet ./...
	$(GO_WASM) vet ./wasm/...
	@if $(GO_WASM) list -deps ./wasm/playground | grep -E '^($(WASM_FORBIDDEN))$$'; then \
		echo "the browser engine links the packages above; keep them out of wasm/playground"; exit 1; fi
	$(GO) test ./...
	PATH="$(GOROOT)/lib/wasm:$(GOROOT)/misc/wasm:$$PATH" $(GO_WASM) test ./wasm/...
	PATH="$(GOROOT)/lib/wasm:$(GOROOT)/misc/wasm:$$PATH" $(GO_WASM) test $(WASM_MODFILE) ./wasm/playground
	$(MAKE) wasm-code-check

# Builds the engine as bin/engine.wasm does but with its function names, and fails if it links
# a function of a package in WASM_FORBIDDEN_CODE (site/bench/wasm-size.mjs --forbid).
wasm-code-check: bin/engine.mod
	$(GO) run ./wasm/stdlibcodes -o wasm/playground/stdlib.codes -bundle wasm/playground/stdlib.pylib -sources bin/pylib
	GOFLAGS="-buildvcs=false -tags=stdlibcodes,stdlibfetch $(WASM_GCFLAGS) $(WASM_MODFILE)" $(NODE) site/bench/wasm-size.mjs --forbid $(WASM_FORBIDDEN_CODE)

test-e2e: build bin/asobiba
	ASOBIBA_BIN=bin/asobiba ASOBIBA_DIST=dist $(NODE) --test site/e2e/

# Not part of make test: it is a benchmark, and takes minutes. BENCH_RUNS repetitions of each
# measurement, the best one reported. BENCH_RUN, a regular expression, picks programs by file name
# (make bench BENCH_RUN='tasks|queue|semaphore').
BENCH_RUNS ?= 3
BENCH_RUN ?=
bench-browser: build bin/asobiba
	ASOBIBA_BIN=bin/asobiba ASOBIBA_DIST=dist $(NODE) site/bench/browser.mjs --runs $(BENCH_RUNS)

# The phases of a fresh browser's start, and the engine's functions it compiles on first call
# (site/bench/startup.mjs); the names come from a build of the engine that keeps them.
bench-startup: build bin/asobiba
	GOFLAGS="-buildvcs=false -tags=stdlibcodes,stdlibfetch $(WASM_GCFLAGS) $(WASM_MODFILE)" ASOBIBA_BIN=bin/asobiba ASOBIBA_DIST=dist $(NODE) site/bench/startup.mjs --runs $(BENCH_RUNS)

bench: bin/asobiba
	$(GO) run ./runtime/bench/compare -asobiba bin/asobiba -repeat $(BENCH_RUNS) -run "$(BENCH_RUN)"
	$(GO) test ./runtime/timeline/ -run '^$$' -bench .
	$(GO) test ./runtime/engine/ -run '^$$' -bench 'TimelineOverheadPaired|TimelineViews10k' -benchtime 5x

# Expected outputs of runtime/testdata/py come from CPython under ../shared/oracle; the golden
# timelines of runtime/testdata/timeline come from our own engine. Nobody edits them by hand.
golden:
	python3 runtime/testdata/golden.py
	python3 runtime/internal/libm/testdata/gen_cpython.py
	$(GO) test ./runtime/compile/ -run TestCompile -update
	$(GO) test ./runtime/timeline/ -run TestGolden -update
	$(GO) test ./runtime/engine/ -run TestTimelineGolden -update

# Fuzz targets as package:target pairs; every one runs for FUZZTIME.
FUZZTIME ?= 10s
FUZZ_TARGETS := \
	runtime/syntax:FuzzScan runtime/syntax:FuzzParse runtime/compile:FuzzCompile \
	runtime/internal/pyfmt:FuzzFormatSpec runtime/internal/pyfmt:FuzzPercentFormat \
	runtime/internal/pyfmt:FuzzParseNumbers runtime/internal/pyre:FuzzCompileAndMatch \
	runtime/internal/libm:FuzzPow runtime/internal/exactfloat:FuzzToFloat \
	runtime/internal/exactfloat:FuzzFloat runtime/vm:FuzzCaretLine runtime/engine:FuzzRun \
	wasm/internal/wasmfile:FuzzDecodeData wasm/internal/gopclntab:FuzzStripLines wasm/internal/gopclntab:FuzzLocateFindFuncTab

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		$(GO) test ./$$pkg -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME); \
	done

clean:
	rm -rf dist bin

FORCE:
