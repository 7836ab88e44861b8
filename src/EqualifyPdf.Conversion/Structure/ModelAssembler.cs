using EqualifyPdf.Conversion.Extraction;
using EqualifyPdf.Conversion.Model;

namespace EqualifyPdf.Conversion.Structure;

/// <summary>Turns a page's finished drafts into model blocks with stable ids.</summary>
internal static class ModelAssembler
{
    public static PageModel Page(PageContent page, List<Draft> drafts)
    {
        var blocks = new List<Block>();
        foreach (var d in drafts.Where(d => !d.Absorbed))
        {
            if (d.Role is not (BlockRole.Figure or BlockRole.Table or BlockRole.TableOfContents) && string.IsNullOrWhiteSpace(d.Text))
            {
                continue;
            }

            var s = d.Source;
            blocks.Add(new Block
            {
                Id = $"p{page.Number}-b{blocks.Count + 1}",
                Role = d.Role,
                Text = d.Role is BlockRole.Figure or BlockRole.Table ? d.Caption ?? "" : d.Text,
                Page = page.Number,
                Box = new BoundingBox(Round(s.Left), Round(s.Top), Round(s.Right - s.Left), Round(s.Bottom - s.Top)),
                Confidence = Math.Round(Confidence(d), 3),
                Level = d.Role is BlockRole.Heading or BlockRole.ListItem ? d.Level : 0,
                Ordered = d.Role == BlockRole.ListItem && d.Ordered,
                ContinuesPrevious = d.ContinuesPrevious,
                Rows = d.Rows,
                Entries = d.Entries,
                Figure = d.Role == BlockRole.Figure ? Figure(d) : null,
                Links = d.Links.Count > 0 ? d.Links : null,
            });
        }

        return new PageModel(page.Number, Round(page.Width), Round(page.Height), blocks, page.TextSource);
    }

    private static FigureInfo Figure(Draft d)
    {
        var item = d.Source.Item!;
        var image = item.Image;
        var uri = image?.Bytes is { } bytes && image.MimeType is { } mime ? $"data:{mime};base64,{Convert.ToBase64String(bytes)}" : null;
        if (!string.IsNullOrWhiteSpace(item.Alt))
        {
            return new FigureInfo(item.Alt.Trim(), false, uri);
        }

        var alt = string.IsNullOrWhiteSpace(d.Caption)
            ? $"Figure on page {d.Page} (no description available)"
            : BlockClassifier.CaptionPattern().Replace(d.Caption, "").Trim() is { Length: > 0 } stripped ? stripped : d.Caption;
        return new FigureInfo(alt, true, uri);
    }

    /// <summary>OCR blocks carry Tesseract's word confidence; text-layer blocks the classifier's certainty.</summary>
    private static double Confidence(Draft d)
    {
        // A plain loop: this runs for every block of every page, and a list of all its words per call showed in profiles.
        double sum = 0;
        var count = 0;
        foreach (var line in d.Source.Lines)
        {
            foreach (var word in line.Words)
            {
                sum += word.Confidence;
                count++;
            }
        }

        return d.Confidence * (count > 0 ? sum / count : 1.0);
    }

    private static double Round(double v) => Math.Round(v, 2);
}
