// data/rules/world_records.json -> analytics::WorldRecordTable. Every field is required and
// unknown keys are refused; the table's own rules (order, slowing down with distance) are checked
// by WorldRecordTable::create. docs/input-checks.md describes the file and its sources.
#include "data_header.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "stride/documents/document_reader.hpp"

namespace stride::data_files {

using documents::Field;
using documents::parse_document;
namespace {

constexpr std::size_t kMaximumRecords = 100;

core::Result<analytics::WorldRecord> decode_record(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"event", "distance_m", "time_s", "holder"}));
  analytics::WorldRecord record;
  STRIDE_TRY(auto event, field.required("event"));
  STRIDE_TRY(record.event, event.text(40));
  STRIDE_TRY(auto distance, field.required("distance_m"));
  STRIDE_TRY(record.distance_m, distance.number(1, 1'000'000));
  STRIDE_TRY(auto time, field.required("time_s"));
  STRIDE_TRY(record.time_s, time.number(1, 7 * 24 * 3600));
  STRIDE_TRY(auto holder, field.required("holder"));
  STRIDE_TRY(record.holder, holder.text(200));
  return record;
}

}  // namespace

core::Result<analytics::WorldRecordTable> decode_world_records(std::string_view text, std::string source) {
  STRIDE_TRY(auto document, parse_document(text, source));
  const Field root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "version", "sources", "records"}));
  STRIDE_TRY(const int version, detail::decode_rules_header(root, "stride.world_records.v1"));
  STRIDE_TRY(auto records_field, root.required("records"));
  STRIDE_TRY(auto items, records_field.elements(kMaximumRecords));
  std::vector<analytics::WorldRecord> records;
  for (const auto& item : items) {
    STRIDE_TRY(auto record, decode_record(item));
    records.push_back(std::move(record));
  }
  return analytics::WorldRecordTable::create(std::move(records), version, source);
}

}  // namespace stride::data_files
