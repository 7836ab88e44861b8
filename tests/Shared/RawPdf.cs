using System.Text;

namespace EqualifyPdf.Testing;

/// <summary>Writes a PDF object by object, with a correct cross-reference table, so a test can build any structure.</summary>
internal sealed class RawPdf
{
    private readonly List<byte[]> objects = [];

    /// <summary>Adds an object; returns its number.</summary>
    public int Add(string body) => Add(Encoding.Latin1.GetBytes(body));

    /// <summary>Adds an object; returns its number.</summary>
    public int Add(byte[] body)
    {
        objects.Add(body);
        return objects.Count;
    }

    /// <summary>Reserves an object number to fill with <see cref="Set"/> (for references that point forward or back).</summary>
    public int Reserve() => Add([]);

    public void Set(int number, string body) => objects[number - 1] = Encoding.Latin1.GetBytes(body);

    /// <summary>Adds a stream object with <paramref name="dictionary"/> entries (without <c>/Length</c>).</summary>
    public int AddStream(string dictionary, byte[] data)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionary} /Length {data.Length} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream");
        return Add([.. head, .. data, .. tail]);
    }

    public byte[] Build(int root)
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = output.Position;
            Write(output, $"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write(output, "\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
