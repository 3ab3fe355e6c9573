import { describe, expect, it } from 'vitest';
import { neighborInDirection } from '../../src/ui/keyboardNav';
import { isAccepted, uniquePaths } from '../../src/ui/readFiles';
import { roleColor } from '../../src/export/roleColors';
import { isSafeHref } from '../../src/ui/SafeText';

describe('UI helpers', () => {
  it('arrow keys pick the connected node lying in the arrow direction', () => {
    const pos = {
      a: { x: 0, y: 0 },
      right: { x: 300, y: 20 },
      below: { x: 10, y: 200 },
      left: { x: -300, y: 0 },
      far: { x: 900, y: 0 },
    };
    const n = ['right', 'below', 'left', 'far'];
    expect(neighborInDirection('a', 'ArrowRight', n, pos)).toBe('right');
    expect(neighborInDirection('a', 'ArrowDown', n, pos)).toBe('below');
    expect(neighborInDirection('a', 'ArrowLeft', n, pos)).toBe('left');
    expect(neighborInDirection('a', 'ArrowUp', n, pos)).toBeNull();
  });

  it('files picked together with the same name do not replace each other', () => {
    expect(uniquePaths(['master-plan.yaml', 'a.md', 'master-plan.yaml', 'master-plan.yaml'])).toEqual([
      'master-plan.yaml',
      'a.md',
      'master-plan.yaml (2)',
      'master-plan.yaml (3)',
    ]);
  });

  it('accepts only the document formats the parser reads', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.txt', 'd.yaml', 'e.yml', 'f.json'].every(isAccepted)).toBe(true);
    expect(['g.png', 'h.pdf', 'md', 'x.md.exe'].some(isAccepted)).toBe(false);
  });

  it('links are made only for http(s) URLs', () => {
    expect(isSafeHref('https://example.com')).toBe(true);
    expect(isSafeHref('http://example.com/x')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,<b>')).toBe(false);
  });

  it('each role gets its own colour; unknown roles are neutral', () => {
    const roles = ['A', 'B', 'C'];
    const colors = roles.map((r) => roleColor(roles, r));
    expect(new Set(colors).size).toBe(3);
    expect(roleColor(roles, ' b ')).toBe(colors[1]);
    expect(roleColor(roles, 'Z')).toBe(roleColor(roles, undefined));
  });
});
