import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { closedNetworkImages } from './net002-closed-network-images.js';

describe('NET002 closed-network images', () => {
  it('accepts ECR images in a closed network, and Docker Hub with egress', () => {
    expect(
      closedNetworkImages.check(
        contextFor({ network: { egress: 'none' }, dify: { images: { source: 'ecr' } } }),
      ),
    ).toEqual([]);
    expect(closedNetworkImages.check(contextFor({ network: { egress: 'nat-instance' } }))).toEqual([]);
  });

  it('refuses Docker Hub images in a closed network', () => {
    expect(closedNetworkImages.check(contextFor({ network: { egress: 'none' } }))).toEqual([
      {
        pointer: '/dify/images/source',
        message: 'images come from Docker Hub, which a closed network (egress "none") cannot reach',
        hint: 'Set dify.images.source to "ecr" and copy the images into ECR under dify-mirror/ in ap-northeast-1, or give the network internet egress.',
      },
    ]);
  });
});
