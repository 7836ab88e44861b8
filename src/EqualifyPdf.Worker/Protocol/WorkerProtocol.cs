using System.Text.Json;
using System.Text.Json.Serialization;
using StreamJsonRpc;

namespace EqualifyPdf.Worker.Protocol;

/// <summary>
/// How both ends frame and serialize messages: header-delimited JSON-RPC with System.Text.Json, using the settings of
/// the document model's own JSON form (web casing, enums as strings, nulls left out).
/// </summary>
public static class WorkerProtocol
{
    /// <summary>Creates the message handler for one end of the channel.</summary>
    /// <param name="sending">The stream this end writes to.</param>
    /// <param name="receiving">The stream this end reads from.</param>
    /// <returns>The handler to give to <see cref="JsonRpc"/>.</returns>
    public static IJsonRpcMessageHandler CreateHandler(Stream sending, Stream receiving)
    {
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web)
            {
                Converters = { new JsonStringEnumConverter() },
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        return new HeaderDelimitedMessageHandler(sending, receiving, formatter);
    }
}
