// The note use cases (service/notes.hpp) on the in-memory store: the text's checks, the session
// that must be planned, who may read and write (owner and accepted coach; everyone else NotFound),
// unread counts per reader, and read marks.
#include "stride/service/notes.hpp"

#include <gtest/gtest.h>

#include <string>

#include "account_test_support.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/athlete_records.hpp"
#include "stride/service/coaching.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

using core::ErrorCode;
using core::NoteScope;
using core::SessionReference;

const core::Date kPlanStart{std::chrono::year{2026} / 11 / 16};  // a Monday

// `count` times "é" (two bytes in UTF-8): characters are counted, not bytes.
std::string accented(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += "\xC3\xA9";
  return text;
}

TEST(NoteText, IsTrimmedAndHoldsOneTo2000CharactersWithLineBreaks) {
  struct Case {
    const char* name;
    std::string text;
    std::optional<std::string> stored;  // nullopt: refused, naming `text`
  };
  const Case cases[] = {
      {"plain", "left knee ached on the split squats", "left knee ached on the split squats"},
      {"trimmed", "  \n\tsore calves \r\n", "sore calves"},
      {"line breaks kept", "line one\r\nline two\n\tindented", "line one\nline two\n\tindented"},
      {"empty", "", std::nullopt},
      {"only white space", " \n\t ", std::nullopt},
      {"2000 characters", std::string(2000, 'a'), std::string(2000, 'a')},
      {"2001 characters", std::string(2001, 'a'), std::nullopt},
      {"2000 two-byte characters", accented(2000), accented(2000)},
      {"2001 two-byte characters", accented(2001), std::nullopt},
      {"a control character", "bell \x07 here", std::nullopt},
      {"a lone carriage return", "one\rtwo", std::nullopt},
      {"a right-to-left override", "ok \xE2\x80\xAE evil", std::nullopt},
      {"invalid UTF-8", "bad \xFF byte", std::nullopt},
  };
  for (const auto& test : cases) {
    const auto checked = checked_note_text(test.text);
    if (test.stored) {
      EXPECT_EQ(checked.value_or("<refused>"), *test.stored) << test.name;
    } else {
      ASSERT_FALSE(checked) << test.name;
      EXPECT_EQ(checked.error().code, ErrorCode::InvalidInput) << test.name;
      EXPECT_EQ(checked.error().field, "text") << test.name;
    }
  }
}

class Notes : public testing::AccountTest {
 protected:
  Notes() {
    m_runner = sign_up("ana@example.org").account;
    m_coach = sign_up("cy@example.org", core::AccountRole::Coach).account;
    m_athlete = testing::expect_ok(add_athlete_for(m_store, m_runner, testing::example_athlete()), "athlete");
    const auto invitation =
        testing::expect_ok(create_invitation(m_store, m_secrets, m_coach, testing::kMorning), "invitation");
    testing::expect_ok(accept_invitation(m_store, m_secrets, m_runner, invitation.code, m_athlete, testing::kMorning),
                       "accept");
  }

  // Stores a plan from the example calendar starting kPlanStart; returns a day with a session and
  // the number of its sessions.
  std::pair<core::Date, int> plan_a_day_with_a_session() {
    const auto calendar = testing::expect_ok(
        documents::decode_running_calendar(testing::read_example("runs.json"), "runs.json"), "examples/runs.json");
    EXPECT_TRUE(m_store.set_running_calendar(m_athlete, calendar));
    testing::expect_ok(plan_from_stored(testing::shipped_catalog(), m_store, m_athlete, kPlanStart, kPlanStart),
                       "plan");
    const auto days = testing::expect_ok(m_store.effective_days(m_athlete, kPlanStart, core::add_days(kPlanStart, 13)),
                                         "days");
    for (const auto& day : days) {
      if (!day.day.sessions.empty()) return {day.day.date, static_cast<int>(day.day.sessions.size())};
    }
    ADD_FAILURE() << "the plan has no session in its first two weeks";
    return {kPlanStart, 0};
  }

  core::Account m_runner;
  core::Account m_coach;
  core::AthleteId m_athlete;
};

TEST_F(Notes, TheOwnerAndTheCoachWriteAndReadOneThread) {
  const auto question = write_note(m_store, m_runner, m_athlete, std::nullopt, "  left knee ached  ", testing::kMorning);
  ASSERT_TRUE(question) << question.error().describe();
  EXPECT_EQ(question->text, "left knee ached");
  EXPECT_EQ(question->author_name, "Ana Runner");
  const auto answer = write_note(m_store, m_coach, m_athlete, std::nullopt, "try a smaller step", testing::kMorning);
  ASSERT_TRUE(answer);

  const auto for_coach = testing::expect_ok(read_notes(m_store, m_coach, m_athlete, NoteScope::runner_thread()), "read");
  ASSERT_EQ(for_coach.notes.size(), 2U);
  EXPECT_EQ(for_coach.unread, 1) << "the runner's note; the coach's own is never unread";
  const auto for_runner = testing::expect_ok(read_notes(m_store, m_runner, m_athlete, NoteScope::everything()), "read");
  EXPECT_EQ(for_runner.unread, 1);

  ASSERT_TRUE(mark_notes_read(m_store, m_coach, m_athlete, answer->id));
  EXPECT_EQ(testing::expect_ok(read_notes(m_store, m_coach, m_athlete, NoteScope::everything()), "read").unread, 0);
  EXPECT_EQ(testing::expect_ok(read_notes(m_store, m_runner, m_athlete, NoteScope::everything()), "read").unread, 1)
      << "each reader has their own mark";
}

TEST_F(Notes, ASessionNoteMustNameAPlannedSession) {
  const auto [day, sessions] = plan_a_day_with_a_session();
  ASSERT_GT(sessions, 0);
  const auto written = write_note(m_store, m_coach, m_athlete, SessionReference{day, sessions - 1}, "great form",
                                  testing::kMorning);
  ASSERT_TRUE(written) << written.error().describe();
  EXPECT_EQ(written->session, (SessionReference{day, sessions - 1}));
  const auto thread = testing::expect_ok(
      read_notes(m_store, m_runner, m_athlete, NoteScope::of_session({day, sessions - 1})), "read");
  ASSERT_EQ(thread.notes.size(), 1U);
  EXPECT_TRUE(testing::expect_ok(read_notes(m_store, m_runner, m_athlete, NoteScope::runner_thread()), "read")
                  .notes.empty());

  const SessionReference refused[] = {
      {day, sessions},                                // past the day's last session
      {core::add_days(kPlanStart, -1), 0},            // before the plan
      {core::add_days(kPlanStart, 7 * 120), 0},       // long after it
  };
  for (const auto& session : refused) {
    const auto result = write_note(m_store, m_runner, m_athlete, session, "hello", testing::kMorning);
    ASSERT_FALSE(result) << core::format_iso_date(session.date) << "/" << session.index;
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().field, "session");
  }
}

TEST_F(Notes, NobodyElseLearnsTheAthleteExists) {
  const auto stranger = sign_up("eve@example.org").account;
  const auto other_coach = sign_up("dan@example.org", core::AccountRole::Coach).account;
  ASSERT_TRUE(write_note(m_store, m_runner, m_athlete, std::nullopt, "hello", testing::kMorning));
  const auto note = testing::expect_ok(read_notes(m_store, m_runner, m_athlete, NoteScope::everything()), "read");
  for (const auto& caller : {stranger, other_coach}) {
    EXPECT_EQ(write_note(m_store, caller, m_athlete, std::nullopt, "hi", testing::kMorning).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(read_notes(m_store, caller, m_athlete, NoteScope::everything()).error().code, ErrorCode::NotFound);
    EXPECT_EQ(mark_notes_read(m_store, caller, m_athlete, note.notes.front().id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(read_notes(m_store, caller, core::AthleteId{99}, NoteScope::everything()).error().code,
              ErrorCode::NotFound);
  }
  ASSERT_TRUE(revoke_coach(m_store, m_runner, m_athlete, m_coach.id));
  EXPECT_EQ(read_notes(m_store, m_coach, m_athlete, NoteScope::everything()).error().code, ErrorCode::NotFound)
      << "a revoked coach";
}

TEST_F(Notes, ARefusedNoteStoresNothingAndAMarkMustNameANoteOfTheAthlete) {
  const auto revision = testing::expect_ok(m_store.athlete_revision(m_athlete), "revision");
  const auto empty = write_note(m_store, m_runner, m_athlete, std::nullopt, "   ", testing::kMorning);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().field, "text");
  EXPECT_EQ(testing::expect_ok(m_store.athlete_revision(m_athlete), "revision"), revision);
  const auto marked = mark_notes_read(m_store, m_runner, m_athlete, core::NoteId{5});
  ASSERT_FALSE(marked);
  EXPECT_EQ(marked.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(marked.error().field, "through");
}

TEST_F(Notes, UnreadCountsCoverEveryAthleteTheReaderSees) {
  const auto second_runner = sign_up("bo@example.org").account;
  const auto bo = testing::expect_ok(add_athlete_for(m_store, second_runner, testing::example_athlete()), "athlete");
  const auto invitation = testing::expect_ok(create_invitation(m_store, m_secrets, m_coach, testing::kMorning), "code");
  testing::expect_ok(accept_invitation(m_store, m_secrets, second_runner, invitation.code, bo, testing::kMorning),
                     "accept");
  ASSERT_TRUE(write_note(m_store, m_runner, m_athlete, std::nullopt, "one", testing::kMorning));
  ASSERT_TRUE(write_note(m_store, m_runner, m_athlete, std::nullopt, "two", testing::kMorning));
  ASSERT_TRUE(write_note(m_store, second_runner, bo, std::nullopt, "three", testing::kMorning));
  const auto counts = testing::expect_ok(unread_note_counts(m_store, m_coach), "counts");
  EXPECT_EQ(counts, (std::map<std::int64_t, std::int64_t>{{m_athlete.value, 2}, {bo.value, 1}}));
  EXPECT_TRUE(testing::expect_ok(unread_note_counts(m_store, m_runner), "counts").empty());
}

}  // namespace
}  // namespace stride::service
