// `npm run check`: validates content/ and incidents/ without building, listing every problem,
// and that the issue forms offer the components of content/components.yaml.
import { contentRoot } from '../src/io/content-root.ts';
import { checkSite } from '../src/io/site-check.ts';
import { contentCheckReport } from '../src/lib/content/check-report.ts';
import { languageWarnings } from '../src/lib/i18n/site-languages.ts';

const read = await checkSite(contentRoot());
const report = contentCheckReport(read);
if (!report.ok) {
  console.error(report.text);
  process.exit(1);
}
for (const warning of languageWarnings(read.content!.site, read.content!.incidents)) console.warn(`warning: ${warning}`);
console.log(report.text);
