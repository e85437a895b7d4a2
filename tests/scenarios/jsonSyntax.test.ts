import { describe, expect, it } from 'vitest';
import { jsonParseErrorPosition, jsonParseErrorReason, jsonProblem, lineColumnAt } from '../../scenarios/jsonSyntax';

const SAMPLE = JSON.stringify(
  {
    base: { population: 'ct-harm-reduction', policy: 'opt-out-support' },
    name: 'Team "A" \\ \u00e9\u4e2d\ud83d\ude00',
    days: 730,
    community: { stigma: 0.7, overdoseBurden: 1.5e-3, fatality: -0.25e+2 },
    changes: [{ day: 365, set: { 'policy.supervision.mode': 'opt-out', x: [true, false, null, [], {}] } }],
    text: 'tab\there\nline\u0001',
  },
  null,
  2,
).replace('"days"', '"d\\u0061ys"');

/** Whether JSON.parse refuses the text. */
function parseFails(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

describe('jsonProblem', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of [SAMPLE, '{}', '[]', '0', '-0.5e-7', '"x"', 'null', ' \n{ "a" : [ 1 , { } ] }\r\n', '[[[[[[]]]]]]']) expect(jsonProblem(text), text).toBeUndefined();
  });

  it('agrees with JSON.parse on every text made by deleting or inserting one character of a sample', () => {
    const inserted = [',', '"', "'", '{', '}', '[', ']', ':', '0', '1', '-', '+', '.', 'e', 'a', ' ', '\n', '\\', '/', '#', '\t'];
    let checked = 0;
    for (let i = 0; i <= SAMPLE.length; i++) {
      const variants = [SAMPLE.slice(0, i) + SAMPLE.slice(i + 1), ...inserted.map((c) => SAMPLE.slice(0, i) + c + SAMPLE.slice(i))];
      for (const text of variants) {
        const problem = jsonProblem(text, { duplicates: false });
        expect(problem !== undefined, JSON.stringify(text)).toBe(parseFails(text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('scans deep nesting without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(jsonProblem(deep)).toBeUndefined();
    expect(jsonProblem(`${deep.slice(0, -1)}`)?.reason).toContain('the file ends before the "]" that closes the list begun at line 1, column 1');
  });

  it('finds a duplicate field name only when asked, after decoding escapes', () => {
    const text = '{"a": {"b": 1, "\\u0062": 2}}';
    expect(JSON.parse(text)).toEqual({ a: { b: 2 } });
    expect(jsonProblem(text)).toEqual({ offset: 15, duplicate: true, reason: 'the field a.b is given twice in one object, at line 1, column 8 and at line 1, column 16' });
    expect(jsonProblem(text, { duplicates: false })).toBeUndefined();
    expect(jsonProblem('[{"a": 1}, {"a": 2}]')).toBeUndefined();
  });
});

describe('lineColumnAt', () => {
  it('counts lines and columns from 1, columns in characters', () => {
    expect(lineColumnAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt('\ud83d\ude00x', 2)).toEqual({ line: 1, column: 2 });
  });
});

describe("JSON.parse's own messages", () => {
  const text = '{\n  "a": 1,\n}';

  it('gives the line and column in the formats of Node 20 and of Node 22 and later, and none where it gives none', () => {
    expect(jsonParseErrorPosition('Expected double-quoted property name in JSON at position 12', text)).toEqual({ line: 3, column: 1 });
    expect(jsonParseErrorPosition('Expected double-quoted property name in JSON at position 12 (line 3 column 1)', text)).toEqual({ line: 3, column: 1 });
    expect(jsonParseErrorPosition(`Unexpected token ''', "{'a': 1}" is not valid JSON`, text)).toBeUndefined();
    expect(jsonParseErrorPosition('Unexpected end of JSON input', text)).toBeUndefined();
  });

  it('gives the reason without the position or the quoted text', () => {
    expect(jsonParseErrorReason('Expected double-quoted property name in JSON at position 12')).toBe('Expected double-quoted property name');
    expect(jsonParseErrorReason('Expected double-quoted property name in JSON at position 12 (line 3 column 1)')).toBe('Expected double-quoted property name');
    expect(jsonParseErrorReason(`Unexpected token ''', "{'a': 1}" is not valid JSON`)).toBe("Unexpected token '''");
    expect(jsonParseErrorReason('Unexpected end of JSON input')).toBe('Unexpected end of JSON input');
  });

  it('is what this Node reports where the scanner finds the same place', () => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = (error as Error).message;
    }
    const problem = jsonProblem(text);
    expect(problem).toBeDefined();
    // Node points at the "}" after the trailing comma; the scanner at the comma itself.
    expect(jsonParseErrorPosition(message, text)).toEqual(lineColumnAt(text, text.indexOf('}')));
    expect(lineColumnAt(text, problem!.offset)).toEqual({ line: 2, column: 9 });
  });
});
