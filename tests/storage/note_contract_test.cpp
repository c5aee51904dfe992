// The storage port's note contract (core/notes.hpp, NoteRepository), against MemoryStore and
// SqliteStore: notes kept in order per athlete and thread, the author's name kept after the
// account goes, read marks that never move back, unread counts for the athletes an account sees,
// and the athlete's revision changed by a note but not by a read mark.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using core::NoteScope;
using core::SessionReference;
using namespace std::chrono_literals;
using testing::day_of;

// 2026-11-21T07:30:00Z
const core::Instant kNoteMorning{std::chrono::seconds{1795247400}};

template <class Kind>
class NoteContract : public StoreContract<Kind> {
 protected:
  core::AccountId add_account(const std::string& email, const std::string& name, core::AccountRole role) {
    return testing::expect_value(this->store().add_account({email, name, role, "hash-of-" + email}, kNoteMorning),
                                 "add_account");
  }
  core::AthleteId add_owned(core::AccountId owner) {
    return testing::expect_value(this->store().add_owned_athlete(testing::load_athlete("examples/athlete.json"), owner),
                                 "add_owned_athlete");
  }
  core::Note add(core::AthleteId athlete, core::AccountId author, std::string text,
                 std::optional<SessionReference> session = std::nullopt, core::Instant at = kNoteMorning) {
    return testing::expect_value(this->store().add_note({athlete, author, session, std::move(text)}, at), "add_note");
  }
  std::vector<std::string> texts(core::AthleteId athlete, const NoteScope& scope) {
    std::vector<std::string> found;
    for (const auto& note : testing::expect_value(this->store().notes(athlete, scope), "notes")) {
      found.push_back(note.text);
    }
    return found;
  }
  std::int64_t revision(core::AthleteId athlete) {
    return testing::expect_value(this->store().athlete_revision(athlete), "athlete_revision");
  }
};
TYPED_TEST_SUITE(NoteContract, StoreKinds, KindNames);

TYPED_TEST(NoteContract, ANoteIsStoredAsWrittenWithItsAuthorsName) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto athlete = this->add_owned(runner);
  const SessionReference session{day_of(2026, 11, 24), 1};
  const auto note = this->add(athlete, runner, "left knee ached on the split squats", session, kNoteMorning + 1h);
  const core::Note expected{note.id, athlete, runner, "Ana Runner", kNoteMorning + 1h, session,
                            "left knee ached on the split squats"};
  EXPECT_EQ(note, expected);
  EXPECT_GT(note.id.value, 0);
  EXPECT_EQ(testing::expect_value(store.notes(athlete, NoteScope::everything()), "notes"),
            std::vector<core::Note>{expected});
}

TYPED_TEST(NoteContract, ThreadsHoldTheirOwnNotesOldestFirst) {
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto coach = this->add_account("cy@example.org", "Cy Coach", core::AccountRole::Coach);
  const auto athlete = this->add_owned(runner);
  const auto other = this->add_owned(runner);
  const SessionReference monday{day_of(2026, 11, 23), 0};
  const SessionReference monday_second{day_of(2026, 11, 23), 1};
  const SessionReference tuesday{day_of(2026, 11, 24), 0};
  this->add(athlete, runner, "r1");
  this->add(athlete, coach, "m1", monday);
  this->add(athlete, runner, "t1", tuesday);
  this->add(athlete, coach, "r2");
  this->add(athlete, runner, "m2", monday);
  this->add(athlete, runner, "s1", monday_second);
  this->add(other, runner, "elsewhere");

  struct Case {
    const char* name;
    NoteScope scope;
    std::vector<std::string> texts;
  };
  const Case cases[] = {
      {"everything", NoteScope::everything(), {"r1", "m1", "t1", "r2", "m2", "s1"}},
      {"runner thread", NoteScope::runner_thread(), {"r1", "r2"}},
      {"monday's first session", NoteScope::of_session(monday), {"m1", "m2"}},
      {"monday's second session", NoteScope::of_session(monday_second), {"s1"}},
      {"tuesday", NoteScope::of_session(tuesday), {"t1"}},
      {"a session without notes", NoteScope::of_session({day_of(2026, 11, 25), 0}), {}},
  };
  for (const auto& test : cases) EXPECT_EQ(this->texts(athlete, test.scope), test.texts) << test.name;
}

TYPED_TEST(NoteContract, RefusesUnknownAthletesAndAuthorsAndEmptyNotes) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto athlete = this->add_owned(runner);
  const auto code_of = [&](const core::NewNote& note) { return store.add_note(note, kNoteMorning).error().code; };
  EXPECT_EQ(code_of({core::AthleteId{99}, runner, std::nullopt, "hello"}), ErrorCode::NotFound);
  EXPECT_EQ(code_of({athlete, core::AccountId{99}, std::nullopt, "hello"}), ErrorCode::NotFound);
  EXPECT_EQ(code_of({athlete, runner, std::nullopt, ""}), ErrorCode::InvalidInput);
  EXPECT_EQ(code_of({athlete, runner, SessionReference{day_of(2026, 11, 24), -1}, "x"}), ErrorCode::InvalidInput);
  EXPECT_EQ(store.notes(core::AthleteId{99}, NoteScope::everything()).error().code, ErrorCode::NotFound);
  EXPECT_TRUE(this->texts(athlete, NoteScope::everything()).empty());
}

TYPED_TEST(NoteContract, ANoteChangesTheRevisionAndAReadMarkDoesNot) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto athlete = this->add_owned(runner);
  const auto other = this->add_owned(runner);
  const auto before = this->revision(athlete);
  const auto others_before = this->revision(other);
  const auto note = this->add(athlete, runner, "hello");
  const auto after = this->revision(athlete);
  EXPECT_NE(after, before);
  EXPECT_EQ(this->revision(other), others_before);
  ASSERT_TRUE(store.mark_notes_read(runner, athlete, note.id));
  ASSERT_TRUE(store.notes(athlete, NoteScope::everything()));
  EXPECT_EQ(this->revision(athlete), after);
}

TYPED_TEST(NoteContract, AReadMarkNeverMovesBackAndNamesOnlyTheAthletesNotes) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto coach = this->add_account("cy@example.org", "Cy Coach", core::AccountRole::Coach);
  const auto athlete = this->add_owned(runner);
  const auto other = this->add_owned(runner);
  const auto first = this->add(athlete, coach, "one");
  const auto second = this->add(athlete, coach, "two");
  const auto elsewhere = this->add(other, coach, "elsewhere");
  EXPECT_EQ(*store.notes_read_through(runner, athlete), core::NoteId{0});
  ASSERT_TRUE(store.mark_notes_read(runner, athlete, second.id));
  ASSERT_TRUE(store.mark_notes_read(runner, athlete, first.id));
  EXPECT_EQ(*store.notes_read_through(runner, athlete), second.id) << "a mark never moves back";
  EXPECT_EQ(store.mark_notes_read(runner, athlete, elsewhere.id).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.mark_notes_read(runner, athlete, core::NoteId{999}).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.mark_notes_read(core::AccountId{99}, athlete, first.id).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.mark_notes_read(runner, core::AthleteId{99}, first.id).error().code, ErrorCode::NotFound);
  EXPECT_EQ(*store.notes_read_through(runner, other), core::NoteId{0});
  EXPECT_EQ(*store.notes_read_through(core::AccountId{99}, core::AthleteId{99}), core::NoteId{0});
  ASSERT_TRUE(store.mark_notes_read(runner, other, elsewhere.id));
  ASSERT_TRUE(store.mark_notes_read(coach, athlete, first.id));
  EXPECT_EQ(*store.note_read_marks(runner),
            (std::vector<core::NoteReadMark>{{athlete, second.id}, {other, elsewhere.id}}));
  EXPECT_EQ(*store.note_read_marks(core::AccountId{99}), std::vector<core::NoteReadMark>{});
}

// Writing moves the writer's mark to the new note only when nothing of others was unread for the
// writer, so the unread counts never change by it.
TYPED_TEST(NoteContract, WritingMovesTheWritersMarkOnlyWhenNothingWasUnread) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto coach = this->add_account("cy@example.org", "Cy Coach", core::AccountRole::Coach);
  const auto athlete = this->add_owned(runner);
  ASSERT_TRUE(store.add_coach_grant(athlete, coach, kNoteMorning));
  const auto own = this->add(athlete, runner, "mine");
  EXPECT_EQ(*store.notes_read_through(runner, athlete), own.id);
  const auto question = this->add(athlete, coach, "a question");
  EXPECT_EQ(*store.note_read_marks(coach), std::vector<core::NoteReadMark>{})
      << "the runner's note was unread for the coach, so writing set no mark";
  this->add(athlete, runner, "an answer before reading the question");
  EXPECT_EQ(*store.notes_read_through(runner, athlete), own.id) << "the question is still unread";
  EXPECT_EQ(*store.unread_note_counts(runner), (std::vector<core::UnreadNotes>{{athlete, 1}}));
  ASSERT_TRUE(store.mark_notes_read(runner, athlete, question.id));
  const auto later = this->add(athlete, runner, "later");
  EXPECT_EQ(*store.notes_read_through(runner, athlete), later.id);
  EXPECT_EQ(*store.unread_note_counts(runner), std::vector<core::UnreadNotes>{});
  EXPECT_EQ(*store.unread_note_counts(coach), (std::vector<core::UnreadNotes>{{athlete, 3}}))
      << "the runner's three notes; the coach's mark stayed, as the runner's first note was unread";
}

TYPED_TEST(NoteContract, UnreadCountsAreOthersNotesAfterTheMarkForTheAthletesTheAccountSees) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto second_runner = this->add_account("bo@example.org", "Bo Runner", core::AccountRole::Runner);
  const auto coach = this->add_account("cy@example.org", "Cy Coach", core::AccountRole::Coach);
  const auto ana = this->add_owned(runner);
  const auto bo = this->add_owned(second_runner);
  const auto unseen = this->add_owned(second_runner);
  ASSERT_TRUE(store.add_coach_grant(ana, coach, kNoteMorning));
  ASSERT_TRUE(store.add_coach_grant(bo, coach, kNoteMorning));
  const auto ana_first = this->add(ana, runner, "a1");
  this->add(ana, runner, "a2", SessionReference{day_of(2026, 11, 24), 0});
  this->add(ana, coach, "reply");  // the coach's own note is never unread for the coach
  this->add(bo, second_runner, "b1");
  this->add(unseen, second_runner, "not the coach's athlete");

  using Counts = std::vector<core::UnreadNotes>;
  EXPECT_EQ(*store.unread_note_counts(coach), (Counts{{ana, 2}, {bo, 1}}));
  EXPECT_EQ(*store.unread_note_counts(runner), (Counts{{ana, 1}}));
  ASSERT_TRUE(store.mark_notes_read(coach, ana, ana_first.id));
  EXPECT_EQ(*store.unread_note_counts(coach), (Counts{{ana, 1}, {bo, 1}}));
  ASSERT_TRUE(store.revoke_coach_grant(bo, coach));
  EXPECT_EQ(*store.unread_note_counts(coach), (Counts{{ana, 1}}));
  EXPECT_EQ(*store.unread_note_counts(core::AccountId{99}), Counts{});
}

TYPED_TEST(NoteContract, NotesGoWithTheirAthleteAndKeepTheNameOfADeletedAuthor) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto coach = this->add_account("cy@example.org", "Cy Coach", core::AccountRole::Coach);
  const auto athlete = this->add_owned(runner);
  const auto other = this->add_owned(runner);
  ASSERT_TRUE(store.add_coach_grant(athlete, coach, kNoteMorning));
  const auto from_coach = this->add(athlete, coach, "well done");
  this->add(athlete, runner, "thanks");
  this->add(other, runner, "to be deleted");
  ASSERT_TRUE(store.mark_notes_read(coach, athlete, from_coach.id));

  ASSERT_TRUE(store.delete_account(coach));
  const auto notes = testing::expect_value(store.notes(athlete, NoteScope::everything()), "notes");
  ASSERT_EQ(notes.size(), 2U);
  EXPECT_FALSE(notes[0].author) << "the author's id goes with the account";
  EXPECT_EQ(notes[0].author_name, "Cy Coach") << "the name written with the note stays";
  EXPECT_EQ(notes[0].text, "well done");
  EXPECT_EQ(notes[1].author, runner);
  EXPECT_EQ(*store.unread_note_counts(runner), (std::vector<core::UnreadNotes>{{athlete, 1}}))
      << "a deleted author's note stays unread for the others";

  ASSERT_TRUE(store.delete_athlete(other));
  EXPECT_EQ(store.notes(other, NoteScope::everything()).error().code, ErrorCode::NotFound);
  const auto again = this->add_owned(runner);
  EXPECT_TRUE(this->texts(again, NoteScope::everything()).empty()) << "no note of a deleted athlete comes back";
}

TYPED_TEST(NoteContract, NoteIdsAreNeverGivenTwice) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto athlete = this->add_owned(runner);
  const auto first = this->add(athlete, runner, "one");
  ASSERT_TRUE(store.delete_athlete(athlete));
  const auto again = this->add_owned(runner);
  const auto second = this->add(again, runner, "two");
  EXPECT_GT(second.id, first.id);
}

TYPED_TEST(NoteContract, AFailedUnitOfWorkTakesTheNoteAndTheMarkBack) {
  auto& store = this->store();
  const auto runner = this->add_account("ana@example.org", "Ana Runner", core::AccountRole::Runner);
  const auto athlete = this->add_owned(runner);
  const auto kept = this->add(athlete, runner, "kept");
  const auto status = store.in_one_unit([&]() -> core::Status {
    auto added = store.add_note({athlete, runner, std::nullopt, "taken back"}, kNoteMorning);
    if (!added) return std::unexpected(added.error());
    STRIDE_TRY_STATUS(store.mark_notes_read(runner, athlete, added->id));
    return std::unexpected(core::make_error(ErrorCode::Conflict, "changed my mind"));
  });
  ASSERT_FALSE(status);
  EXPECT_EQ(this->texts(athlete, NoteScope::everything()), std::vector<std::string>{"kept"});
  EXPECT_EQ(*store.notes_read_through(runner, athlete), kept.id) << "the mark of the note taken back is taken back";
}

}  // namespace
}  // namespace stride::storage
