/**
 * Messages for the judged scores (the models × criteria matrix), the county's yes or no, and the
 * uncertainty decomposition; merged into the one catalogue in ../messages.ts.
 */
export const nb = {
	'county.heading': 'Fylkets svar',
	'county.yes': 'Fylket sier ja',
	'county.no': 'Fylket sier nei',
	'county.clear': 'Ta bort svaret',
	'county.none':
		'Ingen svar valgt: fylkestilskuddet og vurderingene av finansieringen er verktøyets lesning av forstudien.',
	'county.outcome.differs':
		'Med vektene som gjelder nå avgjør svaret førsteplassen: ja gir {yes} først, nei gir {no} først.',
	'county.outcome.same':
		'Med vektene som gjelder nå kommer {leader} først uansett svar: svaret flytter fylkestilskuddet og vurderingene av {criteria}, og de kriteriene har til sammen {share} av vekten.',
	'county.outcome.studyOrder':
		'Med vektene for forstudiens rekkefølge avgjør svaret: ja gir {yes} først, nei gir {no} først, slik forstudien selv resonnerer (§5.2).',
	'county.outcome.studyOrderSame':
		'Heller ikke med vektene for forstudiens rekkefølge endrer svaret hvem som kommer først ({leader}).',
	'judgements.heading': 'Vurderingene bak rangeringen',
	'judgements.intro':
		'{count} av kriteriene er vurderinger fra 1 (svakest) til 5 (best). Forstudien setter ingen karakterer: tallene er verktøyets lesning av den, med begrunnelse og avsnitt. Hver vurdering har et spenn: smalt der forstudien sier det rett ut, bredt der den er lest mellom linjene. Simuleringen trekker vurderingen innenfor spennet. Du kan endre både vurderingen og spennet; rangeringen følger med en gang.',
	'judgements.caption':
		'Vurdering per modell og kriterium (1–5), med spenn, begrunnelse og avsnitt',
	'judgements.col.model': 'Modell',
	'judgements.rangeText': '{score} ({low}–{high})',
	'judgements.fixedText': '{score} (fast)',
	'judgements.scoreLabel': 'Vurdering',
	'judgements.lowLabel': 'Lavest',
	'judgements.highLabel': 'Høyest',
	'judgements.editLabel': 'Endre vurderingen av {model} på «{criterion}»: {text}',
	'judgements.editorLegend': '{model}: {criterion}',
	'judgements.done': 'Ferdig',
	'judgements.reset': 'Tilbake til {text}',
	'judgements.resetAll': 'Tilbakestill alle vurderinger',
	'judgements.changed': 'endret',
	'judgements.changedFrom': 'endret fra {text}',
	'judgements.changedCount.none': 'Ingen vurderinger er endret.',
	'judgements.changedCount.one': '1 vurdering er endret.',
	'judgements.changedCount.other': '{count} vurderinger er endret.',
	'judgements.leader':
		'Gitt disse vurderingene og vektene: {leader} først ({leaderScore} poeng), {second} nummer to ({secondScore}).',
	'judgements.rangeHint':
		'Simuleringen trekker vurderingen mellom lavest og høyest, oftest nær vurderingen selv.',
	'judgements.auditItem': '{model}: {criterion}',
	'judgements.auditSource': 'Forstudien {sections}',
	'judgements.decomposition':
		'Gitt disse vurderingene og vektene er {model} først i {all} av trekkene. Holdes vurderingene faste, blir det {judgements}; holdes tallene faste, {parameters}; holdes vektene faste, {weights}. Jo mer tallet stiger når en kilde holdes fast, jo mer av usikkerheten kommer fra den.',
	'judgements.scaleLine': '{criterion}: 0 ved {worst}, 1 ved {best}',
	'judgements.scalesHeading': 'Faste skalaer',
	'judgements.scalesIntro':
		'De beregnede kriteriene måles på skalaer som ligger fast i hele analysen (satt fra det plausible spennet for hver modell), så en modells egen kostnad flytter bare dens egen verdi:',
	'judgements.uncertaintyHeading': 'Hvor usikkerheten kommer fra',
	'judgements.show': 'Vis og endre vurderingene',
	'judgements.hide': 'Skjul vurderingene'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'county.heading': "The county's answer",
	'county.yes': 'The county says yes',
	'county.no': 'The county says no',
	'county.clear': 'Remove the answer',
	'county.none':
		"No answer chosen: the county grant and the judged funding are the tool's reading of the study.",
	'county.outcome.differs':
		'With the weights in force the answer decides first place: yes puts {yes} first, no puts {no} first.',
	'county.outcome.same':
		'With the weights in force {leader} comes first whatever the answer: the answer moves the county grant and the judgements of {criteria}, and those criteria carry {share} of the weight together.',
	'county.outcome.studyOrder':
		"With the weights of the study's own order the answer decides: yes puts {yes} first, no puts {no} first, as the study itself reasons (§5.2).",
	'county.outcome.studyOrderSame':
		"Not even with the weights of the study's own order does the answer change who comes first ({leader}).",
	'judgements.heading': 'The judgements behind the ranking',
	'judgements.intro':
		"{count} of the criteria are judgements from 1 (weakest) to 5 (best). The study gives no scores: these are the tool's reading of it, with a rationale and section. Each judgement has a range: narrow where the study says it plainly, wide where it is read between the lines. The simulation draws the judgement within its range. You can change both the judgement and its range; the ranking follows at once.",
	'judgements.caption':
		'Judgement per model and criterion (1–5), with range, rationale and section',
	'judgements.col.model': 'Model',
	'judgements.rangeText': '{score} ({low}–{high})',
	'judgements.fixedText': '{score} (fixed)',
	'judgements.scoreLabel': 'Judgement',
	'judgements.lowLabel': 'Lowest',
	'judgements.highLabel': 'Highest',
	'judgements.editLabel': "Change the judgement of {model} on '{criterion}': {text}",
	'judgements.editorLegend': '{model}: {criterion}',
	'judgements.done': 'Done',
	'judgements.reset': 'Back to {text}',
	'judgements.resetAll': 'Reset all judgements',
	'judgements.changed': 'changed',
	'judgements.changedFrom': 'changed from {text}',
	'judgements.changedCount.none': 'No judgement has been changed.',
	'judgements.changedCount.one': '1 judgement has been changed.',
	'judgements.changedCount.other': '{count} judgements have been changed.',
	'judgements.leader':
		'Given these judgements and weights: {leader} first ({leaderScore} points), {second} second ({secondScore}).',
	'judgements.rangeHint':
		'The simulation draws the judgement between lowest and highest, most often near the judgement itself.',
	'judgements.auditItem': '{model}: {criterion}',
	'judgements.auditSource': 'The study {sections}',
	'judgements.decomposition':
		'Given these judgements and weights, {model} is first in {all} of the samples. With the judgements held fixed it is {judgements}; with the figures held fixed, {parameters}; with the weights held fixed, {weights}. The more the figure rises when a source is held fixed, the more of the uncertainty comes from it.',
	'judgements.scaleLine': '{criterion}: 0 at {worst}, 1 at {best}',
	'judgements.scalesHeading': 'Fixed scales',
	'judgements.scalesIntro':
		"The computed criteria are measured on scales fixed for the whole analysis (set from each model's plausible range), so a model's own cost moves only its own value:",
	'judgements.uncertaintyHeading': 'Where the uncertainty comes from',
	'judgements.show': 'See and change the judgements',
	'judgements.hide': 'Hide the judgements'
};
