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

  it.each([
    [['0.0.0.0/1', '128.0.0.0/1']],
    [['128.0.0.0/1', '0.0.0.0/2', '64.0.0.0/2']],
    [['0.0.0.0/1', '128.0.0.0/2', '192.0.0.0/2']],
    // Every public range, leaving out only the private and reserved ones: still everyone.
    [
      [
        '1.0.0.0/8',
        '2.0.0.0/7',
        '4.0.0.0/6',
        '8.0.0.0/7',
        '11.0.0.0/8',
        '12.0.0.0/6',
        '16.0.0.0/4',
        '32.0.0.0/3',
        '64.0.0.0/2',
        '128.0.0.0/1',
      ],
    ],
  ])('sees through ranges that together cover the internet: %j', (allowedCidrs) => {
    expect(openLoadBalancer.check(contextFor({ network: { loadBalancer: { allowedCidrs } } }))).toEqual([
      {
        pointer: '/network/loadBalancer/allowedCidrs',
        message:
          'together, the allowed ranges cover every public IPv4 address: the internet-facing load balancer is open to everyone',
        hint: 'Replace them with the ranges that may reach Dify (offices, VPN egress), or keep them only for a Dify meant to be public.',
      },
    ]);
  });

  it('warns about ranges that admit more than a /8 of the internet', () => {
    expect(
      openLoadBalancer.check(contextFor({ network: { loadBalancer: { allowedCidrs: ['0.0.0.0/1'] } } })),
    ).toEqual([
      expect.objectContaining({
        pointer: '/network/loadBalancer/allowedCidrs',
        message: expect.stringMatching(
          /^together, the allowed ranges admit [\d,]+ public IPv4 addresses \(\d+% of the internet\)$/,
        ),
      }),
    ]);
    expect(
      openLoadBalancer.check(
        contextFor({
          network: { loadBalancer: { allowedCidrs: ['8.0.0.0/8', '203.0.113.0/24', '10.0.0.0/8'] } },
        }),
      ),
    ).toEqual([]);
  });
});
