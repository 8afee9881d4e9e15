/**
 * The study's own recommendation (§5.2, in `data/models.json`): the business-garden consortium
 * first, Trainee Innlandet if that fails. The page's study note and the PDF's conclusion compare
 * the tool's ranking with it (`studyComparison` in `explain.ts`).
 */
import { recommendation, type ModelId } from '../data';

export const STUDY_FIRST: ModelId = recommendation.first;
export const STUDY_FALLBACK: ModelId = recommendation.fallback;
