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

.PHONY: test serve dist tools tool-target tool-wasm-bindgen tool-npm tool-chromium test-native test-wasm test-e2e bench bench-web clean

test: tools test-native test-wasm dist test-e2e

serve: dist
	@echo "Kalkulator SAKIP: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 -d dist

dist: tool-target tool-wasm-bindgen tool-npm
	cargo build --release --locked --target $(TARGET)
	rm -rf dist && mkdir -p dist/pkg
	wasm-bindgen --target web --no-typescript --out-name app --out-dir dist/pkg $(WASM)
	wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int dist/pkg/app_bg.wasm -o dist/pkg/app_bg.wasm
	cp -r www/* dist/
	@# the worked examples' tables, fetched when one is opened (src/core/proyek/contoh.rs)
	mkdir -p dist/contoh && cp $(CONTOH) dist/contoh/
	@# the service worker's cache is named for this build, so a new build replaces it whole
	sed -i "s#/\*CUPLIKAN\*/#$$(cd dist && find pkg/snippets contoh -type f -printf '"./%p", ' 2>/dev/null)#" dist/sw.js
	sed -i "s/__VERSI__/$$(find dist -type f ! -name sw.js | sort | xargs cat | sha256sum | cut -c1-16)/" dist/sw.js
	@# every file also compressed ahead, beside it (`app_bg.wasm.br`, `.gz`), for a host that
	@# serves such files (nginx gzip_static / brotli_static, Caddy's `precompressed`; README)
	@node -e 'const z=require("zlib"),f=require("fs"),p=require("path");const jalan=(d)=>f.readdirSync(d,{withFileTypes:true}).flatMap((e)=>e.isDirectory()?jalan(p.join(d,e.name)):[p.join(d,e.name)]);for(const x of jalan("dist")){if(/\.(gz|br|png|ico)$$/.test(x))continue;const d=f.readFileSync(x);const g=z.gzipSync(d,{level:9});const b=z.brotliCompressSync(d,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_SIZE_HINT]:d.length}});if(g.length<d.length)f.writeFileSync(x+".gz",g);if(b.length<d.length)f.writeFileSync(x+".br",b)}'
	@ls -l dist/pkg/app_bg.wasm | awk '{print "wasm size: " $$5 " bytes"}'
	@gzip -c dist/pkg/app_bg.wasm | wc -c | awk '{print "wasm gzipped: " $$1 " bytes"}'
	@# what a host that compresses with brotli (most CDNs) sends: wasm and JS together
	@node -e 'const z=require("zlib"),f=require("fs");let g=0,b=0;for(const p of ["dist/pkg/app_bg.wasm","dist/pkg/app.js","dist/muat.js"]){const d=f.readFileSync(p);g+=z.gzipSync(d).length;b+=z.brotliCompressSync(d).length}console.log("wasm+js: gzip "+(g/1024).toFixed(1)+" KiB, brotli "+(b/1024).toFixed(1)+" KiB")'

tools: tool-target tool-wasm-bindgen tool-npm tool-chromium

tool-target:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)

tool-wasm-bindgen:
	@if wasm-bindgen --version 2>/dev/null | grep -q "$(WASM_BINDGEN_VERSION)"; then \
	  echo "wasm-bindgen $(WASM_BINDGEN_VERSION) present"; \
	else \
	  cargo install --force wasm-bindgen-cli@$(WASM_BINDGEN_VERSION); \
	fi

tool-npm:
	@if [ -x node_modules/.bin/playwright ] && [ -x node_modules/.bin/wasm-opt ] && [ -f node_modules/axe-core/axe.min.js ]; then \
	  echo "npm dev tools present"; \
	else \
	  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund; \
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
