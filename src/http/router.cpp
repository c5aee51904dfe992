#include "stride/http/router.hpp"

#include "media_type.hpp"

#include <algorithm>
#include <optional>
#include <exception>

namespace stride::http {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = path.starts_with('/') ? 1 : 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

// A parameter segment is `{name}`, optionally followed by a fixed suffix (`{secret}.ics`); the
// parameter then takes what precedes the suffix, which must not be empty.
struct ParameterSegment {
  std::string_view name;
  std::string_view suffix;
};

std::optional<ParameterSegment> parameter_segment(std::string_view segment) {
  if (segment.size() < 3 || segment.front() != '{') return std::nullopt;
  const std::size_t close = segment.find('}');
  if (close == std::string_view::npos || close < 2) return std::nullopt;
  return ParameterSegment{segment.substr(1, close - 1), segment.substr(close + 1)};
}

bool matches(const std::vector<std::string>& pattern, const std::vector<std::string>& path, PathParameters& parameters) {
  if (pattern.size() != path.size()) return false;
  PathParameters found;
  for (std::size_t index = 0; index < pattern.size(); ++index) {
    if (const auto parameter = parameter_segment(pattern[index])) {
      const std::string_view value = path[index];
      if (value.size() <= parameter->suffix.size() || !value.ends_with(parameter->suffix)) return false;
      found.emplace(std::string(parameter->name), std::string(value.substr(0, value.size() - parameter->suffix.size())));
    } else if (pattern[index] != path[index]) {
      return false;
    }
  }
  parameters = std::move(found);
  return true;
}

// 415 when the request's body is not of the kind the route takes; nothing when it is.
std::optional<Response> refuse_media_type(Body body, const Request& request) {
  const auto content_type = request.header("content-type");
  const std::string type = content_type ? media_type(*content_type) : std::string();
  switch (body) {
    case Body::None:
      if (request.body.empty()) return std::nullopt;
      break;
    case Body::JsonDocument:
      if (type == "application/json" || (request.body.empty() && !content_type)) return std::nullopt;
      break;
    case Body::Bytes:
      if (type == "application/octet-stream") return std::nullopt;
      break;
  }
  const char* wanted = body == Body::JsonDocument ? "a body of type application/json"
                       : body == Body::Bytes ? "a body of type application/octet-stream"
                                             : "no body";
  return error_response(415, "unsupported_media_type", std::string("this request takes ") + wanted);
}

Response run_handler(const Handler& handler, const Request& request, const PathParameters& parameters) {
  try {
    return handler(request, parameters);
  } catch (const std::exception&) {
    return error_response(core::make_error(core::ErrorCode::Internal, "a handler threw"));
  }
}

}  // namespace

void Router::add(std::string method, std::string pattern, Handler handler, Body body) {
  auto segments = split_path(pattern);
  m_routes.push_back(Route{std::move(method), std::move(pattern), std::move(segments), std::move(handler), body});
}

std::vector<std::pair<std::string, std::string>> Router::routes() const {
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto& route : m_routes) listed.emplace_back(route.method, route.pattern);
  return listed;
}

Dispatched Router::dispatch(const Request& request) const {
  const auto path = split_path(request.path);
  const bool head = request.method == "HEAD";
  std::vector<std::string> allowed;
  std::string matched_pattern;
  for (const auto& route : m_routes) {
    PathParameters parameters;
    if (!matches(route.segments, path, parameters)) continue;
    if (route.method == request.method || (head && route.method == "GET")) {
      if (auto refused = refuse_media_type(route.body, request)) return {std::move(*refused), route.pattern};
      Response response = run_handler(route.handler, request, parameters);
      if (head) {
        response.head_length = response.body_text().size();
        response.body.clear();
        response.shared_body.reset();
      }
      return {std::move(response), route.pattern};
    }
    matched_pattern = route.pattern;
    if (std::find(allowed.begin(), allowed.end(), route.method) == allowed.end()) allowed.push_back(route.method);
    if (route.method == "GET" && std::find(allowed.begin(), allowed.end(), "HEAD") == allowed.end()) {
      allowed.push_back("HEAD");
    }
  }
  if (allowed.empty()) {
    return {error_response(404, "not_found", "no such resource"), "-"};
  }
  std::string allow;
  for (const auto& method : allowed) allow += (allow.empty() ? "" : ", ") + method;
  Response response = error_response(405, "method_not_allowed", request.method + " is not allowed here; use " + allow);
  response.set_header("Allow", allow);
  return {std::move(response), matched_pattern};
}

}  // namespace stride::http
