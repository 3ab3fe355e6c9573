import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../src/domain/graph';
import { catalogOf, node } from './catalog-builder';

describe('indexCatalog', () => {
  const catalog = catalogOf([
    node('MOD-1', { roles: ['AI Infrastructure Team Lead'] }),
    node('MOD-2', { roles: ['  ai infrastructure   team lead '], prerequisites: ['MOD-1'], next: ['MOD-3'] }),
    node('MOD-3', { roles: ['Principal Engineer'], prerequisites: ['MOD-1', 'MOD-2', 'MOD-1'] }),
    node('MOD-4', { key: 'MOD-4@a', roles: ['Principal Engineer'] }),
    node('MOD-4', { key: 'MOD-4@b', roles: ['Architect'] }),
  ]);
  const index = indexCatalog(catalog);

  it('indexes nodes by key and every key of an id defined twice', () => {
    expect(index.byKey.get('MOD-4@b')?.roles).toEqual(['Architect']);
    expect(index.keysById.get('MOD-4')).toEqual(['MOD-4@a', 'MOD-4@b']);
    expect(index.keysById.get('MOD-1')).toEqual(['MOD-1']);
  });

  it('follows prerequisite edges both ways, once per pair, and ignores next edges', () => {
    expect(index.prerequisitesOf.get('MOD-3')).toEqual(['MOD-1', 'MOD-2']);
    expect(index.dependentsOf.get('MOD-1')).toEqual(['MOD-2', 'MOD-3']);
    expect(index.dependentsOf.get('MOD-2')).toEqual(['MOD-3']); // the next edge MOD-2 → MOD-3 adds nothing
    expect(index.prerequisitesOf.get('MOD-1')).toEqual([]);
  });

  it('matches roles case- and whitespace-insensitively and lists them once, sorted', () => {
    expect(index.nodesOfRole('ai infrastructure team lead').map((n) => n.key)).toEqual(['MOD-1', 'MOD-2']);
    expect(index.nodesOfRole('Principal  Engineer').map((n) => n.key)).toEqual(['MOD-3', 'MOD-4@a']);
    expect(index.nodesOfRole('Nobody')).toEqual([]);
    expect(index.roles).toEqual(['AI Infrastructure Team Lead', 'Architect', 'Principal Engineer']);
  });

  it('drops edges whose ends are not in the catalog', () => {
    const broken = indexCatalog({
      ...catalogOf([node('A')]),
      edges: [{ from: 'X', to: 'A', type: 'prerequisite' }],
    });
    expect(broken.prerequisitesOf.get('A')).toEqual([]);
  });
});
