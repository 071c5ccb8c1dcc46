/// The inline style sheet of the HTML reports: system fonts only (nothing is fetched), a
/// readable column on screen, and an A4 print layout that saves ink and keeps charts and table
/// groups whole.
enum HTMLStyle {
    // No `<` or `&` in here: the page stays well-formed XML.
    static let css = """
        :root { --ink: #1a1a1a; --muted: #5f6368; --rule: #d0d4d9; --soft: #f3f5f7; --accent: #0072b2; }
        * { box-sizing: border-box; }
        html { color: var(--ink); background: #ffffff; }
        body { margin: 0; font-family: system-ui, -apple-system, \
        "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          font-size: 15px; line-height: 1.5; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; \
        border-bottom: 2px solid var(--accent); }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
        p { margin: 0.4rem 0 0.8rem; }
        p.empty { color: var(--muted); font-style: italic; }
        p.footnote { margin-top: 2.5rem; color: var(--muted); font-size: 0.85rem; \
        border-top: 1px solid var(--rule); padding-top: 0.5rem; }
        p.subtitle { color: var(--muted); margin-top: 0; }
        nav ul { list-style: none; padding: 0; margin: 0.8rem 0 1.2rem; display: flex; \
        flex-wrap: wrap; gap: 0.3rem 1.1rem; font-size: 0.9rem; }
        nav a { color: var(--accent); text-decoration: none; }
        nav a:hover { text-decoration: underline; }
        dl.figures { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 1rem 0; }
        dl.figures div { border: 1px solid var(--rule); border-radius: 6px; padding: 0.45rem 0.8rem; min-width: 9rem; }
        dl.figures dt { font-size: 0.78rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
        dl.figures dd { margin: 0; font-size: 1.1rem; font-weight: 600; font-variant-numeric: tabular-nums; }
        table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1.2rem; font-size: 0.9rem; }
        caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
        th, td { padding: 0.3rem 0.55rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
        thead th { border-bottom: 2px solid var(--ink); font-weight: 600; }
        tbody th { font-weight: 600; }
        tfoot td, tfoot th { border-top: 2px solid var(--ink); border-bottom: none; font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .muted { color: var(--muted); }
        .detail { display: block; \
        font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.78em;
          font-weight: normal; color: var(--muted); overflow-wrap: anywhere; }
        .id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; \
        font-size: 0.85em; white-space: nowrap; }
        tbody tr:nth-child(even) td { background: var(--soft); }
        table.grouped tbody tr:nth-child(even) td { background: none; }
        table.grouped tbody:nth-of-type(even) td, table.grouped tbody:nth-of-type(even) th { background: var(--soft); }
        figure { margin: 1rem 0 1.6rem; }
        figure svg { display: block; width: 100%; height: auto; font-family: inherit; }
        figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 0.35rem; }
        ul.diagnostics { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; \
        font-size: 0.82rem; padding-left: 1.2rem; }
        ul.diagnostics li { margin-bottom: 0.3rem; white-space: pre-wrap; }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; border-bottom-width: 1px; }
          h3 { break-after: avoid; page-break-after: avoid; }
          figure, dl.figures div, tbody, tr { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          tbody tr:nth-child(even) td, table.grouped tbody:nth-of-type(even) td, \
        table.grouped tbody:nth-of-type(even) th { background: none; }
          a { color: inherit; text-decoration: none; }
          svg .band { display: none; }
        }

        """
}
