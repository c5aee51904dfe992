#include "text_output.hpp"

#include <fmt/format.h>

#include <cmath>

#include "stride/core/display_text.hpp"
#include "stride/report/dose.hpp"
#include "text_format.hpp"

namespace stride::cli {
namespace {

std::string equipment_text(const core::Exercise& exercise) {
  if (exercise.equipment.empty()) return "bodyweight";
  std::string text;
  for (auto item : exercise.equipment) text += fmt::format("{}{}", text.empty() ? "" : ", ", spaced(core::enum_name(item)));
  return text;
}

std::string plain_list(const std::vector<std::string>& ids, const core::MuscleVocabulary& muscles) {
  std::string text;
  for (const auto& id : ids) text += fmt::format("{}{}", text.empty() ? "" : ", ", muscles.plain_name(id));
  return text.empty() ? "none listed" : text;
}

std::string side_text(core::Side side) {
  switch (side) {
    case core::Side::Both: return "both sides";
    case core::Side::Left: return "left side";
    case core::Side::Right: return "right side";
    case core::Side::None: return "none";
  }
  return "";
}

const char* step_heading(std::string_view block) {
  if (block == "inhibit") return "ROLL (inhibit): roll slowly, then rest on each tender spot";
  if (block == "lengthen") return "STRETCH (lengthen): ease into each stretch and breathe; no bouncing";
  if (block == "activate") return "ACTIVATE: slow and controlled, feel the target muscle work";
  return "INTEGRATE: put it together in whole-body movement";
}

}  // namespace

std::string render_exercises_text(const std::vector<const core::Exercise*>& exercises) {
  std::string text = fmt::format("{} exercise{}\n", exercises.size(), exercises.size() == 1 ? "" : "s");
  std::optional<core::Pattern> current;
  for (const auto* exercise : exercises) {
    if (current != exercise->pattern) {
      current = exercise->pattern;
      std::size_t count = 0;
      for (const auto* other : exercises) count += other->pattern == exercise->pattern ? 1 : 0;
      text += fmt::format("\n{} ({})\n", upper(core::enum_name(exercise->pattern)), count);
    }
    text += fmt::format("  {:<46} {:<48} level {}  {}{}{}\n", exercise->id, exercise->name, exercise->level,
                        equipment_text(*exercise), exercise->unilateral ? ", one side at a time" : "",
                        exercise->impact == core::Impact::None
                            ? ""
                            : fmt::format(", {} impact", core::enum_name(exercise->impact)));
  }
  return text;
}

std::string render_assessment_text(const service::AssessReport& report, const service::Catalog& catalog) {
  const auto& table = *report.table;
  std::string text = "MOVEMENT ASSESSMENT";
  if (report.athlete_name) text += fmt::format(" for {}", core::neutralised(*report.athlete_name));
  if (report.date) text += fmt::format(", {}", core::format_iso_date(*report.date));
  text += fmt::format("\nMuscle table: {} ({}, version {})\n", table.header().title, table.header().id,
                      table.header().version);

  text += "\nWHAT THE SCREEN SHOWED\n";
  if (report.findings.findings.empty()) text += "  No compensations were recorded.\n";
  for (const auto& finding : report.findings.findings) {
    const auto& wording = table.wording(finding.test, finding.compensation);
    text += fmt::format("  {} ({}, {})\n", wording.title, spaced(core::enum_name(finding.test)),
                        side_text(finding.side));
    text += wrap(fmt::format("Likely overactive: {}", plain_list(finding.overactive, catalog.muscles)), "      ");
    text += wrap(fmt::format("Likely underactive: {}", plain_list(finding.underactive, catalog.muscles)), "      ");
    if (finding.opposite != core::Side::None) {
      text += wrap(fmt::format("On the {}: likely overactive {}; likely underactive {}", side_text(finding.opposite),
                               plain_list(finding.opposite_overactive, catalog.muscles),
                               plain_list(finding.opposite_underactive, catalog.muscles)),
                   "      ");
    }
  }

  if (!report.findings.imbalances.empty()) {
    text += "\nLEFT/RIGHT DIFFERENCES (the weaker side goes first and gets an extra set)\n";
    for (const auto& imbalance : report.findings.imbalances) {
      if (imbalance.compensation) {
        text += fmt::format("  {} ({}): {}\n", table.wording(imbalance.test, *imbalance.compensation).title,
                            spaced(core::enum_name(imbalance.test)), side_text(imbalance.weaker_side));
      } else {
        text += fmt::format("  Single-leg balance: left {:g} s, right {:g} s, a {:.1f} % gap: the {} is weaker\n",
                            imbalance.left_seconds.value_or(0), imbalance.right_seconds.value_or(0),
                            imbalance.difference_percent.value_or(0), side_text(imbalance.weaker_side));
      }
    }
  }

  const auto& routine = report.routine;
  if (!routine.blocks.empty()) {
    text += fmt::format("\nYOUR CORRECTIVE ROUTINE: about {} minutes (budget {} minutes)\n",
                        (routine.duration.count() + 59) / 60, routine.budget.count());
    int step = 1;
    for (const auto& block : routine.blocks) {
      text += fmt::format("\n{}. {}\n", step++, step_heading(block.name));
      for (const auto& item : block.items) {
        const auto* exercise = catalog.library.find(item.exercise);
        text += fmt::format("   - {}: {}\n", exercise->name, report::describe_dose(item));
        text += wrap(fmt::format("Why: {}", item.why), "       ");
        text += wrap(fmt::format("How: {}", exercise->description), "       ");
        std::string cues;
        for (const auto& cue : exercise->cues) cues += fmt::format("{}{}", cues.empty() ? "" : "; ", cue);
        text += wrap(fmt::format("Cues: {}", cues), "       ");
      }
    }
  }
  if (!routine.left_out.empty()) {
    text += "\nLEFT OUT\n";
    for (const auto& item : routine.left_out) {
      const auto* exercise = item.exercise.empty() ? nullptr : catalog.library.find(item.exercise);
      std::string targets;
      for (const auto& target : item.targets) {
        targets += fmt::format("{}{}", targets.empty() ? "" : ", ", catalog.muscles.plain_name(target));
      }
      text += wrap(fmt::format("- {} ({}{}{}): {}", exercise != nullptr ? exercise->name : "no exercise",
                               spaced(core::enum_name(item.role)), targets.empty() ? "" : " for ", targets,
                               item.reason),
                   "    ", "  ");
    }
  }
  if (!report.notes.empty()) {
    text += "\nNOTES\n";
    for (const auto& note : report.notes) text += wrap(fmt::format("- {}", note), "    ", "  ");
  }
  return text;
}

}  // namespace stride::cli
