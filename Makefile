# The two commands of the README: `make run` and `make test`. Everything else is a helper.
.PHONY: run cli-demo test deps build build-asan test-release test-asan fuzz-smoke bench clean web web-test

JOBS ?= $(shell nproc)
EXAMPLE_ASSESSMENT ?= examples/assessment.json
EXAMPLE_ATHLETE ?= examples/athlete.json
EXAMPLE_RUNS ?= examples/runs.json
EXAMPLE_START ?= 2026-11-23

EXAMPLE_LOG ?= examples/log.json
EXAMPLE_RECORDING ?= examples/easy_run.gpx
DEMO := build/demo
STRIDE_DEMO = STRIDE_TODAY=$(1) ./build/stride

# The main job: `stride serve` with the web app on 127.0.0.1:8080 (DEMO_LISTEN), on a fresh demo
# database under build/demo/ that scripts/demo_seed.py fills through the API (a runner with an
# assessment, a plan, a month and a half of log and a run from her watch; her coach). Prints the
# URL and the sign-ins; Ctrl-C stops it. See scripts/demo.sh.
DEMO_LISTEN ?= 127.0.0.1:8080
run: build web
	./scripts/demo.sh $(DEMO_LISTEN)

# The same runner on the command line alone: added, assessed and planned from her files, her log
# and a run recorded by her watch imported, and her status shown mid-week, on a fresh database.
cli-demo: build
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(call STRIDE_DEMO,2026-11-22) athlete add --db $(DEMO)/stride.db --file $(EXAMPLE_ATHLETE)
	$(call STRIDE_DEMO,2026-11-22) assess --db $(DEMO)/stride.db --save --athlete-id 1 \
		--assessment $(EXAMPLE_ASSESSMENT) >$(DEMO)/assessment.txt && tail -n 1 $(DEMO)/assessment.txt
	$(call STRIDE_DEMO,2026-11-22) log import --db $(DEMO)/stride.db --athlete-id 1 $(EXAMPLE_LOG)
	$(call STRIDE_DEMO,2026-11-22) log import-files --db $(DEMO)/stride.db --athlete-id 1 --rpe 4 $(EXAMPLE_RECORDING)
	$(call STRIDE_DEMO,2026-11-22) plan --db $(DEMO)/stride.db --athlete-id 1 --runs $(EXAMPLE_RUNS) \
		--start $(EXAMPLE_START) --format summary
	$(call STRIDE_DEMO,2026-11-25) status --db $(DEMO)/stride.db --athlete-id 1

test: deps
	$(MAKE) test-release
	$(MAKE) web-test
	$(MAKE) test-asan
	$(MAKE) fuzz-smoke

deps:
	./scripts/install-dependencies.sh

build: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

build-asan: deps
	cmake --preset asan-ubsan >/dev/null
	cmake --build --preset asan-ubsan -j $(JOBS)

test-release: build
	ctest --preset release -j $(JOBS)

test-asan: build-asan
	ctest --preset asan-ubsan -j $(JOBS)

fuzz-smoke: deps
	./scripts/fuzz.sh 20

# The full benchmarks (make test only smoke-runs them, on a hundredth of the work). See bench/README.md.
bench: deps
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRIDE_BUILD_TESTS=OFF -DSTRIDE_BUILD_BENCHMARKS=ON \
	  -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 >/dev/null
	cmake --build build-bench --target plan_benchmark load_benchmark store_benchmark fit_benchmark -j $(JOBS)
	./build-bench/bench/plan_benchmark --benchmark_format=console
	./build-bench/bench/load_benchmark --benchmark_format=console
	./build-bench/bench/store_benchmark --benchmark_format=console
	./build-bench/bench/fit_benchmark --benchmark_format=console
	./bench/fit-file-parser/compare.sh
	$(MAKE) build && ./bench/http.sh

# The web app (docs/web.md): the locked npm packages, then the type check and the build into
# web/dist/, which `stride serve` serves.
web: deps
	cd web && npm ci && npm run build

# The web app's tests: Vitest unit tests, then Playwright on Debian's chromium, one worker: the ui
# project (the API mocked) and the server project (the journeys against build/stride on a fresh
# database, web/e2e/server/).
web-test: build web
	cd web && npm test && npx playwright test --project ui --project server

clean:
	rm -rf build build-debug build-asan build-fuzz build-bench web/dist
