#include <algorithm>
#include <array>
#include <functional>
#include <set>
#include <string_view>

#include <boost/container/small_vector.hpp>

#include "session_items.hpp"
#include "stride/planning/session_builder.hpp"

// How a session's items become its blocks: the trim ladder that fits them to the session's limits,
// and the sets and intensity its content holds.
namespace stride::planning {

namespace {

// The name of a block in a plan: "warm_up", "main".
std::string_view block_name(SessionBlock block) {
  switch (block) {
    case SessionBlock::Inhibit: return "inhibit";
    case SessionBlock::Lengthen: return "lengthen";
    case SessionBlock::Activate: return "activate";
    case SessionBlock::WarmUp: return kWarmUp;
    case SessionBlock::Main: return kMain;
    case SessionBlock::Core: return kCore;
    case SessionBlock::CoolDown: return kCoolDown;
  }
  return kMain;
}

// Words to take out of a reason, with a Boyer–Moore–Horspool searcher made once: they begin with a
// space or a comma, where a plain find would stop and compare dozens of times in one reason.
class Phrase {
 public:
  explicit Phrase(std::string_view words) : m_words(words), m_searcher(m_words.begin(), m_words.end()) {}

  // Erases the first occurrence of the words from `text`, if there is one.
  void erase_from(std::string& text) const {
    const auto [first, last] = m_searcher(text.begin(), text.end());
    if (first != last) text.erase(first, last);
  }

 private:
  std::string_view m_words;
  std::boyer_moore_horspool_searcher<std::string_view::const_iterator> m_searcher;
};

// What the reasons say of the weaker side's extra set, besides that the side goes first.
const std::array<Phrase, 3>& extra_set_phrases() {
  static const std::array<Phrase, 3> phrases{Phrase(" and give it an extra set"), Phrase(", with an extra set there"),
                                             Phrase(" and gets an extra set")};
  return phrases;
}

}  // namespace

void SessionBuilder::drop_barred_extra_set(core::Prescription& item) const {
  if (!item.extra_sets_side) return;
  const auto& injured = m_picker->profile().current_injury_sides;
  const bool soft_tissue = item.role == core::Role::Inhibit || item.role == core::Role::Lengthen ||
                           item.role == core::Role::Mobility || item.role == core::Role::CoolDown;
  if (soft_tissue || injured.contains(*item.extra_sets_side) || injured.contains(core::Side::Both)) {
    item.extra_sets_side.reset();
    // The reasons say the side goes first; the extra set is gone.
    std::string why = item.why;
    for (const auto& phrase : extra_set_phrases()) phrase.erase_from(why);
    item.why = std::move(why);
  }
}

core::SharedString SessionBuilder::left_out_words(std::string_view name, bool in_warm_up) const {
  constexpr std::string_view kThe = "the ";
  constexpr std::string_view kInWarmUp = " in the warm-up";
  const auto size = kThe.size() + name.size() + (in_warm_up ? kInWarmUp.size() : 0);
  const auto written = std::ranges::find_if(m_left_out_words, [&](const core::SharedString& words) {
    const auto text = words.view();
    return text.size() == size && text.substr(kThe.size(), name.size()) == name &&
           (!in_warm_up || text.ends_with(kInWarmUp));
  });
  if (written != m_left_out_words.end()) return *written;
  std::string words;
  words.reserve(size);
  words.append(kThe).append(name);
  if (in_warm_up) words += kInWarmUp;
  return m_left_out_words.emplace_back(std::move(words));
}

int sets_of(const core::Prescription& item) { return item.sets + (item.extra_sets_side ? 1 : 0); }

core::Intensity intensity_of(const std::vector<core::Block>& blocks, const PlanRules& rules) {
  auto intensity = core::Intensity::Light;
  for (const auto& block : blocks) {
    const bool main = block.name == kMain;
    for (const auto& item : block.items) {
      const bool explosive = item.role == core::Role::Plyometric || item.role == core::Role::Power || item.contacts;
      const bool hard_lift = (item.rpe && *item.rpe >= rules.heavy_rpe) ||
                             (item.pct_1rm && *item.pct_1rm >= rules.heavy_percent_of_maximum);
      if (explosive || hard_lift) return core::Intensity::Heavy;
      if (main) intensity = core::Intensity::Moderate;
    }
  }
  return intensity;
}

SessionContent SessionBuilder::assemble(std::vector<Entry> candidates, const Limits& limits,
                                        bool correctives_first) const {
  const auto& set_limit = limits.sets;
  SessionContent content;
  // The entries still in the session, in order: trimming drops pointers, so the entries themselves
  // never move. This and the other lists of positions below are held on the stack for a session of
  // up to kSessionEntries entries.
  boost::container::small_vector<Entry*, kSessionEntries> entries;
  for (auto& candidate : candidates) entries.push_back(&candidate);
  // By position in `candidates`: whether the entry is still among `entries`. Every removal below
  // goes through remove_if, which keeps it so.
  boost::container::small_vector<char, kSessionEntries> present(candidates.size(), 1);
  // The seconds of the entries still in the session: every change to an entry's estimate
  // (retime) and every removal keeps it so.
  core::Seconds total_seconds{0};
  const auto remove_if = [&](const auto& removed) {
    const auto kept_end = std::remove_if(entries.begin(), entries.end(), [&](Entry* entry) {
      if (!removed(entry)) return false;
      present[static_cast<std::size_t>(entry - candidates.data())] = 0;
      total_seconds -= entry->seconds;
      return true;
    });
    entries.erase(kept_end, entries.end());
  };
  for (auto* entry : entries) drop_barred_extra_set(entry->item);
  const auto seconds_of = [&](const Entry& entry) {
    auto seconds = estimate_duration(entry.item, *m_timing);
    // The heavy half of a pair also rests before its partner after the last set.
    if (entry.pair >= 0 && entry.item.pair_with && entry.item.role == core::Role::Strength) {
      seconds += core::Seconds(entry.item.rest_seconds);
    }
    return seconds;
  };
  // Every change to an item's dose below renews its entry's estimate, so that the sums the trim
  // loop asks for after each step add up the entries' seconds instead of estimating every item.
  // (Only entries still in the session are retimed.)
  const auto retime = [&](Entry& entry) {
    const auto seconds = seconds_of(entry);
    total_seconds += seconds - entry.seconds;
    entry.seconds = seconds;
  };
  for (auto* entry : entries) retime(*entry);
  // A superset guest whose host was dropped does its own sets and rests again; one whose host
  // lost sets does no more sets than it. Settled before every estimate, so trimming sees it.
  // The superset's halves, by position in `candidates`, in the session's order (only superset()
  // links items outside a contrast pair, and trimming only ever unlinks them).
  boost::container::small_vector<std::size_t, kSessionEntries> superset_halves;
  for (std::size_t position = 0; position < candidates.size(); ++position) {
    if (candidates[position].item.pair_with && candidates[position].pair < 0) superset_halves.push_back(position);
  }
  const auto settle_guests = [&] {
    for (const auto position : superset_halves) {
      if (present[position] == 0) continue;
      auto* entry = &candidates[position];
      if (!entry->item.pair_with) continue;
      // superset() gives both halves their partner.
      const auto host_position = static_cast<std::size_t>(entry->partner);
      const Entry& host = candidates.at(host_position);
      const bool host_present = present[host_position] != 0;
      if (host_present && entry->solo_rest_seconds >= 0 && host.item.sets < entry->item.sets) {
        entry->item.sets = host.item.sets;
        retime(*entry);
      }
      if (!host_present) {
        entry->item.pair_with.reset();
        if (entry->solo_rest_seconds >= 0) entry->item.rest_seconds = entry->solo_rest_seconds;
        retime(*entry);
      }
    }
  };
  const auto training = [&] {
    core::Seconds sum{0};
    for (const auto* entry : entries) {
      if (entry->item.role != core::Role::Rehab) sum += entry->seconds;
    }
    return sum;
  };
  // Takes one set from the first rehab item above `floor` sets; false when there is none.
  const auto one_rehab_set_less = [&](int floor) {
    const auto rehab = std::ranges::find_if(entries, [&](const Entry* entry) {
      return entry->item.role == core::Role::Rehab && entry->item.sets > floor;
    });
    if (rehab == entries.end()) return false;
    (*rehab)->item.sets -= 1;
    retime(**rehab);
    return true;
  };
  const auto drop = [&](std::size_t index) {
    const Entry& dropped = *entries[index];
    const int pair = dropped.pair;
    // A corrective the session had to hold for the week (correctives first) is told when it goes.
    const auto role = dropped.item.role;
    const bool week_corrective = correctives_first && (role == core::Role::Activate || role == core::Role::Inhibit ||
                                                       role == core::Role::Lengthen);
    const bool worth_telling = dropped.block == SessionBlock::Main || dropped.block == SessionBlock::Core || week_corrective;
    if (worth_telling) {
      auto words = left_out_words(dropped.exercise != nullptr ? std::string_view(dropped.exercise->name)
                                                              : name_of(*m_picker, dropped.item.exercise),
                                  dropped.block == SessionBlock::WarmUp);
      if (std::ranges::find(content.shortened, words) == content.shortened.end()) {
        content.shortened.push_back(std::move(words));
      }
    }
    if (pair >= 0) {
      remove_if([&](const Entry* entry) { return entry->pair == pair && entry->block == SessionBlock::Main; });
    } else {
      const Entry* only = entries[index];
      remove_if([&](const Entry* entry) { return entry == only; });
    }
  };
  const auto droppable = [&](int minimum_tier) -> std::optional<std::size_t> {
    std::optional<std::size_t> chosen;
    int chosen_tier = minimum_tier;  // the last entry of the highest tier, at least the minimum
    for (std::size_t index = 0; index < entries.size(); ++index) {
      const int tier = entries[index]->tier;
      if (tier < chosen_tier) continue;
      chosen = index;
      chosen_tier = tier;
    }
    return chosen;
  };
  const auto total_sets = [&] {
    int sum = 0;
    for (const auto* entry : entries) {
      if (entry->item.role != core::Role::Rehab) sum += sets_of(entry->item);
    }
    return sum;
  };
  const core::Seconds limit = limits.budget;
  const auto over = [&] {
    settle_guests();
    return total_seconds > limit || (set_limit && total_sets() > *set_limit) ||
           (limits.training && training() > *limits.training);
  };
  while (over()) {
    const bool too_many_sets = set_limit && total_sets() > *set_limit;
    if (auto index = droppable(3)) {
      drop(*index);
      continue;
    }
    // Then the lifts lose sets (and core work too, when the sets are over their limit) before
    // core and calf work goes.
    std::optional<std::size_t> reducible;
    int reducible_sets = 0;  // the last entry with the most sets above its fewest
    for (std::size_t index = 0; index < entries.size(); ++index) {
      const auto& entry = *entries[index];
      const bool reducible_block = entry.block == SessionBlock::Main || (too_many_sets && entry.block == SessionBlock::Core);
      if (!reducible_block || entry.item.sets <= entry.minimum_sets) continue;
      if (reducible && entry.item.sets < reducible_sets) continue;
      reducible = index;
      reducible_sets = entry.item.sets;
    }
    if (reducible) {
      const Entry* reduced = entries[*reducible];
      const int pair = reduced->pair;
      if (std::ranges::find(content.shortened, m_fewer_sets_words) == content.shortened.end()) {
        content.shortened.push_back(m_fewer_sets_words);
      }
      for (auto* entry : entries) {
        if (entry == reduced || (pair >= 0 && entry->pair == pair && entry->block == SessionBlock::Main)) {
          entry->item.sets -= 1;
          retime(*entry);
        }
      }
      continue;
    }
    if (auto index = droppable(1)) {
      drop(*index);
      continue;
    }
    // Last, the essential lifts go down to one set each (rehab loading keeps its dose).
    std::optional<std::size_t> essential;
    for (std::size_t index = 0; index < entries.size(); ++index) {
      const auto& entry = *entries[index];
      if (entry.block != SessionBlock::Main || entry.item.role == core::Role::Rehab || entry.item.sets <= 1) continue;
      if (!essential || entry.item.sets > entries[*essential]->item.sets) essential = index;
    }
    if (!essential) {
      // A session too short for its rehab loading, its correctives and a lift first holds fewer
      // of the rehab sets (never below two), then lets the last lift go (never a contrast pair).
      if (one_rehab_set_less(2)) continue;
      const auto lift = std::ranges::find_if(entries.rbegin(), entries.rend(), [](const Entry* entry) {
        return entry->block == SessionBlock::Main && entry->item.role != core::Role::Rehab && entry->pair < 0;
      });
      if (lift != entries.rend()) {
        drop(static_cast<std::size_t>(entries.rend() - lift - 1));
        continue;
      }
      if (correctives_first) {
        // A week with no other day for a correctives session keeps them here: the opening drill
        // goes, then the rehab sets down to one, then the rest of the main work, the last first.
        const auto drill = std::ranges::find_if(entries, [](const Entry* entry) {
          return entry->block == SessionBlock::WarmUp && entry->item.role == core::Role::Mobility;
        });
        if (drill != entries.end()) {
          drop(static_cast<std::size_t>(drill - entries.begin()));
          continue;
        }
        if (one_rehab_set_less(1)) continue;
        const auto other = std::ranges::find_if(entries.rbegin(), entries.rend(), [](const Entry* entry) {
          return entry->block != SessionBlock::WarmUp && entry->block != SessionBlock::CoolDown;
        });
        if (other != entries.rend()) {
          drop(static_cast<std::size_t>(entries.rend() - other - 1));
          continue;
        }
        // Then the correctives themselves get shorter: no extra set on the weaker side, and
        // stretches held for the rules' shortest hold (rolling keeps its 30 s).
        const auto extra = std::ranges::find_if(entries, [](const Entry* entry) {
          return entry->item.extra_sets_side.has_value();
        });
        if (extra != entries.end()) {
          auto& item = (*extra)->item;
          item.extra_sets_side.reset();
          constexpr std::string_view kExtraSetWords = " and give it an extra set";  // the routine's why
          if (const auto at = item.why.find(kExtraSetWords); at != std::string::npos) {
            std::string why = item.why;
            why.erase(at, kExtraSetWords.size());
            item.why = std::move(why);
          }
          retime(**extra);
          continue;
        }
        const auto stretch = std::ranges::find_if(entries, [&](const Entry* entry) {
          return entry->item.role == core::Role::Lengthen &&
                 entry->item.hold_seconds.value_or(0) > m_timing->stretch_hold_minimum_seconds;
        });
        if (stretch != entries.end()) {
          (*stretch)->item.hold_seconds = m_timing->stretch_hold_minimum_seconds;
          retime(**stretch);
          continue;
        }
      }
      // Only then does a correctives item go, the last first; the opening drill stays.
      const auto corrective = std::ranges::find_if(entries.rbegin(), std::prev(entries.rend()), [](const Entry* entry) {
        return entry->block == SessionBlock::WarmUp || entry->block == SessionBlock::CoolDown;
      });
      if (entries.empty() || corrective == std::prev(entries.rend())) break;
      drop(static_cast<std::size_t>(entries.rend() - corrective - 1));
      continue;
    }
    const Entry* lightened = entries[*essential];
    const int pair = lightened->pair;
    for (auto* entry : entries) {
      if (entry == lightened || (pair >= 0 && entry->pair == pair && entry->block == SessionBlock::Main)) {
        entry->item.sets = std::max(1, entry->item.sets - 1);
        retime(*entry);
      }
    }
  }
  // A rehab item that took a warm-up exercise and stayed replaces it there (its dose does the work).
  boost::container::small_vector<core::SharedString, kSessionEntries> rehab_exercises;
  for (const auto* entry : entries) {
    if (entry->item.role == core::Role::Rehab) rehab_exercises.push_back(entry->item.exercise);
  }
  if (!rehab_exercises.empty()) {
    remove_if([&](const Entry* entry) {
      return entry->item.role != core::Role::Rehab && std::ranges::find(rehab_exercises, entry->item.exercise) !=
                                                          rehab_exercises.end();
    });
  }
  settle_guests();
  // A strength or light session's blocks, or a correctives session's (the continuum's order).
  // The blocks held, in the continuum's order, each with room for its items made once; then one
  // pass puts every entry's item in its block, in the session's order.
  constexpr std::size_t kBlockCount = 7;  // the SessionBlock values, in their order
  std::array<std::size_t, kBlockCount> counts{};
  for (const auto* entry : entries) ++counts[static_cast<std::size_t>(entry->block)];
  std::array<std::size_t, kBlockCount> position_of_block{};  // in content.blocks, by SessionBlock
  content.blocks.reserve(static_cast<std::size_t>(std::ranges::count_if(counts, [](std::size_t count) {
    return count != 0;
  })));
  for (std::size_t name = 0; name < kBlockCount; ++name) {
    if (counts[name] == 0) continue;
    position_of_block[name] = content.blocks.size();
    auto& block = content.blocks.emplace_back();
    block.name = std::string(block_name(static_cast<SessionBlock>(name)));
    block.items.reserve(counts[name]);
  }
  for (auto* candidate : entries) {
    auto& entry = *candidate;
    entry.item.duration = entry.seconds;
    content.duration += entry.item.duration;
    if (entry.item.role != core::Role::Rehab) {
      content.total_sets += sets_of(entry.item);
      content.training_duration += entry.item.duration;
    }
    if (entry.item.contacts) {
      content.plyometric_contacts += entry.item.sets * *entry.item.contacts * (entry.item.per_side ? 2 : 1);
    }
    if (entry.block == SessionBlock::Main && entry.item.reps &&
        (entry.item.role == core::Role::Strength || entry.item.role == core::Role::Power)) {
      content.main_volume += entry.item.sets * *entry.item.reps;
    }
    content.blocks[position_of_block[static_cast<std::size_t>(entry.block)]].items.push_back(std::move(entry.item));
  }
  return content;
}

}  // namespace stride::planning
