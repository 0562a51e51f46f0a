using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace KpiDashboard.Tests.Exports;

/// <summary>What a screen reader reads from a PDF: its tags (the structure tree) and the outline.</summary>
internal static class PdfStructure
{
    /// <summary>The catalogue says the document is tagged (MarkInfo /Marked true) and has a structure tree.</summary>
    public static bool IsTagged(PdfDocument pdf)
    {
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var scanner = pdf.Structure.TokenScanner;
        return catalog.TryGet(NameToken.MarkInfo, scanner, out DictionaryToken? markInfo)
            && markInfo.TryGet(NameToken.Marked, scanner, out BooleanToken? marked) && marked.Data
            && catalog.TryGet(NameToken.StructTreeRoot, scanner, out DictionaryToken? _);
    }

    /// <summary>The text alternative of every Figure element of the structure tree, in order.</summary>
    public static IReadOnlyList<string> FigureAltTexts(PdfDocument pdf) => Elements(pdf, "Figure").Select(e => e.Alt ?? "").ToList();

    /// <summary>How many elements of a type (Table, Figure, H1...) the structure tree has.</summary>
    public static int Count(PdfDocument pdf, string type) => Elements(pdf, type).Count;

    private static List<(string Type, string? Alt)> Elements(PdfDocument pdf, string type)
    {
        var scanner = pdf.Structure.TokenScanner;
        var found = new List<(string, string?)>();
        if (pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.StructTreeRoot, scanner, out DictionaryToken? root))
        {
            Walk(root, scanner, type, found, depth: 0);
        }

        return found;
    }

    private static void Walk(DictionaryToken element, UglyToad.PdfPig.Tokenization.Scanner.IPdfTokenScanner scanner, string type, List<(string, string?)> found, int depth)
    {
        if (depth > 200)
        {
            return;
        }

        if (element.TryGet(NameToken.S, scanner, out NameToken? kind) && kind.Data == type)
        {
            var alt = element.TryGet(NameToken.Alt, scanner, out StringToken? text) ? text.Data
                : element.TryGet(NameToken.Alt, scanner, out HexToken? hex) ? hex.Data : null;
            found.Add((type, alt));
        }

        if (!element.Data.TryGetValue(NameToken.K, out var kids))
        {
            return;
        }

        var children = DirectObjectFinder.TryGet(kids, scanner, out ArrayToken? array) ? array.Data : [kids];
        foreach (var child in children)
        {
            if (DirectObjectFinder.TryGet(child, scanner, out DictionaryToken? dictionary))
            {
                Walk(dictionary, scanner, type, found, depth + 1);
            }
        }
    }
}
