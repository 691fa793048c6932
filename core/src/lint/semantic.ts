import type { AnalysisDiagnostic, ScriptAnalysis } from '../analysis';
import type { RuleContext, RuleVisitors } from './rule';

/**
 * Helpers of the semantic rules, which read the script's analysis against the project catalog.
 * Without a catalog (standalone SQL) nothing is known to be missing or mistyped: they stay quiet.
 */
export function catalogAnalysis<O, M extends string>(context: RuleContext<O, M>): ScriptAnalysis | undefined {
  return context.catalog ? context.analysis() : undefined;
}

/**
 * Visitors that report the analysis diagnostics of the given codes, each under its message id
 * (whose template shows `{{message}}`, the analysis's own one-line message).
 */
export function diagnosticRule<O, M extends string>(context: RuleContext<O, M>, messageIds: Partial<Record<AnalysisDiagnostic['code'], M>>): RuleVisitors {
  return {
    done() {
      for (const d of catalogAnalysis(context)?.diagnostics ?? []) {
        const messageId = messageIds[d.code];
        if (messageId) context.report({ messageId, data: { message: d.message }, start: d.start, end: d.end });
      }
    },
  };
}
