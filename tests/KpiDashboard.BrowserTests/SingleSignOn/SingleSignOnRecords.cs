using Npgsql;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>What the app's database holds about accounts, read with plain SQL rather than through the app's own services.</summary>
internal sealed class SingleSignOnRecords(string connectionString)
{
    /// <summary>The account's roles in alphabetical order, or null when there is no account with the email.</summary>
    public async Task<IReadOnlyList<string>?> RolesOfAsync(string email)
    {
        const string sql = """
            select r.name from users u
            left join user_roles ur on ur.user_id = u.id
            left join roles r on r.id = ur.role_id
            where u.normalized_email = upper(@email)
            order by r.name
            """;
        var rows = await QueryAsync(sql, ("email", email));
        return rows.Count == 0 ? null : rows.Where(r => r is not null).Select(r => r!).ToList();
    }

    /// <summary>The subjects linked to the account by single sign-on.</summary>
    public Task<IReadOnlyList<string?>> LinkedSubjectsAsync(string email) => QueryAsync("""
        select l.provider_key from user_logins l join users u on u.id = l.user_id
        where u.normalized_email = upper(@email) and l.login_provider = 'OpenIdConnect'
        """, ("email", email));

    /// <summary>The account's security stamp, which Identity renews whenever the account's access changes.</summary>
    public async Task<string?> SecurityStampAsync(string email) =>
        (await QueryAsync("select security_stamp from users where normalized_email = upper(@email)", ("email", email))).Single();

    /// <summary>The details of the audit entries with this action and target, oldest first.</summary>
    public Task<IReadOnlyList<string?>> AuditDetailsAsync(string action, string target) => QueryAsync(
        "select detail from audit_log where action = @action and target = @target order by id", ("action", action), ("target", target));

    private async Task<IReadOnlyList<string?>> QueryAsync(string sql, params (string Name, string Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?>();
        while (await reader.ReadAsync())
        {
            rows.Add(await reader.IsDBNullAsync(0) ? null : reader.GetString(0));
        }

        return rows;
    }
}
