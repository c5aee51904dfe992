// write_fit_samples DIR: writes a handful of varied generated FIT files into DIR (which must
// exist), for the fuzz seed corpus: both header sizes, both byte orders, compressed timestamps,
// developer fields, unknown messages, chained segments with hr messages, and a cycling file.
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

  for (const auto& [name, bytes] : files) {
    if (!write_file(folder + "/" + name, bytes)) {
      std::fprintf(stderr, "write_fit_samples: cannot write %s/%s\n", folder.c_str(), name.c_str());
      return 1;
    }
  }
  return 0;
}
