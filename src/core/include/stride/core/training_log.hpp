#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/recorded_activity.hpp"
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

// What a recording from a watch or an app measured, kept with the activity imported from it.
// `fingerprint` identifies the file's bytes (the same file imported twice is one activity);
// `heart_rate_load` is the Banister TRIMP of the recording, worked out with the runner's heart
// rates when they were known at import (docs/load.md), and is the session's load when it has no RPE.
struct ActivityRecording {
  std::string source;
  ActivityFileFormat format = ActivityFileFormat::Fit;
  std::string fingerprint;
  double start_time_s = 0;  // UTC seconds since the epoch
  std::optional<double> elapsed_s;
  std::optional<double> max_hr_bpm;
  std::optional<double> avg_cadence_spm;
  std::optional<double> avg_power_w;
  std::optional<double> avg_stance_time_ms;
  std::optional<double> avg_vertical_oscillation_mm;
  std::optional<double> avg_step_length_mm;
  std::optional<double> avg_vertical_ratio_percent;
  std::optional<double> avg_stance_time_balance_left_percent;
  std::optional<double> heart_rate_load;

  friend bool operator==(const ActivityRecording&, const ActivityRecording&) = default;
};

// One logged session (contract §3.4 `activities[]`). `rpe` is Foster's CR-10 session rating
// (0 to 10); the session load is rpe × duration_min. Only an imported activity may lack an RPE;
// its load then comes from heart rate (see session_load). `race` marks a run raced all out: races
// feed the race predictions.
struct Activity {
  Date date;
  Sport sport = Sport::Run;
  double duration_min = 0;
  std::optional<double> distance_km;
  std::optional<double> rpe;
  std::optional<int> avg_hr;
  bool race = false;
  std::optional<std::string> note;
  std::vector<StrengthSet> sets;
  std::optional<ActivityRecording> recording;
  // The id a client gave the entry (api.md §4: a retried sync never duplicates); unique per athlete.
  std::optional<std::string> client_id{};

  friend bool operator==(const Activity&, const Activity&) = default;
};

// How a session's load was worked out.
enum class LoadBasis { SessionRpe, HeartRate, Unrated };

template <>
struct EnumNames<LoadBasis> {
  static constexpr std::array<std::string_view, 3> names{"session_rpe", "heart_rate", "unrated"};
};

// The session-RPE load (rpe × minutes) when the activity has an RPE, else the recording's
// heart-rate load (Banister TRIMP), else unrated with load 0.
[[nodiscard]] LoadBasis load_basis(const Activity& activity);
[[nodiscard]] double session_load(const Activity& activity);

// A pain report (contract §3.4 `pain[]`): a 0–10 score for a body region on a side.
struct PainReport {
  Date date;
  InjuryRegion region = InjuryRegion::Other;
  Side side = Side::Both;
  int score = 0;
  PainTiming when = PainTiming::During;
  std::optional<std::string> client_id{};  // as Activity::client_id

  friend bool operator==(const PainReport&, const PainReport&) = default;
};

// What a runner did and felt (contract §3.4). Entries keep the order they were logged in.
struct TrainingLog {
  std::vector<Activity> activities;
  std::vector<PainReport> pain;

  friend bool operator==(const TrainingLog&, const TrainingLog&) = default;
};

}  // namespace stride::core
