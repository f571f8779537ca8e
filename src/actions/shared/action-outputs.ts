import * as core from '@actions/core';

/**
 * The outputs of an action, as its action.yml declares them: the run sets them
 * through this, so it cannot set one action.yml does not declare (a type error),
 * and test/actions/action-metadata.test.ts holds the YAML to `names`.
 */
export interface ActionOutputs<Name extends string> {
  readonly names: readonly Name[];
  set(name: Name, value: string): void;
  /** Every output at once: the type makes the caller give each one. */
  setAll(values: Readonly<Record<Name, string>>): void;
}

export function declareOutputs<const Name extends string>(names: readonly Name[]): ActionOutputs<Name> {
  const set = (name: Name, value: string) => core.setOutput(name, value);
  return {
    names,
    set,
    setAll: (values) => {
      for (const name of names) set(name, values[name]);
    },
  };
}
