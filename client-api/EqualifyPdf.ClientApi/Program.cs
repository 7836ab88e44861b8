// EqualifyPdf.ClientApi: the HTTP front end — an Orleans client that turns each request into one grain call.
using EqualifyPdf.ClientApi.Apis;
using EqualifyPdf.ClientApi.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddEqualifyClientApi();
builder.AddEqualifyWebPages();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapDocumentsApi();
app.MapApprovalApi();
app.MapEventsApi();
app.MapJobsApi();
app.MapPiiDecisionApi();
app.MapHealthApi();
app.MapEqualifyWebPages();

app.Run();
