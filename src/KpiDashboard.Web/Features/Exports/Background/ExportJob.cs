namespace KpiDashboard.Web.Features.Exports.Background;

/// <summary>A file made by an export: its bytes, media type and the name it is downloaded under.</summary>
public sealed record ExportedFile(byte[] Bytes, string ContentType, string FileName);

/// <summary>How far an export has got: a fraction from 0 to 1 and what it is doing, in words.</summary>
public sealed record ExportProgress(double Fraction, string Stage)
{
    public static ExportProgress Queued { get; } = new(0, "Waiting for a free export slot");
}

/// <summary>
/// One export waiting or running in the <see cref="ExportRunner"/>. Pages watch <see cref="Changed"/> for progress;
/// <see cref="Completion"/> ends with the file, or with a <see cref="ExportFailedException"/> naming what went wrong.
/// </summary>
public sealed class ExportJob(string description, string requestedBy, Func<IProgress<ExportProgress>, CancellationToken, Task<ExportedFile>> work)
{
    private readonly TaskCompletionSource<ExportedFile> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Guid Id { get; } = Guid.NewGuid();

    /// <summary>What is being made, e.g. "the PDF of pack 3".</summary>
    public string Description { get; } = description;

    /// <summary>Who asked (the user's name): only they may download a draft's file from the job.</summary>
    public string RequestedBy { get; } = requestedBy;

    public ExportProgress Progress { get; private set; } = ExportProgress.Queued;

    public Task<ExportedFile> Completion => _completion.Task;

    /// <summary>Raised on the export's thread whenever <see cref="Progress"/> moves or the job ends.</summary>
    public event Action<ExportJob>? Changed;

    internal Func<IProgress<ExportProgress>, CancellationToken, Task<ExportedFile>> Work { get; } = work;

    internal void Report(ExportProgress progress)
    {
        Progress = progress;
        Changed?.Invoke(this);
    }

    internal void Finish(ExportedFile file)
    {
        Progress = new ExportProgress(1, "Ready");
        _completion.TrySetResult(file);
        Changed?.Invoke(this);
    }

    internal void Fail(string sentence)
    {
        Progress = new ExportProgress(1, sentence);
        _completion.TrySetException(new ExportFailedException(sentence));
        Changed?.Invoke(this);
    }
}

/// <summary>An export could not be made; the message is a sentence for the person who asked.</summary>
public sealed class ExportFailedException(string message) : Exception(message);
