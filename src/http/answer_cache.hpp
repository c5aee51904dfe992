#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "stride/core/string_hash.hpp"
#include "stride/http/message.hpp"

// What the server keeps of the answers it worked out from an athlete's stored data (private to
// stride::http).
namespace stride::http {

// Values kept by key with the athlete revision (core::AthleteRepository::athlete_revision) they
// were worked out at, so a read that finds the revision unchanged answers without reading and
// working out the data again. Holds at most `capacity_bytes` (as the keeper counts each value),
// dropping the least recently used first; a value larger than that is not kept. Thread-safe:
// every worker thread shares one. Each process keeps its own, and a revision never repeats, so
// several servers on one database never answer from a value another server's write outdated.
template <class Value>
class KeptByRevision {
 public:
  explicit KeptByRevision(std::size_t capacity_bytes) : m_capacity_bytes(capacity_bytes) {}
  KeptByRevision(const KeptByRevision&) = delete;
  KeptByRevision& operator=(const KeptByRevision&) = delete;

  // The value kept under `key` at `revision`, or null (none kept, or kept at another revision).
  [[nodiscard]] std::shared_ptr<const Value> find(std::string_view key, std::int64_t revision) {
    const std::lock_guard lock(m_mutex);
    const auto found = m_by_key.find(key);
    if (found == m_by_key.end() || found->second->revision != revision) return nullptr;
    m_recency.splice(m_recency.begin(), m_recency, found->second);
    return found->second->value;
  }

  // Keeps `value`, counted as `bytes`, under `key` at `revision`, replacing what the key held.
  void keep(std::string key, std::int64_t revision, std::shared_ptr<const Value> value, std::size_t bytes) {
    if (bytes > m_capacity_bytes) return;
    const std::lock_guard lock(m_mutex);
    if (const auto found = m_by_key.find(key); found != m_by_key.end()) drop(found->second);
    while (!m_recency.empty() && m_size_bytes + bytes > m_capacity_bytes) drop(std::prev(m_recency.end()));
    m_size_bytes += bytes;
    m_recency.push_front(Entry{key, revision, std::move(value), bytes});
    m_by_key.emplace(std::move(key), m_recency.begin());
  }

  [[nodiscard]] std::size_t size_bytes() const {
    const std::lock_guard lock(m_mutex);
    return m_size_bytes;
  }

 private:
  struct Entry {
    std::string key;
    std::int64_t revision;
    std::shared_ptr<const Value> value;
    std::size_t bytes;
  };
  using Recency = std::list<Entry>;  // most recently used first

  void drop(typename Recency::iterator entry) {
    m_size_bytes -= entry->bytes;
    m_by_key.erase(entry->key);
    m_recency.erase(entry);
  }

  std::size_t m_capacity_bytes;
  mutable std::mutex m_mutex;
  Recency m_recency;
  core::StringMap<typename Recency::iterator> m_by_key;
  std::size_t m_size_bytes = 0;
};

// An answer body, and the same as gzip (for clients that accept it), both made once. An empty
// gzip body means the answer is never sent compressed.
struct KeptAnswer {
  std::string body;
  std::string gzip_body;
  std::string entity_tag;  // sent as ETag when not empty

  [[nodiscard]] std::size_t bytes() const { return body.size() + gzip_body.size(); }
};

using AnswerCache = KeptByRevision<KeptAnswer>;

// `body` kept with its gzip (none when `compress` is false) and its entity tag (none when empty).
[[nodiscard]] std::shared_ptr<const KeptAnswer> kept_answer(std::string body, bool compress = true,
                                                            std::string entity_tag = {});

// The kept answer as a 200 response of `content_type` to `request`: gzip when the answer has one
// and the request accepts it (its Accept-Encoding), the body shared, not copied; with its ETag.
[[nodiscard]] Response response_of(const Request& request, std::shared_ptr<const KeptAnswer> answer,
                                   std::string_view content_type = "application/json");

}  // namespace stride::http
