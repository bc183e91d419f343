// The portraits in assets/art/portraits, found at build time: `{id}-{mood}.svg`.
// Vite fingerprints each file and hands back its URL; nothing loads until an <img> asks.
const files = import.meta.glob('../../assets/art/portraits/*.svg', { eager: true, query: '?url', import: 'default' }) as Record<string, string>;


const byName = new Map(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1, -'.svg'.length), url]),
);

/**
 * The portrait of a cast member in a mood (`# mood:`: calm, stern), the calm one for a mood not
 * drawn, or null for someone we have not drawn.
 */
export function portraitUrl(id: string, mood = 'calm'): string | null {
  return byName.get(`${id}-${mood}`) ?? byName.get(`${id}-calm`) ?? null;
}
