import { describe, expect, test } from 'vitest';
import { clusterLabel, createClusterIndex, type MarkPoint } from '@/lib/clusters';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

// Three tight groups far apart: around Kyiv, around Moscow, and one place alone in Brussels.
const near = (name: string, lon: number, lat: number, n: number): MarkPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${name}-${i}`,
    name: `${name} ${i}`,
    lonLat: [lon + i * 0.01, lat + i * 0.01],
  }));
const points = [
  ...near('Kyiv', 30.5, 50.45, 10),
  ...near('Moscow', 37.6, 55.75, 5),
  ...near('Brussels', 4.35, 50.85, 1),
];

describe('clusters', () => {
  const index = createClusterIndex(points);

  test('at country zoom, each group is one cluster that counts its places; a lone place stays a mark', () => {
    const marks = index.at(WORLD, 4);
    const clusters = marks.filter((m) => m.kind === 'cluster');
    expect(clusters.map((c) => c.count).sort((a, b) => a - b)).toEqual([5, 10]);
    expect(marks.filter((m) => m.kind === 'place').map((m) => m.kind === 'place' && m.id)).toEqual([
      'Brussels-0',
    ]);
  });

  test('every place is in exactly one mark or cluster', () => {
    const marks = index.at(WORLD, 3);
    const total = marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 1), 0);
    expect(total).toBe(16);
  });

  test('past the last clustering zoom every place has its own mark', () => {
    expect(index.at(WORLD, 8).every((m) => m.kind === 'place')).toBe(true);
    expect(index.at(WORLD, 8)).toHaveLength(16);
  });

  test('a cluster says where it opens and names some of its places', () => {
    const kyiv = index.at(WORLD, 4).find((m) => m.kind === 'cluster' && m.count === 10);
    expect(kyiv).toMatchObject({ kind: 'cluster' });
    if (kyiv?.kind !== 'cluster') return;
    expect(kyiv.expansionZoom).toBeGreaterThan(4);
    expect(kyiv.names).toHaveLength(3);
    for (const n of kyiv.names) expect(n).toMatch(/^Kyiv \d$/);
    expect(kyiv.label).toMatch(/^10 places, among them Kyiv \d, Kyiv \d and Kyiv \d$/);
  });
});

describe('clusterLabel', () => {
  test('reads as a sentence', () => {
    expect(clusterLabel(12, ['Kharkiv', 'Kyiv', 'Poltava'])).toBe(
      '12 places, among them Kharkiv, Kyiv and Poltava',
    );
    expect(clusterLabel(3, ['Kyiv'])).toBe('3 places, among them Kyiv');
    expect(clusterLabel(3, [])).toBe('3 places');
  });
});

describe('shown: the marks to draw and the clusters for the rest', () => {
  const points: MarkPoint[] = Array.from({ length: 10 }, (_, i) => ({
    id: `k${i}`,
    name: `K ${i}`,
    lonLat: [30.5 + i * 0.01, 50.45],
  }));
  const far: MarkPoint = { id: 'far', name: 'Far', lonLat: [2.35, 48.85] };
  const index = createClusterIndex([...points, far]);
  const places = [...points, far].map((p) => ({ id: p.id }));
  test('at low zoom ten close places are one cluster; a far one keeps its mark', () => {
    const { places: marks, clusters } = index.shown(places, undefined, [-180, -85, 180, 85], 4);
    expect(marks.map((p) => p.id)).toEqual(['far']);
    expect(clusters.map((c) => c.count)).toEqual([10]);
  });
  test('the selected place keeps its own mark even inside a cluster', () => {
    const { places: marks } = index.shown(places, 'k3', [-180, -85, 180, 85], 4);
    expect(marks.map((p) => p.id)).toEqual(['k3', 'far']);
  });
});
