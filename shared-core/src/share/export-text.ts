/**
 * Text a person typed (a comment, an initiative title, a service or customer name) made safe to export: bidi
 * overrides and isolates (which can make a file read differently from what it holds) and control characters other
 * than tab and line breaks are removed, C1 controls included.
 * @example plainText('a\u202Eb\u0085c') // 'abc'
 */
export function plainText(text: string): string {
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (!isHidden(text.charCodeAt(i))) plain += text.charAt(i);
  }
  return plain;
}

/**
 * Whether a UTF-16 code unit is a control character other than tab and line breaks (C0, DEL, C1) or a bidi mark,
 * embedding, override or isolate.
 * @example isHidden(0x202e) // true
 */
export function isHidden(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  return (
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The first characters a spreadsheet reads as the start of a formula, or that it skips before one. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell for CSV: plain text, and a leading `= + - @`, tab or carriage return (which Excel, LibreOffice and
 * Google Sheets may run as a formula) is neutralised with an apostrophe, as OWASP's CSV-injection advice says.
 * @example spreadsheetCell('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function spreadsheetCell(text: string): string {
  const plain = plainText(text);
  return FORMULA_START.test(plain) ? `'${plain}` : plain;
}

/**
 * Text for a Markdown table cell or heading: plain text on one line, HTML escaped (Markdown renderers pass raw HTML
 * through), Markdown's own marks and the table's pipe escaped, and a formula start neutralised as in CSV.
 * @example markdownText('<img src=x> *bold* | =1+1') // '&lt;img src=x&gt; \\*bold\\* \\| =1+1'
 */
export function markdownText(text: string): string {
  const line = spreadsheetCell(text).replace(/[\r\n\t]+/g, ' ');
  return line
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]{}()#!|~])/g, '\\$1');
}
