// Fuzz target for every JSON decoder a user, a data file or the store can reach. The first byte picks the
// decoder; the rest is the document. Any crash, sanitizer report or hang is a bug: decoders must
// turn every input into a value or an Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "stride/analytics/training_load.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "stride/documents/backup_document.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stride/documents/input_decoders.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 11) {
    case 0: (void)stride::documents::decode_athlete(text, "fuzz.json"); break;
    case 1: (void)stride::documents::decode_assessment(text, "fuzz.json"); break;
    case 2: (void)stride::data_files::decode_exercise_file(text, "fuzz.json"); break;
    case 3: (void)stride::data_files::decode_muscles(text, "fuzz.json"); break;
    case 4: (void)stride::data_files::decode_compensation_wording(text, "fuzz.json"); break;
    case 5: (void)stride::documents::decode_running_calendar(text, "fuzz.json"); break;
    case 6: (void)stride::data_files::decode_plan_rules(text, "fuzz.json"); break;
    case 7:
      // A table that decodes must answer every distance without trouble.
      if (auto records = stride::data_files::decode_world_records(text, "fuzz.json")) {
        for (const double metres : {-1.0, 0.0, 50.0, 1000.0, 15000.0, 1e6}) (void)records->fastest_time_s(metres);
      }
      break;
    case 8:
      // A backup that decodes must encode and decode to the same tables.
      if (auto dump = stride::documents::decode_backup(text, "fuzz.json")) {
        const auto again = stride::documents::decode_backup(stride::documents::encode_backup(*dump), "again.json");
        if (!again || !(*again == *dump)) __builtin_trap();
      }
      break;
    case 9:
      // A stored plan that decodes has the outline its document gives.
      if (auto plan = stride::documents::decode_plan_document(text, "fuzz.json")) {
        const auto outline = stride::documents::decode_plan_outline_document(text, "fuzz.json");
        if (!outline || !(*outline == stride::core::outline_of(*plan))) __builtin_trap();
      } else {
        (void)stride::documents::decode_plan_outline_document(text, "fuzz.json");
      }
      break;
    default:
      // A log that decodes must also go through the load metrics without trouble.
      if (auto log = stride::documents::decode_training_log(text, "fuzz.json")) (void)stride::analytics::compute_load(*log);
      break;
  }
  return 0;
}
