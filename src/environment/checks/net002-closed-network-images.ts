import type { PolicyCheck } from './policy-check.js';

export const closedNetworkImages: PolicyCheck = {
  id: 'NET002',
  title: 'A closed network pulls its images from ECR',
  severity: 'error',
  check({ environment }) {
    const { images } = environment.dify;
    if (environment.network.egress !== 'none' || images.source === 'ecr') return [];
    return [
      {
        pointer: '/dify/images/source',
        message: 'images come from Docker Hub, which a closed network (egress "none") cannot reach',
        hint: `Set dify.images.source to "ecr" and copy the images into ECR under ${images.ecrRepositoryPrefix}/ in ${environment.region}, or give the network internet egress.`,
      },
    ];
  },
};
