/**
 * The study's own recommendation (§5.2): the business-garden consortium first, Trainee
 * Innlandet if that fails. The page's study note and the PDF's conclusion compare the tool's
 * ranking with it (`studyComparison` in `explain.ts`).
 */
import type { ModelId } from '../data';

export const STUDY_FIRST: ModelId = 'naeringshage-consortium';
export const STUDY_FALLBACK: ModelId = 'trainee-innlandet';
