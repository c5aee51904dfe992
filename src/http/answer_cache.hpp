#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "stride/core/string_hash.hpp"
#include "stride/http/message.hpp"

// The bodies of answers worked out from an athlete's stored data (private to stride::http).
namespace stride::http {

// An answer body, and the same as gzip (for clients that accept it), both made once. An empty
// gzip body means the answer is never sent compressed.
struct KeptAnswer {
  std::string body;
  std::string gzip_body;
};

// `body` kept with its gzip (none when `compress` is false).
[[nodiscard]] std::shared_ptr<const KeptAnswer> kept_answer(std::string body, bool compress = true);

// The kept answer as a 200 response of `content_type` to `request`: gzip when the answer has one
// and the request accepts it (its Accept-Encoding), the body shared, not copied.
[[nodiscard]] Response response_of(const Request& request, std::shared_ptr<const KeptAnswer> answer,
                                   std::string_view content_type = "application/json");

// Answer bodies kept by key with the athlete revision (core::AthleteRepository::athlete_revision)
// they were worked out at, so a read that finds the revision unchanged answers without reading and
// encoding the data again. Holds at most `capacity_bytes` of bodies, dropping the least recently
// used first; a body larger than that is not kept. Thread-safe: every worker thread shares one.
// Each process keeps its own, and a revision never repeats, so several servers on one database
// never answer from a body another server's write has outdated.
class AnswerCache {
 public:
  explicit AnswerCache(std::size_t capacity_bytes) : m_capacity_bytes(capacity_bytes) {}
  AnswerCache(const AnswerCache&) = delete;
  AnswerCache& operator=(const AnswerCache&) = delete;

  // The answer kept under `key` at `revision`, or null (none kept, or kept at another revision).
  [[nodiscard]] std::shared_ptr<const KeptAnswer> find(std::string_view key, std::int64_t revision);
  // Keeps `answer` under `key` at `revision`, replacing what the key held.
  void keep(std::string key, std::int64_t revision, std::shared_ptr<const KeptAnswer> answer);

  [[nodiscard]] std::size_t size_bytes() const;

 private:
  struct Entry {
    std::string key;
    std::int64_t revision;
    std::shared_ptr<const KeptAnswer> answer;
  };
  using Recency = std::list<Entry>;  // most recently used first

  void drop(Recency::iterator entry);

  std::size_t m_capacity_bytes;
  mutable std::mutex m_mutex;
  Recency m_recency;
  core::StringMap<Recency::iterator> m_by_key;
  std::size_t m_size_bytes = 0;
};

}  // namespace stride::http
