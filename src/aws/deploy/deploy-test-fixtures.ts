import {
  type Change,
  type CloudFormationClient,
  CloudFormationServiceException,
  ContinueUpdateRollbackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeEventsCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type OperationEvent,
  SetStackPolicyCommand,
  type Stack,
  type StackEvent,
  type StackStatus,
  UpdateTerminationProtectionCommand,
} from '@aws-sdk/client-cloudformation';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import type { Clock } from './waiting.js';

/** Test support for the deploy engine: a fake clock and a scripted CloudFormation behind aws-sdk-client-mock. */

export const STACK = 'dify-prod';
export const REGION = 'eu-west-1';
export const START = Date.parse('2026-05-01T10:00:00.000Z');

export function stackIdOf(generation: number): string {
  return `arn:aws:cloudformation:${REGION}:123456789012:stack/${STACK}/gen-${generation}`;
}

/** A clock that moves only when the code sleeps. */
export function fakeClock(): Clock & { readonly sleeps: number[] } {
  let now = START;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

export function cfError(
  code: string,
  httpStatusCode: number,
  message: string,
): CloudFormationServiceException {
  return new CloudFormationServiceException({
    name: code,
    $fault: httpStatusCode >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode },
    message,
  });
}

/** A resource event before the fake gives it an id, a time and the stack. */
export type ScriptedEvent = Pick<StackEvent, 'LogicalResourceId' | 'ResourceType' | 'ResourceStatus'> & {
  readonly ResourceStatusReason?: string;
};

export function resourceEvent(
  logicalId: string,
  status: NonNullable<StackEvent['ResourceStatus']>,
  reason?: string,
): ScriptedEvent {
  const event: ScriptedEvent = {
    LogicalResourceId: logicalId,
    ResourceType: 'AWS::X::Y',
    ResourceStatus: status,
  };
  return reason === undefined ? event : { ...event, ResourceStatusReason: reason };
}

/** At `afterMs` after the call that starts it: these resource events, then the stack's new status (and its event). */
export interface Step {
  readonly afterMs: number;
  readonly events?: readonly ScriptedEvent[];
  readonly status?: StackStatus | 'gone';
  readonly statusReason?: string;
}

export interface ChangeSetScript {
  readonly status: 'CREATE_COMPLETE' | 'FAILED';
  readonly statusReason?: string;
  readonly changes?: readonly Change[];
  /** How long CloudFormation takes to compute it. Default 3 s. */
  readonly readyAfterMs?: number;
  /** What DescribeEvents lists for it with FailedEvents (early validation). Default none. */
  readonly failedEvents?: readonly OperationEvent[];
}

export interface CloudFormationScript {
  /** The stack before the deploy: undefined for none. */
  readonly initial?: StackStatus;
  /** What the stack does on its own from the start (another operation finishing). */
  readonly meanwhile?: readonly Step[];
  /** One per CreateChangeSet, in order. */
  readonly changeSets?: readonly ChangeSetScript[];
  readonly onExecute?: readonly Step[];
  readonly onDelete?: readonly Step[];
  readonly onContinueRollback?: readonly Step[];
  readonly outputs?: Readonly<Record<string, string>>;
  /** DescribeStackEvents page size. Default 100. */
  readonly pageSize?: number;
}

/**
 * A stack that changes with the fake clock: each scripted call starts a timeline,
 * and every read first applies the steps whose time has come.
 */
export class FakeCloudFormation {
  status: StackStatus | 'gone' | undefined;
  generation = 1;
  readonly events: StackEvent[] = [];
  terminationProtection = false;
  lastUpdated: Date | undefined;
  private timeline: { start: number; steps: Step[] } | undefined;
  private changeSetScripts: ChangeSetScript[];
  private changeSet: { script: ChangeSetScript; createdAt: number; id: string } | undefined;
  private eventCount = 0;
  private changeSetCount = 0;

  constructor(
    private readonly clock: Clock,
    private readonly script: CloudFormationScript,
  ) {
    this.status = script.initial;
    this.changeSetScripts = [...(script.changeSets ?? [])];
    if (script.initial !== undefined) this.addStackEvent(script.initial);
    if (script.meanwhile !== undefined) this.play(script.meanwhile);
  }

  get stackId(): string {
    return stackIdOf(this.generation);
  }

  play(steps: readonly Step[]): void {
    this.timeline = { start: this.clock.now(), steps: [...steps] };
  }

  advance(): void {
    const timeline = this.timeline;
    if (timeline === undefined) return;
    while (timeline.steps.length > 0) {
      const step = timeline.steps[0];
      if (step === undefined || timeline.start + step.afterMs > this.clock.now()) return;
      timeline.steps.shift();
      for (const event of step.events ?? []) this.addEvent(event);
      if (step.status !== undefined) {
        this.status = step.status;
        if (step.status === 'UPDATE_IN_PROGRESS') this.lastUpdated = new Date(this.clock.now());
        if (step.status !== 'gone') this.addStackEvent(step.status, step.statusReason);
      }
    }
  }

  private addStackEvent(status: StackStatus, reason?: string): void {
    const event: ScriptedEvent = {
      LogicalResourceId: STACK,
      ResourceType: 'AWS::CloudFormation::Stack',
      ResourceStatus: status as NonNullable<StackEvent['ResourceStatus']>,
    };
    this.addEvent(reason === undefined ? event : { ...event, ResourceStatusReason: reason });
  }

  private addEvent(event: ScriptedEvent): void {
    this.eventCount += 1;
    this.events.push({
      ...event,
      StackId: this.stackId,
      StackName: STACK,
      EventId: `event-${this.eventCount}`,
      Timestamp: new Date(this.clock.now() + this.eventCount),
    });
  }

  describe(stackName: string): Stack {
    this.advance();
    const byId = stackName.startsWith('arn:');
    if (this.status === undefined || (this.status === 'gone' && !byId))
      throw cfError('ValidationError', 400, `Stack with id ${stackName} does not exist`);
    const status: StackStatus = this.status === 'gone' ? 'DELETE_COMPLETE' : this.status;
    return {
      StackId: this.stackId,
      // The name asked for: the CLI and action tests deploy other environments than STACK.
      StackName: byId ? STACK : stackName,
      StackStatus: status,
      CreationTime: new Date(START),
      EnableTerminationProtection: this.terminationProtection,
      ...(this.lastUpdated === undefined ? {} : { LastUpdatedTime: this.lastUpdated }),
      Outputs: Object.entries(this.script.outputs ?? {}).map(([OutputKey, OutputValue]) => ({
        OutputKey,
        OutputValue,
      })),
    };
  }

  /** Installs the fake as the behaviour of every command the engine sends. */
  install(cfMock: AwsClientStub<CloudFormationClient>): void {
    const pageSize = this.script.pageSize ?? 100;
    cfMock.on(DescribeStacksCommand).callsFake((input: { StackName: string }) => ({
      Stacks: [this.describe(input.StackName)],
    }));
    cfMock.on(DescribeStackEventsCommand).callsFake((input: { NextToken?: string }) => {
      this.advance();
      const newestFirst = [...this.events].reverse();
      const start = input.NextToken === undefined ? 0 : Number(input.NextToken);
      const end = start + pageSize;
      return {
        StackEvents: newestFirst.slice(start, end),
        ...(end < newestFirst.length ? { NextToken: String(end) } : {}),
      };
    });
    cfMock.on(CreateChangeSetCommand).callsFake((input: { ChangeSetName: string; ChangeSetType: string }) => {
      this.advance();
      const script = this.changeSetScripts.shift();
      if (script === undefined) throw new Error('the test scripted no more change sets');
      if (input.ChangeSetType === 'CREATE' && (this.status === undefined || this.status === 'gone')) {
        if (this.status === 'gone') this.generation += 1;
        this.status = 'REVIEW_IN_PROGRESS';
        this.addStackEvent('REVIEW_IN_PROGRESS', 'User Initiated');
      }
      // Each change set CloudFormation creates has an id of its own, even under a name used before.
      this.changeSetCount += 1;
      const id = `arn:aws:cloudformation:${REGION}:123456789012:changeSet/${input.ChangeSetName}/${this.changeSetCount}`;
      this.changeSet = { script, createdAt: this.clock.now(), id };
      return { Id: id, StackId: this.stackId };
    });
    cfMock
      .on(DescribeChangeSetCommand)
      .callsFake((input: { IncludePropertyValues?: boolean; NextToken?: string }) => {
        const changeSet = this.changeSet;
        if (changeSet === undefined) throw cfError('ChangeSetNotFound', 404, 'no change set');
        const { script, createdAt, id } = changeSet;
        if (this.clock.now() - createdAt < (script.readyAfterMs ?? 3_000))
          return { ChangeSetId: id, Status: 'CREATE_IN_PROGRESS', ExecutionStatus: 'UNAVAILABLE' };
        const changes = script.changes ?? [];
        const start = input.NextToken === undefined ? 0 : Number(input.NextToken);
        const end = start + 2;
        return {
          ChangeSetId: id,
          Status: script.status,
          ExecutionStatus: script.status === 'FAILED' ? 'UNAVAILABLE' : 'AVAILABLE',
          ...(script.statusReason === undefined ? {} : { StatusReason: script.statusReason }),
          Changes: changes.slice(start, end),
          ...(end < changes.length ? { NextToken: String(end) } : {}),
        };
      });
    cfMock.on(DescribeEventsCommand).callsFake((input: { ChangeSetName?: string }) => {
      const changeSet = this.changeSet;
      if (changeSet === undefined || input.ChangeSetName !== changeSet.id)
        throw cfError('ChangeSetNotFound', 404, `ChangeSet [${input.ChangeSetName}] does not exist`);
      return { OperationEvents: [...(changeSet.script.failedEvents ?? [])] };
    });
    cfMock.on(ExecuteChangeSetCommand).callsFake(() => {
      this.play(this.script.onExecute ?? []);
      return {};
    });
    cfMock.on(DeleteStackCommand).callsFake(() => {
      this.play(this.script.onDelete ?? []);
      return {};
    });
    cfMock.on(ContinueUpdateRollbackCommand).callsFake(() => {
      this.play(this.script.onContinueRollback ?? []);
      return {};
    });
    cfMock
      .on(UpdateTerminationProtectionCommand)
      .callsFake((input: { EnableTerminationProtection: boolean }) => {
        this.terminationProtection = input.EnableTerminationProtection;
        return {};
      });
    cfMock.on(DeleteChangeSetCommand).resolves({});
    cfMock.on(SetStackPolicyCommand).resolves({});
  }
}

/** The names of the commands a mock received, in order. */
export function commandNames(mock: { calls(): readonly { args: readonly unknown[] }[] }): string[] {
  return mock.calls().map((call) => {
    const command = call.args[0];
    return typeof command === 'object' && command !== null ? command.constructor.name : String(command);
  });
}

/** A change set that only scales the API service. */
export const serviceModified: Change[] = [
  {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: 'ApiService',
      ResourceType: 'AWS::ECS::Service',
      Replacement: 'False',
      Details: [{ Target: { Attribute: 'Properties', Name: 'DesiredCount', RequiresRecreation: 'Never' } }],
    },
  },
];

/** A change set that replaces the database cluster (its subnet group changed), snapshotting the old one. */
export const databaseReplaced: Change[] = [
  {
    Type: 'Resource',
    ResourceChange: {
      Action: 'Modify',
      LogicalResourceId: 'DatabaseCluster',
      ResourceType: 'AWS::RDS::DBCluster',
      Replacement: 'True',
      PolicyAction: 'ReplaceAndSnapshot',
      Details: [
        {
          Target: { Attribute: 'Properties', Name: 'DBSubnetGroupName', RequiresRecreation: 'Always' },
          CausingEntity: 'DatabaseSubnetGroup',
        },
      ],
    },
  },
];

/** CloudFormation's StatusReason for a change set refused by early validation. */
export const EARLY_VALIDATION_REASON =
  'The following hook(s)/validation failed: [AWS::EarlyValidation::PropertyValidation, AWS::EarlyValidation::ResourceExistenceCheck]. To troubleshoot Early Validation errors, use the DescribeEvents API for detailed failure information.';

/** What DescribeEvents lists for such a change set: one property refused, one bucket name taken. */
export const earlyValidationEvents: OperationEvent[] = [
  {
    EventId: 'validation-1',
    EventType: 'VALIDATION_ERROR',
    OperationType: 'CREATE_CHANGESET',
    LogicalResourceId: 'DatabaseCluster',
    ResourceType: 'AWS::RDS::DBCluster',
    ValidationName: 'AWS::EarlyValidation::PropertyValidation',
    ValidationStatus: 'FAILED',
    ValidationStatusReason: "#/EngineVersion: 99.9 is not a valid value for 'aurora-postgresql'",
    ValidationPath: '/Resources/DatabaseCluster/Properties/EngineVersion',
  },
  {
    EventId: 'validation-2',
    EventType: 'VALIDATION_ERROR',
    OperationType: 'CREATE_CHANGESET',
    LogicalResourceId: 'StorageBucket',
    ResourceType: 'AWS::S3::Bucket',
    ValidationName: 'AWS::EarlyValidation::ResourceExistenceCheck',
    ValidationStatus: 'FAILED',
    ValidationStatusReason:
      "Resource of type 'AWS::S3::Bucket' with identifier 'dify-prod-files' already exists.",
  },
];
