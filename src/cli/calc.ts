/**
 * `npm run calc -- [scenario.json | -] [options]`: the command line's entry point (see
 * `--help`). Wires `main` to the real process: arguments, standard streams and files.
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import { formatShare, WHOLE } from '../lib/format';
import { translate, type Locale } from '../lib/i18n';
import { processIo } from './io';
import { main } from './main';

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw e;
});

/** SMAA's progress on one self-erasing line, only when standard error is a terminal. */
function progress(done: number, total: number, locale: Locale): void {
	const percent = formatShare(Math.floor((100 * done) / total) / 100, locale, WHOLE);
	process.stderr.write(
		done < total ? `\r${translate(locale, 'cli.smaa.progress', { percent })}` : '\r\x1b[K'
	);
}

process.exitCode = await main(process.argv.slice(2), {
	...processIo(),
	...(process.stderr.isTTY ? { progress } : {})
});
