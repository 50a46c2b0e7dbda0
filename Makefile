# Kalkulator SAKIP. `make test` and `make serve` install whatever is missing, then run.
# Versions are pinned where the toolchain needs them to agree (see TOOLCHAIN notes in README).

WASM_BINDGEN_VERSION := 0.2.130
TARGET := wasm32-unknown-unknown
WASM := target/$(TARGET)/release/kalkulator-sakip.wasm
PORT ?= 8080
E2E_PORT ?= 8347
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
# the worked examples' files, as src/core/proyek/contoh.rs names them (one list, kept there)
CONTOH := $(addprefix tests/fixtures/,$(sort $(shell grep -o '"seed[0-9a-z_]*\.[a-z]*"' src/core/proyek/contoh.rs | tr -d '"')))
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: test serve dist tools tool-target tool-wasm-bindgen tool-npm tool-python tool-chromium test-native test-wasm test-e2e bench bench-web clean

test: tools test-native test-wasm dist test-e2e

serve: dist
	@echo "Kalkulator SAKIP: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 -d dist

dist: tool-target tool-wasm-bindgen tool-npm tool-python
	cargo build --release --locked --target $(TARGET)
	rm -rf dist && mkdir -p dist/pkg
	wasm-bindgen --target web --no-typescript --out-name app --out-dir dist/pkg $(WASM)
	node tools/pangkas.mjs dist/pkg
	node tools/nama_singkat.mjs dist/pkg
	node tools/teks_pendek.mjs dist/pkg/app.js
	@# wasm-bindgen's JavaScript minified: 8,6 -> 6,5 KB gzipped; the names the module imports
	@# are properties of its import object, which terser leaves as they are
	terser dist/pkg/app.js --module --compress --mangle -o dist/pkg/app.js
	@# -O1, not -Oz: the module is 8% larger but compresses 1-1,5% smaller (-Oz's inlining and
	@# size passes leave less for gzip and brotli to find); paste and edit times unchanged
	@# -g keeps the function names, which tools/susun_fungsi.mjs turns into an order that puts
	@# alike functions together (10 KB less gzipped); the last pass moves them and drops the names,
	@# and the producers and target-features sections no browser reads (0,4 KB in brotli)
	@# four of -O2's passes beyond -O1 (redundant sets, dead arguments, constants carried through
	@# locals, code pushed into the branch that uses it) without -O2's inlining: 1,4 KB less
	@# brotli, 1,6 KB less gzipped; and a constant added to an address folded into the load's or
	@# store's offset (1,3 / 2,0 KB less): it assumes no address below 1 KiB is reached by
	@# wrapping around 4 GiB, which no Rust pointer does (the stack ends at 0, the data starts at 1 MiB);
	@# and only the smallest functions inlined (0,5 / 0,6 KB less; -O2's inlining, or limits of 6
	@# bytes and up, make it larger compressed)
	wasm-opt -O1 --rse --dae-optimizing --precompute-propagate --code-pushing --low-memory-unused --optimize-added-constants-propagate \
	  --inlining --always-inline-max-function-size=4 --flexible-inline-max-function-size=0 --one-caller-inline-max-function-size=0 --converge -g --enable-bulk-memory --enable-nontrapping-float-to-int dist/pkg/app_bg.wasm -o dist/pkg/app_bg.wasm
	node tools/susun_fungsi.mjs dist/pkg/app_bg.wasm
	wasm-opt --reorder-functions-by-name --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int dist/pkg/app_bg.wasm -o dist/pkg/app_bg.wasm
	@# the module as LZMA, which www/lzma.js decodes in the page, its code first split into one
	@# stream per kind (www/kode_wasm.js joins them back): 256 KB against 360 gzipped ahead and
	@# 304 as brotli, from any host (python3's lzma is liblzma, xz's own coder)
	node tools/pisah_kode.mjs dist/pkg/app_bg.wasm dist/pkg/app_bg.wasm.pisah
	python3 tools/lzma_tulis.py dist/pkg/app_bg.wasm.pisah dist/pkg/app_bg.wasm.lzma
	rm dist/pkg/app_bg.wasm.pisah
	cp -r www/* dist/
	@# served without comments: the stylesheet and page by tools/ringkas.mjs, the scripts by terser
	node tools/ringkas.mjs dist/style.css dist/index.html
	for f in dist/muat.js dist/lebar.js dist/lzma.js dist/pkg/snippets/*/*.js; do terser $$f --module --compress --mangle -o $$f; done
	@# kode_wasm.js without its build side (the split), which the page never uses: 2,2 -> 1,6 KB gzipped
	terser dist/kode_wasm.js --module --compress --mangle --define SERVED=true -o dist/kode_wasm.js
	@# the worked examples' tables, fetched when one is opened (src/core/proyek/contoh.rs)
	mkdir -p dist/contoh && cp $(CONTOH) dist/contoh/
	@# the service worker's cache is named for this build, so a new build replaces it whole
	sed -i "s#/\*CUPLIKAN\*/#$$(cd dist && find pkg/snippets contoh -type f -printf '"./%p", ' 2>/dev/null)#" dist/sw.js
	sed -i "s/__VERSI__/$$(find dist -type f ! -name sw.js | sort | xargs cat | sha256sum | cut -c1-16)/" dist/sw.js
	@ls -l dist/pkg/app_bg.wasm | awk '{print "wasm size: " $$5 " bytes"}'
	@# every file compressed ahead, beside it, and what wasm and JS weigh gzipped and in brotli
	node tools/kompres.mjs

tools: tool-target tool-wasm-bindgen tool-npm tool-python tool-chromium

tool-target:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)

tool-wasm-bindgen:
	@if wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)"; then \
	  echo "wasm-bindgen $(WASM_BINDGEN_VERSION) present"; \
	else \
	  cargo install --force wasm-bindgen-cli@$(WASM_BINDGEN_VERSION); \
	fi

tool-npm:
	@if [ -x node_modules/.bin/playwright ] && [ -x node_modules/.bin/wasm-opt ] && [ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/@gfx/zopfli/package.json ] && [ -x node_modules/.bin/terser ]; then \
	  echo "npm dev tools present"; \
	else \
	  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; \
	fi

# python3 with its lzma module: the LZMA module file (tools/lzma_tulis.py) and the local server
tool-python:
	@if python3 -c "import lzma" 2>/dev/null; then \
	  echo "python3 present"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y python3; \
	fi

tool-chromium:
	@if [ -x $(CHROMIUM) ] && [ -x $(CHROMEDRIVER) ]; then \
	  echo "chromium present"; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium chromium-driver; \
	fi

test-native:
	cargo test --locked

test-wasm: tool-target tool-wasm-bindgen tool-chromium
	CHROMEDRIVER=$(CHROMEDRIVER) cargo test --locked --target $(TARGET) --test web

test-e2e: tool-npm tool-chromium
	E2E_PORT=$(E2E_PORT) playwright test

# The app runs in wasm, whose allocator keeps the memory it frees; glibc hands large blocks back
# to the OS and faults them in again on the next run (a quarter of the time at 100.000 lines),
# so the native figures keep freed memory too.
bench:
	GLIBC_TUNABLES=glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=4294967295 cargo bench --locked --bench core

# paste-to-result in headless Chromium for 2.000 and 20.000 lines, beside a plain JS floor
bench-web: dist tool-chromium
	node benches/web.mjs

clean:
	rm -rf dist target node_modules
