// EqualifyPdf.ClientApi: the HTTP front end — an Orleans client that turns each request into one grain call.
using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Auth;
using EqualifyPdf.ClientApi.Extensions;
using EqualifyPdf.Hosting.Telemetry;
using EqualifyPdf.ClientApi.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddEqualifyClientApi();
builder.AddEqualifyWebPages();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseEqualifyWebAssets();
app.UseEqualifySecurity();

app.MapDocumentsApi();
app.MapApprovalApi();
app.MapEventsApi();
app.MapJobsApi();
app.MapPiiDecisionApi();
app.MapHealthApi();
app.MapEqualifyMetrics().RequireAuthorization(AuthPolicies.Operator);
app.MapEqualifyApiDocs();
app.MapEqualifyWebPages();

app.Run();
