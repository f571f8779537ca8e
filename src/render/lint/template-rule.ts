import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import type { CloudFormationTemplate } from '../cloudformation-template.js';

/** One problem in a rendered template. */
export interface TemplateFinding {
  /** The rule that found it: a kit rule id (SEC001, REF001, LIM001) or a validator rule id (E3012). */
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  /** Where: the logical id of the resource, output, parameter or condition, when there is one. */
  readonly logicalId?: string;
  /** Path inside it, dot-separated, such as "Properties.SecurityGroupIngress.0.CidrIp". */
  readonly path?: string;
  readonly message: string;
}

export interface TemplateRuleContext {
  readonly template: CloudFormationTemplate;
  /** The rendered text, for rules about its size. */
  readonly text: string;
  /**
   * The environment it was rendered from: some rules depend on what the user asked for.
   * Absent for templates of no environment (bootstrap); those rules then hold to the strict default.
   */
  readonly environment?: ResolvedEnvironment | undefined;
}

/** A kit rule over a rendered template, with a stable id and a test that makes it fire. */
export interface TemplateRule {
  readonly id: string;
  readonly title: string;
  readonly check: (context: TemplateRuleContext) => TemplateFinding[];
}
