/** HTML building blocks of the model card: escaping, tables and the inline style sheet. */

/** Text made safe inside HTML elements and quoted attributes (& < > " ' escaped). */
export function computeEscapedHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A table of plain-text cells (every cell escaped). */
export function computeHtmlTable(headers: readonly string[], rows: readonly string[][]): string {
  const head = headers.map((h) => `<th scope="col">${computeEscapedHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${computeEscapedHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A section with a heading and already-built HTML content. */
export function computeHtmlSection(id: string, heading: string, content: string): string {
  return `<section id="${computeEscapedHtml(id)}">\n<h2>${computeEscapedHtml(heading)}</h2>\n${content}\n</section>`;
}

/** A paragraph of plain text. */
export function computeHtmlParagraph(text: string): string {
  return `<p>${computeEscapedHtml(text)}</p>`;
}

/** A definition list of plain-text terms and descriptions. */
export function computeHtmlDefinitions(entries: readonly [string, string][]): string {
  const items = entries
    .map(
      ([term, value]) =>
        `<dt>${computeEscapedHtml(term)}</dt><dd>${computeEscapedHtml(value)}</dd>`,
    )
    .join('\n');
  return `<dl>\n${items}\n</dl>`;
}

/** The card's inline style sheet (no external resources). */
export const modelCardCss = `
body { font: 15px/1.5 system-ui, sans-serif; color: #1b1f24; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1rem; }
table { border-collapse: collapse; margin: 0.5rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.2rem 0.6rem; text-align: left; }
td { font-variant-numeric: tabular-nums; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; white-space: pre-wrap; }
.pass { color: #1a7f37; font-weight: 600; }
.fail { color: #cf222e; font-weight: 600; }
footer { margin-top: 3rem; color: #57606a; font-size: 0.85rem; }
@media print { body { margin: 0; } }
`;
