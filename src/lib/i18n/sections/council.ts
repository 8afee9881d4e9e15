/**
 * Messages for council mode: the guided (SWING) weighting, invitations, members' answers and
 * the group view; merged into the one catalogue in ../messages.ts.
 */
export const nb = {
	'swing.range.company-cost': 'fra {worst} til {best} per trainee',
	'swing.range.public-cost': 'fra {worst} til {best} over analyseperioden',
	'swing.range.graduates-retained': 'fra {worst} til {best} kandidater',
	'swing.range.time-to-start': 'fra {worst} til {best} til første opptak',
	'swing.range.judged': 'fra {worst} (svakest) til {best} (best) i vurderingen'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'swing.range.company-cost': 'from {worst} to {best} per trainee',
	'swing.range.public-cost': 'from {worst} to {best} over the analysis period',
	'swing.range.graduates-retained': 'from {worst} to {best} graduates',
	'swing.range.time-to-start': 'from {worst} to {best} to the first intake',
	'swing.range.judged': 'from {worst} (weakest) to {best} (best) in the judgement'
};
