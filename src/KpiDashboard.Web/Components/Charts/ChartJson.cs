using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiDashboard.Web.Components.Charts;

/// <summary>The one way a <see cref="ChartConfig"/> becomes the JSON the JS module hands to Chart.js.</summary>
public static class ChartJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(ChartConfig config) => JsonSerializer.Serialize(config, Options);
}
