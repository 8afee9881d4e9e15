/**
 * `npm run calc -- [scenario.json | -] [options]`: the command line's entry point (see
 * `--help`). Wires `main` to the real process: arguments, standard streams and files.
 */
import { readFile } from 'node:fs/promises';
import { main } from './main';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw e;
});

/** SMAA's progress on one self-erasing line, only when standard error is a terminal. */
function progress(done: number, total: number): void {
	const percent = Math.floor((100 * done) / total);
	process.stderr.write(done < total ? `\rSMAA ${percent} %` : '\r\x1b[K');
}

process.exitCode = await main(process.argv.slice(2), {
	stdout: (text) => void process.stdout.write(text),
	stderr: (text) => void process.stderr.write(text),
	readStdin,
	readFile: (path) => readFile(path, 'utf8'),
	...(process.stderr.isTTY ? { progress } : {})
});
