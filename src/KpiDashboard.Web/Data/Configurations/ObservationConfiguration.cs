using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

/// <remarks>
/// Built for bulk loading: the key is the only index (it serves series reads too), and there are no foreign keys,
/// because checking three of them per row made a million-figure import several times slower. The importer writes
/// only metrics, areas and imports it has just read in the same transaction, and triggers (Data/Sql/delete-guards.sql)
/// refuses to delete a metric, area or import that figures still name.
/// </remarks>
internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.HasKey(o => new { o.MetricId, o.AreaId, o.Period });
        builder.Property(o => o.Note).HasMaxLength(Observation.MaxNoteLength);
        builder.ToTable(t =>
        {
            // date_part, not extract: extract computes in numeric, which added a quarter of a second per million rows.
            t.HasCheckConstraint("ck_observations_first_of_month", "date_part('day', period) = 1");
            t.HasCheckConstraint("ck_observations_value_matches_status",
                "(status in ('Actual', 'Provisional')) = (value is not null)");
        });
    }
}
