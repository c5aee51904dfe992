#include "stride/http/message.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>

#include "stride/service/error_responses.hpp"

namespace stride::http {

std::optional<std::string_view> Request::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (key == name) return std::string_view(value);
  }
  return std::nullopt;
}

void Response::set_header(std::string name, std::string value) {
  for (auto& [key, existing] : headers) {
    if (key == name) {
      existing = std::move(value);
      return;
    }
  }
  headers.emplace_back(std::move(name), std::move(value));
}

Response json_response(std::string body, int status) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/json");
  response.body = std::move(body);
  return response;
}

Response json_response(std::shared_ptr<const std::string> body, int status) {
  Response response;
  response.status = status;
  response.set_header("Content-Type", "application/json");
  response.shared_body = std::move(body);
  return response;
}

namespace {

Response error_document(int status, std::string_view code, std::string_view message, const std::string& field) {
  using OrderedJson = nlohmann::ordered_json;
  OrderedJson error;
  error["code"] = code;
  error["message"] = message;
  error["field"] = field.empty() ? OrderedJson(nullptr) : OrderedJson(field);
  OrderedJson document;
  document["error"] = std::move(error);
  return json_response(document.dump(-1, ' ', false, OrderedJson::error_handler_t::replace) + "\n", status);
}

}  // namespace

Response error_response(const core::Error& error) {
  const auto answer = service::response_for(error.code);
  if (answer.http_status >= 500 && answer.http_status != 503) {
    Response response = error_document(answer.http_status, answer.api_code, "the server could not answer this request", {});
    response.log_detail = error.describe();
    return response;
  }
  if (error.code == core::ErrorCode::Io) {
    // The store's own words name the database and the system's reason: for the server's log, not
    // for the client.
    Response response = error_document(answer.http_status, answer.api_code,
                                       "the database cannot be reached just now; try again shortly", {});
    response.set_header("Retry-After", "1");
    response.log_detail = error.describe();
    return response;
  }
  const core::Error spelled = service::spelled_for_http(error);
  const std::string field = !spelled.path.empty() ? spelled.path : spelled.field;
  Response response = error_document(answer.http_status, answer.api_code, spelled.message, field);
  if (answer.http_status == 503) response.set_header("Retry-After", "1");
  if (answer.http_status == 429) {
    response.set_header("Retry-After", std::to_string(std::max<std::int64_t>(1, error.retry_after.count())));
  }
  return response;
}

Response error_response(int status, std::string_view code, std::string_view message) {
  return error_document(status, code, message, {});
}

}  // namespace stride::http
