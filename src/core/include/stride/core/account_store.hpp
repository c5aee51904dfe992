#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "stride/core/accounts.hpp"
#include "stride/core/athlete.hpp"
#include "stride/core/error.hpp"
#include "stride/core/id.hpp"

// The storage ports of accounts and of who may see which athlete (docs/accounts.md). Like every
// port of core::Store, each method is atomic (all it writes commits or nothing), and any method
// may fail with Busy (retry), Io or Corrupt when the storage itself fails. Secrets reach the store
// only as digests (core::Secrets): a token or code is never stored. Moments are the caller's `now`.
namespace stride::core {

class AccountRepository {
 public:
  virtual ~AccountRepository() = default;
  // Stores a new account. Conflict when an account with the same e-mail exists, compared by
  // email_key(); InvalidInput for an empty e-mail, display name or password hash.
  [[nodiscard]] virtual Result<AccountId> add_account(const NewAccount& account, Instant now) = 0;
  // The account whose e-mail has the same email_key() as `email`, with its password hash, or
  // nullopt.
  [[nodiscard]] virtual Result<std::optional<AccountCredentials>> find_account_by_email(std::string_view email) = 0;
  // NotFound for an unknown id.
  [[nodiscard]] virtual Result<Account> find_account(AccountId id) = 0;
  // Deletes the account with its sessions, tokens, invitations, coach grants and the calendar feeds
  // it made; athletes it owns or created lose that link but stay (a caller deleting them deletes
  // them first, in the same unit of work). NotFound for an unknown id.
  [[nodiscard]] virtual Status delete_account(AccountId id) = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  // Stores a session of `account` created and last seen at `now`. NotFound for an unknown
  // account; InvalidInput for an empty digest; Conflict when the digest is already stored.
  [[nodiscard]] virtual Result<SessionId> add_session(AccountId account, std::string_view token_digest,
                                                      Instant now) = 0;
  // The live session with this digest: stored, not revoked, and last seen less than
  // kSessionIdleLimit before `now`. Otherwise nullopt.
  [[nodiscard]] virtual Result<std::optional<SessionRecord>> find_live_session(std::string_view token_digest,
                                                                             Instant now) = 0;
  // Sets the session's last-seen moment to `now` (never moves it back). NotFound for an unknown
  // or revoked session.
  [[nodiscard]] virtual Status touch_session(SessionId session, Instant now) = 0;
  // Revokes (deletes) the session with this digest; a digest that names no session is not an error.
  [[nodiscard]] virtual Status revoke_session(std::string_view token_digest) = 0;
  // Deletes every session that find_live_session would no longer find at `now` (idle for
  // kSessionIdleLimit or longer); returns how many.
  [[nodiscard]] virtual Result<std::size_t> delete_idle_sessions(Instant now) = 0;
};

class TokenRepository {
 public:
  virtual ~TokenRepository() = default;
  // Stores a personal token of `account` named `name`. NotFound for an unknown account;
  // InvalidInput for an empty name or digest; Conflict when the digest is already stored.
  [[nodiscard]] virtual Result<TokenId> add_token(AccountId account, std::string_view name,
                                                  std::string_view token_digest, Instant now) = 0;
  // The account's tokens, by id.
  [[nodiscard]] virtual Result<std::vector<TokenRecord>> tokens(AccountId account) = 0;
  // Deletes one of the account's own tokens; NotFound when `token` is not one of them.
  [[nodiscard]] virtual Status delete_token(AccountId account, TokenId token) = 0;
  // The token with this digest, after recording `now` as its last use when none is recorded or the
  // recorded one is at least kUseRecordingInterval older; nullopt when none.
  [[nodiscard]] virtual Result<std::optional<TokenRecord>> use_token(std::string_view token_digest, Instant now) = 0;
};

class InvitationRepository {
 public:
  virtual ~InvitationRepository() = default;
  // Stores an invitation of the coach `coach`, made at `now` and valid until `expires`. NotFound
  // for an unknown account; InvalidInput for an empty digest or `expires` not after `now`;
  // Conflict when the digest is already stored.
  [[nodiscard]] virtual Result<InvitationId> add_invitation(AccountId coach, std::string_view code_digest,
                                                            Instant now, Instant expires) = 0;
  // The invitation with this digest, used or not, expired or not; nullopt when none.
  [[nodiscard]] virtual Result<std::optional<InvitationRecord>> find_invitation(std::string_view code_digest) = 0;
  // Marks the invitation accepted at `now` by `runner` for `athlete`. Conflict when it was already
  // accepted, so a code is used once even by two racing requests; NotFound for an unknown
  // invitation, account or athlete. It grants nothing: the caller adds the coach grant in the same
  // unit of work (Store::in_one_unit).
  [[nodiscard]] virtual Status mark_invitation_accepted(InvitationId invitation, AccountId runner, AthleteId athlete,
                                                        Instant now) = 0;
};

class HandoverRepository {
 public:
  virtual ~HandoverRepository() = default;
  // Stores the hand-over code of `athlete`, made by the account `coach` at `now` and valid until
  // `expires`, replacing the athlete's earlier code if any (whose digest then names nothing).
  // NotFound for an unknown athlete or account; InvalidInput for an empty digest or `expires` not
  // after `now`; Conflict when the digest is already stored. The code is deleted with its athlete
  // or with the account that made it.
  [[nodiscard]] virtual Status set_handover(AthleteId athlete, AccountId coach, std::string_view code_digest,
                                            Instant now, Instant expires) = 0;
  // The hand-over with this digest, accepted or not, expired or not; nullopt when none.
  [[nodiscard]] virtual Result<std::optional<HandoverRecord>> find_handover(std::string_view code_digest) = 0;
  // Marks the athlete's hand-over accepted at `now` and makes `runner` the athlete's owner (its
  // creator stays), which changes the athlete's revision. Conflict when it was accepted already, so
  // a code is spent once even by two racing requests; NotFound for an athlete without a hand-over
  // or an unknown account. It grants the coach nothing: the caller adds the coach grant in the same
  // unit of work (Store::in_one_unit).
  [[nodiscard]] virtual Status complete_handover(AthleteId athlete, AccountId runner, Instant now) = 0;
};

class AthleteAccessRepository {
 public:
  virtual ~AthleteAccessRepository() = default;
  // Stores an athlete owned and created by `owner`; NotFound for an unknown account, and the
  // checks of AthleteRepository::add_athlete.
  [[nodiscard]] virtual Result<AthleteId> add_owned_athlete(const Athlete& athlete, AccountId owner) = 0;
  // How `account` stands to `athlete` (all false for an unknown account). NotFound for an unknown
  // athlete.
  [[nodiscard]] virtual Result<AthleteRelation> athlete_relation(AthleteId athlete, AccountId account) = 0;
  // The athletes `account` owns or coaches (holds a coach grant for), by id.
  [[nodiscard]] virtual Result<std::vector<VisibleAthlete>> visible_athletes(AccountId account) = 0;
  // Gives the coach `coach` access to `athlete`; granting twice keeps one grant. NotFound for an
  // unknown athlete or account.
  [[nodiscard]] virtual Status add_coach_grant(AthleteId athlete, AccountId coach, Instant now) = 0;
  // Takes the coach's grant away. NotFound when there is no such grant.
  [[nodiscard]] virtual Status revoke_coach_grant(AthleteId athlete, AccountId coach) = 0;
  // The accounts holding a coach grant for `athlete`, by id. NotFound for an unknown athlete.
  [[nodiscard]] virtual Result<std::vector<AccountId>> coaches(AthleteId athlete) = 0;
};

class CalendarFeedRepository {
 public:
  virtual ~CalendarFeedRepository() = default;
  // Stores the athlete's calendar feed, made by `account` at `now`, under `secret_digest`,
  // replacing the athlete's earlier feed if any (whose digest then names nothing). NotFound for an
  // unknown athlete or account; InvalidInput for an empty digest; Conflict when the digest is
  // already stored. The feed is deleted with its athlete or its account.
  [[nodiscard]] virtual Status set_calendar_feed(AthleteId athlete, AccountId account, std::string_view secret_digest,
                                                 Instant now) = 0;
  // The athlete's feed, or nullopt when it has none (also for an unknown athlete).
  [[nodiscard]] virtual Result<std::optional<CalendarFeedRecord>> calendar_feed(AthleteId athlete) = 0;
  // The feed stored under this digest, or nullopt.
  [[nodiscard]] virtual Result<std::optional<CalendarFeedRecord>> find_calendar_feed(std::string_view secret_digest) = 0;
  // Deletes the athlete's feed; an athlete without one (or an unknown athlete) is not an error.
  [[nodiscard]] virtual Status delete_calendar_feed(AthleteId athlete) = 0;
};

// Failed sign-ins, kept under a key (service::StoredSignInLimiter gives the digest of an e-mail or
// of a client address) in the database, so that every server process on it refuses the same
// attempts after too many failures.
class SignInFailureRepository {
 public:
  virtual ~SignInFailureRepository() = default;
  // Records one failure of `key` at `at`, and forgets every failure of any key before
  // `forget_before`. InvalidInput for an empty key.
  [[nodiscard]] virtual Status record_sign_in_failure(std::string_view key, Instant at, Instant forget_before) = 0;
  // The moments of `key`'s failures at or after `since`, oldest first.
  [[nodiscard]] virtual Result<std::vector<Instant>> sign_in_failures(std::string_view key, Instant since) = 0;
};

}  // namespace stride::core
