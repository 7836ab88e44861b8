using System.Text;
using EqualifyPdf.Cli.Service;

namespace EqualifyPdf.Cli.Tests.Service;

public sealed class EventStreamReaderTests
{
    [Fact]
    public async Task ReadAll_CommentsMultiLineDataAndRetry_ParsesAsTheStandardSays()
    {
        const string stream = ": keep-alive\n"
            + "retry: 250\n\n"
            + "id: 7\nevent: status\ndata: {\"a\":1,\ndata: \"b\":2}\n\n"
            + "event: ignored-without-data\n\n"
            + "data:no-space\n\n"
            + "id: 9\r\nevent: done\r\ndata: {}\r\n\r\n"
            + "id: 10\nevent: page\ndata: {\"cut\":";
        var reader = new EventStreamReader(new MemoryStream(Encoding.UTF8.GetBytes(stream)));

        var events = new List<ServerSentEvent>();
        await foreach (var e in reader.ReadAllAsync(CancellationToken.None))
        {
            events.Add(e);
        }

        Assert.Equal(
            [
                new ServerSentEvent("7", "status", "{\"a\":1,\n\"b\":2}"),
                new ServerSentEvent("7", "message", "no-space"),
                new ServerSentEvent("9", "done", "{}"),
            ],
            events);
        Assert.Equal(TimeSpan.FromMilliseconds(250), reader.Retry);
    }
}
