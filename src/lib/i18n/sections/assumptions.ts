/** Messages for the assumptions part of the page; merged into the one catalogue in ../messages.ts. */
export const nb = {
	'assumptions.heading': 'Forutsetninger',
	'assumptions.intro':
		'Alle {count} tallene beregningen bygger på, gruppert per modell. Endre et tall, så følger resultatene med. Andeler skrives i prosent: {typed} betyr {share}.',
	'assumptions.group.shared': 'Felles for alle modeller',
	'assumptions.group.count': '{count} tall',
	'assumptions.group.changed': '{count} endret',
	'assumptions.group.invalid': '{count} ugyldig',
	'assumptions.changed': 'endret',
	'assumptions.changedFrom': 'endret fra {value}',
	'assumptions.reset': 'Tilbakestill «{label}» til forstudiens verdi {value}',
	'assumptions.range': 'Spenn: {range}',
	'assumptions.rangeNone': 'Spenn: ingen oppgitt',
	'assumptions.outsideRange':
		'Utenfor det dokumenterte spennet ({range}). Verdien brukes; simuleringen utvider spennet til å ta den med.',
	'assumptions.more': 'Om tallet',
	'assumptions.moreLabel': 'Om tallet «{label}»',
	'assumptions.origin': 'Hvor antakelsen kommer fra:',
	'assumptions.rangeNote': 'Om spennet:',
	'assumptions.error.not-a-number': 'Ikke et tall. Skriv et tall innenfor {range}.',
	'assumptions.error.out-of-range': 'Utenfor grensene: må være innenfor {range}.',
	'assumptions.error.not-an-integer': 'Må være et helt tall innenfor {range}.',
	'assumptions.error.other': 'Ugyldig verdi.',
	'assumptions.error.kept': 'Beregningen bruker fortsatt {value}.',
	'assumptions.zone.label': 'Vertskommune (sone for arbeidsgiveravgift)',
	'assumptions.zone.option': '{name}: sone {zone}, {rate}',
	'assumptions.zone.optionAssumed': '{name}: sone {zone}, {rate} (antatt)',
	'assumptions.zone.custom': 'Egendefinert sats',
	'assumptions.zone.customNote':
		'Satsen er ingen av kommunenes: velg kommunen der bedriften er registrert, eller skriv satsen.',
	'assumptions.zone.allowanceNote':
		'Sone Ia: satsen gjelder opp til fribeløpet, deretter {rate}. Beregningen bruker satsen for hele lønnen.',
	'assumptions.zone.sourcesLabel': 'Soner for arbeidsgiveravgift',

	'weights.heading': 'Vekter',
	'weights.intro':
		'Hvor mye teller hvert kriterium? Gi 0–100 poeng; andelen til høyre er vekten regnet om til 100 %.',
	'weights.presets': 'Forhåndsvalg',
	'weights.custom': 'Egne vekter: ingen av forhåndsvalgene.',
	'weights.reset': 'Tilbakestill til forstudiens vekter',
	'weights.points': 'Poeng for «{label}»',
	'weights.valueText': '{points} poeng, {share} av vekten',
	'weights.showDescriptions': 'Vis forklaringer',
	'weights.error.all-weights-zero': 'Minst én vekt må være over 0.',
	'weights.error.not-a-number': 'Ikke et tall. Skriv poeng fra 0 til 100.',
	'weights.error.negative-weight': 'Vekten kan ikke være negativ.',
	'weights.error.out-of-range': 'For stor vekt. Skriv poeng fra 0 til 100.',
	'weights.error.other': 'Ugyldig vekt.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'assumptions.heading': 'Assumptions',
	'assumptions.intro':
		'All {count} figures the calculation builds on, grouped by model. Change a figure and the results follow. Shares are typed as percent: {typed} means {share}.',
	'assumptions.group.shared': 'Shared by all models',
	'assumptions.group.count': '{count} figures',
	'assumptions.group.changed': '{count} changed',
	'assumptions.group.invalid': '{count} invalid',
	'assumptions.changed': 'changed',
	'assumptions.changedFrom': 'changed from {value}',
	'assumptions.reset': "Reset '{label}' to the study's value {value}",
	'assumptions.range': 'Range: {range}',
	'assumptions.rangeNone': 'Range: none given',
	'assumptions.outsideRange':
		'Outside the documented range ({range}). The value is used; the simulation widens the range to include it.',
	'assumptions.more': 'About',
	'assumptions.moreLabel': "About '{label}'",
	'assumptions.origin': 'Where the assumption comes from:',
	'assumptions.rangeNote': 'About the range:',
	'assumptions.error.not-a-number': 'Not a number. Type a number within {range}.',
	'assumptions.error.out-of-range': 'Out of bounds: must be within {range}.',
	'assumptions.error.not-an-integer': 'Must be a whole number within {range}.',
	'assumptions.error.other': 'Invalid value.',
	'assumptions.error.kept': 'The results still use {value}.',
	'assumptions.zone.label': "Host municipality (employer's contribution zone)",
	'assumptions.zone.option': '{name}: zone {zone}, {rate}',
	'assumptions.zone.optionAssumed': '{name}: zone {zone}, {rate} (assumed)',
	'assumptions.zone.custom': 'Custom rate',
	'assumptions.zone.customNote':
		"The rate is none of the municipalities': pick the municipality where the company is registered, or type the rate.",
	'assumptions.zone.allowanceNote':
		'Zone Ia: the rate applies up to the allowance, then {rate}. The calculation uses the rate for the whole salary.',
	'assumptions.zone.sourcesLabel': "Employer's contribution zones",

	'weights.heading': 'Weights',
	'weights.intro':
		'How much does each criterion count? Give 0–100 points; the share on the right is the weight scaled to 100 %.',
	'weights.presets': 'Presets',
	'weights.custom': 'Your own weights: none of the presets.',
	'weights.reset': "Reset to the study's weights",
	'weights.points': "Points for '{label}'",
	'weights.valueText': '{points} points, {share} of the weight',
	'weights.showDescriptions': 'Show explanations',
	'weights.error.all-weights-zero': 'At least one weight must be above 0.',
	'weights.error.not-a-number': 'Not a number. Type points from 0 to 100.',
	'weights.error.negative-weight': 'A weight cannot be negative.',
	'weights.error.out-of-range': 'Too large. Type points from 0 to 100.',
	'weights.error.other': 'Invalid weight.'
};
