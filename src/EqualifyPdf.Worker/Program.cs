// EqualifyPdf.Worker is the child process the silo's document worker pool starts: it converts and PII-scans one PDF
// at a time, answering JSON-RPC requests on its standard input and output.
using EqualifyPdf.Worker;
using EqualifyPdf.Worker.Protocol;
using StreamJsonRpc;

// Standard output carries the RPC channel: anything a library prints goes to standard error instead.
var channelOut = Console.OpenStandardOutput();
var channelIn = Console.OpenStandardInput();
Console.SetOut(Console.Error);

using var rpc = new JsonRpc(WorkerProtocol.CreateHandler(channelOut, channelIn));
rpc.AddLocalRpcTarget(new DocumentWorkerService());
rpc.StartListening();

// The silo closing the pipe (on shutdown, or because it died) ends the worker, even in the middle of a step.
try
{
    await rpc.Completion;
}
catch (Exception ex) when (ex is not OutOfMemoryException)
{
    await Console.Error.WriteLineAsync($"The RPC channel failed: {ex.GetType().Name}");
}

Environment.Exit(0);
