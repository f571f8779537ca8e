import { CelEngine, type Engine, TemplateFile } from '@aws/cloudformation-validate';
import type { TemplateFinding } from './template-rule.js';

/** A rendered template handed to the validator from memory instead of a file. */
class InMemoryTemplate extends TemplateFile {
  readonly #bytes: Uint8Array;

  constructor(name: string, text: string) {
    super(name);
    this.#bytes = Buffer.from(text);
  }

  override readBytes(): Uint8Array {
    return this.#bytes;
  }
}

let engine: Engine | undefined;

/**
 * AWS's offline validator (resource schemas and cfn-lint rules). Starting
 * its engine costs about a second, so there is one per process, started on
 * first use; call releaseCloudFormationValidator() to free it early.
 */
export function validateWithCloudFormationRules(text: string): TemplateFinding[] {
  engine ??= new CelEngine();
  const report = engine.validateStandard(new InMemoryTemplate('template.yaml', text), {
    severityLevel: 'WARN',
  });
  return report.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    severity: d.severity === 'WARN' ? 'warning' : 'error',
    ...(d.entity ? { logicalId: d.entity.logicalId } : {}),
    ...(d.propertyPath ? { path: d.propertyPath } : {}),
    message: d.message,
  }));
}

export function releaseCloudFormationValidator(): void {
  engine?.free();
  engine = undefined;
}
