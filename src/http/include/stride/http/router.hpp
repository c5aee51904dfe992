#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/http/message.hpp"

namespace stride::http {

// The values of a route's `{name}` segments, by name.
using PathParameters = std::map<std::string, std::string, std::less<>>;

using Handler = std::function<Response(const Request&, const PathParameters&)>;

// What a route takes as its body: nothing, a JSON document (Content-Type application/json, at most
// the server's JSON limit; an empty body without a Content-Type reaches the handler too, which reads
// it as no document), or raw bytes (application/octet-stream, at most the upload limit). A body of
// another type is refused with 415 `unsupported_media_type` before the handler runs.
enum class Body { None, JsonDocument, Bytes };

// What the router did with a request: the answer, and the route template that matched (for the
// access log: a template, never the path itself, which may hold ids), or "-" when none did.
struct Dispatched {
  Response response;
  std::string route;
};

// The one table of routes: method and path template (`/api/v1/athletes/{id}`, each `{name}` one
// non-empty path segment, or a segment's non-empty start before a fixed suffix: `{secret}.ics`) to
// handler. A path that no template matches is 404 `not_found`; a path
// some template matches with another method is 405 `method_not_allowed` with `Allow` listing the
// methods it takes (HEAD is answered wherever GET is, without a body). Handlers run on the
// server's worker threads, several at once, and must not throw (an escaped exception becomes a 500
// `internal` answer that shows nothing of it).
class Router {
 public:
  void add(std::string method, std::string pattern, Handler handler, Body body = Body::None);
  [[nodiscard]] Dispatched dispatch(const Request& request) const;

  // Every route's method and template, in the order added (for the OpenAPI document's test).
  [[nodiscard]] std::vector<std::pair<std::string, std::string>> routes() const;

 private:
  struct Route {
    std::string method;
    std::string pattern;
    std::vector<std::string> segments;
    Handler handler;
    Body body;
  };
  std::vector<Route> m_routes;
};

}  // namespace stride::http
