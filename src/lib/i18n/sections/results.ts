/** Messages for the results part of the page; merged into the one catalogue in ../messages.ts. */
export const nb = {
	'results.heading': 'Resultater',
	'results.progress.label': 'Simulering og følsomhetsanalyse',
	'results.progress.running': 'Beregner …',
	'results.progress.error': 'Simuleringen stoppet med en feil: {message}',

	'results.ranking.heading': 'Rangering',
	'results.ranking.caption': 'Modellene rangert etter vektet poengsum',
	'results.ranking.intro':
		'Poengene går fra 0 til 1: summen av vekt × verdi over alle kriteriene, der hvert kriterium er skalert fra 0 (dårligst) til 1 (best). Sannsynligheten for førsteplass gjelder gitt disse vurderingene og vektene: simuleringen (SMAA-2) lar tallene, vurderingene og vektene variere innenfor spennene sine, men kan ikke si om spennene selv er riktige.',
	'results.col.rank': 'Plass',
	'results.col.score': 'Poeng (0–1)',
	'results.col.probabilityFirst': 'Sannsynlighet for førsteplass',
	'results.col.why': 'Hvorfor',
	'results.pending': 'beregnes …',
	'results.stale': '(oppdateres)',

	'results.why.leader': 'Rangert først, med flest poeng fra {list} ({sections}).',
	'results.why.leaderPlain': 'Rangert først, med flest poeng fra {list}.',
	'results.why.other': 'Nr. {rank}, med flest poeng fra {list} ({sections}).',
	'results.why.otherPlain': 'Nr. {rank}, med flest poeng fra {list}.',
	'results.why.rankOnly': 'Nr. {rank}.',
	'results.why.weaknesses': 'Svakest på {list}.',
	'results.why.loseAbove':
		'Ville tapt førsteplassen til {model} om {criterion} fikk mer enn {threshold} av vekten (nå {weight}).',
	'results.why.loseBelow':
		'Ville tapt førsteplassen til {model} om {criterion} fikk mindre enn {threshold} av vekten (nå {weight}).',
	'results.why.robust': 'Forblir først uansett hvor mye vekt ett enkelt kriterium får.',
	'results.why.behind': '{gap} poeng bak {leader}, som får mer fra {list}.',
	'results.why.behindPlain': '{gap} poeng bak {leader}.',
	'results.why.ahead': 'Slår {leader} på {list}.',
	'results.why.takeAbove':
		'Blir først om {criterion} får mer enn {threshold} av vekten (nå {weight}).',
	'results.why.takeBelow':
		'Blir først om {criterion} får mindre enn {threshold} av vekten (nå {weight}).',
	'results.why.smaaFavoured': 'Først i {share} av simuleringene, oftest når {criterion} veier mer.',
	'results.why.smaaFirst': 'Først i {share} av simuleringene.',
	'results.why.smaaNever': 'Aldri først i simuleringene.',

	'results.baseline':
		'Nullalternativet – å fortsette som i dag – er nummer {rank} av {count}. Det får full uttelling på {full}: når ingenting nytt skal startes, er det ingenting å eie, finansiere, betale eller konkurrere om. Det får ingenting for {none} – det en ordning er til for. Forstudien ser ikke på det som et valg: behovet er der (§2.1.1), og den anbefaler å gå videre (§5.2). Les det som målestokken de andre modellene må slå.',
	'results.study.heading': 'Forstudiens konklusjon',
	'results.study.recommendation':
		'Forstudien anbefaler å gå videre med {first} først, og å samarbeide med {fallback} om det ikke lykkes (§5.2).',
	'results.study.agrees':
		'Med vektene som gjelder nå, rangerer verktøyet dem i samme rekkefølge: {first} først og {fallback} som nummer to.',
	'results.study.swapped':
		'Med vektene som gjelder nå, har verktøyet de samme to øverst, men i motsatt rekkefølge: {fallback} først og {first} som nummer to. {fallback} får flere poeng fra {fallbackAhead}; {first} får flere fra {firstAhead}.',
	'results.study.swappedOnly':
		'Med vektene som gjelder nå, har verktøyet de samme to øverst, men i motsatt rekkefølge: {fallback} først og {first} som nummer to. {fallback} får flere poeng fra {fallbackAhead}.',
	'results.study.swappedWhy':
		'Forstudiens rekkefølge bygger på at en prosess med næringshagene i Valdres og Rørosregionen allerede er i gang (§4.3) og kan utløse fylkesmidler (§5.1.5). Det er egne kriterier her, som vektsettet «Forstudiens rekkefølge» gir vekt.',
	'results.study.differs':
		'Med vektene som gjelder nå, er {first} nummer {firstRank} og {fallback} nummer {fallbackRank} av {count}.',
	'results.study.leader': '{leader} er rangert først.',
	'results.study.seeWhy': 'Forklaringene i tabellen viser hvorfor.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'results.heading': 'Results',
	'results.progress.label': 'Simulation and sensitivity analysis',
	'results.progress.running': 'Calculating …',
	'results.progress.error': 'The simulation stopped with an error: {message}',

	'results.ranking.heading': 'Ranking',
	'results.ranking.caption': 'The models ranked by weighted score',
	'results.ranking.intro':
		'Scores run from 0 to 1: the sum of weight × value over all criteria, each criterion scaled from 0 (worst) to 1 (best). The probability of ranking first holds given these judgements and weights: the simulation (SMAA-2) lets the figures, judgements and weights vary within their ranges, but cannot say whether the ranges themselves are right.',
	'results.col.rank': 'Rank',
	'results.col.score': 'Score (0–1)',
	'results.col.probabilityFirst': 'Probability of ranking first',
	'results.col.why': 'Why',
	'results.pending': 'calculating …',
	'results.stale': '(updating)',

	'results.why.leader': 'Ranked first, with most of its score from {list} ({sections}).',
	'results.why.leaderPlain': 'Ranked first, with most of its score from {list}.',
	'results.why.other': 'No. {rank}, with most of its score from {list} ({sections}).',
	'results.why.otherPlain': 'No. {rank}, with most of its score from {list}.',
	'results.why.rankOnly': 'No. {rank}.',
	'results.why.weaknesses': 'Weakest on {list}.',
	'results.why.loseAbove':
		'Would lose first place to {model} if {criterion} had more than {threshold} of the weight (now {weight}).',
	'results.why.loseBelow':
		'Would lose first place to {model} if {criterion} had less than {threshold} of the weight (now {weight}).',
	'results.why.robust': 'Stays first however much weight any single criterion gets.',
	'results.why.behind': '{gap} points behind {leader}, which gains more from {list}.',
	'results.why.behindPlain': '{gap} points behind {leader}.',
	'results.why.ahead': 'Beats {leader} on {list}.',
	'results.why.takeAbove':
		'Would rank first if {criterion} had more than {threshold} of the weight (now {weight}).',
	'results.why.takeBelow':
		'Would rank first if {criterion} had less than {threshold} of the weight (now {weight}).',
	'results.why.smaaFavoured':
		'First in {share} of the simulations, most often when {criterion} weighs more.',
	'results.why.smaaFirst': 'First in {share} of the simulations.',
	'results.why.smaaNever': 'Never first in the simulations.',

	'results.baseline':
		'The zero alternative – going on as today – is number {rank} of {count}. It gets full marks on {full}: when nothing new is started, there is nothing to own, fund, pay for or compete over. It gets nothing for {none} – what a scheme is for. The study does not treat it as a choice: the need is there (§2.1.1), and it recommends going ahead (§5.2). Read it as the yardstick the other models have to beat.',
	'results.study.heading': "The pre-study's conclusion",
	'results.study.recommendation':
		'The pre-study recommends pursuing {first} first, and cooperating with {fallback} if that fails (§5.2).',
	'results.study.agrees':
		'With the weights now in force, the tool ranks them in the same order: {first} first and {fallback} second.',
	'results.study.swapped':
		'With the weights now in force, the tool has the same two on top, but in the other order: {fallback} first and {first} second. {fallback} gains more from {fallbackAhead}; {first} gains more from {firstAhead}.',
	'results.study.swappedOnly':
		'With the weights now in force, the tool has the same two on top, but in the other order: {fallback} first and {first} second. {fallback} gains more from {fallbackAhead}.',
	'results.study.swappedWhy':
		'The study\'s order rests on a process with the business gardens of Valdres and Rørosregionen already under way (§4.3) that may unlock county funding (§5.1.5). These are criteria of their own here, which the preset "The study\'s order" weighs.',
	'results.study.differs':
		'With the weights now in force, {first} ranks {firstRank} and {fallback} ranks {fallbackRank} of {count}.',
	'results.study.leader': '{leader} ranks first.',
	'results.study.seeWhy': 'The explanations in the table show why.'
};
