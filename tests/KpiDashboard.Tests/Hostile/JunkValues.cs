namespace KpiDashboard.Tests.Hostile;

/// <summary>
/// The junk the fuzz test puts in every route and query value. <see cref="Escaped"/> values are percent-encoded as a
/// client would; <see cref="Raw"/> ones go into the address as written, for broken or sneaky encodings.
/// </summary>
public static class JunkValues
{
    public static readonly IReadOnlyList<string> Escaped =
    [
        "\0", "a\0b", "\u0001\u001f\u007f", "\r\n", "\t", "\u0085\u2028",
        new string('x', 10_000), new string('9', 2_000),
        "-1", "0", "-2147483649", "99999999999999999999", "1e308", "NaN", "3.5", "0x10",
        "2020-13", "0000-00", "9999-99", "2020-06-01", "2020-6",
        "Ünïcödé 北京 😀", "\uFFFE", "\u202Eevil",
        "../../../etc/passwd", "..\\..\\windows", "/", "//evil.example",
        "' OR '1'='1", "\"; drop table observations; --", "<script>alert(1)</script>", "{}", "[]", " ", "",
    ];

    public static readonly IReadOnlyList<string> Raw =
    [
        "%00", "%", "%zz", "%C0%80", "%ED%A0%80", "%FF%FE", "%2500", "%0d%0a", "..%2F..%2Fetc%2Fpasswd",
    ];

    /// <summary>Every junk value as it goes into an address.</summary>
    public static IEnumerable<string> ForAddress() => Escaped.Select(Uri.EscapeDataString).Concat(Raw);
}
