// Writes cn-workdays.tsv, the working-day calendar Duban ships, from the npm package chinese-days (MIT).
//
//   mkdir -p /tmp/cdays && cd /tmp/cdays && npm install chinese-days
//   node /path/to/resources/calendar/make-cn-workdays.mjs 2026-12-02 > /path/to/resources/calendar/cn-workdays.tsv
//
// The package is resolved from the current folder. The argument is the date written into the header
// (today when left out). Years before FIRST_YEAR are left out: Duban's ledgers start later.
import { createRequire } from 'node:module';
import path from 'node:path';

const FIRST_YEAR = 2019;

const require = createRequire(path.join(process.cwd(), 'package.json'));
const pkg = require('chinese-days/package.json');
// The package's own data file (dist/chinese-days.json): every statutory holiday day ("holidays", weekends
// within a break included) and every 调休 working day ("workdays"), each "English,中文,days".
const { holidays, workdays } = require('chinese-days/dist/chinese-days.json');

const generated = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const chineseName = (value) => value.split(',')[1];

const lines = [];
for (const [kind, days] of [['holiday', holidays], ['workday', workdays]]) {
  for (const [date, value] of Object.entries(days)) {
    if (Number(date.slice(0, 4)) >= FIRST_YEAR)
      lines.push(`${date}\t${kind}\t${chineseName(value)}`);
  }
}
lines.sort();
const years = lines.map((line) => line.slice(0, 4));

const header = [
  `# China's statutory holidays and 调休 working days, ${years[0]}–${years.at(-1)}.`,
  `# Source: npm package ${pkg.name} ${pkg.version} (https://www.npmjs.com/package/chinese-days,
#   https://github.com/vsme/chinese-days), licence ${pkg.license}.`,
  `# Generated ${generated} by make-cn-workdays.mjs; do not edit by hand, regenerate (see README.md).`,
  '# One line per special day, sorted: date<TAB>holiday|workday<TAB>name. A holiday line is a day off',
  '# (weekdays, and weekend days inside a break); a workday line is a 调休 working day on a weekend.',
];
process.stdout.write([...header, ...lines].join('\n') + '\n');
