#!/usr/bin/env node
// The EqualifyPdf CDK app: one stack, checked by cdk-nag's AwsSolutions rules on every synth.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EqualifyPdfStack } from '../lib/equalifypdf-stack';
import { readSettings } from '../lib/settings';

const app = new App();
const settings = readSettings(app.node);
new EqualifyPdfStack(app, 'EqualifyPdf', {
  // A fixed region (and optional account) from context: synthesis makes no AWS lookups.
  env: { region: settings.region, account: settings.account },
  settings,
  description: 'EqualifyPdf: Orleans silos and HTTP API on ECS Fargate, ElastiCache Redis, S3 blob store',
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
