import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Dependencies point one way: data ← engine ← present ← state ← components (and routes); the
 * PDF (`report/`) and the command line (`cli/`) sit beside state and take from present. A layer
 * may not import a layer to its right, by `$lib/…` or by a relative path.
 */
const LAYERS = {
	data: [
		'engine',
		'present',
		'state',
		'components',
		'charts',
		'report',
		'workers',
		'i18n',
		'format'
	],
	engine: ['present', 'state', 'components', 'charts', 'report', 'workers', 'i18n', 'format'],
	present: ['state', 'components', 'charts', 'report', 'workers'],
	state: ['components'],
	report: ['state', 'components', 'charts', 'workers'],
	cli: ['state', 'components', 'charts', 'workers']
};

function layerRule(forbidden, layer) {
	return {
		'no-restricted-imports': [
			'error',
			{
				patterns: [
					{
						regex: `^(\\$lib/|(\\.\\./)+(lib/)?)(${forbidden.join('|')})(\\.[a-z.]+)?(/|$)`,
						message: `${layer} may not depend on this layer (data ← engine ← present ← state ← components; report and cli ← present): see docs/ARCHITECTURE.md.`
					},
					...(layer === 'state' || layer === 'components'
						? []
						: [
								{
									regex: '^svelte(/|$)',
									message: `${layer} is plain TypeScript: no Svelte (see docs/ARCHITECTURE.md).`
								}
							])
				]
			}
		]
	};
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: { 'no-undef': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{ files: ['src/lib/data/**'], rules: layerRule(LAYERS.data, 'data') },
	{ files: ['src/lib/engine/**'], rules: layerRule(LAYERS.engine, 'engine') },
	{ files: ['src/lib/present/**'], rules: layerRule(LAYERS.present, 'present') },
	{ files: ['src/lib/state/**'], rules: layerRule(LAYERS.state, 'state') },
	{ files: ['src/lib/report/**'], rules: layerRule(LAYERS.report, 'report') },
	{ files: ['src/cli/**'], rules: layerRule(LAYERS.cli, 'cli') },
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'coverage/'
		]
	}
);
