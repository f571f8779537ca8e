import { describe, expect, it } from 'vitest';
import { awsPriceTable, type PriceName, pricedRegions, priceLabels, regionPrices } from './aws-prices.js';
import { isKnownRegion } from './aws-regions.js';

const priceNames = Object.keys(priceLabels) as PriceName[];

describe('awsPriceTable', () => {
  it('prices at least the regions the kit is documented for, all of them real regions', () => {
    expect(pricedRegions()).toEqual([
      'us-east-1',
      'us-west-2',
      'ap-northeast-1',
      'ap-northeast-3',
      'eu-central-1',
    ]);
    for (const region of pricedRegions()) expect(isKnownRegion(region)).toBe(true);
    expect(awsPriceTable.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(awsPriceTable.currency).toBe('USD');
  });

  it('has every price of every region, as a positive number', () => {
    for (const region of pricedRegions()) {
      const prices = regionPrices(region);
      if (!prices) throw new Error(region);
      for (const name of priceNames) {
        const value = prices[name];
        const values = typeof value === 'number' ? [value] : Object.values(value);
        expect(values.length, `${region} ${name}`).toBeGreaterThan(0);
        for (const v of values) expect(v, `${region} ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it('prices the cache node types and NAT instance sizes of the examples and the schema default', () => {
    for (const region of pricedRegions()) {
      const prices = regionPrices(region);
      expect(Object.keys(prices?.cacheNodeHour ?? {})).toEqual(
        expect.arrayContaining(['cache.t4g.micro', 'cache.r7g.large']),
      );
      expect(Object.keys(prices?.ec2Hour ?? {})).toEqual(
        expect.arrayContaining(['t4g.nano', 't4g.micro', 't4g.small']),
      );
    }
  });

  it('lists each stand-in once, naming a real price and type', () => {
    for (const region of pricedRegions()) {
      const prices = regionPrices(region);
      if (!prices) throw new Error(region);
      const keys = prices.unconfirmed.map((u) => `${u.price}:${u.type ?? '*'}`);
      expect(new Set(keys).size, region).toBe(keys.length);
      for (const u of prices.unconfirmed) {
        expect(priceNames).toContain(u.price);
        expect(u.basis.length).toBeGreaterThan(0);
        if (u.type !== undefined) {
          const byType = prices[u.price];
          expect(typeof byType === 'object' && Object.hasOwn(byType, u.type), `${region} ${u.type}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('marks as stand-ins exactly the prices not confirmed for each region', () => {
    const standIns = (region: string) =>
      (regionPrices(region)?.unconfirmed ?? []).map((u) => (u.type ? `${u.price}:${u.type}` : u.price));
    expect(standIns('us-east-1')).toEqual([]);
    expect(standIns('ap-northeast-1')).toEqual(['cacheNodeHour:cache.t4g.micro', 'ec2Hour']);
    const confirmedIn = (region: string) => priceNames.filter((name) => !standIns(region).includes(name));
    expect(confirmedIn('us-west-2')).toEqual([
      'fargateVcpuHour',
      'fargateGbHour',
      'natGatewayHour',
      'publicIpv4Hour',
    ]);
    expect(confirmedIn('ap-northeast-3')).toEqual(['natGatewayHour', 'publicIpv4Hour']);
    expect(confirmedIn('eu-central-1')).toEqual([
      'fargateVcpuHour',
      'fargateGbHour',
      'natGatewayHour',
      'interfaceEndpointAzHour',
      'interfaceEndpointGb',
      'publicIpv4Hour',
    ]);
  });

  it('states the Fargate Spot discount as a fraction', () => {
    expect(awsPriceTable.fargateSpotDiscount).toBeGreaterThan(0);
    expect(awsPriceTable.fargateSpotDiscount).toBeLessThan(1);
  });

  it('answers undefined for a region it does not price, including inherited names', () => {
    expect(regionPrices('sa-east-1')).toBeUndefined();
    expect(regionPrices('toString')).toBeUndefined();
  });
});
