/**
 * Council mode without a server: an invitation and a member's answer, each carried in a URL
 * fragment (`#i=…`, `#a=…`, base64url JSON, as share links carry a scenario) or, for an answer,
 * a file. A fragment never reaches a server, so nothing leaves the device except what the member
 * sends.
 *
 * Invitation (version 1): `{ "version": 1, "kind": "invitation", "meeting": "…",
 *   "judgements": true|false }` — the meeting's name, and whether members may give judged scores.
 * Answer (version 1): `{ "version": 1, "kind": "answer", "meeting": "…", "name"?: "…",
 *   "weights": { "<criterion id>": 0–100 }, "swing"?: { "points": { … } },
 *   "judgements"?: { … as in a scenario } }` — without `name` the answer is anonymous. Weights and
 * judgements are read as a scenario's (`parseScenario`), SWING answers by `parseSwingAnswers`,
 * so a tampered link is refused with an error that names the field.
 */
import * as z from 'zod/mini';
import { fromBase64Url, toBase64Url } from './base64url';
import { ScenarioError } from './errors';
import type { GroupMember } from './group';
import {
	isRecord,
	JudgementChangesShape,
	lazySchema,
	parseScenario,
	SCENARIO_NAME_MAX,
	type JudgementChanges
} from './scenario';
import { parseSwingAnswers, SwingShape, type SwingAnswers } from './swing';

export const COUNCIL_VERSION = 1;
/** The fragment's parameter for an invitation and for an answer. */
export const INVITATION_PARAM = 'i';
export const ANSWER_PARAM = 'a';
/** Longest member name. */
export const MEMBER_NAME_MAX = 100;

export interface Invitation {
	readonly version: 1;
	readonly kind: 'invitation';
	/** The meeting's name, shown to the member and carried back in the answer. */
	readonly meeting: string;
	/** Whether members may give their own judged scores. */
	readonly judgements: boolean;
}

export interface Answer {
	readonly version: 1;
	readonly kind: 'answer';
	readonly meeting: string;
	/** The member's name; absent when the answer is anonymous. */
	readonly name?: string;
	/** Weights in the scenario's points (a criterion left out takes the default preset's). */
	readonly weights: Readonly<Record<string, number>>;
	/** The SWING answers the weights came from, kept to revisit. */
	readonly swing?: SwingAnswers;
	/** Judged scores changed from the data, if the invitation allowed them. */
	readonly judgements?: JudgementChanges;
}

const meeting = () => z.string().check(z.minLength(1), z.maxLength(SCENARIO_NAME_MAX));

const InvitationShape = lazySchema(() =>
	z.strictObject({
		version: z.literal(COUNCIL_VERSION),
		kind: z.literal('invitation'),
		meeting: meeting(),
		judgements: z.boolean()
	})
);

const AnswerShape = lazySchema(() =>
	z.strictObject({
		version: z.literal(COUNCIL_VERSION),
		kind: z.literal('answer'),
		meeting: meeting(),
		name: z.optional(z.string().check(z.minLength(1), z.maxLength(MEMBER_NAME_MAX))),
		weights: z.record(z.string(), z.number()),
		swing: z.optional(SwingShape()),
		judgements: z.optional(JudgementChangesShape())
	})
);

/** The version and kind, checked before anything else so a wrong link says what it is. */
function checkHead(input: unknown, kind: 'invitation' | 'answer'): Record<string, unknown> {
	if (!isRecord(input))
		throw new ScenarioError('invalid-shape', { field: '(root)', detail: `not an ${kind}` });
	if (input.version !== COUNCIL_VERSION)
		throw new ScenarioError('invalid-shape', {
			field: 'version',
			detail: `expected ${COUNCIL_VERSION}`
		});
	if (input.kind !== kind)
		throw new ScenarioError('invalid-shape', { field: 'kind', detail: `expected '${kind}'` });
	return input;
}

function checkShape<T>(shape: z.ZodMiniType<T>, input: unknown): T {
	const parsed = shape.safeParse(input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ScenarioError('invalid-shape', {
			// Stryker disable next-line StringLiteral: `join('')` is the same: weights, SWING answers and judgements are checked first (parseScenario, parseSwingAnswers) at least as strictly as this shape checks them, so an issue left here is on a top-level key, a path of one key or none ('(root)' → '' is killed by council.test.ts: an unexpected key)
			field: issue.path.length ? issue.path.map(String).join('.') : '(root)',
			detail: issue.message
		});
	}
	return parsed.data;
}

/** Check anything that claims to be an invitation; throws a ScenarioError naming the field. */
export function parseInvitation(input: unknown): Invitation {
	checkHead(input, 'invitation');
	const d = checkShape(InvitationShape(), input);
	return { version: 1, kind: 'invitation', meeting: d.meeting, judgements: d.judgements };
}

/**
 * Check anything that claims to be an answer; with `invitation`, also that it answers that
 * meeting and gives judged scores only if the invitation allows them. Throws a ScenarioError
 * naming the field.
 */
export function parseAnswer(input: unknown, invitation?: Invitation): Answer {
	const raw = checkHead(input, 'answer');
	// Weights and judgements as a scenario's first, so the message names the criterion or model
	// (missing weights pass here and are named by the shape check below).
	parseScenario({ version: 2, weights: raw.weights, judgements: raw.judgements });
	if (raw.swing !== undefined) parseSwingAnswers(raw.swing, 'swing');
	const d = checkShape(AnswerShape(), input);
	if (invitation) {
		if (d.meeting !== invitation.meeting)
			throw new ScenarioError('invalid-shape', {
				field: 'meeting',
				detail: `answers another meeting than '${invitation.meeting}'`
			});
		if (d.judgements !== undefined && !invitation.judgements)
			throw new ScenarioError('invalid-shape', {
				field: 'judgements',
				detail: 'the invitation does not ask for judged scores'
			});
	}
	return {
		version: 1,
		kind: 'answer',
		meeting: d.meeting,
		...(d.name !== undefined ? { name: d.name } : {}),
		weights: d.weights,
		...(d.swing !== undefined ? { swing: d.swing } : {}),
		...(d.judgements !== undefined ? { judgements: d.judgements } : {})
	};
}

function fragment(param: string, value: unknown): string {
	return `#${param}=${toBase64Url(JSON.stringify(value))}`;
}

/** The JSON in the fragment's `param`, or undefined when the fragment has none. */
function fromFragment(hash: string, param: string): unknown {
	const encoded = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).get(param);
	if (encoded === null) return undefined;
	let text: string;
	try {
		text = fromBase64Url(encoded);
	} catch {
		throw new ScenarioError('invalid-json', { field: '(link)', detail: 'not valid base64url' });
	}
	return parseJson(text);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		throw new ScenarioError('invalid-json', { field: '(root)', detail: (e as Error).message });
	}
}

/** The invitation as a URL fragment: `#i=<base64url JSON>`. */
export function invitationFragment(invitation: Invitation): string {
	return fragment(INVITATION_PARAM, parseInvitation(invitation));
}

/** The invitation in a URL fragment; null when there is none; a ScenarioError when damaged. */
export function invitationFromFragment(hash: string): Invitation | null {
	const value = fromFragment(hash, INVITATION_PARAM);
	return value === undefined ? null : parseInvitation(value);
}

/** The answer as a URL fragment: `#a=<base64url JSON>`. */
export function answerFragment(answer: Answer): string {
	return fragment(ANSWER_PARAM, parseAnswer(answer));
}

/**
 * The answer in a URL fragment (checked against `invitation` if given); null when there is
 * none; a ScenarioError when damaged.
 */
export function answerFromFragment(hash: string, invitation?: Invitation): Answer | null {
	const value = fromFragment(hash, ANSWER_PARAM);
	return value === undefined ? null : parseAnswer(value, invitation);
}

/** An answer as a file's text (pretty JSON). */
export function answerFileText(answer: Answer): string {
	return JSON.stringify(parseAnswer(answer), null, 2) + '\n';
}

/** An answer file's text, checked (against `invitation` if given). */
export function answerFromFileText(text: string, invitation?: Invitation): Answer {
	return parseAnswer(parseJson(text), invitation);
}

/** The answer as a member of the group analysis (`group.ts`). */
export function answerMember(answer: Answer): GroupMember {
	return {
		...(answer.name !== undefined ? { name: answer.name } : {}),
		weights: answer.weights,
		...(answer.judgements !== undefined ? { judgements: answer.judgements } : {})
	};
}
