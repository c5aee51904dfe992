#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace stride::service {

// How many workers a batch uses when the caller does not say: one per hardware thread, at least one.
[[nodiscard]] inline std::size_t default_worker_count() {
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

// Calls work(index) once for every index in [0, count), spread over `workers` threads (the calling
// thread is one of them), and returns when every call has returned. Calls for different indices may
// run at the same time, so `work` must only write what belongs to its index (e.g. results[index]);
// which thread runs which index is unspecified, so results must not depend on it. Indices are handed
// out in small chunks from a shared counter, so a slow item does not hold up a whole slice. If a call
// throws, no further chunks are started and the first exception is rethrown here.
template <class Work>
void for_each_index_in_parallel(std::size_t count, std::size_t workers, Work&& work) {
  constexpr std::size_t kChunk = 16;
  workers = std::clamp<std::size_t>(workers, 1, std::max<std::size_t>(1, (count + kChunk - 1) / kChunk));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  std::exception_ptr first_failure;
  std::mutex failure_mutex;
  const auto drain = [&] {
    while (!failed.load(std::memory_order_relaxed)) {
      const std::size_t begin = next.fetch_add(kChunk, std::memory_order_relaxed);
      if (begin >= count) return;
      const std::size_t end = std::min(count, begin + kChunk);
      try {
        for (std::size_t index = begin; index < end; ++index) work(index);
      } catch (...) {
        const std::scoped_lock lock(failure_mutex);
        if (!first_failure) first_failure = std::current_exception();
        failed.store(true, std::memory_order_relaxed);
      }
    }
  };
  {
    std::vector<std::jthread> helpers;
    helpers.reserve(workers - 1);
    for (std::size_t helper = 1; helper < workers; ++helper) helpers.emplace_back(drain);
    drain();
  }  // the jthreads join here
  if (first_failure) std::rethrow_exception(first_failure);
}

}  // namespace stride::service
