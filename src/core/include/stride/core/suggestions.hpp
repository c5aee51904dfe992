#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// "Did you mean" hints for ids typed by people (exercise ids in `--set` and log files). Pure.
namespace stride::core {

// The Levenshtein distance: the fewest single-character insertions, deletions and substitutions
// that turn `a` into `b`, counted in bytes.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` of `candidates` closest to `query`, best first. A candidate qualifies when it
// shares a word with the query (words are separated by '_', '-' or ' '; two words of four or more
// letters count as shared when one edit apart, so "squats" matches "squat") or lies within
// max(2, query length / 3) edits of it. They are ordered by shared words (more first), then by
// edits (fewer first), then alphabetically. ASCII letters are compared without case.
[[nodiscard]] std::vector<std::string> closest_matches(std::string_view query,
                                                       std::span<const std::string> candidates, std::size_t limit);

// "a", "a or b", "a, b or c": the hints as a runner reads them.
[[nodiscard]] std::string or_list(const std::vector<std::string>& items);

}  // namespace stride::core
