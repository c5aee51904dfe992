#include "html_style.hpp"

namespace stride::report::detail {

std::string_view plan_stylesheet() {
  // Kept free of the '<' character, so the page's <style> element can never close early.
  static constexpr std::string_view kStylesheet = R"css(
:root {
  --ink: #1d2329;
  --muted: #5b6670;
  --rule: #d5dbe0;
  --soft: #f4f6f8;
  --accent: #1f5fa8;
  --warn: #a3241b;
}
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; }
body {
  margin: 0;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.page { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; letter-spacing: -.01em; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 0; }
p { margin: .3rem 0; }
.plan-header { border-bottom: 4px solid var(--accent); padding-bottom: .8rem; }
.plan-header .dates, .plan-header .race { color: var(--muted); font-size: 1.02rem; }
.plan-header .race strong { color: var(--ink); }
.sub { font-weight: normal; color: var(--muted); font-size: .9em; }
.timeline {
  display: flex;
  list-style: none;
  margin: .4rem 0 .5rem;
  padding: 0;
  height: 2.4rem;
  border: 1px solid var(--ink);
  border-radius: 4px;
  overflow: hidden;
}
.timeline li {
  flex-basis: 0;
  min-width: 0;
  display: flex;
  align-items: center;
  justify-content: center;
  padding: 0 .3rem;
  color: #fff;
  font-weight: 600;
  font-size: .85rem;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  border-right: 2px solid #fff;
}
.timeline li:last-child { border-right: 0; }
.legend {
  list-style: none;
  margin: 0;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: .3rem 1.4rem;
  font-size: .9rem;
}
.swatch {
  display: inline-block;
  width: .85rem;
  height: .85rem;
  border-radius: 2px;
  margin-right: .35rem;
  vertical-align: -.1rem;
}
.phase-stabilization { background: #1b7f5c; }
.phase-strength { background: #1f5fa8; }
.phase-power { background: #c2501a; }
.phase-maintenance { background: #7a4a94; }
.phase-taper { background: #9a6a00; }
.phase-recovery { background: #2f7f9e; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
thead th {
  font-size: .78rem;
  text-transform: uppercase;
  letter-spacing: .04em;
  color: var(--muted);
  border-bottom: 1.5px solid var(--ink);
}
.summary .number { text-align: right; }
.summary td:nth-child(2) { white-space: nowrap; }
.summary tr.deload td, .summary tr.deload th { font-style: italic; }
.week-focus { color: var(--muted); margin-bottom: .6rem; }
.day { margin-top: .9rem; }
.day-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .1rem 1rem; }
.day-head h3 { margin: 0; min-width: 17.5rem; }
.run { margin: 0; }
.run.race { font-weight: 700; }
.run.race .label { color: var(--accent); border-color: var(--accent); }
.run .label, .meta .tag {
  display: inline-block;
  font-size: .75rem;
  font-weight: 700;
  text-transform: uppercase;
  letter-spacing: .05em;
  border: 1px solid var(--rule);
  border-radius: 3px;
  padding: 0 .35rem;
  margin-right: .35rem;
  color: var(--muted);
}
.session {
  border: 1px solid var(--rule);
  border-left: 5px solid var(--accent);
  border-radius: 4px;
  padding: .8rem 1rem;
  margin: .5rem 0 .9rem;
}
.session.kind-corrective { border-left-color: #1b7f5c; }
.session.kind-mobility { border-left-color: #7a4a94; }
.session.kind-recovery { border-left-color: #2f7f9e; }
.session header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .8rem; }
.why, .week-focus, .notes li, .warnings li { white-space: pre-line; }
.session .why { margin: .35rem 0 .6rem; }
.session table { margin-top: .4rem; font-size: .92rem; table-layout: fixed; }
.session th:nth-child(1) { width: 37%; }
.session th:nth-child(2) { width: 31%; }
.session th:nth-child(3) { width: 14%; }
.session td:nth-child(3) { white-space: nowrap; }
.session caption { text-align: left; font-weight: 700; padding: .5rem 0 .2rem; }
.exercise { font-weight: 600; }
.item-why { display: block; color: var(--muted); font-size: .82rem; margin-top: .1rem; }
.notes ul, .warnings ul { margin: .3rem 0; padding-left: 1.3rem; }
.notes li, .warnings li { margin: .25rem 0; }
.warnings { border: 2px solid var(--warn); border-radius: 4px; padding: 0 1rem .8rem; margin-top: 2rem; }
.warnings h2 { color: var(--warn); border-bottom-color: var(--warn); margin-top: .8rem; }
.warnings li { font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
.lead { color: var(--muted); }
.after-season { color: var(--muted); margin-top: .4rem; }
.template {
  border: 1px solid var(--rule);
  border-left: 5px solid var(--accent);
  border-radius: 4px;
  padding: .7rem .9rem;
  margin: .8rem 0 1rem;
}
.template.kind-corrective { border-left-color: #1b7f5c; }
.template.kind-mobility { border-left-color: #7a4a94; }
.template.kind-recovery { border-left-color: #2f7f9e; }
.template header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .2rem .8rem; }
.template h3 { margin: 0; }
.template .why { margin: .35rem 0 .5rem; }
.grid { font-size: .92rem; }
.grid.dose td:nth-child(n+3) { white-space: nowrap; }
.grid.dose th:nth-child(1) { width: 44%; }
.grid tr.block th {
  font-size: .78rem;
  text-transform: uppercase;
  letter-spacing: .04em;
  color: var(--accent);
  padding-top: .6rem;
}
.item-note { display: block; color: var(--muted); font-size: .82rem; margin-top: .1rem; }
.grid tr.why-row td { color: var(--muted); font-size: .82rem; padding-top: 0; }
.grid tr.then-row td { font-size: .85rem; padding-top: 0; }
.grid tr.has-why td { border-bottom: 0; }
.grid tr.compact td { color: var(--muted); font-size: .85rem; }
.calendar-day { display: inline-block; margin-right: .9rem; }
.calendar tr.deload td, .calendar tr.deload th { font-style: italic; }
.races li { margin: .3rem 0; }
/* Phone width: every grid row becomes a card, each cell with its column's name. */
@media (max-width: 40rem) {
  body { font-size: 14px; }
  .page { padding: 1rem .8rem 2rem; }
  h1 { font-size: 1.5rem; }
  .grid thead { display: none; }
  .grid, .grid tbody, .grid tr, .grid th, .grid td { display: block; width: auto !important; }
  .grid tr { border-bottom: 1px solid var(--rule); padding: .3rem 0; }
  .grid td, .grid th { border: 0; padding: .1rem .2rem; white-space: normal !important; }
  .grid td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .8rem; }
  .grid tr.block { border-bottom: 0; }
  .template { padding: .6rem .6rem; }
  .grid td.none { display: none; }
  /* The bar keeps its colours only; the table under it names each phase beside its colour. */
  .timeline { height: 1.2rem; }
  .timeline li { font-size: 0; padding: 0; }
  .day-head h3 { min-width: 0; }
  .session table { table-layout: auto; }
}
footer {
  margin-top: 2.5rem;
  padding-top: .6rem;
  border-top: 1px solid var(--rule);
  color: var(--muted);
  font-size: .82rem;
}
@page { size: A4; margin: 14mm 13mm 16mm; }
@media print {
  body { font-size: 9pt; }
  .page { max-width: none; padding: 0; }
  h2 { margin-top: 1.2rem; break-after: avoid; page-break-after: avoid; }
  .week h2 { margin-top: 0; }
  .session { padding: .5rem .8rem; margin: .4rem 0 .6rem; }
  .session table { font-size: 9pt; }
  th, td { padding: .22rem .4rem; }
  thead th { font-size: 7pt; }
  .item-why { font-size: 8pt; }
  h3, h4, caption, thead { break-after: avoid; page-break-after: avoid; }
  .day-by-day { break-before: page; page-break-before: always; }
  .template { padding: .3rem .6rem; margin: .3rem 0 .5rem; }
  .template .why { margin: .2rem 0 .3rem; font-size: 8.5pt; }
  .grid { font-size: 8pt; }
  .grid th, .grid td { padding: .12rem .35rem; }
  .grid tr.why-row td, .grid tr.then-row td, .grid tr.compact td { font-size: 7.5pt; }
  .grid tr.block th { font-size: 6.5pt; padding-top: .25rem; }
  .item-note { font-size: 7pt; }
  .session, .warnings li, .notes li, tr { break-inside: avoid; page-break-inside: avoid; }
  .timeline li, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
}
)css";
  return kStylesheet;
}

}  // namespace stride::report::detail
