// Validate data/ with the zod schemas and integrity checks before a build or dev server starts
// (npm's prebuild/predev hooks). Exits 1 with every problem listed, naming file and field.
import { validateData } from '../src/lib/data/validate';

try {
	validateData();
	console.log('data: valid');
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}
