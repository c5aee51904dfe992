#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "stride/core/assessment.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/error.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/plan_change.hpp"
#include "stride/core/running_calendar.hpp"

// Text forms of domain values for storage. The athlete, assessment and running-calendar encoders
// write the contract's input files (§3.1, §3.3, §3.2), so a stored document is one the user could
// have written and the existing input decoders read it back. The plan codec is Stride's own
// lossless format ("stride.stored_plan.v1"): every field of a Plan, including those the contract's
// plan output leaves out (load_kg, targets, durations, week focus).
//
// Encoders never throw: text that is not valid UTF-8 is replaced with U+FFFD, so a caller that
// needs the exact value back compares the decoded value with the original. All functions are
// pure and safe to call from any thread.
namespace stride::documents {

// The athlete as a contract §3.1 file; decode_athlete reads back an equal Athlete whenever the
// athlete is valid input (names trimmed, values within the contract's ranges).
[[nodiscard]] std::string encode_athlete_document(const core::Athlete& athlete);

// The assessment as a contract §3.3 file, compensations in contract order with their sides;
// decode_assessment reads back an equal Assessment when the observations are in contract order,
// one per compensation, none with side None and none for the balance test.
[[nodiscard]] std::string encode_assessment_document(const core::Assessment& assessment);

// The calendar as a contract §3.2 file (all seven template days, dated runs by date);
// decode_running_calendar reads back an equal RunningCalendar for any valid calendar.
[[nodiscard]] std::string encode_running_calendar_document(const core::RunningCalendar& calendar);

// The stored forms of the athlete, assessment and running calendar: the contract file of the
// encoders above inside an envelope that names its schema and version, for example
// {"schema":"stride.stored_athlete.v1","athlete":{...}}, so a stored row says which shape it holds
// and a later Stride can migrate it as it migrates plans. The decoders require the envelope with
// its schema and read the inside with the input decoders (decode_athlete_as_stored for the
// athlete); every failure is Corrupt naming `source`.
[[nodiscard]] std::string encode_stored_athlete(const core::Athlete& athlete);
[[nodiscard]] std::string encode_stored_assessment(const core::Assessment& assessment);
[[nodiscard]] std::string encode_stored_running_calendar(const core::RunningCalendar& calendar);
[[nodiscard]] core::Result<core::Athlete> decode_stored_athlete(std::string_view text, std::string source);
[[nodiscard]] core::Result<core::Assessment> decode_stored_assessment(std::string_view text, std::string source);
[[nodiscard]] core::Result<core::RunningCalendar> decode_stored_running_calendar(std::string_view text,
                                                                               std::string source);

// The whole plan as a "stride.stored_plan.v1" document. Doubles are written in their shortest
// round-trip form, so decoding gives back exactly the same values.
[[nodiscard]] std::string encode_plan_document(const core::Plan& plan);

// What a store keeps of a plan: the whole plan's document and one "stride.stored_plan_day.v1"
// document per day (the plan's days, then the after-race week's), as encode_plan_document and
// encode_plan_day_document write them, from one encoding of each day.
struct PlanDocuments {
  std::string plan;
  std::vector<std::string> days;
};

// The plan's documents, or InvalidInput saying what would not read back unchanged: a number that
// is not finite, a date outside the years 1 to 9999 or a text that is not UTF-8. Every document
// it returns decodes to exactly the plan and days it was given.
[[nodiscard]] core::Result<PlanDocuments> encode_plan_documents(const core::Plan& plan);

// Reads a document written by encode_plan_document. Fails with Corrupt naming `source` and the
// problem when the text is not such a document (malformed JSON, a missing field, a wrong type, an
// unknown enum value or date); never throws.
[[nodiscard]] core::Result<core::Plan> decode_plan_document(std::string_view text, std::string source);

// The outline (core::outline_of) of the plan a document written by encode_plan_document holds,
// read without its days, notes and warnings: of those only the brackets and the strings' ends are
// read (json_tree_filter.hpp). What it reads fails as decode_plan_document fails, with the same
// error, and so does text whose brackets do not match; damage inside the days is seen only by the
// readers of the days.
[[nodiscard]] core::Result<core::PlanOutline> decode_plan_outline_document(std::string_view text,
                                                                          std::string source);

// One plan day as a "stride.stored_plan_day.v1" document, and back, with the same guarantees.
[[nodiscard]] std::string encode_plan_day_document(const core::PlanDay& day);
[[nodiscard]] core::Result<core::PlanDay> decode_plan_day_document(std::string_view text, std::string source);

// A change to a plan as a "stride.stored_plan_change.v1" document, and back, with the same
// guarantees as the plan's.
[[nodiscard]] std::string encode_plan_change_document(const core::PlanChange& change);
[[nodiscard]] core::Result<core::PlanChange> decode_plan_change_document(std::string_view text, std::string source);

}  // namespace stride::documents
