// `npm run check`: validates content/ and incidents/ without building, listing every problem,
// and that the issue forms offer the components of content/components.yaml.
import { contentRoot } from '../src/io/content-root.ts';
import { checkSite } from '../src/io/site-check.ts';
import { contentCheckReport } from '../src/lib/content/check-report.ts';

const report = contentCheckReport(await checkSite(contentRoot()));
if (!report.ok) {
  console.error(report.text);
  process.exit(1);
}
console.log(report.text);
