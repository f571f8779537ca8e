/**
 * Figures for the deploy engine, printed as medians (not asserted anywhere): `deployStack`
 * (src/aws/deploy/) against CloudFormation and S3 clients mocked with aws-sdk-client-mock,
 * for the rendered dev example, in two scenarios:
 *  - create: no stack yet; the change set takes CHANGE_SET_MS to compute, the stack
 *    CREATE_MS to create (its resources' events spread over that time);
 *  - unchanged: the stack exists and the template is the same; the change set fails
 *    with "didn't contain changes" after CHANGE_SET_MS.
 * Printed per scenario: the AWS API calls by command, and the delay between the stack (or,
 * unchanged, the change set) reaching its final state, which the fake scripts, and
 * deployStack returning.
 *
 * Time. The engine runs with its real polling schedules and jitter, on a clock whose sleeps
 * are real but scaled down: 1 real ms is SCALE ms of the clock's (virtual) time, which is the
 * time every figure below is in. The fake's state follows the same clock. Each API call takes
 * 40–120 ms of virtual time (a seeded PRNG, the same sequence every run), half before the fake
 * reads its state and half after. A real timer fires late by a fraction of a millisecond or more,
 * which the scale multiplies: the clock measures its own overshoot and the figures print it.
 * The jitter of polling is seeded per run (run i uses seed i), so runs differ as real runs
 * would, yet the whole bench gives the same sequence each time.
 *
 * Pages: DescribeStackEvents answers 100 events per page and DescribeChangeSet 100 changes
 * per page (the fake's choice; AWS documents no page size for either).
 *
 * Run: npm run bench:deploy   (BENCH_RUNS=5 and BENCH_SCALE=30 by default)
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleepReal } from 'node:timers/promises';
import {
  type Change,
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  SetStackPolicyCommand,
  type Stack,
  type StackEvent,
  type StackStatus,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { parse } from 'yaml';
import { cfError } from '../src/aws/deploy/deploy-test-fixtures.js';
import {
  type Clock,
  changeSetName,
  type DeployOutcome,
  deployStack,
  protectiveStackPolicy,
  statefulLogicalIds,
  TEMPLATE_BODY_MAX_BYTES,
  templateBytes,
  templateKey,
  templateResourceTypes,
} from '../src/aws/deploy/index.js';
import { VERSION } from '../src/cli/version.js';
import { checkEnvironment } from '../src/environment/check-environment.js';
import type { ResolvedEnvironment } from '../src/environment/resolve-environment.js';
import { renderStack } from '../src/render/render-stack.js';

const RUNS = positiveNumber(process.env.BENCH_RUNS, 5);
/** Virtual ms per real ms. */
const SCALE = positiveNumber(process.env.BENCH_SCALE, 30);
const LATENCY_MS = { min: 40, max: 120 } as const;
const CHANGE_SET_MS = 8_000;
const CREATE_MS = 15 * 60_000;
const PAGE_SIZE = 100;
const EXAMPLE = 'examples/environments/dev.json';
const ACCOUNT = '123456789012';

function positiveNumber(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** mulberry32: a small seeded PRNG in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Real sleeps, scaled down by SCALE; now() is virtual time. Records how late each sleep ended. */
class ScaledClock implements Clock {
  readonly overshootMs: number[] = [];
  private readonly realStart = performance.now();

  now(): number {
    return (performance.now() - this.realStart) * SCALE;
  }

  async sleep(ms: number): Promise<void> {
    const start = this.now();
    await sleepReal(ms / SCALE);
    this.overshootMs.push(this.now() - start - ms);
  }
}

interface Scheduled {
  readonly at: number;
  readonly apply: () => void;
}

type Scenario = 'create' | 'unchanged';

/** A CloudFormation stack and an S3 bucket whose state follows the clock. */
class FakeAws {
  status: StackStatus | undefined;
  terminationProtection = false;
  /** Virtual time at which the scripted final state is reached. */
  finalStateAt: number | undefined;
  private readonly events: StackEvent[] = [];
  private readonly scheduled: Scheduled[] = [];
  private readonly objects = new Set<string>();
  private changeSet: { id: string; readyAt: number; changes: readonly Change[]; empty: boolean } | undefined;
  private lastUpdated: Date | undefined;
  private eventCount = 0;

  constructor(
    private readonly clock: ScaledClock,
    private readonly scenario: Scenario,
    private readonly stackName: string,
    private readonly region: string,
    private readonly resources: readonly (readonly [string, string])[],
    private readonly outputs: readonly string[],
    existingTemplateKey: string | undefined,
  ) {
    if (scenario === 'unchanged') {
      this.status = 'CREATE_COMPLETE';
      this.terminationProtection = true;
      this.addEvent(stackName, 'AWS::CloudFormation::Stack', 'CREATE_COMPLETE');
    }
    if (existingTemplateKey !== undefined) this.objects.add(existingTemplateKey);
  }

  get stackId(): string {
    return `arn:aws:cloudformation:${this.region}:${ACCOUNT}:stack/${this.stackName}/bench`;
  }

  private advance(): void {
    const now = this.clock.now();
    this.scheduled.sort((a, b) => a.at - b.at);
    while (this.scheduled[0] !== undefined && this.scheduled[0].at <= now) this.scheduled.shift()?.apply();
  }

  private at(at: number, apply: () => void): void {
    this.scheduled.push({ at, apply });
  }

  private addEvent(logicalId: string, type: string, status: string, at = this.clock.now()): void {
    this.eventCount += 1;
    this.events.push({
      StackId: this.stackId,
      StackName: this.stackName,
      EventId: `event-${this.eventCount}`,
      LogicalResourceId: logicalId,
      ResourceType: type,
      ResourceStatus: status as NonNullable<StackEvent['ResourceStatus']>,
      Timestamp: new Date(at),
    });
  }

  private setStatus(status: StackStatus, at: number): void {
    this.status = status;
    this.addEvent(this.stackName, 'AWS::CloudFormation::Stack', status, at);
  }

  private describe(): Stack {
    if (this.status === undefined)
      throw cfError('ValidationError', 400, `Stack with id ${this.stackName} does not exist`);
    const complete = this.status === 'CREATE_COMPLETE';
    return {
      StackId: this.stackId,
      StackName: this.stackName,
      StackStatus: this.status,
      CreationTime: new Date(0),
      EnableTerminationProtection: this.terminationProtection,
      ...(this.lastUpdated === undefined ? {} : { LastUpdatedTime: this.lastUpdated }),
      Outputs: complete
        ? this.outputs.map((key) => ({ OutputKey: key, OutputValue: `bench-${key.toLowerCase()}` }))
        : [],
    };
  }

  private createChangeSet(name: string): { Id: string; StackId: string } {
    const now = this.clock.now();
    if (this.status === undefined) this.setStatus('REVIEW_IN_PROGRESS', now);
    const empty = this.scenario === 'unchanged';
    const changes: Change[] = empty
      ? []
      : this.resources.map(([logicalId, type]) => ({
          Type: 'Resource',
          ResourceChange: { Action: 'Add', LogicalResourceId: logicalId, ResourceType: type },
        }));
    const id = `arn:aws:cloudformation:${this.region}:${ACCOUNT}:changeSet/${name}/bench`;
    this.changeSet = { id, readyAt: now + CHANGE_SET_MS, changes, empty };
    if (empty) this.finalStateAt = now + CHANGE_SET_MS;
    return { Id: id, StackId: this.stackId };
  }

  private describeChangeSet(nextToken: string | undefined) {
    const changeSet = this.changeSet;
    if (changeSet === undefined) throw cfError('ChangeSetNotFound', 404, 'no change set');
    if (this.clock.now() < changeSet.readyAt)
      return {
        ChangeSetId: changeSet.id,
        Status: 'CREATE_IN_PROGRESS' as const,
        ExecutionStatus: 'UNAVAILABLE' as const,
      };
    if (changeSet.empty)
      return {
        ChangeSetId: changeSet.id,
        Status: 'FAILED' as const,
        ExecutionStatus: 'UNAVAILABLE' as const,
        StatusReason:
          "The submitted information didn't contain changes. Submit different information to create a change set.",
      };
    const start = nextToken === undefined ? 0 : Number(nextToken);
    const end = start + PAGE_SIZE;
    return {
      ChangeSetId: changeSet.id,
      Status: 'CREATE_COMPLETE' as const,
      ExecutionStatus: 'AVAILABLE' as const,
      Changes: changeSet.changes.slice(start, end),
      ...(end < changeSet.changes.length ? { NextToken: String(end) } : {}),
    };
  }

  /** The create: resources start over the first half and each takes a quarter of the time. */
  private execute(): void {
    const start = this.clock.now();
    this.at(start + 1_000, () => {
      this.lastUpdated = new Date(start + 1_000);
      this.setStatus('CREATE_IN_PROGRESS', start + 1_000);
    });
    const count = this.resources.length;
    this.resources.forEach(([logicalId, type], index) => {
      const begin = start + 2_000 + (index / count) * 0.5 * CREATE_MS;
      const end = Math.min(begin + 0.25 * CREATE_MS, start + CREATE_MS - 5_000);
      this.at(begin, () => this.addEvent(logicalId, type, 'CREATE_IN_PROGRESS', begin));
      this.at(end, () => this.addEvent(logicalId, type, 'CREATE_COMPLETE', end));
    });
    this.finalStateAt = start + CREATE_MS;
    this.at(start + CREATE_MS, () => this.setStatus('CREATE_COMPLETE', start + CREATE_MS));
  }

  private eventsPage(nextToken: string | undefined) {
    const newestFirst = [...this.events].reverse();
    const start = nextToken === undefined ? 0 : Number(nextToken);
    const end = start + PAGE_SIZE;
    return {
      StackEvents: newestFirst.slice(start, end),
      ...(end < newestFirst.length ? { NextToken: String(end) } : {}),
    };
  }

  /** Every call: half its latency, the state at that moment, the other half. */
  private async call<T>(latency: () => number, answer: () => T): Promise<T> {
    const total = LATENCY_MS.min + (LATENCY_MS.max - LATENCY_MS.min) * latency();
    await this.clock.sleep(total / 2);
    this.advance();
    const result = answer();
    await this.clock.sleep(total / 2);
    return result;
  }

  install(cf: AwsClientStub<CloudFormationClient>, s3: AwsClientStub<S3Client>): void {
    const latency = seeded(0xc10d);
    cf.on(DescribeStacksCommand).callsFake(() => this.call(latency, () => ({ Stacks: [this.describe()] })));
    cf.on(DescribeStackEventsCommand).callsFake((input: { NextToken?: string }) =>
      this.call(latency, () => this.eventsPage(input.NextToken)),
    );
    cf.on(CreateChangeSetCommand).callsFake((input: { ChangeSetName: string }) =>
      this.call(latency, () => this.createChangeSet(input.ChangeSetName)),
    );
    cf.on(DescribeChangeSetCommand).callsFake((input: { NextToken?: string }) =>
      this.call(latency, () => this.describeChangeSet(input.NextToken)),
    );
    cf.on(ExecuteChangeSetCommand).callsFake(() =>
      this.call(latency, () => {
        this.execute();
        return {};
      }),
    );
    cf.on(DeleteChangeSetCommand).callsFake(() => this.call(latency, () => ({})));
    cf.on(SetStackPolicyCommand).callsFake(() => this.call(latency, () => ({})));
    cf.on(UpdateTerminationProtectionCommand).callsFake((input: { EnableTerminationProtection: boolean }) =>
      this.call(latency, () => {
        this.terminationProtection = input.EnableTerminationProtection;
        return {};
      }),
    );
    s3.on(HeadObjectCommand).callsFake((input: { Key: string }) =>
      this.call(latency, () => {
        if (this.objects.has(input.Key)) return {};
        throw new S3ServiceException({
          name: 'NotFound',
          $fault: 'client',
          $metadata: { httpStatusCode: 404 },
          message: 'Not Found',
        });
      }),
    );
    s3.on(PutObjectCommand).callsFake((input: { Key: string }) =>
      this.call(latency, () => {
        this.objects.add(input.Key);
        return {};
      }),
    );
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function commandName(call: { readonly args: readonly unknown[] }): string {
  const command = call.args[0];
  const name = typeof command === 'object' && command !== null ? command.constructor.name : String(command);
  return name.replace(/Command$/, '');
}

// The dev example, rendered as the deploy action renders it.
const checked = checkEnvironment(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE }).environment;
if (!checked) throw new Error(`${EXAMPLE} is not valid`);
const environment: ResolvedEnvironment = checked;
const rendered = renderStack(environment, VERSION);
const templateBody = rendered.text;
const types = templateResourceTypes(templateBody);
const resources = Object.entries(types);
const parsed: unknown = parse(templateBody);
const outputKeys =
  typeof parsed === 'object' && parsed !== null && 'Outputs' in parsed && typeof parsed.Outputs === 'object'
    ? Object.keys(parsed.Outputs ?? {})
    : [];
const stackPolicy = protectiveStackPolicy(statefulLogicalIds(types));
const bytes = templateBytes(templateBody);
const region = environment.region;

const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);
const cloudFormation = new CloudFormationClient({ region, maxAttempts: 1 });
const s3 = new S3Client({ region, maxAttempts: 1 });

interface RunResult {
  readonly outcome: DeployOutcome;
  readonly calls: ReadonlyMap<string, number>;
  readonly delayMs: number;
  readonly totalMs: number;
  readonly overshootMs: readonly number[];
}

async function runOnce(scenario: Scenario, run: number, uploadedKey: string | undefined): Promise<RunResult> {
  cfMock.reset();
  s3Mock.reset();
  const clock = new ScaledClock();
  const fake = new FakeAws(
    clock,
    scenario,
    environment.stackName,
    region,
    resources,
    outputKeys,
    uploadedKey,
  );
  fake.install(cfMock, s3Mock);
  const outcome = await deployStack({
    stackName: environment.stackName,
    region,
    templateBody,
    tags: Object.entries(environment.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
    changeSetName: changeSetName(environment.name, `bench-${run}`),
    execute: true,
    allowReplacement: [],
    recreateFailedStack: false,
    waitForInProgress: false,
    continueUpdateRollback: false,
    terminationProtection: true,
    stackPolicy,
    artifactBucket: 'dify-aws-kit-artifacts-bench',
    clients: { cloudFormation, s3 },
    clock,
    random: seeded(run + 1),
    log: () => {},
    timeoutMs: 60 * 60_000,
  });
  const returnedAt = clock.now();
  if (fake.finalStateAt === undefined) throw new Error(`${scenario}: the fake never reached its final state`);
  const calls = new Map<string, number>();
  for (const call of [...cfMock.calls(), ...s3Mock.calls()]) {
    const name = commandName(call);
    calls.set(name, (calls.get(name) ?? 0) + 1);
  }
  return {
    outcome,
    calls,
    delayMs: returnedAt - fake.finalStateAt,
    totalMs: returnedAt,
    overshootMs: clock.overshootMs,
  };
}

function report(scenario: Scenario, results: readonly RunResult[]): void {
  const statuses = [...new Set(results.map((result) => result.outcome.status))].join(', ');
  const names = [...new Set(results.flatMap((result) => [...result.calls.keys()]))];
  const perCommand = names
    .map((name) => `${name} ${median(results.map((result) => result.calls.get(name) ?? 0))}`)
    .join(', ');
  const totals = results.map((result) => [...result.calls.values()].reduce((sum, count) => sum + count, 0));
  const delays = results.map((result) => result.delayMs);
  console.log(`${scenario} (${results.length} runs): outcome ${statuses}`);
  console.log(
    `  API calls per run (median): ${median(totals)} in all (min ${Math.min(...totals)}, max ${Math.max(...totals)}): ${perCommand}`,
  );
  console.log(
    `  final state → deployStack returned: median ${seconds(median(delays))} (min ${seconds(Math.min(...delays))}, max ${seconds(Math.max(...delays))}); whole deploy median ${seconds(median(results.map((result) => result.totalMs)))}`,
  );
}

console.log(`node ${process.version}`);
console.log(
  `${EXAMPLE}: ${resources.length} resources, ${bytes} bytes (${bytes > TEMPLATE_BODY_MAX_BYTES ? 'over' : 'within'} the ${TEMPLATE_BODY_MAX_BYTES}-byte inline limit)`,
);
console.log(
  `time is virtual: 1 real ms = ${SCALE} ms; each API call ${LATENCY_MS.min}-${LATENCY_MS.max} ms; change set computed in ${seconds(CHANGE_SET_MS)}, stack created in ${CREATE_MS / 60_000} min`,
);

const allOvershoots: number[] = [];
let uploadedKey: string | undefined;
for (const scenario of ['create', 'unchanged'] as const) {
  const results: RunResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await runOnce(scenario, run, scenario === 'unchanged' ? uploadedKey : undefined);
    results.push(result);
    allOvershoots.push(...result.overshootMs);
  }
  if (scenario === 'create')
    uploadedKey =
      results[0]?.outcome.status === 'deployed'
        ? templateKey(environment.stackName, templateBody)
        : undefined;
  report(scenario, results);
}
console.log(
  `timer overshoot (real timers, scaled): median ${median(allOvershoots).toFixed(0)} ms, mean ${(allOvershoots.reduce((sum, ms) => sum + ms, 0) / Math.max(1, allOvershoots.length)).toFixed(0)} ms of virtual time per sleep, over ${allOvershoots.length} sleeps (included in the delays above)`,
);
