// The `labels`, `criteria` and `milestone` sections: each value that is wrong falls back to its own default.
import type { Node } from 'jsonc-parser';
import { DEFAULT_CRITERIA, DEFAULT_LABELS } from './defaults';
import type { CriterionId, LabelConfig } from '../model';
import { quote, type ConfigReader } from './configReader';

export const LABEL_KEYS = Object.keys(DEFAULT_LABELS) as readonly (keyof LabelConfig)[];
export const CRITERION_IDS = Object.keys(DEFAULT_CRITERIA) as readonly CriterionId[];

export function readLabels(node: Node | undefined, reader: ConfigReader): LabelConfig {
  if (node === undefined) return { ...DEFAULT_LABELS };
  if (node.type !== 'object') {
    reader.wrongType(node, 'labels', 'an object');
    return { ...DEFAULT_LABELS };
  }
  const props = reader.properties(node, 'labels', LABEL_KEYS);
  const labels: Record<keyof LabelConfig, string> = { ...DEFAULT_LABELS };
  for (const key of LABEL_KEYS) {
    const valueNode = props.get(key);
    if (valueNode !== undefined) labels[key] = reader.string(valueNode, `labels.${key}`, { noComma: true }) ?? DEFAULT_LABELS[key];
  }
  warnReusedLabels(labels, props, reader);
  return labels;
}

/** One label for two jobs (say `verified` and `needsVerification`) makes the status flags meaningless. */
function warnReusedLabels(labels: LabelConfig, props: ReadonlyMap<string, Node>, reader: ConfigReader): void {
  LABEL_KEYS.forEach((key, index) => {
    const earlier = LABEL_KEYS.slice(0, index).find((other) => labels[other].toLowerCase() === labels[key].toLowerCase());
    if (earlier === undefined) return;
    // Point at the label the user wrote; when both were written, at the later one.
    const [written, other] = props.has(key) ? [key, earlier] : [earlier, key];
    const node = props.get(written);
    if (node === undefined) return;
    reader.problems.warning(
      'duplicateLabel',
      `"labels.${written}" is the same label as "labels.${other}" (${quote(labels[key])}), so one label means both`,
      node,
    );
  });
}

export function readCriteria(node: Node | undefined, reader: ConfigReader): Record<CriterionId, boolean> {
  const criteria: Record<CriterionId, boolean> = { ...DEFAULT_CRITERIA };
  if (node === undefined) return criteria;
  if (node.type !== 'object') {
    reader.wrongType(node, 'criteria', 'an object');
    return criteria;
  }
  const props = reader.properties(node, 'criteria', CRITERION_IDS);
  for (const id of CRITERION_IDS) {
    const valueNode = props.get(id);
    if (valueNode !== undefined) criteria[id] = reader.boolean(valueNode, `criteria.${id}`) ?? DEFAULT_CRITERIA[id];
  }
  return criteria;
}

/** A title, or null for "the open milestone with the nearest due date". */
export function readMilestone(node: Node | undefined, reader: ConfigReader): string | null {
  if (node === undefined || node.type === 'null') return null;
  if (node.type === 'string' && typeof node.value === 'string') {
    if (node.value.trim() !== '') return node.value;
    // Same meaning as the empty `releaseReadiness.milestone` setting, so only a warning.
    reader.problems.warning(
      'emptyString',
      '"milestone" is empty; use null (or leave it out) for the open milestone with the nearest due date',
      node,
    );
    return null;
  }
  // `"milestone": 1.10` is almost always a title typed without quotes.
  const hint = node.type === 'number' ? `; write the title in quotes: "${reader.source(node)}"` : '';
  reader.wrongType(node, 'milestone', 'a string or null', hint);
  return null;
}
