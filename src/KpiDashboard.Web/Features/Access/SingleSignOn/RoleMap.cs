namespace KpiDashboard.Web.Features.Access.SingleSignOn;

/// <summary>
/// Which values of the provider's role claim give which KpiDashboard role. Read from
/// <c>Authentication:OpenIdConnect:RoleMap</c>, one entry per role, holding one value
/// (<c>RoleMap__Admin=KPI-Admins</c>) or a list (<c>RoleMap__Analyst__0=…</c>, <c>RoleMap__Analyst__1=…</c>).
/// Values are compared ignoring case, so a group's object id may be written in either case.
/// </summary>
public sealed class RoleMap
{
    private readonly Dictionary<string, HashSet<string>> _rolesByValue = new(StringComparer.OrdinalIgnoreCase);

    private RoleMap()
    {
    }

    public static readonly RoleMap Empty = new();

    public bool IsEmpty => _rolesByValue.Count == 0;

    /// <summary>The map, and a sentence for each entry that names no role.</summary>
    public static (RoleMap Map, IReadOnlyList<string> Problems) Read(IConfigurationSection section)
    {
        var map = new RoleMap();
        var problems = new List<string>();
        foreach (var entry in section.GetChildren())
        {
            if (Roles.Find(entry.Key) is not { } role)
            {
                problems.Add($"{entry.Path} names '{entry.Key}', which is not a role; the roles are {string.Join(", ", Roles.All)}.");
                continue;
            }

            var values = entry.GetChildren().Select(c => c.Value).Append(entry.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());
            foreach (var value in values)
            {
                map.Add(value, role);
            }
        }

        return (map, problems);
    }

    /// <summary>The roles that the claim values give, in the order of <see cref="Roles.All"/>; none when no value is mapped.</summary>
    public IReadOnlyList<string> RolesFor(IEnumerable<string> claimValues)
    {
        var given = claimValues.SelectMany(v => _rolesByValue.TryGetValue(v, out var roles) ? roles : []).ToHashSet();
        return Roles.All.Where(given.Contains).ToList();
    }

    private void Add(string value, string role)
    {
        if (!_rolesByValue.TryGetValue(value, out var roles))
        {
            _rolesByValue[value] = roles = [];
        }

        roles.Add(role);
    }
}
