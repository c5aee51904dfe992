#include "json_tree_filter.hpp"

#include <string>
#include <utility>
#include <vector>

namespace stride::documents::detail {
namespace {

using Json = nlohmann::json;

// nlohmann's SAX interface: builds the tree of every value outside the left-out members.
class FilteringTreeBuilder {
 public:
  explicit FilteringTreeBuilder(const LeftOut& left_out) : m_left_out(&left_out) {}

  bool null() { return add(Json(nullptr)); }
  bool boolean(bool value) { return add(Json(value)); }
  bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t& /*text*/) { return add(Json(value)); }
  bool string(Json::string_t& value) { return add(Json(std::move(value))); }
  bool binary(Json::binary_t& value) { return add(Json::binary(std::move(value))); }

  bool start_object(std::size_t /*elements*/) { return open(Json::object()); }
  bool start_array(std::size_t /*elements*/) { return open(Json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(Json::string_t& name) {
    if (m_skipped_depth > 0) return true;
    m_skip_next = (*m_left_out)(m_open.size(), name);
    m_key = std::move(name);
    return true;
  }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& /*error*/) {
    return false;
  }

  Json take() { return std::move(m_root); }

 private:
  // Puts `value` where the parser is: the root, the next element of the open array, or the open
  // object's member of the last key. Returns where it went.
  Json* place(Json value) {
    if (m_open.empty()) {
      m_root = std::move(value);
      return &m_root;
    }
    Json& parent = *m_open.back();
    if (parent.is_array()) {
      parent.push_back(std::move(value));
      return &parent.back();
    }
    Json& slot = parent[m_key];
    slot = std::move(value);
    return &slot;
  }

  bool add(Json value) {
    if (m_skipped_depth > 0) return true;
    if (m_skip_next) {
      m_skip_next = false;
      return true;
    }
    place(std::move(value));
    return true;
  }

  bool open(Json container) {
    if (m_skipped_depth > 0 || m_skip_next) {
      m_skip_next = false;
      ++m_skipped_depth;
      return true;
    }
    m_open.push_back(place(std::move(container)));
    return true;
  }

  bool close() {
    if (m_skipped_depth > 0) {
      --m_skipped_depth;
    } else {
      m_open.pop_back();
    }
    return true;
  }

  const LeftOut* m_left_out;
  Json m_root;
  std::vector<Json*> m_open;     // the containers being filled, the innermost last
  std::string m_key;             // the key of the open object's member being read
  bool m_skip_next = false;      // the value about to be read is a left-out member's
  std::size_t m_skipped_depth = 0;  // containers open inside a left-out member
};

}  // namespace

Json parse_leaving_out(std::string_view text, const LeftOut& left_out) {
  FilteringTreeBuilder builder(left_out);
  if (!Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true)) {
    return Json(Json::value_t::discarded);
  }
  return builder.take();
}

}  // namespace stride::documents::detail
