/**
 * Messages for council mode: the guided (SWING) weighting, invitations, members' answers and
 * the group view. Loaded after the page, with the components that say them (../council.ts).
 */
export const nb = {
	'swing.range.company-cost': 'fra {worst} til {best} per trainee',
	'swing.range.public-cost': 'fra {worst} til {best} over analyseperioden',
	'swing.range.graduates-retained': 'fra {worst} til {best} kandidater',
	'swing.range.time-to-start': 'fra {worst} til {best} til første opptak',
	'swing.range.judged': 'fra {worst} (svakest) til {best} (best) i vurderingen',
	'swing.open': 'Hjelp meg å vekte',
	'swing.intro':
		'Tenk deg alle kriteriene på sitt svakeste. Den forskjellen du helst vil ha, fra svakest til best, får 100 poeng.',
	'swing.step1': '1. Hvilken forskjell betyr mest?',
	'swing.step2': '2. Hvor mye betyr denne forskjellen, sammenlignet med den viktigste (100)?',
	'swing.step2.hint': 'Gi 0–100 poeng: 50 er halvparten så viktig, 0 betyr ingenting.',
	'swing.points': 'Poeng for forskjellen i «{label}»',
	'swing.top': '100 poeng (den viktigste)',
	'swing.apply': 'Bruk disse vektene',
	'swing.cancel': 'Avbryt',
	'swing.applied': 'Vektene er satt fra svarene dine.',
	'swing.error.no-top-swing': 'Velg hvilken forskjell som betyr mest (steg 1).',
	'swing.error.fields': 'Rett poengene for {fields}.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'swing.range.company-cost': 'from {worst} to {best} per trainee',
	'swing.range.public-cost': 'from {worst} to {best} over the analysis period',
	'swing.range.graduates-retained': 'from {worst} to {best} graduates',
	'swing.range.time-to-start': 'from {worst} to {best} to the first intake',
	'swing.range.judged': 'from {worst} (weakest) to {best} (best) in the judgement',
	'swing.open': 'Help me weigh',
	'swing.intro':
		'Imagine every criterion at its weakest. The difference you want most, from weakest to best, gets 100 points.',
	'swing.step1': '1. Which difference matters most?',
	'swing.step2': '2. How much does this difference matter, compared with the most important (100)?',
	'swing.step2.hint': 'Give 0–100 points: 50 is half as important, 0 means nothing.',
	'swing.points': "Points for the difference in '{label}'",
	'swing.top': '100 points (the most important)',
	'swing.apply': 'Use these weights',
	'swing.cancel': 'Cancel',
	'swing.applied': 'The weights are set from your answers.',
	'swing.error.no-top-swing': 'Choose which difference matters most (step 1).',
	'swing.error.fields': 'Correct the points for {fields}.'
};
