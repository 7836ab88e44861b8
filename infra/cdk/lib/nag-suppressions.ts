import { CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag AwsSolutions finding on a construct (and its children), with the reason the design
 * accepts it. Every acknowledgement in the app goes through here, so `grep acceptFinding` lists them all.
 *
 * @param scope the construct the finding is reported on, or one of its parents
 * @param rule the rule with its finding, e.g. `AwsSolutions-ECS2` or `AwsSolutions-IAM5[Resource::*]`
 * @param reason why this is acceptable here; shown in the validation report
 */
export function acceptFinding(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${rule}`, reason });
}

/** How cdk-nag names an `Fn::GetAtt` of a resource's ARN in an IAM5 finding: `<LogicalId.Arn>`. */
export function arnToken(resource: IConstruct): string {
  const stack = Stack.of(resource);
  const element = resource.node.defaultChild as CfnElement;
  return `<${stack.resolve(stack.getLogicalId(element))}.Arn>`;
}
