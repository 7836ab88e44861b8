// Measures how much the calling (silo) process grows when a 100 MB PDF is converted through the worker pool, by path
// and spooled, against the same conversion in process. Usage: dotnet run -c Release -- [size-mb]
using EqualifyPdf.Workers.Bench;

var sizeMb = args.Length > 0 && int.TryParse(args[0], out var mb) ? mb : 100;
return await MemoryBench.RunAsync(sizeMb, Console.Out);
