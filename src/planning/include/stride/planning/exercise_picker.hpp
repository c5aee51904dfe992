#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/small_vector.hpp>

#include "stride/core/exercise_library.hpp"
#include "stride/core/vocabulary.hpp"
#include "stride/planning/training_profile.hpp"

namespace stride::planning {

// Exercises of one library, such as those a session has chosen so far: one flag per position in
// the library, so that a look-up compares no strings. Holds only exercises of that library.
class ExerciseSet {
 public:
  explicit ExerciseSet(const core::ExerciseLibrary& library);

  // `exercise` must be an element of the library's all().
  [[nodiscard]] bool contains(const core::Exercise& exercise) const;
  // False for an id the library does not hold.
  [[nodiscard]] bool contains(std::string_view id) const;
  void insert(const core::Exercise& exercise);
  // Does nothing for an id the library does not hold (no such exercise can be chosen).
  void insert(std::string_view id);
  // The same exercises of the same library.
  friend bool operator==(const ExerciseSet& a, const ExerciseSet& b) {
    return a.m_library == b.m_library && a.m_words == b.m_words;
  }
  // Adds the exercises of `other`, a set of the same library.
  void insert_all(const ExerciseSet& other) {
    for (std::size_t word = 0; word < m_words.size(); ++word) m_words[word] |= other.m_words[word];
  }
  // The exercises of this set that `other`, a set of the same library, holds too.
  [[nodiscard]] ExerciseSet common_with(const ExerciseSet& other) const {
    ExerciseSet common = *this;
    for (std::size_t word = 0; word < common.m_words.size(); ++word) common.m_words[word] &= other.m_words[word];
    return common;
  }
  // Every exercise of the library for which `wanted` returns true.
  template <class Predicate>
  void insert_if(Predicate wanted) {
    const auto& all = m_library->all();
    for (std::size_t position = 0; position < all.size(); ++position) {
      if (wanted(all[position])) set(position);
    }
  }

 private:
  [[nodiscard]] std::size_t position_of(const core::Exercise& exercise) const;
  void set(std::size_t position) { m_words[position / 64] |= std::uint64_t{1} << (position % 64); }

  const core::ExerciseLibrary* m_library;
  // One bit per position in the library, 64 to a word (a session copies sets of the warm-up it
  // opens with: a few words, where std::vector<bool> copied bit by bit). Held in the set itself
  // for a library of up to kInlineWords × 64 exercises, so that making or copying one allocates
  // nothing (the shipped library has 289).
  static constexpr std::size_t kInlineWords = 8;
  boost::container::small_vector<std::uint64_t, kInlineWords> m_words;
};

// A slot's few patterns and tags, held in the request itself.
using SlotPatterns = boost::container::small_vector<core::Pattern, 4>;
using SlotTags = boost::container::small_vector<core::ExerciseTag, 4>;

// What a slot of a session wants from the library.
struct SlotRequest {
  SlotPatterns patterns;  // in order of preference
  bool prefer_unilateral = true;
  bool prefer_loaded = false;           // free weights or a cable, when the runner has them
  SlotTags prefer_tags;
  int target_level = 2;
  bool reps_only = false;               // dosed in reps (not holds or contacts)
  bool explosive_only = false;          // tagged explosive, or a plyometric
  bool allow_explosive = false;         // heavy slots leave explosive moves to the contrast partner
  bool allow_total_body = true;
  core::Impact maximum_impact = core::Impact::High;
  SlotTags avoid_tags;                        // never an exercise with one of these tags
  bool unilateral_only = false;               // one-leg (or one-arm) exercises only
  bool loaded_only = false;                   // free weights or a cable only
};

// Chooses exercises a runner can do safely: doable with their equipment, not at a level above
// their experience, not avoided for a current or recovering injury, for a lower-limb injury no
// impact while it is current and nothing above low impact while it is recovering, no impact and
// no plyometric while a postpartum runner's impact is not cleared, and with a current knee
// injury no knee-dominant lift (squat, lunge, single-leg squat or step-up patterns).
class ExercisePicker {
 public:
  ExercisePicker(const core::ExerciseLibrary& library, const TrainingProfile& profile);

  [[nodiscard]] bool usable(const core::Exercise& exercise) const;

  // The usable exercise with this id, or nullptr.
  [[nodiscard]] const core::Exercise* usable_by_id(std::string_view id) const;
  // usable_by_id() of an entry of the library, without looking up its id; one of another library
  // is looked up by id.
  [[nodiscard]] const core::Exercise* usable_entry(const core::Exercise& exercise) const;

  // The exercise with this id when it may be prescribed as pain-monitored rehabilitation loading
  // of an injury of `region`: as `usable`, except that the knee-dominant patterns a current knee
  // injury rules out are allowed (isometric squats are knee rehab) and that avoiding `region`
  // does not apply (the rehab loads it on purpose).
  [[nodiscard]] const core::Exercise* usable_for_rehab(std::string_view id, core::InjuryRegion region) const;

  // The best usable exercise for `slot` not in `used`, or nullptr. Scores pattern preference,
  // sidedness, load, tags and closeness to the target level; ties go to library order.
  [[nodiscard]] const core::Exercise* pick(const SlotRequest& slot, const ExerciseSet& used) const;

  // The first usable id of `ids` not in `used`, or nullptr.
  [[nodiscard]] const core::Exercise* first_usable(const std::vector<std::string>& ids,
                                                   const ExerciseSet& used) const;

  [[nodiscard]] const core::ExerciseLibrary& library() const { return *m_library; }
  [[nodiscard]] const TrainingProfile& profile() const { return *m_profile; }

 private:
  const core::ExerciseLibrary* m_library;
  const TrainingProfile* m_profile;
  bool m_has_weights = false;  // some loaded exercise is doable with the runner's equipment
  // What the profile rules out, read once: a bit per InjuryRegion current or recovering, and
  // whether a lower-limb injury is current, or current or recovering.
  unsigned m_injured_regions = 0;
  bool m_lower_limb_current = false;
  bool m_lower_limb_active = false;
  // What pick() asks of each exercise, worked out once per position in the library's all(): the
  // exercise's tags as bits (tag_bit), usable(), and is_loaded().
  struct Traits {
    unsigned tags = 0;
    bool usable = false;
    bool loaded = false;
  };
  std::vector<Traits> m_traits;
  // The usable exercises of each pattern, in library order, with what pick() reads of them side by
  // side (pick() scans them for every slot; the exercises themselves lie far apart).
  struct Candidate {
    const core::Exercise* exercise;
    unsigned tags;  // tag_bit of each tag
    int level;
    core::Impact impact;
    bool reps;  // measured in reps
    bool unilateral;
    bool loaded;
  };
  std::array<std::vector<Candidate>, core::EnumNames<core::Pattern>::names.size()> m_candidates;
  [[nodiscard]] static unsigned tag_bit(core::ExerciseTag tag) { return 1U << static_cast<unsigned>(tag); }
  static_assert(static_cast<unsigned>(core::ExerciseTag::Breathing) < 32, "every tag has a bit of Traits::tags");
  // usable() and its part apart from the knee, with whether the runner's equipment does the
  // exercise already known (the constructor reads it from the library's bits).
  [[nodiscard]] bool usable(const core::Exercise& exercise, bool doable) const;
  [[nodiscard]] bool usable_apart_from_knee(const core::Exercise& exercise, bool doable,
                                            std::optional<core::InjuryRegion> loaded_on_purpose = std::nullopt) const;
};

// True for the squat, lunge, single-leg and step-up patterns: the lifts that load the knee most.
[[nodiscard]] bool is_knee_dominant(core::Pattern pattern);

// True when the exercise raises the heel against the calf: a calf raise, or a foot and ankle drill
// that works the calf muscles (a calf raise with a big-toe press, toe walking).
[[nodiscard]] bool raises_the_heel(const core::Exercise& exercise);

// True when the exercise is loaded with free weights or a cable.
[[nodiscard]] bool is_loaded(const core::Exercise& exercise);
// is_loaded() of an exercise that needs `needed` (ExerciseLibrary::equipment_needed).
[[nodiscard]] bool is_loaded(core::EquipmentBits needed);

}  // namespace stride::planning
