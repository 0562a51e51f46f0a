namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Passes text through until a line grows past the limit, then throws <see cref="LineTooLongException"/>, so that the
/// CSV parser never buffers more than one line of that length (a file of one endless line would otherwise be read whole).
/// </summary>
public sealed class BoundedLineReader(TextReader inner, int maxLineCharacters) : TextReader
{
    private int _lineLength;
    private int _line = 1;

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        foreach (var c in buffer[..read])
        {
            Count(c);
        }

        return read;
    }

    private void Count(char c)
    {
        if (c == '\n')
        {
            (_lineLength, _line) = (0, _line + 1);
        }
        else if (++_lineLength > maxLineCharacters)
        {
            throw new LineTooLongException(_line, maxLineCharacters);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>A line of the file is longer than the import reads.</summary>
public sealed class LineTooLongException(int line, int limit)
    : Exception($"Line {line} is longer than {limit} characters.")
{
    public int Line { get; } = line;
}
