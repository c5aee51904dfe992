#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/units.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::core {

struct RunningBackground {
  Years experience{0};
  Kilometres weekly_distance{0};
  std::optional<Kilometres> longest_run;
  Surface surface = Surface::Road;

  friend bool operator==(const RunningBackground&, const RunningBackground&) = default;
};

struct Goal {
  Event event = Event::General;
  std::optional<Date> race_date;
  std::optional<std::string> target_time;  // as written, e.g. "1:45:00"

  friend bool operator==(const Goal&, const Goal&) = default;
};

struct Injury {
  InjuryRegion region = InjuryRegion::Other;
  Side side = Side::Both;
  InjuryStatus status = InjuryStatus::Past;
  std::optional<Date> date;  // first day of the month given

  friend bool operator==(const Injury&, const Injury&) = default;
};

struct Availability {
  int strength_sessions_per_week = 2;
  Minutes session_minutes{30};
  std::set<Weekday> days;  // empty = any day

  friend bool operator==(const Availability&, const Availability&) = default;
};

// The runner's own heart rates, for heart-rate load (Banister TRIMP) of runs without an RPE.
// An extension of contract §3.1: `"heart_rate": {"resting_bpm": 50, "max_bpm": 188}`.
struct HeartRates {
  std::optional<int> resting_bpm;
  std::optional<int> max_bpm;

  friend bool operator==(const HeartRates&, const HeartRates&) = default;
};

// A runner who has given birth, for the planner's postpartum rules (docs/planning.md, "Life stages").
// An extension of contract §3.1:
// `"postpartum": {"weeks_since_birth": 10, "pelvic_floor_symptoms": false, "cleared_for_impact": false}`.
struct Postpartum {
  int weeks_since_birth = 0;           // 0 to 520, as of the plan's start; Stride does not age it
  bool pelvic_floor_symptoms = false;  // leaking, heaviness, pain or doming of the tummy
  bool cleared_for_impact = false;     // a pelvic-health physiotherapist or doctor has cleared running and jumping

  friend bool operator==(const Postpartum&, const Postpartum&) = default;
};

// A runner's profile (contract §3.1).
struct Athlete {
  std::string name;
  Sex sex = Sex::Unspecified;
  std::optional<int> birth_year;
  std::optional<Kilograms> body_mass;
  RunningBackground running;
  StrengthExperience strength_experience = StrengthExperience::None;
  Goal goal;
  std::vector<Injury> injuries;
  std::set<Equipment> equipment;  // bodyweight is always available and not listed
  Availability availability;
  HeartRates heart_rate;
  std::optional<Postpartum> postpartum;  // absent: not postpartum

  // Regions with an injury that is current or still recovering.
  [[nodiscard]] std::set<InjuryRegion> active_injury_regions() const;

  friend bool operator==(const Athlete&, const Athlete&) = default;
};

// The region in words for people: "knee", "lower back", "Achilles/calf".
[[nodiscard]] std::string injury_region_words(InjuryRegion region);

// A body part with its side: "left knee", "right Achilles/calf", "lower back (both sides)", or the
// part alone for Side::None.
[[nodiscard]] std::string with_side(std::string part, Side side);

}  // namespace stride::core
