using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

/// <remarks>No foreign keys, for the same reason and with the same guard as <see cref="ObservationConfiguration"/>.</remarks>
internal sealed class ObservationRevisionConfiguration : IEntityTypeConfiguration<ObservationRevision>
{
    public void Configure(EntityTypeBuilder<ObservationRevision> builder)
    {
        builder.HasIndex(r => new { r.MetricId, r.AreaId, r.Period });
        builder.HasIndex(r => r.SupersededByImportId);
        builder.Property(r => r.Note).HasMaxLength(Observation.MaxNoteLength);
    }
}
