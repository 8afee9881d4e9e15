/**
 * Messages of the command line (`npm run calc`, `npm run report`): its tables, its help and its
 * status lines; merged into the one catalogue in ../messages.ts. Names of models, criteria and
 * parameters come from `data/`, never from here. The command line's error lines stay English
 * (like the engine's, which name the field), so they are not here.
 *
 * Help texts are assembled by src/cli/help.ts: option syntax (`--format json|table`) is code,
 * the words come from here; long texts are single paragraphs that it wraps.
 */
export const nb = {
	'cli.scenario.default': 'Forstudiens tall',
	'cli.scenario.changes': 'Endret fra forstudien',
	'cli.scenario.noChanges': 'ingen endringer',
	'cli.scenario.study': 'forstudien',
	'cli.scenario.reading': 'verktøyets lesning',
	'cli.horizon': 'Analyseperiode',
	'cli.smaa.summary': 'SMAA: {samples} trekk, frø {seed}, vektusikkerhet {lambda}',
	'cli.smaa.skipped': 'SMAA ikke kjørt (--no-smaa)',
	'cli.smaa.progress': 'SMAA {percent}',
	'cli.section.ranking': 'Rangering',
	'cli.section.company': 'Kostnad for en medlemsbedrift per trainee, hele programmet ({years})',
	'cli.section.companySplit':
		'Ordningens egen kostnad og ansettelseskostnaden per trainee, hele programmet ({years})',
	'cli.col.schemePresentValue': 'Ordning, nåverdi',
	'cli.col.employmentPresentValue': 'Ansettelse, nåverdi',
	'cli.section.public': 'Offentlig kostnad over analyseperioden, nåverdi',
	'cli.section.outcome': 'Kandidater over analyseperioden og kostnad per kandidat som blir',
	'cli.section.weights': 'Vekter',
	'cli.col.rank': '#',
	'cli.col.pFirst': 'P(første)',
	'cli.col.pFirstJudgementsFixed': 'Vurd. faste',
	'cli.col.pFirstParametersFixed': 'Tall faste',
	'cli.col.pFirstWeightsFixed': 'Vekter faste',
	'cli.smaa.given':
		'P(første): sannsynligheten for førsteplass gitt disse vurderingene og vektene; vurderte poeng, tall og vekter trekkes innen sine spenn.',
	'cli.smaa.decomposition':
		'«Vurd. faste», «Tall faste», «Vekter faste»: P(første) med én kilde til usikkerhet holdt fast; jo mer den flytter seg, jo mer av usikkerheten kommer fra den kilden.',
	'cli.scales': 'Faste verdiskalaer (verdi 0 → 1): {scales}.',
	'cli.col.membership': 'Medlemskap',
	'cli.col.traineeFees': 'Traineeavgift',
	'cli.col.employerContribution': 'Arb.g.avgift',
	'cli.col.region': 'Region',
	'cli.col.county': 'Fylke',
	'cli.col.public': 'Sum offentlig',
	'cli.col.trainees': 'Trainees',
	'cli.col.retained': 'Blir',
	'cli.col.attributable': 'Pga. ordningen',
	'cli.col.publicPerRetained': 'Offentlig per blir',
	'cli.col.schemePerRetained': 'Ordning per blir',
	'cli.col.criterion': 'Kriterium',
	'cli.col.weight': 'Vekt',
	'cli.col.id': 'Id',
	'cli.col.label': 'Navn',
	'cli.col.value': 'Verdi',
	'cli.col.unit': 'Enhet',
	'cli.col.range': 'Spenn',
	'cli.col.kind': 'Type',
	'cli.col.sources': 'Kilder',
	'cli.kind.fact': 'fakta',
	'cli.kind.assumption': 'antakelse',
	'cli.note.money':
		'Beløp i hele kroner, udiskontert der ikke nåverdi er nevnt. JSON-utdata gir eksakte beløp med øre.',
	'cli.note.perRetained':
		'«Ordning» = offentlig nåverdi + medlemsbedriftenes avgifter (ikke lønn). – = ingen kandidater.',
	'cli.note.split':
		'«Ordningens kostnad» = medlemskap og avgifter til ordningen; «Ansettelseskostnad» = lønn, feriepenger, pensjon og arbeidsgiveravgift, som enhver ansettelse har. Nullalternativet er en vanlig ansettelse uten ordning.',

	// The units of the scenario file's values as `--parameters` lists them (shares as 0–1).
	'cli.unit.nok': 'kr',
	'cli.unit.nok-per-year': 'kr per år',
	'cli.unit.nok-per-company-per-year': 'kr per bedrift per år',
	'cli.unit.nok-per-trainee-per-year': 'kr per trainee per år',
	'cli.unit.nok-per-trainee-per-tertial': 'kr per trainee per tertial',
	'cli.unit.share': 'andel',
	'cli.unit.position-share': 'stillingsandel',
	'cli.unit.rate-per-year': 'rente per år',
	'cli.unit.years': 'år',
	'cli.unit.count': 'antall',
	'cli.unit.count-per-year': 'antall per år',

	'cli.help.usage': 'Bruk:',
	'cli.help.usage.options': 'valg',
	'cli.help.input': 'Uten fil brukes forstudiens tall. «-» leser scenarioet fra standard inn.',
	'cli.help.options': 'Valg:',
	'cli.help.option.samples': 'antall Monte Carlo-trekk i SMAA (standard: {samples})',
	'cli.help.option.seed': 'frø for tilfeldighetsgeneratoren (standard: {seed})',
	'cli.help.option.help': 'vis denne hjelpen',
	'cli.help.exit': 'Avslutningskoder:',
	'cli.help.exit.ok': 'ok',
	'cli.help.exit.internal': 'intern feil',
	'cli.help.exit.badInput':
		'ugyldig inndata (én linje på standard feil som navngir problemet; ingenting på standard ut)',
	'cli.help.examples': 'Eksempler:',

	'cli.calc.help.title': 'Traineevalg – beregning fra kommandolinjen',
	'cli.calc.help.option.format': 'utdataformat (standard: json)',
	'cli.calc.help.option.lang': 'språk for navn og tabeller (standard: nb)',
	'cli.calc.help.option.weightUncertainty': 'hvor usikre vektene er, 0–1 (standard: {lambda})',
	'cli.calc.help.option.noSmaa': 'hopp over SMAA; probabilityFirst blir null',
	'cli.calc.help.option.parameters': 'list alle parametere med verdi, enhet, spenn, type og kilder',
	'cli.calc.help.option.schema': 'skriv JSON Schema for scenariofilen',
	'cli.calc.help.file': 'Scenariofil:',
	'cli.calc.help.file.parameterId': 'parameter-id',
	'cli.calc.help.file.criterionId': 'kriterium-id',
	'cli.calc.help.file.modelId': 'modell-id',
	'cli.calc.help.file.number': 'tall',
	'cli.calc.help.file.note':
		'Bare endringer fra forstudien trengs; se --parameters og --schema for id-ene. Filer av versjon 1 leses fortsatt. Innstillingene i «analysis» gjelder når tilsvarende valg ikke er gitt.',
	'cli.calc.help.output': 'Utdata (JSON):',
	'cli.calc.help.output.text':
		'Pengebeløp (NOK) skrives som JSON-strenger med to desimaler, f.eks. "1639848.27": eksakte desimaltall som aldri har gått via flyttall. Poeng, sannsynligheter og antall er tall. Beløp er udiskonterte («total») eller nåverdier («presentValue»).',

	'cli.group.title': 'Traineevalg — gruppe på {count} medlemmer',
	'cli.group.base': 'Tallene: {name}',
	'cli.group.smaa':
		'Gruppe-SMAA: {samples} trekk, frø {seed}, ett medlems vekter og vurderinger per trekk',
	'cli.group.section.members': 'Hvert medlems rangering',
	'cli.group.section.models': 'Modellene, i rekkefølgen med snittvektene',
	'cli.group.section.disagreement':
		'Der medlemmene er mest uenige (vekter, størst spredning først)',
	'cli.group.majority': 'Flertall: {model} er først for mer enn halvparten av medlemmene.',
	'cli.group.noMajority': 'Ingen modell er først for mer enn halvparten av medlemmene.',
	'cli.group.note':
		'«Først hos» = andelen medlemmer som har modellen først med egne vekter og vurderinger. «P(første)» = gruppens sannsynlighet for førsteplass: hvert trekk bruker ett tilfeldig medlems vekter og vurderinger, og tallene trekkes innen sine spenn. «Spredning» = standardavviket til medlemmenes vekter.',
	'cli.col.member': 'Medlem',
	'cli.col.place': '{place}.',
	'cli.col.shareFirst': 'Først hos',
	'cli.col.pFirstGroup': 'P(første)',
	'cli.col.meanWeight': 'Snitt',
	'cli.col.spread': 'Spredning',
	'cli.col.lowest': 'Lavest',
	'cli.col.highest': 'Høyest',
	'cli.calc.help.option.group':
		'rådsmodus: filene er medlemmenes scenarioer (navn, vekter, vurderinger); skriver hvert medlems rangering, andelen som har hver modell først, gruppens sannsynligheter og snittvektene (vektusikkerhet 0 om ikke --weight-uncertainty er gitt)',
	'cli.calc.help.option.base':
		'med --group: scenarioet med tallene gruppen regnes på (standard: forstudiens)',

	'cli.report.help.title': 'Traineevalg – møtesammendrag som PDF',
	'cli.report.help.file': 'FIL',
	'cli.report.help.date': 'ÅÅÅÅ-MM-DD',
	'cli.report.help.text': 'TEKST',
	'cli.report.help.option.output': 'PDF-filen som skrives (standard: {file})',
	'cli.report.help.option.lang': 'språk i sammendraget (standard: nb)',
	'cli.report.help.option.date': 'datoen på sammendraget, også som PDF-ens dato (standard: i dag)',
	'cli.report.help.option.note': 'rådgiverens merknad (høyst {max} tegn)',
	'cli.report.help.reproducible':
		'Samme scenario, dato, merknad og språk gir alltid samme fil, byte for byte.',
	'cli.report.written.one': '{file} ({pages} side)',
	'cli.report.written.other': '{file} ({pages} sider)'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'cli.scenario.default': "The study's figures",
	'cli.scenario.changes': 'Changed from the study',
	'cli.scenario.noChanges': 'no changes',
	'cli.scenario.study': 'study',
	'cli.scenario.reading': "the tool's reading",
	'cli.horizon': 'Analysis horizon',
	'cli.smaa.summary': 'SMAA: {samples} samples, seed {seed}, weight uncertainty {lambda}',
	'cli.smaa.skipped': 'SMAA not run (--no-smaa)',
	'cli.smaa.progress': 'SMAA {percent}',
	'cli.section.ranking': 'Ranking',
	'cli.section.company': 'Cost to a member company per trainee, whole programme ({years})',
	'cli.section.companySplit':
		"The scheme's own cost and the employment cost per trainee, whole programme ({years})",
	'cli.col.schemePresentValue': 'Scheme, PV',
	'cli.col.employmentPresentValue': 'Employment, PV',
	'cli.section.public': 'Public cost over the horizon, present value',
	'cli.section.outcome': 'Graduates over the horizon and cost per graduate retained',
	'cli.section.weights': 'Weights',
	'cli.col.rank': '#',
	'cli.col.pFirst': 'P(first)',
	'cli.col.pFirstJudgementsFixed': 'Judg. fixed',
	'cli.col.pFirstParametersFixed': 'Figures fixed',
	'cli.col.pFirstWeightsFixed': 'Weights fixed',
	'cli.smaa.given':
		'P(first): the probability of first place given these judgements and weights; judged scores, figures and weights are drawn within their ranges.',
	'cli.smaa.decomposition':
		'"Judg. fixed", "Figures fixed", "Weights fixed": P(first) with one source of uncertainty held fixed; the more it moves, the more of the uncertainty comes from that source.',
	'cli.scales': 'Fixed value scales (value 0 → 1): {scales}.',
	'cli.col.membership': 'Membership',
	'cli.col.traineeFees': 'Trainee fees',
	'cli.col.employerContribution': "Employer's NIC",
	'cli.col.region': 'Region',
	'cli.col.county': 'County',
	'cli.col.public': 'Public total',
	'cli.col.trainees': 'Trainees',
	'cli.col.retained': 'Retained',
	'cli.col.attributable': 'Due to scheme',
	'cli.col.publicPerRetained': 'Public per retained',
	'cli.col.schemePerRetained': 'Scheme per retained',
	'cli.col.criterion': 'Criterion',
	'cli.col.weight': 'Weight',
	'cli.col.id': 'Id',
	'cli.col.label': 'Name',
	'cli.col.value': 'Value',
	'cli.col.unit': 'Unit',
	'cli.col.range': 'Range',
	'cli.col.kind': 'Kind',
	'cli.col.sources': 'Sources',
	'cli.kind.fact': 'fact',
	'cli.kind.assumption': 'assumption',
	'cli.note.money':
		'Amounts in whole kroner, undiscounted unless present value is stated. JSON output gives exact amounts in øre.',
	'cli.note.perRetained':
		"'Scheme' = public present value + member companies' fees (not wages). – = no graduates.",
	'cli.note.split':
		"'The scheme's cost' = membership and fees paid to the scheme; 'Employment cost' = salary, holiday pay, pension and employer's contribution, which any hire has. The zero alternative is an ordinary hire with no scheme.",

	'cli.unit.nok': 'NOK',
	'cli.unit.nok-per-year': 'NOK per year',
	'cli.unit.nok-per-company-per-year': 'NOK per company per year',
	'cli.unit.nok-per-trainee-per-year': 'NOK per trainee per year',
	'cli.unit.nok-per-trainee-per-tertial': 'NOK per trainee per tertial',
	'cli.unit.share': 'share',
	'cli.unit.position-share': 'position share',
	'cli.unit.rate-per-year': 'rate per year',
	'cli.unit.years': 'years',
	'cli.unit.count': 'count',
	'cli.unit.count-per-year': 'count per year',

	'cli.help.usage': 'Usage:',
	'cli.help.usage.options': 'options',
	'cli.help.input':
		'Without a file the study\'s figures are used. "-" reads the scenario from standard input.',
	'cli.help.options': 'Options:',
	'cli.help.option.samples': 'Monte Carlo samples for SMAA (default: {samples})',
	'cli.help.option.seed': 'seed of the random generator (default: {seed})',
	'cli.help.option.help': 'show this help',
	'cli.help.exit': 'Exit status:',
	'cli.help.exit.ok': 'success',
	'cli.help.exit.internal': 'internal error',
	'cli.help.exit.badInput':
		'bad input (one line on standard error naming the problem; nothing on standard output)',
	'cli.help.examples': 'Examples:',

	'cli.calc.help.title': 'Traineevalg – calculations from the command line',
	'cli.calc.help.option.format': 'output format (default: json)',
	'cli.calc.help.option.lang': 'language of names and tables (default: nb, Norwegian bokmål)',
	'cli.calc.help.option.weightUncertainty':
		'how imprecise the weights are, 0–1 (default: {lambda})',
	'cli.calc.help.option.noSmaa': 'skip SMAA; probabilityFirst is then null',
	'cli.calc.help.option.parameters':
		'list every parameter with value, unit, range, kind and sources',
	'cli.calc.help.option.schema': 'print the JSON Schema of the scenario file',
	'cli.calc.help.file': 'Scenario file:',
	'cli.calc.help.file.parameterId': 'parameter id',
	'cli.calc.help.file.criterionId': 'criterion id',
	'cli.calc.help.file.modelId': 'model id',
	'cli.calc.help.file.number': 'number',
	'cli.calc.help.file.note':
		'Only changes from the study are needed; see --parameters and --schema for the ids. Version 1 files are still read. The settings in "analysis" apply unless the matching option is given.',
	'cli.calc.help.output': 'Output (JSON):',
	'cli.calc.help.output.text':
		'Money (NOK) is written as a JSON string with two decimals, e.g. "1639848.27": an exact decimal that never went through a floating-point number. Scores, probabilities and counts are numbers. Amounts are undiscounted ("total") or present values ("presentValue").',

	'cli.group.title': 'Traineevalg — group of {count} members',
	'cli.group.base': 'Figures: {name}',
	'cli.group.smaa':
		"Group SMAA: {samples} samples, seed {seed}, one member's weights and judgements per sample",
	'cli.group.section.members': "Each member's ranking",
	'cli.group.section.models': 'The models, in the order of the mean weights',
	'cli.group.section.disagreement':
		'Where the members disagree most (weights, largest spread first)',
	'cli.group.majority': 'Majority: {model} is first for more than half of the members.',
	'cli.group.noMajority': 'No model is first for more than half of the members.',
	'cli.group.note':
		"'First for' = the share of members who put the model first with their own weights and judgements. 'P(first)' = the group's probability of first place: each sample uses one random member's weights and judgements, and the figures are drawn within their ranges. 'Spread' = the standard deviation of the members' weights.",
	'cli.col.member': 'Member',
	'cli.col.place': '{place}.',
	'cli.col.shareFirst': 'First for',
	'cli.col.pFirstGroup': 'P(first)',
	'cli.col.meanWeight': 'Mean',
	'cli.col.spread': 'Spread',
	'cli.col.lowest': 'Lowest',
	'cli.col.highest': 'Highest',
	'cli.calc.help.option.group':
		"council mode: the files are the members' scenarios (name, weights, judgements); prints each member's ranking, the share who put each model first, the group's probabilities and the mean weights (weight uncertainty 0 unless --weight-uncertainty is given)",
	'cli.calc.help.option.base':
		"with --group: the scenario whose figures the group is computed on (default: the study's)",

	'cli.report.help.title': 'Traineevalg – meeting summary as PDF',
	'cli.report.help.file': 'FILE',
	'cli.report.help.date': 'YYYY-MM-DD',
	'cli.report.help.text': 'TEXT',
	'cli.report.help.option.output': 'the PDF to write (default: {file})',
	'cli.report.help.option.lang': 'language of the summary (default: nb, Norwegian bokmål)',
	'cli.report.help.option.date':
		"the summary's date, also the PDF's creation date (default: today)",
	'cli.report.help.option.note': "the advisor's note (at most {max} characters)",
	'cli.report.help.reproducible':
		'The same scenario, date, note and language always give the same file, byte for byte.',
	'cli.report.written.one': '{file} ({pages} page)',
	'cli.report.written.other': '{file} ({pages} pages)'
};
