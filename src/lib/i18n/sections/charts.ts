/** Messages for the charts part of the page; merged into the one catalogue in ../messages.ts. */
export const nb = {
	'charts.showTable': 'Vis som tabell',
	'charts.showChart': 'Vis som diagram',
	'charts.year': 'År {year}',
	'charts.yearColumn': 'År',
	'charts.presentValue': 'Nåverdi',
	'charts.study.mark': '{what} (svart strek)',
	'charts.study.total': 'Forstudiens totalkostnad',
	'charts.study.attributable': 'Forstudiens kandidater som blir på grunn av ordningen',
	'charts.study.perRetained': 'Forstudiens offentlige kostnad per kandidat',
	'charts.study.score': 'Forstudiens poengsum',
	'charts.none': '–',
	'charts.pending': 'Beregner …',
	'charts.updating': 'Viser forrige beregning, oppdateres …',
	'charts.shared': 'Felles',

	'charts.company.title': 'Kostnad for en medlemsbedrift',
	'charts.company.caption':
		'Hva en medlemsbedrift betaler for å ha én trainee gjennom hele programmet ({years}), fordelt på komponenter, udiskontert. Arbeidsgiverkostnader er feriepenger, pensjon og arbeidsgiveravgift. Medlemskap og traineeavgifter er ordningens egen kostnad; lønn og arbeidsgiverkostnader er ansettelseskostnaden som enhver ansettelse har. Nullalternativet er en vanlig ansettelse uten ordning. Tabellen viser også nåverdien.',
	'charts.company.membership': 'Medlemskap',
	'charts.company.traineeFees': 'Traineeavgifter',
	'charts.company.salary': 'Lønn',
	'charts.company.employerCosts': 'Arbeidsgiverkostnader',
	'charts.company.other': 'Annet',
	'charts.company.scheme': 'Ordningens kostnad',
	'charts.company.employment': 'Ansettelseskostnad',
	'charts.company.total': 'Sum, udiskontert',
	'charts.company.axis': 'Kroner per trainee',
	'charts.company.summary':
		'Stablede stolper per modell. Lavest sum: {low}, {lowValue}. Høyest sum: {high}, {highValue}.',

	'charts.public.title': 'Kostnad for region og fylke per år',
	'charts.public.caption':
		'Hva regionrådet og Innlandet fylkeskommune til sammen betaler hvert år i analyseperioden ({years}), udiskontert, per modell. Tabellen viser region og fylke hver for seg, og nåverdien.',
	'charts.public.region': 'Region',
	'charts.public.county': 'Fylke',
	'charts.public.total': 'Sum',
	'charts.public.axis': 'Kroner per år',
	'charts.public.summary':
		'Linjer per modell over {years}. Høyest nåverdi: {high}, {highValue}. Lavest: {low}, {lowValue}.',

	'charts.graduates.title': 'Kandidater over analyseperioden',
	'charts.graduates.caption':
		'Nye traineer som starter i analyseperioden ({years}) utover nullalternativet, hvor mange av dem som blir i regionen, og hvor mange som blir på grunn av ordningen (§1.5).',
	'charts.graduates.trainees': 'Traineer',
	'charts.graduates.retained': 'Blir i regionen',
	'charts.graduates.attributable': 'Blir på grunn av ordningen',
	'charts.graduates.axis': 'Personer',
	'charts.graduates.summary':
		'Grupperte stolper per modell. Flest som blir på grunn av ordningen: {high}, {highValue}.',

	'charts.perRetained.title': 'Kostnad per kandidat som blir',
	'charts.perRetained.caption':
		'Offentlig nåverdi (region og fylke) per kandidat som blir i regionen, og ordningens kostnad per kandidat som blir: offentlig nåverdi pluss medlemsbedriftenes avgifter, uten lønn.',
	'charts.perRetained.public': 'Offentlig per kandidat som blir',
	'charts.perRetained.scheme': 'Ordningen per kandidat som blir',
	'charts.perRetained.publicAttributable': 'Offentlig per kandidat som blir på grunn av ordningen',
	'charts.perRetained.axis': 'Kroner per kandidat',
	'charts.perRetained.noneLabel': '{model} (ingen nye kandidater)',
	'charts.perRetained.noneNote':
		'– betyr ingen nye kandidater: modellen gir ingen traineer utover dagens, så det finnes ingen kostnad per kandidat.',
	'charts.perRetained.summary':
		'Grupperte stolper per modell. Lavest offentlig kostnad per kandidat som blir: {low}, {lowValue}.',

	'charts.breakdown.title': 'Poeng fordelt på kriterier',
	'charts.breakdown.caption':
		'Hvor mye hvert kriterium bidrar til modellens samlede poeng (vekt × verdi på en skala fra 0 til 1). Modellene står i rangert rekkefølge.',
	'charts.breakdown.axis': 'Poeng (0–1)',
	'charts.breakdown.criterion': 'Kriterium',
	'charts.breakdown.score': 'Poeng i alt',
	'charts.breakdown.summary':
		'Stablede liggende stolper per modell. Flest poeng: {leader}, {score}. Færrest: {last}, {lastScore}.',

	'charts.stability.title': 'Hvor stabil er førsteplassen?',
	'charts.stability.caption':
		'For hvert kriterium: hvor stor andel av vekten det kan få mens {leader} fortsatt er rangert først, når de andre vektene endres i samme forhold. Ruten viser vekten nå.',
	'charts.stability.interval': '{leader} forblir først',
	'charts.stability.current': 'Vekt nå',
	'charts.stability.axis': 'Kriteriets andel av vekten',
	'charts.stability.from': 'Forblir først fra',
	'charts.stability.to': 'til',
	'charts.stability.belowLow': 'Først under nedre grense',
	'charts.stability.aboveHigh': 'Først over øvre grense',
	'charts.stability.summary':
		'Liggende stolper per kriterium. {leader} forblir først for alle vekter på {robust} av {count} kriterier.',

	'charts.tornado.title': 'Hvilke antakelser betyr mest?',
	'charts.tornado.caption':
		'De {count} parameterne som endrer {leader}s forsprang mest når hver settes til lav og høy ende av spennet sitt, alt annet uendret. Forspranget er poeng over nummer to; under null går en annen modell forbi. Forsprang nå: {margin}.',
	'charts.tornado.captionPending':
		'Parameterne som endrer forspranget til modellen som er rangert først mest, når hver settes til lav og høy ende av spennet sitt, alt annet uendret.',
	'charts.tornado.low': 'Parameter i lav ende',
	'charts.tornado.high': 'Parameter i høy ende',
	'charts.tornado.axis': 'Forsprang over nummer to (poeng)',
	'charts.tornado.parameter': 'Parameter',
	'charts.tornado.lowValue': 'Lav verdi',
	'charts.tornado.highValue': 'Høy verdi',
	'charts.tornado.marginLow': 'Forsprang, lav',
	'charts.tornado.marginHigh': 'Forsprang, høy',
	'charts.tornado.leaderLow': 'Først, lav',
	'charts.tornado.leaderHigh': 'Først, høy',
	'charts.tornado.changes': '(ny leder)',
	'charts.tornado.summary':
		'Liggende stolper for {count} parametere. Størst utslag: {parameter}. {changes} av dem kan gi en ny leder.',

	'charts.smaa.title': 'Sannsynlighet for hver plass',
	'charts.smaa.caption':
		'Andel av {samples} simuleringer der modellen havner på hver plass, når parameterne trekkes innenfor spennene sine og vektene varierer rundt dagens (SMAA-2).',
	'charts.smaa.rank': 'Plass {rank}',
	'charts.smaa.axis': 'Andel av simuleringene',
	'charts.smaa.confidence': 'Først med sine typiske vekter',
	'charts.smaa.acceptability': 'Andel på hver plass og konfidensfaktor',
	'charts.smaa.centralWeights':
		'Sentrale vekter: gjennomsnittlig vekt i simuleringene modellen vinner',
	'charts.smaa.noteConfidence':
		'«Først med sine typiske vekter»: ta snittet av vektene i alle trekkene der modellen ble først (de vektene som typisk gjør den til vinner), og se hvor ofte den blir først med akkurat de vektene mens tallene og vurderingene varierer. Høyt betyr at modellen vinner trygt når rådet vekter slik; – betyr at modellen aldri ble først.',
	'charts.smaa.summary': 'Stablede stolper per modell. Oftest først: {model}, {share}.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'charts.showTable': 'Show as table',
	'charts.showChart': 'Show as chart',
	'charts.year': 'Year {year}',
	'charts.yearColumn': 'Year',
	'charts.presentValue': 'Present value',
	'charts.study.mark': '{what} (black stroke)',
	'charts.study.total': "The study's total cost",
	'charts.study.attributable': "The study's graduates retained because of the scheme",
	'charts.study.perRetained': "The study's public cost per graduate",
	'charts.study.score': "The study's score",
	'charts.none': '–',
	'charts.pending': 'Calculating …',
	'charts.updating': 'Showing the previous calculation, updating …',
	'charts.shared': 'Shared',

	'charts.company.title': 'Cost to a member company',
	'charts.company.caption':
		"What a member company pays to host one trainee through the whole programme ({years}), by component, undiscounted. Employer's costs are holiday pay, pension and employer's contribution. Membership and trainee fees are the scheme's own cost; salary and employer's costs are the employment cost any hire has. The zero alternative is an ordinary hire with no scheme. The table also gives the present value.",
	'charts.company.membership': 'Membership',
	'charts.company.traineeFees': 'Trainee fees',
	'charts.company.salary': 'Salary',
	'charts.company.employerCosts': "Employer's costs",
	'charts.company.other': 'Other',
	'charts.company.scheme': "The scheme's cost",
	'charts.company.employment': 'Employment cost',
	'charts.company.total': 'Total, undiscounted',
	'charts.company.axis': 'NOK per trainee',
	'charts.company.summary':
		'Stacked bars per model. Lowest total: {low}, {lowValue}. Highest total: {high}, {highValue}.',

	'charts.public.title': 'Cost to the region and the county per year',
	'charts.public.caption':
		'What the regional council and Innlandet county pay together in each year of the horizon ({years}), undiscounted, per model. The table gives region and county separately, and the present value.',
	'charts.public.region': 'Region',
	'charts.public.county': 'County',
	'charts.public.total': 'Total',
	'charts.public.axis': 'NOK per year',
	'charts.public.summary':
		'Lines per model over {years}. Highest present value: {high}, {highValue}. Lowest: {low}, {lowValue}.',

	'charts.graduates.title': 'Graduates over the horizon',
	'charts.graduates.caption':
		'New trainees starting within the horizon ({years}) beyond the zero alternative, how many of them stay in the region, and how many stay because of the scheme (§1.5).',
	'charts.graduates.trainees': 'Trainees',
	'charts.graduates.retained': 'Stay in the region',
	'charts.graduates.attributable': 'Stay because of the scheme',
	'charts.graduates.axis': 'People',
	'charts.graduates.summary':
		'Grouped bars per model. Most staying because of the scheme: {high}, {highValue}.',

	'charts.perRetained.title': 'Cost per graduate retained',
	'charts.perRetained.caption':
		"Public present value (region and county) per graduate who stays in the region, and the scheme's cost per graduate who stays: public present value plus the member companies' fees, without salaries.",
	'charts.perRetained.public': 'Public cost per graduate retained',
	'charts.perRetained.scheme': 'Scheme cost per graduate retained',
	'charts.perRetained.publicAttributable':
		'Public cost per graduate retained because of the scheme',
	'charts.perRetained.axis': 'NOK per graduate',
	'charts.perRetained.noneLabel': '{model} (no new graduates)',
	'charts.perRetained.noneNote':
		'– means no new graduates: the model brings no trainees beyond today, so there is no cost per graduate.',
	'charts.perRetained.summary':
		'Grouped bars per model. Lowest public cost per graduate retained: {low}, {lowValue}.',

	'charts.breakdown.title': 'Score by criterion',
	'charts.breakdown.caption':
		"How much each criterion adds to the model's total score (weight × value on a scale from 0 to 1). Models in rank order.",
	'charts.breakdown.axis': 'Score (0–1)',
	'charts.breakdown.criterion': 'Criterion',
	'charts.breakdown.score': 'Total score',
	'charts.breakdown.summary':
		'Stacked horizontal bars per model. Highest score: {leader}, {score}. Lowest: {last}, {lastScore}.',

	'charts.stability.title': 'How stable is first place?',
	'charts.stability.caption':
		'For each criterion: how large a share of the weight it can have while {leader} still ranks first, the other weights changing in proportion. The diamond marks the weight now.',
	'charts.stability.interval': '{leader} stays first',
	'charts.stability.current': 'Weight now',
	'charts.stability.axis': "The criterion's share of the weight",
	'charts.stability.from': 'Stays first from',
	'charts.stability.to': 'to',
	'charts.stability.belowLow': 'First below the lower limit',
	'charts.stability.aboveHigh': 'First above the upper limit',
	'charts.stability.summary':
		'Horizontal bars per criterion. {leader} stays first at any weight on {robust} of {count} criteria.',

	'charts.tornado.title': 'Which assumptions matter most?',
	'charts.tornado.caption':
		"The {count} parameters that change {leader}'s lead most when each is set to the low and the high end of its range, everything else unchanged. The lead is the score above the runner-up; below zero another model overtakes. Lead now: {margin}.",
	'charts.tornado.captionPending':
		'The parameters that change the lead of the first-ranked model most when each is set to the low and the high end of its range, everything else unchanged.',
	'charts.tornado.low': 'Parameter at its low end',
	'charts.tornado.high': 'Parameter at its high end',
	'charts.tornado.axis': 'Lead over the runner-up (score)',
	'charts.tornado.parameter': 'Parameter',
	'charts.tornado.lowValue': 'Low value',
	'charts.tornado.highValue': 'High value',
	'charts.tornado.marginLow': 'Lead, low',
	'charts.tornado.marginHigh': 'Lead, high',
	'charts.tornado.leaderLow': 'First, low',
	'charts.tornado.leaderHigh': 'First, high',
	'charts.tornado.changes': '(new leader)',
	'charts.tornado.summary':
		'Horizontal bars for {count} parameters. Largest swing: {parameter}. {changes} of them can give a new leader.',

	'charts.smaa.title': 'Probability of each rank',
	'charts.smaa.caption':
		'Share of {samples} simulations in which the model takes each rank, with the parameters drawn within their ranges and the weights varying around the current ones (SMAA-2).',
	'charts.smaa.rank': 'Rank {rank}',
	'charts.smaa.axis': 'Share of simulations',
	'charts.smaa.confidence': 'First with its typical weights',
	'charts.smaa.acceptability': 'Share at each rank and confidence factor',
	'charts.smaa.centralWeights':
		'Central weights: the mean weights of the simulations the model wins',
	'charts.smaa.noteConfidence':
		'"First with its typical weights": take the average of the weights in all draws where the model came first (the weights that typically make it the winner), and see how often it comes first with exactly those weights while the figures and judgements vary. High means the model wins safely if the council weighs that way; – means it never came first.',
	'charts.smaa.summary': 'Stacked bars per model. Most often first: {model}, {share}.'
};
