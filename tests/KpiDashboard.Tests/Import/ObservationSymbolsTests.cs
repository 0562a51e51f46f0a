using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Import;

namespace KpiDashboard.Tests.Import;

public sealed class ObservationSymbolsTests
{
    private static readonly Dictionary<ObservationStatus, string> Written = new()
    {
        [ObservationStatus.Actual] = "actual",
        [ObservationStatus.Provisional] = "provisional",
        [ObservationStatus.Suppressed] = "c",
        [ObservationStatus.NotAvailable] = "x",
        [ObservationStatus.NotApplicable] = "z",
        [ObservationStatus.RoundsToZero] = "low",
        [ObservationStatus.LowReliability] = "u",
        [ObservationStatus.NotComputable] = "x",
    };

    // Every status there is, so a new one without a written form fails here.
    public static TheoryData<ObservationStatus> Statuses => [.. Enum.GetValues<ObservationStatus>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_is_written_as_a_word_or_symbol_a_file_may_use(ObservationStatus status)
    {
        Assert.Equal(Written[status], ObservationSymbols.ToSymbol(status));
        Assert.True(ObservationSymbols.TryParseStatus(Written[status], out var readBack));
        // A figure that could not be worked out reads back as not available, which is what it is to a reader.
        Assert.Equal(status == ObservationStatus.NotComputable ? ObservationStatus.NotAvailable : status, readBack);
    }
}
