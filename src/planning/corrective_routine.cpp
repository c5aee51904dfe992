#include "stride/planning/corrective_routine.hpp"

#include <algorithm>
#include <optional>

#include "routine_builder.hpp"
#include "wording.hpp"

namespace stride::planning {
namespace routine_building {
namespace {

void add_targets(std::vector<Target>& targets, const std::vector<std::string>& muscles, Side side,
                 std::size_t finding) {
  for (const auto& muscle : muscles) {
    auto found = std::find_if(targets.begin(), targets.end(), [&](const Target& t) { return t.muscle == muscle; });
    if (found == targets.end()) {
      targets.push_back({muscle, {}, {}});
      found = std::prev(targets.end());
    }
    found->sides.insert(side);
    if (std::find(found->findings.begin(), found->findings.end(), finding) == found->findings.end()) {
      found->findings.push_back(finding);
    }
  }
}

// Muscles flagged by more findings first, then lower body before upper body (vocabulary order).
void prioritise(std::vector<Target>& targets, const core::MuscleVocabulary& muscles) {
  // Each muscle's rank looked up once, not at every comparison.
  struct Ranked {
    std::size_t rank;
    Target target;
  };
  std::vector<Ranked> ranked;
  ranked.reserve(targets.size());
  for (auto& target : targets) {
    const auto rank = muscles.rank(target.muscle);
    ranked.push_back({rank, std::move(target)});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.target.findings.size() != b.target.findings.size()) return a.target.findings.size() > b.target.findings.size();
    if (a.rank != b.rank) return a.rank < b.rank;
    return a.target.muscle < b.target.muscle;
  });
  for (std::size_t index = 0; index < ranked.size(); ++index) targets[index] = std::move(ranked[index].target);
}

}  // namespace

CorrectiveRoutine RoutineBuilder::build() {
  std::vector<Target> overactive;
  std::vector<Target> underactive;
  for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
    const auto& finding = m_findings.findings[index];
    add_targets(overactive, finding.overactive, finding.side, index);
    add_targets(underactive, finding.underactive, finding.side, index);
    add_targets(overactive, finding.opposite_overactive, finding.opposite, index);
    add_targets(underactive, finding.opposite_underactive, finding.opposite, index);
  }
  prioritise(overactive, m_muscles);
  prioritise(underactive, m_muscles);

  auto inhibit = spread_over_findings(cover(Step::Inhibit, overactive));
  auto lengthen = spread_over_findings(cover(Step::Lengthen, overactive));
  auto activate = spread_over_findings(cover(Step::Activate, underactive));
  m_eligible.resize(m_findings.findings.size());
  for (std::size_t index = 0; index < m_eligible.size(); ++index) {
    for (Need need : {Need::Release, Need::Activate}) {
      auto& eligible = m_eligible[index][static_cast<std::size_t>(need)];
      eligible.muscles = eligible_muscles(index, need);
      eligible.ranks = ranks_of(eligible.muscles);
      eligible.sides.reserve(eligible.muscles.size());
      for (const auto& muscle : eligible.muscles) eligible.sides.push_back(side_of(index, need, muscle));
    }
  }
  add_missing_items(Need::Release, inhibit, lengthen);
  add_missing_items(Need::Activate, activate, activate);
  auto integrate = plan_integration();
  auto balance = plan_balance();

  std::vector<Planned*> essential = choose_covering(Need::Activate, {&activate});
  const auto release = choose_covering(Need::Release, {&inhibit, &lengthen});
  essential.insert(essential.end(), release.begin(), release.end());
  fit_budget(essential, inhibit, lengthen, activate, integrate, balance);
  record_covers(inhibit, lengthen, activate);
  add_notes(overactive);
  m_routine.wording = m_wording;
  return std::move(m_routine);
}

}  // namespace routine_building

std::optional<int> tempo_seconds_per_rep(std::string_view tempo) {
  if (tempo.empty()) return std::nullopt;
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // The usual form, three one-digit phases ("4-2-1"), read at once.
  if (tempo.size() == 5 && digit(tempo[0]) && tempo[1] == '-' && digit(tempo[2]) && tempo[3] == '-' &&
      digit(tempo[4])) {
    const int total = (tempo[0] - '0') + (tempo[2] - '0') + (tempo[4] - '0');
    return total == 0 ? std::nullopt : std::optional<int>(total);
  }
  int total = 0;
  bool expect_digit = true;
  for (char c : tempo) {
    if (expect_digit && c >= '0' && c <= '9') {
      total += c - '0';
      expect_digit = false;
    } else if (!expect_digit && c == '-') {
      expect_digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (expect_digit || total == 0) return std::nullopt;
  return total;
}

core::Seconds estimate_duration(const core::Prescription& item, const CorrectiveRules& rules) {
  const int sides = item.per_side ? 2 : 1;
  const int sets_done = item.sets * sides + (item.extra_sets_side ? 1 : 0);
  int work_per_set = 0;
  if (item.hold_seconds) {
    work_per_set = *item.hold_seconds;
  } else if (item.reps) {
    const std::string_view tempo = item.tempo ? std::string_view(*item.tempo) : std::string_view();
    work_per_set = *item.reps * tempo_seconds_per_rep(tempo).value_or(rules.untimed_seconds_per_rep);
  } else if (item.contacts) {
    work_per_set = *item.contacts;  // about one second per foot contact
  }
  const int switches = item.per_side ? sets_done - item.sets : 0;
  const int rests = std::max(0, item.sets - 1) * item.rest_seconds;
  return core::Seconds(rules.setup_seconds + sets_done * work_per_set + switches * rules.switch_sides_seconds + rests);
}

core::SharedString cover_option_why(const CorrectiveRoutine& routine, std::size_t finding,
                                    const core::Prescription& option) {
  if (!option.why.empty() || routine.wording == nullptr) return option.why;
  // make_item()'s reason for an item of one finding: its side is the one it starts on, if any.
  return routine.wording->why(option.role, option.targets, {finding}, option.side_first.value_or(core::Side::None));
}

CorrectiveRoutine build_corrective_routine(const analytics::AssessmentFindings& findings,
                                           const core::CompensationTable& table, const core::ExerciseLibrary& library,
                                           const core::MuscleVocabulary& muscles, const CorrectiveRules& rules,
                                           const RoutineOptions& options) {
  return routine_building::RoutineBuilder(findings, table, library, muscles, rules, options).build();
}

}  // namespace stride::planning
