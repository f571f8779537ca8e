import environmentSchema from '../../schemas/environment.schema.json' with { type: 'json' };

/** The contract: schemas/environment.schema.json, bundled into every entry point. */
export const schema: Readonly<Record<string, unknown>> = environmentSchema;
