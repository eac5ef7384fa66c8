import { describe, expect, it } from 'vitest';
import { cleanLogText } from '../../main/policy/log-text';

describe('log text', () => {
  it.each([
    ['\x1b[31mred\x1b[0m', 'red'],
    ['\x1b[1;38;5;196mbold\x1b[m text', 'bold text'],
    ['title\x1b]0;owned\x07 set', 'title set'],
    ['a\x1b]8;;https://x.example\x1b\\link\x1b]8;;\x1b\\b', 'alinkb'],
    ['cursor\x1b[2Jclear\x1bc\x1b(Bend', 'cursorclearend'],
    ['line one\r\n2026-01-01T00:00:00.000Z ERROR [main] forged', 'line one 2026-01-01T00:00:00.000Z ERROR [main] forged'],
    ['tab\tbell\x07nul\x00del\x7fc1\u009b', 'tab bell nul del c1'],
    ['sep\u2028arated\u2029para', 'sep arated para'],
    ['bidi \u202eevil\u202c \u2066iso\u2069', 'bidi evil iso'],
  ])('%j → %j', (input, expected) => expect(cleanLogText(input)).toBe(expected));

  it('keeps every language and every printable character', () => {
    const text = 'Écoutez — اضغط هنا للاستماع · ¿Qué? 100 % <tag> "quoted" \\path';
    expect(cleanLogText(text)).toBe(text);
  });
});
