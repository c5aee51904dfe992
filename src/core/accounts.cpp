#include "stride/core/accounts.hpp"

namespace stride::core {

std::string email_key(std::string_view email) {
  std::string key(email);
  for (char& character : key) {
    if (character >= 'A' && character <= 'Z') character = static_cast<char>(character - 'A' + 'a');
  }
  return key;
}

}  // namespace stride::core
