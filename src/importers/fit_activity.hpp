#pragma once

// The last step of FIT decoding: what the message loop collected becomes one RecordedActivity
// (heart rate from hr messages merged into the samples, running cadence doubled, the session
// totals as the summary).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fit_messages.hpp"
#include "stride/core/recorded_activity.hpp"

namespace stride::importers::fit {

// A warning and the byte offset it concerns; warnings are reported in file order.
struct PlacedWarning {
  std::size_t offset = 0;
  std::string text;
};

// A set message's values and the byte offset of its record header.
struct PlacedSet {
  std::size_t offset = 0;
  SetValues values{};
};

// Everything the message loop collects from all segments of a FIT file, in file order.
struct DecodedFit {
  std::vector<core::ActivitySample> samples;  // cadence as the file gives it (rpm or strides/min)
  std::vector<TotalsValues> sessions;
  std::vector<TotalsValues> laps;
  std::optional<std::uint8_t> sport;          // from a sport message (12)
  std::optional<std::uint8_t> sub_sport;      // from the same sport message
  std::vector<PlacedSet> set_messages;        // every set message (225), rest sets too
  std::vector<core::RecordedSet> active_sets; // what active_sets() made of set_messages
  std::vector<HeartRateEvent> heart_rate_events;
  std::vector<PlacedWarning> warnings;
};

// Seconds around a record in which hr-message values are averaged into its heart rate: the span
// back to the previous record, at least kHeartRateWindowMinimum and at most kHeartRateWindowMaximum.
inline constexpr double kHeartRateWindowMinimum = 1.0;
inline constexpr double kHeartRateWindowMaximum = 5.0;

// Sets the heart rate of every sample that has none and a time from the mean of the `events` in
// (time − window, time], the window reaching back to the previous timed sample (clamped to the
// limits above). Samples with a heart rate of their own keep it.
void merge_heart_rate(std::vector<core::ActivitySample>& samples, std::vector<HeartRateEvent> events);

// The active sets of the set messages, in file order: rest sets are left out, and so are sets with
// neither a set_type nor repetitions nor an exercise. Returns a Corrupt error naming the message's
// byte offset when a set_type is neither rest nor active, or an active set states more than
// kMostSetRepetitions repetitions or more than kMostSetWeightKg kilograms.
[[nodiscard]] core::Result<std::vector<core::RecordedSet>> active_sets(const std::vector<PlacedSet>& messages,
                                                                       std::string_view source);
inline constexpr double kMostSetRepetitions = 1000;
inline constexpr double kMostSetWeightKg = 1000;

// The activity: samples (cadence doubled to steps per minute where the sport in effect is
// running), laps, the active sets and the summary the sessions state, completed by
// complete_summary(). The sport is "strength_training" when the sub_sport (of the first session,
// else of the sport message, else of the first lap) is strength_training, or when the sport is
// training and the file holds active sets.
[[nodiscard]] core::RecordedActivity assemble_activity(DecodedFit decoded);

}  // namespace stride::importers::fit
