import type { components } from './schema.gen';

/** The record types of the API, named as the domain names them. */
type S = components['schemas'];
export type LocalizedText = S['LocalizedText'];
export type Network = S['Network'];
export type Member = S['Member'];
export type Partner = S['Partner'];
export type Person = S['Person'];
export type Plan = S['Scap'];
export type StrategicTarget = S['StrategicTarget'];
export type Indicator = S['Indicator'];
export type Project = S['Project'];
export type Money = S['Money'];
export type Overlap = S['Overlap'];
export type Evidence = S['Evidence'];
export type Suggestion = S['CooperationSuggestion'];
export type PipelineView = S['PipelineView'];
/** One group of the pipeline's figures: projects, cost, secured, gap (per currency too). */
export type PipelineGroup = S['Group'];
export type Readiness = S['ReadinessAssessment'];
export type FinancingMatches = S['FinancingMatches'];
export type FinancierMatch = S['FinancierMatch'];
export type Screening = S['ScreeningResult'];
export type Revision = S['Revision'];
export type Change = S['Change'];
export type Taxonomy = S['Taxonomy'];
export type SdgGoal = S['SdgGoal'];
export type Country = S['Country'];
export type IndicatorDefinition = S['IndicatorDefinition'];
export type PlanProgress = S['PlanProgress'];
export type TimelineView = S['TimelineView'];
export type AuditEntry = S['AuditEntry'];
export type OverdueAction = S['OverdueAction'];
export type Initiative = S['Initiative'];

/** A record as the API returns it: id, display name, version (the ETag) and the record. */
export interface RecordView<T> {
  id?: string;
  displayName?: string;
  version?: number;
  record?: T;
}

/** A page of a list. */
export interface Page<T> {
  items?: RecordView<T>[];
  total?: number;
  offset?: number;
  limit?: number;
  nextOffset?: number;
}
