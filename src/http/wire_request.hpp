#pragma once

#include <boost/beast/http.hpp>

#include <string>
#include <string_view>

#include "stride/http/message.hpp"

// Beast's parsed request as the plain Request handlers see (private to stride::http; the fuzz
// target uses it too, so that it fuzzes the very conversion the server does).
namespace stride::http {

// Beast's own string_view as the standard one.
[[nodiscard]] inline std::string_view view_of(boost::beast::string_view text) { return {text.data(), text.size()}; }

[[nodiscard]] Request request_from_wire(boost::beast::http::request<boost::beast::http::string_body>&& message,
                                        std::string client_address);

}  // namespace stride::http
