// EqualifyPdf.Silo: hosts the workflow grains on Redis (or an embedded Garnet), with dashboard, /health and /metrics.
using EqualifyPdf.Silo.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddEqualifySilo();

var app = builder.Build();
app.MapEqualifySiloEndpoints();

app.Run();
