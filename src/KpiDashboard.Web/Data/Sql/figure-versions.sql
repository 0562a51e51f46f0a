-- A number that moves whenever what a figure shows, or how it is published, can have changed: an import or undo
-- (observations), a catalogue edit (metrics, their roll-up parts, areas). The suppression step keeps its plan until
-- the number moves (Features/Publication/PublicationPlanner.cs). The row is updated inside the writing transaction,
-- so a reader that sees the new number also sees the new figures.
create table figure_versions (
    id integer primary key default 1 check (id = 1),
    version bigint not null
);

insert into figure_versions (id, version) values (1, 1);

create function bump_figure_version() returns trigger language plpgsql as $$
begin
    update figure_versions set version = version + 1 where id = 1;
    return null;
end;
$$;

create trigger observations_bump_figure_version after insert or update or delete or truncate on observations
    for each statement execute function bump_figure_version();
create trigger metrics_bump_figure_version after insert or update or delete or truncate on metrics
    for each statement execute function bump_figure_version();
create trigger rollup_parts_bump_figure_version after insert or update or delete or truncate on rollup_parts
    for each statement execute function bump_figure_version();
create trigger areas_bump_figure_version after insert or update or delete or truncate on areas
    for each statement execute function bump_figure_version();
