import { Node } from 'constructs';

/**
 * Everything the stack can be told, read from CDK context (`cdk.json`, or `-c key=value` on the command line).
 * Each default is the one `cdk.json` ships; only `certificateArn` has none, because an HTTPS listener needs a real
 * ACM certificate.
 */
/** One API key the API accepts: who holds it, its role and the hex SHA-256 of the key (never the key itself). */
export interface ApiKeySetting {
  readonly name: string;
  readonly role: 'submitter' | 'reviewer' | 'operator';
  readonly keySha256: string;
}

export interface EqualifySettings {
  /** Region the stack is synthesized for (`region`). Fixed, so synthesis never asks an AWS account anything. */
  readonly region: string;
  /** Optional account id (`account`); empty = an account-agnostic template. */
  readonly account?: string;
  /** ACM certificate of the HTTPS listener (`certificateArn`, required). */
  readonly certificateArn: string;
  /** Host name the review links point at (`publicHostName`); empty = the load balancer's DNS name. */
  readonly publicHostName?: string;
  /** Silo tasks kept running at least (`siloCount`, 3) and at most when scaling out on CPU (`siloMaxCount`, 8). */
  readonly siloCount: number;
  readonly siloMaxCount: number;
  /** HTTP API tasks behind the load balancer (`apiCount`, 2). */
  readonly apiCount: number;
  /** ECR repositories and tag of the images built from `infra/*.Dockerfile`. */
  readonly siloImageRepository: string;
  readonly apiImageRepository: string;
  readonly imageTag: string;
  /** ElastiCache node type (`redisNodeType`, cache.t4g.small); two nodes, one per AZ. */
  readonly redisNodeType: string;
  /** NAT gateways of the VPC (`natGateways`, 1; 2 for a NAT per AZ). */
  readonly natGateways: number;
  /** CloudWatch log retention in days (`logRetentionDays`, 30). */
  readonly logRetentionDays: number;
  /** Days a result stays in the results bucket (`resultRetentionDays`, 30 = `Workflow:Retention`). */
  readonly resultRetentionDays: number;
  /** Bedrock model (or inference profile) ids the silos may invoke (`llmFastModel`, `llmQualityModel`). */
  readonly llmFastModel: string;
  readonly llmQualityModel: string;
  /** Context 'apiKeys' (a JSON array of {name, role, keySha256}); the API refuses to start on ECS without one. */
  readonly apiKeys: ApiKeySetting[];
}

/** Reads and checks the settings; throws one message naming every bad or missing key. */
export function readSettings(node: Node): EqualifySettings {
  const problems: string[] = [];
  const text = (key: string, required = true): string => {
    const value = node.tryGetContext(key);
    if (value === undefined || value === null || String(value).trim() === '') {
      if (required) {
        problems.push(`context '${key}' is required`);
      }
      return '';
    }
    return String(value).trim();
  };
  const count = (key: string, min: number): number => {
    const raw = text(key);
    const value = Number(raw);
    if (raw !== '' && (!Number.isInteger(value) || value < min)) {
      problems.push(`context '${key}' must be an integer >= ${min} (got '${raw}')`);
    }
    return value;
  };

  const settings: EqualifySettings = {
    region: text('region'),
    account: text('account', false) || undefined,
    certificateArn: text('certificateArn'),
    publicHostName: text('publicHostName', false) || undefined,
    siloCount: count('siloCount', 1),
    siloMaxCount: count('siloMaxCount', 1),
    apiCount: count('apiCount', 1),
    siloImageRepository: text('siloImageRepository'),
    apiImageRepository: text('apiImageRepository'),
    imageTag: text('imageTag'),
    redisNodeType: text('redisNodeType'),
    natGateways: count('natGateways', 1),
    logRetentionDays: count('logRetentionDays', 1),
    resultRetentionDays: count('resultRetentionDays', 1),
    llmFastModel: text('llmFastModel'),
    llmQualityModel: text('llmQualityModel'),
    apiKeys: readApiKeys(node.tryGetContext('apiKeys'), problems),
  };

  if (settings.certificateArn !== '' && !/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/.+$/.test(settings.certificateArn)) {
    problems.push(`context 'certificateArn' is not an ACM certificate ARN (got '${settings.certificateArn}')`);
  }
  if (settings.siloMaxCount < settings.siloCount) {
    problems.push(`context 'siloMaxCount' (${settings.siloMaxCount}) is below 'siloCount' (${settings.siloCount})`);
  }
  if (problems.length > 0) {
    throw new Error(`EqualifyPdf stack: ${problems.join('; ')}`);
  }
  return settings;
}

function readApiKeys(raw: unknown, problems: string[]): ApiKeySetting[] {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = raw.trim() === '' ? [] : JSON.parse(raw);
    } catch {
      problems.push(`context 'apiKeys' is not JSON`);
      return [];
    }
  }
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(`context 'apiKeys' must be an array of {name, role, keySha256}`);
    return [];
  }
  return value.map((entry: Record<string, unknown>, i: number) => {
    const name = String(entry?.name ?? '').trim();
    const role = String(entry?.role ?? '');
    const keySha256 = String(entry?.keySha256 ?? '');
    if (name === '') {
      problems.push(`context 'apiKeys[${i}].name' is required`);
    }
    if (!['submitter', 'reviewer', 'operator'].includes(role)) {
      problems.push(`context 'apiKeys[${i}].role' must be submitter, reviewer or operator`);
    }
    if (!/^[0-9a-fA-F]{64}$/.test(keySha256)) {
      problems.push(`context 'apiKeys[${i}].keySha256' must be the key's SHA-256 as 64 hex digits`);
    }
    return { name, role: role as ApiKeySetting['role'], keySha256 };
  });
}
