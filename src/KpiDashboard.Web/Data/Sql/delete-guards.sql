-- The figures tables have no foreign keys (checked per row, they dominated a bulk import); these triggers keep the one
-- promise those keys made: what figures name (a metric, an area, an import) cannot be deleted.
create function refuse_delete_while_figures_name_it() returns trigger language plpgsql as $$
declare
    named boolean;
begin
    if tg_table_name = 'metrics' then
        named := exists (select 1 from observations where metric_id = old.id)
              or exists (select 1 from observation_revisions where metric_id = old.id);
    elsif tg_table_name = 'areas' then
        named := exists (select 1 from observations where area_id = old.id)
              or exists (select 1 from observation_revisions where area_id = old.id);
    else
        named := exists (select 1 from observations where import_id = old.id)
              or exists (select 1 from observation_revisions where old.id in (import_id, superseded_by_import_id));
    end if;
    if named then
        raise exception 'cannot delete % %: figures still refer to it', tg_table_name, old.id
            using errcode = 'foreign_key_violation';
    end if;
    return old;
end
$$;
create trigger metrics_delete_guard before delete on metrics for each row execute function refuse_delete_while_figures_name_it();
create trigger areas_delete_guard before delete on areas for each row execute function refuse_delete_while_figures_name_it();
create trigger imports_delete_guard before delete on imports for each row execute function refuse_delete_while_figures_name_it();

