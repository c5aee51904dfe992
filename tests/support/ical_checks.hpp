#pragma once

// Reading an iCalendar text back with libical (Debian package libical-dev), for the tests of the
// plan's calendar (report_tests) and of the calendar feed served over HTTP (http_tests). A test
// binary that includes this links PkgConfig::LIBICAL.
#include <libical/ical.h>

#include <memory>
#include <string>
#include <vector>

namespace stride::testing {

struct IcalComponentDeleter {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using IcalComponent = std::unique_ptr<icalcomponent, IcalComponentDeleter>;

// The component libical parses from `text`, or null when it finds none.
inline IcalComponent parse_ical(const std::string& text) { return IcalComponent(icalparser_parse_string(text.c_str())); }

// The VEVENTs directly inside `calendar`, in order.
inline std::vector<icalcomponent*> ical_events(icalcomponent* calendar) {
  std::vector<icalcomponent*> events;
  for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event != nullptr;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    events.push_back(event);
  }
  return events;
}

// libical marks every problem it finds, in parsing or in the restriction check, with an
// X-LIC-ERROR property: counts them in the component and everything inside it.
inline int ical_error_count(icalcomponent* component) {
  int count = icalcomponent_count_properties(component, ICAL_XLICERROR_PROPERTY);
  for (auto* inner = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); inner != nullptr;
       inner = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
    count += ical_error_count(inner);
  }
  return count;
}

}  // namespace stride::testing
