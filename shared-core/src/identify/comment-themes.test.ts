import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, type CommentSample, commentThemes, logOdds, tokenize, truncate } from './comment-themes';
import { isStopWord, STOP_WORDS } from './stop-words';

const en = (text: string): CommentSample => ({ text, locale: 'en' });
const ja = (text: string): CommentSample => ({ text, locale: 'ja' });
const terms = (themes: readonly { readonly term: string }[]): string[] => themes.map((theme) => theme.term);
const allStopWords = Object.keys(STOP_WORDS).reduce<string[]>(
  (words, locale) => words.concat(STOP_WORDS[locale] ?? []),
  [],
);

// The Network desk's comments keep coming back to password resets and the VPN.
const segment: readonly CommentSample[] = [
  en('Password reset took three days and the VPN kept failing'),
  en('Could not reset my password, VPN locked me out'),
  en('The password reset link expired before I could use it'),
  en('VPN drops every hour, please fix'),
  en('Password reset again, why so slow?'),
  en('Agent was friendly but the VPN issue is still open'),
  en('Password reset form is confusing'),
  en('VPN certificate expired without warning'),
  en('Friendly agent, quick answer'),
  en('Password reset needed a phone call'),
  en('VPN client crashes on startup'),
  en('Thanks for the quick answer'),
];

const others: readonly CommentSample[] = [
  en('Printer on the third floor is jammed again'),
  en('Friendly agent, solved it fast'),
  en('New laptop arrived quickly, thanks'),
  en('Monitor flickers after the update'),
  en('Quick answer and friendly tone'),
  en('Printer toner replaced within an hour'),
  en('Laptop battery drains fast'),
  en('The agent was friendly and patient'),
  en('Teams meeting audio is choppy'),
  en('Quick answer, thanks a lot'),
  en('Docking station does not detect the monitor'),
  en('Printer driver would not install'),
  en('Great service, the agent explained everything'),
  en('Laptop keyboard replaced, works now'),
  en('Excel keeps crashing when saving'),
  en('Quick and friendly, as always'),
  en('Printer queue stuck for hours'),
  en('Monitor cable was missing'),
  en('Outlook calendar does not sync'),
  en('Friendly agent, quick answer'),
  en('Headset microphone is too quiet'),
  en('Laptop fan is very loud'),
  en('Printer works again, thanks'),
  en('Took a week to get a new monitor'),
  en('Agent was quick and knew the answer'),
  en('Teams keeps logging me out'),
  en('Excel macro fixed, great work'),
  en('Printer paper tray broken'),
  en('Laptop screen cracked, replaced quickly'),
  en('Great service as usual'),
  en('Quick answer, friendly agent'),
  en('Outlook search is slow'),
  en('Monitor arm delivered'),
  en('Printer scanning to folder fails'),
  en('Agent friendly, problem solved'),
  en('Laptop docking issue solved'),
];

const all: readonly CommentSample[] = [...segment, ...others];

describe('anonymise', () => {
  it('replaces e-mail addresses, links, phone numbers and long numbers', () => {
    const vectors: Array<[string, string]> = [
      ['Write to anna.virtanen@example.fi please', 'Write to [email] please'],
      ['first.last+tag@mail.example.co.uk.', '[email].'],
      ['See https://intranet.example.com/kb?id=42.', 'See [link].'],
      ['Old page www.example.org/help, still up', 'Old page [link], still up'],
      ['HTTP://EXAMPLE.COM/A', '[link]'],
      ['Call +358 40 123 4567 today', 'Call [phone] today'],
      ['Call (040) 123-4567', 'Call [phone]'],
      ['Tel. 040.123.45.67', 'Tel. [phone]'],
      ['My card 4111 1111 1111 1111 was charged', 'My card [phone] was charged'],
      ['Employee 123456 here', 'Employee [number] here'],
      ['Reach me on 0401234567', 'Reach me on [number]'],
      ['電話は０９０－１２３４－５６７８です', '電話は[phone]です'],
    ];
    for (const [text, expected] of vectors) expect(anonymise(text), text).toBe(expected);
  });

  it('keeps short numbers, times and ordinary text', () => {
    expect(anonymise('Waited 3 days, ticket 1234, 10:30 at room 42')).toBe(
      'Waited 3 days, ticket 1234, 10:30 at room 42',
    );
    expect(anonymise('Great service @ the desk')).toBe('Great service @ the desk');
  });

  it('never leaves an @ followed by a domain', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'é',
        'x',
        '1',
        '@',
        '.',
        '-',
        '_',
        '+',
        ' ',
        '/',
        ':',
        'w',
        'h',
        't',
        'p',
        's',
      ),
      maxLength: 40,
    });
    const withAddresses = fc
      .tuple(text, fc.emailAddress(), text, fc.webUrl(), text)
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, withAddresses), (input) => {
        expect(anonymise(input)).not.toMatch(/@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u);
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves a run of five digits', () => {
    const text = fc.string({
      unit: fc.constantFrom('1', '2', '0', ' ', '-', '.', '(', ')', '+', 'a'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (input) => {
        expect(anonymise(input)).not.toMatch(/\p{Nd}{5}/u);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('tokenize', () => {
  it('lowercases and drops stop words, short words and pure numbers', () => {
    expect(tokenize('The VPN is DOWN again, 3 times since 2024!')).toEqual(['vpn', 'times', 'since']);
    expect(tokenize('Win10 laptop, Windows 11')).toEqual(['win10', 'laptop', 'windows']);
    expect(tokenize('Das Passwort für den Drucker')).toEqual(['passwort', 'drucker']);
    expect(tokenize('')).toEqual([]);
  });

  it('never turns anonymised personal data or its placeholders into terms', () => {
    expect(tokenize('Mail me at a@b.com or see https://x.io/kb, phone 040 123 4567, id 123456')).toEqual([
      'mail',
      'see',
      'phone',
    ]);
    expect(tokenize('[email] [link] [phone] [number]')).toEqual([]);
  });

  it('cuts Chinese and Japanese runs into overlapping bigrams', () => {
    expect(tokenize('パスワードを忘れた')).toEqual([
      'パス',
      'スワ',
      'ワー',
      'ード',
      'ドを',
      'を忘',
      '忘れ',
      'れた',
    ]);
    expect(tokenize('VPNが遅い。')).toEqual(['vpn', 'が遅', '遅い']);
    expect(tokenize('我 VPN')).toEqual(['vpn']);
  });

  it('drops every stop word of every locale, whatever its case', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...allStopWords), fc.boolean())), (words) => {
        const text = words.map(([word, upper]) => (upper ? word.toUpperCase() : word)).join(' ');
        expect(tokenize(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('treats decomposed accents like composed ones', () => {
    expect(tokenize('fu\u0308r Pa\u0308sse')).toEqual(['pässe']);
  });
});

describe('truncate', () => {
  it('cuts to the code-point limit, ellipsis included', () => {
    expect(truncate('password reset', 9)).toBe('password…');
    expect(truncate('password', 8)).toBe('password');
    expect(truncate('😀😀😀', 2)).toBe('😀…');
  });
});

describe('logOdds', () => {
  it('follows Monroe, Colaresi & Quinn (2008) with an informative prior', () => {
    const odds = logOdds({ y: 8, yRef: 0, alpha: 8, n: 40, nRef: 160, alpha0: 200 });
    expect(odds?.delta).toBeCloseTo(Math.log(16 / 224) - Math.log(8 / 352), 12);
    expect(odds?.z).toBeCloseTo((Math.log(16 / 224) - Math.log(8 / 352)) / Math.sqrt(1 / 16 + 1 / 8), 12);
  });

  it('is zero when the segment uses the term at the reference rate', () => {
    expect(logOdds({ y: 2, yRef: 8, alpha: 10, n: 20, nRef: 80, alpha0: 100 })?.delta).toBeCloseTo(0, 12);
  });

  it('is undefined when the term is the whole vocabulary', () => {
    expect(logOdds({ y: 3, yRef: 2, alpha: 5, n: 3, nRef: 2, alpha0: 5 })).toBeUndefined();
  });
});

describe('commentThemes', () => {
  it('finds what the segment keeps mentioning and not what everyone says', () => {
    const themes = commentThemes(segment, all);
    expect(terms(themes.slice(0, 3)).sort()).toEqual(['password', 'reset', 'vpn']);
    for (const common of ['the', 'agent', 'friendly', 'quick', 'answer', 'thanks']) {
      expect(terms(themes)).not.toContain(common);
    }
    for (const theme of themes) {
      expect(theme.zScore).toBeGreaterThan(1.96);
      expect(theme.logOdds).toBeGreaterThan(0);
      expect(theme.count).toBeGreaterThanOrEqual(3);
    }
  });

  it('reports counts, shares and examples containing the term', () => {
    const vpn = commentThemes(segment, all).find((theme) => theme.term === 'vpn');
    expect(vpn).toMatchObject({ count: 6, share: 6 / 12, referenceShare: 6 / 48 });
    expect(vpn?.examples).toEqual(['VPN client crashes on startup', 'VPN drops every hour, please fix']);
  });

  it('sorts by z, then by term', () => {
    const themes = commentThemes(segment, all);
    for (let i = 1; i < themes.length; i++) {
      const previous = themes[i - 1];
      const current = themes[i];
      if (previous === undefined || current === undefined) throw new Error('unreachable');
      expect(
        previous.zScore > current.zScore ||
          (previous.zScore === current.zScore && previous.term < current.term),
      ).toBe(true);
    }
    // 'password' and 'reset' appear in exactly the same comments, so they tie and go alphabetically.
    expect(terms(themes).indexOf('password')).toBe(terms(themes).indexOf('reset') - 1);
  });

  it('honours limit and minCount', () => {
    expect(commentThemes(segment, all, { limit: 1 })).toHaveLength(1);
    expect(commentThemes(segment, all, { limit: 0 })).toEqual([]);
    expect(commentThemes(segment, all, { minCount: 7 })).toEqual([]);
  });

  it('finds no theme when the segment talks like everyone else', () => {
    expect(commentThemes(others, [...others, ...others, ...others])).toEqual([]);
    const pool = ['printer', 'laptop', 'monitor', 'friendly', 'agent', 'slow', 'vpn', 'password', 'excel'];
    const comments = fc.array(
      fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 5 }).map((words) => en(words.join(' '))),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(comments, fc.integer({ min: 1, max: 4 }), (sample, copies) => {
        const background: CommentSample[] = [];
        for (let i = 0; i < copies; i++) background.push(...sample);
        expect(commentThemes(sample, background)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never returns a stop word as a theme, in any locale', () => {
    const background = [
      ...Array.from({ length: 10 }, () => en('printer toner empty')),
      ...Array.from({ length: 10 }, () => ({ text: 'Drucker Toner leer', locale: 'de' })),
      ...Array.from({ length: 10 }, () => ({ text: 'tulostin väriaine loppu', locale: 'fi' })),
    ];
    const stopWordComment = fc
      .array(fc.tuple(fc.constantFrom(...allStopWords), fc.boolean()), { minLength: 1, maxLength: 8 })
      .map((words) => words.map(([word, upper]) => (upper ? word.toUpperCase() : word)).join(' '));
    fc.assert(
      fc.property(fc.array(stopWordComment, { minLength: 4, maxLength: 10 }), (texts) => {
        const segmentComments = texts.map((text) => ({ text: `${text} vpn` }));
        const themes = commentThemes(segmentComments, [...segmentComments, ...background], { limit: 50 });
        expect(terms(themes)).toContain('vpn');
        for (const theme of themes) expect(isStopWord(theme.term), theme.term).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('finds bigram themes in Japanese comments', () => {
    const japaneseSegment = [
      ja('パスワードのリセットに時間がかかった'),
      ja('パスワードがすぐ期限切れになる'),
      ja('パスワードを変更できない'),
      ja('対応は丁寧でした'),
      ja('パスワードのリセット手順が分かりにくい'),
      ja('パスワードの再設定が面倒'),
      ja('パスワードを何度も入力させられる'),
      ja('早く対応してくれた'),
      ja('パスワードの規則が厳しすぎる'),
      ja('パスワードが覚えられない'),
    ];
    const japaneseOthers = [
      ja('プリンターが動かない'),
      ja('対応は丁寧でした'),
      ja('ノートパソコンが遅い'),
      ja('モニターが映らない'),
      ja('対応が早くて助かりました'),
      ja('プリンターのトナーがない'),
      ja('対応は丁寧でした'),
      ja('会議の音声が途切れる'),
      ja('ノートパソコンの電池がすぐ切れる'),
      ja('対応が早かった'),
    ];
    // The background is the rest of the organisation, several times the segment's size.
    const background = [...japaneseSegment, ...japaneseOthers, ...japaneseOthers, ...japaneseOthers];
    const themes = commentThemes(japaneseSegment, background, { limit: 10 });
    expect(terms(themes)).toEqual(expect.arrayContaining(['パス', 'スワ', 'ワー', 'ード']));
    expect(terms(themes)).not.toContain('対応');
    expect(terms(themes)).not.toContain('丁寧');
  });

  it('gives anonymised, truncated examples, shortest first', () => {
    const long = `Password reset failed, write to maija.meikalainen@example.fi or call +358 40 123 4567. ${'Still waiting. '.repeat(20)}`;
    const withPersonalData = [
      en(long),
      en('Password reset mail went to old.address@example.com'),
      en('Password reset: ticket 1234567 still open'),
      en('Password   reset\nworked'),
    ];
    const themes = commentThemes(withPersonalData, [...withPersonalData, ...others], {
      examples: 5,
      maxExampleLength: 60,
    });
    const password = themes.find((theme) => theme.term === 'password');
    expect(password?.examples).toEqual([
      'Password reset worked',
      'Password reset mail went to [email]',
      'Password reset: ticket [number] still open',
      'Password reset failed, write to [email] or call [phone]. St…',
    ]);
    for (const example of password?.examples ?? []) {
      expect(Array.from(example).length).toBeLessThanOrEqual(60);
      expect(example).not.toMatch(/@|\d{5}/);
    }
  });

  it('returns nothing for an empty segment', () => {
    expect(commentThemes([], all)).toEqual([]);
  });

  it('is deterministic and does not depend on the order of the background', () => {
    const first = commentThemes(segment, all);
    expect(commentThemes(segment, all)).toEqual(first);
    expect(commentThemes(segment, [...all].reverse())).toEqual(first);
    expect(commentThemes(segment, [...others, ...segment])).toEqual(first);
  });

  it('stays finite when the background wrongly leaves out the segment', () => {
    for (const background of [others, [], segment.slice(0, 3)]) {
      for (const theme of commentThemes(segment, background, { minCount: 1, limit: 100 })) {
        expect(Number.isFinite(theme.zScore) && Number.isFinite(theme.logOdds)).toBe(true);
        expect(theme.referenceShare).toBeLessThanOrEqual(1);
      }
    }
  });
});
