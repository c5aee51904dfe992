// write_fit_samples DIR: writes a handful of varied generated FIT files into DIR (which must
// exist), for the fuzz seed corpus: both header sizes, both byte orders, compressed timestamps,
// developer fields, unknown messages, chained segments with hr messages, a cycling file, and a
// strength workout with set messages (and one with a set_type the profile does not define), which
// are also tests/golden/inputs/strength_stability_a.fit and tests/golden/bad/strength_bad_set_type.fit.
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "fit_writer.hpp"

namespace {

using namespace stride::testing;

bool write_file(const std::string& path, const FitBytes& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(out);
}

// A short chained file: the run in two segments, then a segment of hr messages.
FitBytes chained_with_heart_rate(const stride::core::RecordedActivity& run) {
  auto without_heart_rate = run;
  for (auto& sample : without_heart_rate.samples) sample.heart_rate_bpm = stride::core::kMissing;
  FitActivityOptions options;
  options.segments = 2;
  FitBytes file = write_fit_activity(without_heart_rate, options);
  FitWriter writer;
  std::vector<FitHeartBeat> beats;
  for (const auto& sample : run.samples) beats.push_back({sample.time_s - 0.3, static_cast<int>(sample.heart_rate_bpm)});
  write_heart_rate_messages(writer, beats);
  const FitBytes heart_rate = writer.finish();
  file.insert(file.end(), heart_rate.begin(), heart_rate.end());
  return file;
}

// Stability A of the example plan (2026-11-25) as a watch records it, starting at 07:00Z: glute
// bridges, split squats, dead bugs (each exercise's sets with rests between them), and kickstand
// Romanian deadlifts, which the workout export leaves to Garmin's "unknown" category (65534).
std::vector<FitStrengthSet> stability_a_sets() {
  const FitStrengthSet rest{.set_type = 0, .duration_s = 45};
  const auto active = [](int category, int name, int reps, double weight_kg) {
    return FitStrengthSet{.set_type = 1, .category = category, .exercise_name = name, .repetitions = reps,
                          .weight_kg = weight_kg, .duration_s = 40};
  };
  return {active(10, 11, 12, 0),    rest, active(28, 28, 12, 0),    rest, active(28, 28, 12, 0),    rest,
          active(65534, 0, 12, 8),  rest, active(65534, 0, 12, 8),  rest, active(11, 1, 10, 0),     rest,
          active(11, 1, 10, 0)};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: write_fit_samples DIR\n");
    return 2;
  }
  const std::string folder = argv[1];
  const auto run = synthetic_run(40, 7);

  std::vector<std::pair<std::string, FitBytes>> files;
  files.emplace_back("run-long-header.fit", write_fit_activity(run, {}));
  FitActivityOptions short_big;
  short_big.header.long_header = false;
  short_big.endian = FitEndian::Big;
  files.emplace_back("run-short-header-big-endian.fit", write_fit_activity(run, short_big));
  FitActivityOptions compressed;
  compressed.compressed_timestamps = true;
  compressed.enhanced_fields = true;
  compressed.header.header_crc = false;
  files.emplace_back("run-compressed-timestamps.fit", write_fit_activity(run, compressed));
  FitActivityOptions developer;
  developer.developer_power = true;
  developer.unknown_messages = true;
  files.emplace_back("run-developer-power-unknown-messages.fit", write_fit_activity(run, developer));
  files.emplace_back("run-chained-heart-rate.fit", chained_with_heart_rate(run));
  FitActivityOptions cycling;
  cycling.sport = 2;
  files.emplace_back("ride.fit", write_fit_activity(synthetic_run(12, 3), cycling));

  constexpr double kStabilityAStart = 1795590000;  // 2026-11-25T07:00:00Z
  const auto strength = stability_a_sets();
  files.emplace_back("strength.fit", write_fit_strength(kStabilityAStart, strength));
  auto bad_set_type = strength;
  bad_set_type[4].set_type = 7;
  files.emplace_back("strength-bad-set-type.fit", write_fit_strength(kStabilityAStart, bad_set_type));

  for (const auto& [name, bytes] : files) {
    if (!write_file(folder + "/" + name, bytes)) {
      std::fprintf(stderr, "write_fit_samples: cannot write %s/%s\n", folder.c_str(), name.c_str());
      return 1;
    }
  }
  return 0;
}
