namespace KpiDashboard.Web.Hosting;

/// <summary>
/// A problem that stops the app from starting, with a message written for the person at the terminal.
/// <c>Program</c> prints the message alone, without a stack trace, and exits non-zero.
/// </summary>
public sealed class StartupProblemException(string message, Exception? inner = null) : Exception(message, inner);
