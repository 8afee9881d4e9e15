/**
 * Council mode's group, as the advisor gathers it: members' answers read from pasted links and
 * dropped files, the group file that saves them, and how each member is named.
 *
 * Pure: no DOM, no storage. Every answer goes through the engine's `parseAnswer`, so a tampered
 * link or a broken file is refused with a ScenarioError naming the field, and reading several at
 * once never lets one bad answer stop the others.
 */
import { MODEL_IDS, type ModelId } from '../data';
import {
	ScenarioError,
	answerFromFileText,
	answerFromFragment,
	parseAnswer,
	type Answer,
	type GroupResult
} from '../engine';
import { formatCount, formatList, formatShare } from '../format';
import '../i18n/output';
import { translate, type Locale } from '../i18n';
import { modelName } from './names';
import { describeProblem } from './scenario-errors';

/** A group file: `{ "version": 1, "kind": "group", "answers": [ …answers… ] }`. */
export const GROUP_FILE_VERSION = 1;

/** Most answers in one group: a regional council and its deputies, with room to spare. */
export const GROUP_MAX = 60;

/** What could not be read, and from where (`lenke 2`, `svar.json`). */
export interface ReadProblem {
	source: string;
	/** Whether it came as a link or a file (their problems are worded apart). */
	kind: 'link' | 'file';
	error: unknown;
}

export interface ReadResult {
	answers: Answer[];
	problems: ReadProblem[];
}

/** An answer's identity: two answers that say the same are one (a link pasted twice). */
export function answerKey(answer: Answer): string {
	return JSON.stringify(parseAnswer(answer));
}

/**
 * The answers in pasted text: one or more answer links (or bare `#a=…` fragments) separated by
 * white space, or the text of one answer file (JSON). `linkLabel(n)` names the n-th link (from 1)
 * in a problem.
 */
export function answersFromText(text: string, linkLabel: (n: number) => string): ReadResult {
	const trimmed = text.trim();
	if (trimmed === '') return { answers: [], problems: [] };
	if (trimmed.startsWith('{')) return fromFileText(trimmed, linkLabel(1));
	const answers: Answer[] = [];
	const problems: ReadProblem[] = [];
	trimmed.split(/\s+/).forEach((token, i) => {
		const source = linkLabel(i + 1);
		try {
			const hash = token.includes('#') ? token.slice(token.indexOf('#')) : token;
			const answer = answerFromFragment(hash);
			if (answer === null)
				throw new ScenarioError('invalid-shape', { field: '(link)', detail: 'no answer' });
			answers.push(answer);
		} catch (error) {
			problems.push({ source, kind: 'link', error });
		}
	});
	return { answers, problems };
}

/**
 * The answers in a file's text: an answer file, or a group file (each of its answers is read on
 * its own, and a bad one is named by its place in the file: `svar.json, svar 3`).
 */
export function fromFileText(
	text: string,
	source: string,
	entryLabel: (n: number) => string = (n) => `#${n}`
): ReadResult {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		return {
			answers: [],
			problems: [
				{
					source,
					kind: 'file',
					error: new ScenarioError('invalid-json', {
						field: '(root)',
						detail: (e as Error).message
					})
				}
			]
		};
	}
	if (!isGroupFile(data)) {
		try {
			return { answers: [answerFromFileText(text)], problems: [] };
		} catch (error) {
			return { answers: [], problems: [{ source, kind: 'file', error }] };
		}
	}
	if (data.version !== GROUP_FILE_VERSION)
		return {
			answers: [],
			problems: [
				{
					source,
					kind: 'file',
					error: new ScenarioError('unsupported-version', {
						field: 'version',
						value: data.version
					})
				}
			]
		};
	if (!Array.isArray(data.answers))
		return {
			answers: [],
			problems: [
				{
					source,
					kind: 'file',
					error: new ScenarioError('invalid-shape', { field: 'answers', detail: 'not a list' })
				}
			]
		};
	const answers: Answer[] = [];
	const problems: ReadProblem[] = [];
	data.answers.forEach((item: unknown, i: number) => {
		try {
			answers.push(parseAnswer(item));
		} catch (error) {
			problems.push({ source: `${source}, ${entryLabel(i + 1)}`, kind: 'file', error });
		}
	});
	return { answers, problems };
}

function isGroupFile(data: unknown): data is { version: unknown; answers: unknown } {
	return (
		typeof data === 'object' &&
		data !== null &&
		!Array.isArray(data) &&
		(data as { kind?: unknown }).kind === 'group'
	);
}

/** The group file's text: the answers as they were given (names only where members gave them). */
export function groupFileText(answers: readonly Answer[]): string {
	return (
		JSON.stringify(
			{ version: GROUP_FILE_VERSION, kind: 'group', answers: answers.map((a) => parseAnswer(a)) },
			null,
			2
		) + '\n'
	);
}

/**
 * Answers added to `current`: new ones appended in order, one already there (or twice in
 * `added`) skipped and counted, and none beyond `GROUP_MAX`.
 */
export function mergeAnswers(
	current: readonly Answer[],
	added: readonly Answer[]
): { answers: Answer[]; duplicates: number; overLimit: number } {
	const seen = new Set(current.map(answerKey));
	const answers = [...current];
	let duplicates = 0;
	let overLimit = 0;
	for (const a of added) {
		const key = answerKey(a);
		if (seen.has(key)) duplicates++;
		else if (answers.length >= GROUP_MAX) overLimit++;
		else {
			seen.add(key);
			answers.push(a);
		}
	}
	return { answers, duplicates, overLimit };
}

/**
 * How each member is shown: the name they gave, else `Anonym 1`, `Anonym 2`, … in the order the
 * anonymous answers came; a name given twice gets its place (`Kari (2)`).
 */
export function memberLabels(answers: readonly Answer[], locale: Locale): string[] {
	let anonymous = 0;
	const count = new Map<string, number>();
	for (const a of answers)
		if (a.name !== undefined) count.set(a.name, (count.get(a.name) ?? 0) + 1);
	const seen = new Map<string, number>();
	return answers.map((a) => {
		if (a.name === undefined)
			return translate(locale, 'group.member.anonymous', { n: ++anonymous });
		const n = (seen.get(a.name) ?? 0) + 1;
		seen.set(a.name, n);
		return count.get(a.name)! > 1 ? `${a.name} (${n})` : a.name;
	});
}

/** The meetings the answers were given for, each once, in the order first met. */
export function meetingsOf(answers: readonly Answer[]): string[] {
	return [...new Set(answers.map((a) => a.meeting))];
}

/** Largest answer or group file read: far above any real one (a group of 60 is about 40 kB). */
export const FILE_MAX_BYTES = 1_000_000;

/** The problem of a file too large to be an answer (it is not read). */
export function tooLargeProblem(source: string): ReadProblem {
	return {
		source,
		kind: 'file',
		error: new ScenarioError('invalid-shape', { field: '(size)', detail: 'too large' })
	};
}

/** A problem as one sentence: where, and what was wrong with which field. */
export function problemText(problem: ReadProblem, locale: Locale): string {
	const { source, kind, error } = problem;
	const notAnswer =
		error instanceof ScenarioError &&
		error.code === 'invalid-shape' &&
		(error.details.field === '(link)' || error.details.field === '(root)');
	const what = !(error instanceof ScenarioError)
		? translate(locale, 'group.problem.unreadable')
		: error.details.field === '(size)'
			? translate(locale, 'group.problem.tooLarge', { max: '1 MB' })
			: notAnswer
				? translate(locale, 'group.problem.notAnswer')
				: describeProblem(error, kind, locale);
	return translate(locale, 'group.problem', { source, problem: what });
}

/** How many members put `model` first (the share times the count, which is a whole number). */
export function firstCount(result: GroupResult, model: ModelId): number {
	return Math.round(result.shareFirst[model] * result.members.length);
}

/**
 * Whether the council has a majority: `Trainee Innlandet er først for 3 av 5 medlemmer: et
 * flertall.`, or which models most members put first when none has one.
 */
export function majorityText(result: GroupResult, locale: Locale): string {
	const total = formatCount(result.members.length, locale);
	if (result.majority)
		return translate(locale, 'group.majority', {
			model: modelName(result.majority, locale),
			count: formatCount(firstCount(result, result.majority), locale),
			total
		});
	const most = Math.max(...MODEL_IDS.map((id) => firstCount(result, id)));
	const leaders = MODEL_IDS.filter((id) => firstCount(result, id) === most);
	return translate(locale, 'group.noMajority', {
		models: formatList(
			leaders.map((id) => modelName(id, locale)),
			locale
		),
		count: formatCount(most, locale),
		total
	});
}

/** The model most often first in the group's simulations (the earlier in data order on a tie). */
function mostProbableFirst(result: GroupResult): ModelId {
	return MODEL_IDS.reduce((a, b) =>
		result.probabilityFirst[b] > result.probabilityFirst[a] ? b : a
	);
}

/** The group's most probable first: `… kommer Trainee Innlandet først i 61,2 % av simuleringene.` */
export function probabilityText(result: GroupResult, locale: Locale): string {
	const best = mostProbableFirst(result);
	return translate(locale, 'group.probability', {
		model: modelName(best, locale),
		share: formatShare(result.probabilityFirst[best], locale)
	});
}

/**
 * A warning when the members' own rankings and the group's simulations point to different
 * models: the model most members put first (alone in that) is not the one most often first
 * once judgements and figures vary within their ranges, so those first places are narrow.
 * Null when they agree or no model alone has the most first places.
 */
export function splitText(result: GroupResult, locale: Locale): string | null {
	const most = Math.max(...MODEL_IDS.map((id) => firstCount(result, id)));
	const leaders = MODEL_IDS.filter((id) => firstCount(result, id) === most);
	const likely = mostProbableFirst(result);
	if (leaders.length !== 1 || leaders[0] === likely) return null;
	return translate(locale, 'group.split', {
		first: modelName(leaders[0]!, locale),
		likely: modelName(likely, locale)
	});
}
