#include "stride/service/calendar_feeds.hpp"

#include <algorithm>

namespace stride::service {
namespace {

core::Error no_such_feed() { return core::make_error(core::ErrorCode::NotFound, "no such calendar feed"); }

// True for text that Secrets::random_token could have made: URL-safe letters, digits, '-' and '_'.
bool could_be_feed_secret(std::string_view secret) {
  return !secret.empty() && secret.size() <= kMaximumFeedSecretLength &&
         std::ranges::all_of(secret, [](char character) {
           return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
                  (character >= '0' && character <= '9') || character == '-' || character == '_';
         });
}

}  // namespace

std::string calendar_feed_path(std::string_view secret) {
  std::string path = "/calendar/";
  path += secret;
  path += ".ics";
  return path;
}

core::Result<CreatedCalendarFeed> create_calendar_feed(core::Store& store, core::Secrets& secrets,
                                                       const core::Account& owner, core::AthleteId athlete,
                                                       core::Instant now) {
  CreatedCalendarFeed created{secrets.random_token(), now};
  STRIDE_TRY_STATUS(store.set_calendar_feed(athlete, owner.id, secrets.token_digest(created.secret), now));
  return created;
}

core::Status revoke_calendar_feed(core::Store& store, core::AthleteId athlete) {
  return store.delete_calendar_feed(athlete);
}

core::Result<std::optional<core::CalendarFeedRecord>> calendar_feed_state(core::Store& store,
                                                                         core::AthleteId athlete) {
  return store.calendar_feed(athlete);
}

core::Result<CalendarFeedContent> calendar_feed_content(core::Store& store, core::Secrets& secrets,
                                                        std::string_view secret) {
  if (!could_be_feed_secret(secret)) return std::unexpected(no_such_feed());
  STRIDE_TRY(const auto feed, store.find_calendar_feed(secrets.token_digest(secret)));
  if (!feed) return std::unexpected(no_such_feed());
  STRIDE_TRY(const auto relation, store.athlete_relation(feed->athlete, feed->account));
  if (!relation.owner) return std::unexpected(no_such_feed());
  STRIDE_TRY(auto athlete, store.find_athlete(feed->athlete));
  STRIDE_TRY(auto plan, store.latest_plan(feed->athlete));
  CalendarFeedContent content{feed->athlete, std::move(athlete.athlete.name), std::nullopt};
  if (plan) content.plan = std::move(plan->plan);
  return content;
}

}  // namespace stride::service
