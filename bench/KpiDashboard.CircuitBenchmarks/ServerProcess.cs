using System.Diagnostics;
using System.Globalization;

namespace KpiDashboard.CircuitBenchmarks;

/// <summary>The load generator's handle on the <see cref="ServedApp"/> process: this program started again with --serve.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public static async Task<ServerProcess> StartAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ServerProcess).Assembly.Location, "--serve"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
        };
        start.Environment["KPI_BENCH_CONNECTION"] = connectionString;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        var line = await ReadAnswerAsync(process, "listening");
        return new ServerProcess(process, new Uri(line[1]));
    }

    /// <summary>Live heap, working set and private memory of the server, in bytes, after full collections.</summary>
    public async Task<(long Heap, long WorkingSet, long Private)> MemoryAsync()
    {
        var words = await AskAsync("memory");
        return (long.Parse(words[1], CultureInfo.InvariantCulture), long.Parse(words[2], CultureInfo.InvariantCulture), long.Parse(words[3], CultureInfo.InvariantCulture));
    }

    /// <summary>Live heap in bytes that one overview model (a query's answer) holds, measured over <paramref name="count"/> kept at once.</summary>
    public async Task<double> ModelBytesAsync(int count) =>
        double.Parse((await AskAsync($"models {count}"))[1], CultureInfo.InvariantCulture);

    /// <summary>p50 and p95 ms of the overview's query without a circuit, and app CPU ms per query.</summary>
    public async Task<(double P50, double P95, double CpuMs)> QueryAsync(int parallel, int each, IEnumerable<string> areas)
    {
        var words = await AskAsync($"query {parallel} {each} {string.Join(',', areas)}");
        return (double.Parse(words[1], CultureInfo.InvariantCulture), double.Parse(words[2], CultureInfo.InvariantCulture), double.Parse(words[3], CultureInfo.InvariantCulture));
    }

    private async Task<string[]> AskAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        return await ReadAnswerAsync(_process, command.Split(' ')[0]);
    }

    // The app's own warnings share stdout with the answers: the answer is the next line that starts with its word.
    private static async Task<string[]> ReadAnswerAsync(Process process, string word)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(word + " ", StringComparison.Ordinal))
            {
                return line.Split(' ');
            }

            Console.Error.WriteLine($"server: {line}");
        }

        throw new InvalidOperationException($"The server process ended before answering \"{word}\".");
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
