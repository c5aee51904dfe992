#include "answer_cache.hpp"

#include <utility>

#include "gzip.hpp"

namespace stride::http {

std::shared_ptr<const KeptAnswer> kept_answer(std::string body, bool compress, std::string entity_tag) {
  auto answer = std::make_shared<KeptAnswer>();
  answer->entity_tag = std::move(entity_tag);
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
  if (!answer->entity_tag.empty()) response.set_header("ETag", answer->entity_tag);
  response.shared_body = std::shared_ptr<const std::string>(std::move(answer), body);
  if (send_gzip) response.set_header("Content-Encoding", "gzip");
  if (compressed) response.set_header("Vary", "Accept-Encoding");
  return response;
}

}  // namespace stride::http
