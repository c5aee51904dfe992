#include <algorithm>
#include <array>

#include "routine_builder.hpp"

// Which exercises the routine may use, and for which step, muscle and finding.
namespace stride::planning::routine_building {

bool RoutineBuilder::step_accepts(Step step, const Exercise& exercise) const {
  switch (step) {
    case Step::Inhibit: return exercise.pattern == Pattern::Smr;
    case Step::Lengthen: return exercise.pattern == Pattern::StaticStretch;
    case Step::Activate:
      if (exercise.has_tag(core::ExerciseTag::Breathing)) return false;
      if (exercise.pattern == Pattern::Activation) return exercise.level <= m_rules.activation_max_level;
      return (exercise.pattern == Pattern::Calf || exercise.pattern == Pattern::FootAnkle) && exercise.level <= 2 &&
             exercise.impact == core::Impact::None;
    case Step::Integrate: return true;
    case Step::Balance:
      return exercise.pattern == Pattern::Balance && exercise.unilateral && exercise.level <= 2;
  }
  return false;
}

bool RoutineBuilder::can_roll() const {
  return m_options.equipment.contains(core::Equipment::FoamRoller) ||
         m_options.equipment.contains(core::Equipment::MassageBall);
}

std::optional<core::InjuryRegion> RoutineBuilder::avoided_for(const Exercise& exercise) const {
  for (auto region : exercise.avoid_with) {
    if (m_options.avoid_regions.contains(region)) return region;
  }
  return std::nullopt;
}

RoutineBuilder::MuscleRank RoutineBuilder::rank_of(std::string_view muscle) const {
  return {m_muscles.rank(muscle)};
}

std::vector<RoutineBuilder::MuscleRank> RoutineBuilder::ranks_of(const std::vector<std::string>& muscles) const {
  std::vector<MuscleRank> ranks;
  ranks.reserve(muscles.size());
  for (const auto& muscle : muscles) ranks.push_back(rank_of(muscle));
  return ranks;
}

std::span<const Step> RoutineBuilder::steps_of(Need need) {
  static constexpr std::array<Step, 2> kRelease{Step::Inhibit, Step::Lengthen};
  static constexpr std::array<Step, 1> kActivate{Step::Activate};
  return need == Need::Release ? std::span<const Step>(kRelease) : std::span<const Step>(kActivate);
}

std::vector<std::string> RoutineBuilder::listed_muscles(std::size_t index, Need need) const {
  const auto& finding = m_findings.findings[index];
  const auto& same = need == Need::Release ? finding.overactive : finding.underactive;
  const auto& opposite = need == Need::Release ? finding.opposite_overactive : finding.opposite_underactive;
  std::vector<std::string> muscles;
  muscles.reserve(same.size() + opposite.size());
  muscles.assign(same.begin(), same.end());
  for (const auto& muscle : opposite) {
    if (std::find(muscles.begin(), muscles.end(), muscle) == muscles.end()) muscles.push_back(muscle);
  }
  return muscles;
}

std::vector<std::string> RoutineBuilder::eligible_muscles(std::size_t index, Need need) const {
  const auto& finding = m_findings.findings[index];
  const bool lists_none = need == Need::Release
                              ? finding.overactive.empty() && finding.opposite_overactive.empty()
                              : finding.underactive.empty() && finding.opposite_underactive.empty();
  if (lists_none) return {};
  const auto& keys = need == Need::Release ? m_rules.key_release : m_rules.key_activate;
  const auto found = keys.find(finding.compensation);
  if (found == keys.end()) return listed_muscles(index, need);
  const auto keys_served = ranks_of(found->second);
  const bool servable = std::ranges::any_of(steps_of(need), [&](Step step) {
    return std::ranges::any_of(exercises_for(step), [&](const Exercise* exercise) {
      return available(*exercise) && serves_any(*exercise, keys_served);
    });
  });
  return servable ? found->second : listed_muscles(index, need);
}

Side RoutineBuilder::side_of(std::size_t index, Need need, const std::string& muscle) const {
  const auto& finding = m_findings.findings[index];
  const auto& same = need == Need::Release ? finding.overactive : finding.underactive;
  const auto& opposite = need == Need::Release ? finding.opposite_overactive : finding.opposite_underactive;
  // serves() either way, with the muscle's relations looked up once: the same id, or two known
  // ids whose ranks are related (the relation goes both ways).
  const auto muscle_related = m_muscles.related_ranks(muscle);
  const auto related = [&](const std::string& listed) {
    if (listed == muscle) return true;
    if (muscle_related.empty()) return false;
    const auto rank = m_muscles.rank(listed);
    return rank < m_muscles.ids().size() && (muscle_related[rank / 64] >> (rank % 64) & 1U) != 0;
  };
  if (std::ranges::none_of(same, related) && std::ranges::any_of(opposite, related)) return finding.opposite;
  return finding.side;
}

const Exercise& RoutineBuilder::exercise_of(const Planned& planned) const { return *planned.exercise; }

const std::vector<std::string>& RoutineBuilder::eligible(std::size_t index, Need need) const {
  return m_eligible[index][static_cast<std::size_t>(need)].muscles;
}

const std::vector<RoutineBuilder::MuscleRank>& RoutineBuilder::eligible_ranks(std::size_t index, Need need) const {
  return m_eligible[index][static_cast<std::size_t>(need)].ranks;
}

const std::vector<Side>& RoutineBuilder::eligible_sides(std::size_t index, Need need) const {
  return m_eligible[index][static_cast<std::size_t>(need)].sides;
}

}  // namespace stride::planning::routine_building
