// graphology reads the GraphML and GEXF written from hostile names and gets the names back.
import fs from 'node:fs';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';

const dir = process.argv[2];
const expected = JSON.parse(fs.readFileSync(`${dir}/expected.json`, 'utf8'));
let failures = 0;
for (const [file, parser] of [['hostile.graphml', graphml], ['hostile.gexf', gexf]]) {
  const g = parser.parse(graphology.MultiGraph, fs.readFileSync(`${dir}/${file}`, 'utf8'));
  const labels = new Set(g.mapNodes((id, a) => a.label));
  for (const e of expected) {
    if (!labels.has(e)) {
      failures++;
      console.log(`FAIL: ${file} lost the label ${JSON.stringify(e.slice(0, 40))}`);
    }
  }
}
console.log(failures ? '0 passed, 1 failed' : '1 passed, 0 failed');
process.exit(failures ? 1 : 0);
