/**
 * The `--help` texts of `npm run calc` and `npm run report`. Only their layout is here: option
 * syntax (`--format json|table`) and commands are code; every word comes from the message
 * catalogue (`cli.*` in src/lib/i18n/sections/cli.ts). Paragraphs are wrapped to the width of a
 * terminal. Default values are written as they are typed (`0.3`), not formatted for reading.
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import type { SmaaOptions } from '../lib/engine';
import {
	translate,
	translator,
	type Locale,
	type MessageKey,
	type MessageParams
} from '../lib/i18n';

const WIDTH = 96;
const INDENT = '  ';
/** Option syntax is padded to this width, so that the descriptions form a column. */
const SYNTAX_WIDTH = 25;

/** `text` broken into lines of at most `WIDTH` characters, each starting with `indent`. */
function wrap(text: string, indent = '', firstIndent = indent): string[] {
	const lines: string[] = [];
	let line = firstIndent;
	let empty = true;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (!empty && line.length + 1 + word.length > WIDTH) {
			lines.push(line);
			line = indent;
			empty = true;
		}
		line += (empty ? '' : ' ') + word;
		empty = false;
	}
	lines.push(line);
	return lines;
}

interface HelpOption {
	readonly syntax: string;
	readonly text: MessageKey;
	readonly params?: MessageParams;
}

/** The help as blocks of lines, one blank line between blocks. */
function render(blocks: readonly (readonly string[])[]): string {
	return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

function optionLines(locale: Locale, options: readonly HelpOption[]): string[] {
	const hanging = INDENT + ' '.repeat(SYNTAX_WIDTH);
	return options.flatMap(({ syntax, text, params }) =>
		wrap(translate(locale, text, params), hanging, INDENT + `${syntax} `.padEnd(SYNTAX_WIDTH))
	);
}

function exitLines(locale: Locale): string[] {
	const t = translator(locale);
	return [
		t('cli.help.exit'),
		`${INDENT}0  ${t('cli.help.exit.ok')}`,
		`${INDENT}1  ${t('cli.help.exit.internal')}`,
		...wrap(t('cli.help.exit.badInput'), INDENT + '   ', `${INDENT}2  `)
	];
}

type SmaaDefaults = Pick<SmaaOptions, 'samples' | 'seed'>;

function smaaOptions(defaults: SmaaDefaults): HelpOption[] {
	return [
		{
			syntax: '--samples N',
			text: 'cli.help.option.samples',
			params: { samples: defaults.samples }
		},
		{ syntax: '--seed N', text: 'cli.help.option.seed', params: { seed: defaults.seed } }
	];
}

const HELP_OPTION: HelpOption = { syntax: '-h, --help', text: 'cli.help.option.help' };

/** `npm run calc -- --help`. */
export function calcHelp(locale: Locale, defaults: SmaaOptions): string {
	const t = translator(locale);
	const number = t('cli.calc.help.file.number');
	return render([
		[t('cli.calc.help.title')],
		[
			t('cli.help.usage'),
			`${INDENT}npm run calc -- [scenario.json | -] [${t('cli.help.usage.options')}]`,
			`${INDENT}npm run calc -- --parameters [--format table] [--lang en]`,
			`${INDENT}npm run calc -- --schema`,
			`${INDENT}npm run calc -- --group a.json b.json … [--base scenario.json] [${t('cli.help.usage.options')}]`
		],
		wrap(t('cli.help.input')),
		[
			t('cli.help.options'),
			...optionLines(locale, [
				{ syntax: '--format json|table', text: 'cli.calc.help.option.format' },
				{ syntax: '--lang nb|en', text: 'cli.calc.help.option.lang' },
				...smaaOptions(defaults),
				{
					syntax: '--weight-uncertainty X',
					text: 'cli.calc.help.option.weightUncertainty',
					params: { lambda: defaults.weightUncertainty }
				},
				{ syntax: '--no-smaa', text: 'cli.calc.help.option.noSmaa' },
				{ syntax: '--parameters', text: 'cli.calc.help.option.parameters' },
				{ syntax: '--schema', text: 'cli.calc.help.option.schema' },
				{ syntax: '--group', text: 'cli.calc.help.option.group' },
				{ syntax: `--base ${t('cli.report.help.file')}`, text: 'cli.calc.help.option.base' },
				HELP_OPTION
			])
		],
		[
			t('cli.calc.help.file'),
			`${INDENT}{ "version": 2, "name": "…", "values": { "<${t('cli.calc.help.file.parameterId')}>": ${number} },`,
			`${INDENT}  "weights": { "<${t('cli.calc.help.file.criterionId')}>": ${number} },`,
			`${INDENT}  "judgements": { "<${t('cli.calc.help.file.criterionId')}>": { "<${t('cli.calc.help.file.modelId')}>":`,
			`${INDENT}    { "score": 1–5, "low": 1–5, "high": 1–5 } } },`,
			`${INDENT}  "analysis": { "samples": ${number}, "seed": ${number}, "weightUncertainty": 0–1 } }`,
			...wrap(t('cli.calc.help.file.note'), INDENT)
		],
		[t('cli.calc.help.output'), ...wrap(t('cli.calc.help.output.text'), INDENT)],
		exitLines(locale),
		[
			t('cli.help.examples'),
			`${INDENT}npm run calc -- scenario.json --format table`,
			`${INDENT}npm run calc -- --group anna.json bjorn.json --format table`,
			`${INDENT}echo '{"version":2,"values":{"shared.horizonYears":8}}' | npm run calc -- - --no-smaa`
		]
	]);
}

/** `npm run report -- --help`. */
export function reportHelp(
	locale: Locale,
	defaults: SmaaDefaults & { output: string; noteMax: number }
): string {
	const t = translator(locale);
	return render([
		[t('cli.report.help.title')],
		[
			t('cli.help.usage'),
			`${INDENT}npm run report -- [scenario.json | -] [-o ${defaults.output}] [${t('cli.help.usage.options')}]`
		],
		wrap(t('cli.help.input')),
		[
			t('cli.help.options'),
			...optionLines(locale, [
				{
					syntax: `-o, --output ${t('cli.report.help.file')}`,
					text: 'cli.report.help.option.output',
					params: { file: defaults.output }
				},
				{ syntax: '--lang nb|en', text: 'cli.report.help.option.lang' },
				{ syntax: `--date ${t('cli.report.help.date')}`, text: 'cli.report.help.option.date' },
				{
					syntax: `--note ${t('cli.report.help.text')}`,
					text: 'cli.report.help.option.note',
					params: { max: defaults.noteMax }
				},
				...smaaOptions(defaults),
				HELP_OPTION
			])
		],
		wrap(t('cli.report.help.reproducible')),
		exitLines(locale)
	]);
}
