/**
 * `npm run calc -- --group a.json b.json …`: council mode. Each file is a member's scenario
 * (its name, weights and judged scores; its figures are not used); the group is computed on the
 * figures of `--base` (the study's without it). Prints JSON (`group.members[]`,
 * `group.shareFirst`, `group.probabilityFirst`, the mean weights, …) or the tables.
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import { basename } from 'node:path';
import {
	groupSmaa,
	onlyChanges,
	ScenarioError,
	type GroupMember,
	type GroupResult,
	type Scenario,
	type SmaaOptions
} from '../lib/engine';
import type { Locale } from '../lib/i18n';
import type { CliOptions } from './args';
import { UsageError } from './args';
import { readScenario, type CommandIo } from './io';

/** A member's name: the scenario's, else the file's name without its folder and `.json`. */
export function memberName(scenario: Scenario, file: string): string {
	return scenario.name ?? basename(file).replace(/\.json$/i, '');
}

/** Read one scenario file; a refused scenario names the file, then the field. */
async function readNamed(file: string | undefined, io: CommandIo): Promise<Scenario> {
	try {
		return await readScenario(file, io);
	} catch (e) {
		if (e instanceof ScenarioError && file !== undefined)
			throw new UsageError(`${file}: ${e.message}`);
		throw e;
	}
}

export interface GroupJson {
	lang: Locale;
	/** The scenario the group is computed on, holding only changes from the study. */
	base: Scenario;
	group: {
		options: GroupResult['options'];
		members: { name: string; file: string; ranking: GroupResult['meanRanking'] }[];
		shareFirst: GroupResult['shareFirst'];
		majority: GroupResult['majority'];
		probabilityFirst: GroupResult['probabilityFirst'];
		rankAcceptability: GroupResult['rankAcceptability'];
		meanWeights: GroupResult['meanWeights'];
		meanRanking: GroupResult['meanRanking'];
		disagreement: GroupResult['disagreement'];
		/** Each member's normalised weights, in the order of `members`. */
		memberWeights: Record<string, number>[];
	};
}

export interface GroupRun {
	base: Scenario;
	names: string[];
	files: string[];
	result: GroupResult;
}

/** Read the base and the members, and run the group analysis. */
export async function runGroup(
	options: CliOptions,
	io: CommandIo,
	smaaOptions: Partial<SmaaOptions>,
	progress?: (done: number, total: number) => void
): Promise<GroupRun> {
	const base = await readNamed(options.base, io);
	const files = options.members;
	const scenarios: Scenario[] = [];
	for (const file of files) scenarios.push(await readNamed(file, io));
	const names = scenarios.map((s, i) => memberName(s, files[i]!));
	scenarios.forEach((s, i) => {
		if (Object.keys(s.values).length)
			io.stderr(
				`warning: ${files[i]}: a member's 'values' are not used; the group is computed on the figures of --base (or the study's)\n`
			);
	});
	const members: GroupMember[] = scenarios.map((s, i) => ({
		name: names[i]!,
		weights: s.weights,
		...(s.judgements !== undefined ? { judgements: s.judgements } : {})
	}));
	const { samples, seed, weightUncertainty } = smaaOptions;
	const result = groupSmaa(
		base,
		members,
		{
			...(samples !== undefined ? { samples } : {}),
			...(seed !== undefined ? { seed } : {}),
			...(weightUncertainty !== undefined ? { weightUncertainty } : {})
		},
		progress
	);
	return { base, names, files, result };
}

export function groupJson(run: GroupRun, lang: Locale): GroupJson {
	const g = run.result;
	return {
		lang,
		base: onlyChanges(run.base),
		group: {
			options: g.options,
			members: g.members.map((m, i) => ({
				name: run.names[i]!,
				file: run.files[i]!,
				ranking: m.ranking
			})),
			shareFirst: g.shareFirst,
			majority: g.majority,
			probabilityFirst: g.probabilityFirst,
			rankAcceptability: g.rankAcceptability,
			meanWeights: g.meanWeights,
			meanRanking: g.meanRanking,
			disagreement: g.disagreement,
			memberWeights: g.members.map((m) => m.weights)
		}
	};
}
