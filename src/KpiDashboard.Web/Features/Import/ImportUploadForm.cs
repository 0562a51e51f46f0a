using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Reads the import API's multipart form within bounds (fields, size) and finds its one file, or the one sentence
/// that says what is wrong with the body: none is silently ignored, a second file included.
/// </summary>
public static class ImportUploadForm
{
    private const string SendItLikeThis = "post the CSV file as multipart/form-data in a field named 'file'";

    public sealed record Upload(IFormFile? File, ImportError? Problem, int Status = StatusCodes.Status400BadRequest);

    public static async Task<Upload> ReadAsync(HttpRequest request, ImportLimits limits, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Refuse($"No file was sent; {SendItLikeThis}");
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(type.Boundary).Length == 0)
        {
            return Refuse($"The body says multipart/form-data but gives no boundary, so its parts cannot be told apart; {SendItLikeThis} (curl -F file=@june.csv does this)");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions
            {
                ValueCountLimit = limits.MaxFormFields,
                MultipartBodyLengthLimit = limits.MaxFileBytes + 64 * 1024,
                MultipartHeadersCountLimit = 16,
                KeyLengthLimit = 200,
            }, cancellationToken);
        }
        catch (InvalidDataException e) when (e.Message.Contains("count limit", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse($"The form has more than {limits.MaxFormFields} fields; {SendItLikeThis} and little else");
        }
        catch (InvalidDataException e) when (e.Message.Contains("body length limit", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(TooLarge(limits));
        }
        catch (InvalidDataException)
        {
            // Bad part headers, a part cut short, an overlong boundary: the framework's wording is not for analysts.
            return Refuse($"The multipart body is malformed (a part's headers or boundary cannot be read); {SendItLikeThis}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(TooLarge(limits)) with { Status = StatusCodes.Status413PayloadTooLarge };
        }

        if (form.Files.Count > 1)
        {
            return Refuse($"The form has {form.Files.Count} files ({string.Join(", ", form.Files.Take(5).Select(f => $"'{ImportFileName.OfUpload(f.FileName)}' in '{ImportFileName.OfUpload(f.Name)}'"))}); send one file per request, in the field 'file'");
        }

        return form.Files.GetFile("file") is { } file
            ? new Upload(file, null)
            : Refuse(form.Files.Count == 1
                ? $"The file was sent in the field '{ImportFileName.OfUpload(form.Files[0].Name)}'; {SendItLikeThis}"
                : $"No file was sent; {SendItLikeThis}");
    }

    private static string TooLarge(ImportLimits limits) =>
        $"The body is larger than the {limits.MaxFileBytes / 1024.0 / 1024.0:0.#} MB limit for one file; split it into smaller files";

    private static Upload Refuse(string sentence) => new(null, new ImportError("", 0, "file", "", sentence));
}
