#include <fmt/format.h>

#include <algorithm>

#include "routine_builder.hpp"

// The routine's time budget, and the notes that say what it did.
namespace stride::planning::routine_building {

void RoutineBuilder::lighten(Planned& planned) const {
  planned.item.sets = 1;
  if (planned.step == Step::Lengthen && planned.item.hold_seconds) {
    planned.item.hold_seconds = std::min(*planned.item.hold_seconds, m_rules.stretch_hold_minimum_seconds);
  }
  planned.item.duration = estimate_duration(planned.item, m_rules);
}

void RoutineBuilder::fit_budget(const std::vector<Planned*>& essential, std::vector<Planned>& inhibit,
                                std::vector<Planned>& lengthen, std::vector<Planned>& activate,
                                std::vector<Planned>& integrate, std::vector<Planned>& balance) {
  std::vector<Planned*> round_robin;
  const std::size_t rounds = std::max({inhibit.size(), lengthen.size(), activate.size(), integrate.size()});
  for (std::size_t round = 0; round < rounds; ++round) {
    for (auto* list : {&activate, &lengthen, &inhibit, &integrate}) {
      if (round < list->size()) round_robin.push_back(&(*list)[round]);
    }
  }
  std::vector<Planned*> order = essential;
  const auto add = [&](Planned* planned) {
    if (std::find(order.begin(), order.end(), planned) == order.end()) order.push_back(planned);
  };
  if (!integrate.empty()) add(&integrate[0]);
  for (auto& item : balance) add(&item);
  for (auto* planned : round_robin) add(planned);

  const auto essential_seconds = [&] {
    core::Seconds sum{0};
    for (const auto* planned : essential) sum += planned->item.duration;
    return sum;
  };
  core::Minutes effective = m_options.budget;
  if (essential_seconds() > core::Seconds(m_options.budget)) {
    for (auto* planned : essential) lighten(*planned);
    m_lightened = true;
    const auto needed = essential_seconds();
    if (needed > core::Seconds(m_options.budget)) effective = core::Minutes((needed.count() + 59) / 60);
  }
  const core::Seconds budget = effective;
  core::Seconds total{0};
  // Each exercise is in the routine's lists once at most, so its place in the library tells
  // whether its item is kept.
  m_in_blocks.assign(m_library.all().size(), 0);
  for (auto* planned : order) {
    if (total + planned->item.duration <= budget) {
      total += planned->item.duration;
      m_in_blocks[position_of(*planned->exercise)] = 1;
    } else {
      m_routine.left_out.push_back({planned->item.exercise, planned->item.role, planned->item.targets,
                                    fmt::format("left out to fit the {}-minute budget", budget.count() / 60)});
      ++m_left_out_for_time;
    }
  }
  const auto is_kept = [&](const Planned& planned) { return m_in_blocks[position_of(*planned.exercise)] != 0; };
  m_routine.duration = total;
  m_routine.budget = effective;
  auto add_block = [&](std::string name, std::vector<Planned>& list, std::vector<Planned>* extra) {
    core::Block block{std::move(name), 1, {}};
    for (auto& planned : list) {
      if (is_kept(planned)) block.items.push_back(planned.item);
    }
    if (extra != nullptr) {
      for (auto& planned : *extra) {
        if (is_kept(planned)) block.items.push_back(planned.item);
      }
    }
    if (!block.items.empty()) m_routine.blocks.push_back(std::move(block));
  };
  add_block("inhibit", inhibit, nullptr);
  add_block("lengthen", lengthen, nullptr);
  add_block("activate", activate, nullptr);
  add_block("integrate", integrate, &balance);
}

void RoutineBuilder::add_notes(const std::vector<Target>& overactive) {
  auto& notes = m_routine.notes;
  if (m_findings.findings.empty() && m_findings.imbalances.empty()) {
    notes.push_back(
        "No compensations were recorded, so there is nothing to correct: keep a dynamic warm-up before runs and "
        "strength sessions.");
    return;
  }
  if (!overactive.empty() && !can_roll()) {
    notes.push_back(
        "You have no foam roller or massage ball, so the routine starts with stretching. A firm ball (a tennis or "
        "lacrosse ball) works as a massage ball: add massage_ball to your equipment to get the rolling step.");
  }
  if (m_lightened) {
    const auto minutes = m_routine.budget.count();
    if (minutes > m_options.budget.count()) {
      notes.push_back(fmt::format(
          "Giving each of your {} findings one roll or stretch and one activation takes {} minutes, more than the "
          "{}-minute budget, so the routine takes {} minutes, with single sets and {}-second stretches; nothing "
          "you showed is left without an exercise.",
          m_findings.findings.size(), minutes, m_options.budget.count(), minutes,
          m_rules.stretch_hold_minimum_seconds));
    } else {
      notes.push_back(fmt::format(
          "To give each of your {} findings one roll or stretch and one activation within {} minutes, those "
          "exercises are done as single sets with {}-second stretches.",
          m_findings.findings.size(), minutes, m_rules.stretch_hold_minimum_seconds));
    }
  }
  if (m_left_out_for_time > 0) {
    notes.push_back(fmt::format("{} exercise{} left out to fit {} minutes; they are listed under \"left out\".",
                                m_left_out_for_time, m_left_out_for_time == 1 ? " was" : "s were",
                                m_routine.budget.count()));
  }
  notes.push_back(
      "Do the routine as the warm-up before runs and strength sessions, in the order given: roll, stretch, "
      "activate, then integrate.");
}

}  // namespace stride::planning::routine_building
