// `npm run story:facts`: is story/history/ (the fact base the story and its tests are checked
// against, kept in this repository so that a clone stands alone) still the team's fact base?
// Compares it file by file with ../shared/history/ (or the folder given) and lists what differs.
// Exit 0 when they agree or there is nothing beside this clone to compare with; 1 when they differ.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const ours = path.join(root, 'story/history');
const theirs = path.resolve(process.argv[2] ?? path.join(root, '../shared/history'));

if (!existsSync(theirs)) {
  console.log(`${theirs} is not here: story/history/ is the fact base this clone checks against.`);
  process.exit(0);
}
const names = [...new Set([...readdirSync(ours), ...readdirSync(theirs)])].filter((n) => n.endsWith('.md')).sort();
const differ = names.filter((n) => {
  const a = path.join(ours, n);
  const b = path.join(theirs, n);
  return !existsSync(a) || !existsSync(b) || readFileSync(a, 'utf8') !== readFileSync(b, 'utf8');
});
if (differ.length === 0) {
  console.log(`story/history/ agrees with ${theirs} (${names.length} files).`);
  process.exit(0);
}
console.log(`story/history/ differs from ${theirs} in: ${differ.join(', ')}.`);
console.log('Copy the fact base in (cp ../shared/history/*.md story/history/), then run npm test: the story is checked against it.');
process.exit(1);
