// When two games are the same student's: the same name with case, spaces and accents aside
// ("Zoë Smith", "zoe  smith" and "ZOESMITH" are one student), in the same class.

export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[\s\p{Z}]+/gu, '');
}
