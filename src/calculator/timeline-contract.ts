/**
 * The DOM contract between the static timeline (StageList.astro / StageTimeline.astro,
 * rendered at build time) and the stage widget (src/client/stage-widget/, in the
 * browser). Both sides build their attributes and selectors from here, so renaming a
 * hook cannot break one side silently. Pure strings: no DOM, no Astro.
 */

/** Attribute names of the hooks. */
const ATTR = {
  widget: 'data-stage-widget',
  data: 'data-stage-data',
  form: 'data-stage-form',
  formDetails: 'data-stage-form-details',
  timelineDetails: 'data-timeline-details',
  result: 'data-stage-result',
  resultTemplate: 'data-stage-result-template',
  errorTemplate: 'data-stage-error-template',
  process: 'data-process-timeline',
  stage: 'data-stage-id',
  list: 'data-list',
  baseRules: 'data-base-rules',
  slot: 'data-slot',
} as const;

/** The lists of a stage the widget copies into its answer. */
export type TimelineList = 'mayHappen' | 'mayNot' | 'youCan' | 'related';

/** Anchor id of a stage in the static timeline: #stage-consumer-loan-m1. */
export const stageAnchorId = (processId: string, stageId: string) => `stage-${processId}-${stageId}`;

/** Attributes the Astro side spreads onto its elements. */
export const timelineAttrs = {
  widget: { [ATTR.widget]: '' },
  data: { [ATTR.data]: '' },
  form: { [ATTR.form]: '' },
  formDetails: { [ATTR.formDetails]: '' },
  timelineDetails: { [ATTR.timelineDetails]: '' },
  result: { [ATTR.result]: '' },
  resultTemplate: { [ATTR.resultTemplate]: '' },
  errorTemplate: { [ATTR.errorTemplate]: '' },
  baseRules: { [ATTR.baseRules]: '' },
  process: (processId: string) => ({ [ATTR.process]: processId }),
  stage: (processId: string, stageId: string) => ({ id: stageAnchorId(processId, stageId), [ATTR.stage]: stageId }),
  list: (key: TimelineList) => ({ [ATTR.list]: key }),
  /** A named place in a result template that the widget fills. */
  slot: (name: ResultSlot) => ({ [ATTR.slot]: name }),
};

/** The places in the result template the widget fills or removes. */
export type ResultSlot =
  | 'stage'
  | 'when'
  | 'summary'
  | 'upcoming'
  | 'youCan'
  | 'mayNot'
  | 'notes'
  | 'baseRules'
  | 'limitation'
  | 'related'
  | 'jump'
  | 'messages'
  | 'warning'
  | 'shareStatus';

/** Selectors the browser side queries with. */
export const timelineSelectors = {
  widget: `[${ATTR.widget}]`,
  data: `[${ATTR.data}]`,
  form: `[${ATTR.form}]`,
  formDetails: `[${ATTR.formDetails}]`,
  timelineDetails: `[${ATTR.timelineDetails}]`,
  result: `[${ATTR.result}]`,
  resultTemplate: `template[${ATTR.resultTemplate}]`,
  errorTemplate: `template[${ATTR.errorTemplate}]`,
  baseRules: `[${ATTR.baseRules}]`,
  anyProcess: `[${ATTR.process}]`,
  anyStage: `[${ATTR.stage}]`,
  process: (processId: string) => `[${ATTR.process}="${processId}"]`,
  stage: (processId: string, stageId: string) => `#${stageAnchorId(processId, stageId)}`,
  list: (key: TimelineList) => `[${ATTR.list}="${key}"]`,
  slot: (name: ResultSlot) => `[${ATTR.slot}="${name}"]`,
};

/** Reads the hook values back from elements found with timelineSelectors. */
export const timelineValues = {
  process: (el: { getAttribute(name: string): string | null }) => el.getAttribute(ATTR.process),
  stage: (el: { getAttribute(name: string): string | null }) => el.getAttribute(ATTR.stage),
};
