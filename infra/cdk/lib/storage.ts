import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface StorageProps {
  /** Days a result (and its older versions) is kept. */
  readonly resultRetentionDays: number;
}

/**
 * The blob store's two buckets and the bucket their access logs go to. Every bucket blocks public access, encrypts
 * with SSE-S3 (AES256, what `S3BlobStore` asks for on each write) and refuses plain-HTTP requests.
 */
export class Storage extends Construct {
  /** Uploads and intermediate files: expire after one day (S3's lifecycle granularity; the 24 h rule). */
  readonly tempBucket: s3.Bucket;
  /** Converted documents: versioned, expired after the retention period. */
  readonly resultsBucket: s3.Bucket;
  /** Server access logs of both buckets and the load balancer's access logs. */
  readonly logBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);

    const common: s3.BucketProps = {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    };

    this.logBucket = new s3.Bucket(this, 'AccessLogBucket', {
      ...common,
      // Load balancer access logs are written with the bucket owner's ACL-less delivery; SSE-S3 is the only
      // encryption they support.
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ id: 'expire-logs', expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.tempBucket = new s3.Bucket(this, 'TempBucket', {
      ...common,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'temp/',
      lifecycleRules: [
        { id: 'expire-temp-after-24h', expiration: Duration.days(1), abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      // Nothing in it outlives a day, so nothing is lost when the stack goes.
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.resultsBucket = new s3.Bucket(this, 'ResultsBucket', {
      ...common,
      versioned: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'results/',
      lifecycleRules: [
        {
          id: 'expire-results-after-retention',
          expiration: Duration.days(props.resultRetentionDays),
          noncurrentVersionExpiration: Duration.days(7),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
