using System.Collections.Concurrent;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>Someone the test provider can sign in: what they type, and what their ID token says about them.</summary>
public sealed record TestPerson(string Username, string Subject, string Email, bool EmailVerified, IReadOnlyList<string> Roles);

/// <summary>The test provider's directory. A test changes a person's roles as an administrator would change their groups.</summary>
public sealed class TestPeople
{
    /// <summary>In the council's KPI-Analysts group.</summary>
    public static readonly TestPerson Analyst = new("ana", "7d1f0c52-ana", "ana.analyst@council.example", false, ["KPI-Analysts"]);

    /// <summary>In a group that KpiDashboard does not map to any role.</summary>
    public static readonly TestPerson NoRole = new("nora", "3b9e41aa-nora", "nora.norole@council.example", false, ["All-Staff"]);

    private readonly ConcurrentDictionary<string, TestPerson> _people = new(StringComparer.OrdinalIgnoreCase)
    {
        [Analyst.Username] = Analyst,
        [NoRole.Username] = NoRole,
    };

    public void Add(TestPerson person) => _people[person.Username] = person;

    public void SetRoles(string username, params string[] roles) => _people[username] = _people[username] with { Roles = roles };

    public TestPerson? Find(string? username) => username is not null && _people.TryGetValue(username.Trim(), out var person) ? person : null;
}
