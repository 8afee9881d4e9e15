// @vitest-environment node
/**
 * Council mode's page in the PDF summary: who took part (by name, or `Anonym n` for an
 * anonymous answer), what each put first and whether a model has a majority.
 *
 * Rankings read by hand off data/criteria.json's judged scores, as in engine/group.test.ts: a
 * member who weighs one judged criterion only ranks the models by its scores (ties to the
 * earlier model in data order).
 *   competence-fit     own 3, fagskole 5, TI 2, fjell 2, consortium 2, status quo 1
 *   ownership          own 1, fagskole 1, TI 5, fjell 2, consortium 3, status quo 5
 */
import { describe, expect, it } from 'vitest';
import { criteria } from '../../src/lib/data';
import {
	DEFAULT_SCENARIO,
	evaluate,
	groupSmaa,
	smaa,
	type GroupMember
} from '../../src/lib/engine';
import { memberLabels } from '../../src/lib/present/group';
import { buildReport, reportContent } from '../../src/lib/report';

const only = (points: Record<string, number>) =>
	Object.fromEntries(criteria.map((c) => [c.id, points[c.id] ?? 0]));

const members: GroupMember[] = [
	{ name: 'Kari', weights: only({ ownership: 100 }) },
	{ weights: only({ 'competence-fit': 100 }) },
	{ name: 'Ola', weights: only({ ownership: 40 }) }
];
const answers = members.map((m) => ({
	version: 1 as const,
	kind: 'answer' as const,
	meeting: 'Regionrådet',
	...m
}));

function content(withGroup: boolean) {
	const result = groupSmaa(DEFAULT_SCENARIO, members, { samples: 300 });
	return reportContent(
		{
			evaluation: evaluate(DEFAULT_SCENARIO),
			smaa: smaa(DEFAULT_SCENARIO, { samples: 300, seed: 1 }),
			...(withGroup ? { group: { result, names: memberLabels(answers, 'nb') } } : {})
		},
		{ locale: 'nb', date: '2026-12-03' }
	);
}

describe('the PDF’s group page', () => {
	it('is absent without a group', () => {
		expect(content(false).group).toBeNull();
	});

	it('names the members as they answered and says who has a majority', () => {
		const g = content(true).group!;
		expect(g.heading).toBe('Rådets svar: 3 medlemmer');
		// Kari and Ola weigh ownership only: TI (5) ties the zero alternative (5), TI earlier in
		// data order, so TI first; the anonymous member: Fagskoletrainee (5). 2 of 3 > half.
		expect(g.paragraphs).toContain('Trainee Innlandet er først for 2 av 3 medlemmer: et flertall.');
		expect(g.members.rows.map((r) => r.slice(0, 2))).toEqual([
			['Kari', 'Trainee Innlandet'],
			['Anonym 1', 'Fagskoletrainee'],
			['Ola', 'Trainee Innlandet']
		]);
		// Shares first, in the order of the mean weights: TI 2/3 = 66,7 %, Fagskoletrainee 33,3 %.
		const share = (model: string) => g.models.rows.find((r) => r[1] === model)![2];
		expect(share('Trainee Innlandet')).toBe('66,7\u00a0%');
		expect(share('Fagskoletrainee')).toBe('33,3\u00a0%');
		expect(share('Nullalternativet')).toBe('0,0\u00a0%');
	});

	it('puts the group on a page of its own in the document', () => {
		const result = groupSmaa(DEFAULT_SCENARIO, members, { samples: 300 });
		const doc = buildReport(
			{
				evaluation: evaluate(DEFAULT_SCENARIO),
				smaa: smaa(DEFAULT_SCENARIO, { samples: 300, seed: 1 }),
				group: { result, names: memberLabels(answers, 'nb') }
			},
			{ locale: 'nb', date: '2026-12-03' }
		);
		const text = JSON.stringify(doc.content);
		expect(text).toContain('Rådets svar: 3 medlemmer');
		expect(text).toContain('Anonym 1');
	});
});
