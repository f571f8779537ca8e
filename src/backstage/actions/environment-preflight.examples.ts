import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Shown in Backstage's list of installed actions, and run through the handler by the examples test. */
export const examples: TemplateExample[] = [
  {
    description:
      'Render and lint the stack of the file dify:environment:create wrote, and show its monthly cost on the last page.',
    example: stringify({
      steps: [
        {
          id: 'preflight',
          action: 'dify:environment:preflight',
          name: 'Render, lint and price the stack',
          input: { filePath: '${{ steps.environment.output.filePath }}' },
        },
      ],
      output: {
        text: [{ title: 'Monthly cost estimate', content: '${{ steps.preflight.output.summary }}' }],
      },
    }),
  },
  {
    description: 'Preflight a file already in the workspace.',
    example: stringify({
      steps: [
        {
          id: 'preflight',
          action: 'dify:environment:preflight',
          name: 'Render, lint and price environments/dev.json',
          input: { filePath: 'environments/dev.json' },
        },
      ],
    }),
  },
];
