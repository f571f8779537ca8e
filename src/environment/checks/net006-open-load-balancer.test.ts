import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { openLoadBalancer } from './net006-open-load-balancer.js';

describe('NET006 open load balancer', () => {
  it('accepts an internet-facing load balancer limited to known ranges', () => {
    expect(openLoadBalancer.check(contextFor())).toEqual([]);
  });

  it('does not apply to an internal load balancer', () => {
    expect(
      openLoadBalancer.check(
        contextFor({ network: { loadBalancer: { scheme: 'internal', allowedCidrs: undefined } } }),
      ),
    ).toEqual([]);
    expect(
      openLoadBalancer.check(
        contextFor({ network: { loadBalancer: { scheme: 'internal', allowedCidrs: ['0.0.0.0/0'] } } }),
      ),
    ).toEqual([]);
  });

  it('warns when no allowed ranges are set', () => {
    expect(
      openLoadBalancer.check(contextFor({ network: { loadBalancer: { allowedCidrs: undefined } } })),
    ).toEqual([
      {
        pointer: '/network/loadBalancer/allowedCidrs',
        message: 'the internet-facing load balancer is open to everyone: no allowedCidrs are set',
        hint: 'List the ranges that may reach Dify (offices, VPN egress) in network.loadBalancer.allowedCidrs, or set the scheme to "internal".',
      },
    ]);
  });

  it('warns about 0.0.0.0/0 among the allowed ranges', () => {
    expect(
      openLoadBalancer.check(
        contextFor({ network: { loadBalancer: { allowedCidrs: ['203.0.113.0/24', '0.0.0.0/0'] } } }),
      ),
    ).toEqual([
      {
        pointer: '/network/loadBalancer/allowedCidrs/1',
        message: '"0.0.0.0/0" opens the internet-facing load balancer to everyone',
        hint: 'Replace it with the ranges that may reach Dify (offices, VPN egress), or keep it only for a Dify meant to be public.',
      },
    ]);
  });
});
