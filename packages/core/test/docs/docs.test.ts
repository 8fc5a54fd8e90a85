import { join } from 'node:path';
import { describeDocumentationExamples } from '../../../../tools/docs-examples';

// Every ```ts block of README.md and docs/*.md (but the pages of other packages' suites, see
// tools/docs-examples/documentation-pages.ts) is type-checked and run as written.
describeDocumentationExamples({
  suite: 'core',
  outDir: join(__dirname, '.generated'),
  tsconfig: join(__dirname, '../../tsconfig.json'),
});
