import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { acceptFinding, arnToken } from './nag-suppressions';

/** Object actions a task may take on one bucket; HEAD on the bucket (the health probe) needs `s3:ListBucket`. */
export function grantObjects(role: iam.IRole, bucket: s3.IBucket, actions: string[]): void {
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['s3:ListBucket'],
    resources: [bucket.bucketArn],
  }));
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions,
    resources: [bucket.arnForObjects('*')],
  }));
  acceptFinding(role, `AwsSolutions-IAM5[Resource::${arnToken(bucket)}/*]`,
    'Object keys are per job (uploads/<job>.pdf, results/<job>/...), so object actions need the bucket\'s key '
    + 'wildcard; the statement names only this bucket and only the listed actions.');
}

/** Cross-region inference profile prefixes: such an id routes to the model in any region of its geography. */
const inferenceProfilePrefix = /^(us|eu|apac|us-gov|global)\.(.+)$/;

/**
 * `bedrock:InvokeModel` (also what the Converse API checks) on exactly the configured models. A plain model id is
 * one foundation-model ARN in the stack's region; an inference profile id is the profile's ARN in this account plus
 * the foundation model it routes to, in whichever region of the geography the profile picks.
 */
export function grantBedrockModels(role: iam.IRole, modelIds: string[]): void {
  const stack = Stack.of(role);
  const resources = new Set<string>();
  for (const id of modelIds) {
    const profile = inferenceProfilePrefix.exec(id);
    if (profile === null) {
      resources.add(`arn:${stack.partition}:bedrock:${stack.region}::foundation-model/${id}`);
    } else {
      resources.add(`arn:${stack.partition}:bedrock:${stack.region}:${stack.account}:inference-profile/${id}`);
      resources.add(`arn:${stack.partition}:bedrock:*::foundation-model/${profile[2]}`);
      acceptFinding(role, `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${profile[2]}]`,
        `Inference profile ${id} routes each call to a region of its geography chosen by Bedrock, so the model `
        + 'must be allowed in every region; only this one model and only bedrock:InvokeModel.');
    }
  }
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    actions: ['bedrock:InvokeModel'],
    resources: [...resources],
  }));
}
