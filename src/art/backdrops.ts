// The painted backdrops in assets/art/backdrops, one per kind of place (`# scene:` in the story).
const files = import.meta.glob('../../assets/art/backdrops/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;

const byKind = new Map(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url]),
);

export function backdropUrl(kind: string): string | null {
  return byKind.get(kind) ?? null;
}
