#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>
#include <utility>

#include "activity_file_input.hpp"
#include "commands.hpp"
#include "import_summary.hpp"
#include "file_input.hpp"
#include "store_options.hpp"
#include "stride/json/import_encoder.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/service/exercises.hpp"
#include "stride/service/recordings.hpp"
#include "stride/service/training_log.hpp"

namespace stride::cli {
namespace {

// Where a runner finds every exercise id, after an unknown one.
constexpr std::string_view kExerciseList = " (see `stride exercises`)";

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    const auto end = text.find(separator, begin);
    parts.push_back(text.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    if (end == std::string::npos) return parts;
    begin = end + 1;
  }
}

template <class Number>
std::optional<Number> parse_number(const std::string& text) {
  Number value{};
  const auto* end = text.data() + text.size();
  const auto [rest, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc{} || rest != end) return std::nullopt;
  return value;
}

// `EXERCISE,REPS[,LOAD_KG[,RPE[,SIDE]]]`, empty fields left out: "goblet_squat,8,16,7".
core::Result<core::StrengthSet> parse_set(const std::string& text, std::size_t index,
                                          const core::ExerciseLibrary& library) {
  const std::string option = fmt::format("--set #{}", index + 1);
  const auto fail = [&](const std::string& problem) {
    return std::unexpected(core::invalid_input(
        option, "", fmt::format("\"{}\": {}; expected EXERCISE,REPS[,LOAD_KG[,RPE[,SIDE]]]", text, problem)));
  };
  const auto parts = split(text, ',');
  if (parts.size() < 2 || parts.size() > 5 || parts[0].empty()) return fail("wrong number of fields");
  core::StrengthSet set;
  set.exercise = parts[0];
  if (library.find(set.exercise) == nullptr) {
    return std::unexpected(core::invalid_input(
        option, "",
        fmt::format("\"{}\": {}{}", text, service::unknown_exercise_problem(library, set.exercise),
                    kExerciseList)));
  }
  const auto reps = parse_number<int>(parts[1]);
  if (!reps || *reps < 0 || *reps > 1000) return fail("REPS must be a whole number from 0 to 1000");
  set.reps = *reps;
  if (parts.size() > 2 && !parts[2].empty()) {
    const auto load = parse_number<double>(parts[2]);
    if (!load || *load < 0 || *load > 1000) return fail("LOAD_KG must be a number from 0 to 1000");
    set.load_kg = *load;
  }
  if (parts.size() > 3 && !parts[3].empty()) {
    const auto rpe = parse_number<double>(parts[3]);
    if (!rpe || *rpe < 0 || *rpe > 10) return fail("RPE must be a number from 0 to 10");
    set.rpe = *rpe;
  }
  if (parts.size() > 4 && !parts[4].empty()) {
    const auto side = core::parse_enum<core::Side>(parts[4]);
    if (!side) return fail("SIDE must be left, right, both or none");
    set.side = *side;
  }
  return set;
}

// The service names a field of an entry by its JSON path; an entry made from options is told
// about by the option that set the field (`--minutes`), never by a path the user did not write.
core::Error as_option_error(core::Error error) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kOptions{{
      {".duration_min", "--minutes"},
      {".distance_km", "--km"},
      {".date", "--date"},
      {"$.activities[0]", "--km, --minutes"}}};
  for (const auto& [path, option] : kOptions) {
    if (!error.path.ends_with(path)) continue;
    error.source = option;
    error.path.clear();
    break;
  }
  return error;
}

std::string summary(const service::LoggedEntries& logged, std::int64_t athlete) {
  std::string text = fmt::format("Logged {} activit{} and {} pain report{} for runner {}.\n", logged.activities.size(),
                                 logged.activities.size() == 1 ? "y" : "ies", logged.pain_reports,
                                 logged.pain_reports == 1 ? "" : "s", athlete);
  for (const auto& advice : logged.advice) text += "! " + advice + "\n";
  if (!logged.advice.empty()) text += fmt::format("  To re-plan: `stride plan --athlete-id {}`.\n", athlete);
  return text;
}

class LogCommand final : public Command {
 public:
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    m_run = app.add_subcommand("run", "log one run");
    add_activity_options(*m_run, m_run_options);
    m_run->add_option("--km", m_distance, "distance in kilometres")->check(CLI::Range(0.0, 1000.0));
    m_run->add_option("--avg-hr", m_average_heart_rate, "average heart rate, beats per minute")
        ->check(CLI::Range(20, 250));
    m_run->add_flag("--race", m_race, "the run was a race (feeds the race predictions)");

    m_strength = app.add_subcommand("strength", "log one strength session and its sets");
    add_activity_options(*m_strength, m_strength_options);
    m_strength->add_option("--set", m_sets,
                           "a set: EXERCISE,REPS[,LOAD_KG[,RPE[,SIDE]]], e.g. goblet_squat,8,16,7; repeat per set");

    m_pain = app.add_subcommand("pain", "log a pain score for a body region");
    m_pain_options.configure(*m_pain);
    m_pain->add_option("--date", m_date, "YYYY-MM-DD (default: today)");
    m_pain->add_option("--region", m_region, "foot, ankle, achilles_calf, shin, knee, hip, hamstring, lower_back or other")
        ->required();
    m_pain->add_option("--side", m_side, "left, right or both (default both)");
    m_pain->add_option("--score", m_score, "0 (none) to 10 (worst)")->required()->check(CLI::Range(0, 10));
    m_pain->add_option("--when", m_when, "during, after or next_morning (default during)");

    m_import = app.add_subcommand("import", "log every entry of a training-log file (contract §3.4) at once");
    m_import_options.configure(*m_import);
    m_import->add_option("file", m_file, "training-log file")->required();

    m_import_files = app.add_subcommand("import-files", "store the activities of FIT, GPX and TCX files as runs");
    m_files_options.configure(*m_import_files);
    m_import_files->add_option("files", m_paths, "FIT, GPX or TCX files")->required();
    m_import_files->add_option("--rpe", m_files_rpe, "session effort (CR-10, 0 to 10) for every file imported")
        ->check(CLI::Range(0.0, 10.0));
    m_import_files->add_option("--sport", m_files_sport, "run, cross or other: overrides the sport the files state")
        ->check(CLI::IsMember({"run", "cross", "other"}));
    m_import_files->add_flag("--progress", m_progress, "report each file on stderr as it is decoded");

    m_rate = app.add_subcommand("rate", "give an imported activity its session RPE");
    m_rate_options.configure(*m_rate);
    m_rate->add_option("--activity-id", m_activity_id, "the activity, as import-files printed it")
        ->required()
        ->check(positive_id("an activity's id, as `stride log import-files` printed it"));
    m_rate->add_option("--rpe", m_rate_rpe, "session effort on Foster's CR-10 scale, 0 to 10")
        ->required()
        ->check(CLI::Range(0.0, 10.0));
  }

  [[nodiscard]] int exit_code_after_output() const override { return m_failed ? 2 : 0; }

  void attach(const Environment& environment) override { m_environment = &environment; }

  core::Result<std::string> execute(CatalogAccess& access) override {
    if (m_import_files->parsed()) {
      return import_files(access);
    }
    if (m_rate->parsed()) return rate();
    STRIDE_TRY(const auto* loaded, access.full());
    const service::Catalog& catalog = *loaded;
    core::TrainingLog entries;
    std::string source = "the command line";
    const StoreOptions* options = &m_import_options;
    if (m_import->parsed()) {
      STRIDE_TRY(const auto text, read_input_file(m_file));
      STRIDE_TRY(entries, documents::decode_training_log(text, m_file));
      source = m_file;
    } else if (m_pain->parsed()) {
      options = &m_pain_options;
      STRIDE_TRY(auto report, pain_report());
      entries.pain.push_back(report);
    } else {
      const bool run = m_run->parsed();
      options = run ? &m_run_options : &m_strength_options;
      STRIDE_TRY(auto activity, activity_entry(run ? core::Sport::Run : core::Sport::Strength, catalog.library));
      entries.activities.push_back(std::move(activity));
    }
    STRIDE_TRY(auto store, options->open(*m_environment));
    auto logged = service::log_entries(catalog, *store, options->athlete_id(), entries, source, m_environment->clock->today());
    if (!logged) {
      auto error = m_import->parsed() ? logged.error() : as_option_error(logged.error());
      if (error.path.ends_with(".exercise")) error.message += kExerciseList;
      return std::unexpected(std::move(error));
    }
    return summary(*logged, options->athlete);
  }

 private:
  void add_activity_options(CLI::App& app, StoreOptions& options) {
    options.configure(app);
    app.add_option("--date", m_date, "YYYY-MM-DD (default: today)");
    app.add_option("--minutes", m_minutes, "duration in minutes")->required()->check(CLI::Range(0.0, 1440.0));
    app.add_option("--rpe", m_rpe, "session effort on Foster's CR-10 scale, 0 to 10, about 30 min after")
        ->required()
        ->check(CLI::Range(0.0, 10.0));
    app.add_option("--note", m_note, "a free note");
  }

  core::Result<core::Activity> activity_entry(core::Sport sport, const core::ExerciseLibrary& library) {
    core::Activity activity;
    STRIDE_TRY(activity.date, date_or_today(m_date, "--date", *m_environment));
    activity.sport = sport;
    activity.duration_min = m_minutes;
    activity.rpe = m_rpe;
    if (!m_note.empty()) activity.note = m_note;
    if (sport == core::Sport::Run) {
      activity.distance_km = m_distance;
      activity.avg_hr = m_average_heart_rate;
      activity.race = m_race;
    }
    for (std::size_t index = 0; index < m_sets.size(); ++index) {
      STRIDE_TRY(auto set, parse_set(m_sets[index], index, library));
      activity.sets.push_back(std::move(set));
    }
    return activity;
  }

  core::Result<core::PainReport> pain_report() {
    core::PainReport report;
    STRIDE_TRY(report.date, date_or_today(m_date, "--date", *m_environment));
    const auto region = core::parse_enum<core::InjuryRegion>(m_region);
    if (!region) return std::unexpected(core::invalid_input("--region", "", fmt::format("unknown region \"{}\"", m_region)));
    report.region = *region;
    if (!m_side.empty()) {
      const auto side = core::parse_enum<core::Side>(m_side);
      if (!side || *side == core::Side::None) {
        return std::unexpected(core::invalid_input("--side", "", fmt::format("\"{}\" is not left, right or both", m_side)));
      }
      report.side = *side;
    }
    report.score = m_score;
    if (!m_when.empty()) {
      const auto when = core::parse_enum<core::PainTiming>(m_when);
      if (!when) {
        return std::unexpected(
            core::invalid_input("--when", "", fmt::format("\"{}\" is not during, after or next_morning", m_when)));
      }
      report.when = *when;
    }
    return report;
  }

  // The files' activities stored; the whole catalog is loaded only when a file holds strength sets,
  // whose exercises it names (a run needs only the world records).
  core::Result<std::string> import_files(CatalogAccess& access) {
    auto decoded = decode_activity_files(m_paths, progress_style(m_progress), messages());
    service::ImportOptions options;
    options.rpe = m_files_rpe;
    if (m_files_sport) options.sport = core::parse_enum<core::Sport>(*m_files_sport);
    const bool has_sets = std::ranges::any_of(
        decoded, [](const service::DecodedActivityFile& file) { return file.decoded && !file.decoded->sets.empty(); });
    if (has_sets) {
      STRIDE_TRY(const auto* catalog, access.full());
      options.garmin_exercises = catalog->garmin_exercises;
    }
    STRIDE_TRY(const auto* world_records, access.world_records());
    const analytics::WorldRecordTable& records = *world_records;
    STRIDE_TRY(auto store, m_files_options.open(*m_environment));
    STRIDE_TRY(const auto result, service::import_decoded_files(*store, m_files_options.athlete_id(), std::move(decoded),
                                                                options, records, m_environment->clock->today()));
    for (const auto& file : result.unreadable) {
      m_failed = true;
      messages() << fmt::format("stride: {}: {}\n", file.source, json::error_message_without_source(file.decoded.error()));
    }
    const auto& imported = result.stored;
    for (const auto& file : imported.files) {
      if (file.outcome != service::RecordingOutcome::Refused) continue;
      m_failed = true;
      messages() << fmt::format("stride: {}: not stored: {}\n", file.source, file.problem);
    }
    return import_summary(imported, result.unreadable.size(), m_files_options.athlete);
  }

  core::Result<std::string> rate() {
    STRIDE_TRY(auto store, m_rate_options.open(*m_environment));
    STRIDE_TRY_STATUS(
        service::rate_activity(*store, m_rate_options.athlete_id(), core::ActivityId{m_activity_id}, m_rate_rpe));
    return fmt::format("Activity {} of runner {} now has RPE {:g}; its load is RPE × minutes.\n", m_activity_id,
                       m_rate_options.athlete, m_rate_rpe);
  }

  const Environment* m_environment = nullptr;
  CLI::App* m_run = nullptr;
  CLI::App* m_strength = nullptr;
  CLI::App* m_pain = nullptr;
  CLI::App* m_import = nullptr;
  CLI::App* m_import_files = nullptr;
  CLI::App* m_rate = nullptr;
  StoreOptions m_files_options;
  StoreOptions m_rate_options;
  std::vector<std::string> m_paths;
  std::optional<double> m_files_rpe;
  std::optional<std::string> m_files_sport;
  bool m_progress = false;
  bool m_failed = false;
  std::int64_t m_activity_id = 0;
  double m_rate_rpe = 0;
  StoreOptions m_run_options;
  StoreOptions m_strength_options;
  StoreOptions m_pain_options;
  StoreOptions m_import_options;
  std::string m_date;
  double m_minutes = 0;
  double m_rpe = 0;
  std::string m_note;
  std::optional<double> m_distance;
  std::optional<int> m_average_heart_rate;
  bool m_race = false;
  std::vector<std::string> m_sets;
  std::string m_region;
  std::string m_side;
  int m_score = 0;
  std::string m_when;
  std::string m_file;
};

}  // namespace

std::unique_ptr<Command> make_log_command() { return std::make_unique<LogCommand>(); }

}  // namespace stride::cli
