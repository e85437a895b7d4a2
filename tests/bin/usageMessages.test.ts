import { describe, expect, it } from 'vitest';
import { usageMessage } from '../../bin/usageMessages';

// yargs' choice errors in cfsim's words; report --format pdf says how a PDF is made, as -o team.pdf does.

const choices = (given: string, flag = 'format', allowed = '"html", "svg", "png"') => `Invalid values:\n  Argument: ${flag}, Given: ${given}, Choices: ${allowed}`;

describe('usageMessage', () => {
  it('report --format pdf: not a format, and a PDF is the HTML report printed from a browser', () => {
    expect(usageMessage(choices('"pdf"'), 'cfsim report <results>')).toBe(
      '--format: "pdf" is not allowed; expected one of "html", "svg", "png"; for a PDF, write the HTML report (the default) and print it from a browser',
    );
    expect(usageMessage(choices('"PDF"'), 'cfsim report <results>')).toContain('for a PDF');
  });

  it('another format, or another command, gets the choices alone', () => {
    expect(usageMessage(choices('"jpg"'), 'cfsim report <results>')).toBe('--format: "jpg" is not allowed; expected one of "html", "svg", "png"');
    expect(usageMessage(choices('"pdf"', 'format', '"yaml", "json"'), 'cfsim show [scenario]')).toBe('--format: "pdf" is not allowed; expected one of "yaml", "json"');
  });
});
