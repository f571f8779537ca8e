import { expect, it } from 'vitest';
import { diffResourceCounts } from './resource-count-diff.js';

it('lists the types whose count changes, sorted, with 0 for a missing type', () => {
  expect(
    diffResourceCounts(
      { 'AWS::EC2::Subnet': 4, 'AWS::EC2::Instance': 1, 'AWS::S3::Bucket': 1 },
      { 'AWS::EC2::Subnet': 6, 'AWS::EC2::VPCEndpoint': 3, 'AWS::S3::Bucket': 1 },
    ),
  ).toEqual([
    { type: 'AWS::EC2::Instance', before: 1, after: 0 },
    { type: 'AWS::EC2::Subnet', before: 4, after: 6 },
    { type: 'AWS::EC2::VPCEndpoint', before: 0, after: 3 },
  ]);
});
