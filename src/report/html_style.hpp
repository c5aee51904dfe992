#pragma once

// The stylesheet of the printable plan page (private to stride::report).

#include <string_view>

namespace stride::report::detail {

// The whole CSS of the page, screen and print rules. It uses no external resource (fonts,
// images, imports), so the page stays self-contained. Phase colours are the classes
// `phase-<name>` for every contract phase name.
[[nodiscard]] std::string_view plan_stylesheet();

}  // namespace stride::report::detail
