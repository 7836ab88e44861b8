using System.Text;

namespace EqualifyPdf.Pii.Tests.Corpus;

/// <summary>Builds a document's text while recording the exact span of every labelled value written into it.</summary>
public sealed class DocumentWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<SpanLabel> _labels = [];

    public DocumentWriter Text(string text)
    {
        _text.Append(text);
        return this;
    }

    public DocumentWriter Line(string text = "")
    {
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Writes a value and labels it; a null type writes it unlabelled (a value the scanner must ignore).</summary>
    public DocumentWriter Value(string? entityType, string value)
    {
        if (entityType is not null)
        {
            _labels.Add(new SpanLabel(entityType, _text.Length, _text.Length + value.Length));
        }

        _text.Append(value);
        return this;
    }

    /// <summary>Writes a value padded to a column width, labelling only the value.</summary>
    public DocumentWriter Cell(string? entityType, string value, int width)
    {
        Value(entityType, value);
        _text.Append(' ', Math.Max(2, width - value.Length));
        return this;
    }

    public LabelledDocument Build(string name, string kind) => new(name, kind, _text.ToString(), [.. _labels]);
}
