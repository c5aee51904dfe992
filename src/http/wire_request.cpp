#include "wire_request.hpp"

#include "media_type.hpp"

#include <string_view>

namespace stride::http {
Request request_from_wire(boost::beast::http::request<boost::beast::http::string_body>&& message,
                          std::string client_address) {
  Request request;
  request.method = std::string(view_of(message.method_string()));
  const std::string_view target = view_of(message.target());
  const auto question = target.find('?');
  request.path = std::string(target.substr(0, question));
  if (question != std::string_view::npos) request.query = std::string(target.substr(question + 1));
  for (const auto& field : message) {
    request.headers.emplace_back(lower_case(view_of(field.name_string())), std::string(view_of(field.value())));
  }
  request.body = std::move(message.body());
  request.client_address = std::move(client_address);
  return request;
}

}  // namespace stride::http
