import nunjucks from 'nunjucks';
import { templateSources } from './template-sources.generated.js';
import { toYamlFlow } from './yaml-flow.js';

/** Serves the templates embedded at build time (templates/cloudformation/). */
class EmbeddedLoader implements nunjucks.ILoader {
  getSource(name: string): nunjucks.LoaderSource {
    const src = templateSources[name];
    if (src === undefined) throw new Error(`no template named ${name} in templates/cloudformation/`);
    return { src, path: name, noCache: false };
  }
}

let environment: nunjucks.Environment | undefined;

/**
 * The one nunjucks environment: an undefined value is an error, never an
 * empty string, and values enter the text only through the `yaml` filter.
 */
export function renderEnvironment(): nunjucks.Environment {
  if (environment) return environment;
  environment = new nunjucks.Environment(new EmbeddedLoader(), {
    autoescape: false,
    throwOnUndefined: true,
    trimBlocks: true,
    lstripBlocks: true,
  });
  environment.addFilter('yaml', toYamlFlow);
  return environment;
}
