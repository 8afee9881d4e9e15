/**
 * The `--format table` output: the tables of `present/tables.ts` (the same ones the PDF lays
 * out) drawn as aligned plain text, with the scenario's header lines around them.
 */
// The command line's and the PDF's messages (not part of the page's download).
import '../lib/i18n/output';
import { criteria, modelById, parameterById, presets, type ModelId } from '../lib/data';
import { DEFAULT_PRESET_ID, type Evaluation, type SmaaResult } from '../lib/engine';
import { formatNok, formatNumber, formatYears, WHOLE } from '../lib/format';
import { localized, translate, translator, type Locale } from '../lib/i18n';
import {
	AS_TYPED,
	companyCostSplitTable,
	companyCostTable,
	graduatesTable,
	groupDisagreementTable,
	groupMembersTable,
	groupModelsTable,
	parametersTable,
	publicCostSummaryTable,
	rankingTable,
	weightsTable,
	type Table
} from '../lib/present/tables';
import type { GroupRun } from './group';
import { modelName } from '../lib/present/names';
import { escapeControl } from './terminal-text';

function width(text: string): number {
	return [...text].length;
}

function pad(text: string, size: number, align: Table['align'][number]): string {
	const fill = ' '.repeat(Math.max(0, size - width(text)));
	return align === 'left' ? text + fill : fill + text;
}

/** Columns separated by two spaces, a rule under the header; no trailing spaces. */
export function renderTable({ head, rows, align }: Table): string {
	const sizes = head.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => pad(cell, sizes[c]!, align[c] ?? 'left'))
			.join('  ')
			.trimEnd();
	const rule = sizes.map((s) => '-'.repeat(s)).join('  ');
	return [line(head), rule, ...rows.map(line)].join('\n');
}

function changesLines(evaluation: Evaluation, lang: Locale): string[] {
	const { values, weights } = evaluation.scenario;
	const preset = presets.find((p) => p.id === DEFAULT_PRESET_ID)?.weights ?? {};
	const study = translate(lang, 'cli.scenario.study');
	// A judged score is the tool's reading of the study, not a figure from it.
	const reading = translate(lang, 'cli.scenario.reading');
	const lines: string[] = [];
	for (const [id, v] of Object.entries(values)) {
		const p = parameterById.get(id);
		if (!p || p.default === v) continue;
		lines.push(
			`  ${localized(p.label, lang)} (${id}): ${formatNumber(v, lang, AS_TYPED)} (${study}: ${formatNumber(p.default, lang, AS_TYPED)})`
		);
	}
	for (const [criterionId, byModel] of Object.entries(evaluation.scenario.judgements ?? {})) {
		const c = criteria.find((x) => x.id === criterionId);
		for (const model of Object.keys(byModel)) {
			const j = evaluation.judgements[criterionId]?.[model as ModelId];
			const d = c?.scores?.[model as ModelId];
			if (!j || !d || (j.score === d.score && j.low === d.low && j.high === d.high)) continue;
			const name = modelById.get(model as ModelId)?.shortName[lang] ?? model;
			lines.push(
				`  ${c?.label[lang] ?? criterionId}, ${name}: ${formatNumber(j.score, lang, AS_TYPED)} [${formatNumber(j.low, lang, AS_TYPED)}–${formatNumber(j.high, lang, AS_TYPED)}] (${reading}: ${d.score} [${d.low}–${d.high}])`
			);
		}
	}
	for (const [id, w] of Object.entries(weights)) {
		if (preset[id] === w) continue;
		const c = criteria.find((x) => x.id === id);
		lines.push(
			`  ${translate(lang, 'cli.col.weight')}: ${c ? localized(c.label, lang) : id} (${id}): ${formatNumber(w, lang, AS_TYPED)} (${study}: ${formatNumber(preset[id] ?? 0, lang, AS_TYPED)})`
		);
	}
	return lines;
}

export function renderEvaluation(
	evaluation: Evaluation,
	smaa: SmaaResult | null,
	lang: Locale
): string {
	const t = translator(lang);
	const out: string[] = [];

	const name = escapeControl(evaluation.scenario.name ?? t('cli.scenario.default'));
	out.push(`${t('app.name')} — ${name}`);
	out.push(`${t('cli.horizon')}: ${formatYears(evaluation.horizonYears, lang)}`);
	const changes = changesLines(evaluation, lang);
	out.push(
		`${t('cli.scenario.changes')}: ${changes.length ? '' : t('cli.scenario.noChanges')}`.trimEnd()
	);
	out.push(...changes);
	out.push(
		smaa
			? t('cli.smaa.summary', {
					samples: formatNumber(smaa.options.samples, lang, WHOLE),
					seed: String(smaa.options.seed),
					lambda: formatNumber(smaa.options.weightUncertainty, lang, { maximumFractionDigits: 3 })
				})
			: t('cli.smaa.skipped')
	);

	out.push('', t('cli.section.ranking'));
	out.push(renderTable(rankingTable(evaluation, smaa, lang, 'short', 'first')));
	if (smaa)
		out.push(t('cli.smaa.given'), ...(smaa.decomposition ? [t('cli.smaa.decomposition')] : []));
	out.push(
		t('cli.scales', {
			scales: evaluation.scales
				.map((sc) => {
					const c = criteria.find((x) => x.id === sc.criterion);
					const fmt = (v: number) =>
						sc.criterion === 'company-cost' || sc.criterion === 'public-cost'
							? formatNok(Math.round(v), lang)
							: formatNumber(v, lang, { maximumFractionDigits: 1 });
					return `${c?.label[lang] ?? sc.criterion} ${fmt(sc.worst)} → ${fmt(sc.best)}`;
				})
				.join('; ')
		})
	);

	const years = evaluation.models[0]?.companyCost.byYear.length ?? 0;
	out.push('', t('cli.section.company', { years: formatYears(years, lang) }));
	out.push(renderTable(companyCostTable(evaluation, lang, 'short')));

	out.push('', t('cli.section.companySplit', { years: formatYears(years, lang) }));
	out.push(renderTable(companyCostSplitTable(evaluation, lang, 'short')));

	out.push('', t('cli.section.public'));
	out.push(renderTable(publicCostSummaryTable(evaluation, lang)));

	out.push('', t('cli.section.outcome'));
	out.push(renderTable(graduatesTable(evaluation, lang, 'short')));

	out.push('', t('cli.section.weights'));
	out.push(renderTable(weightsTable(evaluation, lang)));

	out.push('', t('cli.note.money'), t('cli.note.perRetained'), t('cli.note.split'));
	return out.join('\n') + '\n';
}

export function renderParameters(lang: Locale): string {
	return renderTable(parametersTable(lang)) + '\n';
}

/** `--group --format table`: the members' rankings, the models' shares and where they disagree. */
export function renderGroup(run: GroupRun, lang: Locale): string {
	const t = translator(lang);
	const g = run.result;
	const names = run.names.map((n) => escapeControl(n));
	const out: string[] = [];
	out.push(t('cli.group.title', { count: formatNumber(g.members.length, lang, WHOLE) }));
	out.push(
		t('cli.group.base', {
			name: escapeControl(run.base.name ?? t('cli.scenario.default'))
		})
	);
	out.push(
		t('cli.group.smaa', {
			samples: formatNumber(g.options.samples, lang, WHOLE),
			seed: String(g.options.seed)
		})
	);
	out.push('', t('cli.group.section.members'));
	out.push(renderTable(groupMembersTable(g, lang, names)));
	out.push('', t('cli.group.section.models'));
	out.push(renderTable(groupModelsTable(g, lang)));
	out.push(
		g.majority
			? t('cli.group.majority', { model: modelName(g.majority, lang) })
			: t('cli.group.noMajority')
	);
	out.push('', t('cli.group.section.disagreement'));
	out.push(renderTable(groupDisagreementTable(g, lang)));
	out.push('', t('cli.group.note'));
	return out.join('\n') + '\n';
}
