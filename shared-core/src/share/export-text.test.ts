import { describe, expect, it } from 'vitest';
import { markdownText, plainText, spreadsheetCell } from './export-text';

describe('export text', () => {
  it('removes bidi overrides and isolates and C0/C1 controls, keeping tabs and line breaks', () => {
    expect(plainText('a\u202Eb\u2066c\u2069\u200Fd\u0085e\u009Bf\u0007g\th\ni')).toBe('abcdefg\th\ni');
    expect(plainText('Hyvä 👍 palvelu')).toBe('Hyvä 👍 palvelu');
  });

  it('neutralises every formula start in a CSV cell', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(spreadsheetCell(`${start}1+1`)).toBe(`'${start}1+1`);
    // A bidi override cannot hide the formula start.
    expect(spreadsheetCell('\u202E=cmd|')).toBe("'=cmd|");
    expect(spreadsheetCell('fine = good')).toBe('fine = good');
  });

  it('escapes HTML and Markdown in a Markdown cell, on one line', () => {
    expect(markdownText('<script>x</script> *b* [l](j:x) | =1\n2')).toBe(
      '&lt;script&gt;x&lt;/script&gt; \\*b\\* \\[l\\]\\(j:x\\) \\| =1 2',
    );
    expect(markdownText('=HYPERLINK("x")')).toBe('\'=HYPERLINK\\("x"\\)');
  });
});
