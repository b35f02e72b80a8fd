/** How `doctable check` prints its verdicts: a readable summary, GitHub workflow annotations, or JSON. */
import { PROBLEM_KIND_LABELS, type CheckHealth, type CheckReport, type FileCheck } from './types.js';

/** "181 of 181 events ok · 3 problems · 1 untranslated · 2 fuzzy": the health line of one file. */
export function healthLine(health: CheckHealth): string {
  const parts: string[] = [];
  if (health.eventsChecked > 0) parts.push(`${health.eventsOk} of ${health.eventsChecked} events ok`);
  if (health.versionChanges > 0) parts.push(`${health.versionChanges} version change${health.versionChanges === 1 ? '' : 's'}`);
  parts.push(health.problems === 0 ? 'no problems' : `${health.problems} problem${health.problems === 1 ? '' : 's'}`);
  if (health.untranslated !== null) parts.push(`${health.untranslated} untranslated`);
  if (health.fuzzy !== null) parts.push(`${health.fuzzy} fuzzy`);
  return parts.join(' · ');
}

export function formatText(checks: readonly FileCheck[]): string {
  const out: string[] = [];
  for (const check of checks) {
    const who = [check.locale, check.version].filter(Boolean).join(' ');
    out.push(`${check.path}${who ? ` (${who})` : ''}`);
    out.push(`  against  ${check.against}`);
    out.push(`  health   ${healthLine(check.health)}`);
    for (const note of check.notes) out.push(`  note     ${note}`);
    for (const problem of check.problems) {
      const where = problem.line === null ? '' : `line ${problem.line}: `;
      out.push(`  ${where}${problem.kind}: ${problem.message}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions */
export function formatGithub(checks: readonly FileCheck[]): string {
  const out: string[] = [];
  for (const check of checks) {
    for (const problem of check.problems) {
      const properties = [`file=${escapeProperty(check.path)}`];
      if (problem.line !== null) properties.push(`line=${problem.line}`);
      properties.push(`title=${escapeProperty(`doctable check: ${PROBLEM_KIND_LABELS[problem.kind]}`)}`);
      out.push(`::error ${properties.join(',')}::${escapeData(problem.message)}`);
    }
    out.push(`${check.path}: ${healthLine(check.health)} (against ${check.against})`);
  }
  return `${out.join('\n')}\n`;
}

export function formatJson(checks: readonly FileCheck[]): string {
  const report: CheckReport = { files: [...checks] };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
