// Parses citykg's GraphML and GEXF files with graphology (the library Gephi Lite uses) and checks node and edge
// counts and attributes against the XML itself. Usage: node read_gephi_files.mjs OUTDIR
import fs from 'node:fs';
import path from 'node:path';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';
import { DOMParser } from '@xmldom/xmldom';

const out = process.argv[2];
let failures = 0;
const check = (ok, what) => {
  if (!ok) {
    failures++;
    if (failures <= 10) console.log(`FAIL: ${what}`);
  }
};

for (const name of ['graph.graphml', 'cities.graphml', 'graph.gexf', 'cities.gexf']) {
  const file = path.join(out, name);
  if (!fs.existsSync(file)) continue;
  const xml = fs.readFileSync(file, 'utf8');
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const nodes = dom.getElementsByTagName('node').length;
  const edges = dom.getElementsByTagName('edge').length;
  const parser = name.endsWith('.gexf') ? gexf : graphml;
  const g = parser.parse(graphology.MultiGraph, xml, { addMissingNodes: true });
  check(g.order === nodes, `${name}: graphology read ${g.order} nodes, the file has ${nodes}`);
  check(g.size === edges, `${name}: graphology read ${g.size} edges, the file has ${edges}`);
  g.forEachNode((id, attrs) => {
    check(typeof attrs.label === 'string' && attrs.label.length > 0, `${name}: node ${id} has no label`);
    check(typeof attrs.type === 'string' && attrs.type.length > 0, `${name}: node ${id} has no type`);
  });
  g.forEachEdge((id, attrs) => {
    check(typeof attrs.weight === 'number' && attrs.weight > 0, `${name}: edge ${id} weight ${attrs.weight}`);
  });
  console.log(`${name}: ${g.order} nodes, ${g.size} edges`);
}
console.log(failures ? `0 passed, 1 failed` : `1 passed, 0 failed`);
process.exit(failures ? 1 : 0);
