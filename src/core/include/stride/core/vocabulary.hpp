#pragma once

#include <array>
#include <string_view>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"

// The enumerations of the data contract (shared/spec/contract.md), with their fixed spellings.
namespace stride::core {

enum class Side { None, Left, Right, Both };

enum class Sex { Female, Male, Unspecified };

enum class Surface { Road, Trail, Track, Mixed };

enum class StrengthExperience { None, Beginner, Intermediate, Advanced };

enum class Event { FiveK, TenK, HalfMarathon, Marathon, Ultra, General };

enum class InjuryRegion { Foot, Ankle, AchillesCalf, Shin, Knee, Hip, Hamstring, LowerBack, Other };

enum class InjuryStatus { Current, Recovering, Past };

enum class Equipment {
  Dumbbells, Kettlebell, Barbell, SquatRack, Bench, Box, Step, ResistanceBand, Miniband,
  FoamRoller, MassageBall, Cable, MedicineBall, PullUpBar, SuspensionTrainer, Slider,
};

enum class Pattern {
  Squat, Hinge, Lunge, SingleLeg, StepUp, Calf, FootAnkle, Push, Pull, CoreAntiExtension,
  CoreAntiRotation, CoreLateral, CoreFlexion, Carry, Plyometric, Smr, StaticStretch,
  DynamicMobility, Activation, Balance,
};

enum class Impact { None, Low, Moderate, High };

// How one set of an exercise is dosed.
enum class Measure { Reps, HoldSeconds, Contacts };

enum class ExerciseTag { Isometric, Eccentric, Explosive, Landing, TotalBody, Tendon, Downhill, Breathing };

enum class Role {
  Inhibit, Lengthen, Activate, Integrate, Mobility, Strength, Power, Plyometric, Core, Balance, CoolDown, Rehab,
};

// A day of the running calendar (contract §3.2). Workout, long and race are the key runs.
enum class RunType { Rest, Easy, Recovery, Workout, Long, Race, Cross };

// A phase of the season (contract §4.3).
enum class PhaseName { Stabilization, Strength, Power, Maintenance, Taper, Recovery };

enum class SessionKind { Strength, Corrective, Mobility, Recovery };

enum class Intensity { Light, Moderate, Heavy };

template <>
struct EnumNames<Side> {
  static constexpr std::array<std::string_view, 4> names{"none", "left", "right", "both"};
};
template <>
struct EnumNames<Sex> {
  static constexpr std::array<std::string_view, 3> names{"female", "male", "unspecified"};
};
template <>
struct EnumNames<Surface> {
  static constexpr std::array<std::string_view, 4> names{"road", "trail", "track", "mixed"};
};
template <>
struct EnumNames<StrengthExperience> {
  static constexpr std::array<std::string_view, 4> names{"none", "beginner", "intermediate", "advanced"};
};
template <>
struct EnumNames<Event> {
  static constexpr std::array<std::string_view, 6> names{"5k",       "10k",   "half_marathon",
                                                          "marathon", "ultra", "general"};
};
template <>
struct EnumNames<InjuryRegion> {
  static constexpr std::array<std::string_view, 9> names{
      "foot", "ankle", "achilles_calf", "shin", "knee", "hip", "hamstring", "lower_back", "other"};
};
template <>
struct EnumNames<InjuryStatus> {
  static constexpr std::array<std::string_view, 3> names{"current", "recovering", "past"};
};
template <>
struct EnumNames<Equipment> {
  static constexpr std::array<std::string_view, 16> names{
      "dumbbells", "kettlebell",  "barbell", "squat_rack",    "bench",        "box",
      "step",      "resistance_band", "miniband", "foam_roller", "massage_ball", "cable",
      "medicine_ball", "pull_up_bar", "suspension_trainer", "slider"};
};
template <>
struct EnumNames<Pattern> {
  static constexpr std::array<std::string_view, 20> names{
      "squat",          "hinge",          "lunge",
      "single_leg",     "step_up",        "calf",
      "foot_ankle",     "push",           "pull",
      "core_anti_extension", "core_anti_rotation", "core_lateral",
      "core_flexion",   "carry",          "plyometric",
      "smr",            "static_stretch", "dynamic_mobility",
      "activation",     "balance"};
};
template <>
struct EnumNames<Impact> {
  static constexpr std::array<std::string_view, 4> names{"none", "low", "moderate", "high"};
};
template <>
struct EnumNames<Measure> {
  static constexpr std::array<std::string_view, 3> names{"reps", "hold_s", "contacts"};
};
template <>
struct EnumNames<ExerciseTag> {
  static constexpr std::array<std::string_view, 8> names{
      "isometric", "eccentric", "explosive", "landing", "total_body", "tendon", "downhill", "breathing"};
};
template <>
struct EnumNames<Role> {
  static constexpr std::array<std::string_view, 12> names{
      "inhibit", "lengthen", "activate", "integrate", "mobility", "strength",
      "power",   "plyometric", "core",   "balance",   "cool_down", "rehab"};
};
template <>
struct EnumNames<RunType> {
  static constexpr std::array<std::string_view, 7> names{"rest", "easy", "recovery", "workout", "long", "race", "cross"};
};
template <>
struct EnumNames<PhaseName> {
  static constexpr std::array<std::string_view, 6> names{"stabilization", "strength",  "power",
                                                          "maintenance",   "taper",     "recovery"};
};
template <>
struct EnumNames<SessionKind> {
  static constexpr std::array<std::string_view, 4> names{"strength", "corrective", "mobility", "recovery"};
};
template <>
struct EnumNames<Intensity> {
  static constexpr std::array<std::string_view, 3> names{"light", "moderate", "heavy"};
};
template <>
struct EnumNames<Weekday> {
  static constexpr std::array<std::string_view, 7> names{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
};

static_assert(EnumNames<Equipment>::names.size() == static_cast<std::size_t>(Equipment::Slider) + 1);
static_assert(EnumNames<Pattern>::names.size() == static_cast<std::size_t>(Pattern::Balance) + 1);
static_assert(EnumNames<Role>::names.size() == static_cast<std::size_t>(Role::Rehab) + 1);
static_assert(EnumNames<InjuryRegion>::names.size() == static_cast<std::size_t>(InjuryRegion::Other) + 1);
static_assert(EnumNames<ExerciseTag>::names.size() == static_cast<std::size_t>(ExerciseTag::Breathing) + 1);
static_assert(EnumNames<RunType>::names.size() == static_cast<std::size_t>(RunType::Cross) + 1);
static_assert(EnumNames<PhaseName>::names.size() == static_cast<std::size_t>(PhaseName::Recovery) + 1);
static_assert(EnumNames<SessionKind>::names.size() == static_cast<std::size_t>(SessionKind::Recovery) + 1);
static_assert(EnumNames<Intensity>::names.size() == static_cast<std::size_t>(Intensity::Heavy) + 1);
static_assert(EnumNames<Weekday>::names.size() == static_cast<std::size_t>(Weekday::Sunday) + 1);

}  // namespace stride::core
