import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { parseDuration } from '../../src/domain/parse/values';

const roadmap = (duration: string) => ({
  path: 'm.md',
  text: `# Module Roadmap\n\n## Module Overview\n\n- **Module ID**: MOD-990\n- **Module Title**: T\n- **Target Role(s)**: X\n- **Duration**: ${duration}\n`,
});

describe('R43: duration numbers are read as written or reported', () => {
  it('R43: thousands separators and decimal commas', () => {
    expect(parseDuration('1,000 hours').hours).toBe(1000);
    expect(parseDuration('2,5 hours').hours).toBe(2.5);
    expect(parseDuration('14 hours (lecture: 10, lab: 4)').hours).toBe(14);
  });

  it('R43: a sign, an exponent or an absurd size gives no hours and a bad-value diagnostic naming the file', () => {
    for (const text of ['-5 hours', '1e3 hours', '99999999999999999999 hours', '20000 hours']) {
      expect(parseDuration(text).hours, text).toBeNull();
      const c = buildCatalog([roadmap(text)]);
      expect(c.nodes.find((n) => n.id === 'MOD-990')?.hours, text).toBeNull();
      expect(
        c.diagnostics.some((d) => d.code === 'bad-value' && d.file === 'm.md'),
        text,
      ).toBe(true);
    }
  });
});
