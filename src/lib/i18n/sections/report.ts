/**
 * Messages for the PDF meeting summary. Loaded with the PDF builder and the command line, not
 * with the page (see ../output.ts); the page's export panel has its own section, export.ts.
 */
export const nb = {
	'report.title': 'Traineevalg: møtesammendrag',
	'report.subject': 'Sammenligning av modeller for en traineeordning i Sør-Østerdal',
	'report.keywords': 'trainee, Sør-Østerdal',
	'report.scenario': 'Scenario: {name}',
	'report.scenario.study': 'Forstudiens tall',
	'report.scenario.unnamed': 'Scenario uten navn',
	'report.date': 'Dato: {date}',
	'report.changes.none': 'Ingen tall, vekter eller vurderinger er endret fra forstudien.',
	'report.changes.some':
		'Endret fra forstudien: {values} tall, {weights} vekter og {judgements} vurderinger (se sporbarhet).',
	'report.note': 'Merknad fra rådgiveren',
	'report.page': 'Side {page} av {pages}',

	'report.conclusion.heading': 'Konklusjon',
	'report.conclusion.leader':
		'Med disse tallene, vurderingene og vektene kommer {leader} først med {score} poeng, {margin} poeng foran {runnerUp}.',
	'report.conclusion.smaa':
		'Gitt disse vurderingene og vektene, med tall, vurderinger og vekter trukket innenfor sine spenn ({samples} trekk), kommer {leader} først i {probability} av trekkene.',
	'report.conclusion.shift.one': 'Førsteplassen endres hvis {first}.',
	'report.conclusion.shift.two': 'Førsteplassen endres hvis {first}, eller hvis {second}.',
	'report.conclusion.shift.none':
		'Ingen enkeltvekt kan alene flytte førsteplassen fra {leader}, uansett hvor høy eller lav den settes.',
	'report.conclusion.shift.twoSame':
		'Førsteplassen går til {model} hvis {first}, eller hvis {second}.',
	'report.shift.bare.above': 'vekten på {criterion} går over {threshold} (nå {weight})',
	'report.shift.bare.below': 'vekten på {criterion} går under {threshold} (nå {weight})',
	'report.shift.above':
		'vekten på {criterion} går over {threshold} (nå {weight}); da kommer {model} først',
	'report.shift.below':
		'vekten på {criterion} går under {threshold} (nå {weight}); da kommer {model} først',
	'report.study.agrees':
		'Rangeringen følger forstudiens anbefaling (§5.2): {first} først og {fallback} som reserve.',
	'report.study.swapped':
		'Forstudien (§5.2) anbefaler {first} først og {fallback} som reserve. Med disse vektene kommer {fallback} først og {first} som nummer to: {fallback} får mer på {fallbackAhead}, {first} på {firstAhead}.',
	'report.study.differs':
		'Forstudien (§5.2) anbefaler {first} først og {fallback} som reserve. Her kommer {first} på plass {firstRank} og {fallback} på plass {fallbackRank}.',
	'report.list.and': '{a} og {b}',

	'report.ranking.heading': 'Rangering',
	'report.ranking.caption':
		'Vektet sum over {criteria} kriterier (0–1). Kolonnene 1.–{last}. er sannsynligheten for hver plass gitt disse vurderingene og vektene, når tall, vurderinger og vekter trekkes innenfor sine spenn (SMAA).',
	'report.ranking.chart': 'Poeng per modell (0–1), høyest først',
	'report.col.rank': 'Plass',
	'report.col.place': '{rank}.',

	'report.company.heading': 'Kostnad for en medlemsbedrift',
	'report.company.caption':
		'Per trainee over hele traineeløpet ({years}), i hele kroner. Nåverdi med kalkulasjonsrenten; første år udiskontert.',
	'report.company.chart': 'Kostnad for en medlemsbedrift per trainee, fordelt på poster',
	'report.company.splitCaption':
		'Ordningens egen kostnad (medlemskap og avgifter) og ansettelseskostnaden som enhver ansettelse har (lønn, feriepenger, pensjon, arbeidsgiveravgift); de to er til sammen bedriftens kostnad. Nullalternativet er en vanlig ansettelse uten ordning.',
	'report.col.schemePresentValue': 'Ordningens kostnad, nåverdi',
	'report.col.employmentPresentValue': 'Ansettelseskostnad, nåverdi',
	'report.col.traineeFees': 'Traineeavgifter',
	'report.col.employerContribution': 'Arbeidsgiveravgift',

	'report.public.heading': 'Kostnad for region og fylke',
	'report.public.caption':
		'Per år i analyseperioden ({years}), sum og nåverdi, i hele kroner. Medlemsbedriftenes avgifter er trukket fra der de finansierer ordningen.',
	'report.col.payer': 'Betaler',
	'report.col.year': 'År {year}',
	'report.payer.region': 'Regionen',
	'report.payer.county': 'Fylket',

	'report.graduates.heading': 'Kandidater som blir i regionen',
	'report.graduates.caption':
		'Over analyseperioden, utover nullalternativet. «På grunn av ordningen» trekker fra dem som ville blitt uansett og dem som tas fra andre ordninger (§1.5). Kostnad per kandidat som blir: offentlig nåverdi, og ordningens nåverdi (offentlig + bedriftenes avgifter, ikke lønn). – betyr ingen kandidater.',
	'report.col.trainees': 'Traineer',
	'report.col.retained': 'Blir i regionen',
	'report.col.attributable': 'På grunn av ordningen',
	'report.col.publicPerRetained': 'Offentlig per kandidat som blir',
	'report.col.schemePerRetained': 'Ordningen per kandidat som blir',
	'report.none': '–',

	'report.scoring.heading': 'Slik blir poengsummen til',
	'report.scoring.weights':
		'Vektene som er brukt, som andel av summen av alle vekter. Poengsummen er summen over kriteriene av vekt × modellens verdi på kriteriet (0–1).',
	'report.scoring.judged':
		'Vurderte poeng per kriterium og modell (1–5), med spennet forstudien gir rom for i parentes. Usikkerhetsanalysen trekker innenfor spennet.',
	'report.scoring.contributions':
		'Hvert kriteriums bidrag til modellens poengsum (vekt × verdi), modellene i rangert rekkefølge. Nederste linje er poengsummen.',
	'report.inputs.heading': 'Forutsetninger per modell',
	'report.inputs.caption':
		'Tallene hver modell er regnet med, også de som ikke er endret: scenarioets verdi (forstudiens om den ikke er endret) og kilden. «Antakelse» betyr at forstudien ikke gir tallet; avsnittene den bygger på står i parentes.',
	'report.inputs.shared': 'Felles for alle modeller',
	'report.inputs.changed': 'Endret fra {study}. {source}',
	'report.source.study': 'Forstudien {section}',
	'report.source.assumption': 'Antakelse ({sources})',
	'report.audit.heading': 'Sporbarhet: endringer fra forstudien',
	'report.audit.values': 'Endrede tall',
	'report.audit.weights': 'Endrede vekter',
	'report.audit.noValues': 'Ingen tall er endret fra forstudien.',
	'report.audit.judgements': 'Endrede vurderinger (1–5)',
	'report.audit.noJudgements': 'Ingen vurderinger er endret fra verktøyets lesning av forstudien.',
	'report.col.reading': 'Verktøyets lesning',
	'report.col.reason': 'Begrunnelsen bygger på',
	'report.audit.noWeights': 'Ingen vekter er endret fra verktøyets lesning av forstudien.',
	'report.col.item': 'Hva',
	'report.col.study': 'Forstudien',
	'report.col.current': 'Nå',
	'report.col.source': 'Kilde for forstudiens tall',
	'report.col.low': 'Lav',
	'report.col.companyCostPv': 'Kostnad for en medlemsbedrift, nåverdi',
	'report.col.publicCostPv': 'Kostnad for region og fylke, nåverdi',
	'report.col.high': 'Høy',
	'report.col.studyScore': 'Verktøyets lesning av forstudien',
	'report.col.sections': 'Avsnitt',
	'report.col.group': 'Gjelder',
	'report.col.side': 'Scenario',
	'report.unit.points': 'poeng',
	'report.unit.judgement': 'poeng (1–5)',
	'report.audit.shared': 'Felles',
	'report.audit.item': '{model}: {label}',
	'report.audit.weight': '{points} poeng ({share})',
	'report.audit.weightSource': 'Verktøyets lesning av forstudien (vektsett)',

	'report.sources.heading': 'Kilder',
	'report.sources.intro':
		'Kildene bak tallene og vurderingene beregningen bruker: forstudien og offentlige kilder.',
	'report.source.entry': '{title}. {publisher}',
	'report.source.year': '{text}, {year}',

	'report.method.heading': 'Metode',
	'report.group.heading': 'Rådets svar: {count} medlemmer',
	'report.method.scoring':
		'Modellene rangeres med en vektet sum over {criteria} kriterier, hvert på en skala fra 0 til 1. Vurderte kriterier gjøres om med (vurdering − 1) / 4. Vurderingene (1–5) er verktøyets lesning av forstudien, med begrunnelse og avsnitt; forstudien selv setter ingen karakterer. Beregnede kriterier (kostnad for en medlemsbedrift, kostnad for region og fylke, kandidater som blir på grunn av ordningen, tid til første opptak) får en lineær skala som ligger fast i hele analysen, med ender satt fra det plausible spennet for hvert kriterium og ikke fra de seks modellenes resultater: en modells egen kostnad flytter bare dens egen verdi, og ingen modell får 0 eller 1 bare fordi den er dyrest eller billigst av de seks.',
	'report.method.money':
		'Beløp regnes med eksakte desimaltall. Nåverdier er diskontert med {rate} per år (Finansdepartementets rundskriv R-109/2021), med første år udiskontert, over en analyseperiode på {horizon}. Kostnaden for region og fylke er Sør-Østerdals del: i en felles ordning teller fylkets tilskudd i samme andel som regionens egne penger, så summen for region og fylke er den samme uansett hvor stort tilskuddet er. Feriepenger regnes netto: de erstatter lønnen i feriemåneden (ferietrekk), så arbeidsgivers merkostnad er 10,2 % minus en tolvtedel av årslønnen, om lag 1,9 %.',
	'report.method.baseline':
		'Nullalternativet for en bedrift er en vanlig ansettelse av en nyutdannet uten ordning: bare lønn og arbeidsgiverkostnader (DFØs veileder, kap. 3.1). Bedriftens kostnad deles i ordningens egen kostnad (medlemskap, avgifter og tillegg) og ansettelseskostnaden som enhver ansettelse har. Samlinger og reiser regnes fra første opptak, ikke fra år 0. Næringshagesamarbeidet får første opptak i år 2: en ny felles organisasjon som avhenger av penger fra fylket (§4.3, §5.1.5).',
	'report.method.stability':
		'Vektgrensene i konklusjonen er regnet eksakt: én vekt flyttes og de andre skaleres slik at summen fortsatt er 100 %.',
	'report.method.smaa':
		'Usikkerheten er analysert med SMAA-2 (Monte Carlo): {samples} trekk med frø {seed}. Usikre tall trekkes innenfor sine spenn, vurderte poeng fra en trekantfordeling på sitt spenn med toppen i vurderingen, og vektene blandes med tilfeldige vekter med vektusikkerhet {lambda}. Sannsynlighetene gjelder derfor gitt disse vurderingene og vektene. Samme frø gir samme resultat.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'report.title': 'Traineevalg: meeting summary',
	'report.subject': 'Comparison of models for a trainee scheme in Sør-Østerdal',
	'report.keywords': 'trainee, Sør-Østerdal',
	'report.scenario': 'Scenario: {name}',
	'report.scenario.study': "The study's figures",
	'report.scenario.unnamed': 'Unnamed scenario',
	'report.date': 'Date: {date}',
	'report.changes.none': 'No figures, weights or judgements have been changed from the study.',
	'report.changes.some':
		'Changed from the study: {values} figures, {weights} weights and {judgements} judgements (see audit trail).',
	'report.note': "Advisor's note",
	'report.page': 'Page {page} of {pages}',

	'report.conclusion.heading': 'Conclusion',
	'report.conclusion.leader':
		'With these figures, judgements and weights, {leader} comes first with {score} points, {margin} points ahead of {runnerUp}.',
	'report.conclusion.smaa':
		'Given these judgements and weights, with figures, judgements and weights drawn within their ranges ({samples} samples), {leader} comes first in {probability} of the samples.',
	'report.conclusion.shift.one': 'First place changes if {first}.',
	'report.conclusion.shift.two': 'First place changes if {first}, or if {second}.',
	'report.conclusion.shift.none':
		'No single weight can on its own take first place from {leader}, however high or low it is set.',
	'report.conclusion.shift.twoSame': 'First place goes to {model} if {first}, or if {second}.',
	'report.shift.bare.above': 'the weight on {criterion} rises above {threshold} (now {weight})',
	'report.shift.bare.below': 'the weight on {criterion} falls below {threshold} (now {weight})',
	'report.shift.above':
		'the weight on {criterion} rises above {threshold} (now {weight}); {model} then comes first',
	'report.shift.below':
		'the weight on {criterion} falls below {threshold} (now {weight}); {model} then comes first',
	'report.study.agrees':
		"The ranking follows the study's recommendation (§5.2): {first} first and {fallback} as the fallback.",
	'report.study.swapped':
		'The study (§5.2) recommends {first} first and {fallback} as the fallback. With these weights {fallback} comes first and {first} second: {fallback} gains more on {fallbackAhead}, {first} on {firstAhead}.',
	'report.study.differs':
		'The study (§5.2) recommends {first} first and {fallback} as the fallback. Here {first} ranks {firstRank} and {fallback} ranks {fallbackRank}.',
	'report.list.and': '{a} and {b}',

	'report.ranking.heading': 'Ranking',
	'report.ranking.caption':
		'Weighted sum over {criteria} criteria (0–1). Columns 1.–{last}. give the probability of each rank given these judgements and weights, with figures, judgements and weights drawn within their ranges (SMAA).',
	'report.ranking.chart': 'Score per model (0–1), highest first',
	'report.col.rank': 'Rank',
	'report.col.place': '{rank}.',

	'report.company.heading': 'Cost to a member company',
	'report.company.caption':
		'Per trainee over the whole programme ({years}), in whole kroner. Present value at the discount rate; the first year undiscounted.',
	'report.company.chart': 'Cost to a member company per trainee, by component',
	'report.company.splitCaption':
		"The scheme's own cost (membership and fees) and the employment cost any hire has (salary, holiday pay, pension, employer's contribution); together they are the company's cost. The zero alternative is an ordinary hire with no scheme.",
	'report.col.schemePresentValue': "The scheme's cost, present value",
	'report.col.employmentPresentValue': 'Employment cost, present value',
	'report.col.traineeFees': 'Trainee fees',
	'report.col.employerContribution': "Employer's contribution",

	'report.public.heading': 'Cost to the region and the county',
	'report.public.caption':
		"Per year of the horizon ({years}), total and present value, in whole kroner. Member companies' fees are deducted where they fund the scheme.",
	'report.col.payer': 'Payer',
	'report.col.year': 'Year {year}',
	'report.payer.region': 'Region',
	'report.payer.county': 'County',

	'report.graduates.heading': 'Graduates retained in the region',
	'report.graduates.caption':
		"Over the horizon, beyond the zero alternative. 'Due to the scheme' nets out those who would have stayed anyway and those taken from other schemes (§1.5). Cost per graduate retained: public present value, and the scheme's present value (public + companies' fees, not wages). – means no graduates.",
	'report.col.trainees': 'Trainees',
	'report.col.retained': 'Retained',
	'report.col.attributable': 'Due to the scheme',
	'report.col.publicPerRetained': 'Public per graduate retained',
	'report.col.schemePerRetained': 'Scheme per graduate retained',
	'report.none': '–',

	'report.scoring.heading': 'How the score comes about',
	'report.scoring.weights':
		"The weights used, as a share of the sum of all weights. The score is the sum over the criteria of weight × the model's value on the criterion (0–1).",
	'report.scoring.judged':
		'Judged scores per criterion and model (1–5), with the range the study allows in brackets. The uncertainty analysis draws within the range.',
	'report.scoring.contributions':
		"Each criterion's contribution to the model's score (weight × value), models in rank order. The last line is the score.",
	'report.inputs.heading': 'Inputs per model',
	'report.inputs.caption':
		"The figures each model is computed with, changed or not: the scenario's value (the study's unless changed) and its source. 'Assumption' means the study gives no figure; the sections it rests on are in brackets.",
	'report.inputs.shared': 'Shared by all models',
	'report.inputs.changed': 'Changed from {study}. {source}',
	'report.source.study': 'The study {section}',
	'report.source.assumption': 'Assumption ({sources})',
	'report.audit.heading': 'Audit trail: changes from the study',
	'report.audit.values': 'Changed figures',
	'report.audit.weights': 'Changed weights',
	'report.audit.noValues': 'No figures have been changed from the study.',
	'report.audit.judgements': 'Changed judgements (1–5)',
	'report.audit.noJudgements':
		"No judgement has been changed from the tool's reading of the study.",
	'report.col.reading': "The tool's reading",
	'report.col.reason': 'The rationale rests on',
	'report.audit.noWeights': "No weights have been changed from the tool's reading of the study.",
	'report.col.item': 'What',
	'report.col.study': 'The study',
	'report.col.current': 'Now',
	'report.col.source': "Source of the study's figure",
	'report.col.low': 'Low',
	'report.col.companyCostPv': 'Cost to a member company, present value',
	'report.col.publicCostPv': 'Cost to the region and county, present value',
	'report.col.high': 'High',
	'report.col.studyScore': "The tool's reading of the study",
	'report.col.sections': 'Sections',
	'report.col.group': 'Applies to',
	'report.col.side': 'Scenario',
	'report.unit.points': 'points',
	'report.unit.judgement': 'points (1–5)',
	'report.audit.shared': 'Shared',
	'report.audit.item': '{model}: {label}',
	'report.audit.weight': '{points} points ({share})',
	'report.audit.weightSource': "The tool's reading of the study (weight set)",

	'report.sources.heading': 'Sources',
	'report.sources.intro':
		'The sources behind the figures and judgements the calculation uses: the study and public sources.',
	'report.source.entry': '{title}. {publisher}',
	'report.source.year': '{text}, {year}',

	'report.method.heading': 'Method',
	'report.group.heading': "The council's answers: {count} members",
	'report.method.scoring':
		'The models are ranked by a weighted sum over {criteria} criteria, each on a scale from 0 to 1. Judged criteria become (judgement − 1) / 4. The judgements (1–5) are the tool’s reading of the study, with a rationale and section; the study itself gives no scores. Computed criteria (cost to a member company, cost to the region and the county, graduates retained because of the scheme, time to the first intake) get a linear scale fixed for the whole analysis, with its ends set from each criterion’s plausible range and not from the six models’ results: a model’s own cost moves only its own value, and no model scores 0 or 1 just for being the dearest or the cheapest of the six.',
	'report.method.money':
		"Amounts are computed with exact decimals. Present values are discounted at {rate} a year (the Ministry of Finance's circular R-109/2021), with the first year undiscounted, over a horizon of {horizon}. The cost to the region and the county is Sør-Østerdal's part: in a joint scheme the county's grant counts in the same share as the region's own money, so region plus county is the same however large the grant. Holiday pay is counted net: it replaces the holiday month's salary (ferietrekk), so the employer's extra cost is 10.2% less one twelfth of the annual salary, about 1.9%.",
	'report.method.baseline':
		"A company's zero alternative is an ordinary hire of a new graduate with no scheme: salary and employer's costs only (DFØ's guide, ch. 3.1). A company's cost is split into the scheme's own cost (membership, fees and surcharges) and the employment cost any hire has. Gatherings and travel count from the first intake, not from year 0. The business-garden consortium takes its first intake in year 2: a new joint organisation that depends on county money (§4.3, §5.1.5).",
	'report.method.stability':
		'The weight limits in the conclusion are exact: one weight is moved and the others are rescaled so that they still sum to 100%.',
	'report.method.smaa':
		'Uncertainty is analysed with SMAA-2 (Monte Carlo): {samples} samples with seed {seed}. Uncertain figures are drawn within their ranges, judged scores from a triangular distribution on their range with its peak at the judgement, and the weights are mixed with random weights at a weight uncertainty of {lambda}. The probabilities therefore hold given these judgements and weights. The same seed gives the same result.'
};
