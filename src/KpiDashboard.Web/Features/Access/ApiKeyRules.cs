using System.Security.Cryptography;
using System.Text;

namespace KpiDashboard.Web.Features.Access;

/// <summary>How keys look and are checked: 160 random bits after <c>kpi_</c>, stored as a SHA-256 hash.</summary>
public static class ApiKeyRules
{
    public const int MaxNameLength = 100;
    public const int PrefixLength = 12;
    public const int DefaultDays = 90;
    public const int MaxDays = 730;
    private const string Lead = "kpi_";

    public static string NewSecret() => Lead + Base64UrlEncode(RandomNumberGenerator.GetBytes(20));

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string PrefixOf(string key) => key[..Math.Min(PrefixLength, key.Length)];

    /// <summary>Why a key could not be made with this name and lifetime, or null when it can.</summary>
    public static string? Problem(string? name, int days) => (name?.Trim(), days) switch
    {
        (null or "", _) => "Give the key a name that says what uses it, such as 'monthly upload script'.",
        ({ Length: > MaxNameLength }, _) => $"A key's name can be at most {MaxNameLength} characters.",
        (_, < 1 or > MaxDays) => $"A key lasts from 1 to {MaxDays} days; {days} is not allowed.",
        _ => null,
    };

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
