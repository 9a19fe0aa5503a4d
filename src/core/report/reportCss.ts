// Inline style sheet of the exported HTML report: light by default, dark through prefers-color-scheme.
export const reportCss = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --go: #1a7f37;
  --nogo: #cf222e; --scope: #8250df; --done: #1a7f37; --bar: #eaeef2; --link: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --go: #3fb950; --nogo: #f85149;
    --scope: #ab7df8; --done: #3fb950; --bar: #262c36; --link: #4493f8; }
}
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
a { color: var(--link); }
h1 { font-size: 1.6em; margin: 8px 0; overflow-wrap: anywhere; }
h2 { font-size: 1.2em; border-bottom: 1px solid var(--line); padding-bottom: 4px; margin-top: 28px; }
.verdict { display: inline-block; padding: 2px 12px; border-radius: 999px; color: #fff; font-weight: 700; letter-spacing: .05em; }
.verdict.go { background: var(--go); } .verdict.nogo { background: var(--nogo); }
.criteria { list-style: none; padding: 0; }
.criterion { margin: 6px 0; overflow-wrap: anywhere; }
.criterion ul { margin: 4px 0 8px 24px; padding: 0; }
.criterion.failing .mark { color: var(--nogo); } .criterion.passed .mark { color: var(--go); }
.criterion.skipped { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
.bar { display: inline-block; width: 120px; height: 8px; background: var(--bar); border-radius: 4px; overflow: hidden; vertical-align: middle; }
.bar > span { display: block; height: 100%; background: var(--done); }
svg.burnup { width: 100%; height: auto; max-width: 640px; }
svg.burnup .axis { stroke: var(--muted); stroke-width: 1; }
svg.burnup polyline { fill: none; stroke-width: 2; }
svg.burnup .scope { stroke: var(--scope); } svg.burnup .done { stroke: var(--done); }
svg.burnup text { fill: var(--muted); font-size: 11px; }
.legend .key { display: inline-block; width: 12px; height: 3px; vertical-align: middle; }
.legend .key.scope { background: var(--scope); } .legend .key.done { background: var(--done); margin-left: 12px; }
footer { margin-top: 32px; color: var(--muted); font-size: .85em; }
code { font-family: ui-monospace, monospace; }
`;
