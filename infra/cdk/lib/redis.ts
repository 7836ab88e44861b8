import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elasticache from 'aws-cdk-lib/aws-elasticache';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acceptFinding } from './nag-suppressions';

export interface RedisProps {
  readonly vpc: ec2.IVpc;
  readonly nodeType: string;
}

/**
 * ElastiCache for Redis holding the Orleans membership table, grain state and reminders: a primary and a replica in
 * two AZs with automatic failover, TLS required, AUTH token generated into Secrets Manager, encrypted at rest.
 * Reachable only from the security groups given to {@link allowFrom}.
 */
export class Redis extends Construct {
  /** Not the default 6379, so a scan for open Redis ports does not find it by habit. */
  static readonly port = 6380;

  readonly authToken: secretsmanager.Secret;
  readonly securityGroup: ec2.SecurityGroup;
  readonly replicationGroup: elasticache.CfnReplicationGroup;

  constructor(scope: Construct, id: string, props: RedisProps) {
    super(scope, id);

    // AUTH tokens may hold 16-128 printable characters but not '@', '"' or '/': letters and digits are always safe.
    this.authToken = new secretsmanager.Secret(this, 'AuthToken', {
      description: 'AUTH token of the EqualifyPdf ElastiCache Redis',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'EqualifyPdf Redis: reachable from the silo and API tasks only',
      allowAllOutbound: false,
    });

    const subnetGroup = new elasticache.CfnSubnetGroup(this, 'SubnetGroup', {
      description: 'EqualifyPdf Redis private subnets',
      subnetIds: props.vpc.privateSubnets.map((subnet) => subnet.subnetId),
    });

    this.replicationGroup = new elasticache.CfnReplicationGroup(this, 'ReplicationGroup', {
      replicationGroupDescription: 'EqualifyPdf Orleans clustering, grain state and reminders',
      engine: 'redis',
      engineVersion: '7.1',
      cacheNodeType: props.nodeType,
      numCacheClusters: 2,
      automaticFailoverEnabled: true,
      multiAzEnabled: true,
      port: Redis.port,
      transitEncryptionEnabled: true,
      transitEncryptionMode: 'required',
      atRestEncryptionEnabled: true,
      authToken: this.authToken.secretValue.unsafeUnwrap(),
      cacheSubnetGroupName: subnetGroup.ref,
      securityGroupIds: [this.securityGroup.securityGroupId],
      snapshotRetentionLimit: 7,
      autoMinorVersionUpgrade: true,
    });
    acceptFinding(this.authToken, 'AwsSolutions-SMG4',
      'An ElastiCache AUTH token cannot be rotated by Secrets Manager alone: it needs ModifyReplicationGroup with '
      + 'AuthTokenUpdateStrategy ROTATE then SET, and a task restart to pick it up. Rotation is an operator runbook step.');
  }

  /** Host name of the primary endpoint. */
  get endpointAddress(): string {
    return this.replicationGroup.attrPrimaryEndPointAddress;
  }

  /** Opens the Redis port to one security group (and nothing else). */
  allowFrom(peer: ec2.ISecurityGroup, description: string): void {
    this.securityGroup.addIngressRule(peer, ec2.Port.tcp(Redis.port), description);
  }
}
