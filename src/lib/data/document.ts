/**
 * The data sources as a Markdown document (docs/data-sources.md), generated from data/ so that it
 * can never disagree with what the tool computes with.
 */
import { criteria, models, parameters, presets, sourceById, sources } from './index';
import type { SourceRef } from './schema';

function cite(ref: SourceRef): string {
	const source = sourceById.get(ref.source);
	const name = ref.source === 'study' ? 'Study' : (source?.title ?? ref.source);
	return `${name}${ref.section ? ` ${ref.section}` : ''}${ref.quote ? ` («${ref.quote}»)` : ''}`;
}

function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderDataSources(): string {
	const facts = parameters.filter((p) => p.kind === 'fact').length;
	const lines = [
		'# Data sources',
		'',
		'Generated from `data/` by `npm run docs:data`; do not edit by hand.',
		'',
		`${parameters.length} parameters: ${facts} facts from a source, ${parameters.length - facts} assumptions (with the origin of their default). ${models.length} models, ${criteria.length} criteria, ${sources.length} sources.`,
		'',
		'## Parameters',
		'',
		'| id | value | range | unit | kind | origin of an assumption / note on the range | sources |',
		'| --- | --- | --- | --- | --- | --- | --- |'
	];
	for (const p of parameters) {
		const note = [p.origin?.en, p.rangeNote?.en].filter(Boolean).join(' ');
		lines.push(
			`| \`${p.id}\` | ${p.default} | ${p.range[0]}–${p.range[1]} | ${p.unit} | ${p.kind} | ${cell(note)} | ${cell(p.sources.map(cite).join('; '))} |`
		);
	}
	lines.push('', '## Judged criteria', '');
	for (const c of criteria.filter((x) => x.basis === 'judged')) {
		lines.push(
			`### ${c.label.en}`,
			'',
			'| model | score 1–5 | range (low–high) | rationale | sources |',
			'| --- | --- | --- | --- | --- |'
		);
		for (const m of models) {
			const s = c.scores?.[m.id];
			if (s)
				lines.push(
					`| ${m.shortName.en} | ${s.score} | ${s.low}–${s.high} | ${cell(s.rationale.en)} | ${cell(s.sources.map(cite).join('; '))} |`
				);
		}
		lines.push('');
	}
	lines.push(
		'A judged score is drawn in the uncertainty analysis from a triangular distribution on its range with its mode at the score: a narrow range where the study says it plainly, a wide one where the score is read between the lines.',
		'',
		'## Weight presets',
		''
	);
	for (const p of presets) {
		lines.push(`### ${p.label.en}`, '', cell(p.description.en), '');
		lines.push('| criterion | weight | reason |', '| --- | --- | --- |');
		for (const c of criteria)
			lines.push(
				`| ${c.label.en} | ${p.weights[c.id] ?? 0} | ${cell(p.reasons?.[c.id]?.en ?? '')} |`
			);
		lines.push('');
	}
	lines.push('## Sources', '');
	for (const s of sources)
		lines.push(
			`- **${s.title}** — ${s.publisher}${s.year ? `, ${s.year}` : ''}${s.url ? `. <${s.url}>` : ''}${s.note ? `. ${s.note.en}` : ''}`
		);
	return lines.join('\n') + '\n';
}
