#include "stride/service/store_pool.hpp"

#include <algorithm>

namespace stride::service {

core::Result<std::unique_ptr<StorePool>> StorePool::create(const Opener& open, std::size_t size) {
  std::vector<std::unique_ptr<core::Store>> stores;
  for (std::size_t index = 0; index < std::max<std::size_t>(size, 1); ++index) {
    STRIDE_TRY(auto store, open());
    stores.push_back(std::move(store));
  }
  return std::unique_ptr<StorePool>(new StorePool(std::move(stores)));
}

std::unique_ptr<StorePool> StorePool::of_one(std::unique_ptr<core::Store> store) {
  std::vector<std::unique_ptr<core::Store>> stores;
  stores.push_back(std::move(store));
  return std::unique_ptr<StorePool>(new StorePool(std::move(stores)));
}

StorePool::StorePool(std::vector<std::unique_ptr<core::Store>> stores) : m_stores(std::move(stores)) {
  for (const auto& store : m_stores) m_free.push_back(store.get());
}

StorePool::Lease StorePool::lease() {
  std::unique_lock lock(m_mutex);
  m_returned.wait(lock, [this] { return !m_free.empty(); });
  core::Store* store = m_free.back();
  m_free.pop_back();
  return Lease(*this, *store);
}

void StorePool::give_back(core::Store& store) {
  {
    const std::lock_guard lock(m_mutex);
    m_free.push_back(&store);
  }
  m_returned.notify_one();
}

StorePool::Lease::~Lease() {
  if (m_pool != nullptr) m_pool->give_back(*m_store);
}

}  // namespace stride::service
