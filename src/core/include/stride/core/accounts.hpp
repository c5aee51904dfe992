#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "stride/core/enum_names.hpp"
#include "stride/core/id.hpp"

// The people who use Stride through `stride serve`, and what they hold: accounts, sign-in sessions,
// personal API tokens, coach invitations (docs/accounts.md). Plain values; no clock is read here:
// every moment is passed in by the caller.
namespace stride::core {

// A moment in UTC, to the second.
using Instant = std::chrono::sys_seconds;

// A session that has not been used for this long is dead (api.md §3).
inline constexpr std::chrono::seconds kSessionIdleLimit = std::chrono::days{30};
// A session's last-seen moment and a token's last use are recorded again only once they are at
// least this much older than the moment of use, so a busy client's reads do not each need a write.
inline constexpr std::chrono::seconds kUseRecordingInterval = std::chrono::minutes{1};
// A coach's invitation code may be accepted until this long after it was made.
inline constexpr std::chrono::seconds kInvitationLifetime = std::chrono::days{7};
// A coach's hand-over code may be accepted until this long after it was made.
inline constexpr std::chrono::seconds kHandoverLifetime = std::chrono::days{7};

// What an account is for (core::Role is an exercise's role in a routine).
enum class AccountRole { Runner, Coach };
template <>
struct EnumNames<AccountRole> {
  static constexpr std::array<std::string_view, 2> names{"runner", "coach"};
};

struct Account {
  AccountId id;
  std::string email;  // as the person typed it; compared without regard to ASCII case
  std::string display_name;
  AccountRole role = AccountRole::Runner;
  friend bool operator==(const Account&, const Account&) = default;
};

// An account about to be stored: `password_hash` is the self-describing hash of the Secrets port
// (never the password itself).
struct NewAccount {
  std::string email;
  std::string display_name;
  AccountRole role = AccountRole::Runner;
  std::string password_hash;
};

// An account with the hash its password is checked against.
struct AccountCredentials {
  Account account;
  std::string password_hash;
};

// A sign-in session. The store knows it only by a digest of the cookie's token.
struct SessionRecord {
  SessionId id;
  AccountId account;
  Instant created;
  Instant last_seen;
  friend bool operator==(const SessionRecord&, const SessionRecord&) = default;
};

// A personal API token, without the token (the store keeps only its digest).
struct TokenRecord {
  TokenId id;
  AccountId account;
  std::string name;
  Instant created;
  std::optional<Instant> last_used;
  friend bool operator==(const TokenRecord&, const TokenRecord&) = default;
};

// A coach's invitation, known by a digest of its code. `accepted` is set once, when a runner
// accepts it for one of their athletes.
struct InvitationRecord {
  InvitationId id;
  AccountId coach;
  Instant created;
  Instant expires;
  std::optional<Instant> accepted;
  friend bool operator==(const InvitationRecord&, const InvitationRecord&) = default;
};

// A coach's code for handing an athlete it owns over to a runner's own account, known by a digest
// of its code. An athlete has at most one; `accepted` is set once, when a runner accepts it and
// becomes the athlete's owner.
struct HandoverRecord {
  AthleteId athlete;
  AccountId coach;
  Instant created;
  Instant expires;
  std::optional<Instant> accepted;
  friend bool operator==(const HandoverRecord&, const HandoverRecord&) = default;
};

// An athlete's calendar feed (api.md §4), known by a digest of its secret: made by `account`, the
// athlete's owner at `created`. An athlete has at most one.
struct CalendarFeedRecord {
  AthleteId athlete;
  AccountId account;
  Instant created;
  friend bool operator==(const CalendarFeedRecord&, const CalendarFeedRecord&) = default;
};

// How one account stands to one athlete. An athlete made by the command line has no owner and
// no creator.
struct AthleteRelation {
  bool owner = false;    // the account owns the athlete
  bool creator = false;  // the account created the athlete (a coach may have handed it over since)
  bool coach = false;    // the account holds a coach grant: an accepted invitation, or a hand-over
  friend bool operator==(const AthleteRelation&, const AthleteRelation&) = default;
};

// An athlete an account may see.
struct VisibleAthlete {
  AthleteId id;
  std::string name;
  bool owner = false;  // the account owns it; otherwise it coaches it
  friend bool operator==(const VisibleAthlete&, const VisibleAthlete&) = default;
};

// The key under which an e-mail address is unique: `email` with ASCII letters lower-cased (other
// characters are kept as they are, so two addresses differing only in non-ASCII case are two keys).
[[nodiscard]] std::string email_key(std::string_view email);

}  // namespace stride::core
