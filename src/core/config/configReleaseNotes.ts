// The `releaseNotes` section: which labels (say `type:feature` or `kind/bug`) sort the notes into headings
// within each role. Without it the notes are grouped by role only.
import type { Node } from 'jsonc-parser';
import type { ReleaseNotesConfig } from '../model';
import { childPath, type ConfigReader } from './configReader';

export const RELEASE_NOTES_KEYS: readonly string[] = ['typeLabels'];

export function readReleaseNotes(node: Node | undefined, reader: ConfigReader): ReleaseNotesConfig {
  if (node === undefined) return { typeLabels: [] };
  if (node.type !== 'object') {
    reader.wrongType(node, 'releaseNotes', 'an object');
    return { typeLabels: [] };
  }
  const props = reader.properties(node, 'releaseNotes', RELEASE_NOTES_KEYS);
  const types = props.get('typeLabels');
  if (types === undefined) return { typeLabels: [] };
  if (types.type !== 'object') {
    reader.wrongType(types, 'releaseNotes.typeLabels', 'an object of label → heading');
    return { typeLabels: [] };
  }
  const typeLabels: { label: string; heading: string }[] = [];
  for (const property of types.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode === undefined || typeof keyNode.value !== 'string' || valueNode === undefined || reader.isBroken(valueNode)) continue;
    const label: string = keyNode.value;
    const heading = reader.string(valueNode, childPath('releaseNotes.typeLabels', label), { singleLine: true });
    if (heading === undefined || label.trim() === '') continue;
    const existing = typeLabels.findIndex((t) => t.label.toLowerCase() === label.toLowerCase());
    if (existing !== -1) typeLabels.splice(existing, 1);
    typeLabels.push({ label, heading });
  }
  return { typeLabels };
}
