// Reads paperdigest exports with the tools their users read them with, and checks them against the JSON Lines export
// of the same papers: `node check.mjs bibtex|csljson|ris EXPORT EXPECTED.jsonl`. Exits 1 with the first problems.
import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

const [, , kind, file, expectedFile] = process.argv;
const text = readFileSync(file, 'utf8');
const expected = readFileSync(expectedFile, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
const problems = [];
// Case, braces, smart quotes and spacing aside: styles and parsers change those on purpose.
const fold = s => (s ?? '').normalize('NFKC').toLowerCase().replace(/[{}\\]/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

if (kind === 'bibtex') {
  const library = parse(text);
  for (const error of library.errors) problems.push(`parse error: ${JSON.stringify(error).slice(0, 300)}`);
  if (library.entries.length !== expected.length) problems.push(`${library.entries.length} entries for ${expected.length} papers`);
  library.entries.forEach((entry, i) => {
    const want = expected[i];
    if (!want) return;
    const f = entry.fields;
    if (want.title && fold(f.title) !== fold(want.title)) problems.push(`title ${i}: '${f.title}' for '${want.title}'`);
    if (want.date && String(f.year) !== String(want.date.year)) problems.push(`year ${i}: ${f.year} for ${want.date.year}`);
    if (want.arxivId && f.eprint !== want.arxivId) problems.push(`eprint ${i}: ${f.eprint} for ${want.arxivId}`);
    const authors = (f.author ?? []).map(a => [a.prefix, a.lastName ?? a.name].filter(Boolean).join(' '));
    const families = want.authors.map(a => a.family ?? a.literal);
    if (authors.length !== families.length + (want.moreAuthors ? 1 : 0) || families.some((fam, k) => fold(authors[k]) !== fold(fam))) {
      problems.push(`authors ${i}: ${JSON.stringify(authors)} for ${JSON.stringify(families)}`);
    }
  });
} else if (kind === 'csljson') {
  const items = JSON.parse(text);
  if (items.length !== expected.length) problems.push(`${items.length} items for ${expected.length} papers`);
  const cite = new Cite(items);
  const bibliography = fold(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }));
  for (const want of expected) {
    // A style may move a closing period inside closing quotes: the title is compared without them.
    if (want.title && !bibliography.includes(fold(want.title).replace(/["'.]+$/, '').slice(0, 40))) problems.push(`title not in the bibliography: '${want.title}'`);
    if (want.date && !bibliography.includes(`(${want.date.year}`)) problems.push(`year ${want.date.year} not in the bibliography`);
  }
} else if (kind === 'ris') {
  const items = new Cite(text).data;
  if (items.length !== expected.length) problems.push(`${items.length} RIS records read back for ${expected.length} papers`);
  items.forEach((item, i) => {
    const want = expected[i];
    if (want?.title && fold(item.title) !== fold(want.title)) problems.push(`RIS title ${i}: '${item.title}' for '${want.title}'`);
    if (want?.date && item.issued?.['date-parts']?.[0]?.[0] !== want.date.year) problems.push(`RIS year ${i}: ${JSON.stringify(item.issued)} for ${want.date.year}`);
  });
} else {
  problems.push(`unknown kind '${kind}'`);
}

if (problems.length > 0) {
  console.error(`${kind}: ${problems.length} problem(s) in ${file}`);
  for (const problem of problems.slice(0, 20)) console.error(`  ${problem}`);
  process.exit(1);
}

console.log(`${kind}: ${expected.length} papers read back from ${file} as written`);
