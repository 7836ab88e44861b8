using System.Text.Json;

namespace EqualifyPdf.Conversion.Tests.Quality.Accessibility;

/// <summary>One failed axe rule: its id (e.g. <c>heading-order</c>), impact, help text and up to five offending nodes.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, int NodeCount, IReadOnlyList<JsonElement> Nodes);
