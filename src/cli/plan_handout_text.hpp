#pragma once

#include <string>

#include "stride/core/plan.hpp"
#include "stride/service/catalog.hpp"

namespace stride::cli {

// The hand-out part of the plan's text (report::build_handout): the season as a table, the
// session templates with their dose lines and later doses (an exercise's reason the first time
// it appears), what the plan does around each race, and the week-by-week calendar.
[[nodiscard]] std::string render_handout_text(const core::Plan& plan, const service::Catalog& catalog);

}  // namespace stride::cli
