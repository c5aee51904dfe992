#pragma once

#include <string>
#include <vector>

#include "stride/core/assessment.hpp"
#include "stride/core/error.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/muscles.hpp"

namespace stride::core {

struct MuscleImbalance {
  std::vector<std::string> overactive;
  std::vector<std::string> underactive;

  friend bool operator==(const MuscleImbalance&, const MuscleImbalance&) = default;
};

// One row of a compensation → probable overactive/underactive muscles table. `same_side` applies
// to the side the compensation was seen on; `opposite_side` (used by the asymmetric weight
// shift) to the other one. `integrate` lists total-body exercises that challenge the fault, most
// preferred first.
struct CompensationRule {
  MovementTest test = MovementTest::OverheadSquat;
  Compensation compensation = Compensation::FeetTurnOut;
  MuscleImbalance same_side;
  MuscleImbalance opposite_side;
  std::vector<std::string> integrate;
  std::string source;
  std::string evidence;

  friend bool operator==(const CompensationRule&, const CompensationRule&) = default;
};

// How a compensation reads to a runner.
struct CompensationWording {
  MovementTest test = MovementTest::OverheadSquat;
  Compensation compensation = Compensation::FeetTurnOut;
  std::string title;  // "Knees cave in"
  std::string seen;   // "your knees moved inward as you squatted"

  friend bool operator==(const CompensationWording&, const CompensationWording&) = default;
};

// A versioned compensation table (science.md §1.2): which edition it follows and its sources.
class CompensationTable {
 public:
  struct Header {
    std::string id;       // "nasm_cpt_6th"
    std::string title;    // "NASM CPT 4th-6th edition, Table 7.6 (+ CES rows)"
    int version = 1;
    std::vector<std::string> sources;

    friend bool operator==(const Header&, const Header&) = default;
  };

  // Validates the rows: every muscle is in `muscles`, every integrate id is in `library`, no
  // (test, compensation) pair repeats, every recordable compensation has a row and wording.
  [[nodiscard]] static Result<CompensationTable> create(Header header, std::vector<CompensationRule> rules,
                                                        std::vector<CompensationWording> wording,
                                                        const MuscleVocabulary& muscles,
                                                        const ExerciseLibrary& library);

  [[nodiscard]] const Header& header() const { return m_header; }
  [[nodiscard]] const std::vector<CompensationRule>& rules() const { return m_rules; }

  // The rule for (test, compensation); every recordable pair has one once created.
  [[nodiscard]] const CompensationRule& rule(MovementTest test, Compensation compensation) const;
  [[nodiscard]] const CompensationWording& wording(MovementTest test, Compensation compensation) const;
  // Every wording row create() was given, in its order.
  [[nodiscard]] const std::vector<CompensationWording>& wording_rows() const { return m_wording; }

  friend bool operator==(const CompensationTable&, const CompensationTable&) = default;

 private:
  Header m_header;
  std::vector<CompensationRule> m_rules;
  std::vector<CompensationWording> m_wording;
};

}  // namespace stride::core
