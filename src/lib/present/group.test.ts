// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MODEL_IDS, type ModelId } from '../data';
import {
	answerFragment,
	answerFromFragment,
	ScenarioError,
	type Answer,
	type GroupResult
} from '../engine';
import {
	answersFromText,
	fromFileText,
	GROUP_MAX,
	groupFileText,
	majorityText,
	meetingsOf,
	memberLabels,
	mergeAnswers,
	probabilityText,
	problemText,
	splitText,
	tooLargeProblem
} from './group';

const answer = (weights: Record<string, number>, name?: string, meeting = 'Rådsmøte 5. mars') =>
	({
		version: 1,
		kind: 'answer',
		meeting,
		...(name !== undefined ? { name } : {}),
		weights
	}) as Answer;

const kari = answer({ 'company-cost': 80, 'graduates-retained': 20 }, 'Kari');
const ola = answer({ 'company-cost': 10, 'graduates-retained': 90 }, 'Ola');
const anon = answer({ 'company-cost': 50 });

const link = (a: Answer) => `https://traineevalg.example/${answerFragment(a)}`;
const label = (n: number) => `lenke ${n}`;

describe('reading pasted answer links', () => {
	it('reads several links separated by spaces and line breaks, in order', () => {
		const read = answersFromText(
			`  ${link(kari)}\n\n${link(ola)} ${answerFragment(anon)}  `,
			label
		);
		expect(read.problems).toEqual([]);
		expect(read.answers.map((a) => a.name)).toEqual(['Kari', 'Ola', undefined]);
		expect(read.answers[1]!.weights).toEqual({ 'company-cost': 10, 'graduates-retained': 90 });
	});

	it('keeps the good answers and names the bad link by its place and field', () => {
		// Link 2 is Ola's with a weight of 150 (allowed 0–100) put in by hand.
		const tampered = `#a=${Buffer.from(
			JSON.stringify({ ...ola, weights: { 'company-cost': 150 } })
		).toString('base64url')}`;
		const read = answersFromText(`${link(kari)} ${tampered} https://x.example/#s=abc`, label);
		expect(read.answers.map((a) => a.name)).toEqual(['Kari']);
		expect(read.problems.map((p) => p.source)).toEqual(['lenke 2', 'lenke 3']);
		const [weight, notAnswer] = read.problems.map((p) => problemText(p, 'nb'));
		expect(weight).toContain('lenke 2: ');
		// The criterion by its label (data/criteria.json) and id.
		expect(weight).toContain('«Kostnad for en medlemsbedrift» (company-cost)');
		// A share link (`#s=`) is no answer, and says so.
		expect(notAnswer).toBe('lenke 3: dette er ikke et svar fra et rådsmøte.');
	});

	it('reads a pasted answer file (JSON) as one answer', () => {
		const read = answersFromText(JSON.stringify(kari), label);
		expect(read.answers).toEqual([kari]);
	});

	it('reads nothing from blank text', () => {
		expect(answersFromText(' \n ', label)).toEqual({ answers: [], problems: [] });
	});
});

describe('group files', () => {
	it('round-trips the answers through the group file', () => {
		const text = groupFileText([kari, anon]);
		expect(JSON.parse(text)).toMatchObject({ version: 1, kind: 'group' });
		expect(fromFileText(text, 'gruppe.json')).toEqual({ answers: [kari, anon], problems: [] });
	});

	it('keeps the readable answers of a damaged group file and names the bad one', () => {
		const text = JSON.stringify({
			version: 1,
			kind: 'group',
			answers: [kari, { ...ola, weights: { 'company-cost': -5 } }, anon]
		});
		const read = fromFileText(text, 'gruppe.json', (n) => `svar ${n}`);
		expect(read.answers).toEqual([kari, anon]);
		expect(read.problems).toHaveLength(1);
		expect(read.problems[0]!.source).toBe('gruppe.json, svar 2');
		expect(read.problems[0]!.error).toBeInstanceOf(ScenarioError);
		expect((read.problems[0]!.error as ScenarioError).details.field).toBe('weights.company-cost');
	});

	it('refuses a group file of another version, and text that is not JSON', () => {
		const v2 = fromFileText('{"version":2,"kind":"group","answers":[]}', 'g.json');
		expect((v2.problems[0]!.error as ScenarioError).code).toBe('unsupported-version');
		const broken = fromFileText('{"version":1,', 'svar.json');
		expect(broken.answers).toEqual([]);
		expect(problemText(broken.problems[0]!, 'nb')).toMatch(/^svar\.json: /);
		const noList = fromFileText('{"version":1,"kind":"group","answers":{}}', 'g.json');
		expect((noList.problems[0]!.error as ScenarioError).details.field).toBe('answers');
	});

	it('says a file too large was not read', () => {
		expect(problemText(tooLargeProblem('stor.json'), 'nb')).toBe(
			'stor.json: filen er større enn 1 MB og er ikke et svar.'
		);
	});
});

describe('adding answers', () => {
	it('skips an answer already there, counts it, and stops at the limit', () => {
		const first = mergeAnswers([kari], [ola, kari, ola]);
		expect(first.answers).toEqual([kari, ola]);
		expect(first.duplicates).toBe(2);
		// A group at its limit takes no more: 2 more offered, 0 taken.
		const full = Array.from({ length: GROUP_MAX }, (_, i) => answer({ 'company-cost': i + 1 }));
		const over = mergeAnswers(full, [answer({ 'company-cost': 99.5 }), kari]);
		expect(over.answers).toHaveLength(GROUP_MAX);
		expect(over.overLimit).toBe(2);
	});

	it('an answer links back to the same weights (fragment round trip)', () => {
		expect(answerFromFragment(answerFragment(ola))).toEqual(ola);
	});
});

describe('naming members', () => {
	it('uses the names given, numbers the anonymous, and tells a repeated name apart', () => {
		const kari2 = answer({ 'company-cost': 1 }, 'Kari');
		expect(memberLabels([kari, anon, ola, kari2, anon], 'nb')).toEqual([
			'Kari (1)',
			'Anonym 1',
			'Ola',
			'Kari (2)',
			'Anonym 2'
		]);
		expect(memberLabels([anon], 'en')).toEqual(['Anonymous 1']);
	});

	it('lists the meetings the answers were given for, once each', () => {
		const other = answer({ 'company-cost': 5 }, 'Per', 'Arbeidsutvalget');
		expect(meetingsOf([kari, other, ola])).toEqual(['Rådsmøte 5. mars', 'Arbeidsutvalget']);
	});
});

/** A group result made by hand: `first` lists each member's first model. */
function resultWith(first: ModelId[], probability: Partial<Record<ModelId, number>>): GroupResult {
	const byModel = <T>(f: (id: ModelId) => T) =>
		Object.fromEntries(MODEL_IDS.map((id) => [id, f(id)])) as Record<ModelId, T>;
	const shareFirst = byModel((id) => first.filter((f) => f === id).length / first.length);
	return {
		options: { samples: 100, seed: 1, weightUncertainty: 0 },
		members: first.map((f) => ({ ranking: [f], weights: {} })),
		shareFirst,
		majority: MODEL_IDS.find((id) => shareFirst[id] > 0.5) ?? null,
		probabilityFirst: byModel((id) => probability[id] ?? 0),
		rankAcceptability: byModel(() => []),
		meanWeights: {},
		meanRanking: [...MODEL_IDS],
		disagreement: []
	};
}

describe('what the council agrees on, in words', () => {
	it('names a majority: 3 of 5 members put Trainee Innlandet first', () => {
		const r = resultWith(
			[
				'trainee-innlandet',
				'fagskole-scheme',
				'trainee-innlandet',
				'status-quo',
				'trainee-innlandet'
			],
			{}
		);
		expect(majorityText(r, 'nb')).toBe(
			'Trainee Innlandet er først for 3 av 5 medlemmer: et flertall.'
		);
	});

	it('with no majority, names the models most members put first (2 and 2 of 4 is no majority)', () => {
		const r = resultWith(
			['fagskole-scheme', 'trainee-innlandet', 'trainee-innlandet', 'fagskole-scheme'],
			{}
		);
		expect(majorityText(r, 'nb')).toBe(
			'Ingen modell er først for et flertall av medlemmene. Flest setter Fagskoletrainee og Trainee Innlandet først (2 av 4).'
		);
	});

	it('names the model with the highest group probability of first place', () => {
		const r = resultWith(['fjelltrainee'], {
			fjelltrainee: 0.388,
			'trainee-innlandet': 0.612
		});
		expect(probabilityText(r, 'nb')).toBe(
			'Når hvert medlems vekter og vurderinger trekkes like ofte og tallene varierer innenfor sine spenn, kommer Trainee Innlandet først i 61,2\u00a0% av simuleringene.'
		);
	});
});

describe('when the members’ first places and the simulations disagree', () => {
	it('warns when the model most members put first is not the most probable first', () => {
		// 2 of 3 put Trainee Innlandet first; the simulations favour Fagskoletrainee (0.55 > 0.30).
		const r = resultWith(['trainee-innlandet', 'trainee-innlandet', 'fagskole-scheme'], {
			'trainee-innlandet': 0.3,
			'fagskole-scheme': 0.55,
			'status-quo': 0.15
		});
		expect(splitText(r, 'nb')).toBe(
			'Merk: flest medlemmer setter Trainee Innlandet først med sine egne vekter, men når vurderingene og tallene varierer innenfor sine spenn, kommer Fagskoletrainee oftest først. Førsteplassene er altså knappe.'
		);
	});

	it('says nothing when they agree, or when no model alone has the most first places', () => {
		const agree = resultWith(['trainee-innlandet', 'fagskole-scheme', 'trainee-innlandet'], {
			'trainee-innlandet': 0.7,
			'fagskole-scheme': 0.3
		});
		expect(splitText(agree, 'nb')).toBeNull();
		const tie = resultWith(['trainee-innlandet', 'fagskole-scheme'], { 'status-quo': 0.9 });
		expect(splitText(tie, 'nb')).toBeNull();
	});
});
