namespace EqualifyPdf.Corrections.Llm.Options;

/// <summary>Settings of the AI correction step (section <c>Llm</c>). Every default is the one documented in the README.</summary>
public sealed class LlmOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Llm";

    /// <summary><c>none</c> (default: the rule-based corrector only) or <c>bedrock</c> (Claude on Amazon Bedrock).</summary>
    public string Provider { get; set; } = LlmProviders.None;

    /// <summary>AWS region of the Bedrock runtime (also the SigV4 signing region); required with <c>bedrock</c>.</summary>
    public string Region { get; set; } = "";

    /// <summary>Bedrock model id (or inference-profile id) asked first for every page and for the document pass.</summary>
    public string FastModel { get; set; } = "";

    /// <summary>Bedrock model id asked once more for a page that is still <c>LOW</c> after the fast model.</summary>
    public string QualityModel { get; set; } = "";

    /// <summary>A base URL replacing <c>https://bedrock-runtime.{Region}.amazonaws.com</c> (a VPC endpoint, or a test's fake).</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Model calls in flight at once in one silo; the rest wait.</summary>
    public int MaxConcurrentCalls { get; set; } = 8;

    /// <summary>Longest single model call; a slower answer counts as a failure.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a throttled (429, <c>ThrottlingException</c>) or unavailable (5xx) call.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the jittered exponential backoff, used when the answer has no <c>Retry-After</c>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait before a retry, whatever <c>Retry-After</c> asks.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failed calls (after their retries) with no success in <see cref="CircuitSamplingDuration"/> that open the circuit.</summary>
    public int CircuitFailureThreshold { get; set; } = 5;

    /// <summary>The window the circuit breaker counts failures in.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open circuit sends pages straight to the rule-based result.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest answer asked of the model, in tokens.</summary>
    public int MaxOutputTokens { get; set; } = 2048;

    /// <summary>Resolution of the page image sent with each page (poppler's <c>pdftoppm</c>), 72–200.</summary>
    public int PageImageDpi { get; set; } = 110;

    /// <summary>Spending limit of one job in US dollars; later pages keep the rule-based result. 0 = no limit.</summary>
    public double MaxCostPerJobUsd { get; set; } = 2.0;

    /// <summary>Price of the fast model per 1,000 input tokens (USD).</summary>
    public double FastInputPricePer1K { get; set; } = 0.001;

    /// <summary>Price of the fast model per 1,000 output tokens (USD).</summary>
    public double FastOutputPricePer1K { get; set; } = 0.005;

    /// <summary>Price of the quality model per 1,000 input tokens (USD).</summary>
    public double QualityInputPricePer1K { get; set; } = 0.003;

    /// <summary>Price of the quality model per 1,000 output tokens (USD).</summary>
    public double QualityOutputPricePer1K { get; set; } = 0.015;

    /// <summary>Longest a health answer is reused before the health check probes the model again.</summary>
    public TimeSpan HealthProbeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>True when a model is configured to be called.</summary>
    public bool Enabled => string.Equals(Provider, LlmProviders.Bedrock, StringComparison.OrdinalIgnoreCase);
}
