namespace EqualifyPdf.Infra.Tests.Images;

/// <summary>Just enough Dockerfile reading for the tests: logical lines (continuations joined) and stages.</summary>
internal static class Dockerfile
{
    /// <summary>The instructions of the file, one per logical line, comments dropped.</summary>
    public static IReadOnlyList<string> Instructions(string path)
    {
        var instructions = new List<string>();
        var current = string.Empty;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            current += line.EndsWith('\\') ? line[..^1] + " " : line;
            if (!line.EndsWith('\\'))
            {
                instructions.Add(current);
                current = string.Empty;
            }
        }

        return instructions;
    }

    /// <summary>The instructions of the last stage, from its <c>FROM</c> on: what the running image is made of.</summary>
    public static IReadOnlyList<string> FinalStage(string path)
    {
        var instructions = Instructions(path);
        var lastFrom = instructions.ToList().FindLastIndex(i => i.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase));
        return instructions.Skip(lastFrom).ToList();
    }
}
