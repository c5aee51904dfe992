#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::core {

// What a logged activity was (contract §3.4 `sport`).
enum class Sport { Run, Strength, Cross, Other };

// When a pain score was felt (contract §3.4 `pain[].when`).
enum class PainTiming { During, After, NextMorning };

template <>
struct EnumNames<Sport> {
  static constexpr std::array<std::string_view, 4> names{"run", "strength", "cross", "other"};
};
template <>
struct EnumNames<PainTiming> {
  static constexpr std::array<std::string_view, 3> names{"during", "after", "next_morning"};
};

// One performed set of a strength exercise. `rpe` is the set's effort on the RIR-based scale
// (10 = no rep left in reserve); `load_kg` is the external load, absent for bodyweight.
struct StrengthSet {
  std::string exercise;
  Side side = Side::None;
  int reps = 0;
  std::optional<double> load_kg;
  std::optional<double> rpe;

  friend bool operator==(const StrengthSet&, const StrengthSet&) = default;
};

// One logged session (contract §3.4 `activities[]`). `rpe` is Foster's CR-10 session rating
// (0 to 10); the session load is rpe × duration_min. `race` marks a run raced all out: races feed
// the race predictions.
struct Activity {
  Date date;
  Sport sport = Sport::Run;
  double duration_min = 0;
  std::optional<double> distance_km;
  double rpe = 0;
  std::optional<int> avg_hr;
  bool race = false;
  std::optional<std::string> note;
  std::vector<StrengthSet> sets;

  friend bool operator==(const Activity&, const Activity&) = default;
};

// A pain report (contract §3.4 `pain[]`): a 0–10 score for a body region on a side.
struct PainReport {
  Date date;
  InjuryRegion region = InjuryRegion::Other;
  Side side = Side::Both;
  int score = 0;
  PainTiming when = PainTiming::During;

  friend bool operator==(const PainReport&, const PainReport&) = default;
};

// What a runner did and felt (contract §3.4). Entries keep the order they were logged in.
struct TrainingLog {
  std::vector<Activity> activities;
  std::vector<PainReport> pain;

  friend bool operator==(const TrainingLog&, const TrainingLog&) = default;
};

}  // namespace stride::core
