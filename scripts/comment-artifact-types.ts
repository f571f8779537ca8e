import { compile, type JSONSchema } from 'json-schema-to-typescript';

const BANNER = `/* Generated from schemas/preflight-comment-artifact.schema.json by \`npm run generate\`. Do not edit
 * by hand: change the schema and regenerate; a test fails when this file is stale. */`;

/** The types of the fork's comment artifact, exactly what its schema lets through. */
export async function commentArtifactTypes(schema: Record<string, unknown>): Promise<string> {
  return compile(schema as JSONSchema, 'PreflightCommentArtifact', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: false,
    format: true,
  });
}
