using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// The one way a <see cref="PackContent"/> is written as JSON: stored with a published pack, and answered by the API.
/// Chart configurations keep the shape <see cref="Components.Charts.ChartJson"/> gives them (camel case, no nulls,
/// annotation names as written), so a stored chart draws exactly as it did.
/// </summary>
public static class PackJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Enum names as the read API writes them (ApiNames): "no-target", "hit-or-miss".
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(PackContent content) => JsonSerializer.Serialize(content, Options);

    public static PackContent Deserialize(string json) =>
        JsonSerializer.Deserialize<PackContent>(json, Options) ?? throw new JsonException("A stored pack's content is empty.");
}
