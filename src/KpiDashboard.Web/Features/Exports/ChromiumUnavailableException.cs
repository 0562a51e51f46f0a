namespace KpiDashboard.Web.Features.Exports;

/// <summary>Chromium could not be started or did not finish a page; the message is a sentence for the person who asked.</summary>
public sealed class ChromiumUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
