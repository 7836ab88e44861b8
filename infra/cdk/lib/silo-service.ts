import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { grantBedrockModels, grantObjects } from './permissions';
import { Redis } from './redis';
import { EqualifySettings } from './settings';
import { Storage } from './storage';
import { acceptTaskDefinitionFindings, gatewayPort, httpHealthCheck, sharedEnvironment, sharedSecrets, siloHttpPort, siloPort } from './task-environment';

export interface SiloServiceProps {
  readonly cluster: ecs.ICluster;
  readonly storage: Storage;
  readonly redis: Redis;
  readonly settings: EqualifySettings;
  readonly publicBaseUrl: string;
  readonly logRetention: logs.RetentionDays;
}

/**
 * The Orleans silos: N Fargate tasks in the private subnets, scaled out on CPU. Each task advertises its own ENI
 * address, which the image's entrypoint reads from the ECS task metadata endpoint. Silo-to-silo traffic is open only
 * inside the service's own security group; the gateway port also to the API's group (see {@link allowGatewayFrom}).
 */
export class SiloService extends Construct {
  readonly service: ecs.FargateService;
  readonly securityGroup: ec2.SecurityGroup;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: SiloServiceProps) {
    super(scope, id);
    const { settings } = props;

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.cluster.vpc,
      description: 'EqualifyPdf silos: silo and gateway ports from this group only',
    });
    this.securityGroup.addIngressRule(this.securityGroup, ec2.Port.tcp(siloPort), 'Orleans silo-to-silo');
    this.securityGroup.addIngressRule(this.securityGroup, ec2.Port.tcp(gatewayPort), 'Orleans gateway between silos');

    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });

    const taskDefinition = new ecs.FargateTaskDefinition(this, 'Task', {
      cpu: 2048,
      memoryLimitMiB: 4096,
      runtimePlatform: { cpuArchitecture: ecs.CpuArchitecture.X86_64, operatingSystemFamily: ecs.OperatingSystemFamily.LINUX },
    });
    const repository = ecr.Repository.fromRepositoryName(this, 'Repository', settings.siloImageRepository);
    taskDefinition.addContainer('silo', {
      image: ecs.ContainerImage.fromEcrRepository(repository, settings.imageTag),
      logging: ecs.LogDrivers.awsLogs({ logGroup: this.logGroup, streamPrefix: 'silo' }),
      environment: {
        ...sharedEnvironment(props.storage, props.redis),
        // Empty: the entrypoint fills it from the task metadata endpoint (the task's own ENI address).
        Orleans__AdvertisedIP: '',
        Orleans__SiloPort: String(siloPort),
        Orleans__GatewayPort: String(gatewayPort),
        Urls: `http://0.0.0.0:${siloHttpPort}`,
        Workflow__PublicBaseUrl: props.publicBaseUrl,
        Workflow__Retention: `${settings.resultRetentionDays}.00:00:00`,
        Llm__Provider: 'bedrock',
        Llm__Region: props.cluster.stack.region,
        Llm__FastModel: settings.llmFastModel,
        Llm__QualityModel: settings.llmQualityModel,
      },
      secrets: sharedSecrets(props.redis),
      portMappings: [
        { name: 'http', containerPort: siloHttpPort },
        { name: 'silo', containerPort: siloPort },
        { name: 'gateway', containerPort: gatewayPort },
      ],
      healthCheck: httpHealthCheck(siloHttpPort),
      // SIGTERM starts the silo's graceful shutdown (it hands its grains back); give it time before SIGKILL.
      stopTimeout: Duration.seconds(60),
    });

    grantObjects(taskDefinition.taskRole, props.storage.tempBucket,
      ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload']);
    grantObjects(taskDefinition.taskRole, props.storage.resultsBucket,
      ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload']);
    grantBedrockModels(taskDefinition.taskRole, [settings.llmFastModel, settings.llmQualityModel]);

    acceptTaskDefinitionFindings(taskDefinition);

    this.service = new ecs.FargateService(this, 'Service', {
      cluster: props.cluster,
      taskDefinition,
      desiredCount: settings.siloCount,
      securityGroups: [this.securityGroup],
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      assignPublicIp: false,
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      circuitBreaker: { rollback: true },
    });
    props.redis.allowFrom(this.securityGroup, 'Redis from the silos');

    const scaling = this.service.autoScaleTaskCount({ minCapacity: settings.siloCount, maxCapacity: settings.siloMaxCount });
    scaling.scaleOnCpuUtilization('CpuScaling', {
      targetUtilizationPercent: 60,
      scaleOutCooldown: Duration.seconds(60),
      // Scaling in moves grains; do it slowly.
      scaleInCooldown: Duration.minutes(5),
    });
  }

  /** Lets an Orleans client (the API tasks) reach the silos' gateway port, and nothing else. */
  allowGatewayFrom(peer: ec2.ISecurityGroup): void {
    this.securityGroup.addIngressRule(peer, ec2.Port.tcp(gatewayPort), 'Orleans gateway from the API');
  }
}
