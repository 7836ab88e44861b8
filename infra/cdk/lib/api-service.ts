import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acceptFinding } from './nag-suppressions';
import { grantObjects } from './permissions';
import { Redis } from './redis';
import { EqualifySettings } from './settings';
import { Storage } from './storage';
import { acceptTaskDefinitionFindings, apiHttpPort, httpHealthCheck, sharedEnvironment, sharedSecrets } from './task-environment';

export interface ApiServiceProps {
  readonly cluster: ecs.ICluster;
  readonly storage: Storage;
  readonly redis: Redis;
  readonly settings: EqualifySettings;
  readonly logRetention: logs.RetentionDays;
}

/**
 * The HTTP API behind an internet-facing ALB: HTTPS on 443 with the given ACM certificate (port 80 only redirects),
 * access logs to the log bucket, tasks in the private subnets reachable from the load balancer alone.
 */
export class ApiService extends Construct {
  readonly service: ecs.FargateService;
  readonly securityGroup: ec2.SecurityGroup;
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: ApiServiceProps) {
    super(scope, id);
    const { settings } = props;
    const vpc = props.cluster.vpc;

    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'LoadBalancer', {
      vpc,
      internetFacing: true,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      dropInvalidHeaderFields: true,
      // Uploads of up to 100 MB on slow links.
      idleTimeout: Duration.minutes(5),
    });
    this.loadBalancer.logAccessLogs(props.storage.logBucket, 'alb');
    acceptFinding(this.loadBalancer, 'AwsSolutions-EC23',
      'The internet-facing load balancer is the public entry point: 443 (HTTPS) and 80 (redirect to HTTPS only) must '
      + 'be open to everyone; the tasks behind it accept traffic from this load balancer alone.');

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc,
      description: 'EqualifyPdf API tasks: HTTP from the load balancer only',
    });

    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });

    const taskDefinition = new ecs.FargateTaskDefinition(this, 'Task', {
      cpu: 512,
      memoryLimitMiB: 1024,
      runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.X86_64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    });
    const repository = ecr.Repository.fromRepositoryName(this, 'Repository', settings.apiImageRepository);
    taskDefinition.addContainer('client-api', {
      image: ecs.ContainerImage.fromEcrRepository(repository, settings.imageTag),
      logging: ecs.LogDrivers.awsLogs({ logGroup: this.logGroup, streamPrefix: 'client-api' }),
      environment: {
        ...sharedEnvironment(props.storage, props.redis),
        Urls: `http://0.0.0.0:${apiHttpPort}`,
        Uploads__MaxBytes: '104857600',
        // Hashes only: the keys themselves never reach the stack. Without one the API refuses to start.
        ...Object.fromEntries(settings.apiKeys.flatMap((key, i) => [
          [`Auth__ApiKeys__${i}__Name`, key.name],
          [`Auth__ApiKeys__${i}__Role`, key.role],
          [`Auth__ApiKeys__${i}__KeySha256`, key.keySha256.toLowerCase()],
        ])),
      },
      secrets: sharedSecrets(props.redis),
      portMappings: [{ name: 'http', containerPort: apiHttpPort }],
      healthCheck: httpHealthCheck(apiHttpPort),
      stopTimeout: Duration.seconds(30),
    });

    // The API streams uploads into the temp bucket and reads results (or presigns GETs for them).
    grantObjects(taskDefinition.taskRole, props.storage.tempBucket,
      ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload']);
    grantObjects(taskDefinition.taskRole, props.storage.resultsBucket, ['s3:GetObject']);

    acceptTaskDefinitionFindings(taskDefinition);

    this.service = new ecs.FargateService(this, 'Service', {
      cluster: props.cluster,
      taskDefinition,
      desiredCount: settings.apiCount,
      securityGroups: [this.securityGroup],
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      assignPublicIp: false,
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      circuitBreaker: { rollback: true },
    });
    props.redis.allowFrom(this.securityGroup, 'Redis from the API');

    const https = this.loadBalancer.addListener('Https', {
      port: 443,
      protocol: elbv2.ApplicationProtocol.HTTPS,
      certificates: [elbv2.ListenerCertificate.fromArn(settings.certificateArn)],
      sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS,
    });
    https.addTargets('Api', {
      port: apiHttpPort,
      protocol: elbv2.ApplicationProtocol.HTTP,
      targets: [this.service],
      deregistrationDelay: Duration.seconds(30),
      healthCheck: { path: '/health', healthyHttpCodes: '200', interval: Duration.seconds(15) },
    });
    this.loadBalancer.addRedirect({
      sourcePort: 80,
      sourceProtocol: elbv2.ApplicationProtocol.HTTP,
      targetPort: 443,
      targetProtocol: elbv2.ApplicationProtocol.HTTPS,
    });
  }
}
