using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Data.Configurations;

/// <summary>Identity's tables in the same snake_case as the rest of the schema (Identity names them AspNetUsers and so on).</summary>
internal static class IdentityTableNames
{
    public static void Apply(ModelBuilder builder)
    {
        builder.Entity<Features.Access.AppUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
    }
}
