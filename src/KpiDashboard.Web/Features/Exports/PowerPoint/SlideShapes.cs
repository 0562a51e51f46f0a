using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace KpiDashboard.Web.Features.Exports.PowerPoint;

/// <summary>The shapes of a slide and its notes page. Ids are given by the caller, unique within one slide (1 is the tree).</summary>
internal static class SlideShapes
{
    public static P.ShapeTree Tree(IEnumerable<OpenXmlElement> shapes)
    {
        var tree = new P.ShapeTree(
            new P.NonVisualGroupShapeProperties(
                new P.NonVisualDrawingProperties { Id = 1, Name = "" },
                new P.NonVisualGroupShapeDrawingProperties(),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.GroupShapeProperties(new A.TransformGroup(
                new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 },
                new A.ChildOffset { X = 0, Y = 0 }, new A.ChildExtents { Cx = 0, Cy = 0 })));
        tree.Append(shapes);
        return tree;
    }

    /// <summary>The slide's title placeholder (what screen readers and the outline read as its title).</summary>
    public static P.Shape Title(uint id, string text) => new(
        new P.NonVisualShapeProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = "Title" },
            new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
            new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.Title })),
        new P.ShapeProperties(Frame(Geometry.Margin, Geometry.TitleTop, Geometry.ContentWidth, Geometry.TitleHeight)),
        new P.TextBody(new A.BodyProperties { Anchor = A.TextAnchoringTypeValues.Bottom }, new A.ListStyle(), SlideText.Paragraph(text, 2800, bold: true)));

    public static P.Shape TextBox(uint id, string name, long x, long y, long width, long height, IEnumerable<A.Paragraph> paragraphs)
    {
        var body = new P.TextBody(new A.BodyProperties { Wrap = A.TextWrappingValues.Square, Anchor = A.TextAnchoringTypeValues.Top }, new A.ListStyle());
        body.Append(paragraphs);
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = name },
                new P.NonVisualShapeDrawingProperties { TextBox = true },
                new P.ApplicationNonVisualDrawingProperties()),
            new P.ShapeProperties(Frame(x, y, width, height), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }, new A.NoFill()),
            body);
    }

    /// <summary>The chart's picture, as large as the space under the summary allows at the picture's own proportions.</summary>
    public static P.Picture Picture(uint id, string relationship, DeckPicture picture)
    {
        var (pixelWidth, pixelHeight) = PngHeader.Size(picture.Png);
        var scale = Math.Min((double)Geometry.ContentWidth / pixelWidth, (double)Geometry.ChartHeight / pixelHeight);
        var (width, height) = ((long)(pixelWidth * scale), (long)(pixelHeight * scale));
        var x = Geometry.Margin + ((Geometry.ContentWidth - width) / 2);
        return new P.Picture(
            new P.NonVisualPictureProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = "Chart", Description = picture.AltText },
                new P.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true }),
                new P.ApplicationNonVisualDrawingProperties()),
            new P.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
            new P.ShapeProperties(Frame(x, Geometry.ChartTop, width, height), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
    }

    public static P.Shape NotesSlideImage(uint id) => new(
        new P.NonVisualShapeProperties(
            new P.NonVisualDrawingProperties { Id = id, Name = "Slide Image" },
            new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true, NoRotation = true, NoChangeAspect = true }),
            new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.SlideImage })),
        new P.ShapeProperties());

    public static P.Shape NotesBody(uint id, IEnumerable<A.Paragraph> paragraphs)
    {
        var body = new P.TextBody(new A.BodyProperties(), new A.ListStyle());
        body.Append(paragraphs);
        return new P.Shape(
            new P.NonVisualShapeProperties(
                new P.NonVisualDrawingProperties { Id = id, Name = "Notes" },
                new P.NonVisualShapeDrawingProperties(new A.ShapeLocks { NoGrouping = true }),
                new P.ApplicationNonVisualDrawingProperties(new P.PlaceholderShape { Type = P.PlaceholderValues.Body, Index = 1 })),
            new P.ShapeProperties(),
            body);
    }

    private static A.Transform2D Frame(long x, long y, long width, long height) =>
        new(new A.Offset { X = x, Y = y }, new A.Extents { Cx = width, Cy = height });
}
