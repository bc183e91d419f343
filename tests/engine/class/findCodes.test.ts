import { describe, expect, it } from 'vitest';
import { findCodes } from '../../../src/engine/class/findCodes';
import { code, play } from '../../support/classCodes';

const game = play('history');
const a = code(game, 'Anna', 900);
const b = code(play(1), 'Boris', 800);
const grouped = (c: string, sep = ' ') => (c.match(/.{1,5}/g) ?? []).join(sep);

describe('finding result codes in pasted text', () => {
  it('reads one a line, as before, with where each came from', () => {
    expect(findCodes(`${a}\n\n  ${b}  \n`, 'pasted line')).toEqual([{ code: a, from: 'pasted line 1' }, { code: b, from: 'pasted line 3' }]);
  });

  it('finds codes inside a chat log, in groups, beside other words in capitals', () => {
    const chat = [
      `[10:02] Anna K.: here is mine ${a} thanks!`,
      `[10:03] BORIS: OK ${grouped(b)} DONE`,
      '[10:04] Teacher: well done everyone, see you on Monday 12',
    ].join('\n');
    expect(findCodes(chat)).toEqual([{ code: a, from: 'line 1' }, { code: grouped(b), from: 'line 2' }]);
  });

  it('finds a code typed in small letters inside a chat line, grouped or not, beside words in small letters', () => {
    const chat = [
      `Ben: ${grouped(b).toLowerCase()} thanks`,
      `anna here my code is ${a.toLowerCase()} ok`,
      `[10:05] Cara: ${grouped(b, '-').toLowerCase()}!`,
    ].join('\n');
    expect(findCodes(chat)).toEqual([
      { code: grouped(b).toLowerCase(), from: 'line 1' },
      { code: a.toLowerCase(), from: 'line 2' },
      { code: grouped(b, '-').toLowerCase(), from: 'line 3' },
    ]);
  });

  it('hands on a damaged code in small letters inside a chat line, but takes no chat line for one, however long, digits and all', () => {
    const damaged = `${b.slice(0, 10)}${b[10] === 'Q' ? 'R' : 'Q'}${b.slice(11)}`.toLowerCase();
    const found = findCodes(`Ben: ${grouped(damaged)} thanks`);
    expect(found).toHaveLength(1);
    expect(found[0].code).toContain(grouped(damaged));
    expect(findCodes('ben: i got 55 on the test and it was really fun to play, thanks miss 2 u')).toEqual([]);
  });

  it('finds codes in a form\'s CSV export, hyphen-grouped or quoted', () => {
    const csv = [
      'Timestamp,Name,Result code',
      `2026/12/04 10:15:32 AM GMT,Anna,"${a}"`,
      `2026/12/04 10:16:01 AM GMT,"Boris, B",${grouped(b, '-')}`,
    ].join('\r\n');
    expect(findCodes(csv).map((c) => c.code)).toEqual([a, grouped(b, '-')]);
  });

  it('hands on a damaged code in capitals, and a line that is one code in small letters, to be reported', () => {
    const damaged = `${a.slice(0, 10)}${a[10] === 'Q' ? 'R' : 'Q'}${a.slice(11)}`;
    expect(findCodes(`Anna: ${damaged} !`)).toEqual([{ code: damaged, from: 'line 1' }]);
    expect(findCodes(b.toLowerCase())).toEqual([{ code: b.toLowerCase(), from: 'line 1' }]);
  });

  it('finds nothing in ordinary text', () => {
    expect(findCodes('Please hand in your result codes by FRIDAY. Room 12B, period 3.\nOK')).toEqual([]);
  });
});
