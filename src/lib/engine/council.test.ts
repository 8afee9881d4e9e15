// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import {
	ANSWER_PARAM,
	answerFileText,
	answerFragment,
	answerFromFileText,
	answerFromFragment,
	answerMember,
	COUNCIL_VERSION,
	INVITATION_PARAM,
	invitationFragment,
	invitationFromFragment,
	MEMBER_NAME_MAX,
	parseAnswer,
	parseInvitation,
	type Answer,
	type Invitation
} from './council';
import { ScenarioError } from './errors';
import { errorOf } from './test-helpers';

/** A fragment holding `value` as JSON, encoded here with Node's Buffer (not the code under test). */
const fragmentOf = (param: string, value: unknown) =>
	`#${param}=${Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url')}`;

const invitation: Invitation = {
	version: 1,
	kind: 'invitation',
	meeting: 'Regionrådet 12. mars – «trainee»',
	judgements: true
};
const swing = { points: { 'competence-fit': 100, 'company-cost': 50, ownership: 25 } };
const answer: Answer = {
	version: 1,
	kind: 'answer',
	meeting: invitation.meeting,
	name: 'Åse Ødegård',
	// The weights these SWING answers give (every criterion its points, 0 where not answered),
	// written out rather than computed by swingWeights, so that no engine code runs while the
	// file loads (such code would make swing.ts's mutants "static", stryker.config.mjs).
	weights: {
		'competence-fit': 100,
		'company-cost': 50,
		'public-cost': 0,
		'graduates-retained': 0,
		competition: 0,
		ownership: 25,
		'funding-certainty': 0,
		'candidate-attraction': 0,
		'distance-meeting-places': 0,
		'process-under-way': 0,
		'county-funding-prospect': 0,
		'regional-steering': 0,
		'time-to-start': 0
	},
	swing,
	judgements: { ownership: { 'naeringshage-consortium': { score: 4, low: 3, high: 5 } } }
};

describe('base64url', () => {
	it('is Node’s base64url of the UTF-8 bytes, and reads back', () => {
		const text = 'Åse «Ødegård» ~~~ ???';
		expect(toBase64Url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
		// '~~~' and '???' fall on whole 3-byte groups: '+' and '/' in base64, '-' and '_' here
		expect(toBase64Url(text)).toBe('w4VzZSDCq8OYZGVnw6VyZMK7IH5-fiA_Pz8');
		// no padding: 'a' is 'YQ==' in base64
		expect(toBase64Url('a')).toBe('YQ');
		expect(toBase64Url('ab')).toBe('YWI');
		expect(fromBase64Url('YWI')).toBe('ab');
		expect(fromBase64Url('w4VzZSDCq8OYZGVnw6VyZMK7IH5-fiA_Pz8')).toBe(text);
		expect(fromBase64Url(toBase64Url(text))).toBe(text);
		// padding is optional when reading
		expect(fromBase64Url('YQ==')).toBe('a');
		expect(fromBase64Url('YQ')).toBe('a');
		expect(() => fromBase64Url('@@')).toThrow();
		// bytes that are no UTF-8
		expect(() => fromBase64Url(Buffer.from([0xff, 0xfe]).toString('base64url'))).toThrow();
	});
});

describe('invitations', () => {
	it('round-trip through a URL fragment, with Norwegian letters', () => {
		const hash = invitationFragment(invitation);
		expect(hash.startsWith('#i=')).toBe(true);
		expect(hash).toBe(fragmentOf('i', invitation));
		expect(invitationFromFragment(hash)).toEqual(invitation);
		expect(invitationFromFragment(hash.slice(1))).toEqual(invitation);
		expect(INVITATION_PARAM).toBe('i');
		expect(COUNCIL_VERSION).toBe(1);
	});

	it('finds none in an address without one', () => {
		expect(invitationFromFragment('')).toBeNull();
		expect(invitationFromFragment('#s=abc')).toBeNull();
		expect(invitationFromFragment(fragmentOf('a', answer))).toBeNull();
	});

	it('refuses a damaged or tampered link, naming the field', () => {
		const code = (hash: string) => errorOf(() => invitationFromFragment(hash));
		expect(code('#i=@@*@@').details).toEqual({
			field: '(link)',
			detail: 'not valid base64url'
		});
		expect(code(fragmentOf('i', '{"version": 1,')).code).toBe('invalid-json');
		const cases: [unknown, string][] = [
			[[], '(root)'],
			[null, '(root)'],
			[{ ...invitation, version: 2 }, 'version'],
			[{ ...invitation, kind: 'answer' }, 'kind'],
			[{ ...invitation, meeting: '' }, 'meeting'],
			[{ ...invitation, meeting: 'x'.repeat(201) }, 'meeting'],
			[{ ...invitation, judgements: 'yes' }, 'judgements'],
			[{ ...invitation, extra: 1 }, '(root)'],
			[{ version: 1, kind: 'invitation', judgements: false }, 'meeting']
		];
		for (const [value, field] of cases) {
			const e = code(fragmentOf('i', value));
			expect(e.code, JSON.stringify(value)).toBe('invalid-shape');
			expect(e.details.field, JSON.stringify(value)).toBe(field);
		}
		const e = code(fragmentOf('i', { ...invitation, version: 2 }));
		expect(e.details.detail).toBe('expected 1');
		expect(code(fragmentOf('i', { ...invitation, kind: 'answer' })).details.detail).toBe(
			"expected 'invitation'"
		);
		expect(code(fragmentOf('i', [])).details.detail).toBe('not an invitation');
		// 200 characters is allowed
		expect(parseInvitation({ ...invitation, meeting: 'x'.repeat(200) }).meeting).toHaveLength(200);
	});

	it('checks an invitation before writing it', () => {
		expect(() => invitationFragment({ ...invitation, meeting: '' })).toThrow(ScenarioError);
	});

	it('keeps only the invitation’s own fields', () => {
		expect(
			parseInvitation({ version: 1, kind: 'invitation', meeting: 'M', judgements: false })
		).toEqual({
			version: 1,
			kind: 'invitation',
			meeting: 'M',
			judgements: false
		});
	});
});

describe('answers', () => {
	it('round-trip through a URL fragment and a file, checked against the invitation', () => {
		const hash = answerFragment(answer);
		expect(hash).toBe(fragmentOf('a', answer));
		expect(answerFromFragment(hash, invitation)).toEqual(answer);
		expect(answerFromFragment(`#x=1&${hash.slice(1)}`)).toEqual(answer);
		const text = answerFileText(answer);
		expect(text).toBe(JSON.stringify(answer, null, 2) + '\n');
		expect(answerFromFileText(text, invitation)).toEqual(answer);
		expect(answerFromFileText('\uFEFF' + text)).toEqual(answer);
		expect(ANSWER_PARAM).toBe('a');
		expect(answerFromFragment('#i=abc')).toBeNull();
	});

	it('checks an answer before writing it', () => {
		const bad = { ...answer, weights: { ownership: -1 } };
		expect(() => answerFragment(bad)).toThrow(ScenarioError);
		expect(() => answerFileText(bad)).toThrow(ScenarioError);
	});

	it('strips only a byte-order mark at the start of a file', () => {
		// A BOM inside the name is part of the name.
		const withMark: Answer = { ...answer, name: 'Åse\uFEFFØ' };
		expect(answerFromFileText('\uFEFF' + answerFileText(withMark)).name).toBe('Åse\uFEFFØ');
		expect(answerFromFileText(answerFileText(withMark)).name).toBe('Åse\uFEFFØ');
	});

	it('may be anonymous and hold only weights', () => {
		const anonymous: Answer = {
			version: 1,
			kind: 'answer',
			meeting: 'M',
			weights: { ownership: 40 }
		};
		const back = answerFromFragment(answerFragment(anonymous))!;
		expect(back).toEqual(anonymous);
		expect('name' in back).toBe(false);
		expect('swing' in back).toBe(false);
		expect('judgements' in back).toBe(false);
		expect(answerMember(back)).toStrictEqual({ weights: { ownership: 40 } });
	});

	it('becomes a member of the group: name, weights and judgements', () => {
		expect(answerMember(answer)).toStrictEqual({
			name: 'Åse Ødegård',
			weights: answer.weights,
			judgements: answer.judgements
		});
	});

	it('refuses a tampered weight, SWING answer or judgement, naming the field', () => {
		const field = (value: unknown) => {
			const e = errorOf(() => answerFromFragment(fragmentOf('a', value)));
			return [e.code, e.details.field];
		};
		expect(field({ ...answer, weights: { ownership: -3 } })).toEqual([
			'negative-weight',
			'weights.ownership'
		]);
		expect(field({ ...answer, weights: { beauty: 3 } })).toEqual([
			'unknown-criterion',
			'weights.beauty'
		]);
		expect(field({ ...answer, weights: { ownership: '3' } })).toEqual([
			'not-a-number',
			'weights.ownership'
		]);
		expect(field({ ...answer, swing: { points: { ownership: 120 } } })).toEqual([
			'out-of-range',
			'swing.points.ownership'
		]);
		expect(field({ ...answer, swing: { points: { ownership: 80 } } })).toEqual([
			'no-top-swing',
			'swing.points'
		]);
		expect(field({ ...answer, judgements: { ownership: { 'own-scheme': { score: 0 } } } })).toEqual(
			['out-of-range', 'judgements.ownership.own-scheme.score']
		);
		expect(
			field({ ...answer, judgements: { 'company-cost': { 'own-scheme': { score: 3 } } } })
		).toEqual(['not-judged', 'judgements.company-cost']);
		expect(field({ ...answer, weights: undefined })).toEqual(['invalid-shape', 'weights']);
		expect(field({ ...answer, weights: [] })).toEqual(['invalid-shape', 'weights']);
		expect(field({ ...answer, name: '' })).toEqual(['invalid-shape', 'name']);
		expect(field({ ...answer, name: 'x'.repeat(MEMBER_NAME_MAX + 1) })).toEqual([
			'invalid-shape',
			'name'
		]);
		expect(field({ ...answer, name: 7 })).toEqual(['invalid-shape', 'name']);
		expect(field({ ...answer, kind: 'invitation' })).toEqual(['invalid-shape', 'kind']);
		expect(field({ ...answer, version: '1' })).toEqual(['invalid-shape', 'version']);
		expect(field({ ...answer, secret: true })).toEqual(['invalid-shape', '(root)']);
		expect(field('"just text"')).toEqual(['invalid-shape', '(root)']);
		expect(errorOf(() => parseAnswer(null)).details.detail).toBe('not an answer');
		expect(parseAnswer({ ...answer, name: 'x'.repeat(MEMBER_NAME_MAX) }).name).toHaveLength(
			MEMBER_NAME_MAX
		);
	});

	it('refuses an answer to another meeting, or judged scores the invitation did not ask for', () => {
		const other = errorOf(() => parseAnswer({ ...answer, meeting: 'Et annet møte' }, invitation));
		expect(other.details.field).toBe('meeting');
		expect(other.details.detail).toBe(
			"answers another meeting than 'Regionrådet 12. mars – «trainee»'"
		);
		const noJudging: Invitation = { ...invitation, judgements: false };
		const judged = errorOf(() => parseAnswer(answer, noJudging));
		expect(judged.code).toBe('invalid-shape');
		expect(judged.details.field).toBe('judgements');
		expect(judged.details.detail).toBe('the invitation does not ask for judged scores');
		const weightsOnly: Answer = { ...answer };
		delete (weightsOnly as { judgements?: unknown }).judgements;
		expect(parseAnswer(weightsOnly, noJudging)).toEqual(weightsOnly);
		// without an invitation, nothing to compare with
		expect(parseAnswer({ ...answer, meeting: 'Et annet møte' }).meeting).toBe('Et annet møte');
	});

	it('refuses a file that is not JSON', () => {
		const e = errorOf(() => answerFromFileText('{ "version": 1'));
		expect(e.code).toBe('invalid-json');
		expect(e.details.field).toBe('(root)');
	});
});
