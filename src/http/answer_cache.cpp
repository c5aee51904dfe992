#include "answer_cache.hpp"

#include <utility>

#include "gzip.hpp"

namespace stride::http {

namespace {

std::size_t bytes_of(const KeptAnswer& answer) { return answer.body.size() + answer.gzip_body.size(); }

}  // namespace

std::shared_ptr<const KeptAnswer> kept_answer(std::string body, bool compress) {
  auto answer = std::make_shared<KeptAnswer>();
  if (compress) answer->gzip_body = gzip(body);
  answer->body = std::move(body);
  return answer;
}

Response response_of(const Request& request, std::shared_ptr<const KeptAnswer> answer, std::string_view content_type) {
  const bool compressed = !answer->gzip_body.empty();
  const auto accept_encoding = request.header("accept-encoding");
  const bool send_gzip = compressed && accept_encoding && accepts_gzip(*accept_encoding);
  const std::string* body = send_gzip ? &answer->gzip_body : &answer->body;
  Response response;
  response.set_header("Content-Type", std::string(content_type));
  response.shared_body = std::shared_ptr<const std::string>(std::move(answer), body);
  if (send_gzip) response.set_header("Content-Encoding", "gzip");
  if (compressed) response.set_header("Vary", "Accept-Encoding");
  return response;
}

std::shared_ptr<const KeptAnswer> AnswerCache::find(std::string_view key, std::int64_t revision) {
  const std::lock_guard lock(m_mutex);
  const auto found = m_by_key.find(key);
  if (found == m_by_key.end() || found->second->revision != revision) return nullptr;
  m_recency.splice(m_recency.begin(), m_recency, found->second);
  return found->second->answer;
}

void AnswerCache::keep(std::string key, std::int64_t revision, std::shared_ptr<const KeptAnswer> answer) {
  const std::size_t bytes = bytes_of(*answer);
  if (bytes > m_capacity_bytes) return;
  const std::lock_guard lock(m_mutex);
  if (const auto found = m_by_key.find(key); found != m_by_key.end()) drop(found->second);
  while (!m_recency.empty() && m_size_bytes + bytes > m_capacity_bytes) drop(std::prev(m_recency.end()));
  m_size_bytes += bytes;
  m_recency.push_front(Entry{key, revision, std::move(answer)});
  m_by_key.emplace(std::move(key), m_recency.begin());
}

std::size_t AnswerCache::size_bytes() const {
  const std::lock_guard lock(m_mutex);
  return m_size_bytes;
}

void AnswerCache::drop(Recency::iterator entry) {
  m_size_bytes -= bytes_of(*entry->answer);
  m_by_key.erase(entry->key);
  m_recency.erase(entry);
}

}  // namespace stride::http
