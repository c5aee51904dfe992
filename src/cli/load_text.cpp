#include "load_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstddef>

#include "text_format.hpp"

namespace stride::cli {
namespace {

constexpr std::size_t kRecentDays = 14;

std::string weekday_title(core::Date date) {
  static constexpr std::array<std::string_view, 7> names{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return std::string(names[static_cast<std::size_t>(core::weekday_of(date))]);
}

// `value` with `format`, or a dash when there is none, right-aligned in `width` columns.
std::string cell(const std::optional<double>& value, std::string_view format, std::size_t width) {
  const std::string text = value ? fmt::format(fmt::runtime(format), *value) : "–";
  // The dash is one column but three bytes.
  const std::size_t columns = value ? text.size() : 1;
  return std::string(columns < width ? width - columns : 0, ' ') + text;
}

std::string ratio_line(std::string_view label, const std::optional<double>& ratio, std::string_view parts) {
  if (!ratio) return fmt::format("  {:<17}–  ({})\n", label, parts);
  return fmt::format("  {:<17}{:.2f}  {}  ({})\n", label, *ratio, analytics::acwr_zone(*ratio), parts);
}

std::string render_summary(const analytics::LoadReport& report) {
  const analytics::DailyLoad& day = report.daily.back();
  std::string text = fmt::format("AS OF {} {}\n", weekday_title(day.date), core::format_iso_date(day.date));
  text += fmt::format("  {:<17}{:.1f} AU (session RPE × minutes)\n", "Load", day.load);
  text += ratio_line("ACWR (EWMA)", day.acwr_ewma,
                     fmt::format("acute {:.1f} / chronic {:.1f}", day.acute_ewma, day.chronic_ewma));
  text += ratio_line("ACWR (rolling)", day.acwr_rolling,
                     day.chronic_28d ? fmt::format("7-day mean {:.1f} / 28-day mean {:.1f}", *day.acute_7d, *day.chronic_28d)
                                     : std::string("needs 28 days of history"));
  text += fmt::format("  {:<17}CTL {:.1f} · ATL {:.1f} · TSB {:.1f}\n", "Fitness/fatigue", day.ctl, day.atl, day.tsb);
  text += wrap(
      "ACWR zones (Gabbett 2016): low below 0.8, sweet spot 0.8 to 1.3, elevated to 1.5, high from 1.5. The ratio "
      "is shown for information only: its value as an injury predictor is contested (Lolli 2019, Impellizzeri "
      "2020; in 5,205 runners, Frandsen 2025 found no rising risk with it), and on its own it never forbids "
      "training.",
      "  ");
  return text;
}

std::string render_days(const analytics::LoadReport& report) {
  std::string text = "\nLAST 14 DAYS\n";
  text += "  day              load   acute  chronic  ACWR  rolling     CTL     ATL     TSB\n";
  const std::size_t first = report.daily.size() > kRecentDays ? report.daily.size() - kRecentDays : 0;
  for (std::size_t index = first; index < report.daily.size(); ++index) {
    const analytics::DailyLoad& day = report.daily[index];
    text += fmt::format("  {} {} {:>6.0f} {:>7.1f} {:>8.1f} {} {} {:>7.1f} {:>7.1f} {:>7.1f}\n", weekday_title(day.date),
                        core::format_iso_date(day.date), day.load, day.acute_ewma, day.chronic_ewma,
                        cell(day.acwr_ewma, "{:.2f}", 5), cell(day.acwr_rolling, "{:.2f}", 8), day.ctl, day.atl,
                        day.tsb);
  }
  return text;
}

std::string render_weeks(const analytics::LoadReport& report) {
  std::string text = "\nWEEKS\n";
  text += "  week of     days  run km  change    load  monotony  strain\n";
  for (const analytics::WeeklyLoad& week : report.weeks) {
    const std::string change = week.distance_change_pct ? fmt::format("{:+.0f} %", *week.distance_change_pct) : "–";
    const std::size_t change_columns = week.distance_change_pct ? change.size() : 1;
    text += fmt::format("  {}  {:>4}  {:>6.1f}  {}{}  {:>6.0f}  {}  {}\n", core::format_iso_date(week.start), week.days,
                        week.run_distance_km, std::string(change_columns < 6 ? 6 - change_columns : 0, ' '), change,
                        week.load, cell(week.monotony, "{:.2f}", 8), cell(week.strain, "{:.0f}", 6));
  }
  if (std::any_of(report.weeks.begin(), report.weeks.end(), [](const auto& week) { return week.days < 7; })) {
    text += "  A week with fewer than 7 days lies partly outside the log; it has no monotony or strain.\n";
  }
  return text;
}

std::string render_flags(const analytics::LoadReport& report) {
  std::string text = "\nFLAGS\n";
  if (report.flags.empty()) return text + "  none\n";
  for (const analytics::LoadFlag& flag : report.flags) {
    text += fmt::format("  {}  {}  {}\n", core::format_iso_date(flag.date), upper(core::enum_name(flag.severity())),
                        flag.code());
    text += wrap(flag.message(), "    ");
    text += wrap("Evidence: " + flag.evidence(), "      ", "    ");
  }
  return text;
}

}  // namespace

std::string render_load_text(const analytics::LoadReport& report) {
  if (report.daily.empty()) {
    if (!report.as_of) return "TRAINING LOAD\n  The log has no entries; nothing to show.\n";
    return fmt::format("TRAINING LOAD as of {}\n  Nothing is logged on or before this date; nothing to show.\n",
                       core::format_iso_date(*report.as_of));
  }
  std::string text = fmt::format("TRAINING LOAD as of {} (log from {}, {} days)\n\n", core::format_iso_date(*report.as_of),
                                 core::format_iso_date(report.daily.front().date), report.daily.size());
  text += render_summary(report);
  text += render_days(report);
  text += render_weeks(report);
  text += render_flags(report);
  return text;
}

}  // namespace stride::cli
