import { Duration, Stack } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { acceptFinding } from './nag-suppressions';
import { Redis } from './redis';
import { Storage } from './storage';

/** Orleans ports inside the silo tasks (README: `Orleans:SiloPort` / `Orleans:GatewayPort`). */
export const siloPort = 11111;
export const gatewayPort = 30000;
/** HTTP ports: the API serves clients, the silo serves `/health`, `/metrics` and the dashboard. */
export const apiHttpPort = 8080;
export const siloHttpPort = 8081;

/**
 * Configuration both hosts share, as environment variables (`Section__Key`). The Redis connection string is put
 * together by the image's entrypoint from `REDIS_ENDPOINT` and the `REDIS_AUTH_TOKEN` secret, so the token never
 * appears in the task definition.
 */
export function sharedEnvironment(storage: Storage, redis: Redis): Record<string, string> {
  return {
    Orleans__ClusterId: 'equalifypdf',
    Orleans__ServiceId: 'equalifypdf',
    BlobStorage__Provider: 's3',
    BlobStorage__S3__TempBucket: storage.tempBucket.bucketName,
    BlobStorage__S3__ResultsBucket: storage.resultsBucket.bucketName,
    BlobStorage__S3__Region: Stack.of(storage).region,
    REDIS_ENDPOINT: `${redis.endpointAddress}:${Redis.port}`,
  };
}

/** The Redis AUTH token, injected by ECS from Secrets Manager (the execution role gets read access to it alone). */
export function sharedSecrets(redis: Redis): Record<string, ecs.Secret> {
  return { REDIS_AUTH_TOKEN: ecs.Secret.fromSecretsManager(redis.authToken) };
}

/** A container health check with the curl the images install (no bash `/dev/tcp` tricks under dash). */
export function httpHealthCheck(port: number): ecs.HealthCheck {
  return {
    command: ['CMD', 'curl', '-fsS', '-o', '/dev/null', `http://127.0.0.1:${port}/health`],
    interval: Duration.seconds(15),
    timeout: Duration.seconds(5),
    retries: 4,
    startPeriod: Duration.seconds(60),
  };
}

/** The findings every task definition of this app shares, with why they are accepted. */
export function acceptTaskDefinitionFindings(taskDefinition: ecs.TaskDefinition): void {
  acceptFinding(taskDefinition, 'AwsSolutions-ECS2',
    'The plain environment holds only non-secret settings (bucket names, region, ports, model ids) that change with '
    + 'the stack; the one secret, the Redis AUTH token, is injected from Secrets Manager.');
  acceptFinding(taskDefinition.obtainExecutionRole(), 'AwsSolutions-IAM5[Resource::*]',
    'ecr:GetAuthorizationToken, which the execution role needs to pull the image, does not support resource-level '
    + 'permissions; the image pull actions themselves are scoped to the one repository.');
}
