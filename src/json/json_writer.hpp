#pragma once

#include "stride/json_writer/json_writer.hpp"

// The output encoders' names for the writer of stride::json_writer (private to stride::json).
namespace stride::json::detail {

using json_writer::JsonKey;
using json_writer::JsonWriter;

}  // namespace stride::json::detail
