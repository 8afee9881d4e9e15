/**
 * The one way an error reaches a user: `userMessage` turns any error (or its report from the
 * worker) into a sentence from the catalogue in the user's language. Bad input (a
 * `ScenarioError`) says what was wrong and with which field; anything else is a fault in the
 * program, told as such, never as the developer's English message.
 */
import { ScenarioError, type ErrorCode, type ErrorDetails } from '../engine';
import { toErrorReport, type ErrorReport } from '../errors';
import { translate, type Locale } from '../i18n';
import { describeProblem, type ErrorSource } from './scenario-errors';

const SCENARIO_CODES: ReadonlySet<string> = new Set<ErrorCode>([
	'invalid-json',
	'invalid-shape',
	'unsupported-version',
	'unknown-parameter',
	'unknown-criterion',
	'not-a-number',
	'out-of-range',
	'not-an-integer',
	'negative-weight',
	'all-weights-zero'
]);

function asScenarioError(error: unknown): ScenarioError | null {
	if (error instanceof ScenarioError) return error;
	const report: ErrorReport =
		typeof error === 'object' && error !== null && 'name' in error && 'message' in error
			? (error as ErrorReport)
			: toErrorReport(error);
	if (report.name !== 'ScenarioError' || !report.code || !SCENARIO_CODES.has(report.code))
		return null;
	return new ScenarioError(
		report.code as ErrorCode,
		(report.details ?? { field: '(root)' }) as unknown as ErrorDetails
	);
}

/** What went wrong, as a clause for a sentence such as "Could not make the PDF: {message}". */
export function userMessage(error: unknown, locale: Locale, source: ErrorSource = 'file'): string {
	const scenario = asScenarioError(error);
	return scenario
		? describeProblem(scenario, source, locale)
		: translate(locale, 'errors.unexpected');
}
