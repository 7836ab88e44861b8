import { CfnOutput, Stack, StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ApiService } from './api-service';
import { Network } from './network';
import { Redis } from './redis';
import { EqualifySettings } from './settings';
import { SiloService } from './silo-service';
import { Storage } from './storage';

export interface EqualifyPdfStackProps extends StackProps {
  readonly settings: EqualifySettings;
}

/** The production shape on AWS: silos and API on ECS Fargate, ElastiCache Redis, the two S3 buckets. */
export class EqualifyPdfStack extends Stack {
  constructor(scope: Construct, id: string, props: EqualifyPdfStackProps) {
    super(scope, id, props);
    const { settings } = props;
    const logRetention = settings.logRetentionDays as logs.RetentionDays;

    const network = new Network(this, 'Network', { natGateways: settings.natGateways, logRetention });
    const storage = new Storage(this, 'Storage', { resultRetentionDays: settings.resultRetentionDays });
    const redis = new Redis(this, 'Redis', { vpc: network.vpc, nodeType: settings.redisNodeType });

    const api = new ApiService(this, 'Api', { cluster: network.cluster, storage, redis, settings, logRetention });
    const publicBaseUrl = `https://${settings.publicHostName ?? api.loadBalancer.loadBalancerDnsName}`;
    const silos = new SiloService(this, 'Silos', {
      cluster: network.cluster, storage, redis, settings, publicBaseUrl, logRetention,
    });
    silos.allowGatewayFrom(api.securityGroup);

    new CfnOutput(this, 'LoadBalancerDnsName', { value: api.loadBalancer.loadBalancerDnsName });
    new CfnOutput(this, 'TempBucketName', { value: storage.tempBucket.bucketName });
    new CfnOutput(this, 'ResultsBucketName', { value: storage.resultsBucket.bucketName });
  }
}
