// A free TCP port on localhost, asked of the operating system (listen on port 0, read it, close).
// Used so that the tests and benchmarks never collide with `npm start` (4173) or with each other.
import { createServer } from 'node:net';

/** @returns {Promise<number>} */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}
