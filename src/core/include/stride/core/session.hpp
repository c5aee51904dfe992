#pragma once

#include <optional>
#include <string>
#include <vector>

#include "stride/core/shared_string.hpp"
#include "stride/core/shared_strings.hpp"
#include "stride/core/units.hpp"
#include "stride/core/vocabulary.hpp"

namespace stride::core {

// One prescribed exercise (contract §4.3 `item`). Exactly one of reps, hold_seconds and
// contacts is set. `per_side` means the dose applies to each side; `side_first` and
// `extra_sets_side` serve left/right imbalances. Its strings are shared by its copies: a copy
// costs no copy of an id or a reason.
struct Prescription {
  SharedString exercise;
  Role role = Role::Activate;
  int sets = 1;
  std::optional<int> reps;
  std::optional<int> hold_seconds;
  std::optional<int> contacts;
  bool per_side = false;
  std::optional<Side> side_first;
  std::optional<Side> extra_sets_side;
  std::optional<std::string> tempo;  // eccentric-pause-concentric seconds, e.g. "4-2-1"
  std::optional<double> rpe;
  std::optional<double> pct_1rm;
  std::optional<double> load_kg;  // the load to lift, set from the runner's logged sets
  int rest_seconds = 0;
  std::optional<SharedString> pair_with;
  SharedString why;
  SharedStrings targets;              // the muscles this item is there for
  Seconds duration{0};               // the honest time estimate, rests and set-up included

  friend bool operator==(const Prescription&, const Prescription&) = default;
};

struct Block {
  std::string name;
  int rounds = 1;
  std::vector<Prescription> items;

  friend bool operator==(const Block&, const Block&) = default;
};

}  // namespace stride::core
