// The document codecs of stride::json used by storage: contract documents read back equal through
// the input decoders, the stored-plan codec is lossless, and damaged stored text fails cleanly.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

#include "planning/assessment_generator.hpp"
#include "report/sample_plan.hpp"
#include "store_test_support.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::documents {
namespace {

using core::ErrorCode;

template <class E>
E any_of_enum() {
  const auto values = core::enum_values<E>();
  return values[static_cast<std::size_t>(*rc::gen::inRange<int>(0, static_cast<int>(values.size())))];
}

// A number with up to two decimals within [low, high]: the kind of value people type.
double any_decimal(int low, int high) { return *rc::gen::inRange(low * 100, high * 100 + 1) / 100.0; }

core::Athlete random_athlete() {
  core::Athlete athlete;
  athlete.name = *rc::gen::element<std::string>("Ana", "Zoë O'Neil", "李雷", "R", "Runner \"Quote\" \\ Slash");
  athlete.sex = any_of_enum<core::Sex>();
  if (*rc::gen::arbitrary<bool>()) athlete.birth_year = *rc::gen::inRange(1900, 2101);
  if (*rc::gen::arbitrary<bool>()) athlete.body_mass = core::Kilograms(any_decimal(20, 300));
  athlete.running.experience = core::Years(any_decimal(0, 80));
  athlete.running.weekly_distance = core::Kilometres(any_decimal(0, 400));
  if (*rc::gen::arbitrary<bool>()) athlete.running.longest_run = core::Kilometres(any_decimal(0, 400));
  athlete.running.surface = any_of_enum<core::Surface>();
  athlete.strength_experience = any_of_enum<core::StrengthExperience>();
  athlete.goal.event = any_of_enum<core::Event>();
  const auto race_day = core::add_days(testing::day_of(2026, 1, 1), *rc::gen::inRange(0, 2000));
  if (athlete.goal.event != core::Event::General || *rc::gen::arbitrary<bool>()) athlete.goal.race_date = race_day;
  if (*rc::gen::arbitrary<bool>()) athlete.goal.target_time = *rc::gen::element<std::string>("1:45:00", "25:30", "3:59:59");
  const int injuries = *rc::gen::inRange(0, 4);
  for (int index = 0; index < injuries; ++index) {
    core::Injury injury{any_of_enum<core::InjuryRegion>(),
                        *rc::gen::element(core::Side::Left, core::Side::Right, core::Side::Both),
                        any_of_enum<core::InjuryStatus>(), std::nullopt};
    if (*rc::gen::arbitrary<bool>()) injury.date = core::add_days(testing::day_of(2020, 1, 1), *rc::gen::inRange(0, 2000));
    athlete.injuries.push_back(injury);
  }
  for (auto item : core::enum_values<core::Equipment>()) {
    if (*rc::gen::arbitrary<bool>()) athlete.equipment.insert(item);
  }
  athlete.availability.strength_sessions_per_week = *rc::gen::inRange(1, 5);
  athlete.availability.session_minutes = core::Minutes(*rc::gen::inRange(15, 91));
  for (auto day : core::enum_values<core::Weekday>()) {
    if (*rc::gen::inRange(0, 3) == 0) athlete.availability.days.insert(day);
  }
  if (*rc::gen::arbitrary<bool>()) {
    athlete.postpartum = core::Postpartum{*rc::gen::inRange(0, 521), *rc::gen::arbitrary<bool>(),
                                          *rc::gen::arbitrary<bool>()};
  }
  return athlete;
}

RC_GTEST_PROP(DocumentCodecs, AnyValidAthleteReadsBackEqual, ()) {
  const core::Athlete athlete = random_athlete();
  const auto decoded = decode_athlete(encode_athlete_document(athlete), "stored");
  RC_ASSERT(decoded.has_value());
  RC_ASSERT(*decoded == athlete);
}

RC_GTEST_PROP(DocumentCodecs, AnyValidAssessmentReadsBackEqual, ()) {
  core::Assessment assessment = testing::random_assessment();
  if (*rc::gen::arbitrary<bool>()) assessment.date = core::add_days(testing::day_of(2026, 1, 1), *rc::gen::inRange(0, 900));
  const auto decoded = decode_assessment(encode_assessment_document(assessment), "stored");
  RC_ASSERT(decoded.has_value());
  RC_ASSERT(*decoded == assessment);
}

TEST(DocumentCodecs, InputFilesReadBackEqual) {
  for (const auto& file : testing::athlete_files()) {
    const auto athlete = testing::load_athlete(file);
    EXPECT_EQ(decode_athlete(encode_athlete_document(athlete), file), athlete) << file;
  }
  for (const char* file : {"examples/assessment.json", "tests/golden/inputs/assessment_calves.json",
                           "tests/golden/inputs/assessment_clean.json",
                           "tests/golden/inputs/assessment_everything.json"}) {
    const auto assessment = testing::load_assessment(file);
    EXPECT_EQ(decode_assessment(encode_assessment_document(assessment), file), assessment) << file;
  }
  for (const char* file : {"examples/runs.json", "tests/golden/inputs/runs_trail.json",
                           "tests/golden/inputs/runs_typical.json"}) {
    const auto calendar = testing::load_calendar(file);
    EXPECT_EQ(decode_running_calendar(encode_running_calendar_document(calendar), file), calendar) << file;
  }
}

TEST(DocumentCodecs, CalendarKeepsDistancesDurationsAndNotes) {
  core::RunningCalendar calendar;
  calendar.weekly_template[5] = testing::make_run(core::RunType::Long, 18.25, 95, "hilly loop");
  calendar.weekly_template[2] = testing::make_run(core::RunType::Easy, std::nullopt, 40);
  calendar.dated_runs[testing::day_of(2027, 2, 14)] = testing::make_run(core::RunType::Race, 10, std::nullopt, "10K");
  calendar.dated_runs[testing::day_of(2027, 1, 3)] = testing::make_run(core::RunType::Rest);
  EXPECT_EQ(decode_running_calendar(encode_running_calendar_document(calendar), "stored"), calendar);
}

TEST(DocumentCodecs, StoredPlansAreLossless) {
  core::Plan plan = testing::sample_plan();
  auto& item = plan.days[2].sessions[0].blocks[1].items[0];
  item.load_kg = 0.1 + 0.2;  // not 0.3: the shortest form that reads back exactly
  item.rpe = 7.000000000000001;
  item.targets = {"glute_max", "quadriceps"};
  item.duration = core::Seconds(754);
  plan.days[3].run = testing::make_run(core::RunType::Easy, 1.0 / 3.0, 41, "ünïcode ✓");
  const auto decoded = decode_plan_document(encode_plan_document(plan), "stored");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_EQ(*decoded, plan);
  EXPECT_EQ(*decoded->days[2].sessions[0].blocks[1].items[0].load_kg, 0.1 + 0.2);

  const core::Plan real = testing::example_plan(testing::day_of(2026, 11, 23));
  EXPECT_EQ(decode_plan_document(encode_plan_document(real), "stored"), real);
  for (const auto& day : real.days) {
    ASSERT_EQ(decode_plan_day_document(encode_plan_day_document(day), "stored"), day);
  }
}

// A store's documents of a plan: the whole plan is the compact text of its own JSON tree (the days
// spliced in add nothing and lose nothing), and it and every day's document decode to the plan and
// its days, in order: the plan's days, then the after-race week's.
TEST(DocumentCodecs, StoredPlanDocumentsAreOneEncodingOfThePlanAndItsDays) {
  core::Plan with_season = testing::sample_plan();
  with_season.season_start = testing::day_of(2026, 10, 5);
  core::Plan without_after_race = testing::sample_plan();
  without_after_race.after_race.reset();
  for (const core::Plan& plan : {with_season, without_after_race, testing::example_plan(testing::day_of(2026, 11, 23))}) {
    const auto documents = encode_plan_documents(plan);
    ASSERT_TRUE(documents) << documents.error().describe();
    EXPECT_EQ(documents->plan, nlohmann::ordered_json::parse(documents->plan).dump());
    EXPECT_EQ(documents->plan, encode_plan_document(plan));
    EXPECT_EQ(decode_plan_document(documents->plan, "stored"), plan);
    std::vector<core::PlanDay> days = plan.days;
    if (plan.after_race) days.insert(days.end(), plan.after_race->days.begin(), plan.after_race->days.end());
    ASSERT_EQ(documents->days.size(), days.size());
    for (std::size_t index = 0; index < days.size(); ++index) {
      EXPECT_EQ(documents->days[index], encode_plan_day_document(days[index]));
      ASSERT_EQ(decode_plan_day_document(documents->days[index], "stored"), days[index]) << "day " << index;
    }
  }
}

// A plan whose texts are any bytes and whose numbers are any doubles: its documents are what
// nlohmann's tree of them dumps to and read back equal, or it is refused for a text that is not
// UTF-8 or a number that is not finite, and only then.
RC_GTEST_PROP(DocumentCodecs, AnyPlanIsStoredAsItsTreeDumpsOrRefused, ()) {
  const auto any_text = [] {
    return *rc::gen::oneOf(rc::gen::arbitrary<std::string>(),
                           rc::gen::element<std::string>("plain", "quote \" back \\ tab \t nl \n", "\x7F del",
                                                         "\x01\x1F controls", "ünïcode ✓ 😀", "\u2066bidi\u2069"));
  };
  const auto any_number = [] {
    return *rc::gen::oneOf(rc::gen::arbitrary<double>(), rc::gen::element(0.1 + 0.2, 1e300, -0.0, 5e-324, 7.5),
                           rc::gen::just(std::numeric_limits<double>::quiet_NaN()));
  };
  core::Plan plan = testing::sample_plan();
  plan.athlete = any_text();
  plan.weeks[0].focus = any_text();
  plan.notes.push_back(any_text());
  auto& item = plan.days[2].sessions[0].blocks[1].items[0];
  item.why = any_text();
  item.targets = {any_text(), any_text()};
  item.pair_with = any_text();
  item.rpe = any_number();
  item.load_kg = any_number();
  plan.days[3].run = testing::make_run(core::RunType::Easy, any_number(), 40, any_text());
  const auto valid_text = [](const std::string& text) {
    try {
      static_cast<void>(nlohmann::json(text).dump());
      return true;
    } catch (const nlohmann::json::type_error&) {
      return false;
    }
  };
  const bool texts_valid = std::ranges::all_of(
      std::vector<std::string>{plan.athlete, plan.weeks[0].focus, plan.notes.back(), item.why, item.targets[0],
                               item.targets[1], *item.pair_with, *plan.days[3].run->note},
      valid_text);
  const bool numbers_finite =
      std::isfinite(*item.rpe) && std::isfinite(*item.load_kg) && std::isfinite(plan.days[3].run->distance->value());
  const auto documents = encode_plan_documents(plan);
  RC_ASSERT(documents.has_value() == (texts_valid && numbers_finite));
  if (!documents) {
    RC_ASSERT(documents.error().code == ErrorCode::InvalidInput);
    return;
  }
  RC_ASSERT(documents->plan == nlohmann::ordered_json::parse(documents->plan).dump());
  const auto decoded = decode_plan_document(documents->plan, "stored");
  RC_ASSERT(decoded.has_value());
  RC_ASSERT(*decoded == plan);
  for (const auto& day : documents->days) RC_ASSERT(day == nlohmann::ordered_json::parse(day).dump());
}

// A plan with a value JSON cannot carry is refused, naming what; the unchecked encoding of the same
// plan does not read back equal, which is why the store asks for the checked one.
TEST(DocumentCodecs, APlanThatWouldNotReadBackIsRefused) {
  const auto with = [](auto change) {
    core::Plan plan = testing::sample_plan();
    change(plan);
    return plan;
  };
  const auto item = [](core::Plan& plan) -> core::Prescription& { return plan.days[2].sessions[0].blocks[1].items[0]; };
  const struct {
    std::string name;
    core::Plan plan;
    std::string problem;
  } cases[] = {
      {"rpe NaN", with([&](core::Plan& plan) { item(plan).rpe = std::nan(""); }), "a number is not finite"},
      {"load infinite", with([&](core::Plan& plan) { item(plan).load_kg = HUGE_VAL; }), "a number is not finite"},
      {"share of maximum -inf", with([&](core::Plan& plan) { item(plan).pct_1rm = -HUGE_VAL; }), "a number is not finite"},
      {"run distance NaN",
       with([](core::Plan& plan) { plan.days[3].run = testing::make_run(core::RunType::Easy, std::nan(""), 40); }),
       "a number is not finite"},
      {"reason not UTF-8", with([&](core::Plan& plan) { item(plan).why = "heavy \xFF lift"; }), "a text is not UTF-8"},
      {"focus not UTF-8", with([](core::Plan& plan) { plan.weeks[0].focus = "\xC3"; }), "a text is not UTF-8"},
      {"after-race note not UTF-8",
       with([](core::Plan& plan) { plan.after_race->days[3].run->note = "easy\xE2\x82"; }), "a text is not UTF-8"},
      {"phase ends on 30 February",
       with([](core::Plan& plan) { plan.phases[0].end = core::Date{std::chrono::year{2027}, std::chrono::February, std::chrono::day{30}}; }),
       "a date is not a real date"},
      {"race in year 10000",
       with([](core::Plan& plan) { plan.race->date = core::Date{std::chrono::year{10000}, std::chrono::March, std::chrono::day{1}}; }),
       "a date is not a real date"},
  };
  for (const auto& entry : cases) {
    SCOPED_TRACE(entry.name);
    const auto documents = encode_plan_documents(entry.plan);
    ASSERT_FALSE(documents);
    EXPECT_EQ(documents.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(documents.error().message, entry.problem);
    const auto decoded = decode_plan_document(encode_plan_document(entry.plan), "stored");
    EXPECT_FALSE(decoded && *decoded == entry.plan);
  }
  EXPECT_TRUE(encode_plan_documents(testing::sample_plan()));
}

// Damaged plan text is Corrupt for the plan's decoder, and for its outline's: with the same error
// where the outline reads the damage, while damage inside the days, notes or warnings, which the
// outline does not read, leaves the outline of the undamaged text.
TEST(DocumentCodecs, DamagedStoredTextIsCorrupt) {
  const std::string good = encode_plan_document(testing::small_plan("p", testing::day_of(2026, 1, 1), 2));
  const auto replaced = [&](std::string_view from, std::string_view to) {
    auto text = good;
    text.replace(text.find(from), from.size(), to);
    return text;
  };
  enum class Outline { SameError, AnotherError, OfTheGoodText };
  const struct {
    std::string text;
    Outline outline;
  } damaged[] = {
      {"", Outline::SameError},
      {"{", Outline::SameError},
      {"null", Outline::SameError},
      {"[]", Outline::SameError},
      {R"({"schema": "stride.plan.v1"})", Outline::SameError},
      // The plan's decoder misses the athlete, the outline (which has none) the start.
      {R"({"schema": "stride.stored_plan.v1"})", Outline::AnotherError},
      {R"({"schema": "stride.stored_plan.v1", "athlete": "Ana"})", Outline::SameError},
      {good.substr(0, good.size() / 2), Outline::SameError},
      {good + "x", Outline::SameError},
      {std::string(100000, '[') + std::string(100000, ']'), Outline::SameError},
      {replaced("\"stabilization\"", "\"sideways\"     "), Outline::SameError},
      {replaced("2026-01-01", "2026-02-30"), Outline::SameError},
      {replaced("\"end\":", "\"ends\":"), Outline::SameError},
      {replaced("\"weeks\":[{", "\"weeks\":[3,{"), Outline::SameError},
      {replaced("\"deload\":false", "\"deload\":0"), Outline::SameError},
      {replaced("\"rounds\":1", "\"rounds\":\"1\""), Outline::OfTheGoodText},
      {replaced("\"sets\":1", "\"sets\":1e99"), Outline::OfTheGoodText},
      {replaced("\"notes\":", "\"notes\":7,\"was\":"), Outline::OfTheGoodText},
  };
  const auto good_outline = decode_plan_outline_document(good, "plans row 1");
  ASSERT_TRUE(good_outline) << good_outline.error().describe();
  for (const auto& [text, expected] : damaged) {
    SCOPED_TRACE(text.substr(0, 80));
    const auto decoded = decode_plan_document(text, "plans row 1");
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(decoded.error().source, "plans row 1");
    const auto outline = decode_plan_outline_document(text, "plans row 1");
    if (expected == Outline::OfTheGoodText) {
      ASSERT_TRUE(outline) << outline.error().describe();
      EXPECT_EQ(*outline, *good_outline);
      continue;
    }
    ASSERT_FALSE(outline);
    EXPECT_EQ(outline.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(outline.error().source, "plans row 1");
    if (expected == Outline::SameError) {
      EXPECT_EQ(outline.error().message, decoded.error().message);
    }
  }
  EXPECT_EQ(decode_plan_day_document(good, "day").error().code, ErrorCode::Corrupt);
  EXPECT_EQ(decode_plan_day_document("{\"schema\": \"stride.stored_plan_day.v1\", \"day\": 3}", "day").error().code,
            ErrorCode::Corrupt);
}

RC_GTEST_PROP(DocumentCodecs, AnyValidAthleteReadsBackEqualFromItsStoredForm, ()) {
  const core::Athlete athlete = random_athlete();
  const std::string stored = encode_stored_athlete(athlete);
  RC_ASSERT(stored.starts_with(R"({"schema":"stride.stored_athlete.v1","athlete":{)"));
  const auto decoded = decode_stored_athlete(stored, "athletes row 1");
  RC_ASSERT(decoded.has_value());
  RC_ASSERT(*decoded == athlete);
}

TEST(DocumentCodecs, StoredAssessmentsAndCalendarsNameTheirSchemaAndReadBackEqual) {
  const auto assessment = testing::load_assessment("tests/golden/inputs/assessment_everything.json");
  const std::string stored_assessment = encode_stored_assessment(assessment);
  EXPECT_TRUE(stored_assessment.starts_with(R"({"schema":"stride.stored_assessment.v1","assessment":{)"));
  EXPECT_EQ(decode_stored_assessment(stored_assessment, "assessments row 1"), assessment);
  const auto calendar = testing::load_calendar("examples/runs.json");
  const std::string stored_calendar = encode_stored_running_calendar(calendar);
  EXPECT_TRUE(stored_calendar.starts_with(R"({"schema":"stride.stored_running_calendar.v1","running_calendar":{)"));
  EXPECT_EQ(decode_stored_running_calendar(stored_calendar, "plans row 1"), calendar);
}

// A stored athlete keeps a name stored before names were checked; the input decoder refuses it.
TEST(DocumentCodecs, StoredAthleteKeepsItsNameAsStored) {
  core::Athlete athlete = testing::load_athlete("examples/athlete.json");
  athlete.name = "Ana\xE2\x80\xAEgpj";
  const auto decoded = decode_stored_athlete(encode_stored_athlete(athlete), "athletes row 1");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_EQ(decoded->name, athlete.name);
  EXPECT_FALSE(decode_athlete(encode_athlete_document(athlete), "athlete.json"));
}

TEST(DocumentCodecs, StoredDocumentsWithoutTheirEnvelopeOrSchemaAreCorrupt) {
  const core::Athlete athlete = testing::load_athlete("examples/athlete.json");
  const std::string bare = encode_athlete_document(athlete);
  const std::string good = encode_stored_athlete(athlete);
  const std::vector<std::string> damaged{
      "",
      "[]",
      bare,  // a row from before the schema was stored, which migration 4 wraps
      R"({"schema":"stride.stored_athlete.v2","athlete":)" + bare + "}",
      R"({"schema":"stride.stored_assessment.v1","athlete":)" + bare + "}",
      R"({"schema":"stride.stored_athlete.v1","profile":)" + bare + "}",
      R"({"schema":"stride.stored_athlete.v1","athlete":)" + bare + R"(,"extra":1})",
      R"({"schema":"stride.stored_athlete.v1","athlete":{"name":"Ana"}})",
      good.substr(0, good.size() - 1),
  };
  for (const auto& text : damaged) {
    const auto decoded = decode_stored_athlete(text, "athletes row 7");
    ASSERT_FALSE(decoded) << text.substr(0, 120);
    EXPECT_EQ(decoded.error().code, ErrorCode::Corrupt) << text.substr(0, 120);
    EXPECT_EQ(decoded.error().source, "athletes row 7");
  }
  const auto missing_field = decode_stored_athlete(R"({"schema":"stride.stored_athlete.v1","athlete":{"name":"Ana"}})", "row");
  EXPECT_NE(missing_field.error().message.find("the stored stride.stored_athlete.v1 document cannot be read: "),
            std::string::npos)
      << missing_field.error().message;
  EXPECT_FALSE(decode_stored_assessment(bare, "row"));
  EXPECT_FALSE(decode_stored_running_calendar(encode_running_calendar_document(core::RunningCalendar{}), "row"));
}

// Neither the plan's decoder nor its outline's crashes on damaged text; every failure is Corrupt,
// and wherever the whole plan reads back, its outline does and is the plan's outline.
TEST(DocumentCodecs, RandomlyDamagedPlansNeverCrashTheDecoder) {
  const std::string good = encode_plan_document(testing::sample_plan());
  std::mt19937 draw(7);
  int whole_read = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text = good;
    const int changes = 1 + static_cast<int>(draw() % 4);
    for (int change = 0; change < changes; ++change) {
      const std::size_t at = draw() % text.size();
      if (draw() % 2 == 0) {
        text[at] = static_cast<char>(draw() % 256);
      } else {
        text.erase(at, 1 + draw() % 20);
      }
      if (text.empty()) text = "{";
    }
    const auto decoded = decode_plan_document(text, "stored");
    const auto outline = decode_plan_outline_document(text, "stored");
    if (!decoded) {
      EXPECT_EQ(decoded.error().code, ErrorCode::Corrupt);
    } else {
      ++whole_read;
      EXPECT_EQ(outline, core::outline_of(*decoded));
    }
    if (!outline) {
      EXPECT_EQ(outline.error().code, ErrorCode::Corrupt);
    }
  }
  EXPECT_GT(whole_read, 0);
}

}  // namespace
}  // namespace stride::documents
