// core/config/ owns the team config: reading `.release/config.json`, validating each section with positioned
// problems, the defaults, and the roles an issue belongs to. This file is its entry point.
//
// `.release/config.json` → TeamConfig. Pure (text in, result out): the file system lives in
// src/trackers/teamConfigFile.ts. Never throws: every part that is wrong is reported and replaced by its
// default, and every part that is right is kept.
//
// Accepted like VS Code's own settings.json: comments, trailing commas and a UTF-8 byte order mark, all without a
// problem (the schema declares allowComments / allowTrailingCommas so the editor agrees). Positions count from
// after the byte order mark, as VS Code's document text does.
import { parseTree, type ParseError } from 'jsonc-parser';
import { DEFAULT_CONFIG } from './defaults';
import type { TeamConfig } from '../model';
import { readChecklist } from './configChecklist';
import { ProblemList, type ConfigProblem } from './configProblems';
import { ConfigReader, kindOf } from './configReader';
import { readRoles } from './configRoles';
import { readCriteria, readLabels, readMilestone } from './configSections';
import { readReleaseNotes } from './configReleaseNotes';
import { reportSyntaxErrors } from './configSyntax';

export type { ConfigProblem, ConfigProblemCode, ConfigSeverity } from './configProblems';
export { describeConfigProblem, TEAM_CONFIG_LABEL } from './configProblems';
export { CHECKLIST_CHECKS, isChecklistCheck } from './configChecklist';
export { CRITERION_IDS, LABEL_KEYS } from './configSections';

export interface ParsedTeamConfig {
  readonly config: TeamConfig;
  /** In document order. Empty for a valid file, an empty file, or a file with only comments. */
  readonly problems: ConfigProblem[];
}

/** Larger than any plausible team config; reading it would only stall the extension host. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const TEAM_CONFIG_KEYS: readonly string[] = ['$schema', 'roles', 'labels', 'milestone', 'criteria', 'checklist', 'releaseNotes'];

export function parseTeamConfig(text: string): ParsedTeamConfig {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const problems = new ProblemList(source);
  const bytes = oversizeBytes(source);
  if (bytes !== undefined) {
    problems.error('tooLarge', tooLargeMessage(bytes), { offset: 0, length: 0 });
    return { config: copyOf(DEFAULT_CONFIG), problems: problems.sorted() };
  }
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  reportSyntaxErrors(source, errors, problems);
  const reader = new ConfigReader(source, problems, errors);
  if (root === undefined) return { config: copyOf(DEFAULT_CONFIG), problems: problems.sorted() };
  if (root.type !== 'object') {
    problems.error('notObject', `The team config must be a JSON object, found ${kindOf(root)}`, root);
    return { config: copyOf(DEFAULT_CONFIG), problems: problems.sorted() };
  }
  const props = reader.properties(root, '', TEAM_CONFIG_KEYS);
  const schema = props.get('$schema');
  if (schema !== undefined && schema.type !== 'string') {
    // Only the editor reads it, so a wrong one costs completion, not correctness.
    problems.warning('wrongType', `"$schema" must be a string, found ${kindOf(schema)}`, schema);
  }
  const roles = readRoles(props.get('roles'), reader);
  const config: TeamConfig = {
    roles,
    labels: readLabels(props.get('labels'), reader),
    milestone: readMilestone(props.get('milestone'), reader),
    criteria: readCriteria(props.get('criteria'), reader),
    checklistTemplate: readChecklist(props.get('checklist'), reader, roles),
    releaseNotes: readReleaseNotes(props.get('releaseNotes'), reader),
  };
  return { config, problems: problems.sorted() };
}

export function tooLargeMessage(bytes: number): string {
  const size = (bytes / (1024 * 1024)).toFixed(1);
  return `The team config is ${size} MB, over the 1 MB limit; it is not read and the defaults are used`;
}

/** Fresh arrays and objects, so a caller that mutates its result cannot change the shared defaults. */
function copyOf(config: TeamConfig): TeamConfig {
  return {
    roles: config.roles.map((role) => ({ ...role, labels: [...role.labels] })),
    labels: { ...config.labels },
    milestone: config.milestone,
    criteria: { ...config.criteria },
    checklistTemplate: config.checklistTemplate.map((item) => ({ ...item })),
    releaseNotes: { typeLabels: (config.releaseNotes?.typeLabels ?? []).map((t) => ({ ...t })) },
  };
}

/**
 * The UTF-8 size when it is over the limit, counted without encoding. A UTF-16 unit takes one to three bytes,
 * so most texts are decided by their length alone.
 */
function oversizeBytes(text: string): number | undefined {
  if (text.length * 3 <= MAX_CONFIG_BYTES) return undefined;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes > MAX_CONFIG_BYTES ? bytes : undefined;
}
