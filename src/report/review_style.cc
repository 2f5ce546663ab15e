#include "report/review_style.h"

namespace appmix::report {

// One stylesheet for screen and print. Tables wrap long words rather than
// overflow (a phone is 360 px wide; an A4 page 170 mm between margins), and
// charts scale with their viewBox. Colours keep their meaning in print.
std::string_view review_stylesheet() {
  return R"css(
:root { --ink: #1f2937; --muted: #6b7280; --line: #e5e7eb; --accent: #2563eb; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 20px 48px; }
header.cover { border-bottom: 3px solid var(--accent); margin-bottom: 8px; }
h1 { font-size: 1.9em; margin: 0.2em 0 0.1em; line-height: 1.2; }
h2 { font-size: 1.35em; margin: 1.8em 0 0.5em; padding-top: 0.4em; border-top: 1px solid var(--line); }
h3 { font-size: 1.05em; margin: 1.3em 0 0.4em; }
p { margin: 0.5em 0; }
.muted, .id { color: var(--muted); }
.id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85em; }
.headline { font-size: 1.15em; }
nav.toc ol { columns: 2; margin: 0.5em 0; padding-left: 1.4em; }
nav.toc a { color: var(--accent); text-decoration: none; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .figure { font-size: 1.45em; font-weight: 650; overflow-wrap: anywhere; }
.card .what { color: var(--muted); font-size: 0.9em; }
.good { color: #15803d; } .bad { color: #b91c1c; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 12px; font-size: 0.92em; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line);
  overflow-wrap: break-word; }
th { background: #f9fafb; font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.w { white-space: nowrap; }
tr.more td { color: var(--muted); font-style: italic; }
figure { margin: 12px 0; }
figcaption { color: var(--muted); font-size: 0.9em; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
.charts figure { flex: 1 1 420px; min-width: 0; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart text { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 12px; fill: var(--ink); }
svg.chart text.small { font-size: 10px; }
svg.chart text.strong { font-weight: 700; }
svg.chart text.legend { font-size: 12px; }
.mark text { font-size: 11px; }
svg.chart text.quadrant-name { font-size: 15px; font-weight: 700; fill: #9ca3af; }
.bar-before { fill: #9ca3af; } .bar-after { fill: var(--accent); }
.wave { fill: var(--accent); }
.axis, .grid { stroke: #d1d5db; stroke-width: 1; }
.limit { stroke: #dc2626; stroke-width: 2; stroke-dasharray: 6 4; }
.zero { stroke: #6b7280; }
.savings { fill: none; stroke: #16a34a; stroke-width: 2.5; }
.payback { stroke: #16a34a; stroke-width: 1.5; stroke-dasharray: 4 3; }
.frontier { fill: none; stroke: var(--accent); stroke-width: 2; }
.frontier-point { fill: var(--accent); } .frontier-point.bound { fill: #fff; stroke: var(--accent); }
.guide { stroke: #9ca3af; stroke-width: 1.5; stroke-dasharray: 6 4; }
.today-mark circle { fill: #9ca3af; } .recommended-mark circle { fill: #16a34a; }
.stay { fill: #9ca3af; } .notice-mark { fill: var(--accent); stroke: #fff; stroke-width: 1; }
.notice.soon .stay { fill: #fca5a5; } .notice.soon .notice-mark { fill: #dc2626; }
.step rect { fill: #f9fafb; stroke: #9ca3af; } .step.agent rect { fill: #eff6ff; stroke: var(--accent); }
.step.unserved rect { fill: #fef2f2; stroke: #dc2626; } svg.chart text.bad { fill: #dc2626; }
.link-shared line { stroke: #9ca3af; stroke-width: 2; }
.link-integrated line { stroke: #16a34a; stroke-width: 3; }
.link-build line { stroke: var(--accent); stroke-width: 3; stroke-dasharray: 6 4; }
.link-unresolvable line { stroke: #dc2626; stroke-width: 2; stroke-dasharray: 2 3; }
.q-invest { fill: #dcfce7; } .q-migrate { fill: #dbeafe; } .q-tolerate { fill: #fef9c3; } .q-eliminate { fill: #fee2e2; }
.mark circle { stroke: #fff; stroke-width: 1; }
.mark.keep circle { fill: var(--accent); } .mark.add circle { fill: #16a34a; }
.mark.retire circle { fill: #9ca3af; } .mark.retire text { fill: var(--muted); text-decoration: line-through; }
.bubble { fill: var(--accent); fill-opacity: 0.35; stroke: var(--accent); }
.c-none rect, .swatch.c-none { fill: #f3f4f6; background: #f3f4f6; }
.c-ok rect, .swatch.c-ok { fill: #86efac; background: #86efac; }
.c-short rect, .swatch.c-short { fill: #fca5a5; background: #fca5a5; }
.c-gap rect, .swatch.c-gap { fill: #b91c1c; background: #b91c1c; }
.c-gap text { fill: #fff !important; font-weight: 700; }
.c-over1 rect, .swatch.c-over1 { fill: #fde68a; background: #fde68a; }
.c-over2 rect, .swatch.c-over2 { fill: #fbbf24; background: #fbbf24; }
.c-over3 rect, .swatch.c-over3 { fill: #ea580c; background: #ea580c; }
.c-over3 text { fill: #fff !important; }
ul.legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 0.9em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #d1d5db; vertical-align: -0.1em; margin-right: 4px; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--line); padding-top: 8px; overflow-wrap: anywhere; }
@media (max-width: 640px) {
  body { font-size: 14px; }
  main { padding: 12px 10px 32px; }
  nav.toc ol { columns: 1; }
  th, td { padding: 4px 4px; }
  /* Tables become cards: one block per row, each cell a line with its label. */
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 8px; padding: 4px 0; }
  td { border: 0; padding: 2px 8px; display: flex; gap: 8px; overflow-wrap: anywhere; }
  td.n, th.n, td.w { text-align: left; white-space: normal; }
  td > div { flex: 1 1 auto; min-width: 0; }
  td[data-label]::before { content: attr(data-label); flex: 0 0 38%; color: var(--muted); font-size: 0.9em; }
  td[data-label=""]::before { display: none; }
  tr.more td { display: block; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  section { break-before: page; }
  section#summary { break-before: auto; }
  h2, h3 { break-after: avoid; }
  figure, tr, .card { break-inside: avoid; }
  thead { display: table-header-group; }
  td.n, th.n { white-space: normal; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";
}

}  // namespace appmix::report
