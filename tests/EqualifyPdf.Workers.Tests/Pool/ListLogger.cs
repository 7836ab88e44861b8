using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EqualifyPdf.Workers.Tests.Pool;

/// <summary>Keeps every log line, so a test can see what a worker printed on its way down.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue(formatter(state, exception));
}
