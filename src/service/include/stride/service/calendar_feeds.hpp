#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "stride/core/accounts.hpp"
#include "stride/core/plan.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"

// An athlete's calendar feed (api.md §4, docs/accounts.md): a secret URL a calendar app subscribes
// to, which answers the athlete's current plan as iCalendar without signing in. The secret is the
// credential: it is shown to the owner once, when made, and stored only as a digest. Callers check
// AccessPolicy (AthleteAction::CalendarFeed) before making, reading or revoking a feed.
namespace stride::service {

// The longest secret a feed URL may carry; a longer one names no feed without being hashed.
inline constexpr std::size_t kMaximumFeedSecretLength = 128;  // characters

// A new feed. `secret` is shown to the owner once and is stored nowhere (only its digest).
struct CreatedCalendarFeed {
  std::string secret;
  core::Instant created;
};

// What a feed answers: the athlete and the plan in effect (its newest plan), or no plan when none is
// stored yet. Data, not text: each front end renders it (stride serve as iCalendar).
struct CalendarFeedContent {
  core::AthleteId athlete;
  std::string athlete_name;
  std::optional<core::Plan> plan;
};

// The path of the feed with this secret: "/calendar/<secret>.ics".
[[nodiscard]] std::string calendar_feed_path(std::string_view secret);

// Makes a new secret for the athlete's feed, made by `owner` at `now`, replacing the earlier one
// (whose URL then answers NotFound). NotFound for an unknown athlete; the store's errors otherwise.
[[nodiscard]] core::Result<CreatedCalendarFeed> create_calendar_feed(core::Store& store, core::Secrets& secrets,
                                                                     const core::Account& owner,
                                                                     core::AthleteId athlete, core::Instant now);

// Turns the athlete's feed off: its URL answers NotFound from now on. Not an error without a feed.
[[nodiscard]] core::Status revoke_calendar_feed(core::Store& store, core::AthleteId athlete);

// Whether the athlete has a feed, and since when; never its secret.
[[nodiscard]] core::Result<std::optional<core::CalendarFeedRecord>> calendar_feed_state(core::Store& store,
                                                                                       core::AthleteId athlete);

// The content of the feed with this secret. NotFound, with the same words for each case, when the
// secret is malformed or over kMaximumFeedSecretLength, names no feed (never made, replaced or
// revoked), or its maker no longer owns the athlete (a coach who handed the athlete over).
[[nodiscard]] core::Result<CalendarFeedContent> calendar_feed_content(core::Store& store, core::Secrets& secrets,
                                                                      std::string_view secret);

}  // namespace stride::service
