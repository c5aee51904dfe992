# The two commands of the README: `make run` and `make test`. Everything else is a helper.
.PHONY: run test deps build build-asan test-release test-asan fuzz-smoke bench clean

JOBS ?= $(shell nproc)
EXAMPLE_ASSESSMENT ?= examples/assessment.json
EXAMPLE_ATHLETE ?= examples/athlete.json
EXAMPLE_RUNS ?= examples/runs.json
EXAMPLE_START ?= 2026-11-23

# The sample runner's plan from her assessment, athlete file and running calendar.
run: build
	./build/stride plan --athlete $(EXAMPLE_ATHLETE) --runs $(EXAMPLE_RUNS) --assessment $(EXAMPLE_ASSESSMENT) \
		--start $(EXAMPLE_START)

test: deps
	$(MAKE) test-release
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

# Benchmarks are not tests: `make test` does not run them. See bench/README.md.
bench: deps
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRIDE_BUILD_TESTS=OFF -DSTRIDE_BUILD_BENCHMARKS=ON >/dev/null
	cmake --build build-bench --target plan_benchmark load_benchmark store_benchmark -j $(JOBS)
	./build-bench/bench/plan_benchmark --benchmark_format=console
	./build-bench/bench/load_benchmark --benchmark_format=console
	./build-bench/bench/store_benchmark --benchmark_format=console

clean:
	rm -rf build build-debug build-asan build-fuzz
