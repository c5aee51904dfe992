#pragma once

#include <string>
#include <string_view>

#include "stride/analytics/world_records.hpp"
#include "stride/core/error.hpp"
#include "stride/service/catalog.hpp"

// A catalog archive holds a validated service::Catalog as compact bytes: what the build stores in
// the program so that no command decodes the data tree's JSON at run time (docs/architecture.md,
// "Data in the binary"). The bytes belong to the build that wrote them; they are no exchange format.
namespace stride::archive {

// The bytes of `catalog`: a format mark, then every part, world records first. The same catalog
// always gives the same bytes. read_catalog() of them gives back a catalog equal to `catalog`.
[[nodiscard]] std::string write_catalog(const service::Catalog& catalog);

// The catalog that write_catalog() wrote into `bytes`. The muscle vocabulary, the exercise
// library, each compensation table and the world-record table are rebuilt through their create(),
// which checks their own invariants again; the checks across the data files that data_files::load_catalog
// makes (rule ids in the library, key muscles in the vocabulary) are not repeated. Fails with
// Corrupt when the bytes do not start with the format mark of this build, end early, go on after
// the catalog, hold an impossible value (a count beyond the bytes, an unknown enumerator) or a part
// that its create() refuses. Any bytes give a catalog or an error, never undefined behaviour.
[[nodiscard]] core::Result<service::Catalog> read_catalog(std::string_view bytes);

// Only the world-record table of the catalog in `bytes`, reading no further than it: for the
// commands that need nothing else. Fails as read_catalog() does for its part of the bytes.
[[nodiscard]] core::Result<analytics::WorldRecordTable> read_world_records(std::string_view bytes);

}  // namespace stride::archive
