#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "stride/core/error.hpp"
#include "stride/core/store.hpp"

namespace stride::service {

// A bounded set of stores on one database, created once by the composition root and lent to one
// request at a time, so that a front end serving many requests at once (the web server's worker
// threads) never shares a store between two of them. With one SQLite connection per store, the
// database serialises writers and readers see committed data only; a pool of one store serialises
// every request (the in-memory store, which holds its data in the one object).
class StorePool {
 public:
  using Opener = std::function<core::Result<std::unique_ptr<core::Store>>()>;

  // `size` stores (at least 1), each from `open`; fails with the first opener's error.
  [[nodiscard]] static core::Result<std::unique_ptr<StorePool>> create(const Opener& open, std::size_t size);
  // A pool lending the one given store.
  [[nodiscard]] static std::unique_ptr<StorePool> of_one(std::unique_ptr<core::Store> store);

  // A store lent until the lease ends; lease() waits while every store is lent.
  class Lease {
   public:
    Lease(StorePool& pool, core::Store& store) : m_pool(&pool), m_store(&store) {}
    Lease(Lease&& other) noexcept : m_pool(other.m_pool), m_store(other.m_store) { other.m_pool = nullptr; }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    [[nodiscard]] core::Store& store() const { return *m_store; }

   private:
    StorePool* m_pool;
    core::Store* m_store;
  };

  [[nodiscard]] Lease lease();
  [[nodiscard]] std::size_t size() const { return m_stores.size(); }

 private:
  explicit StorePool(std::vector<std::unique_ptr<core::Store>> stores);
  void give_back(core::Store& store);

  std::vector<std::unique_ptr<core::Store>> m_stores;
  std::vector<core::Store*> m_free;
  std::mutex m_mutex;
  std::condition_variable m_returned;
};

}  // namespace stride::service
