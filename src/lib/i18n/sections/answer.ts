/**
 * Messages for the answer the page opens on and the page's shortcuts; merged into the one
 * catalogue in ../messages.ts.
 */
export const nb = {
	'print.scenario': 'Scenario: {name} ({changes})',
	'skip.label': 'Snarveier',
	'skip.answer': 'Til svaret',
	'skip.ranking': 'Til rangeringen',
	'skip.company': 'Til min bedrift',
	'skip.weights': 'Til vektene',
	'skip.assumptions': 'Til forutsetningene',
	'skip.judgements': 'Til vurderingene',

	'answer.heading': 'Svaret',
	'answer.lead': '{leader} kommer først.',
	'answer.probability':
		'Gitt disse vurderingene og vektene er {leader} først i {share} av simuleringene.',
	'answer.probabilityPending': 'Sannsynligheten for førsteplass beregnes …',
	'answer.cost':
		'Ordningen koster en medlemsbedrift {company} i året for én trainee, utenom lønn; region og fylke betaler {public} i året.',
	'answer.runnerUp': 'Nest best er {runnerUp}, {margin} poeng bak på skalaen fra 0 til 1.',
	'answer.tipping.above':
		'Rekkefølgen snur om {criterion} får mer enn {threshold} av vekten (nå {weight}): da kommer {model} først.',
	'answer.tipping.below':
		'Rekkefølgen snur om {criterion} får mindre enn {threshold} av vekten (nå {weight}): da kommer {model} først.',
	'answer.tipping.none': 'Ingen enkelt vekt kan alene endre hvem som kommer først.',

	'answer.tie.heading': 'Jevnt i toppen',
	'answer.tie.order':
		'{scoreLeader} har flest poeng, men {mostOftenFirst} er oftest først i simuleringene ({share}). Les toppen som uavgjort.',
	'answer.tie.judgementStep':
		'Forspranget ({margin} poeng) er ikke større enn det én vurdering av {criterion} ett trinn annerledes utgjør ({step} poeng), innenfor spennet vurderingen har.',
	'answer.tie.sampling':
		'{a} og {b} skilles med {difference} prosentpoeng i sannsynlighet for førsteplass; det er innenfor simuleringens usikkerhet (±{noise} prosentpoeng).',

	'answer.figures.caption': 'Hva modellene koster og gir',
	'answer.figures.note':
		'Ordningens kostnad er medlemskontingent og avgifter, uten lønn. Offentlig kostnad er region og fylke, snitt per år over {years} år. Kandidater som blir er summen over de samme {years} årene.',
	'answer.figures.changed': '▲▼ viser endringen mot forstudiens tall.',
	'answer.col.model': 'Modell',
	'answer.col.probability': 'Først i',
	'answer.col.company': 'Ordningens kostnad per bedrift og år',
	'answer.col.public': 'Offentlig kostnad per år',
	'answer.col.retained': 'Kandidater som blir',
	'answer.up': '▲ {amount}',
	'answer.down': '▼ {amount}',
	'answer.deltaHidden': 'endret fra forstudiens {study}',
	'answer.pending': 'beregnes',

	'company.heading': 'Min bedrift',
	'company.intro':
		'Hva betaler din bedrift i året med hver modell? Velg kommunen (den gir sonen for arbeidsgiveravgift), hvor mange traineer og hvilket år i programmet.',
	'company.trainees': 'Antall traineer',
	'company.year': 'År i programmet',
	'company.yearOption': 'År {year}',
	'company.caption': 'Hva bedriften betaler i år {year} med {trainees}',
	'company.traineeCount': '{count} trainee',
	'company.traineeCountMany': '{count} traineer',
	'company.col.scheme': 'Ordningens kostnad',
	'company.col.employment': 'Lønn og arbeidsgiverkostnader',
	'company.col.total': 'Sum',
	'company.col.vsHire': 'Mot vanlig ansettelse',
	'company.note':
		'Ordningens kostnad er medlemskontingent (én gang per bedrift) og avgifter eller tillegg per trainee. «Mot vanlig ansettelse» er hva bedriften betaler mer enn om den ansatte like mange på vanlig måte (nullalternativet, med lønnen som er antatt der).'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'print.scenario': 'Scenario: {name} ({changes})',
	'skip.label': 'Shortcuts',
	'skip.answer': 'To the answer',
	'skip.ranking': 'To the ranking',
	'skip.company': 'To my company',
	'skip.weights': 'To the weights',
	'skip.assumptions': 'To the assumptions',
	'skip.judgements': 'To the judgements',

	'answer.heading': 'The answer',
	'answer.lead': '{leader} comes first.',
	'answer.probability':
		'Given these judgements and weights, {leader} is first in {share} of the simulations.',
	'answer.probabilityPending': 'The probability of ranking first is being calculated …',
	'answer.cost':
		'The scheme costs a member company {company} a year for one trainee, pay aside; region and county pay {public} a year.',
	'answer.runnerUp': 'Second is {runnerUp}, {margin} points behind on the 0–1 scale.',
	'answer.tipping.above':
		'The order turns if {criterion} had more than {threshold} of the weight (now {weight}): then {model} comes first.',
	'answer.tipping.below':
		'The order turns if {criterion} had less than {threshold} of the weight (now {weight}): then {model} comes first.',
	'answer.tipping.none': 'No single weight can on its own change which model comes first.',

	'answer.tie.heading': 'Close at the top',
	'answer.tie.order':
		'{scoreLeader} has the highest score, but {mostOftenFirst} is most often first in the simulations ({share}). Read the top as a tie.',
	'answer.tie.judgementStep':
		'The lead ({margin} points) is no larger than one judgement of {criterion} one step different would make ({step} points), within the range the judgement has.',
	'answer.tie.sampling':
		'{a} and {b} differ by {difference} percentage points in their probability of ranking first; that is within the simulation’s uncertainty (±{noise} percentage points).',

	'answer.figures.caption': 'What the models cost and give',
	'answer.figures.note':
		'The scheme’s cost is membership and fees, without pay. Public cost is region and county, the mean per year over {years} years. Graduates retained are the sum over the same {years} years.',
	'answer.figures.changed': '▲▼ show the change against the study’s figures.',
	'answer.col.model': 'Model',
	'answer.col.probability': 'First in',
	'answer.col.company': 'Scheme’s cost per company and year',
	'answer.col.public': 'Public cost per year',
	'answer.col.retained': 'Graduates retained',
	'answer.up': '▲ {amount}',
	'answer.down': '▼ {amount}',
	'answer.deltaHidden': 'changed from the study’s {study}',
	'answer.pending': 'calculating',

	'company.heading': 'My company',
	'company.intro':
		'What does your company pay a year with each model? Pick the municipality (it sets the zone of the employer’s contribution), how many trainees and which year of the programme.',
	'company.trainees': 'Number of trainees',
	'company.year': 'Year of the programme',
	'company.yearOption': 'Year {year}',
	'company.caption': 'What the company pays in year {year} with {trainees}',
	'company.traineeCount': '{count} trainee',
	'company.traineeCountMany': '{count} trainees',
	'company.col.scheme': 'The scheme’s cost',
	'company.col.employment': 'Pay and employer’s costs',
	'company.col.total': 'Total',
	'company.col.vsHire': 'Against an ordinary hire',
	'company.note':
		'The scheme’s cost is membership (once per company) and fees or surcharges per trainee. “Against an ordinary hire” is what the company pays beyond hiring as many the ordinary way (the zero alternative, with the pay assumed there).'
};
