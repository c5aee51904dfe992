#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// How Stride writes a JSON document without building it first.
namespace stride::json_writer {

// `value` rounded to 3 decimal places (halves away from zero), never -0: how the contract writes a
// computed fraction (stride::json's round_to_thousandths).
[[nodiscard]] double round_to_thousandths(double value);

// `text` with U+FFFD in place of each byte that does not belong to a well-formed UTF-8 sequence:
// text the writer takes, whatever `text` holds.
[[nodiscard]] std::string with_invalid_bytes_replaced(std::string_view text);

// The two forms of nlohmann's dump the writer writes.
enum class Layout {
  // dump(2), the contract's documents: a member or element per line, two-space indentation,
  // `"key": value`, a final newline, and the \uXXXX escapes dump_document (stride::json's
  // json_text.hpp) adds for core::is_unsafe_character.
  Indented,
  // dump(-1), the stored documents: no whitespace, `"key":value`, no final newline, no escapes but
  // nlohmann's own.
  Compact,
};

// The name of a member known when the program is compiled, checked then to need no escape
// (printable ASCII other than '"' and '\\'), so that the writer copies it as it is. Built only
// from a string literal or another constant expression; a name that would need an escape does not
// compile.
class JsonKey {
 public:
  // The longest name a JsonKey holds.
  static constexpr std::size_t kMaximumLength = 40;

  // NOLINTNEXTLINE(google-explicit-constructor): a literal stands for its key
  consteval JsonKey(const char* name) {
    const std::string_view text(name);
    if (text.size() > kMaximumLength) throw "JsonKey: a key written as it is has at most 40 characters";
    m_quoted[0] = '"';
    for (std::size_t index = 0; index < text.size(); ++index) {
      const char character = text[index];
      if (character < 0x20 || character > 0x7E || character == '"' || character == '\\') {
        throw "JsonKey: a key written as it is must be printable ASCII without '\"' or '\\'";
      }
      m_quoted[1 + index] = character;
    }
    m_quoted[1 + text.size()] = '"';
    m_quoted[2 + text.size()] = ':';
    m_quoted[3 + text.size()] = ' ';
    m_length = text.size() + 4;
  }

  // The name between quotes, then ": ", padded to a fixed size so that it is copied in one go.
  [[nodiscard]] constexpr const std::array<char, kMaximumLength + 4>& quoted() const { return m_quoted; }
  // How many bytes of quoted() are the key's.
  [[nodiscard]] constexpr std::size_t length() const { return m_length; }

 private:
  std::array<char, kMaximumLength + 4> m_quoted{};
  std::size_t m_length = 0;
};

// Writes one JSON document into a string, value by value, in exactly the text nlohmann gives for
// the same values in an nlohmann::ordered_json in the writer's layout (Layout): empty objects and
// arrays as `{}` and `[]`, nlohmann's string escapes (\" \\ \b \f \n \r \t, other C0 controls as
// \u00xx) and nlohmann's numbers. A string that is not valid UTF-8 throws
// nlohmann::json::type_error 316 with nlohmann's message, as dump does with its default (strict)
// handler.
//
// The caller keeps the structure right: a key before each member of an object, none in an array,
// every container closed before finish(). Misuse is a programmer error (asserted in debug builds).
// Not thread-safe; one writer writes one document.
class JsonWriter {
 public:
  // `expected_size` is reserved up front so that a document of about that size is written into
  // one allocation.
  explicit JsonWriter(std::size_t expected_size = 0, Layout layout = Layout::Indented);

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();

  // The name of the next member of the innermost open object: a name fixed in the code, or any
  // text (escaped as a string value is).
  void key(JsonKey name);
  void key_text(std::string_view name);

  void string(std::string_view text);
  void integer(std::int64_t value);
  void unsigned_integer(std::uint64_t value);
  // nlohmann's shortest round-trip form (always with a '.' or an exponent); NaN and infinities as null.
  void number(double value);
  // round_to_thousandths(value), written as number() writes it: the contract's computed fractions.
  void rounded(double value);
  // The same, or null when there is no value.
  void rounded(const std::optional<double>& value) {
    if (value) {
      rounded(*value);
    } else {
      null();
    }
  }
  void boolean(bool value);
  void null();

  // Any of the above chosen by type: strings, bool, integers, double (number()), std::nullptr_t,
  // std::optional (null when empty), and ranges of these (arrays).
  template <class T>
  void value(const T& item);

  // key(name) then value(item).
  template <class T>
  void member(JsonKey name, const T& item) {
    key(name);
    value(item);
  }

  // How many bytes of the document are written so far (after begin_object(), the '{' is the last).
  [[nodiscard]] std::size_t written() const { return m_size; }

  // The document (with its final newline when indented); the writer is left empty.
  [[nodiscard]] std::string finish();

 private:
  // Writes what comes before a value: in an array the separator and the indentation.
  void before_value();
  // Writes "\n" and the indentation of `depth` levels.
  void new_line(std::size_t depth);
  // Writes what comes before a member's name: the separator, the line break and the indentation.
  void before_key();
  void write_escaped(std::string_view text);

  // Where the next `count` bytes go: the buffer grows first when they do not fit. The caller
  // writes them, then adds how many it wrote to m_size.
  char* room_for(std::size_t count) {
    if (m_text.size() - m_size < count) grow(count);
    return m_text.data() + m_size;
  }
  void grow(std::size_t count);
  void put(char character) {
    *room_for(1) = character;
    ++m_size;
  }
  void put(std::string_view text);

  enum class Open : std::uint8_t { EmptyObject, Object, EmptyArray, Array };

  // The buffer: its first m_size bytes are the text so far, the rest is room not yet written.
  std::string m_text;
  std::size_t m_size = 0;
  std::vector<Open> m_open;  // the containers not yet closed, innermost last
  Layout m_layout;
};

namespace writer_traits {

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
concept Range = requires(const T& range) {
  range.begin();
  range.end();
};

template <class>
inline constexpr bool kUnsupported = false;

}  // namespace writer_traits

template <class T>
void JsonWriter::value(const T& item) {
  if constexpr (std::is_same_v<T, bool>) {
    boolean(item);
  } else if constexpr (std::is_same_v<T, std::nullptr_t>) {
    null();
  } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
    integer(item);
  } else if constexpr (std::is_integral_v<T>) {
    unsigned_integer(item);
  } else if constexpr (std::is_floating_point_v<T>) {
    number(static_cast<double>(item));
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    string(item);
  } else if constexpr (writer_traits::is_optional<T>::value) {
    if (item) {
      value(*item);
    } else {
      null();
    }
  } else if constexpr (writer_traits::Range<T>) {
    begin_array();
    for (const auto& element : item) value(element);
    end_array();
  } else {
    static_assert(writer_traits::kUnsupported<T>, "JsonWriter::value: no JSON form for this type");
  }
}

}  // namespace stride::json_writer
