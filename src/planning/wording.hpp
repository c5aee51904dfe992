#pragma once

#include <set>
#include <string>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/muscles.hpp"

namespace stride::planning {

// Writes the `why` of corrective items in words a runner understands, from the findings, the
// table's wording and the muscles' plain names.
class RoutineWording {
 public:
  RoutineWording(const analytics::AssessmentFindings& findings, const core::CompensationTable& table,
                 const core::MuscleVocabulary& muscles)
      : m_findings(findings), m_table(table), m_muscles(muscles) {
    m_seen_alone.reserve(findings.findings.size());
    for (std::size_t index = 0; index < findings.findings.size(); ++index) m_seen_alone.push_back(seen_alone(index));
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
  // What finding `index` was seen as: "when your knees cave in on the squat (left side)".
  [[nodiscard]] std::string seen_alone(std::size_t index) const;

  const analytics::AssessmentFindings& m_findings;
  const core::CompensationTable& m_table;
  const core::MuscleVocabulary& m_muscles;
  // seen_alone() of each finding, by index: most items serve one finding, and seen() joins these.
  std::vector<std::string> m_seen_alone;
};

}  // namespace stride::planning
