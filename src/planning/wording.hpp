#pragma once

#include <set>
#include <string>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/muscles.hpp"

namespace stride::planning {

// Writes the `why` of corrective items in words a runner understands, from the findings, the
// table's wording and the muscles' plain names. The findings and the table are read here, once;
// `muscles` is read by why() and must outlive the wording.
class RoutineWording {
 public:
  RoutineWording(const analytics::AssessmentFindings& findings, const core::CompensationTable& table,
                 const core::MuscleVocabulary& muscles)
      : m_muscles(muscles) {
    m_seen_alone.reserve(findings.findings.size());
    for (const auto& finding : findings.findings) m_seen_alone.push_back(seen_alone(finding, table));
  }

  // Why an item with `role` addresses `targets` (muscle ids) for the findings at `finding_indexes`.
  // `side` is Left or Right when every reason was seen on that side only.
  [[nodiscard]] std::string why(core::Role role, const std::vector<std::string>& targets,
                                const std::vector<std::size_t>& finding_indexes, core::Side side) const;

  [[nodiscard]] std::string balance_why(const analytics::Imbalance& imbalance) const;

  // "foam roller and massage ball".
  [[nodiscard]] static std::string equipment_list(const std::set<core::Equipment>& equipment);

  // "a, b and c".
  [[nodiscard]] static std::string join(const std::vector<std::string>& words);

 private:
  // What the findings at `finding_indexes` were seen as, joined (at most three, then "and more").
  [[nodiscard]] std::string seen(const std::vector<std::size_t>& finding_indexes) const;
  // What `finding` was seen as: "when your knees cave in on the squat (left side)".
  [[nodiscard]] static std::string seen_alone(const analytics::Finding& finding, const core::CompensationTable& table);

  const core::MuscleVocabulary& m_muscles;
  // seen_alone() of each finding, by index: most items serve one finding, and seen() joins these.
  std::vector<std::string> m_seen_alone;
};

}  // namespace stride::planning
